#include "authmethodspolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <limits>

namespace Sspr::Core {

using namespace Qt::StringLiterals;

namespace {

struct KindInfo
{
    AuthMethodKind kind;
    const char16_t *id;
    const char16_t *odataType;
    const char *displayName;
};

const KindInfo kKinds[] = {
    {AuthMethodKind::Sms, u"Sms", u"#microsoft.graph.smsAuthenticationMethodConfiguration",
        QT_TRANSLATE_NOOP("Sspr::Core::AuthMethodsPolicy", "SMS")},
    {AuthMethodKind::Voice, u"Voice", u"#microsoft.graph.voiceAuthenticationMethodConfiguration",
        QT_TRANSLATE_NOOP("Sspr::Core::AuthMethodsPolicy", "Voice call")},
    {AuthMethodKind::Email, u"Email", u"#microsoft.graph.emailAuthenticationMethodConfiguration",
        QT_TRANSLATE_NOOP("Sspr::Core::AuthMethodsPolicy", "Email OTP")},
    {AuthMethodKind::MicrosoftAuthenticator, u"MicrosoftAuthenticator",
        u"#microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration",
        QT_TRANSLATE_NOOP("Sspr::Core::AuthMethodsPolicy", "Microsoft Authenticator")},
    {AuthMethodKind::SoftwareOath, u"SoftwareOath", u"#microsoft.graph.softwareOathAuthenticationMethodConfiguration",
        QT_TRANSLATE_NOOP("Sspr::Core::AuthMethodsPolicy", "Third-party software OATH tokens")},
    {AuthMethodKind::HardwareOath, u"HardwareOath", u"#microsoft.graph.hardwareOathAuthenticationMethodConfiguration",
        QT_TRANSLATE_NOOP("Sspr::Core::AuthMethodsPolicy", "Hardware OATH tokens")},
    {AuthMethodKind::Fido2, u"Fido2", u"#microsoft.graph.fido2AuthenticationMethodConfiguration",
        QT_TRANSLATE_NOOP("Sspr::Core::AuthMethodsPolicy", "Passkey (FIDO2)")},
    {AuthMethodKind::TemporaryAccessPass, u"TemporaryAccessPass",
        u"#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration",
        QT_TRANSLATE_NOOP("Sspr::Core::AuthMethodsPolicy", "Temporary Access Pass")},
    {AuthMethodKind::X509Certificate, u"X509Certificate",
        u"#microsoft.graph.x509CertificateAuthenticationMethodConfiguration",
        QT_TRANSLATE_NOOP("Sspr::Core::AuthMethodsPolicy", "Certificate-based authentication")},
};

const KindInfo &info(AuthMethodKind kind)
{
    return kKinds[static_cast<size_t>(kind)];
}

// The allowed ranges (entra-sspr-facts A3 and the appendix).
constexpr int kTapMinLifetime = 10;
constexpr int kTapMaxLifetime = 43200;
constexpr int kTapMinLength = 8;
constexpr int kTapMaxLength = 48;
constexpr int kMaxSnoozeDays = 14;
constexpr qsizetype kPolicySizeLimit = 20 * 1024;

const QStringList &authenticationModes()
{
    static const QStringList modes {u"any"_s, u"push"_s, u"deviceBasedPush"_s};
    return modes;
}

// ---- JSON reading: each take* removes the key it reads, so what is left over is kept verbatim as "extra".

Error typeError(const QString &where, QStringView key, const QString &expected, const QJsonValue &got)
{
    QString shown;
    if (got.isString()) {
        shown = u"\""_s + got.toString() + u"\""_s;
    } else {
        const QString text = QString::fromUtf8(QJsonDocument(QJsonArray {got}).toJson(QJsonDocument::Compact));
        shown = text.mid(1, text.size() - 2);
    }
    return Error {QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy", "%1: invalid %2 %3, expected %4.")
                      .arg(where, key.toString(), shown, expected)};
}

QString expectedBoolean()
{
    return QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy", "true or false");
}

QString expectedInteger()
{
    return QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy", "a whole number");
}

QString expectedString()
{
    return QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy", "a string");
}

QString expectedArray()
{
    return QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy", "an array of objects");
}

QString expectedObject()
{
    return QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy", "an object");
}

Status takeBool(QJsonObject &rest, QStringView key, bool *out, const QString &where)
{
    if (!rest.contains(key))
        return {};
    const QJsonValue value = rest.take(key);
    if (!value.isBool())
        return typeError(where, key, expectedBoolean(), value);
    *out = value.toBool();
    return {};
}

Status takeOptionalBool(QJsonObject &rest, QStringView key, std::optional<bool> *out, const QString &where)
{
    if (!rest.contains(key))
        return {};
    bool value = false;
    if (Status status = takeBool(rest, key, &value, where); !status)
        return status;
    *out = value;
    return {};
}

Status takeInt(QJsonObject &rest, QStringView key, int *out, const QString &where)
{
    if (!rest.contains(key))
        return {};
    const QJsonValue value = rest.take(key);
    constexpr qint64 invalid = std::numeric_limits<qint64>::min();
    const qint64 number = value.isDouble() ? value.toInteger(invalid) : invalid;
    if (number == invalid || number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
        return typeError(where, key, expectedInteger(), value);
    *out = static_cast<int>(number);
    return {};
}

Status takeString(QJsonObject &rest, QStringView key, QString *out, const QString &where)
{
    if (!rest.contains(key))
        return {};
    const QJsonValue value = rest.take(key);
    if (!value.isString())
        return typeError(where, key, expectedString(), value);
    *out = value.toString();
    return {};
}

// Read-only descriptive strings: taken when they are strings, otherwise (null) left in extra untouched.
void takeStringIfString(QJsonObject &rest, QStringView key, QString *out)
{
    if (rest.value(key).isString())
        *out = rest.take(key).toString();
}

Status takeFeatureState(QJsonObject &rest, QStringView key, FeatureState *out, const QString &where)
{
    if (!rest.contains(key))
        return {};
    const QJsonValue value = rest.take(key);
    if (!value.isString() || !featureStateFromKey(value.toString(), out))
        return typeError(where, key, u"default|enabled|disabled"_s, value);
    return {};
}

Status takeTargetType(QJsonObject &rest, TargetType *out, const QString &where)
{
    const QStringView key = u"targetType";
    if (!rest.contains(key))
        return {};
    const QJsonValue value = rest.take(key);
    if (!value.isString() || !targetTypeFromKey(value.toString(), out))
        return typeError(where, key, u"group|user"_s, value);
    return {};
}

Status takeArray(QJsonObject &rest, QStringView key, QJsonArray *out, const QString &where)
{
    if (!rest.contains(key))
        return {};
    const QJsonValue value = rest.take(key);
    if (value.isNull()) {
        *out = {};
        return {};
    }
    if (!value.isArray())
        return typeError(where, key, expectedArray(), value);
    *out = value.toArray();
    return {};
}

Status requireObject(const QJsonValue &value, QStringView key, const QString &where)
{
    if (!value.isObject())
        return typeError(where, key, expectedObject(), value);
    return {};
}

Status requireTargetId(const QJsonObject &target, const QString &where)
{
    const QJsonValue id = target.value(u"id"_s);
    if (!id.isString())
        return typeError(where, u"id", expectedString(), id);
    return {};
}

Result<MethodTarget> methodTargetFromJson(AuthMethodKind kind, const QJsonValue &value, const QString &where)
{
    if (Status status = requireObject(value, u"includeTargets", where); !status)
        return status.error();
    QJsonObject rest = value.toObject();
    if (Status status = requireTargetId(rest, where); !status)
        return status.error();
    MethodTarget target;
    target.id = rest.take(u"id"_s).toString();
    if (Status status = takeTargetType(rest, &target.targetType, where); !status)
        return status.error();
    if (Status status = takeBool(rest, u"isRegistrationRequired", &target.isRegistrationRequired, where); !status)
        return status.error();
    if (kind == AuthMethodKind::Sms) {
        if (Status status = takeOptionalBool(rest, u"isUsableForSignIn", &target.isUsableForSignIn, where); !status)
            return status.error();
    }
    if (kind == AuthMethodKind::MicrosoftAuthenticator) {
        if (Status status = takeString(rest, u"authenticationMode", &target.authenticationMode, where); !status)
            return status.error();
    }
    target.extra = rest;
    return target;
}

Result<ExcludeTarget> excludeTargetFromJson(const QJsonValue &value, const QString &where)
{
    if (Status status = requireObject(value, u"excludeTargets", where); !status)
        return status.error();
    QJsonObject rest = value.toObject();
    if (Status status = requireTargetId(rest, where); !status)
        return status.error();
    ExcludeTarget target;
    target.id = rest.take(u"id"_s).toString();
    if (Status status = takeTargetType(rest, &target.targetType, where); !status)
        return status.error();
    target.extra = rest;
    return target;
}

Result<CampaignTarget> campaignTargetFromJson(const QJsonValue &value, const QString &where)
{
    if (Status status = requireObject(value, u"includeTargets", where); !status)
        return status.error();
    QJsonObject rest = value.toObject();
    if (Status status = requireTargetId(rest, where); !status)
        return status.error();
    CampaignTarget target;
    target.id = rest.take(u"id"_s).toString();
    if (Status status = takeTargetType(rest, &target.targetType, where); !status)
        return status.error();
    if (Status status = takeString(rest, u"targetedAuthenticationMethod", &target.targetedAuthenticationMethod, where);
        !status)
        return status.error();
    target.extra = rest;
    return target;
}

Status readExcludeTargets(QJsonObject &rest, QList<ExcludeTarget> *out, const QString &where)
{
    QJsonArray items;
    if (Status status = takeArray(rest, u"excludeTargets", &items, where); !status)
        return status;
    out->clear();
    for (const QJsonValue &item : items) {
        Result<ExcludeTarget> target = excludeTargetFromJson(item, where);
        if (!target)
            return target.error();
        out->append(target.value());
    }
    return {};
}

// ---- JSON writing: the modelled fields go over whatever extra holds.

QJsonObject toJson(const MethodTarget &target, AuthMethodKind kind)
{
    QJsonObject json = target.extra;
    json.insert(u"id"_s, target.id);
    json.insert(u"targetType"_s, targetTypeKey(target.targetType));
    json.insert(u"isRegistrationRequired"_s, target.isRegistrationRequired);
    if (kind == AuthMethodKind::Sms && target.isUsableForSignIn.has_value())
        json.insert(u"isUsableForSignIn"_s, *target.isUsableForSignIn);
    if (kind == AuthMethodKind::MicrosoftAuthenticator && !target.authenticationMode.isEmpty())
        json.insert(u"authenticationMode"_s, target.authenticationMode);
    return json;
}

QJsonObject toJson(const ExcludeTarget &target)
{
    QJsonObject json = target.extra;
    json.insert(u"id"_s, target.id);
    json.insert(u"targetType"_s, targetTypeKey(target.targetType));
    return json;
}

QJsonObject toJson(const CampaignTarget &target)
{
    QJsonObject json = target.extra;
    json.insert(u"id"_s, target.id);
    json.insert(u"targetType"_s, targetTypeKey(target.targetType));
    json.insert(u"targetedAuthenticationMethod"_s, target.targetedAuthenticationMethod);
    return json;
}

QJsonArray excludeTargetsJson(const QList<ExcludeTarget> &targets)
{
    QJsonArray array;
    for (const ExcludeTarget &target : targets)
        array.append(toJson(target));
    return array;
}

QJsonObject campaignJson(const RegistrationCampaign &campaign)
{
    QJsonObject json = campaign.extra;
    json.insert(u"state"_s, featureStateKey(campaign.state));
    json.insert(u"snoozeDurationInDays"_s, campaign.snoozeDurationInDays);
    if (campaign.enforceRegistrationAfterAllowedSnoozes.has_value())
        json.insert(u"enforceRegistrationAfterAllowedSnoozes"_s, *campaign.enforceRegistrationAfterAllowedSnoozes);
    QJsonArray includes;
    for (const CampaignTarget &target : campaign.includeTargets)
        includes.append(toJson(target));
    json.insert(u"includeTargets"_s, includes);
    json.insert(u"excludeTargets"_s, excludeTargetsJson(campaign.excludeTargets));
    return json;
}

Result<RegistrationCampaign> campaignFromJson(const QJsonValue &value)
{
    const QString where = u"authenticationMethodsRegistrationCampaign"_s;
    RegistrationCampaign campaign;
    if (value.isUndefined() || value.isNull())
        return campaign;
    if (Status status = requireObject(value, where, u"registrationEnforcement"_s); !status)
        return status.error();
    QJsonObject rest = value.toObject();
    if (Status status = takeFeatureState(rest, u"state", &campaign.state, where); !status)
        return status.error();
    if (Status status = takeInt(rest, u"snoozeDurationInDays", &campaign.snoozeDurationInDays, where); !status)
        return status.error();
    if (Status status = takeOptionalBool(
            rest, u"enforceRegistrationAfterAllowedSnoozes", &campaign.enforceRegistrationAfterAllowedSnoozes, where);
        !status)
        return status.error();
    QJsonArray includes;
    if (Status status = takeArray(rest, u"includeTargets", &includes, where); !status)
        return status.error();
    for (const QJsonValue &item : includes) {
        Result<CampaignTarget> target = campaignTargetFromJson(item, where);
        if (!target)
            return target.error();
        campaign.includeTargets.append(target.value());
    }
    if (Status status = readExcludeTargets(rest, &campaign.excludeTargets, where); !status)
        return status.error();
    campaign.extra = rest;
    return campaign;
}

// ---- Validation helpers.

PolicyProblem error(const QString &field, const char *rule, const QString &message)
{
    return {PolicyProblem::Severity::Error, field, QString::fromLatin1(rule), message};
}

PolicyProblem warning(const QString &field, const char *rule, const QString &message)
{
    return {PolicyProblem::Severity::Warning, field, QString::fromLatin1(rule), message};
}

void validateTargets(const QString &where, const QString &includeField, const QStringList &includeIds,
    const QList<ExcludeTarget> &excludes, QList<PolicyProblem> &problems)
{
    const QString excludeField = where + u".excludeTargets"_s;
    QSet<QString> seen;
    for (const QString &id : includeIds) {
        if (id.trimmed().isEmpty()) {
            problems.append(error(includeField, "targets.emptyId",
                QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                    "%1: a target has no group id. Pick a group or "
                    "remove the target.")
                    .arg(where)));
            continue;
        }
        if (seen.contains(id)) {
            problems.append(error(includeField, "targets.duplicate",
                QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                    "%1: the group %2 is targeted twice. Remove one of "
                    "the two targets.")
                    .arg(where, id)));
        }
        seen.insert(id);
    }
    QSet<QString> seenExcludes;
    for (const ExcludeTarget &target : excludes) {
        if (target.id.trimmed().isEmpty()) {
            problems.append(error(excludeField, "targets.emptyId",
                QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                    "%1: an exclusion has no group id. Pick a group or "
                    "remove the exclusion.")
                    .arg(where)));
            continue;
        }
        if (target.id == kAllUsersTargetId) {
            problems.append(error(excludeField, "targets.excludeAllUsers",
                QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                    "%1: all users cannot be excluded. To turn the "
                    "method off for everyone, disable it instead.")
                    .arg(where)));
        }
        if (seenExcludes.contains(target.id)) {
            problems.append(error(excludeField, "targets.duplicate",
                QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                    "%1: the group %2 is excluded twice. Remove one of "
                    "the two exclusions.")
                    .arg(where, target.id)));
        }
        seenExcludes.insert(target.id);
        if (seen.contains(target.id)) {
            problems.append(warning(excludeField, "targets.includedAndExcluded",
                QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                    "%1: the group %2 is both included and excluded; "
                    "the exclusion wins, so the inclusion does nothing.")
                    .arg(where, target.id)));
        }
    }
}

} // namespace

