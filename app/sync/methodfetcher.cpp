#include "methodfetcher.h"

#include "graphclient.h"
#include "graphmapping.h"
#include "syncwriter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QPointer>
#include <QUrl>

namespace Sspr::Sync {

using namespace Qt::StringLiterals;

namespace {
constexpr int kFailuresKept = 20;

QString methodsPath(const QString &userId)
{
    return u"/v1.0/users/"_s + QString::fromLatin1(QUrl::toPercentEncoding(userId)) + u"/authentication/methods"_s;
}
} // namespace

class MethodFetcher::Private
{
public:
    Private(MethodFetcher *fetcher, Graph::GraphClient *graph, Store::Database &db)
        : q(fetcher)
        , client(graph)
        , writer(db)
    { }

    MethodFetcher *q;
    Graph::GraphClient *client;
    Store::SyncWriter writer;

    bool running = false;
    bool cancelled = false;
    QStringList queue;
    qsizetype next = 0;
    QList<QPointer<Graph::GraphBatchJob>> batches;
    MethodFetchSummary summary;
    QElapsedTimer timer;
    qint64 requestsAtStart = 0;

    void fail(const QString &userId, const QString &message)
    {
        ++summary.failed;
        if (summary.failures.size() < kFailuresKept)
            summary.failures << userId + u": "_s + message;
    }

    void pump()
    {
        while (!cancelled && batches.size() < kBatchesInFlight && next < queue.size()) {
            const QStringList ids = queue.mid(next, kBatchSize);
            next += ids.size();
            QList<Graph::GraphRequest> requests;
            for (const QString &id : ids)
                requests << Graph::GraphRequest::get(methodsPath(id));
            QPointer<Graph::GraphBatchJob> job = client->sendBatch(requests);
            batches.append(job);
            QObject::connect(
                job, &Graph::GraphBatchJob::finished, q, [this, ids, job](const QList<Graph::GraphResult> &results) {
                    batches.removeAll(job);
                    onBatch(ids, results);
                });
        }
        if (batches.isEmpty() && (cancelled || next >= queue.size()))
            end();
    }

    void onBatch(const QStringList &ids, const QList<Graph::GraphResult> &results)
    {
        if (cancelled) {
            pump();
            return;
        }
        QList<Store::SyncUserMethods> found;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const Graph::GraphResult r = results.value(i);
            if (!r.ok()) {
                fail(ids.at(i), r.message.isEmpty() ? r.errorCode : r.message);
                continue;
            }
            found.append({ids.at(i), GraphMapping::methods(r.object().value("value"_L1).toArray())});
        }
        if (!found.isEmpty()) {
            auto written = writer.replaceMethods(found);
            if (!written) {
                for (const Store::SyncUserMethods &u : std::as_const(found))
                    fail(u.userId, written.errorMessage());
            } else {
                summary.written += written.value();
                // Users the store no longer has (deleted since the last sync), or whose changes still wait in the
                // outbox (their methods are left as the console shows them).
                summary.failed += found.size() - written.value();
            }
        }
        Q_EMIT q->progress(summary.written + summary.failed, queue.size());
        pump();
    }

    void end()
    {
        if (!running)
            return;
        running = false;
        summary.cancelled = cancelled;
        summary.requests = client->requestsSent() - requestsAtStart;
        summary.seconds = double(timer.nsecsElapsed()) / 1e9;
        Q_EMIT q->progress(summary.written + summary.failed, queue.size());
        Q_EMIT q->finished(summary);
    }
};

MethodFetcher::MethodFetcher(Graph::GraphClient *client, Store::Database &db, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, client, db))
{ }

MethodFetcher::~MethodFetcher()
{
    for (const QPointer<Graph::GraphBatchJob> &job : std::as_const(d->batches)) {
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
}

void MethodFetcher::fetchUser(const QString &userId)
{
    Graph::GraphJob *job = d->client->send(Graph::GraphRequest::get(methodsPath(userId)));
    connect(job, &Graph::GraphJob::finished, this, [this, userId](const Graph::GraphResult &r) {
        if (!r.ok()) {
            Q_EMIT userFetched(userId, false, r.message.isEmpty() ? r.errorCode : r.message);
            return;
        }
        auto written
            = d->writer.replaceMethods({{userId, GraphMapping::methods(r.object().value("value"_L1).toArray())}});
        if (!written) {
            Q_EMIT userFetched(userId, false, written.errorMessage());
            return;
        }
        if (written.value() == 0) {
            Q_EMIT userFetched(userId, false, tr("The user is not in the store; sync first."));
            return;
        }
        Q_EMIT userFetched(userId, true, QString());
    });
}

void MethodFetcher::fetchUsers(const QStringList &userIds)
{
    if (d->running)
        return;
    d->running = true;
    d->cancelled = false;
    d->queue = userIds;
    d->next = 0;
    d->summary = {};
    d->summary.users = userIds.size();
    d->timer.start();
    d->requestsAtStart = d->client->requestsSent();
    // From the event loop, so that the caller can connect first even for an empty list.
    QMetaObject::invokeMethod(
        this, [this] { d->pump(); }, Qt::QueuedConnection);
}

void MethodFetcher::cancel()
{
    if (!d->running)
        return;
    d->cancelled = true;
    const auto jobs = d->batches;
    for (const QPointer<Graph::GraphBatchJob> &job : jobs) {
        if (job)
            job->abort();
    }
    d->pump();
}

bool MethodFetcher::isRunning() const
{
    return d->running;
}

} // namespace Sspr::Sync
