#pragma once

#include "policyproblem.h"
#include "result.h"
#include "ssprpolicy.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Sspr::Core {

// authenticationMethodsPolicy.policyMigrationState (graph-facts §1.6). Pre-migration: the unified policy governs
// sign-in only and the legacy SSPR method list governs SSPR. In progress: both are respected for SSPR (a union).
// Complete: the legacy method list is ignored; only the count and security questions stay in the SSPR policy.
enum class PolicyMigrationState { PreMigration, MigrationInProgress, MigrationComplete };
QString migrationStateKey(PolicyMigrationState state); // "preMigration", "migrationInProgress", "migrationComplete"
bool migrationStateFromKey(QStringView key, PolicyMigrationState *state); // any case, so "premigration" too
QString migrationStateDisplayName(PolicyMigrationState state);

// The method configurations of the unified policy (graph-facts §2.3).
enum class AuthMethodKind {
    Sms,
    Voice,
    Email,
    MicrosoftAuthenticator,
    SoftwareOath,
    HardwareOath,
    Fido2,
    TemporaryAccessPass,
    X509Certificate,
};
inline constexpr AuthMethodKind kAllAuthMethodKinds[]
    = {AuthMethodKind::Sms, AuthMethodKind::Voice, AuthMethodKind::Email, AuthMethodKind::MicrosoftAuthenticator,
        AuthMethodKind::SoftwareOath, AuthMethodKind::HardwareOath, AuthMethodKind::Fido2,
        AuthMethodKind::TemporaryAccessPass, AuthMethodKind::X509Certificate};
QString authMethodConfigId(AuthMethodKind kind); // the id as Graph returns it: "Sms", "MicrosoftAuthenticator", ...
QString authMethodODataType(AuthMethodKind kind); // "#microsoft.graph.smsAuthenticationMethodConfiguration", ...
bool authMethodKindFromId(QStringView id, AuthMethodKind *kind); // any case: "sms", "Sms", "microsoftAuthenticator"
bool authMethodKindFromODataType(QStringView odataType, AuthMethodKind *kind); // with or without the leading '#'
QString authMethodDisplayName(AuthMethodKind kind);

// Graph's advancedConfigState (campaign state) and externalEmailOtpState: default | enabled | disabled.
enum class FeatureState { Default, Enabled, Disabled };
QString featureStateKey(FeatureState state);
bool featureStateFromKey(QStringView key, FeatureState *state);

enum class TargetType { Group, User };
QString targetTypeKey(TargetType type);
bool targetTypeFromKey(QStringView key, TargetType *type);

// The group id that stands for every user of the tenant.
inline constexpr QStringView kAllUsersTargetId = u"all_users";

// An includeTargets entry of a method configuration (authenticationMethodTarget and its per-method subtypes).
struct MethodTarget
{
    QString id;
    TargetType targetType = TargetType::Group;
    bool isRegistrationRequired = false;
    std::optional<bool> isUsableForSignIn; // Sms targets only (smsAuthenticationMethodTarget)
    QString authenticationMode; // MicrosoftAuthenticator targets only: any | push | deviceBasedPush
    QJsonObject extra = {}; // fields not modelled here, kept so a read-modify-write loses nothing

    bool isAllUsers() const;
    static MethodTarget allUsers();
    static MethodTarget group(const QString &groupId);
    bool operator==(const MethodTarget &) const = default;
};

// An excludeTargets entry (excludeTarget), of a method configuration or of the registration campaign.
struct ExcludeTarget
{
    QString id;
    TargetType targetType = TargetType::Group;
    QJsonObject extra = {};

    bool operator==(const ExcludeTarget &) const = default;
};

// An includeTargets entry of the registration campaign.
struct CampaignTarget
{
    QString id;
    TargetType targetType = TargetType::Group;
    QString targetedAuthenticationMethod = QStringLiteral("microsoftAuthenticator");
    QJsonObject extra = {};

    bool operator==(const CampaignTarget &) const = default;
};

// registrationEnforcement.authenticationMethodsRegistrationCampaign.
struct RegistrationCampaign
{
    FeatureState state = FeatureState::Default; // default means Microsoft managed
    int snoozeDurationInDays = 1; // 0-14; 0 prompts at every MFA sign-in
    // "Limited number of snoozes" (3, then registration is forced). Beta only: written only when set.
    std::optional<bool> enforceRegistrationAfterAllowedSnoozes;
    QList<CampaignTarget> includeTargets;
    QList<ExcludeTarget> excludeTargets;
    QJsonObject extra = {};

    bool operator==(const RegistrationCampaign &) const = default;
};

// One authenticationMethodConfiguration. The per-method settings are meaningful only for their method and are
// written to JSON only for it.
struct MethodConfiguration
{
    AuthMethodKind kind = AuthMethodKind::Sms;
    bool enabled = false; // state
    QList<MethodTarget> includeTargets;
    QList<ExcludeTarget> excludeTargets;

    bool isOfficePhoneAllowed = false; // Voice
    FeatureState allowExternalIdToUseEmailOtp = FeatureState::Default; // Email
    bool isSoftwareOathEnabled = false; // MicrosoftAuthenticator: "Allow use of Microsoft Authenticator OTP"
    int minimumLifetimeInMinutes = 60; // TemporaryAccessPass: the three lifetimes 10-43200, min <= default <= max
    int defaultLifetimeInMinutes = 60;
    int maximumLifetimeInMinutes = 480;
    int defaultLength = 8; // TemporaryAccessPass: 8-48
    bool isUsableOnce = false; // TemporaryAccessPass
    bool isAttestationEnforced = true; // Fido2
    bool isSelfServiceRegistrationAllowed = true; // Fido2
    QJsonObject extra; // everything else (featureSettings, keyRestrictions, certificate rules, ...), kept verbatim

