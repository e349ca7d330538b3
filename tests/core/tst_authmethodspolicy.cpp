#include "authmethodspolicy.h"
#include "policykeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Sspr::Core;
using namespace Qt::StringLiterals;

using AmpEdit = std::function<void(AuthMethodsPolicy &)>;
using ConfigEdit = std::function<void(MethodConfiguration &)>;
Q_DECLARE_METATYPE(AmpEdit)
Q_DECLARE_METATYPE(ConfigEdit)

namespace {

enum Expect { Absent, IsError, IsWarning };

const QString kGroup = u"0f6a3b1e-8c0d-4f1a-9b7e-2d3c4b5a6f70"_s;
const QString kOtherGroup = u"7b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"_s;

// A GET /policies/authenticationMethodsPolicy response in Graph's shape (graph-facts §2.2/§2.3), with the
// annotations, nulls and unmodelled settings a real tenant returns.
// One raw literal per line: moc (Qt 6.4) misreads "//" inside a multi-line raw string as a comment.
const char kGraphSample[]
    = R"({)"
      R"(  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#authenticationMethodsPolicy",)"
      R"(  "id": "authenticationMethodsPolicy",)"
      R"(  "displayName": "Authentication Methods Policy",)"
      R"(  "description": null,)"
      R"(  "lastModifiedDateTime": "2026-05-04T10:11:12Z",)"
      R"(  "policyVersion": "1.4",)"
      R"(  "reconfirmationInDays": 180,)"
      R"(  "policyMigrationState": "migrationInProgress",)"
      R"(  "registrationEnforcement": {)"
      R"(    "authenticationMethodsRegistrationCampaign": {)"
      R"(      "snoozeDurationInDays": 1, "state": "default", "excludeTargets": [],)"
      R"(      "includeTargets": [ { "id": "all_users", "targetType": "group",)"
      R"(                            "targetedAuthenticationMethod": "microsoftAuthenticator" } ] } },)"
      R"(  "authenticationMethodConfigurations": [)"
      R"(    { "@odata.type": "#microsoft.graph.smsAuthenticationMethodConfiguration", "id": "Sms", "state": "enabled",)"
      R"(      "excludeTargets": [],)"
      R"(      "includeTargets@odata.context": "https://graph.microsoft.com/v1.0/$metadata#policies/authenticationMethodsPolicy/authenticationMethodConfigurations('Sms')/microsoft.graph.smsAuthenticationMethodConfiguration/includeTargets",)"
      R"(      "includeTargets": [ { "targetType": "group", "id": "all_users", "isRegistrationRequired": false,)"
      R"(                            "isUsableForSignIn": true } ] },)"
      R"(    { "@odata.type": "#microsoft.graph.voiceAuthenticationMethodConfiguration", "id": "Voice", "state": "enabled",)"
      R"(      "isOfficePhoneAllowed": true, "excludeTargets": [ { "id": "7b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d", "targetType": "group" } ],)"
      R"(      "includeTargets": [ { "targetType": "group", "id": "0f6a3b1e-8c0d-4f1a-9b7e-2d3c4b5a6f70", "isRegistrationRequired": true } ] },)"
      R"(    { "@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration",)"
      R"(      "id": "MicrosoftAuthenticator", "state": "enabled", "isSoftwareOathEnabled": false,)"
      R"(      "featureSettings": {)"
      R"(        "displayAppInformationRequiredState": { "state": "enabled",)"
      R"(          "includeTarget": { "targetType": "group", "id": "all_users" },)"
      R"(          "excludeTarget": { "targetType": "group", "id": "00000000-0000-0000-0000-000000000000" } },)"
      R"(        "displayLocationInformationRequiredState": { "state": "default",)"
      R"(          "includeTarget": { "targetType": "group", "id": "all_users" },)"
      R"(          "excludeTarget": { "targetType": "group", "id": "00000000-0000-0000-0000-000000000000" } } },)"
      R"(      "excludeTargets": [],)"
      R"(      "includeTargets": [ { "targetType": "group", "id": "all_users", "isRegistrationRequired": false,)"
      R"(                            "authenticationMode": "any" } ] },)"
      R"(    { "@odata.type": "#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration",)"
      R"(      "id": "TemporaryAccessPass", "state": "disabled", "defaultLifetimeInMinutes": 60, "defaultLength": 8,)"
      R"(      "minimumLifetimeInMinutes": 60, "maximumLifetimeInMinutes": 480, "isUsableOnce": false,)"
      R"(      "includeTargets": [ { "targetType": "group", "id": "all_users", "isRegistrationRequired": false } ] },)"
      R"(    { "@odata.type": "#microsoft.graph.emailAuthenticationMethodConfiguration", "id": "Email", "state": "enabled",)"
      R"(      "allowExternalIdToUseEmailOtp": "default", "includeTargets": [] },)"
      R"(    { "@odata.type": "#microsoft.graph.fido2AuthenticationMethodConfiguration", "id": "Fido2", "state": "disabled",)"
      R"(      "isAttestationEnforced": true, "isSelfServiceRegistrationAllowed": true,)"
      R"(      "keyRestrictions": { "isEnforced": false, "enforcementType": "block", "aaGuids": [] },)"
      R"(      "excludeTargets": [], "includeTargets": [ { "targetType": "group", "id": "all_users", "isRegistrationRequired": false } ] },)"
      R"(    { "@odata.type": "#microsoft.graph.softwareOathAuthenticationMethodConfiguration", "id": "SoftwareOath",)"
      R"(      "state": "disabled", "excludeTargets": [], "includeTargets": [] },)"
      R"(    { "@odata.type": "#microsoft.graph.x509CertificateAuthenticationMethodConfiguration", "id": "X509Certificate",)"
      R"(      "state": "disabled", "certificateUserBindings": [ { "x509CertificateField": "PrincipalName",)"
      R"(      "userProperty": "onPremisesUserPrincipalName", "priority": 1 } ],)"
      R"(      "authenticationModeConfiguration": { "x509CertificateAuthenticationDefaultMode": "x509CertificateSingleFactor",)"
      R"(      "rules": [] }, "excludeTargets": [], "includeTargets": [] })"
      R"(  ])"
      R"(})";

