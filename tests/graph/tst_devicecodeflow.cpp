#include "delegatedtokenprovider.h"
#include "devicecodeflow.h"
#include "fakegraphserver.h"
#include "graphclient.h"
#include "memorysecretstore.h"
#include "scriptedserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sspr::Graph;
using Sspr::Test::RecordedRequest;
using Sspr::Test::ScriptedReply;
using Sspr::Test::ScriptedServer;
using std::chrono::milliseconds;

namespace {

constexpr int kUnitMs = 20; // one "second" of the server's interval in these tests

ScriptedReply deviceCode(int expiresIn = 900, int interval = 1)
{
    return ScriptedReply::json(200,
        R"({"device_code":"device-code-secret","user_code":"ABCD-EFGH","verification_uri":"https://microsoft.com/devicelogin","expires_in":)"
            + QByteArray::number(expiresIn) + R"(,"interval":)" + QByteArray::number(interval)
            + R"(,"message":"To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ABCD-EFGH to authenticate."})");
}

ScriptedReply pollError(const QByteArray &error)
{
    return ScriptedReply::json(400,
        R"({"error":")" + error
            + R"(","error_description":"AADSTS70016: OAuth 2.0 device flow error.","error_codes":[70016]})");
}

ScriptedReply tokens()
{
    return ScriptedReply::json(200,
        R"({"token_type":"Bearer","scope":"User.Read.All","expires_in":3599,"access_token":"access-secret","refresh_token":"refresh-secret"})");
}

} // namespace

class TestDeviceCodeFlow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pendingThenApproved_succeeds();
    void slowDown_addsFiveSeconds();
    void terminalErrors_stopWithReadableMessage_data();
    void terminalErrors_stopWithReadableMessage();
    void networkHiccup_keepsPolling();
    void codeExpiresLocally_stops();
    void cancel_stopsPollingWithOneFailure();
    void deviceCodeRefused_readable();
    void fakeServer_approvedAfterPolls_signsInForGraph();
    void fakeServer_declined_stops();

private:
    DeviceCodeFlow *makeFlow()
    {
        auto *flow = new DeviceCodeFlow(
            {m_server->url(), u"organizations"_s, u"client-1"_s, QUrl(u"https://graph.microsoft.com"_s)},
            {u"User.Read.All"_s, u"UserAuthenticationMethod.ReadWrite.All"_s}, nullptr, this);
        flow->setSecondLength(milliseconds(kUnitMs));
        return flow;
    }
    QList<RecordedRequest> polls() const
    {
        QList<RecordedRequest> result;
        for (const RecordedRequest &request : m_server->requests()) {
            if (request.path().endsWith(u"/token"_s))
                result.append(request);
        }
        return result;
    }

    ScriptedServer *m_server = nullptr;
};

void TestDeviceCodeFlow::init()
{
    m_server = new ScriptedServer;
}

void TestDeviceCodeFlow::cleanup()
{
    delete m_server;
}

void TestDeviceCodeFlow::pendingThenApproved_succeeds()
{
    m_server->enqueue(deviceCode());
    m_server->enqueue(pollError("authorization_pending"));
    m_server->enqueue(pollError("authorization_pending"));
    m_server->enqueue(tokens());
    DeviceCodeFlow *flow = makeFlow();
    QSignalSpy ready(flow, &DeviceCodeFlow::codeReady);
    QSignalSpy succeeded(flow, &DeviceCodeFlow::succeeded);
    QSignalSpy failed(flow, &DeviceCodeFlow::failed);
    flow->start();
    QTRY_COMPARE(succeeded.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.first().at(0).toString(), u"ABCD-EFGH"_s);
    QCOMPARE(ready.first().at(1).toUrl(), QUrl(u"https://microsoft.com/devicelogin"_s));
    QVERIFY(ready.first().at(2).toString().contains(u"ABCD-EFGH"_s));
    QCOMPARE(ready.first().at(3).toInt(), 900);
    const TokenSet set = succeeded.first().first().value<TokenSet>();
    QCOMPARE(set.accessToken, u"access-secret"_s);
    QCOMPARE(set.refreshToken, u"refresh-secret"_s);
    QVERIFY(!flow->isRunning());

    const RecordedRequest &start = m_server->requests().first();
    QCOMPARE(start.path(), u"/organizations/oauth2/v2.0/devicecode"_s);
    QCOMPARE(start.formValue(u"client_id"_s), u"client-1"_s);
    QCOMPARE(start.formValue(u"scope"_s),
        u"https://graph.microsoft.com/User.Read.All https://graph.microsoft.com/UserAuthenticationMethod.ReadWrite.All "
        "offline_access"_s);
    const QList<RecordedRequest> tokenPolls = polls();
    QCOMPARE(tokenPolls.size(), 3);
    for (const RecordedRequest &poll : tokenPolls) {
        QCOMPARE(poll.formValue(u"grant_type"_s), u"urn:ietf:params:oauth:grant-type:device_code"_s);
        QCOMPARE(poll.formValue(u"device_code"_s), u"device-code-secret"_s);
        QCOMPARE(poll.formValue(u"client_id"_s), u"client-1"_s);
    }
    // Polls keep the interval (1 unit here).
    QVERIFY(tokenPolls.at(1).atMs - tokenPolls.at(0).atMs >= kUnitMs - 2);
    QTest::qWait(5 * kUnitMs);
    QCOMPARE(m_server->requestCount(), 4);
}

