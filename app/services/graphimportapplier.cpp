#include "graphimportapplier.h"

#include "database.h"
#include "outboxchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Sspr::Services {

using Core::Error;
using Core::MethodType;
using Core::Result;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Services::GraphImportApplier)
};

} // namespace

GraphImportApplier::GraphImportApplier(Store::Database &db, QString actor)
    : m_db(db)
    , m_local(db, std::move(actor))
{ }

QString GraphImportApplier::backend() const
{
    return u"graph"_s;
}

Status GraphImportApplier::beginBatch(const Store::ImportRunRecord &run, const QList<Store::ImportRowRecord> &rows)
{
    if (Status s = m_local.beginBatch(run, rows); !s)
        return s;
    // The batch's users' Graph ids in one query (a bound JSON array, as the planner does).
    QJsonArray uids;
    for (const Store::ImportRowRecord &row : rows) {
        if (row.uid > 0)
            uids.append(row.uid);
    }
    m_userIds.clear();
    if (uids.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT uid, id FROM users WHERE uid IN (SELECT value FROM json_each(?))"_s);
    q.bindValue(0, QString::fromUtf8(QJsonDocument(uids).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Error {Store::Database::errorText(q)};
    while (q.next())
        m_userIds.insert(q.value(0).toLongLong(), q.value(1).toString());
    return {};
}

Result<Store::ImportRowRecord> GraphImportApplier::apply(
    const Store::ImportRunRecord &run, const Store::ImportRowRecord &row)
{
    auto applied = m_local.apply(run, row);
    if (!applied || applied->state != u"done")
        return applied; // skipped or refused by the rules: settled now, nothing for the tenant
    Store::ImportRowRecord result = std::move(applied).value();

    MethodType type;
    if (!Core::methodTypeFromKey(result.methodType, &type))
        return Error {Tr::tr("The journal row names no method type.")};
    QString userId = m_userIds.value(result.uid);
    if (userId.isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT id FROM users WHERE uid = ?"_s);
        q.bindValue(0, result.uid);
        if (!q.exec())
            return Error {Store::Database::errorText(q)};
        if (q.next())
            userId = q.value(0).toString();
    }
    const bool update = result.outcome == u"updated";
    const bool email = type == MethodType::Email;
    const QString methodId = Core::fixedMethodId(type);
    Sync::OutboxChange change = email
        ? (update ? Sync::OutboxChange::emailUpdate(userId, result.upn, methodId, result.oldValue, result.value)
                  : Sync::OutboxChange::emailAdd(userId, result.upn, result.value))
        : (update ? Sync::OutboxChange::phoneUpdate(userId, result.upn, methodId, type, result.oldValue, result.value)
                  : Sync::OutboxChange::phoneAdd(userId, result.upn, type, result.value));
    change.forImportRow(run.id, result.seq);
    // One key per row: a row can be queued once only, whatever happens to the run.
    auto id = change.enqueue(m_db, run.runKey + u':' + QString::number(result.seq));
    if (!id)
        return id.error();

    const QString name = Core::methodTypeDisplayName(type);
    result.state = u"queued"_s;
    result.outcome = u"queued"_s;
    result.message = update
        ? Tr::tr("Queued for the tenant: replace the %1 %2 with %3.").arg(name, result.oldValue, result.value)
        : Tr::tr("Queued for the tenant: add the %1 %2.").arg(name, result.value);
    return result;
}

Result<bool> GraphImportApplier::isSettled(Store::Database &db, qint64 runId)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT EXISTS (SELECT 1 FROM import_rows WHERE run_id = ? AND state IN ('pending', 'queued'))"_s);
    q.bindValue(0, runId);
    if (!q.exec() || !q.next())
        return Error {Store::Database::errorText(q)};
    return !q.value(0).toBool();
}

} // namespace Sspr::Services
