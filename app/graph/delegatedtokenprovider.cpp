#include "delegatedtokenprovider.h"

#include "graphlog.h"
#include "identityendpoint.h"
#include "secretstore.h"

#include <QNetworkAccessManager>

namespace Sspr::Graph {

using namespace Qt::StringLiterals;

DelegatedTokenProvider::DelegatedTokenProvider(IdentityConfig config, QStringList permissions,
    Secrets::SecretStore *secrets, QNetworkAccessManager *nam, QObject *parent)
    : CachingTokenProvider(parent)
    , m_config(std::move(config))
    , m_permissions(std::move(permissions))
    , m_secrets(secrets)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{ }

QString DelegatedTokenProvider::secretKey() const
{
    return Secrets::SecretStore::makeKey(m_config.tenant, m_config.clientId, u"refresh-token"_s);
}

void DelegatedTokenProvider::adoptSignIn(const TokenSet &tokens, QObject *context, Done done)
{
    setCachedToken(tokens);
    if (tokens.refreshToken.isEmpty()) {
        // Without offline_access there is nothing to keep; the session ends when the access token does.
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
        return;
    }
    m_secrets->write(secretKey(), tokens.refreshToken, context, std::move(done));
}

void DelegatedTokenProvider::signOut(QObject *context, Done done)
{
    clearCachedToken();
    m_secrets->remove(secretKey(), context, std::move(done));
}

void DelegatedTokenProvider::fetchToken(FetchCallback done)
{
    m_secrets->read(secretKey(), this, [this, done = std::move(done)](Core::Result<QString> stored) mutable {
        if (!stored) {
            done(Core::Error {tr("The saved sign-in can't be read from the keychain: %1").arg(stored.errorMessage())});
            return;
        }
        if (stored.value().isEmpty()) {
            const QString message = tr("Not signed in. Sign in to the tenant first.");
            Q_EMIT signInRequired(message);
            done(Core::Error {message});
            return;
        }
        refresh(stored.value(), std::move(done));
    });
}

void DelegatedTokenProvider::refresh(const QString &refreshToken, FetchCallback done)
{
    const IdentityEndpoint::Form form {
        {u"grant_type"_s, u"refresh_token"_s},
        {u"client_id"_s, m_config.clientId},
        {u"refresh_token"_s, refreshToken},
        {u"scope"_s, m_config.delegatedScope(m_permissions)},
    };
    IdentityEndpoint::post(
        m_nam, m_config.tokenUrl(), form, this, [this, done = std::move(done)](const OAuthReply &reply) {
            if (!reply.ok()) {
                if (reply.error == u"invalid_grant"_s || reply.error == u"interaction_required"_s)
                    Q_EMIT signInRequired(reply.message);
                done(Core::Error {reply.message});
                return;
            }
            const TokenSet tokens = reply.tokens();
            if (tokens.refreshToken.isEmpty()) {
                done(tokens);
                return;
            }
            // The old refresh token may stop working once a new one is issued: store the new one before using the
            // access token, so a crash right after cannot leave only the stale one behind.
            m_secrets->write(secretKey(), tokens.refreshToken, this, [done, tokens](Core::Status status) {
                if (!status)
                    qCWarning(lcGraph, "the renewed sign-in could not be saved to the keychain");
                done(tokens);
            });
        });
}

} // namespace Sspr::Graph
