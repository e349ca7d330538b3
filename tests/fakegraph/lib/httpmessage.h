#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Sspr::FakeGraph {

// One parsed HTTP/1.1 request. Header names are lower-cased; the path is percent-decoded.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path?query
    QString path;
    QString rawQuery; // still percent-encoded
    QList<QPair<QString, QString>> query; // decoded items, in order ('+' is not a space here)
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    // OData system query options are case-insensitive ($Top, $top).
    QString queryValue(QStringView name) const
    {
        for (const auto &item : query) {
            if (QStringView(item.first).compare(name, Qt::CaseInsensitive) == 0)
                return item.second;
        }
        return {};
    }
    bool hasQuery(QStringView name) const
    {
        for (const auto &item : query) {
            if (QStringView(item.first).compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    // Splits "a=1&b=%22x%22" into decoded pairs.
    static QList<QPair<QString, QString>> parseQuery(const QString &raw)
    {
        QList<QPair<QString, QString>> out;
        for (const QString &part : raw.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(u'=');
            const QString key = eq < 0 ? part : part.left(eq);
            const QString value = eq < 0 ? QString() : part.mid(eq + 1);
            out.append({QUrl::fromPercentEncoding(key.toUtf8()), QUrl::fromPercentEncoding(value.toUtf8())});
        }
        return out;
    }
};

// One response, plus what the listener should do to it on the wire (fault injection).
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool drop = false; // close the socket without a reply
    bool truncate = false; // send the headers and half the body, then close
    int latencyMs = 0;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                header.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return header.second;
        }
        return {};
    }
};

} // namespace Sspr::FakeGraph