// ---- Enums and their keys.

QString migrationStateKey(PolicyMigrationState state)
{
    switch (state) {
    case PolicyMigrationState::PreMigration:
        return u"preMigration"_s;
    case PolicyMigrationState::MigrationInProgress:
        return u"migrationInProgress"_s;
    case PolicyMigrationState::MigrationComplete:
        return u"migrationComplete"_s;
    }
    return {};
}

bool migrationStateFromKey(QStringView key, PolicyMigrationState *state)
{
    const PolicyMigrationState all[] = {PolicyMigrationState::PreMigration, PolicyMigrationState::MigrationInProgress,
        PolicyMigrationState::MigrationComplete};
    for (PolicyMigrationState candidate : all) {
        if (key.compare(migrationStateKey(candidate), Qt::CaseInsensitive) == 0) {
            *state = candidate;
            return true;
        }
    }
    return false;
}

QString migrationStateDisplayName(PolicyMigrationState state)
{
    switch (state) {
    case PolicyMigrationState::PreMigration:
        return QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy", "Pre-migration");
    case PolicyMigrationState::MigrationInProgress:
        return QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy", "Migration in progress");
    case PolicyMigrationState::MigrationComplete:
        return QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy", "Migration complete");
    }
    return {};
}

QString authMethodConfigId(AuthMethodKind kind)
{
    return QString::fromUtf16(info(kind).id);
}

