#include "clientcertificate.h"
#include "testcertificates.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Sspr::Graph;
using Sspr::Test::TestCertificates;

namespace {

QByteArray fromBase64Url(const QString &part)
{
    return QByteArray::fromBase64(part.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class TestClientCertificate final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void load_accepted_data();
    void load_accepted();
    void load_legacyPkcs12();
    void load_refusedWithReason_data();
    void load_refusedWithReason();
    void thumbprint_isSha256OfDer();
    void clientAssertion_headerAndClaims();
    void clientAssertion_signatureVerifiesWithOpenSsl();
    void clientAssertion_lifetimeCappedAtTenMinutes();

private:
    TestCertificates m_files;
};

void TestClientCertificate::initTestCase()
{
    if (TestCertificates::openssl().isEmpty())
        QSKIP("the openssl command is needed to make test certificates (Debian package openssl)");
    QVERIFY2(m_files.create(), qPrintable(m_files.error));
}

void TestClientCertificate::load_accepted_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("password");
    QTest::newRow("PEM key then certificate") << u"combined.pem"_s << QString();
    QTest::newRow("PEM certificate then encrypted key") << u"combined-encrypted.pem"_s << u"pem-password"_s;
    QTest::newRow("PKCS#12 with password") << u"cert.pfx"_s << u"pfx-password"_s;
}

void TestClientCertificate::load_accepted()
{
    QFETCH(QString, file);
    QFETCH(QString, password);
    const auto certificate = ClientCertificate::load(m_files.path(file), password);
    QVERIFY2(certificate, qPrintable(certificate.errorMessage()));
    QVERIFY(certificate->subject().contains(u"sspr-console-test"_s));
    QVERIFY(certificate->notAfter() > QDateTime::currentDateTimeUtc());
    QCOMPARE(certificate->derCertificate(), m_files.readFile(u"cert.der"_s));
}

void TestClientCertificate::load_legacyPkcs12()
{
    if (!m_files.createLegacyPfx())
        QSKIP("this openssl cannot write legacy PKCS#12 files");
    const auto certificate = ClientCertificate::load(m_files.path(u"legacy.pfx"_s), u"pfx-password"_s);
    QVERIFY2(certificate, qPrintable(certificate.errorMessage()));
    QCOMPARE(certificate->derCertificate(), m_files.readFile(u"cert.der"_s));
}

void TestClientCertificate::load_refusedWithReason_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("reason");
    QTest::newRow("encrypted PEM without password") << u"combined-encrypted.pem"_s << QString() << u"password"_s;
    QTest::newRow("encrypted PEM, wrong password") << u"combined-encrypted.pem"_s << u"nope"_s << u"password"_s;
    QTest::newRow("PKCS#12, wrong password") << u"cert.pfx"_s << u"nope"_s << u"password"_s;
    QTest::newRow("certificate only") << u"cert.pem"_s << QString() << u"private key is missing"_s;
    QTest::newRow("key only") << u"key.pem"_s << QString() << u"certificate is missing"_s;
    QTest::newRow("EC key") << u"combined-ec.pem"_s << QString() << u"not an RSA key"_s;
    QTest::newRow("key of another certificate") << u"combined-mismatch.pem"_s << QString() << u"does not belong"_s;
    QTest::newRow("DER certificate") << u"cert.der"_s << QString() << u"Not a readable certificate"_s;
    QTest::newRow("missing file") << u"no-such-file.pem"_s << QString() << u"Can't read"_s;
}

void TestClientCertificate::load_refusedWithReason()
{
    QFETCH(QString, file);
    QFETCH(QString, password);
    QFETCH(QString, reason);
    const auto certificate = ClientCertificate::load(m_files.path(file), password);
    QVERIFY(!certificate);
    QVERIFY2(certificate.errorMessage().contains(reason), qPrintable(certificate.errorMessage()));
    if (!password.isEmpty())
        QVERIFY(!certificate.errorMessage().contains(password));
}

