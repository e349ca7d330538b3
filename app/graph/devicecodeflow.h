#pragma once

#include "identityconfig.h"
#include "tokenset.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace Sspr::Graph {

// Delegated sign-in with a device code (graph-facts §9.2), for ssprctl and machines without a browser: start() asks
// for a code, codeReady() says what to show, then the token endpoint is polled every `interval` seconds until the
// person has signed in elsewhere. Each start() ends in exactly one succeeded() or failed() (cancel() included).
class DeviceCodeFlow final : public QObject
{
    Q_OBJECT

public:
    DeviceCodeFlow(IdentityConfig config, QStringList permissions, QNetworkAccessManager *nam = nullptr,
        QObject *parent = nullptr);
    ~DeviceCodeFlow() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // Tests: how long "one second" of the server's interval and expiry lasts (default 1 s).
    void setSecondLength(std::chrono::milliseconds length) { m_second = length; }
    int currentIntervalSeconds() const { return m_intervalSeconds; }

Q_SIGNALS:
    void codeReady(const QString &userCode, const QUrl &verificationUri, const QString &message, int expiresIn);
    void succeeded(const Sspr::Graph::TokenSet &tokens);
    void failed(const QString &message);

private:
    void poll();
    void schedulePoll();
    void fail(const QString &message);
    void stop();

    IdentityConfig m_config;
    QStringList m_permissions;
    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
    QTimer m_pollTimer;
    QTimer m_expiryTimer;
    QString m_deviceCode; // a bearer credential until redeemed: memory only
    int m_intervalSeconds = 5;
    std::chrono::milliseconds m_second {1000};
    bool m_running = false;
};

} // namespace Sspr::Graph
