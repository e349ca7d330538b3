// GraphConnection in-process against the loopback fake Graph and identity server, with a MemorySecretStore (the
// real keychain is covered by tst_keychainsecretstore and tst_ssprctl_connect).
#include "fakegraphserver.h"
#include "graphclient.h"
#include "graphconnection.h"
#include "memorysecretstore.h"
#include "tenantprofile.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace Qt::StringLiterals;
using Sspr::Secrets::MemorySecretStore;
using Sspr::Services::GraphConnection;
using Sspr::Services::TenantProfile;

namespace {
constexpr int kTimeoutMs = 15000;
const QString kSecret = u"fake-client-secret&=+"_s;
const QString kClientId = u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s;

Sspr::Core::Result<QString> readNow(MemorySecretStore &store, const QString &key)
{
    std::optional<Sspr::Core::Result<QString>> result;
    QObject context;
    store.read(key, &context, [&](Sspr::Core::Result<QString> value) { result = std::move(value); });
    QTest::qWaitFor([&] { return result.has_value(); }, kTimeoutMs);
    return result.value_or(Sspr::Core::Error {u"timed out"_s});
}

void writeNow(MemorySecretStore &store, const QString &key, const QString &value)
{
    bool done = false;
    QObject context;
    store.write(key, value, &context, [&](Sspr::Core::Status) { done = true; });
    QTest::qWaitFor([&] { return done; }, kTimeoutMs);
}

// Signs in and waits; returns the failure message, empty on success.
QString signIn(GraphConnection &connection, bool interactive)
{
    QSignalSpy ok(&connection, &GraphConnection::signedIn);
    QSignalSpy failed(&connection, &GraphConnection::signInFailed);
    connection.signIn(interactive);
    if (!QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, kTimeoutMs))
        return u"timed out"_s;
    return failed.isEmpty() ? QString() : failed.constFirst().constFirst().toString();
}
} // namespace

class TestGraphConnection final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sspr::FakeGraph::Server> m_server;

    TenantProfile profile(TenantProfile::SignIn signIn) const
    {
        TenantProfile p;
        p.name = u"fake"_s;
        p.tenant = m_server->tenantId();
        p.clientId = kClientId;
        p.signIn = signIn;
        p.graphUrl = m_server->graphRoot();
        p.authorityUrl = m_server->authority();
        return p;
    }

