#include "fakegraphserver.h"
#include "fixedtokenprovider.h"
#include "graphclient.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Sspr::Graph;
using Sspr::Test::FixedTokenProvider;
using Sspr::Test::RecordedRequest;
using Sspr::Test::ScriptedReply;
using Sspr::Test::ScriptedServer;
using Action = ScriptedReply::Action;

namespace {

// Waits for the one finished() of a job and returns its result.
GraphResult resultOf(GraphJob *job, int timeoutMs = 10000)
{
    QSignalSpy spy(job, &GraphJob::finished);
    if (!spy.wait(timeoutMs))
        return {};
    return spy.first().first().value<GraphResult>();
}

QList<GraphResult> resultsOf(GraphBatchJob *job, int timeoutMs = 10000)
{
    QSignalSpy spy(job, &GraphBatchJob::finished);
    if (!spy.wait(timeoutMs))
        return {};
    return spy.first().first().value<QList<GraphResult>>();
}

RetryPolicy fastRetries(int maxAttempts = 4)
{
    RetryPolicy policy;
    policy.maxAttempts = maxAttempts;
    policy.baseDelayMs = 10;
    policy.maxDelayMs = 50;
    return policy;
}

QByteArray usersPage()
{
    return R"({"value":[{"id":"1","displayName":"Adele"}]})";
}

QStringList g_logged;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logged.append(message);
}

QJsonObject batchRequest(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

class TestGraphClient final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void get_sendsIdentityHeaders();
    void get_eventualConsistency_addsHeaderOnlyWhenAsked();
    void get_readsRequestIdAndThrottlePercentage();
    void get_plainTextBody_keptRaw();

    void status429_retriedAfterRetryAfter();
    void status429_withoutRetryAfter_backsOff();
    void status429_retriesRunOut_readableMessage();
    void status503_post_notRetried();
    void status503_get_retried();
    void status504_patch_retried();
    void truncatedJson_get_retried();
    void invalidJson_post_notRetried();
    void droppedConnection_get_recovers();
    void droppedConnection_post_failsReadably();
    void retries_boundedByPolicy();

    void abort_inFlight_exactlyOneFinished();
    void abort_duringRetryWait_exactlyOneFinished();
    void destroyClient_finishesRunningJobs();
    void timeout_readableMessage();

    void unauthorized_refreshesTokenOnce();
    void unauthorized_twice_givesUp();
    void tokenFailure_signInRequired();

    void nextLink_sameHost_followed();
    void nextLink_otherHostOrScheme_refused_data();
    void nextLink_otherHostOrScheme_refused();
    void redirect_sameHost_followed();
    void redirect_otherHost_refused();
    void redirect_chainOfFour_stopped();
    void insecureRoot_refused();

    void forbidden_phoneMethodsWrite_namesRoles();
    void badRequest_phoneRule_passedThrough();

    void batch_mapsResponsesBackInOrder();
    void batch_item429_retriedAloneAfterItsRetryAfter();
    void batch_item503_retriedOnlyWhenIdempotent();
    void batch_moreThanTwenty_refused();
    void batch_wholeBatchFails_everyItemGetsIt();
    void batch_mixedVersions_refused();
    void batch_refusedThenClientDestroyed_finishesOnce();

    void fakeServer_faultyReads_allSucceed();
    void fakeServer_batchPatches_throttledItemsRetried();

    void odataString_escapes_data();
    void odataString_escapes();

private:
    ScriptedServer *m_server = nullptr;
    FixedTokenProvider *m_tokens = nullptr;
    GraphClient *m_client = nullptr;
};

void TestGraphClient::init()
{
    m_server = new ScriptedServer;
    m_tokens = new FixedTokenProvider;
    m_client = new GraphClient(m_server->url(), m_tokens);
    m_client->setRetryPolicy(fastRetries());
}

void TestGraphClient::cleanup()
{
    delete m_client;
    delete m_tokens;
    delete m_server;
}

void TestGraphClient::get_sendsIdentityHeaders()
{
    m_server->enqueue(ScriptedReply::json(200, usersPage()));
    const GraphResult result = resultOf(m_client->send(GraphRequest::get(u"/v1.0/users?$select=id"_s)));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, QByteArray("/v1.0/users?$select=id"));
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(request.header("User-Agent"), QByteArray("SsprConsole/" SSPR_VERSION));
    const QByteArray clientRequestId = request.header("client-request-id");
    QVERIFY(!QUuid::fromString(QString::fromLatin1(clientRequestId)).isNull());
    QCOMPARE(result.clientRequestId, QString::fromLatin1(clientRequestId));
    QCOMPARE(result.object().value(u"value"_s).toArray().size(), 1);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(m_client->requestsSent(), 1);
}

