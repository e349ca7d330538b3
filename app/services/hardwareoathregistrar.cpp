#include "hardwareoathregistrar.h"

#include "auditlog.h"
#include "base32.h"
#include "database.h"
#include "graphclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>

namespace Sspr::Services {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Services::HardwareOathRegistrar)
};

// Entra takes at most 128 Base32 characters (graph-facts §4.2).
constexpr qsizetype kMaxSecretLength = 128;

const QString kDevicesPath = u"/beta/directory/authenticationMethodDevices/hardwareOathDevices"_s;

QString pathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString methodsPath(const QString &userId)
{
    return u"/beta/users/"_s + pathSegment(userId) + u"/authentication/hardwareOathMethods"_s;
}

QString cloudName(Graph::Cloud cloud)
{
    switch (cloud) {
    case Graph::Cloud::Global:
        return Tr::tr("the global cloud");
    case Graph::Cloud::UsGov:
        return Tr::tr("US Government (GCC High)");
    case Graph::Cloud::UsGovDod:
        return Tr::tr("US Government (DoD)");
    case Graph::Cloud::China:
        return Tr::tr("Microsoft Azure operated by 21Vianet (China)");
    }
    return Graph::cloudKey(cloud);
}

// Overwrites a string's characters before it is dropped (best effort: copies made by Qt's JSON and network layers
// are out of reach).
void wipe(QString &text)
{
    text.fill(u'\0');
    text.clear();
}

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

QString HardwareOathRegistrar::manufacturer()
{
    return u"SSPR Console"_s;
}

QString HardwareOathRegistrar::model()
{
    return u"Authenticator app (programmable token)"_s;
}

HardwareOathRegistrar::HardwareOathRegistrar(
    Graph::GraphClient *client, Store::Database &db, QString actor, QString source, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_db(db)
    , m_actor(actor.isEmpty() ? Store::AuditLog::localActor() : std::move(actor))
    , m_source(std::move(source))
{ }

HardwareOathRegistrar::~HardwareOathRegistrar()
{
    cancel();
    wipeSecret();
}

Core::Status HardwareOathRegistrar::check(const HardwareOathToken &token)
{
    if (token.cloud != Graph::Cloud::Global) {
        return Core::Error {Tr::tr("Tokens can't be registered in Entra ID from this profile: the Microsoft Graph "
                                   "hardware OATH API exists only in the global cloud, and this tenant is in %1.")
                                .arg(cloudName(token.cloud))};
    }
    if (token.userId.trimmed().isEmpty())
        return Core::Error {Tr::tr("The user has no Microsoft Graph id in this store; sync the tenant first.")};
    if (token.serial.trimmed().isEmpty())
        return Core::Error {Tr::tr("The token has no serial number.")};
    if (token.period != 30 && token.period != 60) {
        return Core::Error {
            Tr::tr("Entra ID's OATH tokens change every 30 or 60 seconds, not every %1.").arg(token.period)};
    }
    if (token.algorithm != Core::OtpAlgorithm::Sha1 && token.algorithm != Core::OtpAlgorithm::Sha256) {
        return Core::Error {Tr::tr("Entra ID's OATH tokens use SHA1 or SHA256, not %1.")
                                .arg(Core::Totp::algorithmName(token.algorithm))};
    }
    if (token.digits != 6)
        return Core::Error {Tr::tr("Entra ID's OATH tokens make 6-digit codes, not %1-digit ones.").arg(token.digits)};
    if (token.secretBase32.isEmpty())
        return Core::Error {Tr::tr("There is no key to register.")};
    if (token.secretBase32.size() > kMaxSecretLength) {
        return Core::Error {
            Tr::tr("The key is longer than the %1 Base32 characters Entra ID accepts.").arg(kMaxSecretLength)};
    }
    auto decoded = Core::Base32::decode(token.secretBase32);
    if (!decoded)
        return Core::Error {Tr::tr("The key is not valid Base32.")}; // never quote the key itself
    wipe(decoded.value());
    return {};
}

Core::Result<QString> HardwareOathRegistrar::graphUserId(Store::Database &db, qint64 uid)
{
    auto q = db.prepare(u"SELECT id FROM users WHERE uid = :uid"_s);
    if (!q)
        return q.error();
    q.value().bindValue(u":uid"_s, uid);
    if (const Core::Status s = db.exec(q.value()); !s)
        return s.error();
    if (!q.value().next())
        return Core::Error {Tr::tr("That user is no longer in the store.")};
    return q.value().value(0).toString();
}

void HardwareOathRegistrar::fail(const QString &message)
{
    m_state = State::Failed;
    Q_EMIT failed(message);
}

void HardwareOathRegistrar::failLater(const QString &message)
{
    QTimer::singleShot(0, this, [this, message] { Q_EMIT failed(message); });
}

void HardwareOathRegistrar::wipeSecret()
{
    wipe(m_token.secretBase32);
}

void HardwareOathRegistrar::cancel()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job = nullptr;
    }
    if (m_state == State::Registering)
        m_state = m_deviceId.isEmpty() ? State::Idle : State::Registered;
    else if (m_state == State::Activating)
        m_state = State::Registered;
}

