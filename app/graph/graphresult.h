#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <chrono>

namespace Sspr::Graph {

// The one outcome of one Graph request (or of one item of a $batch): what a caller needs to decide, to show a person,
// and to quote to Microsoft support.
struct GraphResult
{
    int httpStatus = 0; // 0 when no HTTP response arrived (network error, timeout, cancelled, refused URL)
    QString errorCode; // Graph error.code, OAuth "error", or ours: networkError, timeout, cancelled, invalidJson,
                       // insecureUrl, signInRequired, invalidRequest (refused before sending), tooManyRedirects
    QString message; // readable, for a person; names the missing permission or role where that is the cause
    QString requestId; // "request-id" response header or error.innerError.request-id
    QString clientRequestId; // what we sent as client-request-id
    QJsonDocument json; // parsed body; null for 204 and for non-JSON bodies
    QByteArray rawBody; // the body when it is not JSON (e.g. text/plain from /users/$count), else empty
    std::chrono::milliseconds retryAfter {-1}; // from Retry-After when the server sent one, else -1
    double throttleLimitPercentage = 0; // x-ms-throttle-limit-percentage when sent, else 0
    int attempts = 1; // how many times it was sent (retries included)
    int throttledCount = 0; // how many of those attempts were answered 429 (for WritePacer)

    bool ok() const { return httpStatus >= 200 && httpStatus < 300 && errorCode.isEmpty(); }
    QJsonObject object() const { return json.object(); }
};

} // namespace Sspr::Graph