void TestGraphClient::get_eventualConsistency_addsHeaderOnlyWhenAsked()
{
    m_server->enqueue(ScriptedReply::json(200, usersPage()));
    m_server->enqueue(ScriptedReply::json(200, usersPage()));
    QVERIFY(resultOf(m_client->send(GraphRequest::get(u"/v1.0/users?$count=true"_s, true))).ok());
    QVERIFY(resultOf(m_client->send(GraphRequest::get(u"/v1.0/users"_s))).ok());
    QCOMPARE(m_server->requests().at(0).header("ConsistencyLevel"), QByteArray("eventual"));
    QVERIFY(!m_server->requests().at(1).headers.contains("consistencylevel"));
}

void TestGraphClient::get_readsRequestIdAndThrottlePercentage()
{
    m_server->enqueue(ScriptedReply::json(200, usersPage(),
        {{"request-id", "93b6f17e-1111-2222-3333-444455556666"}, {"x-ms-throttle-limit-percentage", "0.9"}}));
    const GraphResult result = resultOf(m_client->send(GraphRequest::get(u"/v1.0/users"_s)));
    QVERIFY(result.ok());
    QCOMPARE(result.requestId, u"93b6f17e-1111-2222-3333-444455556666"_s);
    QCOMPARE(result.throttleLimitPercentage, 0.9);

    // Without the header, the inner error's request-id is used.
    m_server->enqueue(ScriptedReply::graphError(404, "Request_ResourceNotFound", "Resource 'x' does not exist."));
    const GraphResult missing = resultOf(m_client->send(GraphRequest::get(u"/v1.0/users/x"_s)));
    QCOMPARE(missing.httpStatus, 404);
    QCOMPARE(missing.errorCode, u"Request_ResourceNotFound"_s);
    QCOMPARE(missing.requestId, u"inner-Request_ResourceNotFound"_s);
}

void TestGraphClient::get_plainTextBody_keptRaw()
{
    ScriptedReply count;
    count.body = "893";
    count.headers = {{"Content-Type", "text/plain"}};
    m_server->enqueue(count);
    const GraphResult result = resultOf(m_client->send(GraphRequest::get(u"/v1.0/users/$count"_s, true)));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.rawBody, QByteArray("893"));
    QVERIFY(result.json.isNull());
}

void TestGraphClient::status429_retriedAfterRetryAfter()
{
    m_server->enqueue(
        ScriptedReply::graphError(429, "TooManyRequests", "Please retry again later.", {{"Retry-After", "1"}}));
    m_server->enqueue(ScriptedReply::json(200, usersPage()));
    const GraphResult result = resultOf(m_client->send(GraphRequest::get(u"/v1.0/users"_s)));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.attempts, 2);
    QCOMPARE(result.throttledCount, 1);
    QCOMPARE(m_server->requestCount(), 2);
    const qint64 gap = m_server->requests().at(1).atMs - m_server->requests().at(0).atMs;
    QVERIFY2(gap >= 1000, qPrintable(u"retried after %1 ms"_s.arg(gap)));
    QCOMPARE(m_client->requestsSent(), 2);
    QCOMPARE(m_client->throttledResponses(), 1);
    // Same client-request-id on the retry: it is one logical request.
    QCOMPARE(
        m_server->requests().at(0).header("client-request-id"), m_server->requests().at(1).header("client-request-id"));
}

void TestGraphClient::status429_withoutRetryAfter_backsOff()
{
    // A POST is retried after a 429 too: the request was not processed.
    m_server->enqueue(ScriptedReply::graphError(429, "TooManyRequests", "Please retry again later."));
    m_server->enqueue(ScriptedReply::json(201, R"({"id":"3179e48a-750b-4051-897c-87b9720928f7"})"));
    const GraphResult result
        = resultOf(m_client->send(GraphRequest::withBody("POST", u"/v1.0/users/u1/authentication/phoneMethods"_s,
            QJsonDocument(QJsonObject {{u"phoneNumber"_s, u"+1 2065555555"_s}, {u"phoneType"_s, u"mobile"_s}}))));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.httpStatus, 201);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestGraphClient::status429_retriesRunOut_readableMessage()
{
    m_client->setRetryPolicy(fastRetries(3));
    for (int i = 0; i < 3; ++i)
        m_server->enqueue(
            ScriptedReply::graphError(429, "TooManyRequests", "Please retry again later.", {{"Retry-After", "0"}}));
    const GraphResult result = resultOf(m_client->send(GraphRequest::get(u"/v1.0/users"_s)));
    QCOMPARE(result.httpStatus, 429);
    QCOMPARE(result.errorCode, u"TooManyRequests"_s);
    QCOMPARE(result.attempts, 3);
    QCOMPARE(result.retryAfter, std::chrono::milliseconds(0));
    QVERIFY2(result.message.contains(u"throttling"_s) && result.message.contains(u"3 attempt"_s),
        qPrintable(result.message));
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(m_client->throttledResponses(), 3);
}

