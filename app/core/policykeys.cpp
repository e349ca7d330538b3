#include "policykeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <limits>

namespace Sspr::Core {

using namespace Qt::StringLiterals;

namespace {

enum class Kind { Bool, Int, Enablement, Group, Methods, Questions, Text };

struct KeyDef
{
    QStringView key = {};
    QStringView alias = {};
    Kind kind = Kind::Bool;
    QStringView syntax = {};
    const char *description = nullptr;
    bool SsprPolicy::*boolMember = nullptr;
    int SsprPolicy::*intMember = nullptr;
    QString SsprPolicy::*textMember = nullptr;
};

// The order is the blade's: Properties, Authentication methods, Registration, Notifications, Customization,
// On-premises integration, Administrator policy.
const KeyDef kKeys[] = {
    {.key = PolicyKeys::EnablementType,
        .kind = Kind::Enablement,
        .syntax = u"none|selected|all",
        .description = QT_TRANSLATE_NOOP(
            "Sspr::Core::PolicyKeys", "Self service password reset enabled: none, selected (one group) or all")},
    {.key = PolicyKeys::GroupIds,
        .kind = Kind::Group,
        .syntax = u"GROUP-ID",
        .description = QT_TRANSLATE_NOOP(
            "Sspr::Core::PolicyKeys", "Object id of the one group whose members may reset (with selected)")},
    {.key = PolicyKeys::MethodsRequired,
        .kind = Kind::Int,
        .syntax = u"1|2",
        .description = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys", "Number of methods required to reset"),
        .intMember = &SsprPolicy::methodsRequired},
    {.key = PolicyKeys::MethodsAvailable,
        .kind = Kind::Methods,
        .syntax = u"METHOD,...|none",
        .description = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys",
            "All methods available to users at once: mobileAppNotification, "
            "mobileAppCode, email, mobilePhone, officePhone, securityQuestions")},
    {.key = PolicyKeys::MobileAppNotification,
        .kind = Kind::Bool,
        .syntax = u"true|false",
        .description
        = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys", "Mobile app notification (only when 2 methods are required)"),
        .boolMember = &SsprPolicy::mobileAppNotification},
    {.key = PolicyKeys::MobileAppCode,
        .kind = Kind::Bool,
        .syntax = u"true|false",
        .description = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys", "Mobile app code"),
        .boolMember = &SsprPolicy::mobileAppCode},
    {.key = PolicyKeys::EmailOption,
        .kind = Kind::Bool,
        .syntax = u"true|false",
        .description = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys", "Email"),
        .boolMember = &SsprPolicy::email},
    {.key = PolicyKeys::MobilePhoneOption,
        .kind = Kind::Bool,
        .syntax = u"true|false",
        .description = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys", "Mobile phone (text message and voice call)"),
        .boolMember = &SsprPolicy::mobilePhone},
    {.key = PolicyKeys::OfficePhoneOption,
        .kind = Kind::Bool,
        .syntax = u"true|false",
        .description = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys", "Office phone (voice call; paid tenants only)"),
        .boolMember = &SsprPolicy::officePhone},
    {.key = PolicyKeys::SecurityQuestionsOption,
        .kind = Kind::Bool,
        .syntax = u"true|false",
        .description = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys", "Security questions"),
        .boolMember = &SsprPolicy::securityQuestions},
    {.key = PolicyKeys::QuestionsToRegister,
        .kind = Kind::Int,
        .syntax = u"3-5",
        .description = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys", "Number of security questions required to register"),
        .intMember = &SsprPolicy::questionsToRegister},
    {.key = PolicyKeys::QuestionsToReset,
        .kind = Kind::Int,
        .syntax = u"3-5",
        .description = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys",
            "Number of security questions required to reset (at most the number to "
            "register)"),
        .intMember = &SsprPolicy::questionsToReset},
    {.key = PolicyKeys::SecurityQuestions,
        .kind = Kind::Questions,
        .syntax = u"JSON-ARRAY",
        .description = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys",
            "The question pool (at most 20): texts, or {\"key\", \"text\", \"custom\"} "
            "objects")},
    {.key = PolicyKeys::RegistrationRequired,
        .kind = Kind::Bool,
        .syntax = u"true|false",
        .description = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys", "Require users to register when signing in"),
        .boolMember = &SsprPolicy::registrationRequired},
    {.key = PolicyKeys::ReconfirmDays,
        .alias = PolicyKeys::ReconfirmDaysAlias,
        .kind = Kind::Int,
        .syntax = u"0-730",
        .description = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys",
            "Days before users are asked to reconfirm their authentication information "
            "(0 = never; only with registration required)"),
        .intMember = &SsprPolicy::reconfirmDays},
    {.key = PolicyKeys::NotifyUsers,
        .kind = Kind::Bool,
        .syntax = u"true|false",
        .description = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys", "Notify users on password resets"),
        .boolMember = &SsprPolicy::notifyUsers},
    {.key = PolicyKeys::NotifyAdmins,
        .kind = Kind::Bool,
        .syntax = u"true|false",
        .description
        = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys", "Notify all admins when other admins reset their password"),
        .boolMember = &SsprPolicy::notifyAdmins},
    {.key = PolicyKeys::CustomizeHelpdeskLink,
        .kind = Kind::Bool,
        .syntax = u"true|false",
        .description = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys", "Customize the helpdesk link"),
        .boolMember = &SsprPolicy::customizeHelpdeskLink},
    {.key = PolicyKeys::HelpdeskEmailOrUrl,
        .kind = Kind::Text,
        .syntax = u"EMAIL|URL",
        .description = QT_TRANSLATE_NOOP(
            "Sspr::Core::PolicyKeys", "Custom helpdesk email address or http(s) URL (with customizeHelpdeskLink)"),
        .textMember = &SsprPolicy::helpdeskEmailOrUrl},
    {.key = PolicyKeys::WritebackEnabled,
        .kind = Kind::Bool,
        .syntax = u"true|false",
        .description
        = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys", "Write back passwords to your on-premises directory"),
        .boolMember = &SsprPolicy::writebackEnabled},
    {.key = PolicyKeys::WritebackCloudSync,
        .kind = Kind::Bool,
        .syntax = u"true|false",
        .description
        = QT_TRANSLATE_NOOP("Sspr::Core::PolicyKeys", "Write back passwords with Microsoft Entra Connect cloud sync"),
        .boolMember = &SsprPolicy::writebackCloudSync},
    {.key = PolicyKeys::UnlockWithoutReset,
        .kind = Kind::Bool,
        .syntax = u"true|false",
        .description = QT_TRANSLATE_NOOP(
            "Sspr::Core::PolicyKeys", "Allow users to unlock accounts without resetting their password"),
        .boolMember = &SsprPolicy::unlockWithoutReset},
    {.key = PolicyKeys::AllowedToUseSspr,
        .kind = Kind::Bool,
        .syntax = u"true|false",
        .description = QT_TRANSLATE_NOOP(
            "Sspr::Core::PolicyKeys", "Administrators may use SSPR (Graph authorizationPolicy; admins only)"),
        .boolMember = &SsprPolicy::allowedToUseSspr},
};