QString authMethodODataType(AuthMethodKind kind)
{
    return QString::fromUtf16(info(kind).odataType);
}

bool authMethodKindFromId(QStringView id, AuthMethodKind *kind)
{
    for (const KindInfo &entry : kKinds) {
        if (id.compare(QStringView(entry.id), Qt::CaseInsensitive) == 0) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}

bool authMethodKindFromODataType(QStringView odataType, AuthMethodKind *kind)
{
    for (const KindInfo &entry : kKinds) {
        const QStringView full(entry.odataType);
        if (odataType.compare(full, Qt::CaseInsensitive) == 0
            || odataType.compare(full.mid(1), Qt::CaseInsensitive) == 0) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}

QString authMethodDisplayName(AuthMethodKind kind)
{
    return QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy", info(kind).displayName);
}

QString featureStateKey(FeatureState state)
{
    switch (state) {
    case FeatureState::Default:
        return u"default"_s;
    case FeatureState::Enabled:
        return u"enabled"_s;
    case FeatureState::Disabled:
        return u"disabled"_s;
    }
    return {};
}

bool featureStateFromKey(QStringView key, FeatureState *state)
{
    const FeatureState all[] = {FeatureState::Default, FeatureState::Enabled, FeatureState::Disabled};
    for (FeatureState candidate : all) {
        if (key == featureStateKey(candidate)) {
            *state = candidate;
            return true;
        }
    }
    return false;
}

QString targetTypeKey(TargetType type)
{
    return type == TargetType::User ? u"user"_s : u"group"_s;
}

bool targetTypeFromKey(QStringView key, TargetType *type)
{
    if (key == u"group") {
        *type = TargetType::Group;
        return true;
    }
    if (key == u"user") {
        *type = TargetType::User;
        return true;
    }
    return false;
}

// ---- Targets.

bool MethodTarget::isAllUsers() const
{
    return id == kAllUsersTargetId;
}

MethodTarget MethodTarget::allUsers()
{
    return group(kAllUsersTargetId.toString());
}

MethodTarget MethodTarget::group(const QString &groupId)
{
    MethodTarget target;
    target.id = groupId;
    target.targetType = TargetType::Group;
    return target;
}

// ---- MethodConfiguration.

MethodConfiguration MethodConfiguration::defaults(AuthMethodKind kind)
{
    MethodConfiguration config;
    config.kind = kind;
    MethodTarget target = MethodTarget::allUsers();
    switch (kind) {
    case AuthMethodKind::Sms:
        config.enabled = true;
        target.isUsableForSignIn = false;
        break;
    case AuthMethodKind::Email:
        config.enabled = true;
        break;
    case AuthMethodKind::MicrosoftAuthenticator:
        config.enabled = true;
        target.authenticationMode = u"any"_s;
        break;
    case AuthMethodKind::Voice:
    case AuthMethodKind::SoftwareOath:
    case AuthMethodKind::HardwareOath:
    case AuthMethodKind::Fido2:
    case AuthMethodKind::TemporaryAccessPass:
    case AuthMethodKind::X509Certificate:
        break;
    }
    config.includeTargets.append(target);
    return config;
}

QString MethodConfiguration::id() const
{
    return authMethodConfigId(kind);
}

QString MethodConfiguration::odataType() const
{
    return authMethodODataType(kind);
}

bool MethodConfiguration::includesAllUsers() const
{
    for (const MethodTarget &target : includeTargets) {
        if (target.isAllUsers())
            return true;
    }
    return false;
}

bool MethodConfiguration::includesGroup(QStringView groupId) const
{
    for (const MethodTarget &target : includeTargets) {
        if (target.id == groupId)
            return true;
    }
    return false;
}

bool MethodConfiguration::excludesGroup(QStringView groupId) const
{
    for (const ExcludeTarget &target : excludeTargets) {
        if (target.id == groupId)
            return true;
    }
    return false;
}

QList<PolicyProblem> MethodConfiguration::validate() const
{
    QList<PolicyProblem> problems;
    const QString where = id();
    const QString includeField = where + u".includeTargets"_s;

    QStringList includeIds;
    for (const MethodTarget &target : includeTargets) {
        includeIds.append(target.id);
        if (target.targetType == TargetType::User) {
            problems.append(warning(includeField, "targets.userTarget",
                QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                    "%1: targeting individual users is no longer "
                    "supported. Put the user %2 in a group and target "
                    "the group.")
                    .arg(where, target.id)));
        }
        if (kind == AuthMethodKind::MicrosoftAuthenticator && !target.authenticationMode.isEmpty()
            && !authenticationModes().contains(target.authenticationMode)) {
            problems.append(error(includeField, "authenticator.mode",
                QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                    "%1: authentication mode \"%2\" is not one of any, "
                    "push or deviceBasedPush.")
                    .arg(where, target.authenticationMode)));
        }
    }
    validateTargets(where, includeField, includeIds, excludeTargets, problems);

    if (enabled && includeTargets.isEmpty()) {
        problems.append(warning(includeField, "targets.enabledWithoutTargets",
            QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                "%1 is enabled but targets nobody. Target all users or "
                "a group, or disable the method.")
                .arg(authMethodDisplayName(kind))));
    }

    if (kind == AuthMethodKind::Email && !enabled && allowExternalIdToUseEmailOtp == FeatureState::Enabled) {
        problems.append(error(where + u".state"_s, "email.externalOtpBlocksDisable",
            QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                "Email OTP cannot be disabled while external users may "
                "use it. Turn off \"Allow external users to use email "
                "OTP\" first.")));
    }

    if (kind == AuthMethodKind::TemporaryAccessPass) {
        const struct
        {
            const char16_t *name;
            int value;
        } lifetimes[] = {{u"minimumLifetimeInMinutes", minimumLifetimeInMinutes},
            {u"defaultLifetimeInMinutes", defaultLifetimeInMinutes},
            {u"maximumLifetimeInMinutes", maximumLifetimeInMinutes}};
        bool inRange = true;
        for (const auto &lifetime : lifetimes) {
            if (lifetime.value < kTapMinLifetime || lifetime.value > kTapMaxLifetime) {
                inRange = false;
                problems.append(error(where + u'.' + QString::fromUtf16(lifetime.name), "tap.lifetimeRange",
                    QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                        "Temporary Access Pass lifetimes must be between "
                        "%1 and %2 minutes (30 days); %3 is %4.")
                        .arg(kTapMinLifetime)
                        .arg(kTapMaxLifetime)
                        .arg(QString::fromUtf16(lifetime.name))
                        .arg(lifetime.value)));
            }
        }
        if (inRange
            && (minimumLifetimeInMinutes > defaultLifetimeInMinutes
                || defaultLifetimeInMinutes > maximumLifetimeInMinutes)) {
            problems.append(error(where + u".defaultLifetimeInMinutes"_s, "tap.lifetimeOrder",
                QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                    "The Temporary Access Pass lifetimes must satisfy "
                    "minimum <= default <= maximum (now %1, %2, %3 "
                    "minutes).")
                    .arg(minimumLifetimeInMinutes)
                    .arg(defaultLifetimeInMinutes)
                    .arg(maximumLifetimeInMinutes)));
        }
        if (defaultLength < kTapMinLength || defaultLength > kTapMaxLength) {
            problems.append(error(where + u".defaultLength"_s, "tap.lengthRange",
                QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                    "The Temporary Access Pass length must be between %1 "
                    "and %2 characters, not %3.")
                    .arg(kTapMinLength)
                    .arg(kTapMaxLength)
                    .arg(defaultLength)));
        }
    }
    return problems;
}

