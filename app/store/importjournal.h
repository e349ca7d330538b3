#pragma once

#include "result.h"
#include "sqlitestatement.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Sspr::Store {

class Database;

// One import run as journaled (table import_runs).
struct ImportRunRecord
{
    qint64 id = 0;
    QString runKey; // a UUID, also the idempotency prefix of the run's outbox items
    QString kind; // "phones" or "emails"
    QString sourceName; // file name, or a description of pasted text
    QString sourceHash; // hex SHA-256 of the source bytes
    QString options; // the run's options as JSON (type, region, policy for existing values, mapping)
    QString backend = QStringLiteral("local");
    QString state = QStringLiteral("running"); // running, paused, cancelled, completed
    QString actor;
    QString origin; // "console" or "ssprctl"
    qint64 totalRows = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime finishedAt;

    bool isFinished() const { return state == u"cancelled" || state == u"completed"; }
};

// One row of a run (table import_rows): what the plan decided and what became of it.
struct ImportRowRecord
{
    qint64 seq = 0; // plan order, from 1
    qint64 line = 0; // line of the source where the row starts
    QString upn; // as given in the source
    qint64 uid = 0; // 0 when no such user
    QString methodType; // Core::methodTypeKey, or "" when the row names no method
    QString typed; // the value as given
    QString value; // the normalised value (Graph form, trimmed address), or ""
    QString oldValue; // the value it replaces, for updates
    QString rowClass; // the plan's classification (ImportPlan class key)
    QString action = QStringLiteral("none"); // none, add, update
    QString state = QStringLiteral("pending"); // pending, done, skipped, failed, queued
    QString outcome; // report outcome key: added, updated, unchanged, skipped, failed, cancelled …
    QString message; // what happened, for people
};

struct ImportRunCounts
{
    qint64 total = 0;
    qint64 pending = 0;
    qint64 done = 0;
    qint64 skipped = 0;
    qint64 failed = 0;
    qint64 queued = 0;
    qint64 finished() const { return total - pending; }
};

// The durable record of bulk imports. A run and all its rows are written in one transaction before anything is
// applied; each batch of changes is then committed together with its rows' new states (applyBatch), so after a
// crash the pending rows are exactly the ones still to do.
class ImportJournal final
{
public:
    explicit ImportJournal(Database &db);
    ~ImportJournal();
    ImportJournal(const ImportJournal &) = delete;
    ImportJournal &operator=(const ImportJournal &) = delete;

    // Writes the run and its rows; returns the run id. Rows keep their order (seq is assigned from 1 if 0).
    Core::Result<qint64> createRun(ImportRunRecord run, const QList<ImportRowRecord> &rows);

    Core::Result<ImportRunRecord> run(qint64 runId);
    // Newest first.
    Core::Result<QList<ImportRunRecord>> runs(int limit = 50);
    // The newest run that is not finished (running or paused), optionally only of this source and kind.
    Core::Result<std::optional<ImportRunRecord>> latestUnfinished(
        const QString &sourceHash = {}, const QString &kind = {});
    Core::Result<ImportRunCounts> counts(qint64 runId);

    // Pending rows in plan order, at most `limit`.
    Core::Result<QList<ImportRowRecord>> pendingRows(qint64 runId, int limit);
    // Every row in plan order, handed to `visit` one at a time (returning false stops).
    Core::Status forEachRow(qint64 runId, const std::function<bool(const ImportRowRecord &)> &visit);

    // Records what became of a row. Call inside the batch's transaction. (Statements are prepared once per journal
    // object, so keep one for a whole run.)
    Core::Status finishRow(qint64 runId, const ImportRowRecord &row);
    Core::Status setRunState(qint64 runId, const QString &state);
    // Marks every pending row of the run as cancelled (skipped) and the run as cancelled, in one transaction.
    Core::Status cancelRun(qint64 runId, const QString &message);

    // Runs fn in a write transaction taken up front (BEGIN IMMEDIATE), so that two processes applying the same run
    // never both read a row as pending: the second waits, then finds it done.
    Core::Status writeTransaction(const std::function<Core::Status()> &fn);

private:
    Database &m_db;
    SqliteStatement m_pendingRows;
    SqliteStatement m_finishRow;
};

} // namespace Sspr::Store
