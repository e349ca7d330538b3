#include "graphconnection.h"

#include "authcodepkceflow.h"
#include "clientcertificate.h"
#include "clientcertificatecredential.h"
#include "clientsecretcredential.h"
#include "delegatedtokenprovider.h"
#include "devicecodeflow.h"
#include "graphclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace Sspr::Services {

using Core::Error;
using Core::Result;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {
const QString kRefreshToken = u"refresh-token"_s;
const QString kClientSecret = u"client-secret"_s;
const QString kCertificatePassword = u"certificate-password"_s;

// Removes the purposes one after the other (the keychain serialises its jobs anyway) and reports the first failure
// at the end, so one failing entry does not leave the others behind.
void removeEach(Secrets::SecretStore &secrets, QStringList keys, QObject *context, Status firstError,
    Secrets::SecretStore::WriteCallback done)
{
    if (keys.isEmpty()) {
        done(firstError);
        return;
    }
    const QString key = keys.takeFirst();
    secrets.remove(key, context,
        [&secrets, keys = std::move(keys), context, firstError, done = std::move(done)](Status status) mutable {
            if (!status && firstError)
                firstError = status;
            removeEach(secrets, std::move(keys), context, std::move(firstError), std::move(done));
        });
}
} // namespace

GraphConnection::GraphConnection(TenantProfile profile, Secrets::SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_secrets(secrets)
    , m_nam(new QNetworkAccessManager(this))
{ }

GraphConnection::~GraphConnection() = default;

Graph::IdentityConfig GraphConnection::identity() const
{
    const Graph::CloudEndpoints endpoints = m_profile.endpoints();
    // Lower case, as in TenantProfile::secretKey(): the refresh token's keychain key is built from these.
    return {endpoints.authority, m_profile.tenant.toLower(), m_profile.clientId.toLower(), endpoints.graphRoot};
}

QStringList GraphConnection::delegatedPermissions()
{
    // What the console reads and writes for SSPR (graph-facts §2-§7): users and groups, their authentication
    // methods, the authentication methods policy, the registration report, and the admin SSPR switch.
    return {
        u"User.Read.All"_s,
        u"Group.Read.All"_s,
        u"UserAuthenticationMethod.ReadWrite.All"_s,
        u"Policy.ReadWrite.AuthenticationMethod"_s,
        u"Policy.ReadWrite.Authorization"_s,
        u"AuditLog.Read.All"_s,
    };
}

void GraphConnection::setCredential(const QString &secretOrPassword)
{
    m_credential = secretOrPassword;
    m_credentialGiven = true;
}

Graph::AccessTokenProvider *GraphConnection::tokens() const
{
    return m_provider.get();
}

QString GraphConnection::credentialPurpose() const
{
    return m_profile.signIn == TenantProfile::SignIn::Certificate ? kCertificatePassword : kClientSecret;
}

void GraphConnection::signIn(bool interactive)
{
    if (m_signingIn)
        return;
    m_signingIn = true;
    m_signedIn = false;
    m_client.reset();
    m_delegated = nullptr;
    m_provider.reset();
    if (const Status valid = m_profile.validate(); !valid) {
        // Queued, like every other outcome, so callers can connect after calling.
        QMetaObject::invokeMethod(
            this, [this, valid] { finishSignIn(valid); }, Qt::QueuedConnection);
        return;
    }
    if (!m_profile.isAppOnly()) {
        signInDelegated(interactive);
        return;
    }
    if (m_credentialGiven) {
        QMetaObject::invokeMethod(
            this, [this] { signInAppOnly(m_credential); }, Qt::QueuedConnection);
        return;
    }
    m_secrets.read(m_profile.secretKey(credentialPurpose()), this, [this](Result<QString> stored) {
        if (!stored) {
            finishSignIn(stored.error());
            return;
        }
        if (stored.value().isEmpty() && m_profile.signIn == TenantProfile::SignIn::ClientSecret) {
            finishSignIn(Error {tr("The keychain holds no client secret for the profile \"%1\": connect it again "
                                   "(ssprctl connect, or Connect to a tenant… in the console).")
                                    .arg(m_profile.name)});
            return;
        }
        signInAppOnly(stored.value());
    });
}

void GraphConnection::signInAppOnly(const QString &credential)
{
    if (m_profile.signIn == TenantProfile::SignIn::Certificate) {
        auto certificate = Graph::ClientCertificate::load(m_profile.certificatePath, credential);
        if (!certificate) {
            finishSignIn(certificate.error());
            return;
        }
        m_provider
            = std::make_unique<Graph::ClientCertificateCredential>(identity(), std::move(certificate).value(), m_nam);
    } else {
        m_provider = std::make_unique<Graph::ClientSecretCredential>(identity(), credential, m_nam);
    }
    // The first token proves the secret or certificate before anything is stored.
    m_provider->accessToken(
        this, [this](Result<QString> token) { finishSignIn(token ? Status {} : Status {token.error()}); });
}

void GraphConnection::signInDelegated(bool interactive)
{
    auto delegated
        = std::make_unique<Graph::DelegatedTokenProvider>(identity(), delegatedPermissions(), &m_secrets, m_nam);
    m_delegated = delegated.get();
    m_provider = std::move(delegated);
    connect(m_delegated, &Graph::DelegatedTokenProvider::signInRequired, this, [this](const QString &message) {
        if (m_signingIn)
            finishSignIn(Error {message});
    });
    if (!interactive) {
        m_provider->accessToken(this, [this](Result<QString> token) {
            if (m_signingIn)
                finishSignIn(token ? Status {} : Status {token.error()});
        });
        return;
    }
    if (m_profile.signIn == TenantProfile::SignIn::DeviceCode) {
        auto *flow = new Graph::DeviceCodeFlow(identity(), delegatedPermissions(), m_nam, this);
        m_deviceFlow = flow;
        connect(flow, &Graph::DeviceCodeFlow::codeReady, this,
            [this](const QString &userCode, const QUrl &uri, const QString &, int expiresIn) {
                Q_EMIT deviceCodeReady(userCode, uri, expiresIn);
            });
        connect(flow, &Graph::DeviceCodeFlow::succeeded, this, &GraphConnection::adopt);
        connect(flow, &Graph::DeviceCodeFlow::failed, this,
            [this](const QString &message) { finishSignIn(Error {message}); });
        flow->start();
        return;
    }
    auto *flow = new Graph::AuthCodePkceFlow(identity(), delegatedPermissions(), m_nam, this);
    m_browserFlow = flow;
    flow->setBrowserOpener([this](const QUrl &url) { Q_EMIT authorizationUrlReady(url); });
    connect(flow, &Graph::AuthCodePkceFlow::succeeded, this, &GraphConnection::adopt);
    connect(flow, &Graph::AuthCodePkceFlow::failed, this,
        [this](const QString &message) { finishSignIn(Error {message}); });
    flow->start();
}

void GraphConnection::adopt(const Graph::TokenSet &tokens)
{
    if (!m_delegated)
        return;
    m_delegated->adoptSignIn(tokens, this, [this](Status stored) { finishSignIn(stored); });
}

void GraphConnection::cancelSignIn()
{
    if (!m_signingIn)
        return;
    if (m_deviceFlow)
        m_deviceFlow->cancel();
    if (m_browserFlow)
        m_browserFlow->cancel();
    if (m_signingIn)
        finishSignIn(Error {tr("Sign-in was cancelled.")});
}

void GraphConnection::finishSignIn(const Status &status)
{
    if (!m_signingIn)
        return;
    m_signingIn = false;
    for (QObject *flow : {static_cast<QObject *>(m_deviceFlow.data()), static_cast<QObject *>(m_browserFlow.data())}) {
        if (flow)
            flow->deleteLater();
    }
    if (!status) {
        Q_EMIT signInFailed(status.errorMessage());
        return;
    }
    m_client = std::make_unique<Graph::GraphClient>(identity().graphRoot, m_provider.get());
    m_signedIn = true;
    Q_EMIT signedIn();
}

void GraphConnection::fetchTenantInfo(QObject *context, TenantInfoCallback done)
{
    if (!m_client) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done(Error {tr("Not signed in.")}); }, Qt::QueuedConnection);
        return;
    }
    Graph::GraphJob *job
        = m_client->send(Graph::GraphRequest::get(u"/v1.0/organization?$select=id,displayName,verifiedDomains"_s));
    connect(job, &Graph::GraphJob::finished, context,
        [this, context, done = std::move(done)](const Graph::GraphResult &result) mutable {
            if (result.ok()) {
                const QJsonObject org = result.object().value(u"value"_s).toArray().first().toObject();
                TenantInfo info;
                info.tenantId = org.value(u"id"_s).toString();
                info.displayName = org.value(u"displayName"_s).toString();
                const QJsonArray domains = org.value(u"verifiedDomains"_s).toArray();
                for (const QJsonValue &domain : domains) {
                    if (domain.toObject().value(u"isDefault"_s).toBool())
                        info.defaultDomain = domain.toObject().value(u"name"_s).toString();
                }
                done(info);
                return;
            }
            if (result.httpStatus != 403 || !m_client) {
                done(Error {result.message});
                return;
            }
            // Reading the organization needs a permission a least-privileged app may lack; reading one user id
            // proves the connection all the same.
            Graph::GraphJob *fallback = m_client->send(Graph::GraphRequest::get(u"/v1.0/users?$top=1&$select=id"_s));
            connect(fallback, &Graph::GraphJob::finished, context,
                [done = std::move(done)](const Graph::GraphResult &users) {
                    if (users.ok())
                        done(TenantInfo {});
                    else
                        done(Error {users.message});
                });
        });
}

void GraphConnection::storeCredential(QObject *context, Secrets::SecretStore::WriteCallback done)
{
    if (!m_profile.isAppOnly() || !m_credentialGiven) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
        return;
    }
    const QString key = m_profile.secretKey(credentialPurpose());
    if (m_credential.isEmpty())
        m_secrets.remove(key, context, std::move(done));
    else
        m_secrets.write(key, m_credential, context, std::move(done));
}

void GraphConnection::signOut(QObject *context, Secrets::SecretStore::WriteCallback done)
{
    cancelSignIn();
    m_signedIn = false;
    if (m_provider)
        m_provider->invalidate();
    m_credential.clear();
    m_credentialGiven = false;
    removeSecrets(m_profile, m_secrets, context, std::move(done));
}

void GraphConnection::removeSecrets(const TenantProfile &profile, Secrets::SecretStore &secrets, QObject *context,
    Secrets::SecretStore::WriteCallback done)
{
    QStringList keys;
    for (const QString &purpose : TenantProfile::secretPurposes())
        keys << profile.secretKey(purpose);
    removeEach(secrets, keys, context, {}, std::move(done));
}

} // namespace Sspr::Services
