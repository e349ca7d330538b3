#pragma once

#include "result.h"

#include <QString>
#include <QUrl>

namespace Sspr::Graph {

// The national clouds (graph-facts §9.4): each has its own sign-in authority and Graph root.
enum class Cloud { Global, UsGov, UsGovDod, China };

struct CloudEndpoints
{
    QUrl authority; // e.g. https://login.microsoftonline.com
    QUrl graphRoot; // e.g. https://graph.microsoft.com
    static CloudEndpoints forCloud(Cloud cloud);
};

QString cloudKey(Cloud cloud); // "global", "usgov", "usgovdod", "china"
Core::Result<Cloud> cloudFromKey(const QString &key);

// https anywhere; http only to loopback (127.0.0.0/8, ::1, localhost), which is how tests reach tests/fakegraph.
// Anything else is refused with a message that says why.
Core::Status checkEndpointUrl(const QUrl &url);

} // namespace Sspr::Graph
