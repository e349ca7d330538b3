#pragma once

#include "cachingtokenprovider.h"
#include "clientcertificate.h"
#include "identityconfig.h"

class QNetworkAccessManager;

namespace Sspr::Graph {

// App-only sign-in with a certificate (client credentials grant with a signed client assertion, graph-facts §9.1):
// each token request carries a fresh JWT, valid for at most 10 minutes, signed with the certificate's key.
class ClientCertificateCredential final : public CachingTokenProvider
{
    Q_OBJECT

public:
    ClientCertificateCredential(IdentityConfig config, ClientCertificate certificate,
        QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);

protected:
    void fetchToken(FetchCallback done) override;

private:
    IdentityConfig m_config;
    ClientCertificate m_certificate;
    QNetworkAccessManager *m_nam;
};

} // namespace Sspr::Graph