QJsonObject MethodConfiguration::toJson() const
{
    QJsonObject json = extra;
    json.insert(u"@odata.type"_s, odataType());
    json.insert(u"id"_s, id());
    json.insert(u"state"_s, enabled ? u"enabled"_s : u"disabled"_s);
    QJsonArray includes;
    for (const MethodTarget &target : includeTargets)
        includes.append(Sspr::Core::toJson(target, kind));
    json.insert(u"includeTargets"_s, includes);
    json.insert(u"excludeTargets"_s, excludeTargetsJson(excludeTargets));
    switch (kind) {
    case AuthMethodKind::Voice:
        json.insert(u"isOfficePhoneAllowed"_s, isOfficePhoneAllowed);
        break;
    case AuthMethodKind::Email:
        json.insert(u"allowExternalIdToUseEmailOtp"_s, featureStateKey(allowExternalIdToUseEmailOtp));
        break;
    case AuthMethodKind::MicrosoftAuthenticator:
        json.insert(u"isSoftwareOathEnabled"_s, isSoftwareOathEnabled);
        break;
    case AuthMethodKind::TemporaryAccessPass:
        json.insert(u"minimumLifetimeInMinutes"_s, minimumLifetimeInMinutes);
        json.insert(u"defaultLifetimeInMinutes"_s, defaultLifetimeInMinutes);
        json.insert(u"maximumLifetimeInMinutes"_s, maximumLifetimeInMinutes);
        json.insert(u"defaultLength"_s, defaultLength);
        json.insert(u"isUsableOnce"_s, isUsableOnce);
        break;
    case AuthMethodKind::Fido2:
        json.insert(u"isAttestationEnforced"_s, isAttestationEnforced);
        json.insert(u"isSelfServiceRegistrationAllowed"_s, isSelfServiceRegistrationAllowed);
        break;
    case AuthMethodKind::Sms:
    case AuthMethodKind::SoftwareOath:
    case AuthMethodKind::HardwareOath:
    case AuthMethodKind::X509Certificate:
        break;
    }
    return json;
}

