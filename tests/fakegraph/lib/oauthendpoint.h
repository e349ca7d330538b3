#pragma once

#include "httpmessage.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Sspr::FakeGraph {

class ServerCore;

// The identity platform routes of graph-facts §9: /{tenant}/oauth2/v2.0/{token|devicecode|authorize}, plus
// /devicelogin?user_code=... to approve a device code by hand. Called with the core's mutex held.
class OAuthEndpoint
{
public:
    explicit OAuthEndpoint(ServerCore &core);

    struct AccessToken
    {
        QString clientId;
        QString userId; // empty for app-only tokens
        qint64 expiresAtMs = 0;
        bool revoked = false;
    };
    enum class Check { Valid, Missing, Unknown, Expired };

    bool handles(const HttpRequest &request) const;
    HttpResponse handle(const HttpRequest &request, const QString &requestId);
    Check check(const QByteArray &authorization, AccessToken *token) const;
    QString issueAppToken(const QString &clientId);
    void expireAll();
    bool decide(const QString &userCode, bool approve);
    QString lastUserCode() const { return m_lastUserCode; }
    QStringList issued() const { return m_issued; }

private:
    struct DeviceCode
    {
        QString clientId, scope, userCode;
        qint64 expiresAtMs = 0;
        qint64 lastPollMs = 0;
        int intervalSeconds = 5;
        int polls = 0;
        enum class State { Pending, Approved, Declined, Redeemed } state = State::Pending;
    };
    struct AuthCode
    {
        QString clientId, redirectUri, challenge, scope;
        qint64 expiresAtMs = 0;
        bool used = false;
    };
    struct RefreshToken
    {
        QString clientId, scope, userId;
        bool valid = true;
    };

    HttpResponse token(const HttpRequest &request, const QString &tenant);
    HttpResponse clientCredentials(const QHash<QString, QString> &form, const QString &tenant);
    HttpResponse deviceCodeGrant(const QHash<QString, QString> &form);
    HttpResponse authorizationCodeGrant(const QHash<QString, QString> &form);
    HttpResponse refreshTokenGrant(const QHash<QString, QString> &form);
    HttpResponse deviceCode(const HttpRequest &request);
    HttpResponse authorize(const HttpRequest &request);
    HttpResponse deviceLogin(const HttpRequest &request);
    HttpResponse discovery(const QString &tenant) const;
    HttpResponse error(int status, const QString &code, int aadsts, const QString &description) const;
    HttpResponse tokens(
        const QString &clientId, const QString &userId, const QString &scope, bool delegated, const QString &tenant);
    QString randomToken(int bytes);
    bool tenantKnown(const QString &tenant) const;
    QString checkAssertion(const QString &assertion, const QString &clientId, const QString &tenant, int *aadsts) const;

    ServerCore &m_core;
    QString m_requestId;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, RefreshToken> m_refreshTokens;
    QHash<QString, DeviceCode> m_deviceCodes; // by device_code
    QHash<QString, AuthCode> m_authCodes;
    QString m_lastUserCode;
    QStringList m_issued;
};

} // namespace Sspr::FakeGraph
