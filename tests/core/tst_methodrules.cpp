#include "methodrules.h"
#include "phonenumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sspr::Core;
using namespace Sspr::Core::MethodRules;

namespace {

// The methods of a test user from a compact list of type keys, e.g. "mobile,office,softwareOath*3".
QList<AuthMethod> methodsFrom(const QString &spec)
{
    QList<AuthMethod> methods;
    for (const QString &item : spec.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(u'*');
        MethodType type;
        if (!methodTypeFromKey(parts.first(), &type))
            qFatal("unknown method type key in test spec");
        const int count = parts.size() > 1 ? parts.at(1).toInt() : 1;
        for (int i = 0; i < count; ++i) {
            AuthMethod method;
            method.type = type;
            method.id = fixedMethodId(type);
            if (method.id.isEmpty())
                method.id = u"%1-%2"_s.arg(methodTypeKey(type)).arg(i);
            switch (type) {
            case MethodType::MobilePhone:
                method.value = u"+1 2015550123"_s;
                break;
            case MethodType::AlternateMobilePhone:
                method.value = u"+1 2015550124"_s;
                break;
            case MethodType::OfficePhone:
                method.value = u"+1 2015550125x12"_s;
                break;
            case MethodType::Email:
                method.value = u"kim@contoso.com"_s;
                break;
            case MethodType::TemporaryAccessPass:
                method.createdAt = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
                break;
            default:
                method.value = methodTypeDisplayName(type);
                break;
            }
            methods.append(method);
        }
    }
    return methods;
}

MethodType typeFromKey(const QString &key)
{
    MethodType type = MethodType::MobilePhone;
    if (!methodTypeFromKey(key, &type))
        qFatal("unknown method type key in test data");
    return type;
}

} // namespace

class TestMethodRules final : public QObject
{
    Q_OBJECT

private slots:
    void canAddMethodType_eachKind_data();
    void canAddMethodType_eachKind();
    void canAddPhone_rules_data();
    void canAddPhone_rules();
    void canUpdatePhone_rules_data();
    void canUpdatePhone_rules();
    void canDeleteMethod_rules_data();
    void canDeleteMethod_rules();
    void canAddEmail_oneValidAddress_data();
    void canAddEmail_oneValidAddress();
    void validateEmailAddress_data();
    void validateEmailAddress();
    void canUpdateEmail_needsAnEmailMethod();
    void canAddTemporaryAccessPass_rules_data();
    void canAddTemporaryAccessPass_rules();
    void canAddOathToken_atMostFive_data();
    void canAddOathToken_atMostFive();
    void ssprUsability_perMethod_data();
    void ssprUsability_perMethod();
};

void TestMethodRules::canAddMethodType_eachKind_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("mobile, empty user") << QString() << u"mobile"_s << true << QString();
    QTest::newRow("mobile twice") << u"mobile"_s << u"mobile"_s << false << u"Edit that number"_s;
    QTest::newRow("alternate without mobile")
        << u"office"_s << u"alternateMobile"_s << false << u"Add the mobile phone first"_s;
    QTest::newRow("alternate with mobile") << u"mobile"_s << u"alternateMobile"_s << true << QString();
    QTest::newRow("alternate twice") << u"mobile,alternateMobile"_s << u"alternateMobile"_s << false
                                     << u"each phone type"_s;
    QTest::newRow("office, empty user") << QString() << u"office"_s << true << QString();
    QTest::newRow("office twice") << u"office"_s << u"office"_s << false << u"delete it first"_s;
    QTest::newRow("email, empty user") << u"password"_s << u"email"_s << true << QString();
    QTest::newRow("email twice") << u"email"_s << u"email"_s << false << u"Edit that address"_s;
    QTest::newRow("TAP, none yet") << QString() << u"temporaryAccessPass"_s << true << QString();
    QTest::newRow("TAP replaces") << u"temporaryAccessPass"_s << u"temporaryAccessPass"_s << true << QString();
    QTest::newRow("hardware OATH, 4 tokens")
        << u"softwareOath*2,hardwareOath*2"_s << u"hardwareOath"_s << true << QString();
    QTest::newRow("software OATH, 5 tokens")
        << u"softwareOath*3,hardwareOath*2"_s << u"softwareOath"_s << false << u"maximum is 5"_s;
    QTest::newRow("Authenticator") << QString() << u"microsoftAuthenticator"_s << false << u"Temporary Access Pass"_s;
    QTest::newRow("FIDO2") << QString() << u"fido2"_s << false << u"registered by the user"_s;
    QTest::newRow("Windows Hello") << QString() << u"windowsHelloForBusiness"_s << false << u"registered by the user"_s;
    QTest::newRow("password") << u"password"_s << u"password"_s << false << u"Reset password"_s;
}

