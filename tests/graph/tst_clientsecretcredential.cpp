#include "clientsecretcredential.h"
#include "fakegraphserver.h"
#include "graphclient.h"
#include "scriptedserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sspr::Graph;
using Sspr::Core::Result;
using Sspr::Test::RecordedRequest;
using Sspr::Test::ScriptedReply;
using Sspr::Test::ScriptedServer;

namespace {

const QString kSecret = u"s3cr~et+with&odd=chars/%"_s;

ScriptedReply tokenReply(const QByteArray &token, int expiresIn = 3599)
{
    return ScriptedReply::json(200,
        R"({"token_type":"Bearer","expires_in":)" + QByteArray::number(expiresIn) + R"(,"access_token":")" + token
            + "\"}");
}

// Asks the provider once and waits for the answer.
Result<QString> ask(AccessTokenProvider &provider, QObject *context)
{
    std::optional<Result<QString>> answer;
    provider.accessToken(context, [&answer](Result<QString> token) { answer = std::move(token); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
        return Sspr::Core::Error {u"no answer"_s};
    return *answer;
}

} // namespace

class TestClientSecretCredential final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fetch_postsClientCredentialsForm();
    void cachedToken_servedWithoutRequest();
    void concurrentCallers_shareOneRequest();
    void nearExpiry_fetchesAgain();
    void invalidate_fetchesAgain();
    void refusedSecret_readableWithoutTheSecret();
    void destroyedContext_callbackSkipped();
    void insecureAuthority_refused();
    void graphClient_401_getsFreshTokenFromCredential();
    void fakeServer_secretSignIn_readsUsersAndRenewsExpiredToken();
    void fakeServer_wrongSecret_readable();

private:
    IdentityConfig config() const
    {
        return {m_server->url(), u"tenant-1"_s, u"client-1"_s, QUrl(u"https://graph.microsoft.com"_s)};
    }

    ScriptedServer *m_server = nullptr;
    QObject *m_context = nullptr;
};

void TestClientSecretCredential::init()
{
    m_server = new ScriptedServer;
    m_context = new QObject;
}

void TestClientSecretCredential::cleanup()
{
    delete m_context;
    delete m_server;
}

void TestClientSecretCredential::fetch_postsClientCredentialsForm()
{
    m_server->enqueue(tokenReply("at-1"));
    ClientSecretCredential credential(config(), kSecret);
    const Result<QString> token = ask(credential, m_context);
    QVERIFY2(token, qPrintable(token.errorMessage()));
    QCOMPARE(token.value(), u"at-1"_s);
    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path(), u"/tenant-1/oauth2/v2.0/token"_s);
    QCOMPARE(request.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(request.formValue(u"grant_type"_s), u"client_credentials"_s);
    QCOMPARE(request.formValue(u"client_id"_s), u"client-1"_s);
    QCOMPARE(request.formValue(u"scope"_s), u"https://graph.microsoft.com/.default"_s);
    QCOMPARE(request.formValue(u"client_secret"_s), kSecret);
    QVERIFY(!request.body.contains('+')); // '+' would read as a space
    QVERIFY(credential.hasValidToken());
}

