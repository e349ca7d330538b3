#pragma once

#include "outboxworker.h"
#include "syncengine.h"
#include "tenantprofile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Sspr::Graph {
class GraphClient;
}
namespace Sspr::Secrets {
class SecretStore;
}
namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {

class GraphConnection;

// The live side of an open Graph profile, for the console: signs in from the keychain (or asks for an interactive
// sign-in when that is not enough), runs syncs and sends the outbox, one of each at a time. The window shows its
// signals; nothing here blocks.
class GraphSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphSession)

public:
    enum class State { SignedOut, SigningIn, Ready, Syncing, Sending };
    Q_ENUM(State)

    GraphSession(TenantProfile profile, Store::Database &db, Secrets::SecretStore &secrets, QObject *parent = nullptr);
    ~GraphSession() override;

    const TenantProfile &profile() const { return m_profile; }
    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    // The signed-in connection's client (for one-off calls such as HardwareOathRegistrar); nullptr until signed in.
    Graph::GraphClient *client() const;

    // interactive: run the device-code or browser sign-in when the keychain holds nothing usable.
    void signIn(bool interactive);
    void signOut();
    void sync(Sync::SyncEngine::Mode mode = Sync::SyncEngine::Mode::Auto);
    void sendOutbox();
    void cancel();

Q_SIGNALS:
    void stateChanged(Sspr::Services::GraphSession::State state);
    void deviceCodeReady(const QString &userCode, const QUrl &verificationUri, int expiresInSeconds);
    void authorizationUrlReady(const QUrl &url);
    void signInFailed(const QString &message);
    void syncProgress(const Sspr::Sync::SyncProgress &progress);
    void syncFinished(Sspr::Sync::SyncEngine::Status status, const Sspr::Sync::SyncSummary &summary);
    void outboxProgress(const Sspr::Sync::OutboxProgress &progress);
    void outboxFinished(bool ok, const QString &error);
    void signedOut();
    // A Temporary Access Pass Graph just created: show it once; it is never stored or logged.
    void temporaryAccessPassIssued(qint64 itemId, const QString &userPrincipalName, const QString &pass);

private:
    void setState(State state);
    void whenSignedIn(std::function<void()> next);

    TenantProfile m_profile;
    Store::Database &m_db;
    Secrets::SecretStore &m_secrets;
    QPointer<GraphConnection> m_connection;
    std::unique_ptr<Sync::SyncEngine> m_engine;
    std::unique_ptr<Sync::OutboxWorker> m_worker;
    std::function<void()> m_afterSignIn;
    State m_state = State::SignedOut;
    bool m_policyApplied = false;
    QString m_lastError;
};

} // namespace Sspr::Services
