#pragma once

#include <QDateTime>
#include <QString>

namespace Sspr::Graph {

// What a token endpoint handed out. Lives only in memory; the refresh token goes to the keychain (SecretStore) and
// nowhere else. Never logged, never part of an error message.
struct TokenSet
{
    QString accessToken;
    QString refreshToken; // only for delegated sign-in with offline_access
    QString idToken; // only with the openid scope
    QString scope;
    QDateTime expiresAt; // UTC, from expires_in

    bool isEmpty() const { return accessToken.isEmpty(); }
};

} // namespace Sspr::Graph