void HardwareOathRegistrar::registerToken(HardwareOathToken token)
{
    if (isBusy() || !m_deviceId.isEmpty()) {
        wipe(token.secretBase32);
        failLater(isBusy() ? Tr::tr("A request to Entra ID is already running; wait for it to finish.")
                           : Tr::tr("This token is already registered in Entra ID."));
        return;
    }
    m_recordWarning.clear();
    if (!m_client) {
        wipe(token.secretBase32);
        m_state = State::Failed;
        failLater(Tr::tr("Sign in to the tenant first."));
        return;
    }
    if (const Core::Status s = check(token); !s) {
        wipe(token.secretBase32);
        m_state = State::Failed;
        failLater(s.errorMessage());
        return;
    }
    token.secretBase32 = token.secretBase32.toUpper().remove(QRegularExpression(u"[\\s=]"_s));
    m_token = std::move(token);

    QJsonObject body {
        {u"displayName"_s, m_token.displayName},
        {u"serialNumber"_s, m_token.serial},
        {u"manufacturer"_s, manufacturer()},
        {u"model"_s, model()},
        {u"secretKey"_s, m_token.secretBase32},
        {u"timeIntervalInSeconds"_s, m_token.period},
        {u"hashFunction"_s, m_token.algorithm == Core::OtpAlgorithm::Sha256 ? u"hmacsha256"_s : u"hmacsha1"_s},
        {u"assignTo"_s, QJsonObject {{u"id"_s, m_token.userId}}},
    };
    m_state = State::Registering;
    m_job = m_client->send(Graph::GraphRequest::withBody(QByteArrayLiteral("POST"), kDevicesPath, QJsonDocument(body)));
    // The request now holds the only copy we need: ours goes at once.
    body = {};
    wipeSecret();
    connect(m_job, &Graph::GraphJob::finished, this, &HardwareOathRegistrar::created);
}

void HardwareOathRegistrar::created(const Graph::GraphResult &result)
{
    m_job = nullptr;
    wipeSecret(); // already gone; kept here in case the call is ever sent differently
    if (!result.ok()) {
        fail(Tr::tr("Entra ID did not register the token: %1").arg(result.message));
        return;
    }
    const QJsonObject device = result.object();
    m_deviceId = device.value(u"id"_s).toString();
    if (m_deviceId.isEmpty()) {
        fail(Tr::tr("Entra ID did not say which token it created; look for serial number %1 in the Entra admin "
                    "center before trying again.")
                 .arg(m_token.serial));
        return;
    }
    const QString assignedTo = device.value(u"assignedTo"_s).toObject().value(u"id"_s).toString();
    if (assignedTo.compare(m_token.userId, Qt::CaseInsensitive) == 0)
        finishRegistration();
    else
        assign(); // assignTo was not applied: assign it the documented second way
}

void HardwareOathRegistrar::assign()
{
    if (!m_client) {
        m_deviceId.clear();
        fail(Tr::tr("The connection to the tenant was closed before the token was assigned."));
        return;
    }
    const QJsonObject body {{u"device"_s, QJsonObject {{u"id"_s, m_deviceId}}}};
    m_job = m_client->send(
        Graph::GraphRequest::withBody(QByteArrayLiteral("POST"), methodsPath(m_token.userId), QJsonDocument(body)));
    connect(m_job, &Graph::GraphJob::finished, this, [this](const Graph::GraphResult &result) {
        m_job = nullptr;
        if (!result.ok()) {
            const QString deviceId = m_deviceId;
            m_deviceId.clear();
            fail(Tr::tr("Entra ID created token %1 but did not assign it to %2: %3")
                     .arg(deviceId, m_token.upn, result.message));
            return;
        }
        finishRegistration();
    });
}

