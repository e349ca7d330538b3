#include "grapherrortext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sspr::Graph;

class TestGraphErrorText final : public QObject
{
    Q_OBJECT

private slots:
    void message_table_data();
    void message_table();
    void message_neverEmptyForFailures_data();
    void message_neverEmptyForFailures();
};

void TestGraphErrorText::message_table_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("serverMessage");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QStringList>("mustContain");

    const QString denied = u"Insufficient privileges to complete the operation."_s;
    QTest::newRow("403 phone write: role rule")
        << 403 << u"Authorization_RequestDenied"_s << QByteArray("POST")
        << u"/v1.0/users/admin@contoso.com/authentication/phoneMethods"_s << denied << QString()
        << QStringList {u"Your role can't change this user's methods: an Authentication Administrator can't act on "
                        "administrators; a Privileged Authentication Administrator can"_s};
    QTest::newRow("403 method delete")
        << 403 << u"Authorization_RequestDenied"_s << QByteArray("DELETE")
        << u"/v1.0/users/u/authentication/emailMethods/3ddfcfc8-9383-446f-83cc-3ab9be4be18f"_s << denied << QString()
        << QStringList {u"Privileged Authentication Administrator"_s, u"UserAuthenticationMethod.ReadWrite.All"_s};
    QTest::newRow("403 methods read") << 403 << u"Authorization_RequestDenied"_s << QByteArray("GET")
                                      << u"/v1.0/users/u/authentication/methods"_s << denied << QString()
                                      << QStringList {u"UserAuthenticationMethod.Read.All"_s, u"Global Reader"_s};
    QTest::newRow("403 policy write")
        << 403 << u"Authorization_RequestDenied"_s << QByteArray("PATCH")
        << u"/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/voice"_s << denied
        << QString()
        << QStringList {u"Policy.ReadWrite.AuthenticationMethod"_s, u"Authentication Policy Administrator"_s};
    QTest::newRow("403 policy read") << 403 << u"Authorization_RequestDenied"_s << QByteArray("GET")
                                     << u"https://graph.microsoft.com/v1.0/policies/authenticationMethodsPolicy"_s
                                     << denied << QString() << QStringList {u"Policy.Read.AuthenticationMethod"_s};
    QTest::newRow("403 authorization policy")
        << 403 << u"Authorization_RequestDenied"_s << QByteArray("PATCH") << u"/v1.0/policies/authorizationPolicy"_s
        << denied << QString() << QStringList {u"Policy.ReadWrite.Authorization"_s};
    QTest::newRow("403 report") << 403 << u"Authorization_RequestDenied"_s << QByteArray("GET")
                                << u"/v1.0/reports/authenticationMethods/userRegistrationDetails"_s << denied
                                << QString() << QStringList {u"AuditLog.Read.All"_s, u"Reports Reader"_s};
    QTest::newRow("403 hardware tokens") << 403 << u"Authorization_RequestDenied"_s << QByteArray("POST")
                                         << u"/beta/directory/authenticationMethodDevices/hardwareOathDevices"_s
                                         << denied << QString()
                                         << QStringList {u"Policy.ReadWrite.AuthenticationMethod"_s};
    QTest::newRow("403 group create") << 403 << u"Authorization_RequestDenied"_s << QByteArray("POST")
                                      << u"/v1.0/groups"_s << denied << QString()
                                      << QStringList {u"Group.ReadWrite.All"_s};
    QTest::newRow("403 users read") << 403 << u"Authorization_RequestDenied"_s << QByteArray("GET")
                                    << u"/v1.0/users?$select=id"_s << denied << QString()
                                    << QStringList {u"User.Read.All"_s};
    QTest::newRow("403 other") << 403 << u"Authorization_RequestDenied"_s << QByteArray("GET") << u"/v1.0/sites"_s
                               << denied << QString() << QStringList {u"lacks the permission"_s, denied};
    QTest::newRow("404") << 404 << u"Request_ResourceNotFound"_s << QByteArray("GET") << u"/v1.0/users/x"_s
                         << u"Resource 'x' does not exist."_s << QString()
                         << QStringList {u"can't find it"_s, u"deleted"_s};
    QTest::newRow("401") << 401 << u"InvalidAuthenticationToken"_s << QByteArray("GET") << u"/v1.0/users"_s
                         << u"Access token has expired."_s << QString() << QStringList {u"Sign in again"_s};
    QTest::newRow("429 after retries") << 429 << u"TooManyRequests"_s << QByteArray("GET") << u"/v1.0/users"_s
                                       << u"Please retry again later."_s << QString()
                                       << QStringList {u"throttling"_s, u"Wait a few minutes"_s};
    QTest::newRow("400 phone rule passed through")
        << 400 << u"badRequest"_s << QByteArray("POST") << u"/v1.0/users/u/authentication/phoneMethods"_s
        << u"Phone number is not in the correct format."_s << QString()
        << QStringList {u"Microsoft Graph refused the change: Phone number is not in the correct format."_s};
    QTest::newRow("400 syncStateNotFound")
        << 400 << u"syncStateNotFound"_s << QByteArray("GET") << u"/v1.0/users/delta?$deltatoken=x"_s
        << u"The sync state generation is not found."_s << QString()
        << QStringList {u"expired"_s, u"7 days"_s, u"in full"_s};
    QTest::newRow("409") << 409 << u"conflict"_s << QByteArray("POST") << u"/v1.0/groups"_s
                         << u"Another object with the same value for property mailNickname already exists."_s
                         << QString() << QStringList {u"conflicts"_s, u"mailNickname"_s};
    QTest::newRow("424") << 424 << u"failedDependency"_s << QByteArray("POST") << u"/v1.0/groups"_s << QString()
                         << QString() << QStringList {u"earlier request in the same batch"_s};
    QTest::newRow("503") << 503 << u"serviceNotAvailable"_s << QByteArray("GET") << u"/v1.0/users"_s << QString()
                         << QString() << QStringList {u"temporarily unavailable"_s, u"503"_s};
    QTest::newRow("network error") << 0 << u"networkError"_s << QByteArray("GET") << u"/v1.0/users"_s << QString()
                                   << u"Connection refused"_s
                                   << QStringList {u"Couldn't reach Microsoft Graph: Connection refused"_s};
    QTest::newRow("timeout") << 0 << u"timeout"_s << QByteArray("GET") << u"/v1.0/users"_s << QString() << QString()
                             << QStringList {u"didn't answer within 60 second"_s};
    QTest::newRow("invalid json") << 200 << u"invalidJson"_s << QByteArray("GET") << u"/v1.0/users"_s << QString()
                                  << QString() << QStringList {u"cut off or unreadable"_s};
    QTest::newRow("cancelled") << 0 << u"cancelled"_s << QByteArray("GET") << u"/v1.0/users"_s << QString() << QString()
                               << QStringList {u"cancelled"_s};
    QTest::newRow("insecure url passes our detail")
        << 0 << u"insecureUrl"_s << QByteArray("GET") << u"/v1.0/users"_s << QString()
        << u"The address uses plain http."_s << QStringList {u"The address uses plain http."_s};
    QTest::newRow("405 other") << 405 << u"Request_BadRequest"_s << QByteArray("GET") << u"/v1.0/users/x/foo"_s
                               << u"Specified HTTP method is not allowed for the request target."_s << QString()
                               << QStringList {u"405"_s, u"not allowed"_s};
}

