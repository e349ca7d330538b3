#include "demotenant.h"
#include "policykeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Sspr::Core;
using namespace Qt::StringLiterals;

namespace {

const QString kGroup = u"0f6a3b1e-8c0d-4f1a-9b7e-2d3c4b5a6f70"_s;

// Every field set away from its default, so a round trip that drops one is caught.
SsprPolicy richPolicy()
{
    SsprPolicy policy;
    policy.enablement = SsprEnablement::Selected;
    policy.groupId = kGroup;
    policy.methodsRequired = 2;
    policy.mobileAppNotification = true;
    policy.mobileAppCode = true;
    policy.email = false;
    policy.mobilePhone = true;
    policy.officePhone = true;
    policy.securityQuestions = true;
    policy.questionsToRegister = 5;
    policy.questionsToReset = 4;
    policy.questions = {{false, u"predefined:1"_s, u"In what city was your first job?"_s},
        {true, QString(), u"Wie hieß Ihr erstes Haustier? \"Bello\"?"_s},
        {true, QString(), u"¿Cuál fue tu primer coche? 🚗"_s}};
    policy.registrationRequired = false;
    policy.reconfirmDays = 365;
    policy.notifyUsers = false;
    policy.notifyAdmins = true;
    policy.customizeHelpdeskLink = true;
    policy.helpdeskEmailOrUrl = u"https://support.fabrikam.com/reset?a=1&b=2"_s;
    policy.writebackEnabled = true;
    policy.writebackCloudSync = true;
    policy.unlockWithoutReset = true;
    policy.allowedToUseSspr = false;
    return policy;
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestPolicyKeys : public QObject
{
    Q_OBJECT

private slots:
    void toJsonHasThePortalShape();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void readsThePortalPayload();
    void jsonErrors_data();
    void jsonErrors();
    void applyKeyValue_data();
    void applyKeyValue();
    void applyKeyValueErrors_data();
    void applyKeyValueErrors();
    void assignments();
    void textRoundTripForEveryKey();
    void keyList();
};

void TestPolicyKeys::toJsonHasThePortalShape()
{
    const QJsonObject json = toJson(richPolicy());
    const QStringList expected {u"enablementType"_s, u"passwordResetEnabledGroupIds"_s,
        u"numberOfAuthenticationMethodsRequired"_s, u"emailOptionEnabled"_s, u"mobilePhoneOptionEnabled"_s,
        u"officePhoneOptionEnabled"_s, u"securityQuestionsOptionEnabled"_s, u"mobileAppNotificationEnabled"_s,
        u"mobileAppCodeEnabled"_s, u"numberOfQuestionsToRegister"_s, u"numberOfQuestionsToReset"_s,
        u"securityQuestions"_s, u"registrationRequiredOnSignIn"_s, u"registrationReconfirmIntevalInDays"_s,
        u"customizeHelpdeskLink"_s, u"customHelpdeskEmailOrUrl"_s, u"notifyUsersOnPasswordReset"_s,
        u"notifyOnAdminPasswordReset"_s, u"writebackEnabled"_s, u"writebackCloudSync"_s, u"unlockWithoutReset"_s,
        u"allowedToUseSSPR"_s};
    const QStringList keys = json.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), QSet<QString>(expected.cbegin(), expected.cend()));
    QCOMPARE(json.value(u"enablementType"_s), QJsonValue(1));
    QCOMPARE(json.value(u"passwordResetEnabledGroupIds"_s), QJsonValue(QJsonArray {kGroup}));
    QCOMPARE(json.value(u"registrationReconfirmIntevalInDays"_s), QJsonValue(365));
    QCOMPARE(json.value(u"securityQuestions"_s).toArray().size(), 3);
    QCOMPARE(
        json.value(u"securityQuestions"_s).toArray().at(0).toObject().value(u"key"_s), QJsonValue(u"predefined:1"_s));

    SsprPolicy all = richPolicy();
    all.enablement = SsprEnablement::All;
    all.groupId.clear();
    QCOMPARE(toJson(all).value(u"enablementType"_s), QJsonValue(2));
    QCOMPARE(toJson(all).value(u"passwordResetEnabledGroupIds"_s), QJsonValue(QJsonArray()));
}