void TestClientSecretCredential::cachedToken_servedWithoutRequest()
{
    m_server->enqueue(tokenReply("at-1"));
    ClientSecretCredential credential(config(), kSecret);
    QCOMPARE(ask(credential, m_context).value(), u"at-1"_s);
    QCOMPARE(ask(credential, m_context).value(), u"at-1"_s);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestClientSecretCredential::concurrentCallers_shareOneRequest()
{
    ScriptedReply slow = tokenReply("at-1");
    slow.delayMs = 100;
    m_server->enqueue(slow);
    ClientSecretCredential credential(config(), kSecret);
    QStringList answers;
    for (int i = 0; i < 3; ++i)
        credential.accessToken(m_context, [&answers](Result<QString> token) { answers.append(token.value()); });
    QTRY_COMPARE(answers.size(), 3);
    QCOMPARE(answers, (QStringList {u"at-1"_s, u"at-1"_s, u"at-1"_s}));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestClientSecretCredential::nearExpiry_fetchesAgain()
{
    m_server->enqueue(tokenReply("short-lived", 30));
    m_server->enqueue(tokenReply("at-2"));
    ClientSecretCredential credential(config(), kSecret);
    QCOMPARE(ask(credential, m_context).value(), u"short-lived"_s);
    QVERIFY(!credential.hasValidToken()); // within a minute of expiry
    QCOMPARE(ask(credential, m_context).value(), u"at-2"_s);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestClientSecretCredential::invalidate_fetchesAgain()
{
    m_server->enqueue(tokenReply("at-1"));
    m_server->enqueue(tokenReply("at-2"));
    ClientSecretCredential credential(config(), kSecret);
    QCOMPARE(ask(credential, m_context).value(), u"at-1"_s);
    credential.invalidate();
    QCOMPARE(ask(credential, m_context).value(), u"at-2"_s);
}

void TestClientSecretCredential::refusedSecret_readableWithoutTheSecret()
{
    m_server->enqueue(ScriptedReply::json(401,
        R"({"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID. Trace ID: 1","error_codes":[7000215]})"));
    ClientSecretCredential credential(config(), kSecret);
    const Result<QString> token = ask(credential, m_context);
    QVERIFY(!token);
    QVERIFY2(token.errorMessage().contains(u"client secret was refused"_s)
            && token.errorMessage().contains(u"AADSTS7000215"_s),
        qPrintable(token.errorMessage()));
    QVERIFY(!token.errorMessage().contains(kSecret));
    QVERIFY(!token.errorMessage().contains(u"Trace ID"_s));
}

void TestClientSecretCredential::destroyedContext_callbackSkipped()
{
    ScriptedReply slow = tokenReply("at-1");
    slow.delayMs = 100;
    m_server->enqueue(slow);
    ClientSecretCredential credential(config(), kSecret);
    auto *context = new QObject;
    bool called = false;
    credential.accessToken(context, [&called](Result<QString>) { called = true; });
    delete context;
    QTRY_VERIFY(credential.hasValidToken());
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestClientSecretCredential::insecureAuthority_refused()
{
    IdentityConfig insecure = config();
    insecure.authority = QUrl(u"http://login.example.com"_s);
    ClientSecretCredential credential(insecure, kSecret);
    const Result<QString> token = ask(credential, m_context);
    QVERIFY(!token);
    QVERIFY2(token.errorMessage().contains(u"plain http"_s), qPrintable(token.errorMessage()));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestClientSecretCredential::graphClient_401_getsFreshTokenFromCredential()
{
    // One loopback server plays both the identity platform and Graph.
    int tokens = 0;
    m_server->setHandler([&tokens](const RecordedRequest &request) {
        if (request.path().endsWith(u"/token"_s))
            return tokenReply("at-" + QByteArray::number(++tokens));
        if (request.header("Authorization") == "Bearer at-1") {
            return ScriptedReply::graphError(
                401, "InvalidAuthenticationToken", "Access token has expired or is not yet valid.");
        }
        return ScriptedReply::json(200, R"({"value":[]})");
    });
    IdentityConfig cfg = config();
    cfg.graphRoot = m_server->url();
    ClientSecretCredential credential(cfg, kSecret);
    GraphClient client(m_server->url(), &credential);
    GraphJob *job = client.send(GraphRequest::get(u"/v1.0/users"_s));
    QSignalSpy spy(job, &GraphJob::finished);
    QVERIFY(spy.wait(5000));
    const GraphResult result = spy.first().first().value<GraphResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(tokens, 2);
    QCOMPARE(m_server->requests().last().header("Authorization"), QByteArray("Bearer at-2"));
    QCOMPARE(m_server->requests().first().formValue(u"scope"_s), m_server->url().toString() + u"/.default"_s);
}

void TestClientSecretCredential::fakeServer_secretSignIn_readsUsersAndRenewsExpiredToken()
{
    Sspr::FakeGraph::Options options;
    options.users = 30;
    options.groups = 2;
    options.clientSecret = kSecret;
    Sspr::FakeGraph::Server server(options);
    QVERIFY(server.start());
    ClientSecretCredential credential({server.authority(), server.tenantId(), u"app-1"_s, server.graphRoot()}, kSecret);
    GraphClient client(server.graphRoot(), &credential);
    auto get = [&client](const QString &path) {
        GraphJob *job = client.send(GraphRequest::get(path));
        QSignalSpy spy(job, &GraphJob::finished);
        return spy.wait(10000) ? spy.first().first().value<GraphResult>() : GraphResult {};
    };
    const GraphResult first = get(u"/v1.0/users?$top=5&$select=id,displayName"_s);
    QVERIFY2(first.ok(), qPrintable(first.message));
    QCOMPARE(first.object().value(u"value"_s).toArray().size(), 5);
    QCOMPARE(server.counters().tokenRequests, 1);

    // Graph starts refusing the token (401 InvalidAuthenticationToken): one new token, one retry, success.
    server.expireAccessTokens();
    const GraphResult second = get(u"/v1.0/users?$top=1"_s);
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(server.counters().tokenRequests, 2);
    QCOMPARE(second.attempts, 1);
}

void TestClientSecretCredential::fakeServer_wrongSecret_readable()
{
    Sspr::FakeGraph::Options options;
    options.users = 5;
    options.groups = 1;
    options.clientSecret = u"the-right-one"_s;
    Sspr::FakeGraph::Server server(options);
    QVERIFY(server.start());
    ClientSecretCredential credential({server.authority(), server.tenantId(), u"app-1"_s, server.graphRoot()}, kSecret);
    const Result<QString> token = ask(credential, m_context);
    QVERIFY(!token);
    QVERIFY2(token.errorMessage().contains(u"AADSTS7000215"_s), qPrintable(token.errorMessage()));
    QVERIFY(!token.errorMessage().contains(kSecret));
}

QTEST_GUILESS_MAIN(TestClientSecretCredential)
#include "tst_clientsecretcredential.moc"
