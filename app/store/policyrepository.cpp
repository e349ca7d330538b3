#include "policyrepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace Sspr::Store {

using Core::Error;
using Core::Result;
using Core::SsprPolicy;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Store::PolicyRepository)
};

const QString kCampaignKey = u"authenticationMethodsRegistrationCampaign"_s;
const QString kEnforcementKey = u"registrationEnforcement"_s;
const QString kCampaignInclude = u"campaignInclude"_s;
const QString kCampaignExclude = u"campaignExclude"_s;

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Result<QJsonObject> parseObject(const QString &text, const QString &where)
{
    if (text.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error {
            Tr::tr("The stored Authentication methods policy is damaged (%1 is not a JSON object).").arg(where)};
    return doc.object();
}

struct TargetRow
{
    QString methodId;
    QString direction;
    QJsonObject json; // the Graph target: settings + id + targetType
};

} // namespace

PolicyRepository::PolicyRepository(Database &db)
    : m_db(db)
{ }

Result<SsprPolicy> PolicyRepository::load()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT enablement, group_id, methods_required, mobile_app_notification, mobile_app_code, email, "
                "mobile_phone, office_phone, security_questions, questions_to_register, questions_to_reset, "
                "registration_required, reconfirm_days, notify_users, notify_admins, customize_helpdesk_link, "
                "helpdesk_email_or_url, writeback_enabled, writeback_cloud_sync, unlock_without_reset, "
                "allowed_to_use_sspr FROM sspr_policy WHERE id = 1"_s))
        return Error {Database::errorText(q)};
    SsprPolicy p;
    if (q.next()) {
        int c = 0;
        p.enablement = static_cast<Core::SsprEnablement>(q.value(c++).toInt());
        p.groupId = q.value(c++).toString();
        p.methodsRequired = q.value(c++).toInt();
        p.mobileAppNotification = q.value(c++).toBool();
        p.mobileAppCode = q.value(c++).toBool();
        p.email = q.value(c++).toBool();
        p.mobilePhone = q.value(c++).toBool();
        p.officePhone = q.value(c++).toBool();
        p.securityQuestions = q.value(c++).toBool();
        p.questionsToRegister = q.value(c++).toInt();
        p.questionsToReset = q.value(c++).toInt();
        p.registrationRequired = q.value(c++).toBool();
        p.reconfirmDays = q.value(c++).toInt();
        p.notifyUsers = q.value(c++).toBool();
        p.notifyAdmins = q.value(c++).toBool();
        p.customizeHelpdeskLink = q.value(c++).toBool();
        p.helpdeskEmailOrUrl = q.value(c++).toString();
        p.writebackEnabled = q.value(c++).toBool();
        p.writebackCloudSync = q.value(c++).toBool();
        p.unlockWithoutReset = q.value(c++).toBool();
        p.allowedToUseSspr = q.value(c++).toBool();
    }
    QSqlQuery sq(m_db.connection());
    if (!sq.exec(u"SELECT custom, question_key, text FROM security_questions ORDER BY position"_s))
        return Error {Database::errorText(sq)};
    while (sq.next())
        p.questions.append({sq.value(0).toBool(), sq.value(1).toString(), sq.value(2).toString()});
    return p;
}

Status PolicyRepository::save(const SsprPolicy &policy)
{
    return m_db.transaction([&] { return saveWithoutTransaction(policy); });
}

