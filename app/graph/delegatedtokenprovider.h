#pragma once

#include "cachingtokenprovider.h"
#include "identityconfig.h"

#include <QStringList>

class QNetworkAccessManager;

namespace Sspr::Secrets {
class SecretStore;
}

namespace Sspr::Graph {

// Delegated access after an interactive sign-in (DeviceCodeFlow or AuthCodePkceFlow): the refresh token lives in the
// keychain (SecretStore, key "<tenant>/<clientId>/refresh-token"), the access token only in memory. A new access token
// is fetched with the refresh token when the cached one is within a minute of expiry, and the refresh token that comes
// back replaces the stored one every time (Entra rotates them, graph-facts §9.3).
class DelegatedTokenProvider final : public CachingTokenProvider
{
    Q_OBJECT

public:
    using Done = std::function<void(Core::Status status)>;

    DelegatedTokenProvider(IdentityConfig config, QStringList permissions, Secrets::SecretStore *secrets,
        QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);

    QString secretKey() const;

    // Keeps what a sign-in flow returned: the refresh token to the keychain, the access token in memory.
    void adoptSignIn(const TokenSet &tokens, QObject *context, Done done);
    // Forgets the access token and removes the refresh token from the keychain.
    void signOut(QObject *context, Done done);

Q_SIGNALS:
    // The stored refresh token was refused or is missing: the person must sign in again.
    void signInRequired(const QString &message);

protected:
    void fetchToken(FetchCallback done) override;

private:
    void refresh(const QString &refreshToken, FetchCallback done);

    IdentityConfig m_config;
    QStringList m_permissions;
    Secrets::SecretStore *m_secrets;
    QNetworkAccessManager *m_nam;
};

} // namespace Sspr::Graph
