#include "policyservice.h"

#include "auditlog.h"
#include "database.h"
#include "outboxchange.h"
#include "outboxrepository.h"
#include "policykeys.h"
#include "policyrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace Sspr::Services {

using Core::Error;
using Core::Result;
using Core::SsprPolicy;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {

// In a Graph profile, what of a saved change Graph can take goes to the outbox in the same transaction. Of the
// Password reset blade that is only allowedToUseSSPR (graph-facts §1.2); the rest of the blade has no Graph API and
// stays in the local model.
Status enqueueBladeChange(Store::Database &db, const SsprPolicy &before, const SsprPolicy &after)
{
    if (before.allowedToUseSspr == after.allowedToUseSspr)
        return {};
    auto id = Sync::OutboxChange::authorizationPolicyPatch(before.allowedToUseSspr, after.allowedToUseSspr).enqueue(db);
    return id ? Status {} : Status {id.error()};
}

// One PATCH per changed method configuration (with the configuration as last seen, to detect a change made in the
// tenant meanwhile), and one for the campaign and migration state.
Status enqueueMethodsChange(
    Store::Database &db, const Core::AuthMethodsPolicy &before, const Core::AuthMethodsPolicy &after)
{
    for (Core::AuthMethodKind kind : Core::kAllAuthMethodKinds) {
        const Core::MethodConfiguration *a = before.configuration(kind);
        const Core::MethodConfiguration *b = after.configuration(kind);
        if (!b || (a && *a == *b))
            continue;
        auto id
            = Sync::OutboxChange::methodConfigurationPatch(b->id(), b->patchJson(), a ? a->patchJson() : QJsonObject())
                  .enqueue(db);
        if (!id)
            return id.error();
    }
    const bool campaignChanged = !(before.registrationCampaign == after.registrationCampaign);
    const bool stateChanged = before.policyMigrationState != after.policyMigrationState;
    if (!campaignChanged && !stateChanged)
        return {};
    QJsonObject body;
    QJsonObject seen;
    if (campaignChanged) {
        body = after.registrationEnforcementJson();
        seen = before.registrationEnforcementJson();
    }
    if (stateChanged) {
        body.insert(u"policyMigrationState"_s, Core::migrationStateKey(after.policyMigrationState));
        seen.insert(u"policyMigrationState"_s, Core::migrationStateKey(before.policyMigrationState));
    }
    auto id = Sync::OutboxChange::authMethodsPolicyPatch(body, seen, before.lastModifiedDateTime).enqueue(db);
    return id ? Status {} : Status {id.error()};
}

} // namespace

PolicyService::PolicyService(Store::Database &db, QString actor, QString source)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_source(std::move(source))
{ }

Result<SsprPolicy> PolicyService::load()
{
    return Store::PolicyRepository(m_db).load();
}

Core::PolicyContext PolicyService::context()
{
    Core::PolicyContext context;
    Store::Database *db = &m_db;
    context.groupExists = [db](const QString &groupId) {
        QSqlQuery q(db->connection());
        q.prepare(u"SELECT 1 FROM groups WHERE id = ?"_s);
        q.bindValue(0, groupId);
        return q.exec() && q.next();
    };
    QSqlQuery q(m_db.connection());
    if (q.exec(u"SELECT domain FROM tenant WHERE id = 1"_s) && q.next() && !q.value(0).toString().isEmpty())
        context.tenantDomains << q.value(0).toString();
    if (q.exec(u"SELECT migration_state FROM auth_methods_policy WHERE id = 1"_s) && q.next()) {
        Core::PolicyMigrationState state;
        if (Core::migrationStateFromKey(q.value(0).toString(), &state))
            context.migrationState = state;
    }
    if (auto stored = load())
        context.stored = stored.value();
    return context;
}

QList<Core::PolicyProblem> PolicyService::validate(const SsprPolicy &staged)
{
    return Core::validate(staged, context());
}

