#include "authcodepkceflow.h"
#include "fakegraphserver.h"
#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace Sspr::Graph;
using Sspr::Test::RecordedRequest;
using Sspr::Test::ScriptedReply;
using Sspr::Test::ScriptedServer;

namespace {

ScriptedReply tokens()
{
    return ScriptedReply::json(200,
        R"({"token_type":"Bearer","scope":"User.Read.All","expires_in":3599,"access_token":"access-secret","refresh_token":"refresh-secret","id_token":"id-secret"})");
}

struct BrowserPage
{
    int status = 0;
    QByteArray html;
};

} // namespace

class TestAuthCodePkceFlow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void codeChallenge_rfc7636Vector();
    void codeVerifier_random43Base64Url();
    void browserReturnsCode_redeemedWithVerifier();
    void accessDenied_failsAndTellsBrowser();
    void stateMismatch_neverRedeemed();
    void otherPaths_ignoredUntilTheAnswer();
    void redeemRefused_browserSeesFailure();
    void cancel_closesThePort();
    void timeLimit_fails();
    void noBrowser_fails();
    void fakeServer_browserSignIn_succeeds();
    void fakeServer_consentDenied_fails();

private:
    AuthCodePkceFlow *makeFlow()
    {
        auto *flow = new AuthCodePkceFlow(
            {m_server->url(), u"organizations"_s, u"client-1"_s, QUrl(u"https://graph.microsoft.com"_s)},
            {u"User.Read.All"_s}, nullptr, this);
        flow->setBrowserOpener([this](const QUrl &url) { m_opened = url; });
        return flow;
    }
    // What a browser does after signing in: GET the redirect URI with the answer in the query.
    BrowserPage browse(const QUrl &url)
    {
        QNetworkRequest request(url);
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            return {};
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    }
    QUrl answerUrl(const QString &query) const
    {
        const QUrlQuery authorize(m_opened);
        QUrl url(authorize.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded) + u"/"_s);
        url.setQuery(query);
        return url;
    }
    QString state() const { return QUrlQuery(m_opened).queryItemValue(u"state"_s, QUrl::FullyDecoded); }

    ScriptedServer *m_server = nullptr;
    QNetworkAccessManager m_nam;
    QUrl m_opened;
};

void TestAuthCodePkceFlow::init()
{
    m_server = new ScriptedServer;
    m_opened.clear();
}

void TestAuthCodePkceFlow::cleanup()
{
    delete m_server;
}

