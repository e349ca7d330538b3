#pragma once

#include "cloud.h"
#include "result.h"
#include "totp.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace Sspr::Graph {
class GraphClient;
class GraphJob;
struct GraphResult;
} // namespace Sspr::Graph
namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {

// A key the console just issued, to be registered in Entra ID as a programmable hardware OATH token.
struct HardwareOathToken
{
    QString userId; // the user's Graph object id
    QString upn; // for the oath_tokens row and the audit log
    QString secretBase32; // the key; wiped by HardwareOathRegistrar once the create call is sent
    int period = 30; // 30 or 60
    Core::OtpAlgorithm algorithm = Core::OtpAlgorithm::Sha1; // SHA1 or SHA256
    int digits = 6; // Entra's OATH tokens make 6-digit codes
    QString serial; // as TokenIssuer made it (the oath_tokens row's serial)
    QString displayName; // what the user's Security info shows for the method
    Graph::Cloud cloud = Graph::Cloud::Global; // TenantProfile::cloud
};

// Registers a key from the Authenticator QR feature in Entra ID as a "programmable" hardware OATH token, through the
// Microsoft Graph beta API (graph-facts §4.1; global cloud only). That Microsoft supports this route for app keys is
// unverified: callers must say so to the person. Two steps, each asynchronous:
//   registerToken(): POST /beta/directory/authenticationMethodDevices/hardwareOathDevices with assignTo (and, if the
//     answer shows the token unassigned, POST /beta/users/{id}/authentication/hardwareOathMethods {"device":{"id"}});
//     then the oath_tokens row gets graph_device_id and the audit log an "oath.register" entry.
//   activate(code): POST /beta/users/{id}/authentication/hardwareOathMethods/{deviceId}/activate with the code the
//     user reads from their app; then an "oath.activate" audit entry.
// The secret is held only in memory, sent once (over TLS: GraphClient refuses other roots but loopback) and
// overwritten as soon as the create call is on its way; it is never logged nor written to the store.
class HardwareOathRegistrar final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HardwareOathRegistrar)

public:
    enum class State { Idle, Registering, Registered, Activating, Activated, Failed };
    Q_ENUM(State)

    static QString manufacturer(); // "SSPR Console"
    static QString model(); // "Authenticator app (programmable token)"

    // actor and source as for TokenIssuer ("console" or "ssprctl").
    HardwareOathRegistrar(
        Graph::GraphClient *client, Store::Database &db, QString actor, QString source, QObject *parent = nullptr);
    ~HardwareOathRegistrar() override;

    // Why a token cannot be registered (cloud, parameters, secret, ids), as a sentence; ok when it can.
    static Core::Status check(const HardwareOathToken &token);
    // The Graph object id of a user in the store (users.id).
    static Core::Result<QString> graphUserId(Store::Database &db, qint64 uid);

    // Step 1. Ends with registered(deviceId) or failed(message). Refusals come through failed() too, queued.
    void registerToken(HardwareOathToken token);
    // Step 2, after registered(): ends with activated() or failed(message). After a refused code, it may be called
    // again with a new one.
    void activate(const QString &verificationCode);
    // Stops the call in flight without a signal.
    void cancel();

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Registering || m_state == State::Activating; }
    QString deviceId() const { return m_deviceId; }
    // Set when the token is registered in Entra ID but the local record or audit entry could not be written.
    QString recordWarning() const { return m_recordWarning; }

Q_SIGNALS:
    void registered(const QString &deviceId);
    void activated();
    void failed(const QString &message);

private:
    void fail(const QString &message);
    void failLater(const QString &message);
    void created(const Graph::GraphResult &result);
    void assign();
    void finishRegistration();
    void wipeSecret();
    Core::Status recordRegistration();
    Core::Status recordActivation();

    QPointer<Graph::GraphClient> m_client; // the session's: it may go away with a sign-out
    Store::Database &m_db;
    QString m_actor;
    QString m_source;
    HardwareOathToken m_token;
    QString m_deviceId;
    QString m_recordWarning;
    State m_state = State::Idle;
    QPointer<Graph::GraphJob> m_job;
};

} // namespace Sspr::Services
