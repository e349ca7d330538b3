#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for exact fault tests: it answers each request with the next queued reply (or a
// handler's), and records what it received. It runs on the test's thread, so tests wait with QTRY_* / QSignalSpy.
// Header-only and without Q_OBJECT, so every test executable can include it.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QQueue>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace Sspr::Test {

struct ScriptedReply
{
    enum class Action {
        Reply, // status, headers, body
        Drop, // close the connection without a word
        Truncate, // the full Content-Length, half the body, then close
        Hang, // never answer
    };
    Action action = Action::Reply;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;

    static ScriptedReply json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        ScriptedReply r;
        r.status = status;
        r.body = body;
        r.headers = std::move(headers);
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return r;
    }
    static ScriptedReply graphError(int status, const QByteArray &code, const QByteArray &message,
        QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        return json(status,
            "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message
                + "\",\"innerError\":{\"date\":\"2025-02-13T10:17:06\",\"request-id\":\"inner-" + code
                + "\",\"client-request-id\":\"x\"}}}",
            std::move(headers));
    }
    static ScriptedReply noContent()
    {
        ScriptedReply r;
        r.status = 204;
        return r;
    }
    static ScriptedReply withAction(Action action, const QByteArray &body = {})
    {
        ScriptedReply r = json(200, body);
        r.action = action;
        return r;
    }
};

struct RecordedRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QHash<QByteArray, QByteArray> headers; // names lowercased
    QByteArray body;
    qint64 atMs = 0; // since the server started

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString path() const { return QUrl::fromEncoded(target).path(); }
    QString formValue(const QString &name) const
    {
        return QUrlQuery(QString::fromLatin1(body)).queryItemValue(name, QUrl::FullyDecoded);
    }
};

class ScriptedServer
{
public:
    using Handler = std::function<ScriptedReply(const RecordedRequest &request)>;

    ScriptedServer()
    {
        m_clock.start();
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }
    ~ScriptedServer()
    {
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    quint16 port() const { return m_server.serverPort(); }
    void enqueue(const ScriptedReply &reply) { m_queue.enqueue(reply); }
    // Answers when the queue is empty.
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int connectionCount() const { return m_connections; }

private:
    void accept()
    {
        while (m_server.hasPendingConnections()) {
            QTcpSocket *socket = m_server.nextPendingConnection();
            ++m_connections;
            m_sockets.append(socket);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            RecordedRequest request;
            const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer.size() < headEnd + 4 + length)
                return;
            request.body = buffer.mid(headEnd + 4, length);
            buffer.remove(0, headEnd + 4 + length);
            request.atMs = m_clock.elapsed();
            m_requests.append(request);
            const ScriptedReply reply = !m_queue.isEmpty() ? m_queue.dequeue()
                : m_handler
                ? m_handler(request)
                : ScriptedReply::graphError(500, "noScriptedReply", "The test queued no reply for this request.");
            if (reply.delayMs > 0) {
                QPointer<QTcpSocket> guard(socket);
                QTimer::singleShot(reply.delayMs, socket, [this, guard, reply] {
                    if (guard)
                        answer(guard, reply);
                });
            } else {
                answer(socket, reply);
            }
        }
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 201:
            return "Created";
        case 204:
            return "No Content";
        case 302:
            return "Found";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 429:
            return "Too Many Requests";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
        }
    }

    void answer(QTcpSocket *socket, const ScriptedReply &reply)
    {
        using Action = ScriptedReply::Action;
        if (reply.action == Action::Hang)
            return;
        if (reply.action == Action::Drop) {
            socket->close();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason(reply.status) + "\r\n";
        for (const auto &[name, value] : reply.headers)
            head += name + ": " + value + "\r\n";
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        if (reply.action == Action::Truncate)
            head += "Connection: close\r\n";
        head += "\r\n";
        if (reply.action == Action::Truncate) {
            socket->write(head + reply.body.left(reply.body.size() / 2));
            socket->flush();
            socket->close();
            return;
        }
        socket->write(head + reply.body);
    }

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QQueue<ScriptedReply> m_queue;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_sockets;
    int m_connections = 0;
};

} // namespace Sspr::Test
