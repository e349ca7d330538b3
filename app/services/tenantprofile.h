#pragma once

#include "cloud.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {

class AppSettings;

// How a Graph profile connects to its tenant. It lives in the profile's own store: the `tenant` row (kind 'graph',
// cloud, tenant id) and `meta` rows for the connection settings. Nothing secret is ever part of it: client secrets,
// certificate passwords and refresh tokens are in the keychain under Secrets::SecretStore::makeKey(tenant, clientId,
// purpose).
class TenantProfile final
{
public:
    enum class SignIn {
        Browser, // authorization code + PKCE in the system browser (delegated)
        DeviceCode, // a code typed at the verification page on any device (delegated)
        ClientSecret, // app-only, client credentials with a secret
        Certificate, // app-only, client credentials with a certificate (PKCS#12 or PEM)
    };

    QString name; // the profile (file) name; not stored inside the store
    QString displayName; // the tenant's name as Graph reports it; the tenant id until verified
    Graph::Cloud cloud = Graph::Cloud::Global;
    QString tenant; // directory (tenant) id GUID, or a verified domain such as contoso.onmicrosoft.com
    QString domain; // the tenant's default domain as Graph reports it (information only)
    QString clientId; // the application (client) id of the app registration
    SignIn signIn = SignIn::Browser;
    QString certificatePath; // for SignIn::Certificate
    QUrl authorityUrl; // overrides the cloud's sign-in authority when set (tests, sovereign proxies)
    QUrl graphUrl; // overrides the cloud's Graph root when set

    static QString signInKey(SignIn signIn); // "browser", "deviceCode", "clientSecret", "certificate"
    static Core::Result<SignIn> signInFromKey(const QString &key); // also accepts "device-code", "client-secret"
    bool isAppOnly() const { return signIn == SignIn::ClientSecret || signIn == SignIn::Certificate; }

    static bool isGuid(const QString &text);
    static bool isDomainName(const QString &text);

    // Every rule, with a message that says what is wrong and what is expected; the first problem found.
    Core::Status validate() const;
    // The authority and Graph root to use: the cloud's, with the overrides applied.
    Graph::CloudEndpoints endpoints() const;
    // The keychain purposes this profile may have stored ("refresh-token", "client-secret", "certificate-password").
    static QStringList secretPurposes();
    QString secretKey(const QString &purpose) const;

    // Reads the profile from a store; fails when the store is not a Graph profile.
    static Core::Result<TenantProfile> load(Store::Database &db);
    // Writes the tenant row and the connection settings in one transaction.
    Core::Status save(Store::Database &db) const;

    // For a profile switcher: every store in the profiles folder with the tenant it holds.
    struct Summary
    {
        QString name;
        QString path;
        QString kind; // "local" or "graph"; empty when the store could not be read
        QString displayName; // the tenant's name
        QString tenant; // tenant id or domain (Graph), the demo tenant's domain (local)
        QString cloud; // cloud key
        QString error; // why the store could not be read, if it could not
    };
    static QList<Summary> listProfiles();

    // The profile the console opens at start ("" = the default demo profile), kept in the user's settings.
    static QString activeProfile(AppSettings &settings);
    static void setActiveProfile(AppSettings &settings, const QString &name);
};

} // namespace Sspr::Services