void TestAuthCodePkceFlow::codeChallenge_rfc7636Vector()
{
    // RFC 7636 Appendix B.
    QCOMPARE(AuthCodePkceFlow::codeChallenge(u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s),
        u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
}

void TestAuthCodePkceFlow::codeVerifier_random43Base64Url()
{
    const QString a = AuthCodePkceFlow::makeCodeVerifier();
    const QString b = AuthCodePkceFlow::makeCodeVerifier();
    QCOMPARE(a.size(), 43);
    QVERIFY(a != b);
    static const QRegularExpression base64Url(u"^[A-Za-z0-9_-]{43}$"_s);
    QVERIFY(base64Url.match(a).hasMatch());
}

void TestAuthCodePkceFlow::browserReturnsCode_redeemedWithVerifier()
{
    m_server->enqueue(tokens());
    AuthCodePkceFlow *flow = makeFlow();
    QSignalSpy succeeded(flow, &AuthCodePkceFlow::succeeded);
    QSignalSpy failed(flow, &AuthCodePkceFlow::failed);
    flow->start();
    QVERIFY(m_opened.isValid());
    QCOMPARE(m_opened.path(), u"/organizations/oauth2/v2.0/authorize"_s);
    const QUrlQuery authorize(m_opened);
    QCOMPARE(authorize.queryItemValue(u"client_id"_s), u"client-1"_s);
    QCOMPARE(authorize.queryItemValue(u"response_type"_s), u"code"_s);
    QCOMPARE(authorize.queryItemValue(u"response_mode"_s), u"query"_s);
    QCOMPARE(authorize.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(authorize.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
        u"https://graph.microsoft.com/User.Read.All offline_access"_s);
    const QUrl redirect(authorize.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QCOMPARE(redirect.scheme(), u"http"_s);
    QCOMPARE(redirect.host(), u"localhost"_s);
    QCOMPARE(redirect, flow->redirectUri());
    QVERIFY(state().size() >= 20);

    const BrowserPage page = browse(answerUrl(u"code=the-auth-code&state="_s + state()));
    QCOMPARE(page.status, 200);
    QVERIFY2(page.html.contains("You can close this window"), page.html.constData());
    QCOMPARE(succeeded.count(), 1);
    QCOMPARE(failed.count(), 0);
    const TokenSet set = succeeded.first().first().value<TokenSet>();
    QCOMPARE(set.accessToken, u"access-secret"_s);
    QCOMPARE(set.refreshToken, u"refresh-secret"_s);

    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest &redeem = m_server->requests().first();
    QCOMPARE(redeem.path(), u"/organizations/oauth2/v2.0/token"_s);
    QCOMPARE(redeem.formValue(u"grant_type"_s), u"authorization_code"_s);
    QCOMPARE(redeem.formValue(u"code"_s), u"the-auth-code"_s);
    QCOMPARE(redeem.formValue(u"client_id"_s), u"client-1"_s);
    QCOMPARE(QUrl(redeem.formValue(u"redirect_uri"_s)), redirect);
    QVERIFY(redeem.formValue(u"client_secret"_s).isEmpty());
    const QString verifier = redeem.formValue(u"code_verifier"_s);
    QCOMPARE(verifier.size(), 43);
    QCOMPARE(AuthCodePkceFlow::codeChallenge(verifier), authorize.queryItemValue(u"code_challenge"_s));
    QVERIFY(!flow->isRunning());
}

void TestAuthCodePkceFlow::accessDenied_failsAndTellsBrowser()
{
    AuthCodePkceFlow *flow = makeFlow();
    QSignalSpy failed(flow, &AuthCodePkceFlow::failed);
    flow->start();
    const BrowserPage page = browse(
        answerUrl(u"error=access_denied&error_description=AADSTS65004%3A+User+declined+to+consent&state="_s + state()));
    QCOMPARE(page.status, 400);
    QVERIFY(page.html.contains("Sign-in failed"));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"consent was refused"_s) && message.contains(u"AADSTS65004"_s), qPrintable(message));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestAuthCodePkceFlow::stateMismatch_neverRedeemed()
{
    m_server->enqueue(tokens());
    AuthCodePkceFlow *flow = makeFlow();
    QSignalSpy succeeded(flow, &AuthCodePkceFlow::succeeded);
    QSignalSpy failed(flow, &AuthCodePkceFlow::failed);
    flow->start();
    const BrowserPage page = browse(answerUrl(u"code=forged&state=not-ours"_s));
    QCOMPARE(page.status, 400);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"state mismatch"_s));
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestAuthCodePkceFlow::otherPaths_ignoredUntilTheAnswer()
{
    m_server->enqueue(tokens());
    AuthCodePkceFlow *flow = makeFlow();
    QSignalSpy succeeded(flow, &AuthCodePkceFlow::succeeded);
    flow->start();
    QUrl favicon = answerUrl({});
    favicon.setPath(u"/favicon.ico"_s);
    QCOMPARE(browse(favicon).status, 404);
    QCOMPARE(browse(answerUrl({})).status, 400); // "/" without an answer
    QVERIFY(flow->isRunning());
    QCOMPARE(browse(answerUrl(u"code=c&state="_s + state())).status, 200);
    QCOMPARE(succeeded.count(), 1);
}

void TestAuthCodePkceFlow::redeemRefused_browserSeesFailure()
{
    m_server->enqueue(ScriptedReply::json(400,
        R"({"error":"invalid_grant","error_description":"AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request."})"));
    AuthCodePkceFlow *flow = makeFlow();
    QSignalSpy failed(flow, &AuthCodePkceFlow::failed);
    flow->start();
    const BrowserPage page = browse(answerUrl(u"code=c&state="_s + state()));
    QCOMPARE(page.status, 400);
    QVERIFY(page.html.contains("Sign-in failed"));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().toString().contains(u"code=c"_s));
}