void TestGraphClient::status503_post_notRetried()
{
    m_server->enqueue(
        ScriptedReply::graphError(503, "serviceNotAvailable", "Service unavailable", {{"Retry-After", "0"}}));
    m_server->enqueue(ScriptedReply::json(201, "{}"));
    const GraphResult result
        = resultOf(m_client->send(GraphRequest::withBody("POST", u"/v1.0/users/u1/authentication/emailMethods"_s,
            QJsonDocument(QJsonObject {{u"emailAddress"_s, u"a@b.c"_s}}))));
    QCOMPARE(result.httpStatus, 503);
    QCOMPARE(result.attempts, 1);
    QVERIFY(result.message.contains(u"temporarily unavailable"_s));
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestGraphClient::status503_get_retried()
{
    m_server->enqueue(ScriptedReply::graphError(503, "serviceNotAvailable", "Service unavailable"));
    m_server->enqueue(ScriptedReply::json(200, usersPage()));
    const GraphResult result = resultOf(m_client->send(GraphRequest::get(u"/v1.0/users"_s)));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.attempts, 2);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestGraphClient::status504_patch_retried()
{
    m_server->enqueue(ScriptedReply::graphError(504, "gatewayTimeout", "Gateway timeout"));
    m_server->enqueue(ScriptedReply::noContent());
    const GraphResult result = resultOf(m_client->send(GraphRequest::withBody("PATCH",
        u"/v1.0/users/u1/authentication/phoneMethods/3179e48a-750b-4051-897c-87b9720928f7"_s,
        QJsonDocument(QJsonObject {{u"phoneNumber"_s, u"+1 2065555554"_s}}))));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.httpStatus, 204);
    QVERIFY(result.json.isNull());
    QCOMPARE(m_server->requests().at(1).method, QByteArray("PATCH"));
    QCOMPARE(m_server->requests().at(1).header("Content-Type"), QByteArray("application/json"));
}

void TestGraphClient::truncatedJson_get_retried()
{
    // Once with a cut-off body that still fits its Content-Length, once with a connection closed mid-body.
    m_server->enqueue(ScriptedReply::json(200, R"({"value":[{"id":"1","display)"));
    m_server->enqueue(ScriptedReply::withAction(Action::Truncate, usersPage()));
    m_server->enqueue(ScriptedReply::json(200, usersPage()));
    const GraphResult result = resultOf(m_client->send(GraphRequest::get(u"/v1.0/users"_s)));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.attempts, 3);
    QCOMPARE(
        result.object().value(u"value"_s).toArray().first().toObject().value(u"displayName"_s).toString(), u"Adele"_s);
}

