#include "importrunner.h"

#include "auditlog.h"
#include "database.h"
#include "importapplier.h"
#include "importplan.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace Sspr::Services {

using Core::Error;
using Core::Result;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Services::ImportRunner)
};

constexpr qint64 kRateWindowMs = 5000;
constexpr int kBulkAutoCheckpointPages = 16384; // 64 MB of write-ahead log between checkpoints

QString runTitle(const Store::ImportRunRecord &run)
{
    return Tr::tr("Import #%1 (%2)").arg(run.id).arg(run.sourceName);
}

} // namespace

ImportRunner::ImportRunner(Store::Database &db, ImportApplier &applier, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_applier(applier)
    , m_journal(db)
{
    m_clock.start();
}

ImportRunner::~ImportRunner() = default;

Result<qint64> ImportRunner::createRun(
    Store::Database &db, const ImportPlan &plan, const QString &actor, const QString &origin, const QString &backend)
{
    if (const qint64 open = plan.undecided(); open > 0) {
        return Error {Tr::tr("%n row(s) with a registered value still need a decision: replace it or keep it.", nullptr,
            int(qMin<qint64>(open, INT_MAX)))};
    }
    Store::ImportRunRecord run;
    run.runKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run.kind = ImportPlan::kindKey(plan.options.kind);
    run.sourceName = plan.sourceName;
    run.sourceHash = plan.sourceHash;
    run.options = plan.options.toJson(plan.mapping);
    run.backend = backend;
    run.state = u"running"_s;
    run.actor = actor.isEmpty() ? Store::AuditLog::localActor() : actor;
    run.origin = origin;
    Store::ImportJournal journal(db);
    auto id = journal.createRun(run, plan.journalRows());
    if (!id)
        return id;
    Store::AuditEntry entry;
    entry.actor = run.actor;
    entry.source = u"import"_s;
    entry.action = u"import.start"_s;
    entry.target = Tr::tr("Import #%1 (%2)").arg(id.value()).arg(plan.sourceName);
    entry.setting = ImportPlan::kindKey(plan.options.kind);
    entry.newValue = Tr::tr("%1 rows, %2 to apply").arg(plan.items.size()).arg(plan.toApply());
    if (Status s = Store::AuditLog(db).append(entry); !s)
        return s.error();
    return id;
}

Status ImportRunner::open(qint64 runId)
{
    Store::ImportJournal journal(m_db);
    auto run = journal.run(runId);
    if (!run)
        return run.error();
    auto counts = journal.counts(runId);
    if (!counts)
        return counts.error();
    m_run = run.value();
    m_counts = counts.value();
    m_samples.clear();
    if (m_run.state == u"completed")
        setState(State::Completed);
    else if (m_run.state == u"cancelled")
        setState(State::Cancelled);
    else if (m_run.state == u"paused")
        setState(State::Paused);
    else
        setState(State::Idle);
    return {};
}

void ImportRunner::setBatchSize(int rows)
{
    m_batchSize = qBound(1, rows, kMaxBatchSize);
    m_adaptive = false;
}

ImportProgress ImportRunner::progress() const
{
    ImportProgress p;
    p.total = m_counts.total;
    p.pending = m_counts.pending;
    p.finished = m_counts.total - m_counts.pending;
    p.done = m_counts.done;
    p.skipped = m_counts.skipped;
    p.failed = m_counts.failed;
    p.queued = m_counts.queued;
    if (m_samples.size() >= 2) {
        const auto &first = m_samples.constFirst();
        const auto &last = m_samples.constLast();
        const qint64 ms = last.first - first.first;
        if (ms > 0)
            p.rowsPerSecond = double(last.second - first.second) * 1000.0 / double(ms);
    }
    if (p.pending == 0)
        p.secondsLeft = 0;
    else if (p.rowsPerSecond > 0)
        p.secondsLeft = double(p.pending) / p.rowsPerSecond;
    return p;
}

void ImportRunner::sample()
{
    const qint64 now = m_clock.elapsed();
    m_samples.append({now, m_counts.total - m_counts.pending});
    while (m_samples.size() > 2 && now - m_samples.at(1).first > kRateWindowMs)
        m_samples.removeFirst();
}

void ImportRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

Status ImportRunner::step()
{
    if (m_run.id <= 0)
        return Error {Tr::tr("No import run is open.")};
    if (m_run.isFinished())
        return {};
    if (m_samples.isEmpty())
        sample();
    Store::ImportJournal &journal = m_journal;
    Store::ImportRunCounts delta;
    bool completed = false;
    const Status s = journal.writeTransaction([&]() -> Status {
        auto rows = journal.pendingRows(m_run.id, m_batchSize);
        if (!rows)
            return rows.error();
        if (Status b = m_applier.beginBatch(m_run, rows.value()); !b)
            return b;
        for (const Store::ImportRowRecord &row : std::as_const(rows.value())) {
            auto applied = m_applier.apply(m_run, row);
            if (!applied)
                return applied.error();
            const Store::ImportRowRecord &result = applied.value();
            if (Status f = journal.finishRow(m_run.id, result); !f)
                return f;
            ++delta.total;
            if (result.state == u"done")
                ++delta.done;
            else if (result.state == u"skipped")
                ++delta.skipped;
            else if (result.state == u"failed")
                ++delta.failed;
            else if (result.state == u"queued")
                ++delta.queued;
            else
                ++delta.pending; // a backend left it pending: it will be offered again
        }
        if (rows->size() < m_batchSize) {
            auto more = journal.pendingRows(m_run.id, 1);
            if (!more)
                return more.error();
            if (more->isEmpty()) {
                completed = true;
                return complete();
            }
        }
        return {};
    });
    if (!s)
        return s;
    m_counts.pending -= delta.total - delta.pending;
    m_counts.done += delta.done;
    m_counts.skipped += delta.skipped;
    m_counts.failed += delta.failed;
    m_counts.queued += delta.queued;
    if (completed) {
        m_run.state = u"completed"_s;
        m_counts.pending = 0;
    }
    sample();
    return {};
}

Status ImportRunner::complete()
{
    Store::ImportJournal journal(m_db);
    if (Status s = journal.setRunState(m_run.id, u"completed"_s); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT outcome, count(*) FROM import_rows WHERE run_id = ? GROUP BY outcome ORDER BY outcome"_s);
    q.bindValue(0, m_run.id);
    if (!q.exec())
        return Error {Store::Database::errorText(q)};
    QStringList parts;
    while (q.next())
        parts.append(u"%1 %2"_s.arg(q.value(0).toString()).arg(q.value(1).toLongLong()));
    q.finish();
    Store::AuditEntry entry;
    entry.actor = m_run.actor;
    entry.source = u"import"_s;
    entry.action = u"import.finish"_s;
    entry.target = runTitle(m_run);
    entry.setting = m_run.kind;
    entry.newValue = parts.join(u", "_s);
    return Store::AuditLog(m_db).append(entry);
}

Status ImportRunner::runToEnd(const std::function<bool(const ImportProgress &)> &onProgress)
{
    if (m_run.id <= 0)
        return Error {Tr::tr("No import run is open.")};
    if (m_run.isFinished())
        return {};
    if (m_run.state != u"running") {
        if (Status s = Store::ImportJournal(m_db).setRunState(m_run.id, u"running"_s); !s)
            return s;
        m_run.state = u"running"_s;
    }
    setState(State::Running);
    m_samples.clear();
    // Checkpoints copy the write-ahead log into the store and wait for the disk; during a bulk run, fewer and larger
    // ones save about a quarter of the time. Durability is unchanged: every batch is still its own commit.
    QSqlQuery pragma(m_db.connection());
    int autoCheckpoint = 1000;
    if (pragma.exec(u"PRAGMA wal_autocheckpoint"_s) && pragma.next())
        autoCheckpoint = pragma.value(0).toInt();
    pragma.finish();
    if (autoCheckpoint > 0 && autoCheckpoint < kBulkAutoCheckpointPages)
        pragma.exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(kBulkAutoCheckpointPages));
    const auto restore = qScopeGuard(
        [&pragma, autoCheckpoint] { pragma.exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(autoCheckpoint)); });
    while (!m_run.isFinished()) {
        if (Status s = step(); !s) {
            setState(State::Failed);
            return s;
        }
        if (onProgress && !onProgress(progress()) && !m_run.isFinished()) {
            if (Status s = Store::ImportJournal(m_db).setRunState(m_run.id, u"paused"_s); !s)
                return s;
            m_run.state = u"paused"_s;
            setState(State::Paused);
            return {};
        }
    }
    setState(State::Completed);
    return {};
}

