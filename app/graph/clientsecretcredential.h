#pragma once

#include "cachingtokenprovider.h"
#include "identityconfig.h"

class QNetworkAccessManager;

namespace Sspr::Graph {

// App-only sign-in with a client secret (client credentials grant, graph-facts §9.1): scope {graphRoot}/.default,
// no refresh token; a new access token is fetched whenever the cached one is within a minute of expiry.
class ClientSecretCredential final : public CachingTokenProvider
{
    Q_OBJECT

public:
    // nam is not owned; nullptr: one of our own.
    ClientSecretCredential(
        IdentityConfig config, QString clientSecret, QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);

protected:
    void fetchToken(FetchCallback done) override;

private:
    IdentityConfig m_config;
    QString m_secret;
    QNetworkAccessManager *m_nam;
};

} // namespace Sspr::Graph
