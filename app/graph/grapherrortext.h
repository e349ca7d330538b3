#pragma once

#include "graphresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Sspr::Graph {

// Turns a failed GraphResult into a sentence for a person: what went wrong and, where the cause is a missing role or
// permission, which one is needed. Server messages are quoted only where they help (phone-rule rejections); tokens and
// secrets are never part of a result, so never part of a message.
class GraphErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Graph::GraphErrorText)

public:
    struct Context
    {
        QByteArray method = QByteArrayLiteral("GET");
        QString path; // the request path (relative or absolute); picks the permission to name
        QString serverMessage; // Graph's error.message, or the OAuth error_description
        QString detail; // our own detail: the network error text, or the refusal from checkEndpointUrl
        int timeoutMs = 0;
    };

    static QString message(const GraphResult &result, const Context &context);
};

} // namespace Sspr::Graph
