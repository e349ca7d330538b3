#include "policyrepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace Sspr::Store {

using Core::Error;
using Core::Result;
using Core::SsprPolicy;
using Core::Status;
using namespace Qt::StringLiterals;

PolicyRepository::PolicyRepository(Database &db)
    : m_db(db)
{
}

Result<SsprPolicy> PolicyRepository::load()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT enablement, group_id, methods_required, mobile_app_notification, mobile_app_code, email, "
                "mobile_phone, office_phone, security_questions, questions_to_register, questions_to_reset, "
                "registration_required, reconfirm_days, notify_users, notify_admins, customize_helpdesk_link, "
                "helpdesk_email_or_url, writeback_enabled, writeback_cloud_sync, unlock_without_reset, "
                "allowed_to_use_sspr FROM sspr_policy WHERE id = 1"_s))
        return Error{Database::errorText(q)};
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
        return Error{Database::errorText(sq)};
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
    q.bindValue(u":helpdesk"_s, p.helpdeskEmailOrUrl);
    q.bindValue(u":writeback"_s, p.writebackEnabled);
    q.bindValue(u":cloudsync"_s, p.writebackCloudSync);
    q.bindValue(u":unlock"_s, p.unlockWithoutReset);
    q.bindValue(u":allowed"_s, p.allowedToUseSspr);
    q.bindValue(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return Error{Database::errorText(q)};

    QSqlQuery del(m_db.connection());
    if (!del.exec(u"DELETE FROM security_questions"_s))
        return Error{Database::errorText(del)};
    QSqlQuery ins(m_db.connection());
    ins.prepare(u"INSERT INTO security_questions (position, custom, question_key, text) VALUES (?, ?, ?, ?)"_s);
    int position = 0;
    for (const Core::SecurityQuestion &question : p.questions) {
        ins.bindValue(0, position++);
        ins.bindValue(1, question.custom);
        ins.bindValue(2, question.key);
        ins.bindValue(3, question.text);
        if (!ins.exec())
            return Error{Database::errorText(ins)};
    }
    return {};
}

Status PolicyRepository::writeDefaultAuthMethodsPolicy()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"INSERT OR REPLACE INTO auth_methods_policy (id, migration_state, campaign_state, "
                "campaign_snooze_days, campaign_limited_snoozes, campaign_target_method, updated_at) "
                "VALUES (1, 'migrationInProgress', 'default', 1, 1, 'microsoftAuthenticator', NULL)"_s))
        return Error{Database::errorText(q)};
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
            return Error{Database::errorText(cfg)};
        if (c.allUsers) {
            target.bindValue(0, QString::fromUtf16(c.id));
            if (!target.exec())
                return Error{Database::errorText(target)};
        }
    }
    return {};
}

} // namespace Sspr::Store
