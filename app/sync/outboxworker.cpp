#include "outboxworker.h"

#include "database.h"
#include "graphclient.h"
#include "outboxchange.h"
#include "outboxlocaleffects.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLockFile>
#include <QPointer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>

#include <csignal>

namespace Sspr::Sync {

using Core::Status;
using Graph::GraphResult;
using std::chrono::milliseconds;
using namespace Qt::StringLiterals;

namespace {

bool isPolicyKind(const QString &kind)
{
    return kind == OutboxChange::MethodConfigurationPatch || kind == OutboxChange::AuthMethodsPolicyPatch;
}

QString payloadText(const QJsonObject &payload)
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

} // namespace

OutboxWorker::OutboxWorker(Store::Database &db, Graph::GraphClient &client, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
{
    // Test-only hook (see the header): read once, so a restarted process without the variable runs normally.
    const QString crash = qEnvironmentVariable("SSPR_OUTBOX_CRASH_AT");
    if (!crash.isEmpty()) {
        const QString point = crash.section(u':', 0, 0);
        m_crashBatch = qMax(1, crash.section(u':', 1, 1).toInt());
        if (point == u"before-send")
            m_crashAt = CrashPoint::BeforeSend;
        else if (point == u"after-send")
            m_crashAt = CrashPoint::AfterSend;
        else if (point == u"mid-batch")
            m_crashAt = CrashPoint::MidBatch;
    }
}

OutboxWorker::~OutboxWorker() = default;

void OutboxWorker::setOptions(const OutboxWorkerOptions &options)
{
    m_options = options;
    m_options.batchSize = qBound(1, m_options.batchSize, 20);
    m_options.maxInFlight = qMax(1, m_options.maxInFlight);
    m_options.maxTransientAttempts = qMax(1, m_options.maxTransientAttempts);
}

void OutboxWorker::start()
{
    if (m_running)
        return;
    m_error.clear();
    m_progress = {};
    m_tasks.clear();
    m_ready.clear();
    m_resting.clear();
    m_gaveUp.clear();
    m_inFlight = 0;
    m_stopping = false;
    m_exhausted = false;
    m_writeBatches = 0;
    m_requestsAtStart = m_client.requestsSent();
    m_throttledAtStart = m_client.throttledResponses();
    m_pacer = std::make_unique<Graph::WritePacer>(m_options.quota);

    m_lock = std::make_unique<QLockFile>(m_db.path() + u".outbox.lock"_s);
    m_lock->setStaleLockTime(0); // only a dead owner makes the lock stale, not its age: a long run keeps it
    if (!m_lock->tryLock(0)) {
        m_error = tr("Another SSPR Console process is sending this profile's outbox; try again when it is done.");
        m_lock.reset();
        QTimer::singleShot(0, this, [this] { emit finished(false); });
        return;
    }
    m_running = true;

    // Items another process left 'sending': read back from the tenant before anything is written again.
    Store::OutboxRepository repository(m_db);
    auto doubtful = repository.inDoubt(1000000);
    if (!doubtful) {
        fail(doubtful.errorMessage());
        QTimer::singleShot(0, this, [this] { pump(); });
        return;
    }
    QList<qint64> ids;
    for (const Store::OutboxItem &item : std::as_const(doubtful.value()))
        ids << item.id;
    if (Status s = repository.markSending(ids); !s) {
        fail(s.errorMessage());
        QTimer::singleShot(0, this, [this] { pump(); });
        return;
    }
    for (Store::OutboxItem item : std::as_const(doubtful.value())) {
        Task task;
        item.attempts += 1;
        task.item = item;
        task.step = OutboxOperation::first(item, true);
        m_tasks.insert(item.id, task);
        m_ready.append(item.id);
    }
    QTimer::singleShot(0, this, [this] { pump(); });
}

void OutboxWorker::stop()
{
    if (!m_running)
        return;
    m_stopping = true;
    QTimer::singleShot(0, this, [this] { pump(); });
}

void OutboxWorker::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_stopping = true;
}

bool OutboxWorker::refill()
{
    const int capacity = m_options.batchSize * m_options.maxInFlight * 2;
    const int want = capacity - int(m_ready.size());
    if (want <= 0)
        return true;
    Store::OutboxRepository repository(m_db);
    auto candidates = repository.sendable(want + int(m_gaveUp.size()) + 1);
    if (!candidates) {
        fail(candidates.errorMessage());
        return false;
    }
    // A policy change naming a group that is still being created waits for it (its id is a stand-in until then).
    QStringList standIns;
    bool haveStandIns = false;
    QList<Store::OutboxItem> claim;
    for (const Store::OutboxItem &item : std::as_const(candidates.value())) {
        if (m_gaveUp.contains(item.id) || m_tasks.contains(item.id))
            continue;
        if (isPolicyKind(item.kind)) {
            if (!haveStandIns) {
                QSqlQuery q(m_db.connection());
                if (q.exec(u"SELECT json_extract(payload, '$.localId') FROM outbox WHERE kind = 'group.create' "
                           "AND state IN ('pending', 'sending', 'failed', 'conflict')"_s)) {
                    while (q.next())
                        standIns << q.value(0).toString();
                }
                haveStandIns = true;
            }
            const QString text = payloadText(item.payload);
            const bool waits = std::any_of(standIns.cbegin(), standIns.cend(),
                [&text](const QString &id) { return !id.isEmpty() && text.contains(id); });
            if (waits)
                continue;
        }
        claim << item;
        if (claim.size() >= want)
            break;
    }
    if (claim.isEmpty()) {
        m_exhausted = true;
        return true;
    }
    m_exhausted = false;
    QList<qint64> ids;
    for (const Store::OutboxItem &item : std::as_const(claim))
        ids << item.id;
    if (Status s = repository.markSending(ids); !s) {
        fail(s.errorMessage());
        return false;
    }
    QList<Settlement> unknown;
    for (Store::OutboxItem item : std::as_const(claim)) {
        item.state = u"sending"_s;
        item.attempts += 1;
        Task task;
        task.item = item;
        task.step = OutboxOperation::first(item, false);
        m_tasks.insert(item.id, task);
        if (task.step.isFinal())
            unknown << Settlement {item.id, task.step};
        else
            m_ready.append(item.id);
    }
    if (!unknown.isEmpty())
        return record(unknown);
    return true;
}

void OutboxWorker::pump()
{
    if (!m_running || m_pumping)
        return;
    m_pumping = true;
    const int capacity = m_options.batchSize * m_options.maxInFlight;
    if (!m_stopping && m_ready.size() < capacity)
        refill();
    while (!m_stopping && m_inFlight < m_options.maxInFlight && !m_ready.isEmpty()) {
        QList<qint64> ids;
        while (!m_ready.isEmpty() && ids.size() < m_options.batchSize)
            ids << m_ready.takeFirst();
        sendBatch(ids);
        if (m_ready.size() < capacity && !m_exhausted && !m_stopping)
            refill();
    }
    m_pumping = false;
    const bool idle = m_inFlight == 0 && (m_stopping || (m_ready.isEmpty() && m_resting.isEmpty() && m_exhausted));
    if (idle) {
        finish();
        return;
    }
    if (!m_stopping && m_inFlight == 0 && m_ready.isEmpty() && m_resting.isEmpty() && !m_exhausted)
        QTimer::singleShot(0, this, [this] { pump(); }); // more to claim
}

void OutboxWorker::sendBatch(QList<qint64> ids)
{
    QList<Graph::GraphRequest> requests;
    QList<OutboxStep> steps;
    int writes = 0;
    for (const qint64 id : std::as_const(ids)) {
        const OutboxStep &step = m_tasks[id].step;
        steps << step;
        requests << step.request;
        if (step.isWrite())
            ++writes;
    }
    const bool wrote = writes > 0;
    const int batchNo = wrote ? ++m_writeBatches : 0;
    ++m_inFlight;
    milliseconds delay(0);
    if (wrote && m_options.pace)
        delay = m_pacer->reserve(writes, Graph::WritePacer::Clock::now());

    QPointer<OutboxWorker> self(this);
    auto go = [self, ids, steps, requests, wrote, batchNo]() {
        if (!self)
            return;
        if (wrote && self->m_crashAt == CrashPoint::BeforeSend && batchNo == self->m_crashBatch)
            ::raise(SIGKILL); // test hook: the items are committed as 'sending', nothing went out
        auto answered = [self, ids, steps, wrote, batchNo](const QList<GraphResult> &results) {
            if (!self)
                return;
            if (wrote && self->m_crashAt == CrashPoint::AfterSend && batchNo == self->m_crashBatch)
                ::raise(SIGKILL); // test hook: Graph applied the writes, nothing of it is recorded
            self->m_writeBatchInProgress = batchNo;
            self->onAnswered(ids, steps, results, wrote);
            self->m_writeBatchInProgress = 0;
        };
        if (requests.size() == 1) {
            Graph::GraphJob *job = self->m_client.send(requests.constFirst());
            connect(job, &Graph::GraphJob::finished, self.data(),
                [answered](const GraphResult &result) { answered({result}); });
        } else {
            Graph::GraphBatchJob *job = self->m_client.sendBatch(requests);
            connect(job, &Graph::GraphBatchJob::finished, self.data(), answered);
        }
    };
    if (delay.count() > 0)
        QTimer::singleShot(delay, this, go);
    else
        go();
}

void OutboxWorker::onAnswered(
    const QList<qint64> &ids, const QList<OutboxStep> &steps, const QList<GraphResult> &results, bool wrote)
{
    --m_inFlight;
    if (wrote && m_options.pace) {
        // Graph throttles a $batch item by item. An exhausted write quota refuses most writes of a round, while a
        // stray 429 among twenty (another limit, another client's burst) is retried by the client and says little
        // about our pace: only a round with at least a quarter of its writes throttled, or one still throttled
        // after the client's retries, slows the pacer down. x-ms-throttle-limit-percentage always counts.
        int writes = 0;
        int throttled = 0;
        bool stillThrottled = false;
        milliseconds retryAfter(-1); // -1: Graph gave none (the pacer then pauses on its own)
        double percentage = 0;
        for (qsizetype i = 0; i < ids.size() && i < results.size(); ++i) {
            if (!steps.at(i).isWrite())
                continue;
            const GraphResult &r = results.at(i);
            ++writes;
            if (r.throttledCount > 0 || r.httpStatus == 429)
                ++throttled;
            if (r.httpStatus == 429) {
                stillThrottled = true;
                retryAfter = std::max(retryAfter, r.retryAfter);
            }
            percentage = std::max(percentage, r.throttleLimitPercentage);
        }
        m_pacer->observe(stillThrottled || (throttled > 0 && throttled * 4 >= writes),
            stillThrottled ? retryAfter : milliseconds(0), percentage, Graph::WritePacer::Clock::now());
    }
    QList<Settlement> settled;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const qint64 id = ids.at(i);
        auto it = m_tasks.find(id);
        if (it == m_tasks.end())
            continue;
        Task &task = it.value();
        const GraphResult result = i < results.size() ? results.at(i) : GraphResult();
        const OutboxStep &sent = steps.at(i);
        if (result.errorCode == u"signInRequired") {
            // Nothing can be sent without a token: stop, and leave the item as it was for the next run.
            fail(result.message.isEmpty() ? tr("Sign in to the tenant again, then send the outbox.") : result.message);
            continue;
        }
        OutboxStep next = OutboxOperation::next(task.item, sent, result);
        if (sent.isWrite() && next.action == OutboxStep::Action::Transient && result.httpStatus != 429)
            task.writeUnanswered = true; // it may have been applied: read back before writing again
        switch (next.action) {
        case OutboxStep::Action::Request:
            task.step = next;
            m_ready.append(id);
            break;
        case OutboxStep::Action::Transient: {
            ++task.transient;
            if (task.transient >= m_options.maxTransientAttempts || m_stopping) {
                m_gaveUp.insert(id);
                next.action = OutboxStep::Action::Transient;
                settled << Settlement {id, next};
                break;
            }
            milliseconds delay = result.retryAfter;
            if (delay.count() < 0) {
                const int base = m_options.transientBaseDelayMs << qMin(task.transient - 1, 6);
                delay = milliseconds(base / 2 + QRandomGenerator::global()->bounded(base / 2 + 1));
            }
            retryLater(id, delay);
            break;
        }
        default:
            settled << Settlement {id, next};
            break;
        }
    }
    if (!settled.isEmpty())
        record(settled);
    pump();
}

