#include "authcodepkceflow.h"
#include "delegatedtokenprovider.h"
#include "fakegraphserver.h"
#include "graphclient.h"
#include "memorysecretstore.h"
#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sspr::Graph;
using Sspr::Core::Result;
using Sspr::Core::Status;
using Sspr::Secrets::MemorySecretStore;
using Sspr::Test::RecordedRequest;
using Sspr::Test::ScriptedReply;
using Sspr::Test::ScriptedServer;

namespace {

ScriptedReply refreshed(const QByteArray &access, const QByteArray &refresh, int expiresIn = 3599)
{
    return ScriptedReply::json(200,
        R"({"token_type":"Bearer","scope":"https://graph.microsoft.com/User.Read.All","expires_in":)"
            + QByteArray::number(expiresIn) + R"(,"access_token":")" + access + R"(","refresh_token":")" + refresh
            + "\"}");
}

} // namespace

class TestDelegatedTokenProvider final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void adoptSignIn_storesRefreshTokenOnly();
    void refresh_rotatesStoredRefreshToken();
    void nearExpiry_refreshesEveryTime();
    void notSignedIn_noRequest_signInRequired();
    void revokedRefreshToken_signInRequired_noTokenInMessage();
    void signOut_removesRefreshToken();
    void fakeServer_rotation_oldRefreshTokenRefused();

