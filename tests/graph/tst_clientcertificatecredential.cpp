#include "clientcertificatecredential.h"
#include "fakegraphserver.h"
#include "graphclient.h"
#include "scriptedserver.h"
#include "testcertificates.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sspr::Graph;
using Sspr::Core::Result;
using Sspr::Test::RecordedRequest;
using Sspr::Test::ScriptedReply;
using Sspr::Test::ScriptedServer;
using Sspr::Test::TestCertificates;

namespace {

ScriptedReply tokenReply(const QByteArray &token)
{
    return ScriptedReply::json(200, R"({"token_type":"Bearer","expires_in":3599,"access_token":")" + token + "\"}");
}

Result<QString> ask(AccessTokenProvider &provider, QObject *context)
{
    std::optional<Result<QString>> answer;
    provider.accessToken(context, [&answer](Result<QString> token) { answer = std::move(token); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
        return Sspr::Core::Error {u"no answer"_s};
    return *answer;
}

QJsonObject jwtPart(const QString &jwt, int index)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(jwt.split(u'.').value(index).toLatin1(),
                                       QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .object();
}

} // namespace

class TestClientCertificateCredential final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fetch_postsSignedAssertionNotSecret();
    void eachFetch_freshAssertion();
    void refusedCertificate_readable();
    void fakeServer_certificateSignIn_readsPolicy();

private:
    IdentityConfig config(const ScriptedServer &server) const
    {
        return {server.url(), u"tenant-1"_s, u"client-1"_s, QUrl(u"https://graph.microsoft.us"_s)};
    }
    ClientCertificate certificate() const
    {
        return ClientCertificate::load(m_files.path(u"cert.pfx"_s), u"pfx-password"_s).value();
    }

    TestCertificates m_files;
    QObject m_context;
};

void TestClientCertificateCredential::initTestCase()
{
    if (TestCertificates::openssl().isEmpty())
        QSKIP("the openssl command is needed to make test certificates (Debian package openssl)");
    QVERIFY2(m_files.create(), qPrintable(m_files.error));
}

void TestClientCertificateCredential::fetch_postsSignedAssertionNotSecret()
{
    ScriptedServer server;
    server.enqueue(tokenReply("at-cert"));
    ClientCertificateCredential credential(config(server), certificate());
    const Result<QString> token = ask(credential, &m_context);
    QVERIFY2(token, qPrintable(token.errorMessage()));
    QCOMPARE(token.value(), u"at-cert"_s);
    const RecordedRequest &request = server.requests().first();
    QCOMPARE(request.path(), u"/tenant-1/oauth2/v2.0/token"_s);
    QCOMPARE(request.formValue(u"grant_type"_s), u"client_credentials"_s);
    QCOMPARE(request.formValue(u"client_id"_s), u"client-1"_s);
    QCOMPARE(request.formValue(u"scope"_s), u"https://graph.microsoft.us/.default"_s);
    QCOMPARE(
        request.formValue(u"client_assertion_type"_s), u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s);
    QVERIFY(request.formValue(u"client_secret"_s).isEmpty());
    const QString jwt = request.formValue(u"client_assertion"_s);
    QCOMPARE(jwtPart(jwt, 0).value(u"alg"_s).toString(), u"PS256"_s);
    const QJsonObject claims = jwtPart(jwt, 1);
    QCOMPARE(claims.value(u"aud"_s).toString(), config(server).tokenUrl().toString());
    QCOMPARE(claims.value(u"iss"_s).toString(), u"client-1"_s);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(qAbs(claims.value(u"iat"_s).toInteger() - now) < 60);
    QVERIFY(claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger() <= 600);
}

void TestClientCertificateCredential::eachFetch_freshAssertion()
{
    ScriptedServer server;
    server.enqueue(tokenReply("at-1"));
    server.enqueue(tokenReply("at-2"));
    ClientCertificateCredential credential(config(server), certificate());
    QCOMPARE(ask(credential, &m_context).value(), u"at-1"_s);
    credential.invalidate();
    QCOMPARE(ask(credential, &m_context).value(), u"at-2"_s);
    const QString first = server.requests().at(0).formValue(u"client_assertion"_s);
    const QString second = server.requests().at(1).formValue(u"client_assertion"_s);
    QVERIFY(jwtPart(first, 1).value(u"jti"_s) != jwtPart(second, 1).value(u"jti"_s));
}

void TestClientCertificateCredential::refusedCertificate_readable()
{
    ScriptedServer server;
    server.enqueue(ScriptedReply::json(401,
        R"({"error":"invalid_client","error_description":"AADSTS700027: Client assertion failed signature validation.","error_codes":[700027]})"));
    ClientCertificateCredential credential(config(server), certificate());
    const Result<QString> token = ask(credential, &m_context);
    QVERIFY(!token);
    QVERIFY2(
        token.errorMessage().contains(u"certificate was refused"_s) && token.errorMessage().contains(u"AADSTS700027"_s),
        qPrintable(token.errorMessage()));
    QVERIFY(!token.errorMessage().contains(u"eyJ"_s)); // no JWT in the message
}

void TestClientCertificateCredential::fakeServer_certificateSignIn_readsPolicy()
{
    Sspr::FakeGraph::Options options;
    options.users = 5;
    options.groups = 1;
    Sspr::FakeGraph::Server server(options);
    QVERIFY(server.start());
    ClientCertificateCredential credential(
        {server.authority(), server.tenantId(), u"app-1"_s, server.graphRoot()}, certificate());
    GraphClient client(server.graphRoot(), &credential);
    GraphJob *job = client.send(GraphRequest::get(u"/v1.0/policies/authenticationMethodsPolicy"_s));
    QSignalSpy spy(job, &GraphJob::finished);
    QVERIFY(spy.wait(10000));
    const GraphResult result = spy.first().first().value<GraphResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.object().value(u"id"_s).toString(), u"authenticationMethodsPolicy"_s);
    QCOMPARE(server.counters().tokenRequests, 1);
}

QTEST_GUILESS_MAIN(TestClientCertificateCredential)
#include "tst_clientcertificatecredential.moc"