QJsonObject sampleJson()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(kGraphSample), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("sample: %s", qPrintable(error.errorString()));
    return document.object();
}

// Whether every member of `inner` is in `outer` with the same value (arrays element by element).
bool containsJson(const QJsonValue &outer, const QJsonValue &inner, const QString &path, QString *where)
{
    if (inner.isObject()) {
        const QJsonObject innerObject = inner.toObject();
        const QJsonObject outerObject = outer.toObject();
        for (auto it = innerObject.begin(); it != innerObject.end(); ++it) {
            if (!outerObject.contains(it.key())) {
                *where = path + u'.' + it.key() + u" missing"_s;
                return false;
            }
            if (!containsJson(outerObject.value(it.key()), it.value(), path + u'.' + it.key(), where))
                return false;
        }
        return outer.isObject();
    }
    if (inner.isArray()) {
        const QJsonArray innerArray = inner.toArray();
        const QJsonArray outerArray = outer.toArray();
        if (!outer.isArray() || outerArray.size() != innerArray.size()) {
            *where = path + u" size"_s;
            return false;
        }
        for (qsizetype i = 0; i < innerArray.size(); ++i) {
            if (!containsJson(outerArray.at(i), innerArray.at(i), path + u'[' + QString::number(i) + u']', where))
                return false;
        }
        return true;
    }
    if (outer != inner) {
        *where = path;
        return false;
    }
    return true;
}

// Every configuration present but disabled, still targeting all_users as Graph's defaults do.
AuthMethodsPolicy allDisabled()
{
    AuthMethodsPolicy policy = AuthMethodsPolicy::defaults();
    for (MethodConfiguration &config : policy.configurations)
        config.enabled = false;
    return policy;
}

SsprPolicy legacyWith(SsprEnablement enablement, const QString &methods)
{
    SsprPolicy legacy;
    legacy.enablement = enablement;
    legacy.groupId = enablement == SsprEnablement::Selected ? kGroup : QString();
    if (!applyKeyValue(legacy, PolicyKeys::MethodsAvailable.toString(), methods).ok())
        qFatal("bad methods %s", qPrintable(methods));
    return legacy;
}

QString methodsOf(const SsprPolicy &policy)
{
    return policyValueText(policy, PolicyKeys::MethodsAvailable.toString()).value();
}

QString enabledKindsOf(const AuthMethodsPolicy &policy)
{
    QStringList ids;
    for (AuthMethodKind kind : kAllAuthMethodKinds) {
        const MethodConfiguration *config = policy.configuration(kind);
        if (config && config->enabled)
            ids.append(config->id());
    }
    return ids.join(u',');
}

QString problemsText(const QList<PolicyProblem> &problems)
{
    QStringList lines;
    for (const PolicyProblem &problem : problems)
        lines.append(problem.rule + u" @ "_s + problem.field + u": "_s + problem.message);
    return lines.join(u'\n');
}

} // namespace

class TestAuthMethodsPolicy : public QObject
{
    Q_OBJECT

private slots:
    void kinds();
    void defaultsAreValid();
    void readsGraphSample();
    void graphSampleRoundTrip();
    void patchBodies();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void validate_data();
    void validate();
    void migrationTransitions_data();
    void migrationTransitions();
    void mappingTable();
    void availability_data();
    void availability();
    void legacyToUnified_data();
    void legacyToUnified();
    void legacyToUnifiedKeepsWiderTargets();
    void effectiveLegacyPolicy_data();
    void effectiveLegacyPolicy();
};

void TestAuthMethodsPolicy::kinds()
{
    for (AuthMethodKind kind : kAllAuthMethodKinds) {
        AuthMethodKind parsed;
        QVERIFY(authMethodKindFromId(authMethodConfigId(kind), &parsed));
        QCOMPARE(parsed, kind);
        QVERIFY(authMethodKindFromId(authMethodConfigId(kind).toLower(), &parsed));
        QCOMPARE(parsed, kind);
        QVERIFY(authMethodKindFromODataType(authMethodODataType(kind), &parsed));
        QCOMPARE(parsed, kind);
        QVERIFY(authMethodKindFromODataType(authMethodODataType(kind).mid(1), &parsed));
        QCOMPARE(parsed, kind);
        QVERIFY(!authMethodDisplayName(kind).isEmpty());
    }
    AuthMethodKind parsed;
    QVERIFY(authMethodKindFromId(u"microsoftAuthenticator", &parsed));
    QCOMPARE(parsed, AuthMethodKind::MicrosoftAuthenticator);
    QVERIFY(!authMethodKindFromId(u"securityQuestions", &parsed));
    QCOMPARE(authMethodODataType(AuthMethodKind::Voice), u"#microsoft.graph.voiceAuthenticationMethodConfiguration"_s);

    PolicyMigrationState state;
    QVERIFY(migrationStateFromKey(u"premigration", &state));
    QCOMPARE(state, PolicyMigrationState::PreMigration);
    QVERIFY(migrationStateFromKey(u"migrationComplete", &state));
    QCOMPARE(state, PolicyMigrationState::MigrationComplete);
    QVERIFY(!migrationStateFromKey(u"unknownFutureValue", &state));
}

void TestAuthMethodsPolicy::defaultsAreValid()
{
    const AuthMethodsPolicy policy = AuthMethodsPolicy::defaults();
    QCOMPARE(policy.configurations.size(), qsizetype(std::size(kAllAuthMethodKinds)));
    const QList<PolicyProblem> problems = policy.validate();
    QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
    QCOMPARE(enabledKindsOf(policy), u"Sms,Email,MicrosoftAuthenticator"_s);
    for (const MethodConfiguration &config : policy.configurations)
        QVERIFY(config.includesAllUsers());
    QCOMPARE(policy.registrationCampaign.includeTargets.size(), 1);
    QCOMPARE(policy.registrationCampaign.includeTargets.first().id, u"all_users"_s);
}