QJsonObject MethodConfiguration::patchJson() const
{
    QJsonObject json = toJson();
    json.remove(u"id"_s);
    const QStringList keys = json.keys();
    for (const QString &key : keys) {
        if (key.contains(u"@odata.") && key != u"@odata.type"_s)
            json.remove(key); // annotations such as includeTargets@odata.context are read-only
    }
    return json;
}

Result<MethodConfiguration> MethodConfiguration::fromJson(const QJsonObject &json)
{
    QJsonObject rest = json;
    const QJsonValue idValue = rest.take(u"id"_s);
    const QJsonValue typeValue = rest.take(u"@odata.type"_s);
    AuthMethodKind kindFromId = AuthMethodKind::Sms;
    AuthMethodKind kindFromType = AuthMethodKind::Sms;
    const bool hasId = idValue.isString() && authMethodKindFromId(idValue.toString(), &kindFromId);
    const bool hasType = typeValue.isString() && authMethodKindFromODataType(typeValue.toString(), &kindFromType);
    if ((!idValue.isUndefined() && !hasId) || (!typeValue.isUndefined() && !hasType) || (!hasId && !hasType)) {
        return Error {QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
            "Unknown authentication method configuration (id %1, @odata.type "
            "%2).")
                          .arg(idValue.toString(u"-"_s), typeValue.toString(u"-"_s))};
    }
    if (hasId && hasType && kindFromId != kindFromType) {
        return Error {QCoreApplication::translate(
            "Sspr::Core::AuthMethodsPolicy", "The configuration id %1 does not match its @odata.type %2.")
                          .arg(idValue.toString(), typeValue.toString())};
    }
    MethodConfiguration config;
    config.kind = hasId ? kindFromId : kindFromType;
    config.includeTargets.clear();
    const QString where = config.id();

    const QJsonValue state = rest.take(u"state"_s);
    if (state.isString() && state.toString() == u"enabled"_s)
        config.enabled = true;
    else if (state.isString() && state.toString() == u"disabled"_s)
        config.enabled = false;
    else if (!state.isUndefined())
        return typeError(where, u"state", u"enabled|disabled"_s, state);

    QJsonArray includes;
    if (Status status = takeArray(rest, u"includeTargets", &includes, where); !status)
        return status.error();
    for (const QJsonValue &item : includes) {
        Result<MethodTarget> target = methodTargetFromJson(config.kind, item, where);
        if (!target)
            return target.error();
        config.includeTargets.append(target.value());
    }
    if (Status status = readExcludeTargets(rest, &config.excludeTargets, where); !status)
        return status.error();

    Status status;
    switch (config.kind) {
    case AuthMethodKind::Voice:
        status = takeBool(rest, u"isOfficePhoneAllowed", &config.isOfficePhoneAllowed, where);
        break;
    case AuthMethodKind::Email:
        status = takeFeatureState(rest, u"allowExternalIdToUseEmailOtp", &config.allowExternalIdToUseEmailOtp, where);
        break;
    case AuthMethodKind::MicrosoftAuthenticator:
        status = takeBool(rest, u"isSoftwareOathEnabled", &config.isSoftwareOathEnabled, where);
        break;
    case AuthMethodKind::TemporaryAccessPass:
        status = takeInt(rest, u"minimumLifetimeInMinutes", &config.minimumLifetimeInMinutes, where);
        if (status)
            status = takeInt(rest, u"defaultLifetimeInMinutes", &config.defaultLifetimeInMinutes, where);
        if (status)
            status = takeInt(rest, u"maximumLifetimeInMinutes", &config.maximumLifetimeInMinutes, where);
        if (status)
            status = takeInt(rest, u"defaultLength", &config.defaultLength, where);
        if (status)
            status = takeBool(rest, u"isUsableOnce", &config.isUsableOnce, where);
        break;
    case AuthMethodKind::Fido2:
        status = takeBool(rest, u"isAttestationEnforced", &config.isAttestationEnforced, where);
        if (status)
            status
                = takeBool(rest, u"isSelfServiceRegistrationAllowed", &config.isSelfServiceRegistrationAllowed, where);
        break;
    case AuthMethodKind::Sms:
    case AuthMethodKind::SoftwareOath:
    case AuthMethodKind::HardwareOath:
    case AuthMethodKind::X509Certificate:
        break;
    }
    if (!status)
        return status.error();
    config.extra = rest;
    return config;
}