void TestMethodRules::canAddMethodType_eachKind()
{
    QFETCH(QString, existing);
    QFETCH(QString, type);
    QFETCH(bool, accepted);
    QFETCH(QString, fragment);

    const Status status = canAddMethodType(methodsFrom(existing), typeFromKey(type));
    QCOMPARE(status.ok(), accepted);
    if (!accepted)
        QVERIFY2(status.errorMessage().contains(fragment), qPrintable(status.errorMessage()));
}

void TestMethodRules::canAddPhone_rules_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("mobile") << QString() << u"mobile"_s << u"+44 7400 123456"_s << true << QString();
    QTest::newRow("mobile beside office") << u"office"_s << u"mobile"_s << u"+44 7400 123456"_s << true << QString();
    QTest::newRow("second mobile") << u"mobile"_s << u"mobile"_s << u"+44 7400 123456"_s << false << u"+1 2015550123"_s;
    QTest::newRow("alternate needs mobile")
        << QString() << u"alternateMobile"_s << u"+44 7400 123456"_s << false << u"needs a mobile phone"_s;
    QTest::newRow("alternate with mobile")
        << u"mobile"_s << u"alternateMobile"_s << u"+44 7400 123456"_s << true << QString();
    QTest::newRow("second alternate") << u"mobile,alternateMobile"_s << u"alternateMobile"_s << u"+44 7400 123457"_s
                                      << false << u"each phone type"_s;
    QTest::newRow("office") << QString() << u"office"_s << u"+44 20 7946 0018"_s << true << QString();
    QTest::newRow("office with extension")
        << QString() << u"office"_s << u"+44 20 7946 0018 ext. 42"_s << true << QString();
    QTest::newRow("second office") << u"office"_s << u"office"_s << u"+44 20 7946 0019"_s << false
                                   << u"each phone type"_s;
    QTest::newRow("mobile with extension") << QString() << u"mobile"_s << u"+1 201 555 0123 x7"_s << false
                                           << u"Only an office phone can have an extension"_s;
    QTest::newRow("alternate with extension")
        << u"mobile"_s << u"alternateMobile"_s << u"+1 201 555 0124 x7"_s << false << u"Remove the extension (x7)"_s;
    QTest::newRow("invalid number") << QString() << u"mobile"_s << u"+1 200 555 0100"_s << false
                                    << u"United States (+1)"_s;
    QTest::newRow("letters") << QString() << u"office"_s << u"1-800-FLOWERS"_s << false << u"letters"_s;
    QTest::newRow("empty number") << QString() << u"mobile"_s << QString() << false << u"Enter a phone number"_s;
    QTest::newRow("email is not a phone type")
        << QString() << u"email"_s << u"+44 7400 123456"_s << false << u"not a phone type"_s;
}

void TestMethodRules::canAddPhone_rules()
{
    QFETCH(QString, existing);
    QFETCH(QString, type);
    QFETCH(QString, number);
    QFETCH(bool, accepted);
    QFETCH(QString, fragment);

    const Status status = canAddPhone(methodsFrom(existing), typeFromKey(type), PhoneNumber::parse(number));
    QVERIFY2(status.ok() == accepted, qPrintable(status.errorMessage()));
    if (!accepted)
        QVERIFY2(status.errorMessage().contains(fragment), qPrintable(status.errorMessage()));
}

