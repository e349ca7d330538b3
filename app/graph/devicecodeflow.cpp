#include "devicecodeflow.h"

#include "graphlog.h"
#include "identityendpoint.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Sspr::Graph {

using namespace Qt::StringLiterals;

DeviceCodeFlow::DeviceCodeFlow(
    IdentityConfig config, QStringList permissions, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_permissions(std::move(permissions))
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{
    m_pollTimer.setSingleShot(true);
    m_expiryTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
    connect(&m_expiryTimer, &QTimer::timeout, this,
        [this] { fail(IdentityEndpoint::readableError(u"expired_token"_s, {}, 400)); });
}

DeviceCodeFlow::~DeviceCodeFlow()
{
    stop();
}

void DeviceCodeFlow::start()
{
    if (m_running)
        return;
    m_running = true;
    m_intervalSeconds = 5;
    const IdentityEndpoint::Form form {
        {u"client_id"_s, m_config.clientId},
        {u"scope"_s, m_config.delegatedScope(m_permissions)},
    };
    m_reply = IdentityEndpoint::post(m_nam, m_config.deviceCodeUrl(), form, this, [this](const OAuthReply &reply) {
        m_reply.clear();
        if (!m_running)
            return;
        if (!reply.ok()) {
            fail(reply.message);
            return;
        }
        const QJsonObject &json = reply.json;
        m_deviceCode = json.value(u"device_code"_s).toString();
        const QString userCode = json.value(u"user_code"_s).toString();
        const QUrl verificationUri(json.value(u"verification_uri"_s).toString());
        const int expiresIn = json.value(u"expires_in"_s).toInt(900);
        m_intervalSeconds = qMax(1, json.value(u"interval"_s).toInt(5));
        if (m_deviceCode.isEmpty() || userCode.isEmpty() || !verificationUri.isValid()) {
            fail(IdentityEndpoint::readableError(u"invalidJson"_s, {}, reply.httpStatus));
            return;
        }
        m_expiryTimer.start(m_second * expiresIn);
        qCInfo(lcGraph, "device code sign-in: code issued, polling every %d s", m_intervalSeconds);
        Q_EMIT codeReady(userCode, verificationUri, json.value(u"message"_s).toString(), expiresIn);
        schedulePoll();
    });
}

void DeviceCodeFlow::schedulePoll()
{
    if (m_running)
        m_pollTimer.start(m_second * m_intervalSeconds);
}

void DeviceCodeFlow::poll()
{
    if (!m_running)
        return;
    const IdentityEndpoint::Form form {
        {u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
        {u"client_id"_s, m_config.clientId},
        {u"device_code"_s, m_deviceCode},
    };
    m_reply = IdentityEndpoint::post(m_nam, m_config.tokenUrl(), form, this, [this](const OAuthReply &reply) {
        m_reply.clear();
        if (!m_running)
            return;
        if (reply.ok()) {
            const TokenSet tokens = reply.tokens();
            stop();
            Q_EMIT succeeded(tokens);
            return;
        }
        if (reply.error == u"authorization_pending"_s) {
            schedulePoll();
            return;
        }
        if (reply.error == u"slow_down"_s) {
            // RFC 8628 §3.5 (Entra's table doesn't list it; graph-facts §9.2 says handle it anyway).
            m_intervalSeconds += 5;
            schedulePoll();
            return;
        }
        // A dropped poll or a passing outage is not the person's answer: keep polling until the code expires.
        if (reply.error == u"networkError"_s || reply.error == u"timeout"_s || reply.error == u"invalidJson"_s
            || reply.httpStatus >= 500) {
            schedulePoll();
            return;
        }
        // authorization_declined, bad_verification_code, expired_token and anything unexpected end the sign-in.
        fail(reply.message);
    });
}

void DeviceCodeFlow::cancel()
{
    if (m_running)
        fail(IdentityEndpoint::readableError(u"cancelled"_s, {}, 0));
}

void DeviceCodeFlow::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_expiryTimer.stop();
    m_deviceCode.clear();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        IdentityEndpoint::cancel(reply);
    }
}

void DeviceCodeFlow::fail(const QString &message)
{
    if (!m_running)
        return;
    stop();
    Q_EMIT failed(message);
}

} // namespace Sspr::Graph