// ---- AuthMethodsPolicy.

AuthMethodsPolicy AuthMethodsPolicy::defaults()
{
    AuthMethodsPolicy policy;
    policy.displayName = u"Authentication Methods Policy"_s;
    CampaignTarget everyone;
    everyone.id = kAllUsersTargetId.toString();
    policy.registrationCampaign.includeTargets.append(everyone);
    for (AuthMethodKind kind : kAllAuthMethodKinds)
        policy.configurations.append(MethodConfiguration::defaults(kind));
    return policy;
}

const MethodConfiguration *AuthMethodsPolicy::configuration(AuthMethodKind kind) const
{
    for (const MethodConfiguration &config : configurations) {
        if (config.kind == kind)
            return &config;
    }
    return nullptr;
}

MethodConfiguration &AuthMethodsPolicy::ensureConfiguration(AuthMethodKind kind)
{
    for (MethodConfiguration &config : configurations) {
        if (config.kind == kind)
            return config;
    }
    configurations.append(MethodConfiguration::defaults(kind));
    return configurations.last();
}

QList<PolicyProblem> AuthMethodsPolicy::validate() const
{
    QList<PolicyProblem> problems;
    QSet<AuthMethodKind> seen;
    for (const MethodConfiguration &config : configurations) {
        if (seen.contains(config.kind)) {
            problems.append(error(u"authenticationMethodConfigurations"_s, "configurations.duplicate",
                QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                    "The policy holds two configurations for %1; keep "
                    "one.")
                    .arg(authMethodDisplayName(config.kind))));
        }
        seen.insert(config.kind);
        problems.append(config.validate());
    }

    const QString where = u"registrationCampaign"_s;
    const RegistrationCampaign &campaign = registrationCampaign;
    if (campaign.snoozeDurationInDays < 0 || campaign.snoozeDurationInDays > kMaxSnoozeDays) {
        problems.append(error(where + u".snoozeDurationInDays"_s, "campaign.snoozeRange",
            QCoreApplication::translate(
                "Sspr::Core::AuthMethodsPolicy", "Days allowed to snooze must be between 0 and %1, not %2.")
                .arg(kMaxSnoozeDays)
                .arg(campaign.snoozeDurationInDays)));
    }
    QStringList includeIds;
    for (const CampaignTarget &target : campaign.includeTargets) {
        includeIds.append(target.id);
        if (target.targetedAuthenticationMethod.isEmpty()) {
            problems.append(error(where + u".includeTargets"_s, "campaign.targetedMethodMissing",
                QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                    "Every registration campaign target needs the method "
                    "to register, such as microsoftAuthenticator.")));
        } else if (target.targetedAuthenticationMethod != u"microsoftAuthenticator"_s
            && target.targetedAuthenticationMethod != u"fido2"_s) {
            problems.append(warning(where + u".includeTargets"_s, "campaign.targetedMethodUnknown",
                QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                    "The registration campaign targets \"%1\"; Graph "
                    "documents microsoftAuthenticator (and fido2 in "
                    "beta) only.")
                    .arg(target.targetedAuthenticationMethod)));
        }
    }
    validateTargets(where, where + u".includeTargets"_s, includeIds, campaign.excludeTargets, problems);
    if (campaign.state == FeatureState::Enabled && campaign.includeTargets.isEmpty()) {
        problems.append(warning(where + u".includeTargets"_s, "campaign.noTargets",
            QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                "The registration campaign is enabled but targets "
                "nobody. Target all users or a group.")));
    }

    const qsizetype size = QJsonDocument(toJson()).toJson(QJsonDocument::Compact).size();
    if (size > kPolicySizeLimit) {
        problems.append(warning(u"authenticationMethodConfigurations"_s, "policy.size",
            QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
                "The policy is about %1 KB; Entra refuses policies over "
                "about 20 KB. Target fewer groups.")
                .arg((size + 1023) / 1024)));
    }
    return problems;
}

