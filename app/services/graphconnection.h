#pragma once

#include "identityconfig.h"
#include "result.h"
#include "secretstore.h"
#include "tenantprofile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Sspr::Graph {
class AccessTokenProvider;
class AuthCodePkceFlow;
class CachingTokenProvider;
class DelegatedTokenProvider;
class DeviceCodeFlow;
class GraphClient;
struct TokenSet;
} // namespace Sspr::Graph

namespace Sspr::Services {

// One tenant profile's way to Graph: from a TenantProfile and a SecretStore it builds the token provider the sign-in
// kind needs (client secret, certificate, device code, browser) and the GraphClient on the profile's Graph root. The
// interactive steps are driven from outside: deviceCodeReady() says what to show, authorizationUrlReady() which page
// to open; the GUI and ssprctl decide how. Secrets go only to the SecretStore, under TenantProfile::secretKey().
class GraphConnection final : public QObject
{
    Q_OBJECT

public:
    GraphConnection(TenantProfile profile, Secrets::SecretStore &secrets, QObject *parent = nullptr);
    ~GraphConnection() override;

    const TenantProfile &profile() const { return m_profile; }
    Graph::IdentityConfig identity() const;
    // The delegated permissions the console asks for (browser and device-code sign-in).
    static QStringList delegatedPermissions();

    // App-only profiles: the client secret (or the certificate's password) typed by the person, used instead of the
    // keychain's copy and kept there by storeCredential(). Memory only until then.
    void setCredential(const QString &secretOrPassword);

    // Signs in; ends with signedIn() or signInFailed(message), once. App-only: a first token proves the secret or the
    // certificate. Delegated: with interactive, the device-code or browser flow runs and the refresh token it yields
    // goes to the keychain; without, the keychain's refresh token is used (signInFailed when there is none).
    void signIn(bool interactive);
    void cancelSignIn();
    bool isSignedIn() const { return m_signedIn; }

    // Valid from signedIn() on; owned by this connection.
    Graph::GraphClient *client() const { return m_client.get(); }
    Graph::AccessTokenProvider *tokens() const;

    // The tenant as Graph describes it: GET /v1.0/organization, or, when the app may not read that (403), proof of
    // access with GET /v1.0/users?$top=1&$select=id.
    struct TenantInfo
    {
        QString tenantId; // the directory id; empty when only the users fallback answered
        QString displayName;
        QString defaultDomain;
    };
    using TenantInfoCallback = std::function<void(Core::Result<TenantInfo> info)>;
    void fetchTenantInfo(QObject *context, TenantInfoCallback done);

    // App-only: writes the credential given to setCredential() to the keychain (an empty certificate password
    // removes the entry). Delegated: nothing to do, the sign-in already stored its refresh token.
    void storeCredential(QObject *context, Secrets::SecretStore::WriteCallback done);

    // Sign-out: forgets the tokens in memory and removes every secret of this tenant + client from the keychain.
    void signOut(QObject *context, Secrets::SecretStore::WriteCallback done);
    static void removeSecrets(const TenantProfile &profile, Secrets::SecretStore &secrets, QObject *context,
        Secrets::SecretStore::WriteCallback done);

Q_SIGNALS:
    void deviceCodeReady(const QString &userCode, const QUrl &verificationUri, int expiresInSeconds);
    void authorizationUrlReady(const QUrl &url);
    void signedIn();
    void signInFailed(const QString &message);

private:
    QString credentialPurpose() const;
    void signInAppOnly(const QString &credential);
    void signInDelegated(bool interactive);
    void adopt(const Graph::TokenSet &tokens);
    void finishSignIn(const Core::Status &status);

    TenantProfile m_profile;
    Secrets::SecretStore &m_secrets;
    QNetworkAccessManager *m_nam;
    // Declared before the client, which uses it, so that it is destroyed after the client.
    std::unique_ptr<Graph::CachingTokenProvider> m_provider;
    Graph::DelegatedTokenProvider *m_delegated = nullptr; // m_provider, when the sign-in is delegated
    std::unique_ptr<Graph::GraphClient> m_client;
    QPointer<Graph::DeviceCodeFlow> m_deviceFlow;
    QPointer<Graph::AuthCodePkceFlow> m_browserFlow;
    QString m_credential;
    bool m_credentialGiven = false;
    bool m_signingIn = false;
    bool m_signedIn = false;
};

} // namespace Sspr::Services
