#pragma once

#include "importjournal.h"
#include "result.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>

#include <functional>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {

class ImportApplier;
class ImportPlan;

// How far a run is, for a progress bar: rows settled, the rate over the last seconds, and the time left.
struct ImportProgress
{
    qint64 total = 0;
    qint64 finished = 0; // rows settled (done, skipped, failed, queued)
    qint64 pending = 0;
    qint64 done = 0;
    qint64 skipped = 0;
    qint64 failed = 0;
    qint64 queued = 0;
    double rowsPerSecond = 0; // 0 until measured
    double secondsLeft = -1; // -1 while unknown
};

// Applies a journaled import run in batches, durably: each batch of rows is applied and their new states recorded
// in one write transaction, so a run killed at any moment (kill -9, power loss) resumes at the first row not
// committed, nothing applied twice and nothing lost. Batches of N rows (default 500) keep transactions short.
//
// Two ways to drive it:
// - start() / pause() / cancel(): batches run one per event-loop turn (the GUI stays responsive), with
//   progressed() after each and finished() at the end;
// - runToEnd(): applies in a loop on the calling thread (ssprctl), with a callback that can pause the run.
class ImportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunner)

public:
    enum class State { Idle, Running, Paused, Cancelled, Completed, Failed };
    Q_ENUM(State)

    static constexpr int kDefaultBatchSize = 2000;
    static constexpr int kMaxBatchSize = 10000;
    static constexpr int kTargetBatchMs = 100;

    ImportRunner(Store::Database &db, ImportApplier &applier, QObject *parent = nullptr);
    ~ImportRunner() override;

    // Journals a plan as a new run (the rows to apply are "pending"; nothing is applied yet) and records its start
    // in the audit log. A plan with rows still undecided ("ask") is refused.
    static Core::Result<qint64> createRun(Store::Database &db, const ImportPlan &plan, const QString &actor,
        const QString &origin, const QString &backend = QStringLiteral("local"));

    // Loads a run to apply (or to resume after a crash or a pause).
    Core::Status open(qint64 runId);
    qint64 runId() const { return m_run.id; }
    const Store::ImportRunRecord &run() const { return m_run; }
    State state() const { return m_state; }
    ImportProgress progress() const;

    // A fixed number of rows per batch (for start() too, which otherwise adapts the size, starting small).
    void setBatchSize(int rows);
    int batchSize() const { return m_batchSize; }

    // Event-loop driving.
    void start();
    void pause();
    void cancel();

    // Applies until the run completes, fails, or onProgress returns false (the run is then paused).
    Core::Status runToEnd(const std::function<bool(const ImportProgress &)> &onProgress = {});
    // Applies one batch. Returns an error if the store could not be written (the batch is rolled back).
    Core::Status step();

signals:
    void progressed(const Sspr::Services::ImportProgress &progress);
    void stateChanged(Sspr::Services::ImportRunner::State state);
    void finished(); // completed or cancelled
    void errorOccurred(const QString &message);

private:
    void setState(State state);
    void scheduleNext();
    void tick();
    void sample();
    Core::Status complete();

    Store::Database &m_db;
    ImportApplier &m_applier;
    Store::ImportJournal m_journal;
    Store::ImportRunRecord m_run;
    Store::ImportRunCounts m_counts;
    State m_state = State::Idle;
    int m_batchSize = kDefaultBatchSize;
    bool m_adaptive = true;
    bool m_scheduled = false;
    QElapsedTimer m_clock;
    QList<QPair<qint64, qint64>> m_samples; // (ms on m_clock, rows finished)
};

} // namespace Sspr::Services