// Fields of the portal payload that the console reads past: read-only, derived, or not modelled.
constexpr QStringView kIgnoredPortalKeys[] = {
    u"objectId",
    u"passwordResetEnabledGroupName",
    u"skipRegistrationAllowed",
    u"skipRegistrationMaxAllowedDays",
    u"registrationConditionalAccessPolicies",
    u"emailOptionAllowed",
    u"mobilePhoneOptionAllowed",
    u"officePhoneOptionAllowed",
    u"securityQuestionsOptionAllowed",
    u"mobileAppNotificationOptionAllowed",
    u"mobileAppCodeOptionAllowed",
};

const KeyDef *findKey(QStringView keyOrAlias)
{
    for (const KeyDef &def : kKeys) {
        if (keyOrAlias.compare(def.key, Qt::CaseInsensitive) == 0
            || (!def.alias.isEmpty() && keyOrAlias.compare(def.alias, Qt::CaseInsensitive) == 0))
            return &def;
    }
    return nullptr;
}

QString knownKeysList()
{
    QStringList keys;
    for (const KeyDef &def : kKeys)
        keys.append(def.key.toString());
    return keys.join(u", "_s);
}

Error unknownKeyError(const QString &key)
{
    return Error {QCoreApplication::translate("Sspr::Core::PolicyKeys", "Unknown setting \"%1\". Known settings: %2.")
                      .arg(key, knownKeysList())};
}

