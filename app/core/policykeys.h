#pragma once

#include "result.h"
#include "ssprpolicy.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Sspr::Core {

// The names of the Password reset blade's settings, for `ssprctl policy set KEY=VALUE`, JSON output and the
// validator's problem fields. They are the portal payload's names (graph-facts §1.3), typo included, plus the
// writeback flags, Graph's allowedToUseSSPR and one console convenience (methodsAvailable).
namespace PolicyKeys {
inline constexpr QStringView EnablementType = u"enablementType";
inline constexpr QStringView GroupIds = u"passwordResetEnabledGroupIds";
inline constexpr QStringView MethodsRequired = u"numberOfAuthenticationMethodsRequired";
inline constexpr QStringView MethodsAvailable = u"methodsAvailable"; // console extension: the six flags at once
inline constexpr QStringView MobileAppNotification = u"mobileAppNotificationEnabled";
inline constexpr QStringView MobileAppCode = u"mobileAppCodeEnabled";
inline constexpr QStringView EmailOption = u"emailOptionEnabled";
inline constexpr QStringView MobilePhoneOption = u"mobilePhoneOptionEnabled";
inline constexpr QStringView OfficePhoneOption = u"officePhoneOptionEnabled";
inline constexpr QStringView SecurityQuestionsOption = u"securityQuestionsOptionEnabled";
inline constexpr QStringView QuestionsToRegister = u"numberOfQuestionsToRegister";
inline constexpr QStringView QuestionsToReset = u"numberOfQuestionsToReset";
inline constexpr QStringView SecurityQuestions = u"securityQuestions";
inline constexpr QStringView RegistrationRequired = u"registrationRequiredOnSignIn";
inline constexpr QStringView ReconfirmDays = u"registrationReconfirmIntevalInDays"; // sic, as the portal spells it
inline constexpr QStringView ReconfirmDaysAlias = u"registrationReconfirmIntervalInDays";
inline constexpr QStringView NotifyUsers = u"notifyUsersOnPasswordReset";
inline constexpr QStringView NotifyAdmins = u"notifyOnAdminPasswordReset";
inline constexpr QStringView CustomizeHelpdeskLink = u"customizeHelpdeskLink";
inline constexpr QStringView HelpdeskEmailOrUrl = u"customHelpdeskEmailOrUrl";
inline constexpr QStringView WritebackEnabled = u"writebackEnabled";
inline constexpr QStringView WritebackCloudSync = u"writebackCloudSync";
inline constexpr QStringView UnlockWithoutReset = u"unlockWithoutReset";
inline constexpr QStringView AllowedToUseSspr = u"allowedToUseSSPR";
} // namespace PolicyKeys

struct PolicyKeyInfo
{
    QString key;
    QStringList aliases;
    QString valueSyntax; // e.g. "none|selected|all", "true|false", "0-730"
    QString description; // one translated line
};

// Every settable key, in the order of the blade's pages.
QList<PolicyKeyInfo> policyKeyInfos();
// The key list as "  key=SYNTAX\n      description" lines, for --help.
QString policyKeysHelp();
// The canonical key for a key or an alias, matched case-insensitively; empty when unknown.
QString canonicalPolicyKey(QStringView keyOrAlias);
// The key of the per-method flag (e.g. SsprMethod::Email -> "emailOptionEnabled").
QString policyKeyForMethod(SsprMethod method);

// The policy in the portal's PasswordResetPolicies shape (enablementType as 0/1/2, the group as a one-element
// array), plus writebackEnabled, writebackCloudSync, unlockWithoutReset and allowedToUseSSPR.
// securityQuestions is an array of {"custom": bool, "key": string, "text": string}.
QJsonObject toJson(const SsprPolicy &policy);
// Applies the keys present in json on top of base. Values must have the JSON type toJson() writes (enablementType
// also as "none"/"selected"/"all"); the portal's read-only or unmodelled fields (objectId, *OptionAllowed,
// skipRegistration*, passwordResetEnabledGroupName, registrationConditionalAccessPolicies) are ignored; any other
// key is an error. Nothing of base changes when an error is returned.
Result<SsprPolicy> ssprPolicyFromJson(const QJsonObject &json, const SsprPolicy &base = SsprPolicy());

// Sets one key from its command-line text. Values are parsed strictly: booleans true/false/yes/no/1/0 (any case),
// enablement none/selected/all or 0/1/2, integers as plain decimal digits, the group as one object id (empty to
// clear), methodsAvailable as a comma-separated list of method names (or "none"), securityQuestions as a JSON
// array. The policy is left unchanged on error. Ranges and cross-field rules are the validator's job.
Status applyKeyValue(SsprPolicy &policy, const QString &key, const QString &value);
// The same for one "KEY=VALUE" argument.
Status applyAssignment(SsprPolicy &policy, const QString &keyEqualsValue);

// The value of one key as toJson() would write it (methodsAvailable: an array of method names).
Result<QJsonValue> policyValue(const SsprPolicy &policy, const QString &key);
// The value of one key as text that applyKeyValue() accepts back.
Result<QString> policyValueText(const SsprPolicy &policy, const QString &key);

} // namespace Sspr::Core
