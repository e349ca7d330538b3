#include "totp.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QtEndian>

#include <array>
#include <cstdlib>

namespace Sspr::Core::Totp {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Core::Totp)
};

constexpr int kMaxWindow = 10;

QCryptographicHash::Algorithm hashOf(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha1:
        return QCryptographicHash::Sha1;
    case OtpAlgorithm::Sha256:
        return QCryptographicHash::Sha256;
    case OtpAlgorithm::Sha512:
        return QCryptographicHash::Sha512;
    }
    return QCryptographicHash::Sha1;
}

// Compares two strings of equal length without an early exit.
bool sameCode(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    char16_t diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= char16_t(a[i].unicode() ^ b[i].unicode());
    return diff == 0;
}

} // namespace

QString algorithmName(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha1:
        return u"SHA1"_s;
    case OtpAlgorithm::Sha256:
        return u"SHA256"_s;
    case OtpAlgorithm::Sha512:
        return u"SHA512"_s;
    }
    return u"SHA1"_s;
}

Result<OtpAlgorithm> parseAlgorithm(QStringView text)
{
    const QString name = text.trimmed().toString().toUpper().remove(u'-');
    if (name == u"SHA1"_s)
        return OtpAlgorithm::Sha1;
    if (name == u"SHA256"_s)
        return OtpAlgorithm::Sha256;
    if (name == u"SHA512"_s)
        return OtpAlgorithm::Sha512;
    return Error {Tr::tr("The algorithm \"%1\" is not supported; use SHA1, SHA256 or SHA512.").arg(text)};
}

Result<int> parseDigits(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t == u"6")
        return 6;
    if (t == u"8")
        return 8;
    return Error {Tr::tr("The number of digits \"%1\" is not supported; use 6 or 8.").arg(text)};
}

Result<int> parsePeriod(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t == u"30")
        return 30;
    if (t == u"60")
        return 60;
    return Error {Tr::tr("The period \"%1\" is not supported; use 30 or 60 seconds.").arg(text)};
}

Status validate(const TotpParameters &parameters)
{
    if (parameters.digits != 6 && parameters.digits != 8)
        return Error {Tr::tr("The number of digits \"%1\" is not supported; use 6 or 8.").arg(parameters.digits)};
    if (parameters.period != 30 && parameters.period != 60)
        return Error {Tr::tr("The period \"%1\" is not supported; use 30 or 60 seconds.").arg(parameters.period)};
    switch (parameters.algorithm) {
    case OtpAlgorithm::Sha1:
    case OtpAlgorithm::Sha256:
    case OtpAlgorithm::Sha512:
        return {};
    }
    return Error {Tr::tr("The algorithm is not supported; use SHA1, SHA256 or SHA512.")};
}

quint64 counterAt(qint64 unixTime, int period)
{
    Q_ASSERT(period > 0);
    if (unixTime <= 0 || period <= 0)
        return 0;
    return quint64(unixTime) / quint64(period);
}

int secondsRemaining(qint64 unixTime, int period)
{
    Q_ASSERT(period > 0);
    if (period <= 0)
        return 0;
    const qint64 t = qMax<qint64>(unixTime, 0);
    return period - int(t % period);
}

QString hotp(const QByteArray &key, quint64 counter, int digits, OtpAlgorithm algorithm)
{
    Q_ASSERT(digits >= 6 && digits <= 8);
    digits = qBound(6, digits, 8);
    std::array<uchar, 8> message {};
    qToBigEndian(counter, message.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(
        QByteArray(reinterpret_cast<const char *>(message.data()), qsizetype(message.size())), key, hashOf(algorithm));
    // Dynamic truncation (RFC 4226 §5.3): the low nibble of the last byte picks 4 bytes, top bit cleared.
    const int offset = mac.back() & 0x0f;
    const quint32 binary = (quint32(uchar(mac[offset])) & 0x7f) << 24 | quint32(uchar(mac[offset + 1])) << 16
        | quint32(uchar(mac[offset + 2])) << 8 | quint32(uchar(mac[offset + 3]));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return u"%1"_s.arg(binary % modulus, digits, 10, QChar(u'0'));
}

QString code(const QByteArray &key, qint64 unixTime, const TotpParameters &parameters)
{
    return hotp(key, counterAt(unixTime, parameters.period), parameters.digits, parameters.algorithm);
}

std::optional<int> verify(
    const QByteArray &key, QStringView typedCode, qint64 unixTime, const TotpParameters &parameters, int window)
{
    if (!validate(parameters))
        return std::nullopt;
    QString typed;
    for (const QChar c : typedCode) {
        if (c.isSpace())
            continue;
        if (c < u'0' || c > u'9')
            return std::nullopt;
        typed += c;
    }
    if (typed.size() != parameters.digits)
        return std::nullopt;
    window = qBound(0, window, kMaxWindow);
    const quint64 now = counterAt(unixTime, parameters.period);
    std::optional<int> best;
    // Every step of the window is computed and compared, so the time taken does not depend on which one matched.
    for (int offset = -window; offset <= window; ++offset) {
        if (offset < 0 && now < quint64(-offset))
            continue;
        const quint64 counter = offset < 0 ? now - quint64(-offset) : now + quint64(offset);
        const QString expected = hotp(key, counter, parameters.digits, parameters.algorithm);
        if (sameCode(expected, typed) && (!best || std::abs(offset) < std::abs(*best)))
            best = offset;
    }
    return best;
}

QStringList compatibilityWarnings(const TotpParameters &parameters)
{
    QStringList warnings;
    if (parameters.algorithm != TotpParameters::kDefaultAlgorithm) {
        warnings << Tr::tr("Google Authenticator ignores the algorithm and computes SHA1 codes, and other apps "
                           "(Microsoft Authenticator among them) mishandle %1: codes will not match there.")
                        .arg(algorithmName(parameters.algorithm));
        if (parameters.algorithm == OtpAlgorithm::Sha512)
            warnings << Tr::tr("Entra hardware OATH tokens accept only SHA1 and SHA256.");
    }
    if (parameters.digits != TotpParameters::kDefaultDigits)
        warnings << Tr::tr("Google Authenticator on Android ignores the number of digits and shows 6.");
    if (parameters.period != TotpParameters::kDefaultPeriod)
        warnings << Tr::tr("Google Authenticator ignores the period and changes codes every 30 seconds.");
    return warnings;
}

} // namespace Sspr::Core::Totp