void TestMethodRules::canUpdatePhone_rules_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("methodId");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("fragment");

    const QString mobileId = QString::fromUtf16(MethodIds::Mobile);
    const QString officeId = QString::fromUtf16(MethodIds::Office);
    const QString alternateId = QString::fromUtf16(MethodIds::AlternateMobile);

    QTest::newRow("new mobile number") << u"mobile"_s << mobileId << u"mobile"_s << u"+44 7400 123456"_s << true
                                       << QString();
    QTest::newRow("id in upper case") << u"mobile"_s << mobileId.toUpper() << u"mobile"_s << u"+44 7400 123456"_s
                                      << true << QString();
    QTest::newRow("office keeps an extension")
        << u"office"_s << officeId << u"office"_s << u"+44 20 7946 0018 x9"_s << true << QString();
    QTest::newRow("alternate new number") << u"mobile,alternateMobile"_s << alternateId << u"alternateMobile"_s
                                          << u"+44 7400 123457"_s << true << QString();
    QTest::newRow("mobile gains extension")
        << u"mobile"_s << mobileId << u"mobile"_s << u"+44 7400 123456 x9"_s << false << u"Only an office phone"_s;
    QTest::newRow("type change refused") << u"mobile"_s << mobileId << u"office"_s << u"+44 20 7946 0018"_s << false
                                         << u"type cannot be changed"_s;
    QTest::newRow("alternate to mobile refused") << u"mobile,alternateMobile"_s << alternateId << u"mobile"_s
                                                 << u"+44 7400 123457"_s << false << u"then delete the phone"_s;
    QTest::newRow("unknown id") << u"mobile"_s << officeId << u"office"_s << u"+44 20 7946 0018"_s << false
                                << u"Reload"_s;
    QTest::newRow("email is not a phone") << u"email"_s << QString::fromUtf16(MethodIds::Email) << u"mobile"_s
                                          << u"+44 7400 123456"_s << false << u"not a phone"_s;
    QTest::newRow("invalid number") << u"mobile"_s << mobileId << u"mobile"_s << u"+44 6000 123456"_s << false
                                    << u"United Kingdom (+44)"_s;
    QTest::newRow("requested type not a phone")
        << u"mobile"_s << mobileId << u"email"_s << u"+44 7400 123456"_s << false << u"not a phone type"_s;
}

void TestMethodRules::canUpdatePhone_rules()
{
    QFETCH(QString, existing);
    QFETCH(QString, methodId);
    QFETCH(QString, type);
    QFETCH(QString, number);
    QFETCH(bool, accepted);
    QFETCH(QString, fragment);

    const Status status
        = canUpdatePhone(methodsFrom(existing), methodId, typeFromKey(type), PhoneNumber::parse(number));
    QVERIFY2(status.ok() == accepted, qPrintable(status.errorMessage()));
    if (!accepted)
        QVERIFY2(status.errorMessage().contains(fragment), qPrintable(status.errorMessage()));
}

void TestMethodRules::canDeleteMethod_rules_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("methodId");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("fragment");

    const QString mobileId = QString::fromUtf16(MethodIds::Mobile);
    QTest::newRow("password never") << u"password,mobile"_s << QString::fromUtf16(MethodIds::Password) << false
                                    << u"Reset password"_s;
    QTest::newRow("mobile while alternate exists")
        << u"mobile,alternateMobile"_s << mobileId << false << u"then delete the alternate mobile phone"_s;
    QTest::newRow("mobile alone") << u"password,mobile"_s << mobileId << true << QString();
    QTest::newRow("mobile beside office") << u"mobile,office"_s << mobileId << true << QString();
    QTest::newRow("alternate") << u"mobile,alternateMobile"_s << QString::fromUtf16(MethodIds::AlternateMobile) << true
                               << QString();
    QTest::newRow("office") << u"office"_s << QString::fromUtf16(MethodIds::Office) << true << QString();
    QTest::newRow("email") << u"email"_s << QString::fromUtf16(MethodIds::Email) << true << QString();
    QTest::newRow("TAP") << u"temporaryAccessPass"_s << u"temporaryAccessPass-0"_s << true << QString();
    QTest::newRow("OATH token") << u"softwareOath*2"_s << u"softwareOath-1"_s << true << QString();
    QTest::newRow("unknown id") << u"mobile"_s << u"no-such-id"_s << false << u"no method with id"_s;
}