void ImportRunner::start()
{
    if (m_run.id <= 0 || m_run.isFinished() || m_state == State::Running)
        return;
    if (m_run.state != u"running") {
        if (Status s = Store::ImportJournal(m_db).setRunState(m_run.id, u"running"_s); !s) {
            setState(State::Failed);
            emit errorOccurred(s.errorMessage());
            return;
        }
        m_run.state = u"running"_s;
    }
    m_samples.clear();
    if (m_adaptive)
        m_batchSize = qMin(m_batchSize, 200); // the first turn of the event loop stays short; tick() adapts
    setState(State::Running);
    scheduleNext();
}

void ImportRunner::pause()
{
    if (m_state != State::Running)
        return;
    if (Status s = Store::ImportJournal(m_db).setRunState(m_run.id, u"paused"_s); !s) {
        emit errorOccurred(s.errorMessage());
        return;
    }
    m_run.state = u"paused"_s;
    setState(State::Paused);
    emit progressed(progress());
}

void ImportRunner::cancel()
{
    if (m_run.id <= 0 || m_run.isFinished())
        return;
    const Status s = Store::ImportJournal(m_db).cancelRun(m_run.id, Tr::tr("Not applied: the import was cancelled."));
    if (!s) {
        emit errorOccurred(s.errorMessage());
        return;
    }
    m_run.state = u"cancelled"_s;
    m_counts.skipped += m_counts.pending;
    m_counts.pending = 0;
    setState(State::Cancelled);
    emit progressed(progress());
    emit finished();
}

void ImportRunner::scheduleNext()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &ImportRunner::tick);
}

void ImportRunner::tick()
{
    m_scheduled = false;
    if (m_state != State::Running)
        return;
    QElapsedTimer batchTimer;
    batchTimer.start();
    const Status s = step();
    if (m_adaptive && s) {
        // Aim at kTargetBatchMs per batch (one event-loop turn), growing or shrinking by at most a factor of 2.
        const double ms = qMax<double>(1, double(batchTimer.nsecsElapsed()) / 1e6);
        const double factor = qBound(0.5, kTargetBatchMs / ms, 2.0);
        m_batchSize = qBound(20, int(m_batchSize * factor), kMaxBatchSize);
    }
    if (!s) {
        setState(State::Failed);
        emit errorOccurred(s.errorMessage());
        return;
    }
    emit progressed(progress());
    if (m_run.isFinished()) {
        setState(State::Completed);
        emit finished();
        return;
    }
    if (m_state == State::Running) // a slot connected to progressed() may have paused or cancelled
        scheduleNext();
}

} // namespace Sspr::Services