void TestAuthMethodsPolicy::readsGraphSample()
{
    const Result<AuthMethodsPolicy> parsed = AuthMethodsPolicy::fromJson(sampleJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    const AuthMethodsPolicy &policy = parsed.value();
    QCOMPARE(policy.policyMigrationState, PolicyMigrationState::MigrationInProgress);
    QCOMPARE(policy.policyVersion, u"1.4"_s);
    QCOMPARE(policy.reconfirmationInDays, std::optional<int>(180));
    QCOMPARE(policy.registrationCampaign.state, FeatureState::Default);
    QCOMPARE(policy.registrationCampaign.snoozeDurationInDays, 1);
    QCOMPARE(
        policy.registrationCampaign.includeTargets.first().targetedAuthenticationMethod, u"microsoftAuthenticator"_s);
    QCOMPARE(policy.configurations.size(), 8);

    const MethodConfiguration *sms = policy.configuration(AuthMethodKind::Sms);
    QVERIFY(sms && sms->enabled && sms->includesAllUsers());
    QCOMPARE(sms->includeTargets.first().isUsableForSignIn, std::optional<bool>(true));

    const MethodConfiguration *voice = policy.configuration(AuthMethodKind::Voice);
    QVERIFY(voice && voice->isOfficePhoneAllowed);
    QVERIFY(voice->includesGroup(kGroup));
    QVERIFY(voice->includeTargets.first().isRegistrationRequired);
    QVERIFY(voice->excludesGroup(kOtherGroup));

    const MethodConfiguration *authenticator = policy.configuration(AuthMethodKind::MicrosoftAuthenticator);
    QVERIFY(authenticator && !authenticator->isSoftwareOathEnabled);
    QCOMPARE(authenticator->includeTargets.first().authenticationMode, u"any"_s);
    QVERIFY(authenticator->extra.contains(u"featureSettings"_s));

    const MethodConfiguration *tap = policy.configuration(AuthMethodKind::TemporaryAccessPass);
    QVERIFY(tap && !tap->enabled);
    QCOMPARE(tap->minimumLifetimeInMinutes, 60);
    QCOMPARE(tap->defaultLifetimeInMinutes, 60);
    QCOMPARE(tap->maximumLifetimeInMinutes, 480);
    QCOMPARE(tap->defaultLength, 8);

    const MethodConfiguration *email = policy.configuration(AuthMethodKind::Email);
    QVERIFY(email && email->enabled && email->includeTargets.isEmpty());
    QCOMPARE(email->allowExternalIdToUseEmailOtp, FeatureState::Default);

    QVERIFY(policy.configuration(AuthMethodKind::Fido2)->extra.contains(u"keyRestrictions"_s));
    QVERIFY(!policy.configuration(AuthMethodKind::HardwareOath));

    const QList<PolicyProblem> problems = policy.validate();
    QVERIFY2(!hasErrors(problems), qPrintable(problemsText(problems)));
    QVERIFY(hasRule(problems, u"targets.enabledWithoutTargets")); // Email enabled, targets nobody
}

void TestAuthMethodsPolicy::graphSampleRoundTrip()
{
    const QJsonObject sample = sampleJson();
    const AuthMethodsPolicy policy = AuthMethodsPolicy::fromJson(sample).value();
    const QJsonObject written = policy.toJson();
    QString where;
    QVERIFY2(containsJson(written, sample, u"$"_s, &where), qPrintable(where));
    // Every configuration carries its @odata.type.
    for (const QJsonValue &config : written.value(u"authenticationMethodConfigurations"_s).toArray())
        QVERIFY(config.toObject().value(u"@odata.type"_s).toString().startsWith(u"#microsoft.graph."_s));
    // And back: nothing is lost or altered on a second pass.
    const Result<AuthMethodsPolicy> again = AuthMethodsPolicy::fromJson(written);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again.value(), policy);
    QCOMPARE(
        AuthMethodsPolicy::fromJson(AuthMethodsPolicy::defaults().toJson()).value(), AuthMethodsPolicy::defaults());
}

void TestAuthMethodsPolicy::patchBodies()
{
    const AuthMethodsPolicy policy = AuthMethodsPolicy::fromJson(sampleJson()).value();
    const QJsonObject sms = policy.configuration(AuthMethodKind::Sms)->patchJson();
    QCOMPARE(sms.value(u"@odata.type"_s).toString(), u"#microsoft.graph.smsAuthenticationMethodConfiguration"_s);
    QVERIFY(!sms.contains(u"id"_s));
    QVERIFY(!sms.contains(u"includeTargets@odata.context"_s));
    QCOMPARE(sms.value(u"state"_s).toString(), u"enabled"_s);
    QVERIFY(sms.value(u"includeTargets"_s).toArray().first().toObject().value(u"isUsableForSignIn"_s).toBool());

    const QJsonObject voice = policy.configuration(AuthMethodKind::Voice)->patchJson();
    QVERIFY(voice.value(u"isOfficePhoneAllowed"_s).toBool());
    QVERIFY(!voice.contains(u"isSoftwareOathEnabled"_s)); // other methods' settings are not written

    const QJsonObject enforcement = policy.registrationEnforcementJson();
    const QJsonObject campaign = enforcement.value(u"registrationEnforcement"_s)
                                     .toObject()
                                     .value(u"authenticationMethodsRegistrationCampaign"_s)
                                     .toObject();
    QCOMPARE(campaign.value(u"snoozeDurationInDays"_s).toInt(), 1);
    QCOMPARE(campaign.value(u"state"_s).toString(), u"default"_s);
    QVERIFY(!campaign.contains(u"enforceRegistrationAfterAllowedSnoozes"_s)); // beta only, unset
    AuthMethodsPolicy limited = policy;
    limited.registrationCampaign.enforceRegistrationAfterAllowedSnoozes = true;
    QVERIFY(limited.registrationEnforcementJson()
                .value(u"registrationEnforcement"_s)
                .toObject()
                .value(u"authenticationMethodsRegistrationCampaign"_s)
                .toObject()
                .value(u"enforceRegistrationAfterAllowedSnoozes"_s)
                .toBool());
}