Error valueError(const KeyDef &def, const QString &shownValue, const QString &expectation)
{
    return Error {QCoreApplication::translate("Sspr::Core::PolicyKeys", "Invalid value %1 for %2: expected %3.")
                      .arg(shownValue, def.key.toString(), expectation)};
}

QString quoted(const QString &text)
{
    return u"\""_s + text + u"\""_s;
}

QString shownJson(const QJsonValue &value)
{
    if (value.isString())
        return quoted(value.toString());
    if (value.isUndefined())
        return u"undefined"_s;
    QJsonArray wrapper {value};
    const QString text = QString::fromUtf8(QJsonDocument(wrapper).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

QString expectBoolean()
{
    return QCoreApplication::translate("Sspr::Core::PolicyKeys", "true or false (also yes/no, 1/0)");
}

QString expectInteger()
{
    return QCoreApplication::translate("Sspr::Core::PolicyKeys", "a whole number");
}

QString expectEnablement()
{
    return QCoreApplication::translate("Sspr::Core::PolicyKeys", "none, selected or all (or 0, 1, 2)");
}

QString expectGroup()
{
    return QCoreApplication::translate("Sspr::Core::PolicyKeys", "one group object id, or nothing to clear the group");
}

QString expectMethods()
{
    QStringList names;
    for (SsprMethod method : kAllSsprMethods)
        names.append(ssprMethodKey(method));
    return QCoreApplication::translate("Sspr::Core::PolicyKeys", "a comma-separated list of %1, or none")
        .arg(names.join(u", "_s));
}

QString expectQuestions()
{
    return QCoreApplication::translate(
        "Sspr::Core::PolicyKeys", "a JSON array of question texts or of {\"key\", \"text\", \"custom\"} objects");
}

QString expectText()
{
    return QCoreApplication::translate("Sspr::Core::PolicyKeys", "a text");
}

Error singleGroupError(const KeyDef &def)
{
    return Error {QCoreApplication::translate("Sspr::Core::PolicyKeys",
        "%1 takes exactly one group: the portal scopes password reset to a "
        "single group. Give one group object id.")
                      .arg(def.key.toString())};
}

Result<SecurityQuestion> questionFromJson(const KeyDef &def, const QJsonValue &item)
{
    if (item.isString())
        return SecurityQuestion {true, QString(), item.toString()};
    if (!item.isObject())
        return valueError(def, shownJson(item), expectQuestions());
    const QJsonObject object = item.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"key"_s && it.key() != u"text"_s && it.key() != u"custom"_s)
            return valueError(def, shownJson(item), expectQuestions());
    }
    const QJsonValue text = object.value(u"text"_s);
    const QJsonValue key = object.value(u"key"_s);
    const QJsonValue custom = object.value(u"custom"_s);
    if (!text.isString() || !(key.isUndefined() || key.isString()) || !(custom.isUndefined() || custom.isBool()))
        return valueError(def, shownJson(item), expectQuestions());
    SecurityQuestion question;
    question.key = key.toString();
    question.text = text.toString();
    question.custom = custom.isBool() ? custom.toBool() : question.key.isEmpty();
    return question;
}

