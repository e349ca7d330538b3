#include "base32.h"

#include <QCoreApplication>

namespace Sspr::Core::Base32 {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Core::Base32)
};

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// The value of one Base32 character, or -1.
int valueOf(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    if (c >= u'2' && c <= u'7')
        return c - u'2' + 26;
    return -1;
}

// How a character looks in a message: itself when printable, else its code point.
QString describe(char32_t ucs4)
{
    const QString character = QString::fromUcs4(&ucs4, 1);
    if (QChar::isPrint(ucs4) && !QChar::isSpace(ucs4))
        return u"\""_s + character + u"\""_s;
    return u"U+"_s + QString::number(quint32(ucs4), 16).toUpper().rightJustified(4, u'0');
}

} // namespace

QString encode(QByteArrayView data, Padding padding)
{
    QString out;
    out.reserve((data.size() + 4) / 5 * 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += QLatin1Char(kAlphabet[(buffer >> bits) & 0x1f]);
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]);
    if (padding == Padding::Include) {
        while (out.size() % 8 != 0)
            out += u'=';
    }
    return out;
}

Result<QByteArray> decode(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() * 5 / 8 + 1);
    quint32 buffer = 0;
    int bits = 0;
    qsizetype symbols = 0;
    qsizetype firstPad = -1;
    qsizetype position = 0; // in characters (code points), as a person counts them
    for (qsizetype i = 0; i < text.size(); ++i) {
        ++position;
        const QChar c = text.at(i);
        if (c.isSpace())
            continue;
        if (c == u'=') {
            if (firstPad < 0)
                firstPad = position;
            continue;
        }
        const int value = valueOf(c.unicode());
        if (value < 0) {
            char32_t ucs4 = c.unicode();
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                ucs4 = QChar::surrogateToUcs4(c, text.at(i + 1));
            QString message = Tr::tr("%1 at position %2 is not a Base32 character (only the letters A-Z and the digits "
                                     "2-7 are).")
                                  .arg(describe(ucs4))
                                  .arg(position);
            if (c == u'0' || c == u'1' || c == u'8' || c == u'9')
                message += u' ' + Tr::tr("Base32 has no 0, 1, 8 or 9: read 0 as the letter O and 1 as the letter I.");
            return Error {message};
        }
        if (firstPad >= 0)
            return Error {Tr::tr("\"=\" padding at position %1 is followed by more characters; padding may only "
                                 "come at the end.")
                              .arg(firstPad)};
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        ++symbols;
        if (bits >= 8) {
            bits -= 8;
            out += char((buffer >> bits) & 0xff);
        }
    }
    // RFC 4648 §6: a final quantum holds 2, 4, 5 or 7 characters. Any other count means a character is missing or
    // extra. Leftover bits of a valid final character are dropped, as every common decoder does.
    const qsizetype rest = symbols % 8;
    if (rest == 1 || rest == 3 || rest == 6)
        return Error {Tr::tr("Base32 text cannot have a length of %1; a character is missing or extra.").arg(symbols)};
    return out;
}

} // namespace Sspr::Core::Base32