void OutboxWorker::retryLater(qint64 id, milliseconds delay)
{
    m_resting.insert(id);
    QTimer::singleShot(delay, this, [this, id] {
        m_resting.remove(id);
        auto it = m_tasks.find(id);
        if (!m_running || it == m_tasks.end())
            return;
        if (it->writeUnanswered)
            it->step = OutboxOperation::first(it->item, true);
        m_ready.append(id);
        pump();
    });
}

bool OutboxWorker::record(const QList<Settlement> &settlements)
{
    const bool crashHalfway = m_crashAt == CrashPoint::MidBatch && m_writeBatchInProgress == m_crashBatch;
    Store::OutboxRepository repository(m_db);
    OutboxLocalEffects effects(m_db);
    auto recordOne = [&](const Settlement &s) -> Status {
        Task &task = m_tasks[s.id];
        QJsonObject payload = s.step.payload.value_or(task.item.payload);
        const QString state = s.step.stateKey();
        if (state == u"pending" && task.writeUnanswered)
            payload.insert(u"inDoubt"_s, true);
        else if (state != u"pending")
            payload.remove(u"inDoubt"_s);
        const bool changed = payload != task.item.payload;
        if (Status st = repository.settle(s.id, state, s.step.httpStatus, s.step.message,
                changed ? std::optional<QJsonObject>(payload) : std::nullopt);
            !st)
            return st;
        task.item.payload = payload;
        task.item.state = state;
        return effects.settled(task.item, state, s.step.message);
    };
    Status status;
    if (crashHalfway) {
        // Test hook: each outcome in its own transaction, and the process dies halfway through the batch.
        const qsizetype half = (settlements.size() + 1) / 2;
        for (qsizetype i = 0; i < settlements.size() && status; ++i) {
            if (i == half)
                ::raise(SIGKILL);
            status = m_db.transaction([&] { return recordOne(settlements.at(i)); });
        }
        if (status && settlements.size() == 1)
            ::raise(SIGKILL);
    } else {
        status = m_db.transaction([&]() -> Status {
            for (const Settlement &s : settlements) {
                if (Status st = recordOne(s); !st)
                    return st;
            }
            return {};
        });
    }
    if (!status) {
        fail(status.errorMessage());
        return false;
    }
    for (const Settlement &s : settlements) {
        const Task task = m_tasks.take(s.id);
        switch (s.step.action) {
        case OutboxStep::Action::Done:
            ++m_progress.done;
            break;
        case OutboxStep::Action::Failed:
            ++m_progress.failed;
            break;
        case OutboxStep::Action::Conflict:
            ++m_progress.conflicts;
            break;
        default:
            ++m_progress.notSent;
            break;
        }
        emit itemSettled(s.id, s.step.stateKey(), s.step.message);
        if (!s.step.oneTimeSecret.isEmpty())
            emit temporaryAccessPassIssued(s.id, task.item.payload.value(u"upn"_s).toString(), s.step.oneTimeSecret);
    }
    refreshRemaining();
    emit progressed(m_progress);
    return true;
}