void TestAuthCodePkceFlow::cancel_closesThePort()
{
    AuthCodePkceFlow *flow = makeFlow();
    QSignalSpy failed(flow, &AuthCodePkceFlow::failed);
    flow->start();
    const quint16 port = quint16(flow->redirectUri().port());
    flow->cancel();
    flow->cancel();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), u"Sign-in was cancelled."_s);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(1000));
}

void TestAuthCodePkceFlow::timeLimit_fails()
{
    AuthCodePkceFlow *flow = makeFlow();
    flow->setTimeLimit(std::chrono::milliseconds(200));
    QSignalSpy failed(flow, &AuthCodePkceFlow::failed);
    flow->start();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"wasn't finished"_s));
}

void TestAuthCodePkceFlow::noBrowser_fails()
{
    AuthCodePkceFlow flow({m_server->url(), u"t"_s, u"c"_s, m_server->url()}, {u"User.Read.All"_s});
    QSignalSpy failed(&flow, &AuthCodePkceFlow::failed);
    flow.start();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"device code"_s));
}

// The "browser": follows the authorize URL's redirect back to the loopback listener, as a real one would.
static void browseFollowingRedirects(QNetworkAccessManager &nam, const QUrl &url, QList<int> *statuses)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = nam.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, statuses] {
        statuses->append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        reply->deleteLater();
    });
}

void TestAuthCodePkceFlow::fakeServer_browserSignIn_succeeds()
{
    Sspr::FakeGraph::Options options;
    options.users = 5;
    options.groups = 1;
    Sspr::FakeGraph::Server server(options);
    QVERIFY(server.start());
    AuthCodePkceFlow flow({server.authority(), server.tenantId(), u"app-1"_s, server.graphRoot()},
        {u"UserAuthenticationMethod.ReadWrite.All"_s});
    QList<int> pages;
    flow.setBrowserOpener([this, &pages](const QUrl &url) { browseFollowingRedirects(m_nam, url, &pages); });
    QSignalSpy succeeded(&flow, &AuthCodePkceFlow::succeeded);
    QSignalSpy failed(&flow, &AuthCodePkceFlow::failed);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 10000);
    QCOMPARE(failed.count(), 0);
    QTRY_COMPARE(pages, QList<int> {200});
    const TokenSet tokens = succeeded.first().first().value<TokenSet>();
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(!tokens.refreshToken.isEmpty());
    QVERIFY(server.issuedSecretsAndTokens().contains(tokens.refreshToken));
}

void TestAuthCodePkceFlow::fakeServer_consentDenied_fails()
{
    Sspr::FakeGraph::Options options;
    options.users = 5;
    options.groups = 1;
    options.denyAuthorization = true;
    Sspr::FakeGraph::Server server(options);
    QVERIFY(server.start());
    AuthCodePkceFlow flow(
        {server.authority(), server.tenantId(), u"app-1"_s, server.graphRoot()}, {u"User.Read.All"_s});
    QList<int> pages;
    flow.setBrowserOpener([this, &pages](const QUrl &url) { browseFollowingRedirects(m_nam, url, &pages); });
    QSignalSpy failed(&flow, &AuthCodePkceFlow::failed);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY2(failed.first().first().toString().contains(u"consent was refused"_s),
        qPrintable(failed.first().first().toString()));
    QTRY_COMPARE(pages, QList<int> {400});
    QCOMPARE(server.counters().tokenRequests, 0);
}

QTEST_GUILESS_MAIN(TestAuthCodePkceFlow)
#include "tst_authcodepkceflow.moc"