void TestPolicyKeys::jsonRoundTrip_data()
{
    QTest::addColumn<SsprPolicy>("policy");
    QTest::newRow("defaults") << SsprPolicy();
    QTest::newRow("rich") << richPolicy();
    QTest::newRow("demo") << DemoTenantGenerator(10, 1).defaultPolicy(kGroup);
    SsprPolicy none;
    none.enablement = SsprEnablement::None;
    none.email = false;
    none.mobilePhone = false;
    QTest::newRow("nothing enabled") << none;
}

void TestPolicyKeys::jsonRoundTrip()
{
    QFETCH(SsprPolicy, policy);
    const QJsonObject json = toJson(policy);
    Result<SsprPolicy> back = ssprPolicyFromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back.value(), policy);
    // Through text too, as `ssprctl policy show --json` writes it.
    const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QCOMPARE(ssprPolicyFromJson(reparsed).value(), policy);
}

void TestPolicyKeys::readsThePortalPayload()
{
    // The payload observed from the portal's PasswordResetPolicies endpoint (graph-facts §1.3), verbatim.
    const QJsonObject payload = parse(
        R"({"objectId":"default","enablementType":1,"numberOfAuthenticationMethodsRequired":1,
        "emailOptionEnabled":true,"mobilePhoneOptionEnabled":true,"officePhoneOptionEnabled":false,
        "securityQuestionsOptionEnabled":false,"mobileAppNotificationEnabled":false,"mobileAppCodeEnabled":false,
        "numberOfQuestionsToRegister":5,"numberOfQuestionsToReset":3,"registrationRequiredOnSignIn":true,
        "registrationReconfirmIntevalInDays":180,"skipRegistrationAllowed":true,"skipRegistrationMaxAllowedDays":7,
        "customizeHelpdeskLink":false,"customHelpdeskEmailOrUrl":"","notifyUsersOnPasswordReset":true,
        "notifyOnAdminPasswordReset":false,"passwordResetEnabledGroupIds":["0f6a3b1e-8c0d-4f1a-9b7e-2d3c4b5a6f70"],
        "passwordResetEnabledGroupName":"","securityQuestions":[],"registrationConditionalAccessPolicies":[],
        "emailOptionAllowed":true,"mobilePhoneOptionAllowed":true,"officePhoneOptionAllowed":true,
        "securityQuestionsOptionAllowed":true,"mobileAppNotificationOptionAllowed":true,
        "mobileAppCodeOptionAllowed":true})");
    QVERIFY(!payload.isEmpty());
    SsprPolicy base;
    base.writebackEnabled = true; // not in the portal payload: kept from the base
    Result<SsprPolicy> policy = ssprPolicyFromJson(payload, base);
    QVERIFY2(policy.ok(), qPrintable(policy.errorMessage()));
    QCOMPARE(policy->enablement, SsprEnablement::Selected);
    QCOMPARE(policy->groupId, kGroup);
    QCOMPARE(policy->methodsRequired, 1);
    QVERIFY(policy->email);
    QVERIFY(policy->mobilePhone);
    QVERIFY(!policy->officePhone);
    QCOMPARE(policy->questionsToRegister, 5);
    QCOMPARE(policy->questionsToReset, 3);
    QCOMPARE(policy->reconfirmDays, 180);
    QVERIFY(policy->notifyUsers);
    QVERIFY(!policy->notifyAdmins);
    QVERIFY(policy->writebackEnabled);

    // The corrected spelling is accepted as well; both spellings must agree.
    QJsonObject corrected = payload;
    corrected.remove(u"registrationReconfirmIntevalInDays"_s);
    corrected.insert(u"registrationReconfirmIntervalInDays"_s, 90);
    QCOMPARE(ssprPolicyFromJson(corrected)->reconfirmDays, 90);
    QJsonObject both = payload;
    both.insert(u"registrationReconfirmIntervalInDays"_s, 180);
    QCOMPARE(ssprPolicyFromJson(both)->reconfirmDays, 180);
    both.insert(u"registrationReconfirmIntervalInDays"_s, 90);
    QVERIFY(!ssprPolicyFromJson(both).ok());
    // enablementType as a word, as `ssprctl` users may write it.
    QCOMPARE(ssprPolicyFromJson(parse(R"({"enablementType":"all"})"))->enablement, SsprEnablement::All);
}