    // The configuration as a new tenant has it: targets all_users, enabled for Authenticator, SMS and email.
    static MethodConfiguration defaults(AuthMethodKind kind);

    QString id() const;
    QString odataType() const;
    bool includesAllUsers() const;
    bool includesGroup(QStringView groupId) const;
    bool excludesGroup(QStringView groupId) const;
    // The configuration's problems; field keys are "<Id>.<property>", e.g. "TemporaryAccessPass.defaultLength".
    QList<PolicyProblem> validate() const;

    // The GET shape: @odata.type, id, state, targets and the method's own settings.
    QJsonObject toJson() const;
    // The PATCH body: as toJson() without id and read-only annotations; @odata.type is required by Graph.
    QJsonObject patchJson() const;
    // Reads a configuration; the method comes from "id" or, failing that, "@odata.type" (they must agree).
    static Result<MethodConfiguration> fromJson(const QJsonObject &json);

    bool operator==(const MethodConfiguration &) const = default;
};

// The unified Authentication methods policy: GET/PATCH /policies/authenticationMethodsPolicy.
struct AuthMethodsPolicy
{
    QString id = QStringLiteral("authenticationMethodsPolicy");
    QString displayName; // read-only in Graph, as are the next four
    QString description;
    QString policyVersion;
    QString lastModifiedDateTime;
    std::optional<int> reconfirmationInDays;
    PolicyMigrationState policyMigrationState = PolicyMigrationState::PreMigration;
    RegistrationCampaign registrationCampaign;
    QJsonObject registrationEnforcementExtra; // other members of registrationEnforcement, kept verbatim
    QList<MethodConfiguration> configurations;
    QJsonObject extra; // @odata.context, beta-only settings, ...

    // A new tenant's policy: every configuration at its defaults, campaign Microsoft managed for Authenticator.
    static AuthMethodsPolicy defaults();

    const MethodConfiguration *configuration(AuthMethodKind kind) const;
    // The configuration of a method, added at its defaults when the policy has none yet.
    MethodConfiguration &ensureConfiguration(AuthMethodKind kind);

    // Every rule of the unified policy: TAP lifetimes and length, snooze days, targets, the Email OTP rule, size.
    // Field keys: "<ConfigurationId>.<property>", "registrationCampaign.<property>",
    // "authenticationMethodConfigurations".
    QList<PolicyProblem> validate() const;

    QJsonObject toJson() const;
    // The PATCH body for the campaign: {"registrationEnforcement": {"authenticationMethodsRegistrationCampaign": ...}}.
    QJsonObject registrationEnforcementJson() const;
    static Result<AuthMethodsPolicy> fromJson(const QJsonObject &json);

    // ---- The mapping between the legacy SSPR method list and this policy (graph-facts §1.6).
    // A configuration is available for SSPR when it is enabled, includes all_users (or, with enablement Selected,
    // the SSPR group) and does not exclude the SSPR group (nor all_users).
    bool isAvailableForSspr(AuthMethodKind kind, const SsprPolicy &legacy) const;
    // Whether this policy alone offers what a legacy checkbox stands for: notification = Authenticator; code =
    // Authenticator with OTP allowed, or software OATH; email = Email; mobile phone = SMS or voice; office phone =
    // voice with isOfficePhoneAllowed. Security questions have no equivalent: the legacy value is returned.
    bool offersLegacyMethod(SsprMethod method, const SsprPolicy &legacy) const;
    // The legacy policy with its method checkboxes as they effectively are under this policy's migration state:
    // pre-migration the legacy list as is, in progress the union of both, complete this policy alone (security
    // questions always from the legacy policy).
    SsprPolicy effectiveLegacyPolicy(const SsprPolicy &legacy) const;
    // This policy with the legacy SSPR method list carried over (what migrating grants): every configuration a
    // ticked legacy method maps to is enabled for the SSPR scope (all_users, or the SSPR group), with
    // isOfficePhoneAllowed for Office phone and isSoftwareOathEnabled for Mobile app code. A configuration that was
    // disabled gets the SSPR scope as its only include target; an enabled one gets it added unless already covered.
    // Nothing is disabled and no exclusion is removed. Enablement None carries nothing over.
    AuthMethodsPolicy withLegacyMethods(const SsprPolicy &legacy) const;

    bool operator==(const AuthMethodsPolicy &) const = default;
};

// The configurations a legacy SSPR method corresponds to (graph-facts §1.6); empty for security questions.
QList<AuthMethodKind> unifiedConfigurationsFor(SsprMethod method);
// One translated line for the UI: how a legacy method maps ("SMS and voice call", "No equivalent: ...").
QString legacyMappingDescription(SsprMethod method);

// Whether the migration state may move from `from` to `to` for a tenant whose migration started in `startedIn`:
// a tenant that started in progress (or complete) can never go back to pre-migration, and leaving Migration
// complete needs a reason, as the portal asks for one.
Status checkMigrationTransition(PolicyMigrationState startedIn, PolicyMigrationState from, PolicyMigrationState to,
    const QString &reason = QString());
bool migrationTransitionNeedsReason(PolicyMigrationState from, PolicyMigrationState to);

} // namespace Sspr::Core
