#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

struct evp_pkey_st;

namespace Sspr::Graph {

// An app registration's certificate with its RSA private key, read from a PEM file (key and certificate, the key
// optionally encrypted) or a PKCS#12 (.pfx/.p12) file, and what it is used for: the client assertion JWT of the
// certificate credential (graph-facts §9.1), signed PS256 (RSA-PSS, SHA-256) with libcrypto.
class ClientCertificate
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Graph::ClientCertificate)

public:
    static Core::Result<ClientCertificate> load(const QString &path, const QString &password = {});
    static Core::Result<ClientCertificate> fromData(const QByteArray &data, const QString &password = {});

    QByteArray derCertificate() const { return m_der; }
    // SHA-256 of the DER certificate, base64url without padding: the JWT header's "x5t#S256".
    QString thumbprintSha256() const;
    QDateTime notAfter() const { return m_notAfter; }
    QString subject() const { return m_subject; }

    // RSASSA-PSS with SHA-256, MGF1-SHA-256, salt length 32 (JWA "PS256").
    Core::Result<QByteArray> signPs256(const QByteArray &data) const;

    // The signed client assertion: header {alg PS256, typ JWT, x5t#S256}, claims aud = the token URL,
    // iss = sub = clientId, a fresh jti, nbf = iat = now, exp = now + lifetime (at most 10 minutes).
    Core::Result<QString> clientAssertion(const QString &clientId, const QUrl &tokenUrl, const QDateTime &now,
        std::chrono::seconds lifetime = std::chrono::minutes(10)) const;

private:
    std::shared_ptr<evp_pkey_st> m_key;
    QByteArray m_der;
    QDateTime m_notAfter;
    QString m_subject;
};

} // namespace Sspr::Graph