Status PolicyRepository::saveWithoutTransaction(const SsprPolicy &p)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT OR REPLACE INTO sspr_policy (id, enablement, group_id, methods_required, "
              "mobile_app_notification, mobile_app_code, email, mobile_phone, office_phone, security_questions, "
              "questions_to_register, questions_to_reset, registration_required, reconfirm_days, notify_users, "
              "notify_admins, customize_helpdesk_link, helpdesk_email_or_url, writeback_enabled, "
              "writeback_cloud_sync, unlock_without_reset, allowed_to_use_sspr, updated_at) VALUES (1, :enablement, "
              ":group_id, :methods_required, :man, :mac, :email, :mobile, :office, :sq, :qreg, :qreset, :regreq, "
              ":reconfirm, :notify_users, :notify_admins, :customize, :helpdesk, :writeback, :cloudsync, :unlock, "
              ":allowed, :at)"_s);
    q.bindValue(u":enablement"_s, static_cast<int>(p.enablement));
    q.bindValue(u":group_id"_s, p.groupId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(p.groupId));
    q.bindValue(u":methods_required"_s, p.methodsRequired);
    q.bindValue(u":man"_s, p.mobileAppNotification);
    q.bindValue(u":mac"_s, p.mobileAppCode);
    q.bindValue(u":email"_s, p.email);
    q.bindValue(u":mobile"_s, p.mobilePhone);
    q.bindValue(u":office"_s, p.officePhone);
    q.bindValue(u":sq"_s, p.securityQuestions);
    q.bindValue(u":qreg"_s, p.questionsToRegister);
    q.bindValue(u":qreset"_s, p.questionsToReset);
    q.bindValue(u":regreq"_s, p.registrationRequired);
    q.bindValue(u":reconfirm"_s, p.reconfirmDays);
    q.bindValue(u":notify_users"_s, p.notifyUsers);
    q.bindValue(u":notify_admins"_s, p.notifyAdmins);
    q.bindValue(u":customize"_s, p.customizeHelpdeskLink);
    q.bindValue(u":helpdesk"_s, Database::text(p.helpdeskEmailOrUrl));
    q.bindValue(u":writeback"_s, p.writebackEnabled);
    q.bindValue(u":cloudsync"_s, p.writebackCloudSync);
    q.bindValue(u":unlock"_s, p.unlockWithoutReset);
    q.bindValue(u":allowed"_s, p.allowedToUseSspr);
    q.bindValue(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return Error {Database::errorText(q)};

    QSqlQuery del(m_db.connection());
    if (!del.exec(u"DELETE FROM security_questions"_s))
        return Error {Database::errorText(del)};
    QSqlQuery ins(m_db.connection());
    ins.prepare(u"INSERT INTO security_questions (position, custom, question_key, text) VALUES (?, ?, ?, ?)"_s);
    int position = 0;
    for (const Core::SecurityQuestion &question : p.questions) {
        ins.bindValue(0, position++);
        ins.bindValue(1, question.custom);
        ins.bindValue(2, Database::text(question.key));
        ins.bindValue(3, Database::text(question.text));
        if (!ins.exec())
            return Error {Database::errorText(ins)};
    }
    return {};
}

Status PolicyRepository::writeDefaultAuthMethodsPolicy()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"INSERT OR REPLACE INTO auth_methods_policy (id, migration_state, campaign_state, "
                "campaign_snooze_days, campaign_limited_snoozes, campaign_target_method, updated_at) "
                "VALUES (1, 'migrationInProgress', 'default', 1, 1, 'microsoftAuthenticator', NULL)"_s))
        return Error {Database::errorText(q)};
    struct Config
    {
        const char16_t *id;
        const char16_t *state;
        const char16_t *settings;
        bool allUsers;
    };
    const Config configs[] = {
        {u"Fido2", u"disabled", u"{\"isAttestationEnforced\":true,\"isSelfServiceRegistrationAllowed\":true}", true},
        {u"MicrosoftAuthenticator", u"enabled", u"{\"isSoftwareOathEnabled\":false,\"authenticationMode\":\"any\"}",
            true},
        {u"Sms", u"enabled", u"{\"isUsableForSignIn\":false}", true},
        {u"Voice", u"disabled", u"{\"isOfficePhoneAllowed\":false}", true},
        {u"Email", u"enabled", u"{\"allowExternalIdToUseEmailOtp\":\"default\"}", true},
        {u"TemporaryAccessPass", u"disabled",
            u"{\"defaultLifetimeInMinutes\":60,\"defaultLength\":8,\"minimumLifetimeInMinutes\":60,"
            "\"maximumLifetimeInMinutes\":480,\"isUsableOnce\":false}",
            true},
        {u"SoftwareOath", u"disabled", u"{}", true},
        {u"HardwareOath", u"disabled", u"{}", true},
        {u"X509Certificate", u"disabled", u"{}", true},
    };
    QSqlQuery cfg(m_db.connection());
    cfg.prepare(u"INSERT OR REPLACE INTO method_configurations (id, state, settings) VALUES (?, ?, ?)"_s);
    QSqlQuery target(m_db.connection());
    target.prepare(u"INSERT OR REPLACE INTO method_targets (method_id, direction, target_id, target_type) "
                   "VALUES (?, 'include', 'all_users', 'group')"_s);
    for (const Config &c : configs) {
        cfg.bindValue(0, QString::fromUtf16(c.id));
        cfg.bindValue(1, QString::fromUtf16(c.state));
        cfg.bindValue(2, QString::fromUtf16(c.settings));
        if (!cfg.exec())
            return Error {Database::errorText(cfg)};
        if (c.allUsers) {
            target.bindValue(0, QString::fromUtf16(c.id));
            if (!target.exec())
                return Error {Database::errorText(target)};
        }
    }
    return {};
}

