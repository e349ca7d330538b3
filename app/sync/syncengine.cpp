#include "syncengine.h"

#include "authmethodspolicy.h"
#include "graphclient.h"
#include "graphmapping.h"
#include "syncstoreworker.h"
#include "syncwriter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QPointer>
#include <QThread>
#include <QUrl>

#include <optional>

namespace Sspr::Sync {

using namespace Qt::StringLiterals;
using Store::SyncWriter;

namespace {

enum class Phase { Users, Groups, Policy, Report };

// The stored cursor is no longer valid on the server: the delta link is older than Graph keeps change state
// (syncStateNotFound, graph-facts §6.3), or a paging token was refused the same way.
bool isExpiredCursor(const Graph::GraphResult &r)
{
    return r.errorCode.compare(u"syncStateNotFound"_s, Qt::CaseInsensitive) == 0
        || r.errorCode.compare(u"resyncRequired"_s, Qt::CaseInsensitive) == 0 || r.httpStatus == 410;
}

// Pages read ahead of the writer, counted in objects and members: a few pages of users, or the many small pages of
// groups that can be read while the writer ends the users round. A bound, so memory stays flat at any tenant size.
constexpr qint64 kMaxPendingWeight = 16000;

bool isPermissionOrMissing(const Graph::GraphResult &r)
{
    return r.httpStatus == 403 || r.httpStatus == 404;
}

} // namespace

class SyncEngine::Private
{
public:
    Private(SyncEngine *engine, Graph::GraphClient *graph, QString path)
        : q(engine)
        , client(graph)
        , storePath(std::move(path))
    { }

    SyncEngine *q;
    Graph::GraphClient *client;
    QString storePath;
    Options options;

    QThread thread;
    SyncStoreWorker *worker = nullptr;

    bool running = false;
    std::optional<Status> ending; // set when the sync is to end; it does once nothing is in flight
    Mode mode = Mode::Auto;
    Phase phase = Phase::Users;
    SyncWriter::Round round;
    QPointer<Graph::GraphJob> job;
    int storeCalls = 0; // calls queued to the worker and not yet answered
    qint64 pendingWeight = 0; // objects and members read and not yet written: what bounds memory
    QString fetchingLink; // the link of the page being fetched
    QString deferredLink; // the next page, fetched once the writer has room
    bool restarted = false; // this resource already fell back to a full round once
    SyncSummary summary;
    QElapsedTimer timer;
    qint64 requestsAtStart = 0;

    QString resource() const
    {
        switch (phase) {
        case Phase::Users:
            return SyncWriter::Users;
        case Phase::Groups:
            return SyncWriter::Groups;
        case Phase::Policy:
        case Phase::Report:
            break;
        }
        return SyncWriter::RegistrationReport;
    }

    QString phaseName() const { return nameOf(phase); }
    static QString nameOf(Phase phase)
    {
        switch (phase) {
        case Phase::Users:
            return SyncEngine::tr("Users");
        case Phase::Groups:
            return SyncEngine::tr("Groups");
        case Phase::Policy:
            return SyncEngine::tr("Policy");
        case Phase::Report:
            return SyncEngine::tr("Registration report");
        }
        return {};
    }

    QString initialLink() const
    {
        // Query options go on the first request only: Graph encodes them in the tokens of the links it returns.
        const QString top
            = options.pageSize > 0 ? u"&$top="_s + QString::number(qBound(1, options.pageSize, 999)) : QString();
        switch (phase) {
        case Phase::Users:
            return u"/v1.0/users/delta?$select="_s + GraphMapping::userSelect() + top;
        case Phase::Groups:
            return u"/v1.0/groups/delta?$select="_s + GraphMapping::groupSelect() + u"&$expand=members"_s + top;
        case Phase::Report:
            return u"/v1.0/reports/authenticationMethods/userRegistrationDetails"_s;
        case Phase::Policy:
            break;
        }
        return {};
    }

    qint64 requests() const { return client->requestsSent() - requestsAtStart; }

    // Progress reports what is written, so it comes in the store's order even while the next resource is read.
    void emitProgress(Phase of, qint64 items)
    {
        SyncProgress p;
        p.phase = nameOf(of);
        p.done = items;
        p.requests = requests();
        Q_EMIT q->progress(p);
    }

