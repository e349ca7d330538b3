#include "httplistener.h"

#include "servercore.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Sspr::FakeGraph {

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qsizetype maxBodyBytes = 64 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
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
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 424:
        return "Failed Dependency";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

HttpListener::HttpListener(ServerCore *core, QObject *parent)
    : QObject(parent)
    , m_core(core)
{ }

HttpListener::~HttpListener()
{
    close();
}

bool HttpListener::listen(quint16 port)
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &HttpListener::onNewConnection);
    }
    // Loopback only: the fake must never be reachable from another machine.
    return m_server->listen(QHostAddress::LocalHost, port);
}

void HttpListener::close()
{
    if (m_server)
        m_server->close();
    const auto sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket; // now: the thread stops right after, so a deleteLater would never run
    }
}

quint16 HttpListener::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HttpListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // A response's head and body go out as separate writes: without TCP_NODELAY the body's last segment waits
        // for the client's delayed ACK (~40 ms per response on loopback), which would make latency we did not ask for.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.insert(socket, Connection {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            auto it = m_connections.find(socket);
            if (it == m_connections.end())
                return;
            it->buffer.append(socket->readAll());
            process(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void HttpListener::reject(QTcpSocket *socket, int status, const QByteArray &reason)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "text/plain");
    r.body = reason;
    m_connections[socket].closeAfter = true;
    send(socket, r);
}

void HttpListener::process(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->busy)
        return;
    Connection &c = it.value();
    const qsizetype headerEnd = c.buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (c.buffer.size() > maxHeaderBytes)
            reject(socket, 431, "Header too large\n");
        return;
    }
    const QList<QByteArray> lines = c.buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3) {
        reject(socket, 400, "Malformed request line\n");
        return;
    }
    HttpRequest request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    const QByteArray version = requestLine.at(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    if (request.headers.value("transfer-encoding").toLower().contains("chunked")) {
        reject(socket, 411, "Chunked request bodies are not supported; send Content-Length\n");
        return;
    }
    bool ok = true;
    const QByteArray lengthText = request.headers.value("content-length");
    const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0 || length > maxBodyBytes) {
        reject(socket, 413, "Bad Content-Length\n");
        return;
    }
    if (c.buffer.size() < headerEnd + 4 + length)
        return; // wait for the rest of the body
    request.body = c.buffer.mid(headerEnd + 4, length);
    c.buffer.remove(0, headerEnd + 4 + length);
    const qsizetype q = request.target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(q < 0 ? request.target : request.target.left(q));
    request.rawQuery = q < 0 ? QString() : QString::fromLatin1(request.target.mid(q + 1));
    request.query = HttpRequest::parseQuery(request.rawQuery);
    const QByteArray connection = request.headers.value("connection").toLower();
    c.closeAfter = connection == "close" || (version == "HTTP/1.0" && connection != "keep-alive");
    c.busy = true;

    const HttpResponse response = m_core->handle(request);
    if (response.latencyMs > 0)
        QTimer::singleShot(response.latencyMs, socket, [this, socket, response] { send(socket, response); });
    else
        send(socket, response);
}

void HttpListener::send(QTcpSocket *socket, const HttpResponse &response)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (response.drop) {
        socket->abort(); // emits disconnected, which forgets the connection
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "Date: " + ServerCore::httpDate() + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (it->closeAfter || response.truncate)
        head += "Connection: close\r\n";
    head += "\r\n";
    if (response.truncate) {
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    socket->write(head);
    socket->write(response.body);
    if (it->closeAfter) {
        socket->disconnectFromHost();
        return;
    }
    it->busy = false;
    if (!it->buffer.isEmpty())
        process(socket);
}

} // namespace Sspr::FakeGraph
