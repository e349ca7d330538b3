#pragma once

#include "graphrequest.h"
#include "graphresult.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Sspr::Graph {

class AccessTokenProvider;

// Emits finished() exactly once, then deletes itself later (deleteLater). abort() finishes it with errorCode
// "cancelled".
class GraphJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void abort() = 0;
Q_SIGNALS:
    void finished(const Sspr::Graph::GraphResult &result);
};

// A $batch of up to 20 requests: one result per request, in the order given (Graph answers in any order).
class GraphBatchJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void abort() = 0;
Q_SIGNALS:
    void finished(const QList<Sspr::Graph::GraphResult> &results);
};

struct RetryPolicy
{
    int maxAttempts = 6; // including the first
    int baseDelayMs = 500; // jittered exponential backoff when there is no Retry-After
    int maxDelayMs = 60000;
};

// Everything the console says to Graph goes through one GraphClient on one QNetworkAccessManager: bearer token,
// client-request-id, User-Agent, timeouts, capped redirects, bounded retries honouring Retry-After, readable errors.
class GraphClient : public QObject
{
    Q_OBJECT
public:
    // graphRoot is e.g. https://graph.microsoft.com (no version). Non-https roots are refused unless loopback.
    GraphClient(const QUrl &graphRoot, AccessTokenProvider *tokens, QObject *parent = nullptr);
    ~GraphClient() override;

    QUrl graphRoot() const;
    void setRetryPolicy(const RetryPolicy &policy);

    GraphJob *send(const GraphRequest &request);
    // Items are retried alone when their own status is 429 (after their Retry-After) or 503/504 if idempotent;
    // dependsOn is not used: independent writes only. Fails every item with the same result if the batch fails.
    GraphBatchJob *sendBatch(const QList<GraphRequest> &requests);

    // Counters for benchmarks and tests: HTTP requests actually sent (a batch counts once), and how many were 429.
    qint64 requestsSent() const;
    qint64 throttledResponses() const;

    // OData string literal for $filter: single quotes doubled; the caller percent-encodes the whole query.
    static QString odataString(const QString &value);

private:
    class Private;
    Private *d;
};

} // namespace Sspr::Graph
