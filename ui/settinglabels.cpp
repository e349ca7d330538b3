#include "settinglabels.h"

#include "authmethodspolicy.h"
#include "policykeys.h"
#include "ssprpolicy.h"

#include <QCoreApplication>

#include <utility>

namespace Sspr::Gui::SettingLabels {

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Gui::SettingLabels)
};
} // namespace

QString label(const QString &key)
{
    namespace K = Core::PolicyKeys;
    static const QList<std::pair<QStringView, const char *>> labels = {
        {K::EnablementType, QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Self service password reset enabled")},
        {K::GroupIds, QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Selected group")},
        {K::MethodsRequired, QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Number of methods required to reset")},
        {K::MobileAppNotification, QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Mobile app notification")},
        {K::MobileAppCode, QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Mobile app code")},
        {K::EmailOption, QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Email")},
        {K::MobilePhoneOption, QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Mobile phone")},
        {K::OfficePhoneOption, QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Office phone")},
        {K::SecurityQuestionsOption, QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Security questions")},
        {K::QuestionsToRegister,
            QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Number of questions required to register")},
        {K::QuestionsToReset, QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Number of questions required to reset")},
        {K::SecurityQuestions, QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Security questions")},
        {K::RegistrationRequired,
            QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Require users to register when signing in")},
        {K::ReconfirmDays, QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Days before users are asked to reconfirm")},
        {K::NotifyUsers, QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Notify users on password resets")},
        {K::NotifyAdmins,
            QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Notify all admins when other admins reset their password")},
        {K::CustomizeHelpdeskLink, QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Customize helpdesk link")},
        {K::HelpdeskEmailOrUrl, QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Custom helpdesk email or URL")},
        {K::WritebackEnabled,
            QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Write back passwords to your on-premises directory")},
        {K::WritebackCloudSync,
            QT_TRANSLATE_NOOP(
                "Sspr::Gui::SettingLabels", "Write back passwords with Microsoft Entra Connect cloud sync")},
        {K::UnlockWithoutReset,
            QT_TRANSLATE_NOOP(
                "Sspr::Gui::SettingLabels", "Allow users to unlock accounts without resetting their password")},
        {K::AllowedToUseSspr,
            QT_TRANSLATE_NOOP("Sspr::Gui::SettingLabels", "Administrators may use self-service password reset")},
    };
    for (const auto &[k, label] : labels) {
        if (key == k)
            return Tr::tr(label);
    }
    // Unified policy keys: "<ConfigurationId>.<property>" and "registrationCampaign.<property>".
    const qsizetype dot = key.indexOf(u'.');
    if (dot > 0) {
        const QString owner = key.left(dot);
        const QString property = key.mid(dot + 1);
        Core::AuthMethodKind kind;
        QString ownerName = owner == u"registrationCampaign"_s ? Tr::tr("Registration campaign") : owner;
        if (Core::authMethodKindFromId(owner, &kind))
            ownerName = Core::authMethodDisplayName(kind);
        QString propertyName = property;
        if (property == u"state"_s)
            propertyName = Tr::tr("state");
        else if (property == u"includeTargets"_s)
            propertyName = Tr::tr("include");
        else if (property == u"excludeTargets"_s)
            propertyName = Tr::tr("exclude");
        else if (property == u"settings"_s)
            propertyName = Tr::tr("settings");
        else if (property == u"snoozeDurationInDays"_s)
            propertyName = Tr::tr("days allowed to snooze");
        else if (property == u"enforceRegistrationAfterAllowedSnoozes"_s)
            propertyName = Tr::tr("limited number of snoozes");
        return Tr::tr("%1: %2").arg(ownerName, propertyName);
    }
    if (key == u"policyMigrationState"_s)
        return Tr::tr("Migration state");
    return key;
}

QString value(const QString &key, const QString &text)
{
    if (key == Core::PolicyKeys::EnablementType) {
        Core::SsprEnablement enablement;
        if (Core::enablementFromKey(text, &enablement))
            return Core::enablementDisplayName(enablement);
    }
    if (text == u"true"_s)
        return Tr::tr("Yes");
    if (text == u"false"_s)
        return Tr::tr("No");
    return text;
}

} // namespace Sspr::Gui::SettingLabels
