#include "authcodepkceflow.h"

#include "graphlog.h"
#include "identityendpoint.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace Sspr::Graph {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxRequestHead = 16 * 1024;

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}

} // namespace

AuthCodePkceFlow::AuthCodePkceFlow(
    IdentityConfig config, QStringList permissions, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_permissions(std::move(permissions))
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const int minutes = int(qMax<qint64>(1, std::chrono::duration_cast<std::chrono::minutes>(m_timeLimit).count()));
        fail(tr("The sign-in in the browser wasn't finished within %n minute(s). Start it again.", nullptr, minutes));
    });
}

AuthCodePkceFlow::~AuthCodePkceFlow()
{
    stop();
}

QString AuthCodePkceFlow::makeCodeVerifier()
{
    return base64Url(randomBytes(32));
}

QString AuthCodePkceFlow::codeChallenge(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

void AuthCodePkceFlow::start()
{
    if (m_running)
        return;
    m_running = true;
    m_redeeming = false;
    m_verifier = makeCodeVerifier();
    m_state = base64Url(randomBytes(16));

    // "localhost" may resolve to ::1 first, so the port must be ours on both loopback addresses: if another process
    // holds [::1]:port the browser would hand it the answer. Retry with another port until both are ours (or the
    // system has no IPv6 loopback at all).
    QTcpServer *v4 = nullptr;
    for (int attempt = 0; attempt < 20 && !v4; ++attempt) {
        auto *candidate = new QTcpServer(this);
        if (!candidate->listen(QHostAddress::LocalHost, 0)) {
            const QString why = candidate->errorString();
            delete candidate;
            fail(tr("Can't wait for the browser: no local port could be opened (%1).").arg(why));
            return;
        }
        auto *v6 = new QTcpServer(this);
        if (v6->listen(QHostAddress::LocalHostIPv6, candidate->serverPort())) {
            m_servers.append(v6);
        } else {
            const bool taken = v6->serverError() == QAbstractSocket::AddressInUseError;
            delete v6;
            if (taken) {
                delete candidate;
                continue;
            }
        }
        v4 = candidate;
    }
    if (!v4) {
        fail(tr("Can't wait for the browser: no local port could be opened on both loopback addresses."));
        return;
    }
    m_servers.prepend(v4);
    for (QTcpServer *server : std::as_const(m_servers))
        connect(server, &QTcpServer::newConnection, this, [this, server] { onNewConnection(server); });

    // Entra ignores the port when matching a localhost redirect, so "http://localhost" is registered once.
    m_redirectUri = QUrl(u"http://localhost:"_s + QString::number(v4->serverPort()));
    IdentityEndpoint::Form query {
        {u"client_id"_s, m_config.clientId},
        {u"response_type"_s, u"code"_s},
        {u"redirect_uri"_s, m_redirectUri.toString()},
        {u"response_mode"_s, u"query"_s},
        {u"scope"_s, m_config.delegatedScope(m_permissions)},
        {u"state"_s, m_state},
        {u"code_challenge"_s, codeChallenge(m_verifier)},
        {u"code_challenge_method"_s, u"S256"_s},
    };
    if (!m_prompt.isEmpty())
        query.append({u"prompt"_s, m_prompt});
    if (!m_loginHint.isEmpty())
        query.append({u"login_hint"_s, m_loginHint});
    QUrl authorize = m_config.authorizeUrl();
    if (const Core::Status status = checkEndpointUrl(authorize); !status) {
        fail(status.errorMessage());
        return;
    }
    authorize.setQuery(QString::fromLatin1(IdentityEndpoint::encodeForm(query)), QUrl::StrictMode);
    if (!m_opener) {
        fail(tr("No web browser can be opened here. Use the device code sign-in instead."));
        return;
    }
    m_timeout.start(m_timeLimit);
    qCInfo(lcGraph, "browser sign-in: waiting on port %d", int(v4->serverPort()));
    m_opener(authorize);
}

void AuthCodePkceFlow::onNewConnection(QTcpServer *server)
{
    while (server->hasPendingConnections()) {
        QTcpSocket *socket = server->nextPendingConnection();
        // Parented to the flow, so sockets cannot outlive it whatever happens to the server.
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void AuthCodePkceFlow::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("ssprHandled").toBool())
        return;
    const QByteArray head = socket->peek(qMin<qint64>(socket->bytesAvailable(), kMaxRequestHead + 1));
    if (!head.contains("\r\n\r\n")) {
        if (head.size() > kMaxRequestHead)
            socket->abort();
        return;
    }
    socket->setProperty("ssprHandled", true);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() < 3 || requestLine.at(0) != "GET") {
        answerBrowser(socket, 405, tr("Not supported"), tr("This address only receives the sign-in answer."));
        return;
    }
    const QUrl target = QUrl::fromEncoded("http://localhost" + requestLine.at(1));
    if (target.path() != u"/"_s) {
        // The browser also asks for /favicon.ico and the like; only "/" carries the answer.
        answerBrowser(socket, 404, tr("Not found"), tr("This address only receives the sign-in answer."));
        return;
    }
    handleCallback(socket, target);
}