void TestMethodRules::canDeleteMethod_rules()
{
    QFETCH(QString, existing);
    QFETCH(QString, methodId);
    QFETCH(bool, accepted);
    QFETCH(QString, fragment);

    const Status status = canDeleteMethod(methodsFrom(existing), methodId);
    QVERIFY2(status.ok() == accepted, qPrintable(status.errorMessage()));
    if (!accepted)
        QVERIFY2(status.errorMessage().contains(fragment), qPrintable(status.errorMessage()));
}

void TestMethodRules::canAddEmail_oneValidAddress_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("first email") << u"password,mobile"_s << u"kim@contoso.com"_s << true << QString();
    QTest::newRow("second email") << u"email"_s << u"kim.other@contoso.com"_s << false << u"only one"_s;
    QTest::newRow("invalid address") << QString() << u"kim@contoso"_s << false << u"contoso.com"_s;
}

void TestMethodRules::canAddEmail_oneValidAddress()
{
    QFETCH(QString, existing);
    QFETCH(QString, address);
    QFETCH(bool, accepted);
    QFETCH(QString, fragment);

    const Status status = canAddEmail(methodsFrom(existing), address);
    QVERIFY2(status.ok() == accepted, qPrintable(status.errorMessage()));
    if (!accepted)
        QVERIFY2(status.errorMessage().contains(fragment), qPrintable(status.errorMessage()));
}

void TestMethodRules::validateEmailAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << u"kim@contoso.com"_s << true;
    QTest::newRow("dots and plus") << u"kim.lee+sspr@mail.contoso.co.uk"_s << true;
    QTest::newRow("upper case") << u"KIM@CONTOSO.COM"_s << true;
    QTest::newRow("surrounding spaces") << u"  kim@contoso.com "_s << true;
    QTest::newRow("internationalised domain") << u"kim@bücher.de"_s << true;
    QTest::newRow("punycode domain") << u"kim@xn--bcher-kva.de"_s << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no @") << u"kim.contoso.com"_s << false;
    QTest::newRow("two @") << u"kim@@contoso.com"_s << false;
    QTest::newRow("nothing before @") << u"@contoso.com"_s << false;
    QTest::newRow("nothing after @") << u"kim@"_s << false;
    QTest::newRow("space inside") << u"kim lee@contoso.com"_s << false;
    QTest::newRow("no dot in domain") << u"kim@contoso"_s << false;
    QTest::newRow("two dots") << u"kim..lee@contoso.com"_s << false;
    QTest::newRow("leading dot") << u".kim@contoso.com"_s << false;
    QTest::newRow("domain starts with dash") << u"kim@-contoso.com"_s << false;
    QTest::newRow("one-letter top-level domain") << u"kim@contoso.c"_s << false;
    QTest::newRow("newline at the end of the domain") << u"kim@contoso.com\nx"_s << false;
    QTest::newRow("65-character local part") << (QString(65, u'k') + u"@contoso.com"_s) << false;
    QTest::newRow("300 characters") << (QString(280, u'k') + u"@contoso.com"_s) << false;
    QTest::newRow("emoji") << u"kim😀@contoso.com"_s << false;
}

void TestMethodRules::validateEmailAddress()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    const Status status = MethodRules::validateEmailAddress(address);
    QVERIFY2(status.ok() == valid, qPrintable(status.errorMessage()));
    if (!valid) {
        QVERIFY(!status.errorMessage().isEmpty());
        QVERIFY(status.errorMessage().size() < 400);
    }
}