void HardwareOathRegistrar::finishRegistration()
{
    m_state = State::Registered;
    if (const Core::Status s = recordRegistration(); !s)
        m_recordWarning = Tr::tr("The token is registered in Entra ID, but the local record was not updated: %1")
                              .arg(s.errorMessage());
    Q_EMIT registered(m_deviceId);
}

void HardwareOathRegistrar::activate(const QString &verificationCode)
{
    if (isBusy()) {
        failLater(Tr::tr("A request to Entra ID is already running; wait for it to finish."));
        return;
    }
    if (m_deviceId.isEmpty()) {
        failLater(Tr::tr("Register the token in Entra ID before activating it."));
        return;
    }
    if (m_state == State::Activated) {
        failLater(Tr::tr("The token is already activated."));
        return;
    }
    if (!m_client) {
        failLater(Tr::tr("The connection to the tenant was closed; sign in again to activate the token."));
        return;
    }
    QString code = verificationCode;
    code.remove(QRegularExpression(u"\\s"_s));
    static const QRegularExpression digitsOnly(u"^[0-9]+$"_s);
    if (code.isEmpty()) {
        failLater(Tr::tr("Type the code the user's app shows now."));
        return;
    }
    if (!digitsOnly.match(code).hasMatch()) {
        failLater(Tr::tr("A code has only digits."));
        return;
    }
    if (code.size() != m_token.digits) {
        failLater(
            Tr::tr("The code has %1 digits; this token makes %2-digit codes.").arg(code.size()).arg(m_token.digits));
        return;
    }
    QJsonObject body {{u"verificationCode"_s, code}};
    if (!m_token.displayName.isEmpty())
        body.insert(u"displayName"_s, m_token.displayName);
    m_state = State::Activating;
    m_job = m_client->send(Graph::GraphRequest::withBody(QByteArrayLiteral("POST"),
        methodsPath(m_token.userId) + u'/' + pathSegment(m_deviceId) + u"/activate"_s, QJsonDocument(body)));
    connect(m_job, &Graph::GraphJob::finished, this, [this](const Graph::GraphResult &result) {
        m_job = nullptr;
        if (!result.ok()) {
            m_state = State::Registered; // a new code may be tried
            Q_EMIT failed(Tr::tr("Entra ID did not activate the token: %1").arg(result.message));
            return;
        }
        m_state = State::Activated;
        if (const Core::Status s = recordActivation(); !s)
            m_recordWarning = Tr::tr("The token is activated in Entra ID, but the audit entry was not written: %1")
                                  .arg(s.errorMessage());
        Q_EMIT activated();
    });
}

Core::Status HardwareOathRegistrar::recordRegistration()
{
    return m_db.transaction([&]() -> Core::Status {
        auto q = m_db.prepare(u"UPDATE oath_tokens SET graph_device_id = :device WHERE serial = :serial"_s);
        if (!q)
            return q.error();
        q.value().bindValue(u":device"_s, m_deviceId);
        q.value().bindValue(u":serial"_s, m_token.serial);
        if (const Core::Status s = m_db.exec(q.value()); !s)
            return s;
        const bool recorded = q.value().numRowsAffected() > 0;
        // What the audit log shows: serial, device id and parameters, never the secret.
        QString detail = m_token.serial + u" registered in Entra ID as hardware OATH token "_s + m_deviceId
            + u" (Graph beta API; "_s + Core::Totp::algorithmName(m_token.algorithm) + u", "_s
            + QString::number(m_token.period) + u" s)"_s;
        if (!recorded)
            detail += u"; no local record of the token"_s;
        return Store::AuditLog(m_db).append({0, QDateTime::currentDateTimeUtc(), m_actor, m_source, u"oath.register"_s,
            m_token.upn, u"OATH token"_s, {}, detail});
    });
}

Core::Status HardwareOathRegistrar::recordActivation()
{
    return Store::AuditLog(m_db).append(
        {0, QDateTime::currentDateTimeUtc(), m_actor, m_source, u"oath.activate"_s, m_token.upn, u"OATH token"_s, {},
            m_token.serial + u" activated in Entra ID (hardware OATH token "_s + m_deviceId + u')'});
}

} // namespace Sspr::Services