void TestPolicyKeys::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown key") << QByteArray(R"({"emailOptionEnable":true})") << u"emailOptionEnable"_s;
    QTest::newRow("bool as string") << QByteArray(R"({"emailOptionEnabled":"true"})") << u"emailOptionEnabled"_s;
    QTest::newRow("bool as number") << QByteArray(R"({"notifyOnAdminPasswordReset":1})")
                                    << u"notifyOnAdminPasswordReset"_s;
    QTest::newRow("int as fraction") << QByteArray(R"({"numberOfQuestionsToReset":3.5})")
                                     << u"numberOfQuestionsToReset"_s;
    QTest::newRow("int as string") << QByteArray(R"({"numberOfQuestionsToReset":"3"})")
                                   << u"numberOfQuestionsToReset"_s;
    QTest::newRow("int too large") << QByteArray(R"({"registrationReconfirmIntevalInDays":1e12})")
                                   << u"registrationReconfirmIntevalInDays"_s;
    QTest::newRow("enablement 3") << QByteArray(R"({"enablementType":3})") << u"enablementType"_s;
    QTest::newRow("enablement word") << QByteArray(R"({"enablementType":"some"})") << u"enablementType"_s;
    QTest::newRow("two groups") << QByteArray(R"({"passwordResetEnabledGroupIds":["a","b"]})")
                                << u"passwordResetEnabledGroupIds"_s;
    QTest::newRow("group as string") << QByteArray(R"({"passwordResetEnabledGroupIds":"a"})")
                                     << u"passwordResetEnabledGroupIds"_s;
    QTest::newRow("group as number") << QByteArray(R"({"passwordResetEnabledGroupIds":[7]})")
                                     << u"passwordResetEnabledGroupIds"_s;
    QTest::newRow("question as number") << QByteArray(R"({"securityQuestions":[7]})") << u"securityQuestions"_s;
    QTest::newRow("question without text")
        << QByteArray(R"({"securityQuestions":[{"key":"predefined:1"}]})") << u"securityQuestions"_s;
    QTest::newRow("question with unknown field")
        << QByteArray(R"({"securityQuestions":[{"text":"x","txt":"y"}]})") << u"securityQuestions"_s;
    QTest::newRow("helpdesk as bool") << QByteArray(R"({"customHelpdeskEmailOrUrl":false})")
                                      << u"customHelpdeskEmailOrUrl"_s;
    QTest::newRow("methods as string") << QByteArray(R"({"methodsAvailable":"email"})") << u"methodsAvailable"_s;
}

void TestPolicyKeys::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QVERIFY(!object.isEmpty());
    const Result<SsprPolicy> policy = ssprPolicyFromJson(object);
    QVERIFY(!policy.ok());
    QVERIFY2(policy.errorMessage().contains(mentions), qPrintable(policy.errorMessage()));
}