void TestMethodRules::canUpdateEmail_needsAnEmailMethod()
{
    QVERIFY(canUpdateEmail(methodsFrom(u"email"_s), u"new@contoso.com"_s).ok());
    const Status none = canUpdateEmail(methodsFrom(u"mobile"_s), u"new@contoso.com"_s);
    QVERIFY(!none.ok());
    QVERIFY2(none.errorMessage().contains(u"Add one instead"_s), qPrintable(none.errorMessage()));
    QVERIFY(!canUpdateEmail(methodsFrom(u"email"_s), u"new@"_s).ok());
}

void TestMethodRules::canAddTemporaryAccessPass_rules_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<int>("lifetime");
    QTest::addColumn<bool>("oneTime");
    QTest::addColumn<int>("policyMinimum");
    QTest::addColumn<int>("policyMaximum");
    QTest::addColumn<bool>("policyOneTime");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("fragment"); // of the refusal, or of the notice when accepted

    QTest::newRow("one hour, defaults") << QString() << 60 << false << 10 << 43200 << false << true << QString();
    QTest::newRow("lowest lifetime") << QString() << 10 << true << 10 << 43200 << false << true << QString();
    QTest::newRow("highest lifetime") << QString() << 43200 << false << 10 << 43200 << false << true << QString();
    QTest::newRow("below Graph's minimum")
        << QString() << 9 << false << 10 << 43200 << false << false << u"10 to 43200 minutes"_s;
    QTest::newRow("above Graph's maximum")
        << QString() << 43201 << false << 10 << 43200 << false << false << u"outside the policy's range"_s;
    QTest::newRow("below the policy") << QString() << 30 << false << 60 << 480 << false << false
                                      << u"60 to 480 minutes"_s;
    QTest::newRow("policy maximum") << QString() << 480 << false << 60 << 480 << false << true << QString();
    QTest::newRow("above the policy") << QString() << 481 << false << 60 << 480 << false << false << u"60 to 480"_s;
    QTest::newRow("policy below Graph's bound is clamped")
        << QString() << 5 << false << 1 << 100000 << false << false << u"10 to 43200"_s;
    QTest::newRow("policy wants one-time")
        << QString() << 60 << false << 10 << 43200 << true << false << u"Make this pass one-time"_s;
    QTest::newRow("one-time under one-time policy")
        << QString() << 60 << true << 10 << 43200 << true << true << QString();
    QTest::newRow("inconsistent policy") << QString() << 60 << false << 500 << 100 << false << false
                                         << u"Correct the policy"_s;
    QTest::newRow("replaces the existing pass")
        << u"mobile,temporaryAccessPass"_s << 60 << false << 10 << 43200 << false << true << u"will be replaced"_s;
}

void TestMethodRules::canAddTemporaryAccessPass_rules()
{
    QFETCH(QString, existing);
    QFETCH(int, lifetime);
    QFETCH(bool, oneTime);
    QFETCH(int, policyMinimum);
    QFETCH(int, policyMaximum);
    QFETCH(bool, policyOneTime);
    QFETCH(bool, accepted);
    QFETCH(QString, fragment);

    TapRequest request;
    request.lifetimeMinutes = lifetime;
    request.isUsableOnce = oneTime;
    TapPolicyBounds policy;
    policy.minimumLifetimeMinutes = policyMinimum;
    policy.maximumLifetimeMinutes = policyMaximum;
    policy.oneTimeRequired = policyOneTime;

    const Result<QString> result = canAddTemporaryAccessPass(methodsFrom(existing), request, policy);
    QVERIFY2(result.ok() == accepted, qPrintable(result.errorMessage()));
    if (!accepted) {
        QVERIFY2(result.errorMessage().contains(fragment), qPrintable(result.errorMessage()));
    } else if (fragment.isEmpty()) {
        QVERIFY2(result.value().isEmpty(), qPrintable(result.value()));
    } else {
        QVERIFY2(result.value().contains(fragment), qPrintable(result.value()));
    }
}