void TestAuthMethodsPolicy::fromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    const auto config = [](const char *body) {
        return QByteArray(R"({"authenticationMethodConfigurations":[)") + body + "]}";
    };
    QTest::newRow("unknown configuration")
        << config(R"({"id":"SecurityQuestions","state":"enabled"})") << u"SecurityQuestions"_s;
    QTest::newRow("no id nor type") << config(R"({"state":"enabled"})") << u"Unknown"_s;
    QTest::newRow("id and type disagree")
        << config(R"({"id":"Sms","@odata.type":"#microsoft.graph.voiceAuthenticationMethodConfiguration"})")
        << u"voiceAuthenticationMethodConfiguration"_s;
    QTest::newRow("state on") << config(R"({"id":"Sms","state":"on"})") << u"state"_s;
    QTest::newRow("target without id") << config(R"({"id":"Sms","state":"enabled","includeTargets":[{}]})") << u"id"_s;
    QTest::newRow("target type device") << config(
        R"({"id":"Sms","state":"enabled","includeTargets":[{"id":"all_users","targetType":"device"}]})")
                                        << u"targetType"_s;
    QTest::newRow("registration required as text")
        << config(R"({"id":"Sms","includeTargets":[{"id":"all_users","isRegistrationRequired":"yes"}]})")
        << u"isRegistrationRequired"_s;
    QTest::newRow("targets not an array") << config(R"({"id":"Sms","includeTargets":{}})") << u"includeTargets"_s;
    QTest::newRow("target not an object")
        << config(R"({"id":"Sms","includeTargets":["all_users"]})") << u"includeTargets"_s;
    QTest::newRow("tap length as text") << config(R"({"id":"TemporaryAccessPass","defaultLength":"8"})")
                                        << u"defaultLength"_s;
    QTest::newRow("tap lifetime fraction")
        << config(R"({"id":"TemporaryAccessPass","defaultLifetimeInMinutes":6.5})") << u"defaultLifetimeInMinutes"_s;
    QTest::newRow("office phone as text")
        << config(R"({"id":"Voice","isOfficePhoneAllowed":"true"})") << u"isOfficePhoneAllowed"_s;
    QTest::newRow("email otp state") << config(R"({"id":"Email","allowExternalIdToUseEmailOtp":true})")
                                     << u"allowExternalIdToUseEmailOtp"_s;
    QTest::newRow("configuration not an object") << config(R"("Sms")") << u"authenticationMethodConfigurations"_s;
    QTest::newRow("configurations not an array")
        << QByteArray(R"({"authenticationMethodConfigurations":{}})") << u"authenticationMethodConfigurations"_s;
    QTest::newRow("migration state") << QByteArray(R"({"policyMigrationState":"migrated"})")
                                     << u"policyMigrationState"_s;
    QTest::newRow("snooze as text") << QByteArray(
        R"({"registrationEnforcement":{"authenticationMethodsRegistrationCampaign":{"snoozeDurationInDays":"1"}}})")
                                    << u"snoozeDurationInDays"_s;
    QTest::newRow("campaign state") << QByteArray(
        R"({"registrationEnforcement":{"authenticationMethodsRegistrationCampaign":{"state":"on"}}})")
                                    << u"state"_s;
    QTest::newRow("campaign target method") << QByteArray(
        R"({"registrationEnforcement":{"authenticationMethodsRegistrationCampaign":{"includeTargets":[{"id":"all_users","targetedAuthenticationMethod":7}]}}})")
                                            << u"targetedAuthenticationMethod"_s;
}

void TestAuthMethodsPolicy::fromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const Result<AuthMethodsPolicy> policy = AuthMethodsPolicy::fromJson(object);
    QVERIFY(!policy.ok());
    QVERIFY2(policy.errorMessage().contains(mentions), qPrintable(policy.errorMessage()));
}

