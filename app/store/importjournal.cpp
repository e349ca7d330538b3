#include "importjournal.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Sspr::Store {

using Core::Error;
using Core::Result;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Store::ImportJournal)
};

const QString kRunColumns = u"id, run_key, kind, source_name, source_hash, options, backend, state, actor, origin, "
                            "total_rows, created_at, updated_at, finished_at"_s;

QString timestamp(const QDateTime &at)
{
    return (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

QString now()
{
    return timestamp({});
}

ImportRunRecord readRun(const QSqlQuery &q)
{
    ImportRunRecord r;
    int c = 0;
    r.id = q.value(c++).toLongLong();
    r.runKey = q.value(c++).toString();
    r.kind = q.value(c++).toString();
    r.sourceName = q.value(c++).toString();
    r.sourceHash = q.value(c++).toString();
    r.options = q.value(c++).toString();
    r.backend = q.value(c++).toString();
    r.state = q.value(c++).toString();
    r.actor = q.value(c++).toString();
    r.origin = q.value(c++).toString();
    r.totalRows = q.value(c++).toLongLong();
    r.createdAt = QDateTime::fromString(q.value(c++).toString(), Qt::ISODateWithMs);
    r.updatedAt = QDateTime::fromString(q.value(c++).toString(), Qt::ISODateWithMs);
    const QString finished = q.value(c++).toString();
    if (!finished.isEmpty())
        r.finishedAt = QDateTime::fromString(finished, Qt::ISODateWithMs);
    return r;
}

// The columns readRow() reads, in its order.
const QByteArray kRowColumns
    = QByteArrayLiteral("seq, line, upn, uid, method_type, typed, value, old_value, row_class, action, state, "
                        "outcome, message");

ImportRowRecord readRow(const SqliteStatement &q)
{
    ImportRowRecord r;
    int c = 0;
    r.seq = q.integer(c++);
    r.line = q.integer(c++);
    r.upn = q.text(c++);
    r.uid = q.integer(c++);
    r.methodType = q.text(c++);
    r.typed = q.text(c++);
    r.value = q.text(c++);
    r.oldValue = q.text(c++);
    r.rowClass = q.text(c++);
    r.action = q.text(c++);
    r.state = q.text(c++);
    r.outcome = q.text(c++);
    r.message = q.text(c++);
    return r;
}

} // namespace

ImportJournal::ImportJournal(Database &db)
    : m_db(db)
{ }

ImportJournal::~ImportJournal() = default;

Result<qint64> ImportJournal::createRun(ImportRunRecord run, const QList<ImportRowRecord> &rows)
{
    qint64 runId = 0;
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(u"INSERT INTO import_runs (run_key, kind, source_name, source_hash, options, backend, state, actor, "
                  "origin, total_rows, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        int c = 0;
        q.bindValue(c++, Database::text(run.runKey));
        q.bindValue(c++, Database::text(run.kind));
        q.bindValue(c++, Database::text(run.sourceName));
        q.bindValue(c++, Database::text(run.sourceHash));
        q.bindValue(c++, run.options.isEmpty() ? u"{}"_s : run.options);
        q.bindValue(c++, Database::text(run.backend));
        q.bindValue(c++, Database::text(run.state));
        q.bindValue(c++, Database::text(run.actor));
        q.bindValue(c++, Database::text(run.origin));
        q.bindValue(c++, qint64(rows.size()));
        q.bindValue(c++, timestamp(run.createdAt));
        q.bindValue(c++, timestamp(run.createdAt));
        if (!q.exec())
            return Error {Database::errorText(q)};
        runId = q.lastInsertId().toLongLong();

        // Up to 100,000 rows: one statement prepared once, bound as UTF-16 (see SqliteStatement).
        SqliteStatement insert;
        const QByteArray sql
            = "INSERT INTO import_rows (run_id, " + kRowColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        if (Status p = insert.prepare(m_db, sql.constData()); !p)
            return p;
        qint64 seq = 0;
        for (const ImportRowRecord &row : rows) {
            seq = row.seq > 0 ? row.seq : seq + 1;
            int i = 1;
            insert.bind(i++, runId);
            insert.bind(i++, seq);
            insert.bind(i++, row.line);
            insert.bind(i++, row.upn);
            if (row.uid > 0)
                insert.bind(i++, row.uid);
            else
                insert.bindNull(i++);
            insert.bind(i++, row.methodType);
            insert.bind(i++, row.typed);
            insert.bind(i++, row.value);
            insert.bind(i++, row.oldValue);
            insert.bind(i++, row.rowClass);
            insert.bind(i++, row.action);
            insert.bind(i++, row.state);
            insert.bind(i++, row.outcome);
            insert.bind(i++, row.message);
            if (Status e = insert.exec(); !e)
                return e;
        }
        return {};
    });
    if (!s)
        return s.error();
    return runId;
}

Result<ImportRunRecord> ImportJournal::run(qint64 runId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kRunColumns + u" FROM import_runs WHERE id = ?"_s);
    q.bindValue(0, runId);
    if (!q.exec())
        return Error {Database::errorText(q)};
    if (!q.next())
        return Error {Tr::tr("There is no import run %1 in this store.").arg(runId)};
    return readRun(q);
}

Result<QList<ImportRunRecord>> ImportJournal::runs(int limit)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kRunColumns + u" FROM import_runs ORDER BY id DESC LIMIT ?"_s);
    q.bindValue(0, qBound(1, limit, 100000));
    if (!q.exec())
        return Error {Database::errorText(q)};
    QList<ImportRunRecord> out;
    while (q.next())
        out.append(readRun(q));
    return out;
}

