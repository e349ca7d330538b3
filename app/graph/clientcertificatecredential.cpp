#include "clientcertificatecredential.h"

#include "identityendpoint.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace Sspr::Graph {

using namespace Qt::StringLiterals;

ClientCertificateCredential::ClientCertificateCredential(
    IdentityConfig config, ClientCertificate certificate, QNetworkAccessManager *nam, QObject *parent)
    : CachingTokenProvider(parent)
    , m_config(std::move(config))
    , m_certificate(std::move(certificate))
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{ }

void ClientCertificateCredential::fetchToken(FetchCallback done)
{
    const QUrl tokenUrl = m_config.tokenUrl();
    const Core::Result<QString> assertion
        = m_certificate.clientAssertion(m_config.clientId, tokenUrl, QDateTime::currentDateTimeUtc());
    if (!assertion) {
        QTimer::singleShot(0, this, [done = std::move(done), error = assertion.error()] { done(error); });
        return;
    }
    const IdentityEndpoint::Form form {
        {u"client_id"_s, m_config.clientId},
        {u"scope"_s, m_config.appOnlyScope()},
        {u"client_assertion_type"_s, u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s},
        {u"client_assertion"_s, assertion.value()},
        {u"grant_type"_s, u"client_credentials"_s},
    };
    IdentityEndpoint::post(m_nam, tokenUrl, form, this, [done = std::move(done)](const OAuthReply &reply) {
        if (!reply.ok()) {
            done(Core::Error {reply.message});
            return;
        }
        done(reply.tokens());
    });
}

} // namespace Sspr::Graph