void TestGraphErrorText::message_table()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, serverMessage);
    QFETCH(QString, detail);
    QFETCH(QStringList, mustContain);
    GraphResult result;
    result.httpStatus = status;
    result.errorCode = code;
    result.attempts = 6;
    const QString message = GraphErrorText::message(result, {method, path, serverMessage, detail, 60000});
    for (const QString &part : mustContain)
        QVERIFY2(message.contains(part), qPrintable(message + u" lacks: "_s + part));
}

void TestGraphErrorText::message_neverEmptyForFailures_data()
{
    QTest::addColumn<int>("status");
    for (int status : {400, 401, 402, 403, 404, 405, 409, 410, 412, 413, 422, 424, 429, 500, 501, 502, 503, 504, 507})
        QTest::newRow(qPrintable(QString::number(status))) << status;
}

void TestGraphErrorText::message_neverEmptyForFailures()
{
    QFETCH(int, status);
    GraphResult result;
    result.httpStatus = status;
    const QString message = GraphErrorText::message(result, {});
    QVERIFY(!message.trimmed().isEmpty());
    QVERIFY(!message.contains(u"%1"_s) && !message.contains(u"%n"_s));
}

QTEST_GUILESS_MAIN(TestGraphErrorText)
#include "tst_grapherrortext.moc"