// Sets one key from its JSON value; the single place where values reach the policy.
Status applyJsonValue(SsprPolicy &policy, const KeyDef &def, const QJsonValue &value)
{
    switch (def.kind) {
    case Kind::Bool:
        if (!value.isBool())
            return valueError(def, shownJson(value), expectBoolean());
        policy.*def.boolMember = value.toBool();
        return {};
    case Kind::Int: {
        constexpr qint64 invalid = std::numeric_limits<qint64>::min();
        const qint64 number = value.isDouble() ? value.toInteger(invalid) : invalid;
        if (number == invalid || number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
            return valueError(def, shownJson(value), expectInteger());
        policy.*def.intMember = static_cast<int>(number);
        return {};
    }
    case Kind::Enablement: {
        SsprEnablement enablement = SsprEnablement::None;
        const qint64 number = value.isDouble() ? value.toInteger(-1) : -1;
        if (value.isDouble() && number >= 0 && number <= 2)
            enablement = static_cast<SsprEnablement>(number);
        else if (!value.isString() || !enablementFromKey(value.toString(), &enablement))
            return valueError(def, shownJson(value), expectEnablement());
        policy.enablement = enablement;
        return {};
    }
    case Kind::Group: {
        if (!value.isArray())
            return valueError(def, shownJson(value), expectGroup());
        const QJsonArray ids = value.toArray();
        if (ids.size() > 1)
            return singleGroupError(def);
        if (!ids.isEmpty() && (!ids.first().isString() || ids.first().toString().isEmpty()))
            return valueError(def, shownJson(value), expectGroup());
        policy.groupId = ids.isEmpty() ? QString() : ids.first().toString();
        return {};
    }
    case Kind::Methods: {
        if (!value.isArray())
            return valueError(def, shownJson(value), expectMethods());
        SsprPolicy changed = policy;
        for (SsprMethod method : kAllSsprMethods)
            changed.setMethodEnabled(method, false);
        for (const QJsonValue &item : value.toArray()) {
            SsprMethod method;
            if (!item.isString() || !ssprMethodFromKey(item.toString(), &method))
                return valueError(def, shownJson(item), expectMethods());
            changed.setMethodEnabled(method, true);
        }
        policy = changed;
        return {};
    }
    case Kind::Questions: {
        if (!value.isArray())
            return valueError(def, shownJson(value), expectQuestions());
        QList<SecurityQuestion> questions;
        for (const QJsonValue &item : value.toArray()) {
            Result<SecurityQuestion> question = questionFromJson(def, item);
            if (!question)
                return question.error();
            questions.append(question.value());
        }
        policy.questions = questions;
        return {};
    }
    case Kind::Text:
        if (!value.isString())
            return valueError(def, shownJson(value), expectText());
        policy.*def.textMember = value.toString();
        return {};
    }
    return {};
}

// Command-line text to the JSON value applyJsonValue() takes.
Result<QJsonValue> parseText(const KeyDef &def, const QString &text)
{
    switch (def.kind) {
    case Kind::Bool: {
        static const QStringList yes {u"true"_s, u"yes"_s, u"1"_s};
        static const QStringList no {u"false"_s, u"no"_s, u"0"_s};
        if (yes.contains(text, Qt::CaseInsensitive))
            return QJsonValue(true);
        if (no.contains(text, Qt::CaseInsensitive))
            return QJsonValue(false);
        return valueError(def, quoted(text), expectBoolean());
    }
    case Kind::Int: {
        static const QRegularExpression digits(u"^-?[0-9]{1,10}$"_s);
        bool ok = false;
        const int number = digits.match(text).hasMatch() ? text.toInt(&ok) : 0;
        if (!ok)
            return valueError(def, quoted(text), expectInteger());
        return QJsonValue(number);
    }
    case Kind::Enablement: {
        SsprEnablement enablement;
        if (!enablementFromKey(text, &enablement))
            return valueError(def, quoted(text), expectEnablement());
        return QJsonValue(static_cast<int>(enablement));
    }
    case Kind::Group: {
        if (text.startsWith(u'[')) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !document.isArray())
                return valueError(def, quoted(text), expectGroup());
            return QJsonValue(document.array());
        }
        if (text.isEmpty())
            return QJsonValue(QJsonArray());
        static const QRegularExpression separators(u"[\\s,;]"_s);
        if (text.contains(separators))
            return singleGroupError(def);
        return QJsonValue(QJsonArray {text});
    }
    case Kind::Methods: {
        QJsonArray names;
        if (text.isEmpty() || text.compare(u"none"_s, Qt::CaseInsensitive) == 0)
            return QJsonValue(names);
        const QStringList parts = text.split(u',');
        for (const QString &part : parts) {
            SsprMethod method;
            if (!ssprMethodFromKey(part.trimmed(), &method))
                return valueError(def, quoted(part.trimmed()), expectMethods());
            names.append(ssprMethodKey(method));
        }
        return QJsonValue(names);
    }
    case Kind::Questions: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            return valueError(def, quoted(text), expectQuestions());
        return QJsonValue(document.array());
    }
    case Kind::Text:
        return QJsonValue(text);
    }
    return QJsonValue();
}