void TestPolicyKeys::applyKeyValue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("text"); // policyValueText() afterwards

    QTest::newRow("enablement word") << u"enablementType"_s << u"selected"_s << u"enablementType"_s << u"selected"_s;
    QTest::newRow("enablement word, any case") << u"enablementType"_s << u"ALL"_s << u"enablementType"_s << u"all"_s;
    QTest::newRow("enablement 0") << u"enablementType"_s << u"0"_s << u"enablementType"_s << u"none"_s;
    QTest::newRow("enablement 2") << u"enablementType"_s << u"2"_s << u"enablementType"_s << u"all"_s;
    QTest::newRow("bool true") << u"emailOptionEnabled"_s << u"true"_s << u"emailOptionEnabled"_s << u"true"_s;
    QTest::newRow("bool False") << u"emailOptionEnabled"_s << u"False"_s << u"emailOptionEnabled"_s << u"false"_s;
    QTest::newRow("bool yes") << u"officePhoneOptionEnabled"_s << u"yes"_s << u"officePhoneOptionEnabled"_s
                              << u"true"_s;
    QTest::newRow("bool NO") << u"mobilePhoneOptionEnabled"_s << u"NO"_s << u"mobilePhoneOptionEnabled"_s << u"false"_s;
    QTest::newRow("bool 1") << u"writebackEnabled"_s << u"1"_s << u"writebackEnabled"_s << u"true"_s;
    QTest::newRow("bool 0") << u"allowedToUseSSPR"_s << u"0"_s << u"allowedToUseSSPR"_s << u"false"_s;
    QTest::newRow("key in any case") << u"NOTIFYONADMINPASSWORDRESET"_s << u"true"_s << u"notifyOnAdminPasswordReset"_s
                                     << u"true"_s;
    QTest::newRow("int") << u"numberOfAuthenticationMethodsRequired"_s << u"2"_s
                         << u"numberOfAuthenticationMethodsRequired"_s << u"2"_s;
    QTest::newRow("int out of range is the validator's")
        << u"numberOfQuestionsToRegister"_s << u"9"_s << u"numberOfQuestionsToRegister"_s << u"9"_s;
    QTest::newRow("negative int") << u"registrationReconfirmIntevalInDays"_s << u"-1"_s
                                  << u"registrationReconfirmIntevalInDays"_s << u"-1"_s;
    QTest::newRow("portal spelling") << u"registrationReconfirmIntevalInDays"_s << u"90"_s
                                     << u"registrationReconfirmIntevalInDays"_s << u"90"_s;
    QTest::newRow("corrected spelling") << u"registrationReconfirmIntervalInDays"_s << u"730"_s
                                        << u"registrationReconfirmIntevalInDays"_s << u"730"_s;
    QTest::newRow("group") << u"passwordResetEnabledGroupIds"_s << kGroup << u"passwordResetEnabledGroupIds"_s
                           << kGroup;
    QTest::newRow("group as array") << u"passwordResetEnabledGroupIds"_s << u"[\"%1\"]"_s.arg(kGroup)
                                    << u"passwordResetEnabledGroupIds"_s << kGroup;
    QTest::newRow("group cleared") << u"passwordResetEnabledGroupIds"_s << QString()
                                   << u"passwordResetEnabledGroupIds"_s << QString();
    QTest::newRow("methods") << u"methodsAvailable"_s << u"mobilePhone, email"_s << u"methodsAvailable"_s
                             << u"email,mobilePhone"_s;
    QTest::newRow("methods, any case") << u"methodsAvailable"_s << u"MOBILEAPPCODE,securityquestions"_s
                                       << u"methodsAvailable"_s << u"mobileAppCode,securityQuestions"_s;
    QTest::newRow("no methods") << u"methodsAvailable"_s << u"none"_s << u"methodsAvailable"_s << u"none"_s;
    QTest::newRow("questions") << u"securityQuestions"_s
                               << u"[\"Custom?\",{\"key\":\"predefined:2\",\"text\":\"Pet?\"}]"_s
                               << u"securityQuestions"_s
                               << u"[{\"custom\":true,\"key\":\"\",\"text\":\"Custom?\"},"
                                  "{\"custom\":false,\"key\":\"predefined:2\",\"text\":\"Pet?\"}]"_s;
    QTest::newRow("helpdesk kept verbatim")
        << u"customHelpdeskEmailOrUrl"_s << u" javascript:x "_s << u"customHelpdeskEmailOrUrl"_s << u" javascript:x "_s;
}

void TestPolicyKeys::applyKeyValue()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, canonical);
    QFETCH(QString, text);

    SsprPolicy policy;
    policy.groupId = u"previous"_s;
    const Status status = Sspr::Core::applyKeyValue(policy, key, value);
    QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
    QCOMPARE(canonicalPolicyKey(key), canonical);
    QCOMPARE(policyValueText(policy, key).value(), text);
}