void TestAuthMethodsPolicy::validate_data()
{
    QTest::addColumn<AmpEdit>("edit");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("expect");

    const auto row = [](const char *name, const AmpEdit &edit, const char *rule, const QString &field, Expect expect) {
        QTest::newRow(name) << edit << QString::fromLatin1(rule) << field << int(expect);
    };
    const auto tap = [](int minimum, int byDefault, int maximum, int length = 8) {
        return [=](AuthMethodsPolicy &p) {
            MethodConfiguration &c = p.ensureConfiguration(AuthMethodKind::TemporaryAccessPass);
            c.enabled = true;
            c.minimumLifetimeInMinutes = minimum;
            c.defaultLifetimeInMinutes = byDefault;
            c.maximumLifetimeInMinutes = maximum;
            c.defaultLength = length;
        };
    };
    const QString tapField = u"TemporaryAccessPass."_s;
    row("tap 10 to 43200", tap(10, 60, 43200), "tap.lifetimeRange", tapField + u"minimumLifetimeInMinutes"_s, Absent);
    row("tap all 10", tap(10, 10, 10), "tap.lifetimeRange", tapField + u"minimumLifetimeInMinutes"_s, Absent);
    row("tap all 43200", tap(43200, 43200, 43200), "tap.lifetimeRange", tapField + u"maximumLifetimeInMinutes"_s,
        Absent);
    row("tap minimum 9", tap(9, 60, 480), "tap.lifetimeRange", tapField + u"minimumLifetimeInMinutes"_s, IsError);
    row("tap default 9", tap(10, 9, 480), "tap.lifetimeRange", tapField + u"defaultLifetimeInMinutes"_s, IsError);
    row("tap maximum 43201", tap(60, 60, 43201), "tap.lifetimeRange", tapField + u"maximumLifetimeInMinutes"_s,
        IsError);
    row("tap default 43201", tap(60, 43201, 43200), "tap.lifetimeRange", tapField + u"defaultLifetimeInMinutes"_s,
        IsError);
    row("tap in order", tap(60, 60, 480), "tap.lifetimeOrder", tapField + u"defaultLifetimeInMinutes"_s, Absent);
    row("tap minimum above default", tap(120, 60, 480), "tap.lifetimeOrder", tapField + u"defaultLifetimeInMinutes"_s,
        IsError);
    row("tap default above maximum", tap(60, 600, 480), "tap.lifetimeOrder", tapField + u"defaultLifetimeInMinutes"_s,
        IsError);
    row("tap minimum above maximum", tap(600, 600, 480), "tap.lifetimeOrder", tapField + u"defaultLifetimeInMinutes"_s,
        IsError);
    row("tap length 8", tap(60, 60, 480, 8), "tap.lengthRange", tapField + u"defaultLength"_s, Absent);
    row("tap length 48", tap(60, 60, 480, 48), "tap.lengthRange", tapField + u"defaultLength"_s, Absent);
    row("tap length 7", tap(60, 60, 480, 7), "tap.lengthRange", tapField + u"defaultLength"_s, IsError);
    row("tap length 49", tap(60, 60, 480, 49), "tap.lengthRange", tapField + u"defaultLength"_s, IsError);

    const auto snooze = [](int days) {
        return [days](AuthMethodsPolicy &p) {
            p.registrationCampaign.snoozeDurationInDays = days;
        };
    };
    const QString snoozeField = u"registrationCampaign.snoozeDurationInDays"_s;
    row("snooze 0", snooze(0), "campaign.snoozeRange", snoozeField, Absent);
    row("snooze 14", snooze(14), "campaign.snoozeRange", snoozeField, Absent);
    row("snooze -1", snooze(-1), "campaign.snoozeRange", snoozeField, IsError);
    row("snooze 15", snooze(15), "campaign.snoozeRange", snoozeField, IsError);

    const QString campaignTargets = u"registrationCampaign.includeTargets"_s;
    const auto targeted = [](const QString &method) {
        return [method](AuthMethodsPolicy &p) {
            p.registrationCampaign.includeTargets.first().targetedAuthenticationMethod = method;
        };
    };
    row("campaign for authenticator", targeted(u"microsoftAuthenticator"_s), "campaign.targetedMethodMissing",
        campaignTargets, Absent);
    row("campaign without method", targeted(QString()), "campaign.targetedMethodMissing", campaignTargets, IsError);
    row("campaign for passkeys", targeted(u"fido2"_s), "campaign.targetedMethodUnknown", campaignTargets, Absent);
    row("campaign for sms", targeted(u"sms"_s), "campaign.targetedMethodUnknown", campaignTargets, IsWarning);
    row(
        "campaign enabled, nobody",
        [](AuthMethodsPolicy &p) {
            p.registrationCampaign.state = FeatureState::Enabled;
            p.registrationCampaign.includeTargets.clear();
        },
        "campaign.noTargets", campaignTargets, IsWarning);
    row(
        "campaign enabled, everyone",
        [](AuthMethodsPolicy &p) { p.registrationCampaign.state = FeatureState::Enabled; }, "campaign.noTargets",
        campaignTargets, Absent);
    row(
        "campaign disabled, nobody",
        [](AuthMethodsPolicy &p) {
            p.registrationCampaign.state = FeatureState::Disabled;
            p.registrationCampaign.includeTargets.clear();
        },
        "campaign.noTargets", campaignTargets, Absent);
    row(
        "campaign excludes all users",
        [](AuthMethodsPolicy &p) { p.registrationCampaign.excludeTargets.append({u"all_users"_s}); },
        "targets.excludeAllUsers", u"registrationCampaign.excludeTargets"_s, IsError);

    const auto sms = [](const ConfigEdit &edit) {
        return [edit](AuthMethodsPolicy &p) {
            edit(p.ensureConfiguration(AuthMethodKind::Sms));
        };
    };
    const QString smsIncludes = u"Sms.includeTargets"_s;
    const QString smsExcludes = u"Sms.excludeTargets"_s;
    row("target with id", sms([](MethodConfiguration &) {}), "targets.emptyId", smsIncludes, Absent);
    row("target without id", sms([](MethodConfiguration &c) { c.includeTargets.append(MethodTarget::group({})); }),
        "targets.emptyId", smsIncludes, IsError);
    row("exclusion without id", sms([](MethodConfiguration &c) { c.excludeTargets.append({u" "_s}); }),
        "targets.emptyId", smsExcludes, IsError);
    row("two groups", sms([](MethodConfiguration &c) {
        c.includeTargets = {MethodTarget::group(kGroup), MethodTarget::group(kOtherGroup)};
    }),
        "targets.duplicate", smsIncludes, Absent);
    row("same group twice", sms([](MethodConfiguration &c) {
        c.includeTargets = {MethodTarget::group(kGroup), MethodTarget::group(kGroup)};
    }),
        "targets.duplicate", smsIncludes, IsError);
    row("same exclusion twice", sms([](MethodConfiguration &c) {
        c.excludeTargets = {{kGroup}, {kGroup}};
    }),
        "targets.duplicate", smsExcludes, IsError);
    row("exclude a group", sms([](MethodConfiguration &c) { c.excludeTargets = {{kGroup}}; }),
        "targets.excludeAllUsers", smsExcludes, Absent);
    row("exclude all users", sms([](MethodConfiguration &c) { c.excludeTargets = {{u"all_users"_s}}; }),
        "targets.excludeAllUsers", smsExcludes, IsError);
    row("include and exclude a group", sms([](MethodConfiguration &c) {
        c.includeTargets = {MethodTarget::group(kGroup)};
        c.excludeTargets = {{kGroup}};
    }),
        "targets.includedAndExcluded", smsExcludes, IsWarning);
    row("include one, exclude another", sms([](MethodConfiguration &c) {
        c.includeTargets = {MethodTarget::group(kGroup)};
        c.excludeTargets = {{kOtherGroup}};
    }),
        "targets.includedAndExcluded", smsExcludes, Absent);
    row("user target", sms([](MethodConfiguration &c) {
        MethodTarget user = MethodTarget::group(u"user-1"_s);
        user.targetType = TargetType::User;
        c.includeTargets = {user};
    }),
        "targets.userTarget", smsIncludes, IsWarning);
    row("enabled, nobody", sms([](MethodConfiguration &c) { c.includeTargets.clear(); }),
        "targets.enabledWithoutTargets", smsIncludes, IsWarning);
    row("disabled, nobody", sms([](MethodConfiguration &c) {
        c.enabled = false;
        c.includeTargets.clear();
    }),
        "targets.enabledWithoutTargets", smsIncludes, Absent);

    const auto email = [](bool enabled, FeatureState external) {
        return [=](AuthMethodsPolicy &p) {
            MethodConfiguration &c = p.ensureConfiguration(AuthMethodKind::Email);
            c.enabled = enabled;
            c.allowExternalIdToUseEmailOtp = external;
        };
    };
    row("email off, external default", email(false, FeatureState::Default), "email.externalOtpBlocksDisable",
        u"Email.state"_s, Absent);
    row("email off, external disabled", email(false, FeatureState::Disabled), "email.externalOtpBlocksDisable",
        u"Email.state"_s, Absent);
    row("email on, external enabled", email(true, FeatureState::Enabled), "email.externalOtpBlocksDisable",
        u"Email.state"_s, Absent);
    row("email off, external enabled", email(false, FeatureState::Enabled), "email.externalOtpBlocksDisable",
        u"Email.state"_s, IsError);

    const auto mode = [](const QString &value) {
        return [value](AuthMethodsPolicy &p) {
            p.ensureConfiguration(AuthMethodKind::MicrosoftAuthenticator).includeTargets.first().authenticationMode
                = value;
        };
    };
    row("authenticator push", mode(u"push"_s), "authenticator.mode", u"MicrosoftAuthenticator.includeTargets"_s,
        Absent);
    row("authenticator passwordless", mode(u"deviceBasedPush"_s), "authenticator.mode",
        u"MicrosoftAuthenticator.includeTargets"_s, Absent);
    row("authenticator banana", mode(u"banana"_s), "authenticator.mode", u"MicrosoftAuthenticator.includeTargets"_s,
        IsError);

    row(
        "one configuration each", [](AuthMethodsPolicy &) {}, "configurations.duplicate",
        u"authenticationMethodConfigurations"_s, Absent);
    row(
        "two sms configurations",
        [](AuthMethodsPolicy &p) { p.configurations.append(MethodConfiguration::defaults(AuthMethodKind::Sms)); },
        "configurations.duplicate", u"authenticationMethodConfigurations"_s, IsError);
    row(
        "small policy", [](AuthMethodsPolicy &) {}, "policy.size", u"authenticationMethodConfigurations"_s, Absent);
    row(
        "policy over 20 KB",
        [](AuthMethodsPolicy &p) {
            MethodConfiguration &c = p.ensureConfiguration(AuthMethodKind::Sms);
            c.includeTargets.clear();
            for (int i = 0; i < 300; ++i)
                c.includeTargets.append(
                    MethodTarget::group(u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0'))));
        },
        "policy.size", u"authenticationMethodConfigurations"_s, IsWarning);
}

void TestAuthMethodsPolicy::validate()
{
    QFETCH(AmpEdit, edit);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    QFETCH(int, expect);

    AuthMethodsPolicy policy = AuthMethodsPolicy::defaults();
    edit(policy);
    const QList<PolicyProblem> problems = policy.validate();
    QList<PolicyProblem> matching;
    for (const PolicyProblem &problem : problems) {
        QVERIFY(!problem.message.isEmpty());
        if (problem.rule == rule)
            matching.append(problem);
    }
    if (expect == Absent) {
        QVERIFY2(matching.isEmpty(), qPrintable(problemsText(matching)));
        QVERIFY2(!hasErrors(problems), qPrintable(problemsText(problems)));
        return;
    }
    QVERIFY2(!matching.isEmpty(), qPrintable(u"not reported: "_s + rule + u"\n"_s + problemsText(problems)));
    QCOMPARE(matching.first().field, field);
    QCOMPARE(matching.first().severity,
        expect == IsError ? PolicyProblem::Severity::Error : PolicyProblem::Severity::Warning);
}

void TestAuthMethodsPolicy::migrationTransitions_data()
{
    QTest::addColumn<PolicyMigrationState>("startedIn");
    QTest::addColumn<PolicyMigrationState>("from");
    QTest::addColumn<PolicyMigrationState>("to");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("allowed");

    using S = PolicyMigrationState;
    QTest::newRow("pre to in progress") << S::PreMigration << S::PreMigration << S::MigrationInProgress << QString()
                                        << true;
    QTest::newRow("pre to complete") << S::PreMigration << S::PreMigration << S::MigrationComplete << QString() << true;
    QTest::newRow("started pre, back to pre")
        << S::PreMigration << S::MigrationInProgress << S::PreMigration << QString() << true;
    QTest::newRow("started in progress, back to pre")
        << S::MigrationInProgress << S::MigrationInProgress << S::PreMigration << QString() << false;
    QTest::newRow("started in progress, to complete")
        << S::MigrationInProgress << S::MigrationInProgress << S::MigrationComplete << QString() << true;
    QTest::newRow("started complete, back to pre")
        << S::MigrationComplete << S::MigrationComplete << S::PreMigration << u"rollback"_s << false;
    QTest::newRow("complete to in progress, no reason")
        << S::PreMigration << S::MigrationComplete << S::MigrationInProgress << QString() << false;
    QTest::newRow("complete to in progress, blank reason")
        << S::PreMigration << S::MigrationComplete << S::MigrationInProgress << u"  "_s << false;
    QTest::newRow("complete to in progress, with reason")
        << S::PreMigration << S::MigrationComplete << S::MigrationInProgress << u"Helpdesk needs SMS back"_s << true;
    QTest::newRow("started pre, complete to pre with reason")
        << S::PreMigration << S::MigrationComplete << S::PreMigration << u"Pilot over"_s << true;
    QTest::newRow("unchanged") << S::MigrationInProgress << S::MigrationComplete << S::MigrationComplete << QString()
                               << true;
}

void TestAuthMethodsPolicy::migrationTransitions()
{
    QFETCH(PolicyMigrationState, startedIn);
    QFETCH(PolicyMigrationState, from);
    QFETCH(PolicyMigrationState, to);
    QFETCH(QString, reason);
    QFETCH(bool, allowed);
    const Status status = checkMigrationTransition(startedIn, from, to, reason);
    QCOMPARE(status.ok(), allowed);
    if (!allowed)
        QVERIFY(!status.errorMessage().isEmpty());
    QCOMPARE(migrationTransitionNeedsReason(from, to),
        from == PolicyMigrationState::MigrationComplete && to != PolicyMigrationState::MigrationComplete);
}

void TestAuthMethodsPolicy::mappingTable()
{
    using K = AuthMethodKind;
    QCOMPARE(unifiedConfigurationsFor(SsprMethod::MobileAppNotification), QList<K> {K::MicrosoftAuthenticator});
    QCOMPARE(
        unifiedConfigurationsFor(SsprMethod::MobileAppCode), (QList<K> {K::MicrosoftAuthenticator, K::SoftwareOath}));
    QCOMPARE(unifiedConfigurationsFor(SsprMethod::Email), QList<K> {K::Email});
    QCOMPARE(unifiedConfigurationsFor(SsprMethod::MobilePhone), (QList<K> {K::Sms, K::Voice}));
    QCOMPARE(unifiedConfigurationsFor(SsprMethod::OfficePhone), QList<K> {K::Voice});
    QVERIFY(unifiedConfigurationsFor(SsprMethod::SecurityQuestions).isEmpty());
    for (SsprMethod method : kAllSsprMethods)
        QVERIFY(!legacyMappingDescription(method).isEmpty());
}

void TestAuthMethodsPolicy::availability_data()
{
    QTest::addColumn<ConfigEdit>("edit");
    QTest::addColumn<SsprEnablement>("enablement");
    QTest::addColumn<bool>("available");

    const auto targets = [](const QString &include, const QString &exclude = QString(), bool enabled = true) {
        return ConfigEdit([=](MethodConfiguration &c) {
            c.enabled = enabled;
            c.includeTargets = {MethodTarget::group(include)};
            c.excludeTargets.clear();
            if (!exclude.isEmpty())
                c.excludeTargets.append({exclude});
        });
    };
    using E = SsprEnablement;
    QTest::newRow("all users, selected") << targets(u"all_users"_s) << E::Selected << true;
    QTest::newRow("sspr group, selected") << targets(kGroup) << E::Selected << true;
    QTest::newRow("other group, selected") << targets(kOtherGroup) << E::Selected << false;
    QTest::newRow("all users minus sspr group") << targets(u"all_users"_s, kGroup) << E::Selected << false;
    QTest::newRow("all users minus other group") << targets(u"all_users"_s, kOtherGroup) << E::Selected << true;
    QTest::newRow("all users minus all users") << targets(u"all_users"_s, u"all_users"_s) << E::Selected << false;
    QTest::newRow("disabled") << targets(u"all_users"_s, {}, false) << E::Selected << false;
    QTest::newRow("sspr group, scope all") << targets(kGroup) << E::All << false;
    QTest::newRow("all users, scope all") << targets(u"all_users"_s) << E::All << true;
    QTest::newRow("all users minus a group, scope all") << targets(u"all_users"_s, kOtherGroup) << E::All << true;
    QTest::newRow("all users, scope none") << targets(u"all_users"_s) << E::None << true;
}

void TestAuthMethodsPolicy::availability()
{
    QFETCH(ConfigEdit, edit);
    QFETCH(SsprEnablement, enablement);
    QFETCH(bool, available);
    AuthMethodsPolicy policy = allDisabled();
    edit(policy.ensureConfiguration(AuthMethodKind::Email));
    const SsprPolicy legacy = legacyWith(enablement, u"email"_s);
    QCOMPARE(policy.isAvailableForSspr(AuthMethodKind::Email, legacy), available);
    QCOMPARE(policy.offersLegacyMethod(SsprMethod::Email, legacy), available);
    AuthMethodsPolicy without = policy;
    without.configurations.removeIf([](const MethodConfiguration &c) { return c.kind == AuthMethodKind::Email; });
    QVERIFY(!without.isAvailableForSspr(AuthMethodKind::Email, legacy));
}

void TestAuthMethodsPolicy::legacyToUnified_data()
{
    QTest::addColumn<SsprPolicy>("legacy");
    QTest::addColumn<QString>("enabledKinds");
    QTest::addColumn<QString>("scope"); // the one include target of every configuration the migration enabled
    QTest::addColumn<QString>("effectiveMethods"); // the legacy list as a migrated tenant sees it afterwards

    using E = SsprEnablement;
    QTest::newRow("email") << legacyWith(E::Selected, u"email"_s) << u"Email"_s << kGroup << u"email"_s;
    QTest::newRow("mobile phone") << legacyWith(E::Selected, u"mobilePhone"_s) << u"Sms,Voice"_s << kGroup
                                  << u"mobilePhone"_s;
    // Voice for office phones also calls mobile phones: the unified policy can't grant one without the other.
    QTest::newRow("office phone") << legacyWith(E::Selected, u"officePhone"_s) << u"Voice"_s << kGroup
                                  << u"mobilePhone,officePhone"_s;
    QTest::newRow("notification") << legacyWith(E::Selected, u"mobileAppNotification"_s) << u"MicrosoftAuthenticator"_s
                                  << kGroup << u"mobileAppNotification"_s;
    // Enabling Authenticator for its codes enables its notifications too.
    QTest::newRow("code") << legacyWith(E::Selected, u"mobileAppCode"_s) << u"MicrosoftAuthenticator,SoftwareOath"_s
                          << kGroup << u"mobileAppNotification,mobileAppCode"_s;
    QTest::newRow("security questions") << legacyWith(E::Selected, u"securityQuestions"_s) << QString() << kGroup
                                        << u"securityQuestions"_s;
    QTest::newRow("everything")
        << legacyWith(
               E::Selected, u"mobileAppNotification,mobileAppCode,email,mobilePhone,officePhone,securityQuestions"_s)
        << u"Sms,Voice,Email,MicrosoftAuthenticator,SoftwareOath"_s << kGroup
        << u"mobileAppNotification,mobileAppCode,email,mobilePhone,officePhone,securityQuestions"_s;
    QTest::newRow("scope all") << legacyWith(E::All, u"email,mobilePhone"_s) << u"Sms,Voice,Email"_s << u"all_users"_s
                               << u"email,mobilePhone"_s;
    QTest::newRow("scope none") << legacyWith(E::None, u"email,mobilePhone"_s) << QString() << QString() << u"none"_s;
}

void TestAuthMethodsPolicy::legacyToUnified()
{
    QFETCH(SsprPolicy, legacy);
    QFETCH(QString, enabledKinds);
    QFETCH(QString, scope);
    QFETCH(QString, effectiveMethods);

    const AuthMethodsPolicy migrated = allDisabled().withLegacyMethods(legacy);
    QCOMPARE(enabledKindsOf(migrated), enabledKinds);
    for (const MethodConfiguration &config : migrated.configurations) {
        if (!config.enabled)
            continue;
        QCOMPARE(config.includeTargets.size(), 1);
        QCOMPARE(config.includeTargets.first().id, scope);
    }
    QCOMPARE(migrated.configuration(AuthMethodKind::Voice)->isOfficePhoneAllowed, legacy.officePhone);
    QCOMPARE(
        migrated.configuration(AuthMethodKind::MicrosoftAuthenticator)->isSoftwareOathEnabled, legacy.mobileAppCode);
    QVERIFY2(!hasErrors(migrated.validate()), qPrintable(problemsText(migrated.validate())));

    AuthMethodsPolicy complete = migrated;
    complete.policyMigrationState = PolicyMigrationState::MigrationComplete;
    QCOMPARE(methodsOf(complete.effectiveLegacyPolicy(legacy)), effectiveMethods);
    // Migrating twice changes nothing more.
    QCOMPARE(migrated.withLegacyMethods(legacy), migrated);
}

void TestAuthMethodsPolicy::legacyToUnifiedKeepsWiderTargets()
{
    AuthMethodsPolicy policy = allDisabled();
    MethodConfiguration &sms = policy.ensureConfiguration(AuthMethodKind::Sms);
    sms.enabled = true; // already for all users
    MethodConfiguration &voice = policy.ensureConfiguration(AuthMethodKind::Voice);
    voice.enabled = true;
    voice.includeTargets = {MethodTarget::group(kOtherGroup)};
    voice.excludeTargets = {{kGroup}};

    const AuthMethodsPolicy migrated = policy.withLegacyMethods(legacyWith(SsprEnablement::Selected, u"mobilePhone"_s));
    const MethodConfiguration *smsAfter = migrated.configuration(AuthMethodKind::Sms);
    QCOMPARE(smsAfter->includeTargets.size(), 1);
    QVERIFY(smsAfter->includesAllUsers());
    const MethodConfiguration *voiceAfter = migrated.configuration(AuthMethodKind::Voice);
    QCOMPARE(voiceAfter->includeTargets.size(), 2);
    QVERIFY(voiceAfter->includesGroup(kOtherGroup));
    QVERIFY(voiceAfter->includesGroup(kGroup));
    QVERIFY(voiceAfter->excludesGroup(kGroup)); // exclusions are the admin's call: kept, and reported
    QVERIFY(hasRule(migrated.validate(), u"targets.includedAndExcluded"));

    // Scope All replaces group targets by all users.
    const AuthMethodsPolicy widened = policy.withLegacyMethods(legacyWith(SsprEnablement::All, u"mobilePhone"_s));
    QCOMPARE(widened.configuration(AuthMethodKind::Voice)->includeTargets.size(), 1);
    QVERIFY(widened.configuration(AuthMethodKind::Voice)->includesAllUsers());

    // A missing configuration is created at Graph's defaults first: Email is on for all users already, voice is
    // off and gets the SSPR group.
    AuthMethodsPolicy empty;
    const AuthMethodsPolicy created
        = empty.withLegacyMethods(legacyWith(SsprEnablement::Selected, u"email,officePhone"_s));
    QCOMPARE(created.configurations.size(), 2);
    QVERIFY(created.configuration(AuthMethodKind::Email)->enabled);
    QVERIFY(created.configuration(AuthMethodKind::Email)->includesAllUsers());
    QVERIFY(created.configuration(AuthMethodKind::Voice)->enabled);
    QCOMPARE(created.configuration(AuthMethodKind::Voice)->includeTargets.size(), 1);
    QVERIFY(created.configuration(AuthMethodKind::Voice)->includesGroup(kGroup));
}

void TestAuthMethodsPolicy::effectiveLegacyPolicy_data()
{
    QTest::addColumn<PolicyMigrationState>("state");
    QTest::addColumn<QString>("legacyMethods");
    QTest::addColumn<QString>("effective");

    using S = PolicyMigrationState;
    // The unified policy below offers email to all users, SMS only to another group, Authenticator without OTP.
    QTest::newRow("pre-migration: legacy only") << S::PreMigration << u"mobilePhone"_s << u"mobilePhone"_s;
    QTest::newRow("in progress: union") << S::MigrationInProgress << u"mobilePhone"_s
                                        << u"mobileAppNotification,email,mobilePhone"_s;
    QTest::newRow("in progress, no legacy method")
        << S::MigrationInProgress << u"none"_s << u"mobileAppNotification,email"_s;
    QTest::newRow("complete: unified only")
        << S::MigrationComplete << u"mobilePhone,mobileAppCode"_s << u"mobileAppNotification,email"_s;
    QTest::newRow("complete keeps security questions")
        << S::MigrationComplete << u"securityQuestions"_s << u"mobileAppNotification,email,securityQuestions"_s;
    QTest::newRow("complete drops security questions not ticked")
        << S::MigrationComplete << u"email"_s << u"mobileAppNotification,email"_s;
}

void TestAuthMethodsPolicy::effectiveLegacyPolicy()
{
    QFETCH(PolicyMigrationState, state);
    QFETCH(QString, legacyMethods);
    QFETCH(QString, effective);

    AuthMethodsPolicy policy = allDisabled();
    policy.policyMigrationState = state;
    policy.ensureConfiguration(AuthMethodKind::Email).enabled = true;
    MethodConfiguration &sms = policy.ensureConfiguration(AuthMethodKind::Sms);
    sms.enabled = true;
    sms.includeTargets = {MethodTarget::group(kOtherGroup)};
    policy.ensureConfiguration(AuthMethodKind::MicrosoftAuthenticator).enabled = true;

    const SsprPolicy legacy = legacyWith(SsprEnablement::Selected, legacyMethods);
    const SsprPolicy result = policy.effectiveLegacyPolicy(legacy);
    QCOMPARE(methodsOf(result), effective);
    // Only the method list is a view; every other setting is the legacy policy's own.
    SsprPolicy others = result;
    for (SsprMethod method : kAllSsprMethods)
        others.setMethodEnabled(method, legacy.methodEnabled(method));
    QCOMPARE(others, legacy);
}

QTEST_GUILESS_MAIN(TestAuthMethodsPolicy)
#include "tst_authmethodspolicy.moc"
