#pragma once

#include "result.h"
#include "tenantprofile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Sspr::Secrets {
class SecretStore;
}

namespace Sspr::Services {

class GraphConnection;

// Creates a Graph profile the way "Connect to a tenant…" promises: sign in (the interactive step shown by whoever
// listens to deviceCodeReady / authorizationUrlReady), prove access with a first Graph request, keep the secret or
// refresh token in the keychain, then write the profile's store. Any failure undoes what was done: no secret left in
// the keychain, no half-made store file. Asynchronous; finished() comes exactly once.
class ProfileConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileConnector)

public:
    ProfileConnector(Secrets::SecretStore &secrets, QObject *parent = nullptr);
    ~ProfileConnector() override;

    // profile.name must not name an existing profile. credential: the client secret or certificate password.
    void start(const TenantProfile &profile, const QString &credential);
    void cancel();
    // The profile as written (display name and domain from Graph), valid after a successful finish.
    const TenantProfile &profile() const { return m_profile; }

Q_SIGNALS:
    void deviceCodeReady(const QString &userCode, const QUrl &verificationUri, int expiresInSeconds);
    void authorizationUrlReady(const QUrl &url);
    void finished(const Sspr::Core::Status &status);

private:
    void fail(const QString &message, bool removeSecrets);
    void finish(const Core::Status &status);

    Secrets::SecretStore &m_secrets;
    TenantProfile m_profile;
    QPointer<GraphConnection> m_connection;
    bool m_done = true;
};

} // namespace Sspr::Services
