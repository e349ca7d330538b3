#include "outboxrepository.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace Sspr::Store {

using Core::Error;
using Core::Result;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {

const QString kColumns = u"id, idempotency_key, created_at, updated_at, kind, target, payload, state, attempts, "
                         "last_status, last_error"_s;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString toText(const QJsonObject &payload)
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

OutboxItem readItem(const QSqlQuery &q)
{
    OutboxItem item;
    int c = 0;
    item.id = q.value(c++).toLongLong();
    item.key = q.value(c++).toString();
    item.createdAt = QDateTime::fromString(q.value(c++).toString(), Qt::ISODateWithMs);
    item.updatedAt = QDateTime::fromString(q.value(c++).toString(), Qt::ISODateWithMs);
    item.kind = q.value(c++).toString();
    item.target = q.value(c++).toString();
    item.payload = QJsonDocument::fromJson(q.value(c++).toString().toUtf8()).object();
    item.state = q.value(c++).toString();
    item.attempts = q.value(c++).toInt();
    item.lastStatus = q.value(c).isNull() ? 0 : q.value(c).toInt();
    ++c;
    item.lastError = q.value(c++).toString();
    return item;
}

Result<QList<OutboxItem>> readAll(QSqlQuery &q)
{
    if (!q.exec())
        return Error {Database::errorText(q)};
    QList<OutboxItem> items;
    while (q.next())
        items.append(readItem(q));
    return items;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

} // namespace

OutboxRepository::OutboxRepository(Database &db)
    : m_db(db)
{ }

bool OutboxRepository::isGraphProfile(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT kind FROM tenant WHERE id = 1"_s) && q.next() && q.value(0).toString() == u"graph";
}

QStringList OutboxRepository::states()
{
    return {u"pending"_s, u"sending"_s, u"done"_s, u"failed"_s, u"conflict"_s, u"discarded"_s};
}

QString OutboxRepository::userTarget(const QString &userGraphId)
{
    return u"users/"_s + userGraphId;
}

Result<qint64> OutboxRepository::enqueue(
    const QString &kind, const QString &target, const QJsonObject &payload, const QString &key)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO outbox (idempotency_key, created_at, updated_at, kind, target, payload, state) "
              "VALUES (?, ?, ?, ?, ?, ?, 'pending')"_s);
    const QString at = now();
    q.bindValue(0, key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key);
    q.bindValue(1, at);
    q.bindValue(2, at);
    q.bindValue(3, Database::text(kind));
    q.bindValue(4, Database::text(target));
    q.bindValue(5, toText(payload));
    if (!q.exec())
        return Error {Database::errorText(q)};
    return q.lastInsertId().toLongLong();
}

Result<std::optional<OutboxItem>> OutboxRepository::item(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kColumns + u" FROM outbox WHERE id = ?"_s);
    q.bindValue(0, id);
    auto items = readAll(q);
    if (!items)
        return items.error();
    if (items->isEmpty())
        return std::optional<OutboxItem>();
    return std::optional<OutboxItem>(items->constFirst());
}

Result<std::optional<OutboxItem>> OutboxRepository::itemByKey(const QString &key)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kColumns + u" FROM outbox WHERE idempotency_key = ?"_s);
    q.bindValue(0, key);
    auto items = readAll(q);
    if (!items)
        return items.error();
    if (items->isEmpty())
        return std::optional<OutboxItem>();
    return std::optional<OutboxItem>(items->constFirst());
}

Result<QList<OutboxItem>> OutboxRepository::list(const QStringList &states, int limit, qint64 afterId)
{
    QString sql = u"SELECT "_s + kColumns + u" FROM outbox WHERE id > ?"_s;
    if (!states.isEmpty())
        sql += u" AND state IN ("_s + placeholders(states.size()) + u")"_s;
    sql += u" ORDER BY id LIMIT ?"_s;
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    int c = 0;
    q.bindValue(c++, afterId);
    for (const QString &state : states)
        q.bindValue(c++, state);
    q.bindValue(c++, limit);
    return readAll(q);
}

Result<OutboxCounts> OutboxRepository::counts()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT state, count(*) FROM outbox GROUP BY state"_s))
        return Error {Database::errorText(q)};
    OutboxCounts counts;
    while (q.next()) {
        const QString state = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        if (state == u"pending")
            counts.pending = n;
        else if (state == u"sending")
            counts.sending = n;
        else if (state == u"done")
            counts.done = n;
        else if (state == u"failed")
            counts.failed = n;
        else if (state == u"conflict")
            counts.conflict = n;
        else if (state == u"discarded")
            counts.discarded = n;
    }
    return counts;
}