void TestGraphClient::invalidJson_post_notRetried()
{
    m_server->enqueue(ScriptedReply::json(201, R"({"id":"3179e48a-750b)"));
    const GraphResult result = resultOf(m_client->send(GraphRequest::withBody("POST",
        u"/v1.0/users/u1/authentication/phoneMethods"_s, QJsonDocument(QJsonObject {{u"phoneType"_s, u"mobile"_s}}))));
    QCOMPARE(result.errorCode, u"invalidJson"_s);
    QCOMPARE(result.httpStatus, 201);
    QVERIFY(!result.ok());
    QVERIFY(result.message.contains(u"cut off or unreadable"_s));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestGraphClient::droppedConnection_get_recovers()
{
    m_server->enqueue(ScriptedReply::withAction(Action::Drop));
    m_server->enqueue(ScriptedReply::withAction(Action::Drop));
    m_server->enqueue(ScriptedReply::withAction(Action::Drop));
    m_server->enqueue(ScriptedReply::json(200, usersPage()));
    const GraphResult result = resultOf(m_client->send(GraphRequest::get(u"/v1.0/users"_s)));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(m_server->requestCount(), 4);
}

void TestGraphClient::droppedConnection_post_failsReadably()
{
    for (int i = 0; i < 4; ++i)
        m_server->enqueue(ScriptedReply::withAction(Action::Drop));
    const GraphResult result = resultOf(m_client->send(GraphRequest::withBody(
        "POST", u"/v1.0/groups"_s, QJsonDocument(QJsonObject {{u"displayName"_s, u"SSPR pilot"_s}}))));
    QCOMPARE(result.httpStatus, 0);
    QCOMPARE(result.errorCode, u"networkError"_s);
    QCOMPARE(result.attempts, 1);
    QVERIFY2(result.message.startsWith(u"Couldn't reach Microsoft Graph"_s), qPrintable(result.message));
    // Our client never resends a POST after a dropped connection. (Qt's HTTP layer itself resends a request once
    // when the connection closes before any response byte: hence up to 2 here, never the 4 a retry would cause.)
    QTest::qWait(100);
    QVERIFY2(m_server->requestCount() <= 2, qPrintable(QString::number(m_server->requestCount())));
}

void TestGraphClient::retries_boundedByPolicy()
{
    m_client->setRetryPolicy(fastRetries(3));
    for (int i = 0; i < 5; ++i)
        m_server->enqueue(ScriptedReply::graphError(503, "serviceNotAvailable", "Service unavailable"));
    const GraphResult result = resultOf(m_client->send(GraphRequest::get(u"/v1.0/users"_s)));
    QCOMPARE(result.httpStatus, 503);
    QCOMPARE(result.attempts, 3);
    QTest::qWait(150);
    QCOMPARE(m_server->requestCount(), 3);
}

void TestGraphClient::abort_inFlight_exactlyOneFinished()
{
    m_server->enqueue(ScriptedReply::withAction(Action::Hang));
    GraphJob *job = m_client->send(GraphRequest::get(u"/v1.0/users"_s));
    QSignalSpy spy(job, &GraphJob::finished);
    QTRY_COMPARE(m_server->requestCount(), 1);
    job->abort();
    job->abort();
    QCOMPARE(spy.count(), 1);
    const GraphResult result = spy.first().first().value<GraphResult>();
    QCOMPARE(result.errorCode, u"cancelled"_s);
    QCOMPARE(result.message, u"The request was cancelled."_s);
    QTest::qWait(200);
    QCOMPARE(spy.count(), 1);
}

void TestGraphClient::abort_duringRetryWait_exactlyOneFinished()
{
    m_server->enqueue(
        ScriptedReply::graphError(429, "TooManyRequests", "Please retry again later.", {{"Retry-After", "5"}}));
    GraphJob *job = m_client->send(GraphRequest::get(u"/v1.0/users"_s));
    QSignalSpy spy(job, &GraphJob::finished);
    QTRY_COMPARE(m_server->requestCount(), 1);
    QTest::qWait(100);
    QCOMPARE(spy.count(), 0);
    QElapsedTimer timer;
    timer.start();
    job->abort();
    QCOMPARE(spy.count(), 1);
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(spy.first().first().value<GraphResult>().errorCode, u"cancelled"_s);
    QTest::qWait(200);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestGraphClient::destroyClient_finishesRunningJobs()
{
    m_server->enqueue(ScriptedReply::withAction(Action::Hang));
    m_server->enqueue(ScriptedReply::withAction(Action::Hang));
    GraphJob *job = m_client->send(GraphRequest::get(u"/v1.0/users"_s));
    GraphBatchJob *batch = m_client->sendBatch({GraphRequest::get(u"/v1.0/groups"_s)});
    QSignalSpy spy(job, &GraphJob::finished);
    QSignalSpy batchSpy(batch, &GraphBatchJob::finished);
    QTRY_COMPARE(m_server->requestCount(), 2);
    delete m_client;
    m_client = nullptr;
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<GraphResult>().errorCode, u"cancelled"_s);
    QCOMPARE(batchSpy.count(), 1);
    QCOMPARE(batchSpy.first().first().value<QList<GraphResult>>().first().errorCode, u"cancelled"_s);
}

void TestGraphClient::timeout_readableMessage()
{
    m_server->enqueue(ScriptedReply::withAction(Action::Hang));
    GraphRequest request = GraphRequest::withBody("POST", u"/v1.0/users/u1/authentication/emailMethods"_s,
        QJsonDocument(QJsonObject {{u"emailAddress"_s, u"a@b.c"_s}}));
    request.timeoutMs = 300;
    QElapsedTimer timer;
    timer.start();
    const GraphResult result = resultOf(m_client->send(request));
    QCOMPARE(result.errorCode, u"timeout"_s);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(timer.elapsed() >= 250 && timer.elapsed() < 3000);
    QVERIFY2(result.message.contains(u"didn't answer within 1 second"_s), qPrintable(result.message));
}

void TestGraphClient::unauthorized_refreshesTokenOnce()
{
    m_server->enqueue(
        ScriptedReply::graphError(401, "InvalidAuthenticationToken", "Access token has expired or is not yet valid."));
    m_server->enqueue(ScriptedReply::json(200, usersPage()));
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    const GraphResult result = resultOf(m_client->send(GraphRequest::get(u"/v1.0/users"_s)));
    qInstallMessageHandler(previous);
    QVERIFY(!g_logged.isEmpty()); // the renewal is logged ...
    for (const QString &line : std::as_const(g_logged))
        QVERIFY2(!line.contains(u"token-"_s), qPrintable(line)); // ... without the token
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(m_tokens->invalidations, 1);
    QCOMPARE(m_server->requests().at(0).header("Authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(m_server->requests().at(1).header("Authorization"), QByteArray("Bearer token-2"));
    QCOMPARE(result.attempts, 1);
}

void TestGraphClient::unauthorized_twice_givesUp()
{
    for (int i = 0; i < 3; ++i)
        m_server->enqueue(
            ScriptedReply::graphError(401, "InvalidAuthenticationToken", "Access token validation failure."));
    const GraphResult result = resultOf(m_client->send(GraphRequest::get(u"/v1.0/users"_s)));
    QCOMPARE(result.httpStatus, 401);
    QCOMPARE(result.errorCode, u"InvalidAuthenticationToken"_s);
    QVERIFY(result.message.contains(u"Sign in again"_s));
    QCOMPARE(m_tokens->invalidations, 1);
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestGraphClient::tokenFailure_signInRequired()
{
    m_tokens->failWith = u"Not signed in. Sign in to the tenant first."_s;
    const GraphResult result = resultOf(m_client->send(GraphRequest::get(u"/v1.0/users"_s)));
    QCOMPARE(result.errorCode, u"signInRequired"_s);
    QCOMPARE(result.message, u"Not signed in. Sign in to the tenant first."_s);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestGraphClient::nextLink_sameHost_followed()
{
    m_server->enqueue(ScriptedReply::json(200, usersPage()));
    const QString link = m_server->url().toString() + u"/v1.0/users?$skiptoken=X%27Y"_s;
    const GraphResult result = resultOf(m_client->send(GraphRequest::get(link)));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(m_server->requests().first().target, QByteArray("/v1.0/users?$skiptoken=X%27Y"));
}

void TestGraphClient::nextLink_otherHostOrScheme_refused_data()
{
    QTest::addColumn<QString>("link");
    QTest::newRow("other host") << u"https://graph.evil.example/v1.0/users?$skiptoken=a"_s;
    QTest::newRow("other port") << u"http://127.0.0.1:1/v1.0/users?$skiptoken=a"_s;
    QTest::newRow("https to same host") << u"https://127.0.0.1:%1/v1.0/users"_s;
    QTest::newRow("lookalike host") << u"http://127.0.0.1.evil.example:%1/v1.0/users"_s;
    QTest::newRow("user info") << u"http://someone@127.0.0.1:%1/v1.0/users"_s;
}

void TestGraphClient::nextLink_otherHostOrScheme_refused()
{
    QFETCH(QString, link);
    if (link.contains(u"%1"_s))
        link = link.arg(m_server->port());
    const GraphResult result = resultOf(m_client->send(GraphRequest::get(link)));
    QCOMPARE(result.errorCode, u"insecureUrl"_s);
    QVERIFY2(result.message.contains(u"not followed"_s), qPrintable(result.message));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestGraphClient::redirect_sameHost_followed()
{
    m_server->enqueue(ScriptedReply::json(302, {}, {{"Location", "/v1.0/users?moved=1"}}));
    m_server->enqueue(ScriptedReply::json(200, usersPage()));
    const GraphResult result = resultOf(m_client->send(GraphRequest::get(u"/v1.0/users"_s)));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(m_server->requests().at(1).target, QByteArray("/v1.0/users?moved=1"));
    QCOMPARE(result.attempts, 1);
}

void TestGraphClient::redirect_otherHost_refused()
{
    m_server->enqueue(ScriptedReply::json(307, {}, {{"Location", "https://login.evil.example/steal"}}));
    const GraphResult result = resultOf(m_client->send(GraphRequest::get(u"/v1.0/users"_s)));
    QCOMPARE(result.errorCode, u"insecureUrl"_s);
    QVERIFY2(result.message.contains(u"login.evil.example"_s), qPrintable(result.message));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestGraphClient::redirect_chainOfFour_stopped()
{
    for (int i = 0; i < 5; ++i)
        m_server->enqueue(ScriptedReply::json(302, {}, {{"Location", "/v1.0/users?hop=" + QByteArray::number(i)}}));
    const GraphResult result = resultOf(m_client->send(GraphRequest::get(u"/v1.0/users"_s)));
    QCOMPARE(result.errorCode, u"tooManyRedirects"_s);
    QCOMPARE(m_server->requestCount(), 4); // the request and three redirects
}

void TestGraphClient::insecureRoot_refused()
{
    GraphClient client(QUrl(u"http://graph.example.com"_s), m_tokens);
    const GraphResult result = resultOf(client.send(GraphRequest::get(u"/v1.0/users"_s)));
    QCOMPARE(result.errorCode, u"insecureUrl"_s);
    QVERIFY2(result.message.contains(u"plain http"_s), qPrintable(result.message));
    QCOMPARE(client.requestsSent(), 0);
}

void TestGraphClient::forbidden_phoneMethodsWrite_namesRoles()
{
    m_server->enqueue(ScriptedReply::graphError(
        403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."));
    const GraphResult result = resultOf(
        m_client->send(GraphRequest::withBody("POST", u"/v1.0/users/admin@contoso.com/authentication/phoneMethods"_s,
            QJsonDocument(QJsonObject {{u"phoneNumber"_s, u"+1 2065555555"_s}, {u"phoneType"_s, u"mobile"_s}}))));
    QCOMPARE(result.httpStatus, 403);
    QVERIFY2(result.message.startsWith(u"Your role can't change this user's methods: an Authentication Administrator "
                                       "can't act on administrators; a Privileged Authentication Administrator can"_s),
        qPrintable(result.message));
}

void TestGraphClient::badRequest_phoneRule_passedThrough()
{
    m_server->enqueue(ScriptedReply::graphError(
        400, "badRequest", "A mobile phone method must exist before adding an alternateMobile phone method."));
    const GraphResult result
        = resultOf(m_client->send(GraphRequest::withBody("POST", u"/v1.0/users/u1/authentication/phoneMethods"_s,
            QJsonDocument(QJsonObject {{u"phoneType"_s, u"alternateMobile"_s}}))));
    QCOMPARE(result.errorCode, u"badRequest"_s);
    QCOMPARE(result.message,
        u"Microsoft Graph refused the change: A mobile phone method must exist before adding an alternateMobile phone method."_s);
}

void TestGraphClient::batch_mapsResponsesBackInOrder()
{
    m_server->setHandler([](const RecordedRequest &request) {
        // Answers in reverse order, each with its own id in the body, as Graph may.
        const QJsonArray items = batchRequest(request).value(u"requests"_s).toArray();
        QJsonArray responses;
        for (qsizetype i = items.size() - 1; i >= 0; --i) {
            const QString id = items.at(i).toObject().value(u"id"_s).toString();
            responses.append(QJsonObject {{u"id"_s, id}, {u"status"_s, 200},
                {u"headers"_s, QJsonObject {{u"Content-Type"_s, u"application/json"_s}}},
                {u"body"_s, QJsonObject {{u"echo"_s, items.at(i).toObject().value(u"url"_s)}}}});
        }
        return ScriptedReply::json(200, QJsonDocument(QJsonObject {{u"responses"_s, responses}}).toJson());
    });
    QList<GraphRequest> requests;
    for (int i = 0; i < 5; ++i)
        requests.append(GraphRequest::get(u"/v1.0/users/u%1/authentication/methods"_s.arg(i)));
    requests.append(GraphRequest::withBody("PATCH", u"/v1.0/users/u5/authentication/phoneMethods/m"_s,
        QJsonDocument(QJsonObject {{u"phoneNumber"_s, u"+1 2065555554"_s}})));
    const QList<GraphResult> results = resultsOf(m_client->sendBatch(requests));
    QCOMPARE(results.size(), 6);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(results.at(i).ok());
        QCOMPARE(results.at(i).object().value(u"echo"_s).toString(), u"/users/u%1/authentication/methods"_s.arg(i));
    }
    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest &sent = m_server->requests().first();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.target, QByteArray("/v1.0/$batch"));
    const QJsonArray items = batchRequest(sent).value(u"requests"_s).toArray();
    QCOMPARE(items.size(), 6);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(items.at(i).toObject().value(u"id"_s).toString(), QString::number(i + 1));
    QVERIFY(!items.at(0).toObject().contains(u"headers"_s));
    const QJsonObject patch = items.at(5).toObject();
    QCOMPARE(patch.value(u"method"_s).toString(), u"PATCH"_s);
    QCOMPARE(patch.value(u"headers"_s).toObject().value(u"Content-Type"_s).toString(), u"application/json"_s);
    QCOMPARE(patch.value(u"body"_s).toObject().value(u"phoneNumber"_s).toString(), u"+1 2065555554"_s);
    QCOMPARE(m_client->requestsSent(), 1);
}

void TestGraphClient::batch_item429_retriedAloneAfterItsRetryAfter()
{
    int round = 0;
    m_server->setHandler([&round](const RecordedRequest &request) {
        ++round;
        const QJsonArray items = batchRequest(request).value(u"requests"_s).toArray();
        QJsonArray responses;
        for (const QJsonValue &item : items) {
            const QString id = item.toObject().value(u"id"_s).toString();
            if (round == 1 && id == u"2"_s) {
                responses.append(QJsonObject {{u"id"_s, id}, {u"status"_s, 429},
                    {u"headers"_s, QJsonObject {{u"Retry-After"_s, u"1"_s}}},
                    {u"body"_s, QJsonObject {{u"error"_s, QJsonObject {{u"code"_s, u"TooManyRequests"_s}}}}}});
            } else {
                responses.append(QJsonObject {
                    {u"id"_s, id}, {u"status"_s, 201}, {u"body"_s, QJsonObject {{u"id"_s, u"created-"_s + id}}}});
            }
        }
        return ScriptedReply::json(200, QJsonDocument(QJsonObject {{u"responses"_s, responses}}).toJson());
    });
    QList<GraphRequest> requests;
    for (int i = 0; i < 3; ++i) {
        requests.append(GraphRequest::withBody("POST", u"/v1.0/users/u%1/authentication/phoneMethods"_s.arg(i),
            QJsonDocument(
                QJsonObject {{u"phoneNumber"_s, u"+1 206555000%1"_s.arg(i)}, {u"phoneType"_s, u"mobile"_s}})));
    }
    const QList<GraphResult> results = resultsOf(m_client->sendBatch(requests));
    QCOMPARE(results.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(results.at(i).ok(), qPrintable(results.at(i).message));
        QCOMPARE(results.at(i).object().value(u"id"_s).toString(), u"created-%1"_s.arg(i + 1));
    }
    QCOMPARE(results.at(0).attempts, 1);
    QCOMPARE(results.at(1).attempts, 2);
    QCOMPARE(results.at(1).throttledCount, 1);
    QCOMPARE(results.at(2).attempts, 1);

    QCOMPARE(m_server->requestCount(), 2);
    const QJsonArray second = batchRequest(m_server->requests().at(1)).value(u"requests"_s).toArray();
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.first().toObject().value(u"id"_s).toString(), u"2"_s);
    const qint64 gap = m_server->requests().at(1).atMs - m_server->requests().at(0).atMs;
    QVERIFY2(gap >= 1000, qPrintable(u"follow-up batch after %1 ms"_s.arg(gap)));
    QCOMPARE(m_client->requestsSent(), 2);
    QCOMPARE(m_client->throttledResponses(), 1);
}

void TestGraphClient::batch_item503_retriedOnlyWhenIdempotent()
{
    int round = 0;
    m_server->setHandler([&round](const RecordedRequest &request) {
        ++round;
        const QJsonArray items = batchRequest(request).value(u"requests"_s).toArray();
        QJsonArray responses;
        for (const QJsonValue &item : items) {
            const QString id = item.toObject().value(u"id"_s).toString();
            const int status = round == 1 ? 503 : 200;
            responses.append(QJsonObject {{u"id"_s, id}, {u"status"_s, status}, {u"body"_s, QJsonObject {}}});
        }
        return ScriptedReply::json(200, QJsonDocument(QJsonObject {{u"responses"_s, responses}}).toJson());
    });
    const QList<GraphResult> results = resultsOf(m_client->sendBatch({GraphRequest::get(u"/v1.0/users/a"_s),
        GraphRequest::withBody("POST", u"/v1.0/groups"_s, QJsonDocument(QJsonObject {{u"displayName"_s, u"G"_s}}))}));
    QCOMPARE(results.size(), 2);
    QVERIFY(results.at(0).ok());
    QCOMPARE(results.at(0).attempts, 2);
    QCOMPARE(results.at(1).httpStatus, 503);
    QCOMPARE(results.at(1).attempts, 1);
    QVERIFY(results.at(1).message.contains(u"temporarily unavailable"_s));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(batchRequest(m_server->requests().at(1)).value(u"requests"_s).toArray().size(), 1);
}

void TestGraphClient::batch_moreThanTwenty_refused()
{
    QList<GraphRequest> requests;
    for (int i = 0; i < 21; ++i)
        requests.append(GraphRequest::get(u"/v1.0/users/u%1"_s.arg(i)));
    const QList<GraphResult> results = resultsOf(m_client->sendBatch(requests));
    QCOMPARE(results.size(), 21);
    for (const GraphResult &result : results) {
        QCOMPARE(result.errorCode, u"invalidRequest"_s);
        QVERIFY2(result.message.contains(u"at most 20"_s), qPrintable(result.message));
    }
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_client->requestsSent(), 0);

    const QList<GraphResult> none = resultsOf(m_client->sendBatch({}));
    QVERIFY(none.isEmpty());
}

void TestGraphClient::batch_wholeBatchFails_everyItemGetsIt()
{
    // A POST item makes the $batch itself non-idempotent, so its 503 is final for every item.
    m_server->enqueue(ScriptedReply::graphError(503, "serviceNotAvailable", "Service unavailable"));
    const QList<GraphResult> results = resultsOf(m_client->sendBatch({GraphRequest::get(u"/v1.0/users/a"_s),
        GraphRequest::withBody("POST", u"/v1.0/groups"_s, QJsonDocument(QJsonObject {{u"displayName"_s, u"G"_s}}))}));
    QCOMPARE(results.size(), 2);
    for (const GraphResult &result : results) {
        QCOMPARE(result.httpStatus, 503);
        QVERIFY(!result.message.isEmpty());
    }
    QCOMPARE(m_server->requestCount(), 1);
}

void TestGraphClient::batch_mixedVersions_refused()
{
    const QList<GraphResult> results = resultsOf(
        m_client->sendBatch({GraphRequest::get(u"/v1.0/users/a"_s), GraphRequest::get(u"/beta/users/b"_s)}));
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(1).errorCode, u"invalidRequest"_s);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestGraphClient::fakeServer_faultyReads_allSucceed()
{
    Sspr::FakeGraph::Options options;
    options.users = 50;
    options.groups = 2;
    options.seed = 7;
    options.rate429 = 0.15;
    options.rate503 = 0.1;
    options.rateDrop = 0.05;
    options.rateTruncate = 0.05;
    options.retryAfterSeconds = 0;
    Sspr::FakeGraph::Server server(options);
    QVERIFY(server.start());
    FixedTokenProvider tokens;
    tokens.fixed = server.issueAccessToken();
    GraphClient client(server.graphRoot(), &tokens);
    client.setRetryPolicy(fastRetries(12));
    QList<GraphJob *> jobs;
    for (int i = 0; i < 40; ++i)
        jobs.append(client.send(GraphRequest::get(u"/v1.0/users?$top=3&$select=id,displayName"_s)));
    int ok = 0;
    int done = 0;
    QStringList failures;
    for (GraphJob *job : std::as_const(jobs)) {
        connect(job, &GraphJob::finished, this, [&](const GraphResult &result) {
            ++done;
            if (result.ok() && result.object().value(u"value"_s).toArray().size() == 3)
                ++ok;
            else
                failures.append(result.message);
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 40, 15000);
    QVERIFY2(ok == 40, qPrintable(failures.join(u'\n')));
    const Sspr::FakeGraph::Counters counters = server.counters();
    QVERIFY(counters.throttled + counters.unavailable + counters.dropped + counters.truncated > 0);
    QCOMPARE(client.throttledResponses(), counters.throttled);
    qInfo("40 reads: %lld requests sent; server injected %lld 429, %lld 503, %lld drops, %lld truncations",
        client.requestsSent(), counters.throttled, counters.unavailable, counters.dropped, counters.truncated);
}

void TestGraphClient::fakeServer_batchPatches_throttledItemsRetried()
{
    Sspr::FakeGraph::Options options;
    options.users = 60;
    options.groups = 1;
    options.seed = 3;
    options.rate429 = 0.3;
    options.retryAfterSeconds = 0;
    Sspr::FakeGraph::Server server(options);
    QVERIFY(server.start());
    FixedTokenProvider tokens;
    tokens.fixed = server.issueAccessToken();
    GraphClient client(server.graphRoot(), &tokens);
    client.setRetryPolicy(fastRetries(12));
    const QJsonArray users = server.users();
    QList<GraphRequest> requests;
    QStringList ids;
    for (const QJsonValue &user : users) {
        // Synced users' profile fields are mastered on-premises; Graph refuses to change them.
        if (user.toObject().value(u"onPremisesSyncEnabled"_s).toBool() || ids.size() == 20)
            continue;
        const int i = int(ids.size());
        const QString id = user.toObject().value(u"id"_s).toString();
        ids.append(id);
        requests.append(GraphRequest::withBody(
            "PATCH", u"/v1.0/users/"_s + id, QJsonDocument(QJsonObject {{u"jobTitle"_s, u"Pilot %1"_s.arg(i)}})));
    }
    QCOMPARE(ids.size(), 20);
    const QList<GraphResult> results = resultsOf(client.sendBatch(requests), 15000);
    QCOMPARE(results.size(), 20);
    for (const GraphResult &result : results)
        QVERIFY2(result.ok(), qPrintable(result.message));
    const QJsonArray after = server.users();
    for (int i = 0; i < 20; ++i) {
        for (const QJsonValue &user : after) {
            if (user.toObject().value(u"id"_s).toString() == ids.at(i))
                QCOMPARE(user.toObject().value(u"jobTitle"_s).toString(), u"Pilot %1"_s.arg(i));
        }
    }
    const Sspr::FakeGraph::Counters counters = server.counters();
    QVERIFY(counters.throttled > 0);
    QCOMPARE(client.throttledResponses(), counters.throttled);
    QCOMPARE(client.requestsSent(), counters.requests);
    QCOMPARE(counters.updates, 20);
    qInfo("20 PATCHes in $batch at 30 %% item throttling: %lld HTTP requests, %lld throttled answers",
        client.requestsSent(), counters.throttled);
}

void TestGraphClient::batch_refusedThenClientDestroyed_finishesOnce()
{
    QList<GraphRequest> requests;
    for (int i = 0; i < 21; ++i)
        requests.append(GraphRequest::get(u"/v1.0/users/u%1"_s.arg(i)));
    GraphBatchJob *refused = m_client->sendBatch(requests);
    GraphJob *pending = m_client->send(GraphRequest::get(u"/v1.0/users"_s));
    QSignalSpy refusedSpy(refused, &GraphBatchJob::finished);
    QSignalSpy pendingSpy(pending, &GraphJob::finished);
    QCoreApplication::processEvents(); // the batch is refused; its finished() is queued
    QCOMPARE(refusedSpy.count(), 0);
    delete m_client;
    m_client = nullptr;
    QCOMPARE(refusedSpy.count(), 1);
    QCOMPARE(refusedSpy.first().first().value<QList<GraphResult>>().size(), 21);
    QCOMPARE(pendingSpy.count(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(refusedSpy.count(), 1);
}

void TestGraphClient::odataString_escapes_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("literal");
    QTest::newRow("plain") << u"Adele"_s << u"'Adele'"_s;
    QTest::newRow("one quote") << u"O'Brien"_s << u"'O''Brien'"_s;
    QTest::newRow("two quotes") << u"it's Bob's"_s << u"'it''s Bob''s'"_s;
    QTest::newRow("only a quote") << u"'"_s << u"''''"_s;
    QTest::newRow("empty") << QString() << u"''"_s;
    QTest::newRow("injection attempt") << u"x' or 1 eq 1 or 'a"_s << u"'x'' or 1 eq 1 or ''a'"_s;
    QTest::newRow("unicode") << u"Zoë D’Arcy"_s << u"'Zoë D’Arcy'"_s;
}

void TestGraphClient::odataString_escapes()
{
    QFETCH(QString, value);
    QFETCH(QString, literal);
    QCOMPARE(GraphClient::odataString(value), literal);
}

QTEST_GUILESS_MAIN(TestGraphClient)
#include "tst_graphclient.moc"