void TestClientCertificate::thumbprint_isSha256OfDer()
{
    const auto certificate = ClientCertificate::load(m_files.path(u"combined.pem"_s));
    QVERIFY(certificate);
    // openssl's own fingerprint, as hex with colons, turned into base64url.
    QVERIFY(m_files.run(u"x509 -in cert.pem -noout -fingerprint -sha256"_s));
    const QByteArray hex = m_files.output.mid(m_files.output.indexOf('=') + 1).trimmed().replace(':', "");
    const QString expected = QString::fromLatin1(
        QByteArray::fromHex(hex).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QCOMPARE(certificate->thumbprintSha256(), expected);
    QCOMPARE(certificate->thumbprintSha256().size(), 43);
}

void TestClientCertificate::clientAssertion_headerAndClaims()
{
    const auto certificate = ClientCertificate::load(m_files.path(u"cert.pfx"_s), u"pfx-password"_s);
    QVERIFY(certificate);
    const QUrl tokenUrl(u"https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token"_s);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1750000000, Qt::UTC);
    const auto jwt = certificate->clientAssertion(u"client-1"_s, tokenUrl, now);
    QVERIFY2(jwt, qPrintable(jwt.errorMessage()));
    const QStringList parts = jwt->split(u'.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(parts.at(0))).object();
    QCOMPARE(header.value(u"alg"_s).toString(), u"PS256"_s);
    QCOMPARE(header.value(u"typ"_s).toString(), u"JWT"_s);
    QCOMPARE(header.value(u"x5t#S256"_s).toString(), certificate->thumbprintSha256());
    const QJsonObject claims = QJsonDocument::fromJson(fromBase64Url(parts.at(1))).object();
    QCOMPARE(claims.value(u"aud"_s).toString(), tokenUrl.toString());
    QCOMPARE(claims.value(u"iss"_s).toString(), u"client-1"_s);
    QCOMPARE(claims.value(u"sub"_s).toString(), u"client-1"_s);
    QVERIFY(!QUuid::fromString(claims.value(u"jti"_s).toString()).isNull());
    QCOMPARE(claims.value(u"iat"_s).toInteger(), 1750000000);
    QCOMPARE(claims.value(u"nbf"_s).toInteger(), 1750000000);
    QCOMPARE(claims.value(u"exp"_s).toInteger(), 1750000000 + 600);
    QCOMPARE(fromBase64Url(parts.at(2)).size(), 256); // RSA-2048

    const auto second = certificate->clientAssertion(u"client-1"_s, tokenUrl, now);
    QVERIFY(second);
    const QJsonObject secondClaims = QJsonDocument::fromJson(fromBase64Url(second->split(u'.').at(1))).object();
    QVERIFY(secondClaims.value(u"jti"_s) != claims.value(u"jti"_s));
}

void TestClientCertificate::clientAssertion_signatureVerifiesWithOpenSsl()
{
    const auto certificate = ClientCertificate::load(m_files.path(u"combined.pem"_s));
    QVERIFY(certificate);
    const auto jwt = certificate->clientAssertion(u"client-1"_s,
        QUrl(u"https://login.microsoftonline.com/t/oauth2/v2.0/token"_s), QDateTime::currentDateTimeUtc());
    QVERIFY(jwt);
    const qsizetype lastDot = jwt->lastIndexOf(u'.');
    QVERIFY(m_files.writeFile(u"signed.txt"_s, jwt->left(lastDot).toLatin1()));
    QVERIFY(m_files.writeFile(u"signature.bin"_s, fromBase64Url(jwt->mid(lastDot + 1))));
    const QString verify = u"dgst -sha256 -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:32 -sigopt "
                           "rsa_mgf1_md:sha256 -verify public.pem -signature signature.bin "_s;
    QVERIFY2(m_files.run(verify + u"signed.txt"_s), qPrintable(m_files.error));
    QVERIFY(m_files.output.contains("Verified OK"));
    // The check can fail: one changed byte of the signed text and openssl refuses it.
    QByteArray tampered = jwt->left(lastDot).toLatin1();
    tampered[tampered.size() - 1] = tampered.at(tampered.size() - 1) == 'A' ? 'B' : 'A';
    QVERIFY(m_files.writeFile(u"tampered.txt"_s, tampered));
    QVERIFY(!m_files.run(verify + u"tampered.txt"_s));
    // PS256, not PKCS#1 v1.5 (RS256).
    QVERIFY(!m_files.run(u"dgst -sha256 -verify public.pem -signature signature.bin signed.txt"_s));
}

void TestClientCertificate::clientAssertion_lifetimeCappedAtTenMinutes()
{
    const auto certificate = ClientCertificate::load(m_files.path(u"combined.pem"_s));
    QVERIFY(certificate);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1750000000, Qt::UTC);
    const auto jwt = certificate->clientAssertion(
        u"c"_s, QUrl(u"https://login.microsoftonline.com/t"_s), now, std::chrono::hours(5));
    QVERIFY(jwt);
    const QJsonObject claims = QJsonDocument::fromJson(fromBase64Url(jwt->split(u'.').at(1))).object();
    QCOMPARE(claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger(), 600);
}

QTEST_GUILESS_MAIN(TestClientCertificate)
#include "tst_clientcertificate.moc"