void TestPolicyKeys::applyKeyValueErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown key") << u"emailEnabled"_s << u"true"_s << u"Unknown setting"_s;
    QTest::newRow("empty key") << QString() << u"true"_s << u"Unknown setting"_s;
    QTest::newRow("portal read-only key") << u"objectId"_s << u"default"_s << u"Unknown setting"_s;
    QTest::newRow("bool maybe") << u"emailOptionEnabled"_s << u"maybe"_s << u"emailOptionEnabled"_s;
    QTest::newRow("bool with space") << u"emailOptionEnabled"_s << u"true "_s << u"emailOptionEnabled"_s;
    QTest::newRow("bool 2") << u"emailOptionEnabled"_s << u"2"_s << u"emailOptionEnabled"_s;
    QTest::newRow("bool on") << u"emailOptionEnabled"_s << u"on"_s << u"emailOptionEnabled"_s;
    QTest::newRow("bool empty") << u"emailOptionEnabled"_s << QString() << u"emailOptionEnabled"_s;
    QTest::newRow("int word") << u"numberOfQuestionsToReset"_s << u"three"_s << u"numberOfQuestionsToReset"_s;
    QTest::newRow("int fraction") << u"numberOfQuestionsToReset"_s << u"3.0"_s << u"numberOfQuestionsToReset"_s;
    QTest::newRow("int plus") << u"numberOfQuestionsToReset"_s << u"+3"_s << u"numberOfQuestionsToReset"_s;
    QTest::newRow("int space") << u"numberOfQuestionsToReset"_s << u" 3"_s << u"numberOfQuestionsToReset"_s;
    QTest::newRow("int hex") << u"numberOfQuestionsToReset"_s << u"0x3"_s << u"numberOfQuestionsToReset"_s;
    QTest::newRow("int empty") << u"numberOfQuestionsToReset"_s << QString() << u"numberOfQuestionsToReset"_s;
    QTest::newRow("int overflow") << u"registrationReconfirmIntevalInDays"_s << u"99999999999"_s
                                  << u"registrationReconfirmIntevalInDays"_s;
    QTest::newRow("enablement word") << u"enablementType"_s << u"some"_s << u"enablementType"_s;
    QTest::newRow("enablement 3") << u"enablementType"_s << u"3"_s << u"enablementType"_s;
    QTest::newRow("enablement empty") << u"enablementType"_s << QString() << u"enablementType"_s;
    QTest::newRow("two groups") << u"passwordResetEnabledGroupIds"_s << u"a,b"_s << u"exactly one group"_s;
    QTest::newRow("two groups, space") << u"passwordResetEnabledGroupIds"_s << u"a b"_s << u"exactly one group"_s;
    QTest::newRow("two groups, array") << u"passwordResetEnabledGroupIds"_s << u"[\"a\",\"b\"]"_s
                                       << u"exactly one group"_s;
    QTest::newRow("group array of number")
        << u"passwordResetEnabledGroupIds"_s << u"[1]"_s << u"passwordResetEnabledGroupIds"_s;
    QTest::newRow("group array of empty")
        << u"passwordResetEnabledGroupIds"_s << u"[\"\"]"_s << u"passwordResetEnabledGroupIds"_s;
    QTest::newRow("group broken array") << u"passwordResetEnabledGroupIds"_s << u"[oops"_s
                                        << u"passwordResetEnabledGroupIds"_s;
    QTest::newRow("unknown method") << u"methodsAvailable"_s << u"email,sms"_s << u"\"sms\""_s;
    QTest::newRow("empty method") << u"methodsAvailable"_s << u"email,,mobilePhone"_s << u"methodsAvailable"_s;
    QTest::newRow("questions not json") << u"securityQuestions"_s << u"Pet?"_s << u"securityQuestions"_s;
    QTest::newRow("questions object") << u"securityQuestions"_s << u"{}"_s << u"securityQuestions"_s;
    QTest::newRow("questions of numbers") << u"securityQuestions"_s << u"[1]"_s << u"securityQuestions"_s;
    QTest::newRow("question with bad custom")
        << u"securityQuestions"_s << u"[{\"text\":\"x\",\"custom\":1}]"_s << u"securityQuestions"_s;
}

