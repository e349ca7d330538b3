#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace Sspr::FakeGraph::FakeTotp {

// RFC 4648 Base32 (upper or lower case, padding and spaces ignored). ok is false on any other character.
QByteArray base32Decode(const QString &text, bool *ok);
// RFC 6238 TOTP (RFC 4226 dynamic truncation) with HMAC from QMessageAuthenticationCode; time is passed in.
QString code(const QByteArray &key, qint64 unixTime, int stepSeconds = 30, int digits = 6,
    QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha1);
// True when code matches the step of unixTime or one step either side (clock drift, as servers allow).
bool verify(const QByteArray &key, const QString &code, qint64 unixTime, int stepSeconds = 30,
    QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha1);

} // namespace Sspr::FakeGraph::FakeTotp