Result<std::optional<ImportRunRecord>> ImportJournal::latestUnfinished(const QString &sourceHash, const QString &kind)
{
    QString sql = u"SELECT "_s + kRunColumns + u" FROM import_runs WHERE state IN ('running', 'paused')"_s;
    if (!sourceHash.isEmpty())
        sql += u" AND source_hash = :hash"_s;
    if (!kind.isEmpty())
        sql += u" AND kind = :kind"_s;
    sql += u" ORDER BY id DESC LIMIT 1"_s;
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    if (!sourceHash.isEmpty())
        q.bindValue(u":hash"_s, sourceHash);
    if (!kind.isEmpty())
        q.bindValue(u":kind"_s, kind);
    if (!q.exec())
        return Error {Database::errorText(q)};
    if (!q.next())
        return std::optional<ImportRunRecord>();
    return std::optional<ImportRunRecord>(readRun(q));
}

Result<ImportRunCounts> ImportJournal::counts(qint64 runId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT state, count(*) FROM import_rows WHERE run_id = ? GROUP BY state"_s);
    q.bindValue(0, runId);
    if (!q.exec())
        return Error {Database::errorText(q)};
    ImportRunCounts counts;
    while (q.next()) {
        const QString state = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        counts.total += n;
        if (state == u"pending")
            counts.pending = n;
        else if (state == u"done")
            counts.done = n;
        else if (state == u"skipped")
            counts.skipped = n;
        else if (state == u"failed")
            counts.failed = n;
        else if (state == u"queued")
            counts.queued = n;
    }
    return counts;
}

Result<QList<ImportRowRecord>> ImportJournal::pendingRows(qint64 runId, int limit)
{
    const QByteArray sql
        = "SELECT " + kRowColumns + " FROM import_rows WHERE run_id = ? AND state = 'pending' ORDER BY seq LIMIT ?";
    if (Status s = m_pendingRows.prepare(m_db, sql.constData()); !s)
        return s.error();
    m_pendingRows.bind(1, runId);
    m_pendingRows.bind(2, qint64(qMax(1, limit)));
    QList<ImportRowRecord> out;
    while (m_pendingRows.next())
        out.append(readRow(m_pendingRows));
    if (Status s = m_pendingRows.error(); !s)
        return s.error();
    m_pendingRows.finish();
    return out;
}

Status ImportJournal::forEachRow(qint64 runId, const std::function<bool(const ImportRowRecord &)> &visit)
{
    SqliteStatement q;
    const QByteArray sql = "SELECT " + kRowColumns + " FROM import_rows WHERE run_id = ? ORDER BY seq";
    if (Status s = q.prepare(m_db, sql.constData()); !s)
        return s;
    q.bind(1, runId);
    while (q.next()) {
        if (!visit(readRow(q)))
            break;
    }
    const Status s = q.error();
    q.finish();
    return s;
}

Status ImportJournal::finishRow(qint64 runId, const ImportRowRecord &row)
{
    if (Status s = m_finishRow.prepare(m_db,
            "UPDATE import_rows SET state = ?, outcome = ?, message = ?, "
            "old_value = ?, value = ? WHERE run_id = ? AND seq = ?");
        !s)
        return s;
    m_finishRow.bind(1, row.state);
    m_finishRow.bind(2, row.outcome);
    m_finishRow.bind(3, row.message);
    m_finishRow.bind(4, row.oldValue);
    m_finishRow.bind(5, row.value);
    m_finishRow.bind(6, runId);
    m_finishRow.bind(7, row.seq);
    if (Status s = m_finishRow.exec(); !s)
        return s;
    if (m_finishRow.changes() != 1)
        return Error {Tr::tr("Row %1 of import run %2 is missing from the journal.").arg(row.seq).arg(runId)};
    return {};
}

Status ImportJournal::setRunState(qint64 runId, const QString &state)
{
    QSqlQuery q(m_db.connection());
    const bool finished = state == u"completed" || state == u"cancelled";
    q.prepare(finished ? u"UPDATE import_runs SET state = ?, updated_at = ?, finished_at = ? WHERE id = ?"_s
                       : u"UPDATE import_runs SET state = ?, updated_at = ?, finished_at = NULL WHERE id = ?"_s);
    int c = 0;
    q.bindValue(c++, state);
    const QString at = now();
    q.bindValue(c++, at);
    if (finished)
        q.bindValue(c++, at);
    q.bindValue(c++, runId);
    if (!q.exec())
        return Error {Database::errorText(q)};
    return {};
}

Status ImportJournal::cancelRun(qint64 runId, const QString &message)
{
    return writeTransaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(u"UPDATE import_rows SET state = 'skipped', outcome = 'cancelled', message = ? "
                  "WHERE run_id = ? AND state = 'pending'"_s);
        q.bindValue(0, Database::text(message));
        q.bindValue(1, runId);
        if (!q.exec())
            return Error {Database::errorText(q)};
        return setRunState(runId, u"cancelled"_s);
    });
}

Status ImportJournal::writeTransaction(const std::function<Status()> &fn)
{
    QSqlQuery control(m_db.connection());
    if (!control.exec(u"BEGIN IMMEDIATE"_s))
        return Error {Tr::tr("Cannot start a transaction: %1").arg(Database::errorText(control))};
    Status s = fn();
    if (!s) {
        control.exec(u"ROLLBACK"_s);
        return s;
    }
    if (!control.exec(u"COMMIT"_s)) {
        const QString text = Database::errorText(control);
        control.exec(u"ROLLBACK"_s);
        return Error {Tr::tr("Cannot commit the change: %1").arg(text)};
    }
    return {};
}

} // namespace Sspr::Store