void TestDeviceCodeFlow::slowDown_addsFiveSeconds()
{
    m_server->enqueue(deviceCode());
    m_server->enqueue(pollError("slow_down"));
    m_server->enqueue(pollError("authorization_pending"));
    m_server->enqueue(tokens());
    DeviceCodeFlow *flow = makeFlow();
    QSignalSpy succeeded(flow, &DeviceCodeFlow::succeeded);
    flow->start();
    QTRY_COMPARE(succeeded.count(), 1);
    QCOMPARE(flow->currentIntervalSeconds(), 6);
    const QList<RecordedRequest> tokenPolls = polls();
    QCOMPARE(tokenPolls.size(), 3);
    const qint64 afterSlowDown = tokenPolls.at(1).atMs - tokenPolls.at(0).atMs;
    QVERIFY2(afterSlowDown >= 6 * kUnitMs - 2, qPrintable(QString::number(afterSlowDown)));
}

void TestDeviceCodeFlow::terminalErrors_stopWithReadableMessage_data()
{
    QTest::addColumn<QByteArray>("error");
    QTest::addColumn<QString>("says");
    QTest::newRow("authorization_declined") << QByteArray("authorization_declined") << u"declined"_s;
    QTest::newRow("expired_token") << QByteArray("expired_token") << u"expired"_s;
    QTest::newRow("bad_verification_code") << QByteArray("bad_verification_code") << u"not recognised"_s;
    QTest::newRow("invalid_grant") << QByteArray("invalid_grant") << u"Sign in again"_s;
}

void TestDeviceCodeFlow::terminalErrors_stopWithReadableMessage()
{
    QFETCH(QByteArray, error);
    QFETCH(QString, says);
    m_server->enqueue(deviceCode());
    m_server->enqueue(pollError("authorization_pending"));
    m_server->enqueue(pollError(error));
    DeviceCodeFlow *flow = makeFlow();
    QSignalSpy succeeded(flow, &DeviceCodeFlow::succeeded);
    QSignalSpy failed(flow, &DeviceCodeFlow::failed);
    flow->start();
    QTRY_COMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY(!message.contains(u"device-code-secret"_s));
    QTest::qWait(5 * kUnitMs);
    QCOMPARE(polls().size(), 2);
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(failed.count(), 1);
}

void TestDeviceCodeFlow::networkHiccup_keepsPolling()
{
    m_server->enqueue(deviceCode());
    m_server->enqueue(
        ScriptedReply::withAction(ScriptedReply::Action::Truncate, R"({"error":"authorization_pending"})"));
    m_server->enqueue(ScriptedReply::json(503, R"({"error":"temporarily_unavailable"})"));
    m_server->enqueue(tokens());
    DeviceCodeFlow *flow = makeFlow();
    QSignalSpy succeeded(flow, &DeviceCodeFlow::succeeded);
    QSignalSpy failed(flow, &DeviceCodeFlow::failed);
    flow->start();
    QTRY_COMPARE(succeeded.count(), 1);
    QCOMPARE(failed.count(), 0);
}

void TestDeviceCodeFlow::codeExpiresLocally_stops()
{
    m_server->enqueue(deviceCode(4, 1));
    m_server->setHandler([](const RecordedRequest &) { return pollError("authorization_pending"); });
    DeviceCodeFlow *flow = makeFlow();
    QSignalSpy failed(flow, &DeviceCodeFlow::failed);
    flow->start();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"expired"_s));
    const int count = m_server->requestCount();
    QTest::qWait(5 * kUnitMs);
    QCOMPARE(m_server->requestCount(), count);
    QVERIFY(count <= 6);
}