private slots:
    void initTestCase()
    {
        Sspr::FakeGraph::Options options;
        options.users = 10;
        options.groups = 2;
        options.clientSecret = kSecret;
        options.deviceCodeIntervalSeconds = 1;
        options.deviceCodeApproveAfterPolls = 1;
        m_server = std::make_unique<Sspr::FakeGraph::Server>(options);
        QVERIFY(m_server->start());
    }

    void clientSecret_signsInStoresAndSignsOut()
    {
        MemorySecretStore secrets;
        const TenantProfile p = profile(TenantProfile::SignIn::ClientSecret);
        GraphConnection connection(p, secrets);
        connection.setCredential(kSecret);
        QCOMPARE(signIn(connection, true), QString());
        QVERIFY(connection.isSignedIn());
        QVERIFY(connection.client());
        QCOMPARE(connection.client()->graphRoot(), m_server->graphRoot());

        std::optional<Sspr::Core::Result<GraphConnection::TenantInfo>> info;
        QObject context;
        connection.fetchTenantInfo(&context, [&](auto result) { info = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(info.has_value(), kTimeoutMs);
        QVERIFY2(info->ok(), qPrintable(info->errorMessage()));
        QCOMPARE(info->value().tenantId, m_server->tenantId());
        QCOMPARE(info->value().defaultDomain, m_server->tenantDomain());
        QVERIFY(!info->value().displayName.isEmpty());

        // Nothing is stored until asked; then under the namespaced key.
        QVERIFY(readNow(secrets, p.secretKey(u"client-secret"_s))->isEmpty());
        std::optional<Sspr::Core::Status> stored;
        connection.storeCredential(&context, [&](Sspr::Core::Status s) { stored = s; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), kTimeoutMs);
        QVERIFY(stored->ok());
        QCOMPARE(readNow(secrets, p.secretKey(u"client-secret"_s)).value(), kSecret);

        // A later session signs in from the store alone.
        GraphConnection later(p, secrets);
        QCOMPARE(signIn(later, false), QString());

        // Sign-out removes every purpose of this tenant + client, and nothing of another tenant.
        const QString otherKey
            = Sspr::Secrets::SecretStore::makeKey(u"other.onmicrosoft.com"_s, kClientId, u"client-secret"_s);
        writeNow(secrets, otherKey, u"other"_s);
        writeNow(secrets, p.secretKey(u"refresh-token"_s), u"rt"_s);
        std::optional<Sspr::Core::Status> out;
        later.signOut(&context, [&](Sspr::Core::Status s) { out = s; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), kTimeoutMs);
        QVERIFY(out->ok());
        QVERIFY(!later.isSignedIn());
        for (const QString &purpose : TenantProfile::secretPurposes())
            QVERIFY(readNow(secrets, p.secretKey(purpose))->isEmpty());
        QCOMPARE(readNow(secrets, otherKey).value(), u"other"_s);

        GraphConnection afterSignOut(p, secrets);
        QVERIFY(signIn(afterSignOut, false).contains(u"no client secret"_s));
    }

    void wrongSecret_failsReadablyAndStoresNothing()
    {
        MemorySecretStore secrets;
        const TenantProfile p = profile(TenantProfile::SignIn::ClientSecret);
        GraphConnection connection(p, secrets);
        connection.setCredential(u"wrong-secret-value"_s);
        const QString message = signIn(connection, true);
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains(u"wrong-secret-value"_s), qPrintable(message));
        QVERIFY(!connection.isSignedIn());
        QVERIFY(!connection.client());
    }

    void invalidProfile_failsWithoutNetwork()
    {
        MemorySecretStore secrets;
        TenantProfile p = profile(TenantProfile::SignIn::ClientSecret);
        p.graphUrl = QUrl(u"http://graph.example.com"_s);
        GraphConnection connection(p, secrets);
        connection.setCredential(kSecret);
        const qint64 before = m_server->counters().requests;
        QVERIFY(signIn(connection, true).contains(u"plain http"_s));
        QCOMPARE(m_server->counters().requests, before);
    }

    void deviceCode_emitsCodeThenKeepsRefreshToken()
    {
        MemorySecretStore secrets;
        const TenantProfile p = profile(TenantProfile::SignIn::DeviceCode);
        GraphConnection connection(p, secrets);
        QSignalSpy code(&connection, &GraphConnection::deviceCodeReady);
        QCOMPARE(signIn(connection, true), QString());
        QCOMPARE(code.size(), 1);
        QCOMPARE(code.constFirst().at(0).toString(), m_server->lastUserCode());
        QVERIFY(code.constFirst().at(1).toUrl().isValid());
        const auto refresh = readNow(secrets, p.secretKey(u"refresh-token"_s));
        QVERIFY(refresh && !refresh->isEmpty());

        // Not interactive: the refresh token signs in, and the rotated one replaces it.
        GraphConnection later(p, secrets);
        QSignalSpy noCode(&later, &GraphConnection::deviceCodeReady);
        QCOMPARE(signIn(later, false), QString());
        QVERIFY(noCode.isEmpty());
        std::optional<Sspr::Core::Result<GraphConnection::TenantInfo>> info;
        QObject context;
        later.fetchTenantInfo(&context, [&](auto result) { info = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(info.has_value(), kTimeoutMs);
        QVERIFY2(info->ok(), qPrintable(info->errorMessage()));
        QVERIFY(readNow(secrets, p.secretKey(u"refresh-token"_s)).value() != refresh.value());
    }

    void delegatedWithoutRefreshToken_needsInteractiveSignIn()
    {
        MemorySecretStore secrets;
        GraphConnection connection(profile(TenantProfile::SignIn::Browser), secrets);
        QSignalSpy url(&connection, &GraphConnection::authorizationUrlReady);
        const QString message = signIn(connection, false);
        QVERIFY2(message.contains(u"Not signed in"_s), qPrintable(message));
        QVERIFY(url.isEmpty());
    }

    void browser_urlHandedOutThenRedirectCompletes()
    {
        MemorySecretStore secrets;
        const TenantProfile p = profile(TenantProfile::SignIn::Browser);
        GraphConnection connection(p, secrets);
        QSignalSpy ok(&connection, &GraphConnection::signedIn);
        QSignalSpy failed(&connection, &GraphConnection::signInFailed);
        QSignalSpy url(&connection, &GraphConnection::authorizationUrlReady);
        connection.signIn(true);
        QTRY_COMPARE_WITH_TIMEOUT(url.size(), 1, kTimeoutMs);
        const QUrl authorize = url.constFirst().constFirst().toUrl();
        QCOMPARE(QUrlQuery(authorize).queryItemValue(u"client_id"_s), kClientId);
        // The test is the browser.
        QNetworkAccessManager nam;
        QNetworkRequest request(authorize);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        std::unique_ptr<QNetworkReply> reply(nam.get(request));
        QTRY_VERIFY_WITH_TIMEOUT(ok.size() + failed.size() > 0, kTimeoutMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY(!readNow(secrets, p.secretKey(u"refresh-token"_s))->isEmpty());
    }

    void cancel_endsTheDeviceCodeSignIn()
    {
        Sspr::FakeGraph::Options slow;
        slow.deviceCodeApproveAfterPolls = -1; // never approves by itself
        Sspr::FakeGraph::Server server(slow);
        QVERIFY(server.start());
        TenantProfile p = profile(TenantProfile::SignIn::DeviceCode);
        p.tenant = server.tenantId();
        p.graphUrl = server.graphRoot();
        p.authorityUrl = server.authority();
        MemorySecretStore secrets;
        GraphConnection connection(p, secrets);
        QSignalSpy code(&connection, &GraphConnection::deviceCodeReady);
        QSignalSpy failed(&connection, &GraphConnection::signInFailed);
        connection.signIn(true);
        QTRY_COMPARE_WITH_TIMEOUT(code.size(), 1, kTimeoutMs);
        connection.cancelSignIn();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
        QVERIFY(!connection.isSignedIn());
        QTest::qWait(50);
        QCOMPARE(failed.size(), 1); // exactly once
    }
};

QTEST_GUILESS_MAIN(TestGraphConnection)
#include "tst_graphconnection.moc"
