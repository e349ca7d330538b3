#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Sspr::FakeGraph {

// What the fake tenant looks like and how the fake server misbehaves. Everything is deterministic from the seed
// except the fault draws, which come from a generator seeded with the same seed (their order depends on timing).
struct Options
{
    int users = 1000;
    int groups = 50;
    quint64 seed = 1;
    int latencyMs = 0; // added before every response
    // Fault probabilities per Graph request (and per $batch item for 429). Never on OAuth routes unless faultsOnOAuth.
    double rate429 = 0;
    double rate503 = 0;
    // Drops and truncations hit after the request was processed (the change is made, the client does not learn it):
    // the case an idempotent resend must survive without creating a second copy.
    double rateDrop = 0; // the socket is closed without a reply
    double rateTruncate = 0; // the right Content-Length, then half the body and a close
    bool faultsOnOAuth = false;
    int retryAfterSeconds = 1; // Retry-After on injected 429s and 503s
    // Token bucket for writes (POST/PATCH/PUT/DELETE, also inside $batch) per app + tenant (graph-facts §8.3).
    int writeQuota = 3000;
    int writeWindowMs = 150000;
    // "privilegedAuthenticationAdministrator", "authenticationAdministrator" (masked phone numbers, 403 on admin
    // targets) or "globalReader" (403 on every write).
    QString role = QStringLiteral("privilegedAuthenticationAdministrator");
    int tokenLifetimeSeconds = 3600;
    QString clientSecret; // when set, client_credentials must present exactly this secret
    int deviceCodeIntervalSeconds = 1; // Entra says 5; 1 keeps tests quick
    int deviceCodeExpiresInSeconds = 900;
    int deviceCodeApproveAfterPolls = 2; // the first N polls are pending, then approved; -1: never (use the hooks)
    bool denyAuthorization = false; // /authorize redirects with error=access_denied
    int maxMembersPerGroupPerDeltaPage = 500; // big groups span several delta pages (graph-facts §6.3)
    bool grantReportPermission = true; // false: userRegistrationDetails answers 403
};

struct Counters
{
    qint64 requests = 0; // every HTTP request received (OAuth included); $batch counts once
    qint64 graphRequests = 0; // Graph requests, $batch items included
    qint64 tokenRequests = 0; // POSTs to /token
    qint64 throttled = 0; // 429s sent (injected, write quota, and per $batch item)
    qint64 unavailable = 0; // injected 503s
    qint64 dropped = 0;
    qint64 truncated = 0;
    qint64 creates = 0; // successful creates of any kind (each of the kinds below also counts here)
    qint64 phoneCreates = 0;
    qint64 emailCreates = 0;
    qint64 groupCreates = 0;
    qint64 tapCreates = 0;
    qint64 oathDeviceCreates = 0;
    qint64 memberAdds = 0;
    qint64 updates = 0; // successful PATCHes
    qint64 deletes = 0; // successful DELETEs
    qint64 writes = 0; // write requests admitted by the write quota (successful or not)
    qint64 batchRequests = 0;
    qint64 batchItems = 0;
};

// A loopback stand-in for Microsoft Graph and the Microsoft identity platform (graph-facts.md). It serves HTTP/1.1 on
// 127.0.0.1 from its own thread, so a test may block its main thread while a client talks to it. Every method is
// thread-safe.
class Server
{
public:
    explicit Server(const Options &options = {});
    ~Server();
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    bool start(quint16 port = 0); // 0: any free port; loopback only
    void stop();
    quint16 port() const;
    QUrl graphRoot() const; // http://127.0.0.1:PORT; Graph paths are /v1.0/... and /beta/...
    QUrl
    authority() const; // http://127.0.0.1:PORT; identity paths are /{tenant}/oauth2/v2.0/{token|devicecode|authorize}
    QString tenantId() const;
    QString tenantDomain() const; // contoso.onmicrosoft.com

    // Test hooks.
    void setFaults(double rate429, double rate503, double rateDrop, double rateTruncate);
    void setLatencyMs(int ms);
    void setRole(const QString &role);
    void setWriteQuota(int quota, int windowMs); // also refills the bucket
    void setGrantReportPermission(bool granted);
    void setDenyAuthorization(bool deny);
    void expireAccessTokens(); // every access token issued so far now gets 401 InvalidAuthenticationToken
    void expireDeltaLinks(); // every delta/skip token issued so far now gets 400 syncStateNotFound (as after 7 days)
    void approveDeviceCode(const QString &userCode);
    void declineDeviceCode(const QString &userCode);
    QString lastUserCode() const; // of the newest device code request
    QString issueAccessToken(const QString &clientId = QStringLiteral("fake-client")); // app-only, skips OAuth
    Counters counters() const;
    void resetCounters();

    // Mutations that later show up in /users/delta and /groups/delta.
    QString addUser(const QJsonObject &user); // returns the id (generated unless user has "id")
    void updateUser(const QString &id, const QJsonObject &changes);
    void deleteUser(const QString &id); // permanent: {"@removed":{"reason":"deleted"}}
    void addMember(const QString &groupId, const QString &memberId); // a user or a group id
    void removeMember(const QString &groupId, const QString &memberId);
    QString addPhoneMethod(const QString &userId, const QString &phoneType, const QString &phoneNumber);

    // The server's truth, for comparisons. users(): every property the server knows, sorted by id.
    QJsonArray users() const;
    QJsonArray groups() const;
    QJsonArray members(const QString &groupId) const; // direct members: {"@odata.type","id"}
    QJsonArray methods(const QString &userId) const; // as /authentication/methods would return (unmasked)
    QJsonObject authenticationMethodsPolicy() const;
    bool allowedToUseSspr() const;
    QJsonArray hardwareOathDevices() const; // secretKey null, as Graph returns them
    QStringList issuedSecretsAndTokens() const; // every access/refresh/id token, code and TAP issued, for leak scans

private:
    class Private;
    Private *d;
};

} // namespace Sspr::FakeGraph