void TestMethodRules::canAddOathToken_atMostFive_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("first hardware token") << QString() << u"hardwareOath"_s << true;
    QTest::newRow("fifth token") << u"hardwareOath*2,softwareOath*2"_s << u"softwareOath"_s << true;
    QTest::newRow("sixth token, mixed") << u"hardwareOath*2,softwareOath*3"_s << u"hardwareOath"_s << false;
    QTest::newRow("sixth token, all hardware") << u"hardwareOath*5"_s << u"softwareOath"_s << false;
    QTest::newRow("other methods do not count") << u"mobile,office,email,softwareOath*4"_s << u"hardwareOath"_s << true;
    QTest::newRow("not an OATH type") << QString() << u"mobile"_s << false;
}

void TestMethodRules::canAddOathToken_atMostFive()
{
    QFETCH(QString, existing);
    QFETCH(QString, type);
    QFETCH(bool, accepted);

    const Status status = canAddOathToken(methodsFrom(existing), typeFromKey(type));
    QVERIFY2(status.ok() == accepted, qPrintable(status.errorMessage()));
    if (!accepted)
        QVERIFY(!status.errorMessage().isEmpty());
}

void TestMethodRules::ssprUsability_perMethod_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("methodUsable");
    QTest::addColumn<QString>("unusableReason");
    QTest::addColumn<bool>("ssprUsable");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("mobile") << u"mobile"_s << u"+1 2015550123"_s << true << QString() << true << u"text message"_s;
    QTest::newRow("alternate mobile is MFA only")
        << u"alternateMobile"_s << u"+1 2015550124"_s << true << QString() << false << u"only for MFA"_s;
    QTest::newRow("office") << u"office"_s << u"+1 2015550125"_s << true << QString() << true << u"voice call only"_s;
    QTest::newRow("office with extension")
        << u"office"_s << u"+1 2015550125x12"_s << true << QString() << true << u"extension is dropped"_s;
    QTest::newRow("email") << u"email"_s << u"kim@contoso.com"_s << true << QString() << true << u"code"_s;
    QTest::newRow("Authenticator") << u"microsoftAuthenticator"_s << u"iPhone"_s << true << QString() << true
                                   << u"notification"_s;
    QTest::newRow("software OATH") << u"softwareOath"_s << QString() << true << QString() << true
                                   << u"verification code"_s;
    QTest::newRow("hardware OATH") << u"hardwareOath"_s << QString() << true << QString() << true
                                   << u"verification code"_s;
    QTest::newRow("FIDO2") << u"fido2"_s << u"YubiKey"_s << true << QString() << false << u"sign-in only"_s;
    QTest::newRow("Windows Hello") << u"windowsHelloForBusiness"_s << u"PC"_s << true << QString() << false
                                   << u"sign-in only"_s;
    QTest::newRow("password") << u"password"_s << QString() << true << QString() << false << u"replaces"_s;
    QTest::newRow("TAP is not for SSPR") << u"temporaryAccessPass"_s << QString() << true << QString() << false
                                         << u"not for password reset"_s;
    QTest::newRow("expired TAP") << u"temporaryAccessPass"_s << QString() << false << u"Expired"_s << false
                                 << u"Expired"_s;
    QTest::newRow("used one-time TAP") << u"temporaryAccessPass"_s << QString() << false << QString() << false
                                       << u"expired or used"_s;
    QTest::newRow("mobile disabled by policy")
        << u"mobile"_s << u"+1 2015550123"_s << false << u"Disabled by policy"_s << false << u"Disabled by policy"_s;
}

void TestMethodRules::ssprUsability_perMethod()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(bool, methodUsable);
    QFETCH(QString, unusableReason);
    QFETCH(bool, ssprUsable);
    QFETCH(QString, fragment);

    AuthMethod method;
    method.type = typeFromKey(type);
    method.id = fixedMethodId(method.type);
    method.value = value;
    method.usable = methodUsable;
    method.unusableReason = unusableReason;

    const SsprUsability usability = ssprUsability(method);
    QCOMPARE(usability.usable, ssprUsable);
    QVERIFY2(usability.reason.contains(fragment), qPrintable(usability.reason));
}

QTEST_GUILESS_MAIN(TestMethodRules)
#include "tst_methodrules.moc"