    // Runs work(worker) on the worker thread, then done(result) back on the engine's thread.
    template<typename Work, typename Done> void onStore(Work work, Done done)
    {
        ++storeCalls;
        SyncStoreWorker *w = worker;
        SyncEngine *engine = q;
        QMetaObject::invokeMethod(
            w,
            [w, engine, work = std::move(work), done = std::move(done)]() mutable {
                auto result = work(*w);
                QMetaObject::invokeMethod(
                    engine, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    // Common head of every store callback: false when the sync is ending (and ends it if that was the last call).
    bool storeAnswered()
    {
        --storeCalls;
        if (ending) {
            maybeEnd();
            return false;
        }
        return true;
    }

    void start(Mode m)
    {
        running = true;
        ending.reset();
        mode = m;
        summary = {};
        timer.start();
        requestsAtStart = client->requestsSent();
        pendingWeight = 0;
        deferredLink.clear();
        if (!worker) {
            worker = new SyncStoreWorker(storePath);
            worker->moveToThread(&thread);
            QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
            thread.setObjectName(u"sspr-sync-store"_s);
            thread.start();
        }
        onStore([](SyncStoreWorker &w) { return w.ensureOpen(); },
            [this](Core::Status s) {
                if (!storeAnswered())
                    return;
                if (!s) {
                    fail(s.errorMessage());
                    return;
                }
                beginResource(Phase::Users);
            });
    }

    void beginResource(Phase p)
    {
        phase = p;
        restarted = false;
        deferredLink.clear();
        const QString name = resource();
        const bool force = mode == Mode::Full && p != Phase::Report;
        onStore([name, force](SyncStoreWorker &w) { return w.writer().openRound(name, force); },
            [this](Core::Result<SyncWriter::Round> r) {
                if (!storeAnswered())
                    return;
                if (!r) {
                    fail(r.errorMessage());
                    return;
                }
                startRound(r.value());
            });
    }

    void startRound(const SyncWriter::Round &r)
    {
        round = r;
        const bool full = r.mode == SyncWriter::Mode::Full;
        if (phase == Phase::Users)
            summary.usersFull = summary.usersFull || full;
        else if (phase == Phase::Groups)
            summary.groupsFull = summary.groupsFull || full;
        fetch(r.startLink.isEmpty() ? initialLink() : r.startLink);
    }

    void fetch(const QString &link)
    {
        fetchingLink = link;
        job = client->send(Graph::GraphRequest::get(link));
        QObject::connect(job, &Graph::GraphJob::finished, q, [this](const Graph::GraphResult &result) {
            job = nullptr;
            onPage(result);
        });
    }

    void onPage(const Graph::GraphResult &result)
    {
        if (ending) {
            maybeEnd();
            return;
        }
        if (!result.ok()) {
            if (phase == Phase::Report && isPermissionOrMissing(result)) {
                summary.notes << SyncEngine::tr("The registration report was not read: %1").arg(result.message);
                afterPhase();
                return;
            }
            if (phase != Phase::Report && isExpiredCursor(result) && !restarted) {
                // Graph keeps change state for 7 days: start over with a full round, which sweeps what went away.
                restarted = true;
                const QString name = resource();
                onStore([name](SyncStoreWorker &w) { return w.writer().restartFull(name); },
                    [this](Core::Result<SyncWriter::Round> r) {
                        if (!storeAnswered())
                            return;
                        if (!r) {
                            fail(r.errorMessage());
                            return;
                        }
                        startRound(r.value());
                    });
                return;
            }
            fail(SyncEngine::tr("%1: %2").arg(
                phaseName(), result.message.isEmpty() ? result.errorCode : result.message));
            return;
        }
        const QJsonObject body = result.object();
        const QString next = body.value("@odata.nextLink"_L1).toString();
        const QString delta = body.value("@odata.deltaLink"_L1).toString();
        write(result.json, fetchingLink, next, delta, weightOf(body));
        if (!next.isEmpty()) {
            if (pendingWeight < kMaxPendingWeight)
                fetch(next);
            else
                deferredLink = next;
        } else if (phase != Phase::Report) {
            // Everything of this resource is read: fetch the next one while the writer finishes this round (the
            // worker runs calls in order, so nothing of the next round is written before this one completes).
            afterPhase();
        }
    }

    // What a page holds for the writer: its objects, and the members listed with groups.
    qint64 weightOf(const QJsonObject &body) const
    {
        const QJsonArray value = body.value("value"_L1).toArray();
        qint64 weight = value.size();
        if (phase == Phase::Groups) {
            for (const QJsonValue &group : value)
                weight += group.toObject().value("members@delta"_L1).toArray().size();
        }
        return qMax<qint64>(weight, 1);
    }

    void write(const QJsonDocument &json, const QString &link, const QString &next, const QString &delta, qint64 weight)
    {
        pendingWeight += weight;
        const SyncWriter::Round r = round;
        const Phase p = phase;
        onStore(
            [json, link, next, delta, r, p](SyncStoreWorker &w) -> Core::Result<Store::SyncPageStats> {
                const QJsonArray value = json.object().value("value"_L1).toArray();
                switch (p) {
                case Phase::Users: {
                    Store::SyncPage<Store::SyncUser> page {{}, next, delta, link};
                    page.items.reserve(value.size());
                    for (const QJsonValue &item : value)
                        page.items.append(GraphMapping::user(item.toObject()));
                    return w.writer().writeUsers(r, page);
                }
                case Phase::Groups: {
                    Store::SyncPage<Store::SyncGroup> page {{}, next, delta, link};
                    page.items.reserve(value.size());
                    for (const QJsonValue &item : value)
                        page.items.append(GraphMapping::group(item.toObject()));
                    return w.writer().writeGroups(r, page);
                }
                case Phase::Report: {
                    Store::SyncPage<Store::SyncRegistration> page {{}, next, {}, link};
                    page.items.reserve(value.size());
                    for (const QJsonValue &item : value)
                        page.items.append(GraphMapping::registration(item.toObject()));
                    return w.writer().writeRegistrations(r, page);
                }
                case Phase::Policy:
                    break;
                }
                return Core::Error {};
            },
            [this, p, weight](Core::Result<Store::SyncPageStats> r) {
                pendingWeight -= weight;
                --storeCalls;
                if (!r) {
                    fail(r.errorMessage());
                    return;
                }
                const Store::SyncPageStats &s = r.value();
                switch (p) {
                case Phase::Users:
                    summary.usersAdded += s.added;
                    summary.usersUpdated += s.updated;
                    summary.usersRemoved += s.removed;
                    summary.membershipsAdded += s.membershipsAdded;
                    break;
                case Phase::Groups:
                    summary.groupsAdded += s.added;
                    summary.groupsUpdated += s.updated;
                    summary.groupsRemoved += s.removed;
                    summary.membershipsAdded += s.membershipsAdded;
                    summary.membershipsRemoved += s.membershipsRemoved;
                    break;
                case Phase::Report:
                    summary.registrations += s.updated;
                    break;
                case Phase::Policy:
                    break;
                }
                if (p == Phase::Report && s.roundComplete)
                    summary.reportSynced = true;
                if (ending) {
                    maybeEnd();
                    return;
                }
                emitProgress(p, s.items);
                if (!deferredLink.isEmpty() && !job && pendingWeight < kMaxPendingWeight) {
                    const QString link = std::exchange(deferredLink, QString());
                    fetch(link);
                }
                if (p == Phase::Report && s.roundComplete)
                    afterPhase();
            });
    }

    void afterPhase()
    {
        switch (phase) {
        case Phase::Users:
            beginResource(Phase::Groups);
            return;
        case Phase::Groups:
            if (options.policy) {
                startPolicy();
                return;
            }
            [[fallthrough]];
        case Phase::Policy:
            if (options.registrationReport) {
                beginResource(Phase::Report);
                return;
            }
            [[fallthrough]];
        case Phase::Report:
            endWith(Status::Completed);
            return;
        }
    }

    void startPolicy()
    {
        phase = Phase::Policy;
        job = client->send(Graph::GraphRequest::get(u"/v1.0/policies/authenticationMethodsPolicy"_s));
        QObject::connect(job, &Graph::GraphJob::finished, q, [this](const Graph::GraphResult &result) {
            job = nullptr;
            if (ending) {
                maybeEnd();
                return;
            }
            if (!result.ok()) {
                if (!isPermissionOrMissing(result)) {
                    fail(SyncEngine::tr("%1: %2").arg(phaseName(), result.message));
                    return;
                }
                summary.notes
                    << SyncEngine::tr("The authentication methods policy was not read: %1").arg(result.message);
                fetchAuthorizationPolicy();
                return;
            }
            auto policy = Core::AuthMethodsPolicy::fromJson(result.object());
            if (!policy) {
                summary.notes << SyncEngine::tr("The authentication methods policy was not understood: %1")
                                     .arg(policy.errorMessage());
                fetchAuthorizationPolicy();
                return;
            }
            onStore([p = policy.value()](SyncStoreWorker &w) { return w.writer().saveAuthMethodsPolicy(p); },
                [this](Core::Status s) {
                    if (!storeAnswered())
                        return;
                    if (!s) {
                        fail(s.errorMessage());
                        return;
                    }
                    emitProgress(Phase::Policy, 1);
                    fetchAuthorizationPolicy();
                });
        });
    }

    void fetchAuthorizationPolicy()
    {
        job = client->send(Graph::GraphRequest::get(u"/v1.0/policies/authorizationPolicy"_s));
        QObject::connect(job, &Graph::GraphJob::finished, q, [this](const Graph::GraphResult &result) {
            job = nullptr;
            if (ending) {
                maybeEnd();
                return;
            }
            if (!result.ok()) {
                if (!isPermissionOrMissing(result)) {
                    fail(SyncEngine::tr("%1: %2").arg(phaseName(), result.message));
                    return;
                }
                summary.notes
                    << SyncEngine::tr("The administrator password reset setting was not read: %1").arg(result.message);
                afterPhase();
                return;
            }
            // v1.0 answers with the object; older answers wrapped it in a one-element collection.
            QJsonObject policy = result.object();
            if (policy.contains("value"_L1))
                policy = policy.value("value"_L1).toArray().at(0).toObject();
            const QJsonValue allowed = policy.value("allowedToUseSSPR"_L1);
            if (!allowed.isBool()) {
                summary.notes << SyncEngine::tr("The authorization policy has no allowedToUseSSPR setting.");
                afterPhase();
                return;
            }
            onStore([value = allowed.toBool()](SyncStoreWorker &w) { return w.writer().saveAllowedToUseSspr(value); },
                [this](Core::Status s) {
                    if (!storeAnswered())
                        return;
                    if (!s) {
                        fail(s.errorMessage());
                        return;
                    }
                    summary.policySynced = true;
                    emitProgress(Phase::Policy, 2);
                    afterPhase();
                });
        });
    }

    void fail(const QString &message)
    {
        if (summary.error.isEmpty() && (!ending || *ending == Status::Completed))
            summary.error = message;
        endWith(Status::Failed);
    }

    void endWith(Status status)
    {
        // A failure found while a completed sync waits for its last pages to be written is what it ended with. A
        // cancelled sync stays cancelled: its page being written was interrupted on purpose.
        if (ending && !(status == Status::Failed && *ending == Status::Completed)) {
            maybeEnd();
            return;
        }
        ending = status;
        deferredLink.clear();
        if (job)
            job->abort(); // finishes the job now; its handler sees `ending`
        maybeEnd();
    }

    void maybeEnd()
    {
        if (!ending || !running || storeCalls > 0 || job)
            return;
        running = false;
        summary.requests = requests();
        summary.seconds = double(timer.nsecsElapsed()) / 1e9;
        const Status status = *ending;
        Q_EMIT q->finished(status, summary);
    }
};

SyncEngine::SyncEngine(Graph::GraphClient *client, const QString &storePath, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, client, storePath))
{ }

SyncEngine::~SyncEngine()
{
    if (d->job) {
        d->job->disconnect(this);
        d->job->abort();
    }
    // The page being written is interrupted (it commits whole or not at all; the next sync writes it again), so
    // closing the console never waits for the end of a large round.
    if (d->worker)
        d->worker->interrupt();
    d->thread.quit();
    d->thread.wait();
}

void SyncEngine::setOptions(const Options &options)
{
    d->options = options;
}

bool SyncEngine::isRunning() const
{
    return d->running;
}

void SyncEngine::start(Mode mode)
{
    if (d->running)
        return;
    d->start(mode);
}

void SyncEngine::cancel()
{
    if (!d->running)
        return;
    d->endWith(Status::Cancelled);
    // Also the page being written, when that is the end of a full round (seconds at a million users): it rolls
    // back and the next sync writes it again.
    if (d->worker && d->storeCalls > 0)
        d->worker->interrupt();
}

} // namespace Sspr::Sync
