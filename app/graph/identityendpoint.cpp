#include "identityendpoint.h"

#include "cloud.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

namespace Sspr::Graph {

using namespace Qt::StringLiterals;

TokenSet OAuthReply::tokens() const
{
    TokenSet tokens;
    tokens.accessToken = json.value(u"access_token"_s).toString();
    tokens.refreshToken = json.value(u"refresh_token"_s).toString();
    tokens.idToken = json.value(u"id_token"_s).toString();
    tokens.scope = json.value(u"scope"_s).toString();
    // expires_in is a number in v2.0 answers, a string in some older ones.
    const QJsonValue expiresIn = json.value(u"expires_in"_s);
    const qint64 seconds = expiresIn.isString() ? expiresIn.toString().toLongLong() : qint64(expiresIn.toDouble(3600));
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(qMax<qint64>(0, seconds));
    return tokens;
}

QByteArray IdentityEndpoint::encodeForm(const Form &form)
{
    QByteArray body;
    for (const auto &[name, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QString IdentityEndpoint::readableError(const QString &error, const QString &aadstsCode, int httpStatus)
{
    const QString code = aadstsCode.isEmpty() ? error : aadstsCode;
    if (error == u"cancelled"_s)
        return tr("Sign-in was cancelled.");
    if (error == u"timeout"_s)
        return tr("The Microsoft sign-in service didn't answer in time. Check the network connection and try again.");
    if (error == u"invalidJson"_s)
        return tr("The Microsoft sign-in service sent an unreadable answer. Try again.");
    if (aadstsCode == u"AADSTS7000215"_s || aadstsCode == u"AADSTS7000222"_s)
        return tr("The app's client secret was refused (%1): it is wrong or has expired. Create a new secret in the "
                  "app registration.")
            .arg(code);
    if (aadstsCode == u"AADSTS700027"_s || aadstsCode == u"AADSTS700024"_s)
        return tr("The app's certificate was refused (%1): it is not uploaded to this app registration, has expired, "
                  "or this computer's clock is wrong.")
            .arg(code);
    if (aadstsCode == u"AADSTS700016"_s)
        return tr("The app (client id) is not registered in this tenant (%1). Check the client id and the tenant.")
            .arg(code);
    if (aadstsCode == u"AADSTS90002"_s)
        return tr("The tenant was not found (%1). Check the tenant id or domain, and the cloud.").arg(code);
    if (aadstsCode == u"AADSTS7000218"_s)
        return tr("The app registration doesn't allow this sign-in (%1): turn on \"Allow public client flows\" in its "
                  "Authentication settings.")
            .arg(code);
    if (aadstsCode == u"AADSTS65001"_s || error == u"consent_required"_s)
        return tr("The app hasn't been granted the permissions it asks for (%1). An administrator must grant consent "
                  "in the app registration.")
            .arg(code);
    if (aadstsCode == u"AADSTS50076"_s || aadstsCode == u"AADSTS50079"_s || error == u"interaction_required"_s)
        return tr("Multi-factor authentication is required (%1). Sign in again interactively.").arg(code);
    if (aadstsCode == u"AADSTS53003"_s)
        return tr("A Conditional Access policy blocked the sign-in (%1).").arg(code);
    if (error == u"invalid_grant"_s)
        return tr("Your sign-in has expired or was revoked (%1). Sign in again.").arg(code);
    if (error == u"invalid_client"_s)
        return tr("The app's credentials were refused (%1). Check the client secret or certificate of the app "
                  "registration.")
            .arg(code);
    if (error == u"unauthorized_client"_s)
        return tr("The app is not allowed to sign in this way (%1). Check the app registration.").arg(code);
    if (error == u"invalid_scope"_s)
        return tr("The permissions asked for are not valid for this app or cloud (%1).").arg(code);
    if (error == u"access_denied"_s)
        return tr("Sign-in was cancelled, or consent was refused (%1).").arg(code);
    if (error == u"authorization_declined"_s)
        return tr("Sign-in was declined on the verification page.");
    if (error == u"expired_token"_s || error == u"code_expired"_s)
        return tr("The sign-in code expired before it was used. Start the sign-in again.");
    if (error == u"bad_verification_code"_s)
        return tr("The sign-in code was not recognised. Start the sign-in again.");
    if (error == u"temporarily_unavailable"_s || httpStatus >= 500)
        return tr("The Microsoft sign-in service is temporarily unavailable (%1). Try again in a few minutes.")
            .arg(code.isEmpty() ? QString::number(httpStatus) : code);
    if (code.isEmpty())
        return tr("Sign-in failed (HTTP %1).").arg(httpStatus);
    return tr("Sign-in failed (%1).").arg(code);
}

void IdentityEndpoint::cancel(QNetworkReply *reply)
{
    // A reply that has already finished only has its finished() signal on the way; aborting it again would be an error.
    if (!reply || !reply->isRunning())
        return;
    reply->setProperty("ssprAborted", true);
    reply->abort();
}

QNetworkReply *IdentityEndpoint::post(
    QNetworkAccessManager *nam, const QUrl &url, const Form &form, QObject *context, Callback done, int timeoutMs)
{
    if (const Core::Status status = checkEndpointUrl(url); !status) {
        OAuthReply reply;
        reply.error = u"insecureUrl"_s;
        reply.message = status.errorMessage();
        QTimer::singleShot(0, context, [done = std::move(done), reply] { done(reply); });
        return nullptr;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("SsprConsole/" SSPR_VERSION));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    // A token endpoint that redirects is misconfigured or hostile: the form holds secrets, so it goes nowhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *networkReply = nam->post(request, encodeForm(form));
    // Deleted even when the context is gone before the answer (the callback is then skipped).
    QObject::connect(networkReply, &QNetworkReply::finished, networkReply, &QObject::deleteLater);
    QObject::connect(networkReply, &QNetworkReply::finished, context, [networkReply, done = std::move(done)] {
        OAuthReply reply;
        const QVariant status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError error = networkReply->error();
        if (!status.isValid() || (error != QNetworkReply::NoError && int(error) < 200)) {
            if (error == QNetworkReply::OperationCanceledError && networkReply->property("ssprAborted").toBool())
                reply.error = u"cancelled"_s;
            else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
                reply.error = u"timeout"_s;
            else
                reply.error = u"networkError"_s;
            reply.message = reply.error == u"networkError"_s
                ? tr("Couldn't reach the Microsoft sign-in service: %1.").arg(networkReply->errorString())
                : readableError(reply.error, {}, 0);
            done(reply);
            return;
        }
        reply.httpStatus = status.toInt();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(networkReply->readAll(), &parseError);
        reply.json = doc.object();
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            reply.error = u"invalidJson"_s;
        } else if (reply.httpStatus != 200 || reply.json.contains(u"error"_s)) {
            reply.error = reply.json.value(u"error"_s).toString();
            if (reply.error.isEmpty())
                reply.error = u"http"_s + QString::number(reply.httpStatus);
            static const QRegularExpression aadsts(u"AADSTS\\d+"_s);
            reply.aadstsCode = aadsts.match(reply.json.value(u"error_description"_s).toString()).captured();
        } else if (reply.json.value(u"access_token"_s).toString().isEmpty()
            && reply.json.value(u"device_code"_s).toString().isEmpty()) {
            reply.error = u"invalidJson"_s;
        }
        if (!reply.error.isEmpty())
            reply.message = readableError(reply.error, reply.aadstsCode, reply.httpStatus);
        done(reply);
    });
    return networkReply;
}

} // namespace Sspr::Graph
