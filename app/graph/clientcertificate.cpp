#include "clientcertificate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <algorithm>
#include <ctime>

namespace Sspr::Graph {

using namespace Qt::StringLiterals;

namespace {

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Free
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct Pkcs12Free
{
    void operator()(PKCS12 *p12) const { PKCS12_free(p12); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, Pkcs12Free>;

std::shared_ptr<EVP_PKEY> adoptKey(EVP_PKEY *key)
{
    return std::shared_ptr<EVP_PKEY>(key, [](EVP_PKEY *k) { EVP_PKEY_free(k); });
}

BioPtr memoryBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

// Supplies the password to PEM_read_*; with none, it refuses instead of letting OpenSSL prompt on the terminal.
int pemPassword(char *buffer, int size, int, void *userData)
{
    const auto *password = static_cast<const QByteArray *>(userData);
    if (!password || password->isEmpty())
        return -1;
    const int length = qMin(size, int(password->size()));
    memcpy(buffer, password->constData(), size_t(length));
    return length;
}

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QDateTime asn1Time(const ASN1_TIME *time)
{
    std::tm tm {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(
        QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

bool parsePkcs12(const QByteArray &data, const QByteArray &password, EVP_PKEY **key, X509 **cert)
{
    BioPtr bio = memoryBio(data);
    Pkcs12Ptr p12(d2i_PKCS12_bio(bio.get(), nullptr));
    if (!p12)
        return false;
    // An empty password may be stored as "no password" or as the empty string: try both.
    if (PKCS12_parse(p12.get(), password.constData(), key, cert, nullptr) == 1)
        return true;
    return password.isEmpty() && PKCS12_parse(p12.get(), nullptr, key, cert, nullptr) == 1;
}

} // namespace

Core::Result<ClientCertificate> ClientCertificate::load(const QString &path, const QString &password)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error {tr("Can't read the certificate file %1: %2").arg(path, file.errorString())};
    if (file.size() > 1024 * 1024)
        return Core::Error {tr("%1 is too large to be a certificate file.").arg(path)};
    Core::Result<ClientCertificate> certificate = fromData(file.readAll(), password);
    if (!certificate)
        return Core::Error {tr("%1: %2").arg(QFileInfo(path).fileName(), certificate.errorMessage())};
    return certificate;
}

Core::Result<ClientCertificate> ClientCertificate::fromData(const QByteArray &data, const QString &password)
{
    const QByteArray pass = password.toUtf8();
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCert = nullptr;
    if (data.contains("-----BEGIN")) {
        BioPtr keyBio = memoryBio(data);
        rawKey = PEM_read_bio_PrivateKey(keyBio.get(), nullptr, pemPassword, const_cast<QByteArray *>(&pass));
        // PEM_read_bio_X509 skips the key block, whichever comes first.
        BioPtr certBio = memoryBio(data);
        rawCert = PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr);
    } else if (!parsePkcs12(data, pass, &rawKey, &rawCert)) {
        // Files exported by older Windows use RC2/3DES, which OpenSSL 3 keeps in its legacy provider.
        ERR_clear_error();
        if (OSSL_PROVIDER_try_load(nullptr, "legacy", 1))
            parsePkcs12(data, pass, &rawKey, &rawCert);
    }
    ERR_clear_error();
    std::shared_ptr<EVP_PKEY> key = adoptKey(rawKey);
    X509Ptr cert(rawCert);
    if (!rawKey && !rawCert) {
        return Core::Error {tr("Not a readable certificate: expected a PEM file (key and certificate) or a PKCS#12 "
                               "(.pfx) file, and the right password if it has one.")};
    }
    if (!rawKey)
        return Core::Error {tr("The private key is missing, or the password is wrong.")};
    if (!rawCert)
        return Core::Error {tr("The certificate is missing: the file holds only a private key.")};
    if (EVP_PKEY_get_base_id(rawKey) != EVP_PKEY_RSA)
        return Core::Error {tr("The key is not an RSA key; Microsoft Entra certificate credentials need RSA.")};
    if (X509_check_private_key(rawCert, rawKey) != 1) {
        ERR_clear_error();
        return Core::Error {tr("The private key does not belong to the certificate.")};
    }

    ClientCertificate certificate;
    certificate.m_key = std::move(key);
    const int derLength = i2d_X509(rawCert, nullptr);
    if (derLength <= 0)
        return Core::Error {tr("The certificate can't be encoded.")};
    certificate.m_der.resize(derLength);
    auto *out = reinterpret_cast<unsigned char *>(certificate.m_der.data());
    i2d_X509(rawCert, &out);
    certificate.m_notAfter = asn1Time(X509_get0_notAfter(rawCert));
    char subject[512] = {};
    X509_NAME_oneline(X509_get_subject_name(rawCert), subject, int(sizeof subject));
    certificate.m_subject = QString::fromUtf8(subject);
    return certificate;
}

QString ClientCertificate::thumbprintSha256() const
{
    return base64Url(QCryptographicHash::hash(m_der, QCryptographicHash::Sha256));
}

Core::Result<QByteArray> ClientCertificate::signPs256(const QByteArray &data) const
{
    if (!m_key)
        return Core::Error {tr("No private key is loaded.")};
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pkeyCtx = nullptr;
    size_t length = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(data.constData());
    const bool ok = ctx && EVP_DigestSignInit(ctx.get(), &pkeyCtx, EVP_sha256(), nullptr, m_key.get()) == 1
        && EVP_PKEY_CTX_set_rsa_padding(pkeyCtx, RSA_PKCS1_PSS_PADDING) == 1
        && EVP_PKEY_CTX_set_rsa_pss_saltlen(pkeyCtx, RSA_PSS_SALTLEN_DIGEST) == 1
        && EVP_PKEY_CTX_set_rsa_mgf1_md(pkeyCtx, EVP_sha256()) == 1
        && EVP_DigestSign(ctx.get(), nullptr, &length, input, size_t(data.size())) == 1;
    QByteArray signature(qsizetype(length), '\0');
    if (!ok
        || EVP_DigestSign(
               ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, input, size_t(data.size()))
            != 1) {
        ERR_clear_error();
        return Core::Error {tr("Signing the client assertion with the certificate's key failed.")};
    }
    signature.resize(qsizetype(length));
    return signature;
}

Core::Result<QString> ClientCertificate::clientAssertion(
    const QString &clientId, const QUrl &tokenUrl, const QDateTime &now, std::chrono::seconds lifetime) const
{
    const qint64 issuedAt = now.toSecsSinceEpoch();
    const qint64 seconds = std::clamp<qint64>(lifetime.count(), 60, 600);
    const QJsonObject header {
        {u"alg"_s, u"PS256"_s},
        {u"typ"_s, u"JWT"_s},
        {u"x5t#S256"_s, thumbprintSha256()},
    };
    const QJsonObject claims {
        {u"aud"_s, tokenUrl.toString(QUrl::FullyEncoded)},
        {u"iss"_s, clientId},
        {u"sub"_s, clientId},
        {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"nbf"_s, issuedAt},
        {u"iat"_s, issuedAt},
        {u"exp"_s, issuedAt + seconds},
    };
    const QString signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + u'.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const Core::Result<QByteArray> signature = signPs256(signingInput.toLatin1());
    if (!signature)
        return signature.error();
    return signingInput + u'.' + base64Url(signature.value());
}

} // namespace Sspr::Graph