QJsonObject AuthMethodsPolicy::toJson() const
{
    QJsonObject json = extra;
    json.insert(u"id"_s, id);
    if (!displayName.isEmpty())
        json.insert(u"displayName"_s, displayName);
    if (!description.isEmpty())
        json.insert(u"description"_s, description);
    if (!policyVersion.isEmpty())
        json.insert(u"policyVersion"_s, policyVersion);
    if (!lastModifiedDateTime.isEmpty())
        json.insert(u"lastModifiedDateTime"_s, lastModifiedDateTime);
    if (reconfirmationInDays.has_value())
        json.insert(u"reconfirmationInDays"_s, *reconfirmationInDays);
    json.insert(u"policyMigrationState"_s, migrationStateKey(policyMigrationState));
    QJsonObject enforcement = registrationEnforcementExtra;
    enforcement.insert(u"authenticationMethodsRegistrationCampaign"_s, campaignJson(registrationCampaign));
    json.insert(u"registrationEnforcement"_s, enforcement);
    QJsonArray configs;
    for (const MethodConfiguration &config : configurations)
        configs.append(config.toJson());
    json.insert(u"authenticationMethodConfigurations"_s, configs);
    return json;
}

QJsonObject AuthMethodsPolicy::registrationEnforcementJson() const
{
    return QJsonObject {{u"registrationEnforcement"_s,
        QJsonObject {{u"authenticationMethodsRegistrationCampaign"_s, campaignJson(registrationCampaign)}}}};
}

Result<AuthMethodsPolicy> AuthMethodsPolicy::fromJson(const QJsonObject &json)
{
    const QString where = u"authenticationMethodsPolicy"_s;
    QJsonObject rest = json;
    AuthMethodsPolicy policy;
    takeStringIfString(rest, u"id", &policy.id);
    takeStringIfString(rest, u"displayName", &policy.displayName);
    takeStringIfString(rest, u"description", &policy.description);
    takeStringIfString(rest, u"policyVersion", &policy.policyVersion);
    takeStringIfString(rest, u"lastModifiedDateTime", &policy.lastModifiedDateTime);
    if (rest.value(u"reconfirmationInDays").isDouble()) {
        int days = 0;
        if (Status status = takeInt(rest, u"reconfirmationInDays", &days, where); !status)
            return status.error();
        policy.reconfirmationInDays = days;
    }
    if (rest.contains(u"policyMigrationState")) {
        const QJsonValue state = rest.take(u"policyMigrationState");
        if (!state.isString() || !migrationStateFromKey(state.toString(), &policy.policyMigrationState)) {
            return typeError(
                where, u"policyMigrationState", u"preMigration|migrationInProgress|migrationComplete"_s, state);
        }
    }
    if (rest.contains(u"registrationEnforcement")) {
        const QJsonValue enforcement = rest.take(u"registrationEnforcement");
        if (!enforcement.isNull()) {
            if (Status status = requireObject(enforcement, u"registrationEnforcement", where); !status)
                return status.error();
            QJsonObject enforcementRest = enforcement.toObject();
            Result<RegistrationCampaign> campaign
                = campaignFromJson(enforcementRest.take(u"authenticationMethodsRegistrationCampaign"));
            if (!campaign)
                return campaign.error();
            policy.registrationCampaign = campaign.value();
            policy.registrationEnforcementExtra = enforcementRest;
        }
    }
    QJsonArray configs;
    if (Status status = takeArray(rest, u"authenticationMethodConfigurations", &configs, where); !status)
        return status.error();
    for (const QJsonValue &item : configs) {
        if (Status status = requireObject(item, u"authenticationMethodConfigurations", where); !status)
            return status.error();
        Result<MethodConfiguration> config = MethodConfiguration::fromJson(item.toObject());
        if (!config)
            return config.error();
        policy.configurations.append(config.value());
    }
    policy.extra = rest;
    return policy;
}

// ---- The legacy mapping.

bool AuthMethodsPolicy::isAvailableForSspr(AuthMethodKind kind, const SsprPolicy &legacy) const
{
    const MethodConfiguration *config = configuration(kind);
    if (!config || !config->enabled || config->excludesGroup(kAllUsersTargetId))
        return false;
    if (legacy.enablement == SsprEnablement::Selected && !legacy.groupId.isEmpty()) {
        if (config->excludesGroup(legacy.groupId))
            return false;
        return config->includesAllUsers() || config->includesGroup(legacy.groupId);
    }
    return config->includesAllUsers();
}

