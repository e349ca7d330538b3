#include "clientsecretcredential.h"

#include "identityendpoint.h"

#include <QNetworkAccessManager>

namespace Sspr::Graph {

using namespace Qt::StringLiterals;

ClientSecretCredential::ClientSecretCredential(
    IdentityConfig config, QString clientSecret, QNetworkAccessManager *nam, QObject *parent)
    : CachingTokenProvider(parent)
    , m_config(std::move(config))
    , m_secret(std::move(clientSecret))
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{ }

void ClientSecretCredential::fetchToken(FetchCallback done)
{
    const IdentityEndpoint::Form form {
        {u"client_id"_s, m_config.clientId},
        {u"scope"_s, m_config.appOnlyScope()},
        {u"client_secret"_s, m_secret},
        {u"grant_type"_s, u"client_credentials"_s},
    };
    IdentityEndpoint::post(m_nam, m_config.tokenUrl(), form, this, [done = std::move(done)](const OAuthReply &reply) {
        if (!reply.ok()) {
            done(Core::Error {reply.message});
            return;
        }
        done(reply.tokens());
    });
}

} // namespace Sspr::Graph