QString PolicyService::groupName(const QString &groupId)
{
    if (groupId.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT display_name FROM groups WHERE id = ?"_s);
    q.bindValue(0, groupId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString PolicyService::displayValue(const SsprPolicy &policy, const QString &key)
{
    if (key == Core::PolicyKeys::GroupIds) {
        const QString name = groupName(policy.groupId);
        return name.isEmpty() ? policy.groupId : name;
    }
    auto text = Core::policyValueText(policy, key);
    return text ? text.value() : QString();
}

QList<PolicyService::Change> PolicyService::diff(const SsprPolicy &before, const SsprPolicy &after)
{
    QList<Change> changes;
    for (const Core::PolicyKeyInfo &info : Core::policyKeyInfos()) {
        if (info.key == Core::PolicyKeys::MethodsAvailable)
            continue; // a shorthand for the six method keys, which are compared one by one
        if (info.key == Core::PolicyKeys::SecurityQuestions)
            continue; // compared below as readable question texts, once
        const QString oldValue = displayValue(before, info.key);
        const QString newValue = displayValue(after, info.key);
        if (oldValue != newValue)
            changes.append({info.key, oldValue, newValue});
    }
    if (before.questions != after.questions) {
        auto texts = [](const SsprPolicy &p) {
            QStringList out;
            for (const Core::SecurityQuestion &q : p.questions)
                out << q.text;
            return out.join(u" | "_s);
        };
        changes.append({u"securityQuestions"_s, texts(before), texts(after)});
    }
    return changes;
}

Status PolicyService::save(const SsprPolicy &staged)
{
    const QList<Core::PolicyProblem> problems = validate(staged);
    if (Core::hasErrors(problems))
        return Core::toStatus(problems);
    auto before = load();
    if (!before)
        return before.error();
    const QList<Change> changes = diff(before.value(), staged);
    if (changes.isEmpty())
        return {};
    const bool graph = Store::OutboxRepository::isGraphProfile(m_db);
    return m_db.transaction([&]() -> Status {
        if (Status s = Store::PolicyRepository(m_db).saveWithoutTransaction(staged); !s)
            return s;
        if (graph) {
            if (Status s = enqueueBladeChange(m_db, before.value(), staged); !s)
                return s;
        }
        Store::AuditLog log(m_db);
        for (const Change &c : changes) {
            if (Status s = log.append({0, {}, m_actor, m_source, u"policy.update"_s,
                    QCoreApplication::translate("Sspr::Services::PolicyService", "Password reset policy"), c.key,
                    c.oldValue, c.newValue});
                !s)
                return s;
        }
        return {};
    });
}

Result<Core::AuthMethodsPolicy> PolicyService::loadAuthMethods()
{
    return Store::PolicyRepository(m_db).loadAuthMethodsPolicy();
}

QList<Core::PolicyProblem> PolicyService::validateAuthMethods(const Core::AuthMethodsPolicy &staged)
{
    QList<Core::PolicyProblem> problems = staged.validate();
    const Core::PolicyContext ctx = context();
    auto checkGroup = [&](const QString &id, const QString &field) {
        if (id == Core::kAllUsersTargetId || !ctx.groupExists || ctx.groupExists(id))
            return;
        problems.append({Core::PolicyProblem::Severity::Warning, field, u"targets.unknownGroup"_s,
            QCoreApplication::translate(
                "Sspr::Services::PolicyService", "The target group %1 does not exist in this tenant; remove it.")
                .arg(id)});
    };
    for (const Core::MethodConfiguration &config : staged.configurations) {
        for (const Core::MethodTarget &target : config.includeTargets)
            checkGroup(target.id, config.id() + u".includeTargets"_s);
        for (const Core::ExcludeTarget &target : config.excludeTargets)
            checkGroup(target.id, config.id() + u".excludeTargets"_s);
    }
    return problems;
}

QList<PolicyService::Change> PolicyService::diffAuthMethods(
    const Core::AuthMethodsPolicy &before, const Core::AuthMethodsPolicy &after)
{
    auto targetName = [this](const QString &id) {
        if (id == Core::kAllUsersTargetId)
            return QCoreApplication::translate("Sspr::Services::PolicyService", "All users");
        const QString name = groupName(id);
        return name.isEmpty() ? id : name;
    };
    auto names = [&targetName](const auto &targets) {
        QStringList out;
        for (const auto &target : targets)
            out << targetName(target.id);
        return out.join(u", "_s);
    };
    auto settingsOf = [](const Core::MethodConfiguration *config) {
        if (!config)
            return QString();
        QJsonObject json = config->toJson();
        for (const QString &key : {u"@odata.type"_s, u"id"_s, u"state"_s, u"includeTargets"_s, u"excludeTargets"_s})
            json.remove(key);
        return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    };
    QList<Change> changes;
    auto add = [&changes](const QString &key, const QString &oldValue, const QString &newValue) {
        if (oldValue != newValue)
            changes.append({key, oldValue, newValue});
    };
    add(u"policyMigrationState"_s, Core::migrationStateKey(before.policyMigrationState),
        Core::migrationStateKey(after.policyMigrationState));
    for (Core::AuthMethodKind kind : Core::kAllAuthMethodKinds) {
        const Core::MethodConfiguration *a = before.configuration(kind);
        const Core::MethodConfiguration *b = after.configuration(kind);
        if (!a && !b)
            continue;
        const QString id = Core::authMethodConfigId(kind);
        auto state = [](const Core::MethodConfiguration *c) {
            return !c        ? QString()
                : c->enabled ? QCoreApplication::translate("Sspr::Services::PolicyService", "Enabled")
                             : QCoreApplication::translate("Sspr::Services::PolicyService", "Disabled");
        };
        add(id + u".state"_s, state(a), state(b));
        add(id + u".includeTargets"_s, a ? names(a->includeTargets) : QString(),
            b ? names(b->includeTargets) : QString());
        add(id + u".excludeTargets"_s, a ? names(a->excludeTargets) : QString(),
            b ? names(b->excludeTargets) : QString());
        add(id + u".settings"_s, settingsOf(a), settingsOf(b));
    }
    const Core::RegistrationCampaign &ca = before.registrationCampaign;
    const Core::RegistrationCampaign &cb = after.registrationCampaign;
    add(u"registrationCampaign.state"_s, Core::featureStateKey(ca.state), Core::featureStateKey(cb.state));
    add(u"registrationCampaign.snoozeDurationInDays"_s, QString::number(ca.snoozeDurationInDays),
        QString::number(cb.snoozeDurationInDays));
    auto limited = [](const std::optional<bool> &value) {
        return value.has_value() ? (*value ? u"true"_s : u"false"_s) : QString();
    };
    add(u"registrationCampaign.enforceRegistrationAfterAllowedSnoozes"_s,
        limited(ca.enforceRegistrationAfterAllowedSnoozes), limited(cb.enforceRegistrationAfterAllowedSnoozes));
    add(u"registrationCampaign.includeTargets"_s, names(ca.includeTargets), names(cb.includeTargets));
    add(u"registrationCampaign.excludeTargets"_s, names(ca.excludeTargets), names(cb.excludeTargets));
    return changes;
}

Status PolicyService::save(const SsprPolicy &staged, const Core::AuthMethodsPolicy &stagedMethods)
{
    QList<Core::PolicyProblem> problems = validate(staged);
    problems.append(validateAuthMethods(stagedMethods));
    if (Core::hasErrors(problems))
        return Core::toStatus(problems);
    auto before = load();
    if (!before)
        return before.error();
    auto methodsBefore = loadAuthMethods();
    if (!methodsBefore)
        return methodsBefore.error();
    const QList<Change> changes = diff(before.value(), staged);
    const QList<Change> methodChanges = diffAuthMethods(methodsBefore.value(), stagedMethods);
    if (changes.isEmpty() && methodChanges.isEmpty())
        return {};
    const bool graph = Store::OutboxRepository::isGraphProfile(m_db);
    return m_db.transaction([&]() -> Status {
        Store::PolicyRepository repository(m_db);
        Store::AuditLog log(m_db);
        if (!changes.isEmpty()) {
            if (Status s = repository.saveWithoutTransaction(staged); !s)
                return s;
            if (graph) {
                if (Status s = enqueueBladeChange(m_db, before.value(), staged); !s)
                    return s;
            }
            const QString target
                = QCoreApplication::translate("Sspr::Services::PolicyService", "Password reset policy");
            for (const Change &c : changes) {
                if (Status s
                    = log.append({0, {}, m_actor, m_source, u"policy.update"_s, target, c.key, c.oldValue, c.newValue});
                    !s)
                    return s;
            }
        }
        if (!methodChanges.isEmpty()) {
            if (Status s = repository.saveAuthMethodsPolicyWithoutTransaction(stagedMethods); !s)
                return s;
            if (graph) {
                if (Status s = enqueueMethodsChange(m_db, methodsBefore.value(), stagedMethods); !s)
                    return s;
            }
            const QString target
                = QCoreApplication::translate("Sspr::Services::PolicyService", "Authentication methods policy");
            for (const Change &c : methodChanges) {
                if (Status s = log.append({0, {}, m_actor, m_source, u"authMethodsPolicy.update"_s, target, c.key,
                        c.oldValue, c.newValue});
                    !s)
                    return s;
            }
        }
        return {};
    });
}

} // namespace Sspr::Services