Result<QList<OutboxItem>> OutboxRepository::sendable(int limit)
{
    // No older item of the same target still to send: that also keeps it to one item per target.
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kColumns
        + u" FROM outbox o WHERE o.state = 'pending' AND NOT EXISTS (SELECT 1 FROM outbox p "
          "WHERE p.target = o.target AND p.id < o.id AND p.state IN ('pending', 'sending')) ORDER BY o.id LIMIT ?"_s);
    q.bindValue(0, limit);
    return readAll(q);
}

Result<QList<OutboxItem>> OutboxRepository::inDoubt(int limit)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kColumns + u" FROM outbox WHERE state = 'sending' ORDER BY id LIMIT ?"_s);
    q.bindValue(0, limit);
    return readAll(q);
}

Status OutboxRepository::markSending(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? "
                  "WHERE id = ? AND state IN ('pending', 'sending')"_s);
        const QString at = now();
        for (const qint64 id : ids) {
            q.bindValue(0, at);
            q.bindValue(1, id);
            if (!q.exec())
                return Error {Database::errorText(q)};
        }
        return {};
    });
}

Status OutboxRepository::settle(
    qint64 id, const QString &state, int httpStatus, const QString &error, const std::optional<QJsonObject> &payload)
{
    QSqlQuery q(m_db.connection());
    q.prepare(payload ? u"UPDATE outbox SET state = ?, last_status = ?, last_error = ?, updated_at = ?, payload = ? "
                        "WHERE id = ?"_s
                      : u"UPDATE outbox SET state = ?, last_status = ?, last_error = ?, updated_at = ? WHERE id = ?"_s);
    int c = 0;
    q.bindValue(c++, state);
    q.bindValue(c++, httpStatus > 0 ? QVariant(httpStatus) : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(c++, Database::text(error));
    q.bindValue(c++, now());
    if (payload)
        q.bindValue(c++, toText(*payload));
    q.bindValue(c++, id);
    if (!q.exec())
        return Error {Database::errorText(q)};
    return {};
}

Result<bool> OutboxRepository::retry(qint64 id, const std::optional<QJsonObject> &payload)
{
    QSqlQuery q(m_db.connection());
    q.prepare(payload ? u"UPDATE outbox SET state = 'pending', updated_at = ?, payload = ? "
                        "WHERE id = ? AND state IN ('failed', 'conflict')"_s
                      : u"UPDATE outbox SET state = 'pending', updated_at = ? "
                        "WHERE id = ? AND state IN ('failed', 'conflict')"_s);
    int c = 0;
    q.bindValue(c++, now());
    if (payload)
        q.bindValue(c++, toText(*payload));
    q.bindValue(c++, id);
    if (!q.exec())
        return Error {Database::errorText(q)};
    return q.numRowsAffected() > 0;
}

Result<int> OutboxRepository::retryAllFailed()
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE outbox SET state = 'pending', updated_at = ? WHERE state = 'failed'"_s);
    q.bindValue(0, now());
    if (!q.exec())
        return Error {Database::errorText(q)};
    return q.numRowsAffected();
}

Result<bool> OutboxRepository::discard(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE outbox SET state = 'discarded', updated_at = ? "
              "WHERE id = ? AND state IN ('pending', 'failed', 'conflict')"_s);
    q.bindValue(0, now());
    q.bindValue(1, id);
    if (!q.exec())
        return Error {Database::errorText(q)};
    return q.numRowsAffected() > 0;
}

Result<QList<OutboxItem>> OutboxRepository::openFor(const QString &target, const QString &methodId)
{
    QSqlQuery q(m_db.connection());
    QString sql = u"SELECT "_s + kColumns
        + u" FROM outbox WHERE target = ? AND state IN ('pending', 'sending', 'failed', 'conflict')"_s;
    if (!methodId.isEmpty())
        sql += u" AND json_extract(payload, '$.methodId') = ?"_s;
    q.prepare(sql + u" ORDER BY id"_s);
    q.bindValue(0, target);
    if (!methodId.isEmpty())
        q.bindValue(1, methodId);
    return readAll(q);
}

Result<QHash<QString, QString>> OutboxRepository::openMethodStates(const QString &userGraphId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT json_extract(payload, '$.methodId'), state FROM outbox WHERE target = ? "
              "AND state IN ('pending', 'sending', 'failed', 'conflict') ORDER BY id"_s);
    q.bindValue(0, userTarget(userGraphId));
    if (!q.exec())
        return Error {Database::errorText(q)};
    QHash<QString, QString> states;
    while (q.next()) {
        const QString methodId = q.value(0).toString();
        if (!methodId.isEmpty())
            states.insert(methodId, q.value(1).toString()); // newest wins (rows come oldest first)
    }
    return states;
}

} // namespace Sspr::Store
