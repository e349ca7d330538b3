#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace Sspr::Graph {

// One Graph call. path is relative to the Graph root and starts with the version ("/v1.0/users?$select=id"), or is an
// absolute @odata.nextLink / @odata.deltaLink the server gave us (it must be on the same host as the Graph root).
struct GraphRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path;
    QJsonDocument body; // sent as application/json when not null
    bool eventualConsistency = false; // adds "ConsistencyLevel: eventual" (needed for $search, $count, endsWith)
    bool idempotent = true; // only idempotent calls are retried after a 503/504 or a dropped connection;
                            // a 429 is always retried (the request was not processed)
    int timeoutMs = 60000; // Graph's authentication-method APIs time out after 60 s

    static GraphRequest get(const QString &path, bool eventual = false)
    {
        GraphRequest r;
        r.path = path;
        r.eventualConsistency = eventual;
        return r;
    }
    static GraphRequest withBody(const QByteArray &method, const QString &path, const QJsonDocument &body)
    {
        GraphRequest r;
        r.method = method;
        r.path = path;
        r.body = body;
        r.idempotent = method != QByteArrayLiteral("POST");
        return r;
    }
};

} // namespace Sspr::Graph
