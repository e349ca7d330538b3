#pragma once

#include "httpmessage.h"

#include <QHash>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace Sspr::FakeGraph {

class ServerCore;

// A small HTTP/1.1 server on QTcpServer: keep-alive, Content-Length bodies (no chunked uploads), one request at a time
// per connection (QNetworkAccessManager does not pipeline), loopback only. Lives on the server's own thread.
class HttpListener : public QObject
{
    Q_OBJECT
public:
    explicit HttpListener(ServerCore *core, QObject *parent = nullptr);
    ~HttpListener() override;

    bool listen(quint16 port);
    void close();
    quint16 port() const;

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false;
        bool closeAfter = false;
    };
    void onNewConnection();
    void process(QTcpSocket *socket);
    void send(QTcpSocket *socket, const HttpResponse &response);
    void reject(QTcpSocket *socket, int status, const QByteArray &reason);

    ServerCore *m_core;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;
};

} // namespace Sspr::FakeGraph
