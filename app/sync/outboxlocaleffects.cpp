#include "outboxlocaleffects.h"

#include "auditlog.h"
#include "authmethodspolicy.h"
#include "database.h"
#include "outboxchange.h"
#include "outboxrepository.h"
#include "policyrepository.h"
#include "userwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace Sspr::Sync {

using Core::Error;
using Core::Result;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Sync::OutboxLocalEffects)
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Members of `overlay` replace those of `base`; objects are merged member by member.
QJsonObject merged(QJsonObject base, const QJsonObject &overlay)
{
    for (auto it = overlay.begin(); it != overlay.end(); ++it) {
        if (it->isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it->toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

} // namespace

OutboxLocalEffects::OutboxLocalEffects(Store::Database &db)
    : m_db(db)
{ }

Result<qint64> OutboxLocalEffects::uidOf(const QString &userId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT uid FROM users WHERE id = ?"_s);
    q.bindValue(0, userId);
    if (!q.exec())
        return Error {Store::Database::errorText(q)};
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Status OutboxLocalEffects::settled(const Store::OutboxItem &item, const QString &state, const QString &message)
{
    if (state == u"done" && item.kind == OutboxChange::GroupCreate) {
        const QString graphId = item.payload.value(u"createdId"_s).toString();
        const QString localId = item.payload.value(u"localId"_s).toString();
        if (!graphId.isEmpty() && !localId.isEmpty() && graphId != localId) {
            if (Status s = adoptGroupId(localId, graphId); !s)
                return s;
        }
    }
    if (item.payload.contains(u"importRunId"_s))
        return settleImportRow(item, state, message);
    return {};
}

Status OutboxLocalEffects::adoptGroupId(const QString &localId, const QString &graphId)
{
    // The stand-in id may already be in use: picked as the SSPR group, as a policy target, or in later outbox
    // items (which the worker holds back until this create is done).
    const QStringList statements = {
        u"UPDATE groups SET id = :graph WHERE id = :local"_s,
        u"UPDATE sspr_policy SET group_id = :graph WHERE group_id = :local"_s,
        u"UPDATE method_targets SET target_id = :graph WHERE target_id = :local"_s,
        u"UPDATE outbox SET payload = replace(payload, :local, :graph) "
        "WHERE state IN ('pending', 'failed', 'conflict') AND instr(payload, :local) > 0"_s,
    };
    for (const QString &sql : statements) {
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        q.bindValue(u":graph"_s, graphId);
        q.bindValue(u":local"_s, localId);
        if (!q.exec())
            return Error {Store::Database::errorText(q)};
    }
    return {};
}

Status OutboxLocalEffects::settleImportRow(const Store::OutboxItem &item, const QString &state, const QString &message)
{
    const qint64 runId = item.payload.value(u"importRunId"_s).toInteger();
    const qint64 seq = item.payload.value(u"importSeq"_s).toInteger();
    QString rowState;
    QString outcome;
    QString rowMessage = message;
    if (state == u"done") {
        rowState = u"done"_s;
        const bool update = item.kind == OutboxChange::PhoneUpdate || item.kind == OutboxChange::EmailUpdate;
        outcome = update ? u"updated"_s : u"added"_s;
        if (rowMessage.isEmpty()) {
            rowMessage = update ? Tr::tr("Changed in the tenant to %1.").arg(item.payload.value(u"new"_s).toString())
                                : Tr::tr("Added in the tenant.");
        }
    } else if (state == u"failed" || state == u"conflict") {
        rowState = u"failed"_s;
        outcome = u"failed"_s;
    } else if (state == u"discarded") {
        rowState = u"skipped"_s;
        outcome = u"skipped"_s;
        rowMessage = Tr::tr("Discarded from the outbox: not applied in the tenant.");
    } else { // pending again (retry)
        rowState = u"queued"_s;
        outcome = u"queued"_s;
        rowMessage = Tr::tr("Queued for the tenant.");
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE import_rows SET state = ?, outcome = ?, message = ? WHERE run_id = ? AND seq = ?"_s);
    q.bindValue(0, rowState);
    q.bindValue(1, outcome);
    q.bindValue(2, Store::Database::text(rowMessage));
    q.bindValue(3, runId);
    q.bindValue(4, seq);
    if (!q.exec())
        return Error {Store::Database::errorText(q)};
    if (rowState == u"queued")
        return {};

    // The run is settled when the runner has finished it and no row waits for the tenant any more.
    q.prepare(u"SELECT r.state, r.actor, r.source_name, r.kind, EXISTS (SELECT 1 FROM import_rows w "
              "WHERE w.run_id = r.id AND w.state IN ('queued', 'pending')) FROM import_runs r WHERE r.id = ?"_s);
    q.bindValue(0, runId);
    if (!q.exec())
        return Error {Store::Database::errorText(q)};
    if (!q.next() || q.value(0).toString() != u"completed" || q.value(4).toBool())
        return {};
    const QString actor = q.value(1).toString();
    const QString sourceName = q.value(2).toString();
    const QString kind = q.value(3).toString();
    q.finish();
    q.prepare(u"UPDATE import_runs SET finished_at = ?, updated_at = ? WHERE id = ?"_s);
    const QString at = now();
    q.bindValue(0, at);
    q.bindValue(1, at);
    q.bindValue(2, runId);
    if (!q.exec())
        return Error {Store::Database::errorText(q)};
    q.prepare(u"SELECT outcome, count(*) FROM import_rows WHERE run_id = ? GROUP BY outcome ORDER BY outcome"_s);
    q.bindValue(0, runId);
    if (!q.exec())
        return Error {Store::Database::errorText(q)};
    QStringList parts;
    while (q.next())
        parts.append(u"%1 %2"_s.arg(q.value(0).toString()).arg(q.value(1).toLongLong()));
    Store::AuditEntry entry;
    entry.actor = actor;
    entry.source = u"import"_s;
    entry.action = u"import.settled"_s;
    entry.target = Tr::tr("Import #%1 (%2)").arg(runId).arg(sourceName);
    entry.setting = kind;
    entry.newValue = parts.join(u", "_s);
    return Store::AuditLog(m_db).append(entry);
}

Result<bool> OutboxLocalEffects::retry(qint64 id, const QString &actor, const QString &source)
{
    bool retried = false;
    const Status s = m_db.transaction([&]() -> Status {
        Store::OutboxRepository repository(m_db);
        auto item = repository.item(id);
        if (!item)
            return item.error();
        if (!item->has_value() || ((*item)->state != u"failed" && (*item)->state != u"conflict"))
            return {};
        Store::OutboxItem current = item->value();
        QJsonObject payload = current.payload;
        if (current.state == u"conflict")
            payload.insert(u"force"_s, true); // the person chose our value over the tenant's
        auto done = repository.retry(id, payload);
        if (!done)
            return done.error();
        retried = done.value();
        if (!retried)
            return {};
        current.payload = payload;
        if (Status r = settled(current, u"pending"_s, {}); !r)
            return r;
        return Store::AuditLog(m_db).append({0, {}, actor, source, u"outbox.retry"_s, OutboxChange::describe(current),
            u"state"_s, current.state, u"pending"_s});
    });
    if (!s)
        return s.error();
    return retried;
}

Result<int> OutboxLocalEffects::retryAllFailed(const QString &actor, const QString &source)
{
    auto failed = Store::OutboxRepository(m_db).list({u"failed"_s}, 1000000);
    if (!failed)
        return failed.error();
    int n = 0;
    for (const Store::OutboxItem &item : std::as_const(failed.value())) {
        auto retried = retry(item.id, actor, source);
        if (!retried)
            return retried.error();
        n += retried.value() ? 1 : 0;
    }
    return n;
}

Result<bool> OutboxLocalEffects::discard(qint64 id, const QString &actor, const QString &source)
{
    bool discarded = false;
    const Status s = m_db.transaction([&]() -> Status {
        Store::OutboxRepository repository(m_db);
        auto item = repository.item(id);
        if (!item)
            return item.error();
        if (!item->has_value())
            return {};
        const Store::OutboxItem current = item->value();
        auto done = repository.discard(id);
        if (!done)
            return done.error();
        discarded = done.value();
        if (!discarded)
            return {};
        if (Status r = revert(current); !r)
            return r;
        if (current.payload.contains(u"importRunId"_s)) {
            if (Status r = settleImportRow(current, u"discarded"_s, {}); !r)
                return r;
        }
        return Store::AuditLog(m_db).append({0, {}, actor, source, u"outbox.discard"_s, OutboxChange::describe(current),
            u"state"_s, current.state, u"discarded"_s});
    });
    if (!s)
        return s.error();
    return discarded;
}

Status OutboxLocalEffects::revert(const Store::OutboxItem &item)
{
    const QJsonObject &p = item.payload;
    const QJsonObject conflict = p.value(u"conflict"_s).toObject();
    const bool haveTheirs = conflict.contains(u"theirs"_s);
    const QJsonValue theirs = conflict.value(u"theirs"_s);

    if (item.kind == OutboxChange::GroupCreate) {
        QSqlQuery q(m_db.connection());
        q.prepare(u"DELETE FROM groups WHERE id = ?"_s);
        q.bindValue(0, p.value(u"localId"_s).toString());
        if (!q.exec())
            return Error {Store::Database::errorText(q)};
        return {};
    }
    if (item.kind == OutboxChange::AuthorizationPolicyPatch) {
        const bool value = haveTheirs && theirs.isBool() ? theirs.toBool() : p.value(u"old"_s).toBool();
        QSqlQuery q(m_db.connection());
        q.prepare(u"UPDATE sspr_policy SET allowed_to_use_sspr = ? WHERE id = 1"_s);
        q.bindValue(0, value);
        if (!q.exec())
            return Error {Store::Database::errorText(q)};
        return {};
    }
    if (item.kind == OutboxChange::MethodConfigurationPatch || item.kind == OutboxChange::AuthMethodsPolicyPatch) {
        Store::PolicyRepository repository(m_db);
        auto policy = repository.loadAuthMethodsPolicy();
        if (!policy)
            return policy.error();
        const QJsonObject restore = haveTheirs && theirs.isObject() ? theirs.toObject() : p.value(u"seen"_s).toObject();
        Core::AuthMethodsPolicy updated = policy.value();
        if (item.kind == OutboxChange::MethodConfigurationPatch) {
            const QString id = p.value(u"configurationId"_s).toString();
            for (Core::MethodConfiguration &config : updated.configurations) {
                if (config.id().compare(id, Qt::CaseInsensitive) != 0)
                    continue;
                auto back = Core::MethodConfiguration::fromJson(merged(config.toJson(), restore));
                if (!back)
                    return back.error();
                config = back.value();
            }
        } else {
            auto back = Core::AuthMethodsPolicy::fromJson(merged(updated.toJson(), restore));
            if (!back)
                return back.error();
            updated = back.value();
        }
        return repository.saveAuthMethodsPolicyWithoutTransaction(updated);
    }

    // A user's method: put the store back to the tenant's value (a conflict showed it) or to what it was.
    const QString methodId = p.value(u"methodId"_s).toString();
    auto uid = uidOf(p.value(u"userId"_s).toString());
    if (!uid)
        return uid.error();
    if (uid.value() == 0 || methodId.isEmpty())
        return {}; // the user is gone from the store: nothing to put back
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT type, value FROM user_methods WHERE uid = ? AND id = ?"_s);
    q.bindValue(0, uid.value());
    q.bindValue(1, methodId);
    if (!q.exec())
        return Error {Store::Database::errorText(q)};
    const bool present = q.next();
    const QString storedType = present ? q.value(0).toString() : QString();
    q.finish();

    QString want; // the value the store should show afterwards; empty: no such method
    if (haveTheirs)
        want = theirs.isString() ? theirs.toString() : QString();
    else if (item.kind == OutboxChange::PhoneAdd || item.kind == OutboxChange::EmailAdd
        || item.kind == OutboxChange::TapCreate)
        want.clear();
    else
        want = p.value(u"old"_s).toString();

    Store::UserWriter writer(m_db);
    if (want.isEmpty())
        return present ? writer.removeMethod(uid.value(), methodId) : Status {};
    if (present)
        return writer.updateMethodValue(uid.value(), methodId, want);
    Core::AuthMethod method;
    method.id = methodId;
    QString typeKey = p.value(u"phoneType"_s).toString();
    if (typeKey.isEmpty())
        typeKey = p.value(u"methodType"_s).toString();
    if (typeKey.isEmpty())
        typeKey = item.kind.startsWith(u"email") ? u"email"_s : storedType;
    if (!Core::methodTypeFromKey(typeKey, &method.type))
        return {};
    method.value = want;
    return writer.addMethod(uid.value(), method);
}

} // namespace Sspr::Sync
