#include "faketotp.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace Sspr::FakeGraph::FakeTotp {

QByteArray base32Decode(const QString &text, bool *ok)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    *ok = true;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        int value;
        if (c >= u'A' && c <= u'Z')
            value = c - u'A';
        else if (c >= u'a' && c <= u'z')
            value = c - u'a';
        else if (c >= u'2' && c <= u'7')
            value = c - u'2' + 26;
        else if (c == u'=' || c == u' ')
            continue;
        else {
            *ok = false;
            return {};
        }
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    if (out.isEmpty())
        *ok = false;
    return out;
}

QString code(
    const QByteArray &key, qint64 unixTime, int stepSeconds, int digits, QCryptographicHash::Algorithm algorithm)
{
    const quint64 counter = quint64(unixTime / stepSeconds);
    char message[8];
    qToBigEndian(counter, message);
    const QByteArray mac = QMessageAuthenticationCode::hash(QByteArray(message, 8), key, algorithm);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) | (quint32(quint8(mac.at(offset + 1))) << 16)
        | (quint32(quint8(mac.at(offset + 2))) << 8) | quint32(quint8(mac.at(offset + 3)));
    quint32 modulo = 1;
    for (int i = 0; i < digits; ++i)
        modulo *= 10;
    return QString::number(binary % modulo).rightJustified(digits, u'0');
}

bool verify(const QByteArray &key, const QString &candidate, qint64 unixTime, int stepSeconds,
    QCryptographicHash::Algorithm algorithm)
{
    const QString trimmed = candidate.trimmed();
    if (trimmed.size() != 6 && trimmed.size() != 8)
        return false;
    for (int drift = -1; drift <= 1; ++drift) {
        if (code(key, unixTime + qint64(drift) * stepSeconds, stepSeconds, int(trimmed.size()), algorithm) == trimmed)
            return true;
    }
    return false;
}

} // namespace Sspr::FakeGraph::FakeTotp