void TestDeviceCodeFlow::cancel_stopsPollingWithOneFailure()
{
    m_server->enqueue(deviceCode());
    m_server->setHandler([](const RecordedRequest &) { return pollError("authorization_pending"); });
    DeviceCodeFlow *flow = makeFlow();
    QSignalSpy ready(flow, &DeviceCodeFlow::codeReady);
    QSignalSpy failed(flow, &DeviceCodeFlow::failed);
    flow->start();
    QTRY_VERIFY(polls().size() >= 2);
    flow->cancel();
    flow->cancel();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), u"Sign-in was cancelled."_s);
    const int count = m_server->requestCount();
    QTest::qWait(5 * kUnitMs);
    QCOMPARE(m_server->requestCount(), count);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!flow->isRunning());
}

void TestDeviceCodeFlow::deviceCodeRefused_readable()
{
    m_server->enqueue(ScriptedReply::json(400,
        R"({"error":"invalid_client","error_description":"AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'."})"));
    DeviceCodeFlow *flow = makeFlow();
    QSignalSpy ready(flow, &DeviceCodeFlow::codeReady);
    QSignalSpy failed(flow, &DeviceCodeFlow::failed);
    flow->start();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(u"Allow public client flows"_s),
        qPrintable(failed.first().first().toString()));
    QCOMPARE(ready.count(), 0);
}

void TestDeviceCodeFlow::fakeServer_approvedAfterPolls_signsInForGraph()
{
    // Real seconds here: the fake server enforces the interval (1 s) and answers slow_down to faster polling.
    Sspr::FakeGraph::Options options;
    options.users = 10;
    options.groups = 1;
    options.deviceCodeIntervalSeconds = 1;
    options.deviceCodeApproveAfterPolls = 2;
    Sspr::FakeGraph::Server server(options);
    QVERIFY(server.start());
    const IdentityConfig config {server.authority(), server.tenantId(), u"app-1"_s, server.graphRoot()};
    DeviceCodeFlow flow(config, {u"User.Read.All"_s});
    QSignalSpy ready(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy succeeded(&flow, &DeviceCodeFlow::succeeded);
    QSignalSpy failed(&flow, &DeviceCodeFlow::failed);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 10000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.first().at(0).toString(), server.lastUserCode());
    QCOMPARE(flow.currentIntervalSeconds(), 1); // never polled too fast
    const TokenSet tokens = succeeded.first().first().value<TokenSet>();
    QVERIFY(!tokens.refreshToken.isEmpty());

    // The sign-in feeds the delegated provider, which Graph accepts.
    Sspr::Secrets::MemorySecretStore store;
    DelegatedTokenProvider provider(config, {u"User.Read.All"_s}, &store);
    bool adopted = false;
    provider.adoptSignIn(tokens, this, [&adopted](Sspr::Core::Status status) { adopted = status.ok(); });
    QTRY_VERIFY(adopted);
    GraphClient client(server.graphRoot(), &provider);
    GraphJob *job = client.send(GraphRequest::get(u"/v1.0/users?$top=3"_s));
    QSignalSpy done(job, &GraphJob::finished);
    QVERIFY(done.wait(10000));
    const GraphResult result = done.first().first().value<GraphResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestDeviceCodeFlow::fakeServer_declined_stops()
{
    Sspr::FakeGraph::Options options;
    options.users = 5;
    options.groups = 1;
    options.deviceCodeIntervalSeconds = 1;
    options.deviceCodeApproveAfterPolls = -1;
    Sspr::FakeGraph::Server server(options);
    QVERIFY(server.start());
    DeviceCodeFlow flow({server.authority(), server.tenantId(), u"app-1"_s, server.graphRoot()}, {u"User.Read.All"_s});
    QSignalSpy failed(&flow, &DeviceCodeFlow::failed);
    connect(&flow, &DeviceCodeFlow::codeReady, this,
        [&server](const QString &userCode) { server.declineDeviceCode(userCode); });
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY2(failed.first().first().toString().contains(u"declined"_s), qPrintable(failed.first().first().toString()));
}

QTEST_GUILESS_MAIN(TestDeviceCodeFlow)
#include "tst_devicecodeflow.moc"
