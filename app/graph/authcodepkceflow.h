#pragma once

#include "identityconfig.h"
#include "tokenset.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTcpServer;
class QTcpSocket;

namespace Sspr::Graph {

// Delegated sign-in in the system browser: authorization code + PKCE (S256) + state on a loopback redirect
// (graph-facts §9.3). start() listens on 127.0.0.1 (and ::1 where it can) on a free port, hands the authorize URL to
// the browser opener, waits for the browser to come back to http://localhost:PORT/?code=…&state=…, checks the state,
// redeems the code with the verifier, and answers the browser with a short page. Each start() ends in exactly one
// succeeded() or failed() (cancel() and the time limit included).
class AuthCodePkceFlow final : public QObject
{
    Q_OBJECT

public:
    using BrowserOpener = std::function<void(const QUrl &url)>;

    AuthCodePkceFlow(IdentityConfig config, QStringList permissions, QNetworkAccessManager *nam = nullptr,
        QObject *parent = nullptr);
    ~AuthCodePkceFlow() override;

    // The GUI passes QDesktopServices::openUrl; tests fetch the URL themselves. sspr_graph stays free of Qt Gui.
    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    void setPrompt(const QString &prompt) { m_prompt = prompt; } // e.g. "select_account"
    void setLoginHint(const QString &hint) { m_loginHint = hint; }
    void setTimeLimit(std::chrono::milliseconds limit) { m_timeLimit = limit; } // default 5 minutes

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    QUrl redirectUri() const { return m_redirectUri; }

    // PKCE helpers (RFC 7636): a 32-byte random verifier as base64url, and its S256 challenge.
    static QString makeCodeVerifier();
    static QString codeChallenge(const QString &verifier);

Q_SIGNALS:
    void succeeded(const Sspr::Graph::TokenSet &tokens);
    void failed(const QString &message);

private:
    void onNewConnection(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    void handleCallback(QTcpSocket *socket, const QUrl &target);
    void redeem(QTcpSocket *socket, const QString &code);
    void answerBrowser(QTcpSocket *socket, int status, const QString &title, const QString &text);
    void fail(const QString &message, QTcpSocket *socket = nullptr);
    void stop();

    IdentityConfig m_config;
    QStringList m_permissions;
    QNetworkAccessManager *m_nam;
    BrowserOpener m_opener;
    QString m_prompt = QStringLiteral("select_account");
    QString m_loginHint;
    std::chrono::milliseconds m_timeLimit {std::chrono::minutes(5)};
    QList<QTcpServer *> m_servers;
    QTimer m_timeout;
    QPointer<QNetworkReply> m_reply;
    QUrl m_redirectUri;
    QString m_verifier; // secret until redeemed: memory only
    QString m_state;
    bool m_running = false;
    bool m_redeeming = false;
};

} // namespace Sspr::Graph