QJsonArray methodsJson(const SsprPolicy &policy)
{
    QJsonArray names;
    for (SsprMethod method : kAllSsprMethods) {
        if (policy.methodEnabled(method))
            names.append(ssprMethodKey(method));
    }
    return names;
}

QJsonArray questionsJson(const SsprPolicy &policy)
{
    QJsonArray questions;
    for (const SecurityQuestion &question : policy.questions) {
        questions.append(
            QJsonObject {{u"custom"_s, question.custom}, {u"key"_s, question.key}, {u"text"_s, question.text}});
    }
    return questions;
}

} // namespace

QList<PolicyKeyInfo> policyKeyInfos()
{
    QList<PolicyKeyInfo> infos;
    for (const KeyDef &def : kKeys) {
        PolicyKeyInfo info;
        info.key = def.key.toString();
        if (!def.alias.isEmpty())
            info.aliases.append(def.alias.toString());
        info.valueSyntax = def.syntax.toString();
        info.description = QCoreApplication::translate("Sspr::Core::PolicyKeys", def.description);
        infos.append(info);
    }
    return infos;
}

QString policyKeysHelp()
{
    QString text;
    for (const PolicyKeyInfo &info : policyKeyInfos()) {
        text += u"  "_s + info.key + u'=' + info.valueSyntax + u'\n';
        text += u"      "_s + info.description;
        if (!info.aliases.isEmpty()) {
            text += u' '
                + QCoreApplication::translate("Sspr::Core::PolicyKeys", "(also: %1)").arg(info.aliases.join(u", "_s));
        }
        text += u'\n';
    }
    return text;
}

QString canonicalPolicyKey(QStringView keyOrAlias)
{
    const KeyDef *def = findKey(keyOrAlias);
    return def ? def->key.toString() : QString();
}

QString policyKeyForMethod(SsprMethod method)
{
    switch (method) {
    case SsprMethod::MobileAppNotification:
        return PolicyKeys::MobileAppNotification.toString();
    case SsprMethod::MobileAppCode:
        return PolicyKeys::MobileAppCode.toString();
    case SsprMethod::Email:
        return PolicyKeys::EmailOption.toString();
    case SsprMethod::MobilePhone:
        return PolicyKeys::MobilePhoneOption.toString();
    case SsprMethod::OfficePhone:
        return PolicyKeys::OfficePhoneOption.toString();
    case SsprMethod::SecurityQuestions:
        return PolicyKeys::SecurityQuestionsOption.toString();
    }
    return {};
}

QJsonObject toJson(const SsprPolicy &policy)
{
    QJsonObject json;
    json.insert(PolicyKeys::EnablementType, static_cast<int>(policy.enablement));
    json.insert(PolicyKeys::GroupIds, policy.groupId.isEmpty() ? QJsonArray() : QJsonArray {policy.groupId});
    json.insert(PolicyKeys::MethodsRequired, policy.methodsRequired);
    json.insert(PolicyKeys::EmailOption, policy.email);
    json.insert(PolicyKeys::MobilePhoneOption, policy.mobilePhone);
    json.insert(PolicyKeys::OfficePhoneOption, policy.officePhone);
    json.insert(PolicyKeys::SecurityQuestionsOption, policy.securityQuestions);
    json.insert(PolicyKeys::MobileAppNotification, policy.mobileAppNotification);
    json.insert(PolicyKeys::MobileAppCode, policy.mobileAppCode);
    json.insert(PolicyKeys::QuestionsToRegister, policy.questionsToRegister);
    json.insert(PolicyKeys::QuestionsToReset, policy.questionsToReset);
    json.insert(PolicyKeys::SecurityQuestions, questionsJson(policy));
    json.insert(PolicyKeys::RegistrationRequired, policy.registrationRequired);
    json.insert(PolicyKeys::ReconfirmDays, policy.reconfirmDays);
    json.insert(PolicyKeys::CustomizeHelpdeskLink, policy.customizeHelpdeskLink);
    json.insert(PolicyKeys::HelpdeskEmailOrUrl, policy.helpdeskEmailOrUrl);
    json.insert(PolicyKeys::NotifyUsers, policy.notifyUsers);
    json.insert(PolicyKeys::NotifyAdmins, policy.notifyAdmins);
    json.insert(PolicyKeys::WritebackEnabled, policy.writebackEnabled);
    json.insert(PolicyKeys::WritebackCloudSync, policy.writebackCloudSync);
    json.insert(PolicyKeys::UnlockWithoutReset, policy.unlockWithoutReset);
    json.insert(PolicyKeys::AllowedToUseSspr, policy.allowedToUseSspr);
    return json;
}

