#include "identityendpoint.h"
#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sspr::Graph;
using Sspr::Test::ScriptedReply;
using Sspr::Test::ScriptedServer;

class TestIdentityEndpoint final : public QObject
{
    Q_OBJECT

private slots:
    void encodeForm_escapesEverythingReserved();
    void readableError_table_data();
    void readableError_table();
    void post_parsesAnswers_data();
    void post_parsesAnswers();
    void post_redirectNotFollowed();

private:
    OAuthReply post(ScriptedServer &server)
    {
        std::optional<OAuthReply> answer;
        IdentityEndpoint::post(&m_nam, QUrl(server.url().toString() + u"/t/oauth2/v2.0/token"_s),
            {{u"grant_type"_s, u"client_credentials"_s}}, this, [&answer](const OAuthReply &reply) { answer = reply; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
            return {};
        return *answer;
    }

    QNetworkAccessManager m_nam;
};

void TestIdentityEndpoint::encodeForm_escapesEverythingReserved()
{
    const QByteArray body = IdentityEndpoint::encodeForm(
        {{u"client_secret"_s, u"a+b&c=d e/%~._-"_s}, {u"scope"_s, u"https://graph.microsoft.com/.default"_s}});
    QCOMPARE(body,
        QByteArray("client_secret=a%2Bb%26c%3Dd%20e%2F%25~._-&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"));
}

void TestIdentityEndpoint::readableError_table_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("aadsts");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("bad secret") << u"invalid_client"_s << u"AADSTS7000215"_s << 401 << u"client secret was refused"_s;
    QTest::newRow("expired secret") << u"invalid_client"_s << u"AADSTS7000222"_s << 401 << u"has expired"_s;
    QTest::newRow("bad certificate") << u"invalid_client"_s << u"AADSTS700027"_s << 401 << u"certificate was refused"_s;
    QTest::newRow("unknown app") << u"unauthorized_client"_s << u"AADSTS700016"_s << 400 << u"not registered"_s;
    QTest::newRow("unknown tenant") << u"invalid_request"_s << u"AADSTS90002"_s << 400 << u"tenant was not found"_s;
    QTest::newRow("public client off") << u"invalid_client"_s << u"AADSTS7000218"_s << 401
                                       << u"Allow public client flows"_s;
    QTest::newRow("no consent") << u"invalid_grant"_s << u"AADSTS65001"_s << 400 << u"grant consent"_s;
    QTest::newRow("MFA") << u"invalid_grant"_s << u"AADSTS50076"_s << 400 << u"Multi-factor"_s;
    QTest::newRow("conditional access") << u"invalid_grant"_s << u"AADSTS53003"_s << 400 << u"Conditional Access"_s;
    QTest::newRow("refresh revoked") << u"invalid_grant"_s << u"AADSTS50173"_s << 400 << u"expired or was revoked"_s;
    QTest::newRow("bad scope") << u"invalid_scope"_s << u"AADSTS70011"_s << 400 << u"permissions asked for"_s;
    QTest::newRow("declined") << u"authorization_declined"_s << QString() << 400 << u"declined"_s;
    QTest::newRow("expired code") << u"expired_token"_s << QString() << 400 << u"expired"_s;
    QTest::newRow("bad code") << u"bad_verification_code"_s << QString() << 400 << u"not recognised"_s;
    QTest::newRow("denied") << u"access_denied"_s << QString() << 400 << u"consent was refused"_s;
    QTest::newRow("outage") << u"temporarily_unavailable"_s << QString() << 503 << u"temporarily unavailable"_s;
    QTest::newRow("unknown") << u"weird_error"_s << QString() << 400 << u"weird_error"_s;
}

void TestIdentityEndpoint::readableError_table()
{
    QFETCH(QString, error);
    QFETCH(QString, aadsts);
    QFETCH(int, status);
    QFETCH(QString, says);
    const QString message = IdentityEndpoint::readableError(error, aadsts, status);
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY(!message.contains(u"%1"_s));
}

void TestIdentityEndpoint::post_parsesAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("aadsts");
    QTest::newRow("token") << 200 << QByteArray(R"({"access_token":"a","expires_in":"3599"})") << QString()
                           << QString();
    QTest::newRow("oauth error") << 400
                                 << QByteArray(R"({"error":"invalid_scope","error_description":"AADSTS70011: bad."})")
                                 << u"invalid_scope"_s << u"AADSTS70011"_s;
    QTest::newRow("200 without token") << 200 << QByteArray(R"({"token_type":"Bearer"})") << u"invalidJson"_s
                                       << QString();
    QTest::newRow("not JSON") << 502 << QByteArray("<html>bad gateway</html>") << u"invalidJson"_s << QString();
    QTest::newRow("error without code") << 500 << QByteArray("{}") << u"http500"_s << QString();
}

void TestIdentityEndpoint::post_parsesAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QFETCH(QString, aadsts);
    ScriptedServer server;
    server.enqueue(ScriptedReply::json(status, body));
    const OAuthReply reply = post(server);
    QCOMPARE(reply.httpStatus, status);
    QCOMPARE(reply.error, error);
    QCOMPARE(reply.aadstsCode, aadsts);
    QCOMPARE(reply.ok(), error.isEmpty());
    QCOMPARE(reply.message.isEmpty(), error.isEmpty());
    if (reply.ok()) {
        const TokenSet tokens = reply.tokens();
        QCOMPARE(tokens.accessToken, u"a"_s);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(tokens.expiresAt) - 3599) < 5);
    }
}

void TestIdentityEndpoint::post_redirectNotFollowed()
{
    ScriptedServer server;
    server.enqueue(ScriptedReply::json(302, {}, {{"Location", "/elsewhere"}}));
    const OAuthReply reply = post(server);
    QVERIFY(!reply.ok());
    QCOMPARE(server.requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestIdentityEndpoint)
#include "tst_identityendpoint.moc"
