#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>
#include <QStringView>

namespace Sspr::FakeGraph::JsonBytes {

// Hand-rolled JSON output for the hot paths (pages of 999 users): appending UTF-8 straight into one buffer is several
// times faster than building QJsonObjects and serialising them.
void appendString(QByteArray &out, QStringView text);
void appendStringOrNull(QByteArray &out, const QString &text); // a null QString becomes null
void appendStringList(QByteArray &out, const QStringList &list);
void appendBool(QByteArray &out, bool value);
void appendKey(QByteArray &out, const char *key); // "key": (key is plain ASCII)
void appendValue(QByteArray &out, const QJsonValue &value);

} // namespace Sspr::FakeGraph::JsonBytes