bool AuthMethodsPolicy::offersLegacyMethod(SsprMethod method, const SsprPolicy &legacy) const
{
    switch (method) {
    case SsprMethod::MobileAppNotification:
        return isAvailableForSspr(AuthMethodKind::MicrosoftAuthenticator, legacy);
    case SsprMethod::MobileAppCode: {
        const MethodConfiguration *authenticator = configuration(AuthMethodKind::MicrosoftAuthenticator);
        return (isAvailableForSspr(AuthMethodKind::MicrosoftAuthenticator, legacy) && authenticator
                   && authenticator->isSoftwareOathEnabled)
            || isAvailableForSspr(AuthMethodKind::SoftwareOath, legacy);
    }
    case SsprMethod::Email:
        return isAvailableForSspr(AuthMethodKind::Email, legacy);
    case SsprMethod::MobilePhone:
        return isAvailableForSspr(AuthMethodKind::Sms, legacy) || isAvailableForSspr(AuthMethodKind::Voice, legacy);
    case SsprMethod::OfficePhone: {
        const MethodConfiguration *voice = configuration(AuthMethodKind::Voice);
        return isAvailableForSspr(AuthMethodKind::Voice, legacy) && voice && voice->isOfficePhoneAllowed;
    }
    case SsprMethod::SecurityQuestions:
        return legacy.securityQuestions;
    }
    return false;
}

SsprPolicy AuthMethodsPolicy::effectiveLegacyPolicy(const SsprPolicy &legacy) const
{
    SsprPolicy effective = legacy;
    for (SsprMethod method : kAllSsprMethods) {
        if (method == SsprMethod::SecurityQuestions)
            continue;
        switch (policyMigrationState) {
        case PolicyMigrationState::PreMigration:
            break;
        case PolicyMigrationState::MigrationInProgress:
            effective.setMethodEnabled(method, legacy.methodEnabled(method) || offersLegacyMethod(method, legacy));
            break;
        case PolicyMigrationState::MigrationComplete:
            effective.setMethodEnabled(method, offersLegacyMethod(method, legacy));
            break;
        }
    }
    return effective;
}

AuthMethodsPolicy AuthMethodsPolicy::withLegacyMethods(const SsprPolicy &legacy) const
{
    AuthMethodsPolicy migrated = *this;
    MethodTarget scope;
    if (legacy.enablement == SsprEnablement::All)
        scope = MethodTarget::allUsers();
    else if (legacy.enablement == SsprEnablement::Selected && !legacy.groupId.isEmpty())
        scope = MethodTarget::group(legacy.groupId);
    else
        return migrated;

    for (SsprMethod method : kAllSsprMethods) {
        if (!legacy.methodEnabled(method))
            continue;
        for (AuthMethodKind kind : unifiedConfigurationsFor(method)) {
            MethodConfiguration &config = migrated.ensureConfiguration(kind);
            MethodTarget target = scope;
            if (kind == AuthMethodKind::MicrosoftAuthenticator)
                target.authenticationMode = u"any"_s;
            if (!config.enabled) {
                config.enabled = true;
                config.includeTargets = {target};
            } else if (scope.isAllUsers() && !config.includesAllUsers()) {
                config.includeTargets = {target}; // all users covers every group target
            } else if (!config.includesAllUsers() && !config.includesGroup(scope.id)) {
                config.includeTargets.append(target);
            }
            if (method == SsprMethod::OfficePhone)
                config.isOfficePhoneAllowed = true;
            if (method == SsprMethod::MobileAppCode && kind == AuthMethodKind::MicrosoftAuthenticator)
                config.isSoftwareOathEnabled = true;
        }
    }
    return migrated;
}

QList<AuthMethodKind> unifiedConfigurationsFor(SsprMethod method)
{
    switch (method) {
    case SsprMethod::MobileAppNotification:
        return {AuthMethodKind::MicrosoftAuthenticator};
    case SsprMethod::MobileAppCode:
        return {AuthMethodKind::MicrosoftAuthenticator, AuthMethodKind::SoftwareOath};
    case SsprMethod::Email:
        return {AuthMethodKind::Email};
    case SsprMethod::MobilePhone:
        return {AuthMethodKind::Sms, AuthMethodKind::Voice};
    case SsprMethod::OfficePhone:
        return {AuthMethodKind::Voice};
    case SsprMethod::SecurityQuestions:
        return {};
    }
    return {};
}

QString legacyMappingDescription(SsprMethod method)
{
    switch (method) {
    case SsprMethod::MobileAppNotification:
        return QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy", "Microsoft Authenticator");
    case SsprMethod::MobileAppCode:
        return QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
            "Microsoft Authenticator (with Authenticator OTP allowed) and software "
            "OATH tokens");
    case SsprMethod::Email:
        return QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy", "Email OTP");
    case SsprMethod::MobilePhone:
        return QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy", "SMS and voice call");
    case SsprMethod::OfficePhone:
        return QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy", "Voice call with office phone allowed");
    case SsprMethod::SecurityQuestions:
        return QCoreApplication::translate(
            "Sspr::Core::AuthMethodsPolicy", "No equivalent: security questions stay in the password reset policy");
    }
    return {};
}

bool migrationTransitionNeedsReason(PolicyMigrationState from, PolicyMigrationState to)
{
    return from == PolicyMigrationState::MigrationComplete && to != PolicyMigrationState::MigrationComplete;
}

Status checkMigrationTransition(
    PolicyMigrationState startedIn, PolicyMigrationState from, PolicyMigrationState to, const QString &reason)
{
    if (from == to)
        return {};
    if (to == PolicyMigrationState::PreMigration && startedIn != PolicyMigrationState::PreMigration) {
        return Error {QCoreApplication::translate("Sspr::Core::AuthMethodsPolicy",
            "This tenant started its migration in \"%1\" and can't go back to "
            "\"%2\". Choose Migration in progress or Migration complete.")
                          .arg(migrationStateDisplayName(startedIn),
                              migrationStateDisplayName(PolicyMigrationState::PreMigration))};
    }
    if (migrationTransitionNeedsReason(from, to) && reason.trimmed().isEmpty()) {
        return Error {QCoreApplication::translate(
            "Sspr::Core::AuthMethodsPolicy", "Rolling back from Migration complete needs a reason; give one.")};
    }
    return {};
}

} // namespace Sspr::Core