Result<Core::AuthMethodsPolicy> PolicyRepository::loadAuthMethodsPolicy()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT migration_state, campaign_state, campaign_snooze_days, extra FROM auth_methods_policy "
                "WHERE id = 1"_s))
        return Error {Database::errorText(q)};
    if (!q.next())
        return Core::AuthMethodsPolicy::defaults();
    auto extra = parseObject(q.value(3).toString(), u"auth_methods_policy.extra"_s);
    if (!extra)
        return extra.error();
    QJsonObject json = extra.value();
    json.insert(u"policyMigrationState"_s, q.value(0).toString());

    QList<TargetRow> targets;
    QSqlQuery t(m_db.connection());
    if (!t.exec(u"SELECT method_id, direction, target_id, target_type, settings FROM method_targets ORDER BY rowid"_s))
        return Error {Database::errorText(t)};
    while (t.next()) {
        auto settings = parseObject(t.value(4).toString(), u"method_targets.settings"_s);
        if (!settings)
            return settings.error();
        QJsonObject target = settings.value();
        target.insert(u"id"_s, t.value(2).toString());
        target.insert(u"targetType"_s, t.value(3).toString());
        targets.append({t.value(0).toString(), t.value(1).toString(), target});
    }
    auto targetsOf = [&targets](const QString &methodId, const QString &direction) {
        QJsonArray out;
        for (const TargetRow &row : std::as_const(targets)) {
            if ((methodId.isEmpty() || row.methodId == methodId) && row.direction == direction)
                out.append(row.json);
        }
        return out;
    };

    QJsonObject enforcement = json.value(kEnforcementKey).toObject();
    QJsonObject campaign = enforcement.value(kCampaignKey).toObject();
    campaign.insert(u"state"_s, q.value(1).toString());
    campaign.insert(u"snoozeDurationInDays"_s, q.value(2).toInt());
    campaign.insert(u"includeTargets"_s, targetsOf({}, kCampaignInclude));
    campaign.insert(u"excludeTargets"_s, targetsOf({}, kCampaignExclude));
    enforcement.insert(kCampaignKey, campaign);
    json.insert(kEnforcementKey, enforcement);

    QSqlQuery c(m_db.connection());
    if (!c.exec(u"SELECT id, state, settings FROM method_configurations ORDER BY rowid"_s))
        return Error {Database::errorText(c)};
    QJsonArray configs;
    while (c.next()) {
        auto settings = parseObject(c.value(2).toString(), u"method_configurations.settings"_s);
        if (!settings)
            return settings.error();
        QJsonObject config = settings.value();
        const QString id = c.value(0).toString();
        config.insert(u"id"_s, id);
        config.insert(u"state"_s, c.value(1).toString());
        config.insert(u"includeTargets"_s, targetsOf(id, u"include"_s));
        config.insert(u"excludeTargets"_s, targetsOf(id, u"exclude"_s));
        configs.append(config);
    }
    json.insert(u"authenticationMethodConfigurations"_s, configs);
    return Core::AuthMethodsPolicy::fromJson(json);
}

Status PolicyRepository::saveAuthMethodsPolicy(const Core::AuthMethodsPolicy &policy)
{
    return m_db.transaction([&] { return saveAuthMethodsPolicyWithoutTransaction(policy); });
}