Result<SsprPolicy> ssprPolicyFromJson(const QJsonObject &json, const SsprPolicy &base)
{
    if (json.contains(PolicyKeys::ReconfirmDays) && json.contains(PolicyKeys::ReconfirmDaysAlias)
        && json.value(PolicyKeys::ReconfirmDays) != json.value(PolicyKeys::ReconfirmDaysAlias)) {
        return Error {QCoreApplication::translate("Sspr::Core::PolicyKeys",
            "%1 and %2 are the same setting but have different values; "
            "give only one of them.")
                          .arg(PolicyKeys::ReconfirmDays.toString(), PolicyKeys::ReconfirmDaysAlias.toString())};
    }
    SsprPolicy policy = base;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const KeyDef *def = findKey(it.key());
        if (!def) {
            bool ignored = false;
            for (QStringView key : kIgnoredPortalKeys)
                ignored = ignored || it.key() == key;
            if (ignored)
                continue;
            return unknownKeyError(it.key());
        }
        if (Status status = applyJsonValue(policy, *def, it.value()); !status)
            return status.error();
    }
    return policy;
}

Status applyKeyValue(SsprPolicy &policy, const QString &key, const QString &value)
{
    const KeyDef *def = findKey(key);
    if (!def)
        return unknownKeyError(key);
    Result<QJsonValue> parsed = parseText(*def, value);
    if (!parsed)
        return parsed.error();
    SsprPolicy changed = policy;
    if (Status status = applyJsonValue(changed, *def, parsed.value()); !status)
        return status;
    policy = changed;
    return {};
}

Status applyAssignment(SsprPolicy &policy, const QString &keyEqualsValue)
{
    const qsizetype equals = keyEqualsValue.indexOf(u'=');
    if (equals <= 0) {
        return Error {QCoreApplication::translate("Sspr::Core::PolicyKeys", "Expected KEY=VALUE, got \"%1\".")
                          .arg(keyEqualsValue)};
    }
    return applyKeyValue(policy, keyEqualsValue.left(equals), keyEqualsValue.mid(equals + 1));
}

Result<QJsonValue> policyValue(const SsprPolicy &policy, const QString &key)
{
    const KeyDef *def = findKey(key);
    if (!def)
        return unknownKeyError(key);
    if (def->kind == Kind::Methods)
        return QJsonValue(methodsJson(policy));
    return toJson(policy).value(def->key);
}

Result<QString> policyValueText(const SsprPolicy &policy, const QString &key)
{
    const KeyDef *def = findKey(key);
    if (!def)
        return unknownKeyError(key);
    switch (def->kind) {
    case Kind::Bool:
        return (policy.*def->boolMember) ? u"true"_s : u"false"_s;
    case Kind::Int:
        return QString::number(policy.*def->intMember);
    case Kind::Enablement:
        return enablementKey(policy.enablement);
    case Kind::Group:
        return policy.groupId;
    case Kind::Methods: {
        QStringList names;
        for (const QJsonValue &name : methodsJson(policy))
            names.append(name.toString());
        return names.isEmpty() ? u"none"_s : names.join(u',');
    }
    case Kind::Questions:
        return QString::fromUtf8(QJsonDocument(questionsJson(policy)).toJson(QJsonDocument::Compact));
    case Kind::Text:
        return policy.*def->textMember;
    }
    return QString();
}

} // namespace Sspr::Core