void AuthCodePkceFlow::handleCallback(QTcpSocket *socket, const QUrl &target)
{
    if (!m_running || m_redeeming) {
        answerBrowser(socket, 409, tr("Sign-in already handled"),
            tr("This sign-in has already been handled. You can close this window."));
        return;
    }
    const QUrlQuery query(target);
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    if (code.isEmpty() && error.isEmpty()) {
        answerBrowser(socket, 400, tr("Waiting for sign-in"), tr("This address only receives the sign-in answer."));
        return;
    }
    if (query.queryItemValue(u"state"_s, QUrl::FullyDecoded) != m_state) {
        // Not the answer to our request (a stale tab, or a forged request): never redeem it.
        fail(tr("The browser's answer did not belong to this sign-in (state mismatch). Start the sign-in again."),
            socket);
        return;
    }
    if (!error.isEmpty()) {
        static const QRegularExpression aadsts(u"AADSTS\\d+"_s);
        const QString aadstsCode
            = aadsts.match(query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded)).captured();
        fail(IdentityEndpoint::readableError(error, aadstsCode, 400), socket);
        return;
    }
    redeem(socket, code);
}

void AuthCodePkceFlow::redeem(QTcpSocket *socket, const QString &code)
{
    m_redeeming = true;
    m_timeout.stop();
    // One answer is all we take: stop listening.
    qDeleteAll(m_servers);
    m_servers.clear();
    const IdentityEndpoint::Form form {
        {u"grant_type"_s, u"authorization_code"_s},
        {u"client_id"_s, m_config.clientId},
        {u"code"_s, code},
        {u"redirect_uri"_s, m_redirectUri.toString()},
        {u"code_verifier"_s, m_verifier},
        {u"scope"_s, m_config.delegatedScope(m_permissions)},
    };
    QPointer<QTcpSocket> browser(socket);
    m_reply = IdentityEndpoint::post(m_nam, m_config.tokenUrl(), form, this, [this, browser](const OAuthReply &reply) {
        m_reply.clear();
        if (!m_running)
            return;
        if (!reply.ok()) {
            fail(reply.message, browser);
            return;
        }
        if (browser) {
            answerBrowser(
                browser, 200, tr("Signed in"), tr("You are signed in to SSPR Console. You can close this window."));
        }
        const TokenSet tokens = reply.tokens();
        stop();
        Q_EMIT succeeded(tokens);
    });
}

void AuthCodePkceFlow::answerBrowser(QTcpSocket *socket, int status, const QString &title, const QString &text)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray html = (u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped()
        + u"</title></head><body style=\"font-family: sans-serif; margin: 3em\"><h1>"_s + title.toHtmlEscaped()
        + u"</h1><p>"_s + text.toHtmlEscaped() + u"</p></body></html>"_s)
                                .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error")
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
          "Content-Length: "
        + QByteArray::number(html.size()) + "\r\n\r\n" + html;
    socket->write(response);
    socket->disconnectFromHost();
}

void AuthCodePkceFlow::cancel()
{
    if (m_running)
        fail(IdentityEndpoint::readableError(u"cancelled"_s, {}, 0));
}

void AuthCodePkceFlow::fail(const QString &message, QTcpSocket *socket)
{
    if (!m_running)
        return;
    if (socket)
        answerBrowser(socket, 400, tr("Sign-in failed"), message);
    stop();
    Q_EMIT failed(message);
}

void AuthCodePkceFlow::stop()
{
    m_running = false;
    m_redeeming = false;
    m_timeout.stop();
    qDeleteAll(m_servers);
    m_servers.clear();
    m_verifier.clear();
    m_state.clear();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        IdentityEndpoint::cancel(reply);
    }
}

} // namespace Sspr::Graph