Status PolicyRepository::saveAuthMethodsPolicyWithoutTransaction(const Core::AuthMethodsPolicy &policy)
{
    QJsonObject json = policy.toJson();
    json.remove(u"policyMigrationState"_s);
    QJsonArray configs = json.take(u"authenticationMethodConfigurations"_s).toArray();
    QJsonObject enforcement = json.take(kEnforcementKey).toObject();
    QJsonObject campaign = enforcement.take(kCampaignKey).toObject();
    campaign.remove(u"state"_s);
    campaign.remove(u"snoozeDurationInDays"_s);
    const QJsonArray campaignIncludes = campaign.take(u"includeTargets"_s).toArray();
    const QJsonArray campaignExcludes = campaign.take(u"excludeTargets"_s).toArray();
    if (!campaign.isEmpty())
        enforcement.insert(kCampaignKey, campaign);
    if (!enforcement.isEmpty())
        json.insert(kEnforcementKey, enforcement);

    QList<TargetRow> targets;
    QSqlQuery del(m_db.connection());
    if (!del.exec(u"DELETE FROM method_targets"_s) || !del.exec(u"DELETE FROM method_configurations"_s))
        return Error {Database::errorText(del)};
    QSqlQuery cfg(m_db.connection());
    cfg.prepare(u"INSERT INTO method_configurations (id, state, settings) VALUES (?, ?, ?)"_s);
    for (const QJsonValue &value : std::as_const(configs)) {
        QJsonObject config = value.toObject();
        const QString id = config.take(u"id"_s).toString();
        const QString state = config.take(u"state"_s).toString();
        config.remove(u"@odata.type"_s); // follows from the id
        for (const QJsonValue &target : config.take(u"includeTargets"_s).toArray())
            targets.append({id, u"include"_s, target.toObject()});
        for (const QJsonValue &target : config.take(u"excludeTargets"_s).toArray())
            targets.append({id, u"exclude"_s, target.toObject()});
        cfg.bindValue(0, id);
        cfg.bindValue(1, state);
        cfg.bindValue(2, compact(config));
        if (!cfg.exec())
            return Error {Database::errorText(cfg)};
    }

    // Campaign targets hang off the configuration of the method they ask users to register (the table's foreign
    // key wants one); the targeted method itself is kept in the target's settings.
    if (!campaignIncludes.isEmpty() || !campaignExcludes.isEmpty()) {
        if (policy.configurations.isEmpty())
            return Error {Tr::tr("The registration campaign has targets but the policy has no method configuration to "
                                 "store them with.")};
        auto ownerFor = [&policy](const QString &targetedMethod) {
            Core::AuthMethodKind kind;
            if (Core::authMethodKindFromId(targetedMethod, &kind) && policy.configuration(kind))
                return Core::authMethodConfigId(kind);
            if (policy.configuration(Core::AuthMethodKind::MicrosoftAuthenticator))
                return Core::authMethodConfigId(Core::AuthMethodKind::MicrosoftAuthenticator);
            return policy.configurations.constFirst().id();
        };
        for (const QJsonValue &target : campaignIncludes) {
            const QJsonObject object = target.toObject();
            targets.append(
                {ownerFor(object.value(u"targetedAuthenticationMethod"_s).toString()), kCampaignInclude, object});
        }
        for (const QJsonValue &target : campaignExcludes)
            targets.append({ownerFor(u"microsoftAuthenticator"_s), kCampaignExclude, target.toObject()});
    }

    QSqlQuery ins(m_db.connection());
    ins.prepare(u"INSERT OR REPLACE INTO method_targets (method_id, direction, target_id, target_type, settings) "
                "VALUES (?, ?, ?, ?, ?)"_s);
    for (const TargetRow &row : std::as_const(targets)) {
        QJsonObject settings = row.json;
        const QString targetId = settings.take(u"id"_s).toString();
        const QString targetType = settings.take(u"targetType"_s).toString();
        ins.bindValue(0, row.methodId);
        ins.bindValue(1, row.direction);
        ins.bindValue(2, targetId);
        ins.bindValue(3, targetType.isEmpty() ? u"group"_s : targetType);
        ins.bindValue(4, compact(settings));
        if (!ins.exec())
            return Error {Database::errorText(ins)};
    }

    const Core::RegistrationCampaign &rc = policy.registrationCampaign;
    QSqlQuery up(m_db.connection());
    up.prepare(u"INSERT INTO auth_methods_policy (id, migration_state, campaign_state, campaign_snooze_days, "
               "campaign_limited_snoozes, campaign_target_method, extra, updated_at) VALUES (1, :state, :cstate, "
               ":snooze, :limited, :method, :extra, :at) ON CONFLICT (id) DO UPDATE SET migration_state = "
               "excluded.migration_state, campaign_state = excluded.campaign_state, campaign_snooze_days = "
               "excluded.campaign_snooze_days, campaign_limited_snoozes = excluded.campaign_limited_snoozes, "
               "campaign_target_method = excluded.campaign_target_method, extra = excluded.extra, updated_at = "
               "excluded.updated_at"_s);
    up.bindValue(u":state"_s, Core::migrationStateKey(policy.policyMigrationState));
    up.bindValue(u":cstate"_s, Core::featureStateKey(rc.state));
    up.bindValue(u":snooze"_s, rc.snoozeDurationInDays);
    up.bindValue(u":limited"_s, rc.enforceRegistrationAfterAllowedSnoozes.value_or(true));
    up.bindValue(u":method"_s,
        rc.includeTargets.isEmpty() ? u"microsoftAuthenticator"_s
                                    : Database::text(rc.includeTargets.constFirst().targetedAuthenticationMethod));
    up.bindValue(u":extra"_s, compact(json));
    up.bindValue(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!up.exec())
        return Error {Database::errorText(up)};
    return {};
}

} // namespace Sspr::Store