private:
    DelegatedTokenProvider *makeProvider()
    {
        return new DelegatedTokenProvider(
            {m_server->url(), u"tenant-1"_s, u"client-1"_s, QUrl(u"https://graph.microsoft.com"_s)},
            {u"User.Read.All"_s}, m_store, nullptr, this);
    }
    QString stored(const QString &key = u"tenant-1/client-1/refresh-token"_s)
    {
        std::optional<QString> value;
        m_store->read(key, this, [&value](Result<QString> v) { value = v.value(); });
        if (!QTest::qWaitFor([&value] { return value.has_value(); }))
            return u"<no answer>"_s;
        return *value;
    }
    Result<QString> ask(DelegatedTokenProvider *provider)
    {
        std::optional<Result<QString>> answer;
        provider->accessToken(this, [&answer](Result<QString> token) { answer = std::move(token); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
            return Sspr::Core::Error {u"no answer"_s};
        return *answer;
    }
    Status adopt(DelegatedTokenProvider *provider, const TokenSet &tokens)
    {
        std::optional<Status> status;
        provider->adoptSignIn(tokens, this, [&status](Status s) { status = s; });
        if (!QTest::qWaitFor([&status] { return status.has_value(); }))
            return Sspr::Core::Error {u"no answer"_s};
        return *status;
    }

    ScriptedServer *m_server = nullptr;
    MemorySecretStore *m_store = nullptr;
};

void TestDelegatedTokenProvider::init()
{
    m_server = new ScriptedServer;
    m_store = new MemorySecretStore;
}

void TestDelegatedTokenProvider::cleanup()
{
    qDeleteAll(findChildren<DelegatedTokenProvider *>());
    delete m_store;
    delete m_server;
}

void TestDelegatedTokenProvider::adoptSignIn_storesRefreshTokenOnly()
{
    DelegatedTokenProvider *provider = makeProvider();
    QCOMPARE(provider->secretKey(), u"tenant-1/client-1/refresh-token"_s);
    TokenSet tokens;
    tokens.accessToken = u"access-1"_s;
    tokens.refreshToken = u"refresh-1"_s;
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    QVERIFY(adopt(provider, tokens));
    QCOMPARE(stored(), u"refresh-1"_s);
    QCOMPARE(ask(provider).value(), u"access-1"_s);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestDelegatedTokenProvider::refresh_rotatesStoredRefreshToken()
{
    m_server->enqueue(refreshed("access-2", "refresh-2"));
    m_server->enqueue(refreshed("access-3", "refresh-3"));
    TokenSet signIn;
    signIn.accessToken = u"access-1"_s;
    signIn.refreshToken = u"refresh-1"_s;
    signIn.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    QVERIFY(adopt(makeProvider(), signIn));

    // A new session (the next start of the console): nothing in memory, the refresh token from the keychain.
    DelegatedTokenProvider *provider = makeProvider();
    QCOMPARE(ask(provider).value(), u"access-2"_s);
    QCOMPARE(stored(), u"refresh-2"_s);
    const RecordedRequest &first = m_server->requests().at(0);
    QCOMPARE(first.path(), u"/tenant-1/oauth2/v2.0/token"_s);
    QCOMPARE(first.formValue(u"grant_type"_s), u"refresh_token"_s);
    QCOMPARE(first.formValue(u"refresh_token"_s), u"refresh-1"_s);
    QCOMPARE(first.formValue(u"client_id"_s), u"client-1"_s);
    QCOMPARE(first.formValue(u"scope"_s), u"https://graph.microsoft.com/User.Read.All offline_access"_s);

    // Graph refused the token (401): the next refresh uses the rotated refresh token.
    provider->invalidate();
    QCOMPARE(ask(provider).value(), u"access-3"_s);
    QCOMPARE(m_server->requests().at(1).formValue(u"refresh_token"_s), u"refresh-2"_s);
    QCOMPARE(stored(), u"refresh-3"_s);
}

void TestDelegatedTokenProvider::nearExpiry_refreshesEveryTime()
{
    m_server->enqueue(refreshed("access-2", "refresh-2", 45));
    m_server->enqueue(refreshed("access-3", "refresh-3", 3599));
    TokenSet signIn;
    signIn.accessToken = u"access-1"_s;
    signIn.refreshToken = u"refresh-1"_s;
    signIn.expiresAt = QDateTime::currentDateTimeUtc().addSecs(50); // within a minute of expiry
    DelegatedTokenProvider *provider = makeProvider();
    QVERIFY(adopt(provider, signIn));
    QCOMPARE(ask(provider).value(), u"access-2"_s);
    QCOMPARE(ask(provider).value(), u"access-3"_s);
    QCOMPARE(ask(provider).value(), u"access-3"_s);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(stored(), u"refresh-3"_s);
}

void TestDelegatedTokenProvider::notSignedIn_noRequest_signInRequired()
{
    DelegatedTokenProvider *provider = makeProvider();
    QSignalSpy required(provider, &DelegatedTokenProvider::signInRequired);
    const Result<QString> token = ask(provider);
    QVERIFY(!token);
    QCOMPARE(token.errorMessage(), u"Not signed in. Sign in to the tenant first."_s);
    QCOMPARE(required.count(), 1);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestDelegatedTokenProvider::revokedRefreshToken_signInRequired_noTokenInMessage()
{
    m_server->enqueue(ScriptedReply::json(400,
        R"({"error":"invalid_grant","error_description":"AADSTS50173: The provided grant has expired due to it being revoked.","error_codes":[50173]})"));
    TokenSet signIn;
    signIn.accessToken = u"access-1"_s;
    signIn.refreshToken = u"refresh-secret-1"_s;
    signIn.expiresAt = QDateTime::currentDateTimeUtc();
    DelegatedTokenProvider *provider = makeProvider();
    QVERIFY(adopt(provider, signIn));
    QSignalSpy required(provider, &DelegatedTokenProvider::signInRequired);
    const Result<QString> token = ask(provider);
    QVERIFY(!token);
    QVERIFY2(token.errorMessage().contains(u"expired or was revoked"_s), qPrintable(token.errorMessage()));
    QVERIFY(!token.errorMessage().contains(u"refresh-secret"_s));
    QVERIFY(!token.errorMessage().contains(u"access-1"_s));
    QCOMPARE(required.count(), 1);
}

void TestDelegatedTokenProvider::signOut_removesRefreshToken()
{
    TokenSet signIn;
    signIn.accessToken = u"access-1"_s;
    signIn.refreshToken = u"refresh-1"_s;
    signIn.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    DelegatedTokenProvider *provider = makeProvider();
    QVERIFY(adopt(provider, signIn));
    std::optional<Status> done;
    provider->signOut(this, [&done](Status s) { done = s; });
    QTRY_VERIFY(done.has_value());
    QVERIFY(done.value());
    QCOMPARE(stored(), QString());
    QVERIFY(!provider->hasValidToken());
    QVERIFY(!ask(provider));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestDelegatedTokenProvider::fakeServer_rotation_oldRefreshTokenRefused()
{
    Sspr::FakeGraph::Options options;
    options.users = 5;
    options.groups = 1;
    Sspr::FakeGraph::Server server(options);
    QVERIFY(server.start());
    const IdentityConfig config {server.authority(), server.tenantId(), u"app-1"_s, server.graphRoot()};
    const QStringList permissions {u"User.Read.All"_s};

    // Sign in through the browser flow (the "browser" follows the redirect itself).
    QNetworkAccessManager nam;
    AuthCodePkceFlow flow(config, permissions, &nam);
    flow.setBrowserOpener([&nam](const QUrl &url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
    QSignalSpy signedIn(&flow, &AuthCodePkceFlow::succeeded);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 10000);
    const TokenSet tokens = signedIn.first().first().value<TokenSet>();

    auto *provider = new DelegatedTokenProvider(config, permissions, m_store, &nam, this);
    QVERIFY(adopt(provider, tokens));
    const QString firstRefresh = stored(provider->secretKey());
    QCOMPARE(firstRefresh, tokens.refreshToken);

    // Graph refuses the access token: the client invalidates it, the provider refreshes and stores the new one.
    server.expireAccessTokens();
    GraphClient client(server.graphRoot(), provider);
    GraphJob *job = client.send(GraphRequest::get(u"/v1.0/users?$top=2"_s));
    QSignalSpy done(job, &GraphJob::finished);
    QVERIFY(done.wait(10000));
    const GraphResult result = done.first().first().value<GraphResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QString secondRefresh = stored(provider->secretKey());
    QVERIFY(!secondRefresh.isEmpty());
    QVERIFY(secondRefresh != firstRefresh);

    // The fake refuses a used refresh token at once: a provider still holding the old one must sign in again.
    MemorySecretStore staleStore;
    bool written = false;
    staleStore.write(provider->secretKey(), firstRefresh, this, [&written](Status) { written = true; });
    QTRY_VERIFY(written);
    DelegatedTokenProvider stale(config, permissions, &staleStore, &nam);
    QSignalSpy required(&stale, &DelegatedTokenProvider::signInRequired);
    const Result<QString> refused = ask(&stale);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(u"Sign in again"_s), qPrintable(refused.errorMessage()));
    QCOMPARE(required.count(), 1);
    for (const QString &secret : server.issuedSecretsAndTokens())
        QVERIFY(!refused.errorMessage().contains(secret));
}

QTEST_GUILESS_MAIN(TestDelegatedTokenProvider)
#include "tst_delegatedtokenprovider.moc"