void TestPolicyKeys::applyKeyValueErrors()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, mentions);

    const SsprPolicy before = richPolicy();
    SsprPolicy policy = before;
    const Status status = Sspr::Core::applyKeyValue(policy, key, value);
    QVERIFY(!status.ok());
    QVERIFY2(status.errorMessage().contains(mentions), qPrintable(status.errorMessage()));
    QCOMPARE(policy, before); // nothing changed
}

void TestPolicyKeys::assignments()
{
    SsprPolicy policy;
    QVERIFY(applyAssignment(policy, u"emailOptionEnabled=false"_s).ok());
    QVERIFY(!policy.email);
    QVERIFY(applyAssignment(policy, u"customHelpdeskEmailOrUrl=https://x.example/?a=b"_s).ok());
    QCOMPARE(policy.helpdeskEmailOrUrl, u"https://x.example/?a=b"_s);
    QVERIFY(applyAssignment(policy, u"customHelpdeskEmailOrUrl="_s).ok());
    QVERIFY(policy.helpdeskEmailOrUrl.isEmpty());
    QVERIFY(!applyAssignment(policy, u"emailOptionEnabled"_s).ok());
    QVERIFY(!applyAssignment(policy, u"=true"_s).ok());
    QVERIFY(applyAssignment(policy, u"nope=1"_s).errorMessage().contains(u"nope"_s));
}

void TestPolicyKeys::textRoundTripForEveryKey()
{
    const SsprPolicy source = richPolicy();
    for (const PolicyKeyInfo &info : policyKeyInfos()) {
        const Result<QString> text = policyValueText(source, info.key);
        QVERIFY2(text.ok(), qPrintable(info.key));
        SsprPolicy target;
        const Status status = Sspr::Core::applyKeyValue(target, info.key, text.value());
        QVERIFY2(status.ok(), qPrintable(info.key + u": "_s + status.errorMessage()));
        QCOMPARE(policyValue(target, info.key).value(), policyValue(source, info.key).value());
    }
    // Applying every key of the source one by one rebuilds it.
    SsprPolicy rebuilt;
    for (const PolicyKeyInfo &info : policyKeyInfos())
        QVERIFY(Sspr::Core::applyKeyValue(rebuilt, info.key, policyValueText(source, info.key).value()).ok());
    QCOMPARE(rebuilt, source);
}

void TestPolicyKeys::keyList()
{
    const QList<PolicyKeyInfo> infos = policyKeyInfos();
    QSet<QString> keys;
    for (const PolicyKeyInfo &info : infos) {
        QVERIFY(!info.description.isEmpty());
        QVERIFY(!info.valueSyntax.isEmpty());
        QCOMPARE(canonicalPolicyKey(info.key), info.key);
        keys.insert(info.key);
    }
    QCOMPARE(keys.size(), infos.size());
    // Every key of the JSON shape can be set, plus methodsAvailable.
    const QStringList jsonKeys = toJson(SsprPolicy()).keys();
    for (const QString &key : jsonKeys)
        QVERIFY2(keys.contains(key), qPrintable(key));
    QCOMPARE(keys.size(), jsonKeys.size() + 1);
    QVERIFY(keys.contains(PolicyKeys::MethodsAvailable.toString()));
    for (SsprMethod method : kAllSsprMethods)
        QVERIFY(keys.contains(policyKeyForMethod(method)));

    QCOMPARE(canonicalPolicyKey(u"registrationReconfirmIntervalInDays"), u"registrationReconfirmIntevalInDays"_s);
    QCOMPARE(canonicalPolicyKey(u"ALLOWEDTOUSESSPR"), u"allowedToUseSSPR"_s);
    QVERIFY(canonicalPolicyKey(u"objectId").isEmpty());
    QVERIFY(canonicalPolicyKey(u"").isEmpty());

    const QString help = policyKeysHelp();
    for (const QString &key : keys)
        QVERIFY2(help.contains(u"  "_s + key + u'='), qPrintable(key));
    QVERIFY(help.contains(u"registrationReconfirmIntervalInDays"_s));
}

QTEST_GUILESS_MAIN(TestPolicyKeys)
#include "tst_policykeys.moc"
