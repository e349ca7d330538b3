#pragma once

#include "tokenset.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QObject;

namespace Sspr::Graph {

// The answer of an identity-platform endpoint (/token, /devicecode): the JSON on success, or the OAuth error.
struct OAuthReply
{
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString error; // OAuth "error" (invalid_grant, authorization_pending, ...) or ours: networkError,
                   // timeout, invalidJson, insecureUrl
    QString aadstsCode; // "AADSTS70011" when error_description names one
    QJsonObject json;
    QString message; // readable; empty on success

    bool ok() const { return httpStatus == 200 && error.isEmpty(); }
    TokenSet tokens() const; // from access_token, refresh_token, id_token, scope, expires_in
};

// Form POSTs to the identity platform (graph-facts §9): x-www-form-urlencoded, no redirects, a timeout, and errors
// turned into sentences. Forms carry secrets (client_secret, refresh_token, code_verifier), so nothing here logs.
class IdentityEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Graph::IdentityEndpoint)

public:
    using Form = QList<QPair<QString, QString>>;
    using Callback = std::function<void(const OAuthReply &reply)>;

    // done is called once, bound to context (not called if context is gone). Returns the reply so the caller can
    // abort it (done then sees error "cancelled"), or nullptr when the URL was refused (done is still called, queued).
    static QNetworkReply *post(QNetworkAccessManager *nam, const QUrl &url, const Form &form, QObject *context,
        Callback done, int timeoutMs = 30000);

    // Aborts a reply post() returned, if it still runs; its callback then sees error "cancelled".
    static void cancel(QNetworkReply *reply);

    // Every byte outside [A-Za-z0-9-._~] percent-encoded: secrets may hold '+', '&' or '='.
    static QByteArray encodeForm(const Form &form);
    // A sentence for an OAuth error (and its AADSTS code), for the cases the console can explain.
    static QString readableError(const QString &error, const QString &aadstsCode, int httpStatus);
};

} // namespace Sspr::Graph