void OutboxWorker::refreshRemaining()
{
    m_progress.requests = m_client.requestsSent() - m_requestsAtStart;
    m_progress.throttled = m_client.throttledResponses() - m_throttledAtStart;
    if (auto counts = Store::OutboxRepository(m_db).counts())
        m_progress.remaining = counts->unsent();
}

void OutboxWorker::release()
{
    // Claimed items that got no final outcome go back to pending; one whose write went unanswered is marked in
    // doubt, so the next run reads it back first.
    if (m_tasks.isEmpty())
        return;
    Store::OutboxRepository repository(m_db);
    const Status s = m_db.transaction([&]() -> Status {
        for (auto it = m_tasks.cbegin(); it != m_tasks.cend(); ++it) {
            std::optional<QJsonObject> payload;
            if (it->writeUnanswered) {
                QJsonObject p = it->item.payload;
                p.insert(u"inDoubt"_s, true);
                payload = p;
            }
            if (Status st = repository.settle(it.key(), u"pending"_s, it->item.lastStatus, it->item.lastError, payload);
                !st)
                return st;
        }
        return {};
    });
    if (!s && m_error.isEmpty())
        m_error = s.errorMessage();
    m_tasks.clear();
    m_ready.clear();
    m_resting.clear();
}

void OutboxWorker::finish()
{
    if (!m_running)
        return;
    release();
    m_running = false;
    m_stopping = false;
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    refreshRemaining();
    emit progressed(m_progress);
    emit finished(m_error.isEmpty());
}

} // namespace Sspr::Sync
