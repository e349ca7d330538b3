#pragma once

#include "outboxoperation.h"
#include "outboxrepository.h"
#include "writepacer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QLockFile;

namespace Sspr::Graph {
class GraphClient;
}
namespace Sspr::Store {
class Database;
}

namespace Sspr::Sync {

struct OutboxWorkerOptions
{
    int batchSize = 20; // items per $batch (Graph's limit); 1 sends one request per item
    int maxInFlight = 8; // batches under way at once (one waiting out a Retry-After holds no connection)
    bool pace = true; // WritePacer: stay under the write quota; false only for comparisons (benchmarks)
    Graph::WritePacer::Quota quota; // 3,000 writes per 150 s per app and tenant unless told otherwise
    int maxTransientAttempts = 5; // unanswered (network, 5xx, 429 after the client's retries) this often: give up
    int transientBaseDelayMs = 500; // backoff between those attempts when Graph gave no Retry-After
};

struct OutboxProgress
{
    qint64 done = 0;
    qint64 failed = 0;
    qint64 conflicts = 0;
    qint64 notSent = 0; // gave up for now (no answer); they stay pending
    qint64 remaining = 0; // pending or in flight, as of the last look at the store
    qint64 requests = 0; // HTTP requests this worker made ($batch counts once)
    qint64 throttled = 0; // of them answered 429
};

// Sends the outbox to Graph. Items are claimed ('sending', committed) before their first request, then each goes
// through OutboxOperation's steps; independent items travel together in $batch requests of up to 20, several
// batches at a time, paced by Graph::WritePacer so a long run stays near the tenant's write quota. Outcomes are
// recorded per item, each batch's in one transaction together with their local effects (OutboxLocalEffects).
//
// Exactly once: an item found 'sending' when the worker starts belonged to a process that stopped (kill -9, power
// loss) at an unknown point; it is read back from the tenant before anything is written again. One worker per store
// at a time (a lock file beside the store).
//
// Test hook: SSPR_OUTBOX_CRASH_AT=before-send|after-send|mid-batch[:N] kills the process (SIGKILL) at that point of
// the Nth batch that writes (default the first), so tests can prove nothing is lost or applied twice.
class OutboxWorker final : public QObject
{
    Q_OBJECT

public:
    OutboxWorker(Store::Database &db, Graph::GraphClient &client, QObject *parent = nullptr);
    ~OutboxWorker() override;

    void setOptions(const OutboxWorkerOptions &options);
    const OutboxWorkerOptions &options() const { return m_options; }

    // Sends until nothing is left that can be sent now, then emits finished(). Failed and conflicting items stay
    // for a person to retry or discard; items that got no answer stay pending.
    void start();
    // Sends nothing new; finished() follows once the requests on the wire are answered.
    void stop();
    bool isRunning() const { return m_running; }
    OutboxProgress progress() const { return m_progress; }
    // Why the run ended early (the store could not be written, sign-in needed, another process holds the outbox).
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void progressed(const Sspr::Sync::OutboxProgress &progress);
    void itemSettled(qint64 id, const QString &state, const QString &message);
    // A Temporary Access Pass Graph created: shown once to whoever asked, never stored or logged.
    void temporaryAccessPassIssued(qint64 id, const QString &userPrincipalName, const QString &pass);
    void finished(bool ok);

private:
    struct Task
    {
        Store::OutboxItem item;
        OutboxStep step;
        int transient = 0;
        bool writeUnanswered = false; // a write went out and its answer never came: read back before writing
    };
    struct Settlement
    {
        qint64 id = 0;
        OutboxStep step;
    };
    enum class CrashPoint { None, BeforeSend, AfterSend, MidBatch };

    void pump();
    bool refill();
    void sendBatch(QList<qint64> ids);
    void onAnswered(
        const QList<qint64> &ids, const QList<OutboxStep> &steps, const QList<Graph::GraphResult> &results, bool wrote);
    void retryLater(qint64 id, std::chrono::milliseconds delay);
    bool record(const QList<Settlement> &settlements);
    void release();
    void fail(const QString &message);
    void finish();
    void refreshRemaining();

    Store::Database &m_db;
    Graph::GraphClient &m_client;
    OutboxWorkerOptions m_options;
    std::unique_ptr<Graph::WritePacer> m_pacer;
    std::unique_ptr<QLockFile> m_lock;
    QHash<qint64, Task> m_tasks; // claimed by this run
    QList<qint64> m_ready; // tasks with a request to send, oldest first
    QSet<qint64> m_resting; // tasks waiting out a backoff
    QSet<qint64> m_gaveUp; // unanswered too often in this run: left pending
    int m_inFlight = 0;
    bool m_running = false;
    bool m_stopping = false;
    bool m_exhausted = false; // the store had nothing more to claim at the last look
    bool m_pumping = false;
    qint64 m_requestsAtStart = 0;
    qint64 m_throttledAtStart = 0;
    OutboxProgress m_progress;
    QString m_error;
    CrashPoint m_crashAt = CrashPoint::None;
    int m_crashBatch = 1;
    int m_writeBatches = 0;
    int m_writeBatchInProgress = 0; // the write batch whose answers are being recorded (for the crash hook)
};

} // namespace Sspr::Sync
