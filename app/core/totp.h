#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Sspr::Core {

// The HMAC hash of an OATH key (RFC 6238 §1.2).
enum class OtpAlgorithm { Sha1, Sha256, Sha512 };

// What an authenticator app and the console must agree on besides the secret. The defaults are the ones every app
// honours (Google Authenticator ignores the algorithm, and on Android the digits); Entra accepts 30 or 60 s.
struct TotpParameters
{
    static constexpr OtpAlgorithm kDefaultAlgorithm = OtpAlgorithm::Sha1;
    static constexpr int kDefaultDigits = 6;
    static constexpr int kDefaultPeriod = 30;

    OtpAlgorithm algorithm = kDefaultAlgorithm;
    int digits = kDefaultDigits; // 6 or 8
    int period = kDefaultPeriod; // seconds: 30 or 60

    bool isDefault() const
    {
        return algorithm == kDefaultAlgorithm && digits == kDefaultDigits && period == kDefaultPeriod;
    }
    friend bool operator==(const TotpParameters &, const TotpParameters &) = default;
};

// HOTP (RFC 4226) and TOTP (RFC 6238). Pure functions: the time is always passed in, in seconds since the Unix
// epoch (times before 1970 count as 0), and counters are 64 bits wide, so dates after 2038 work.
namespace Totp {

// "SHA1", "SHA256", "SHA512": the spelling of the Key URI format and of the CLI.
QString algorithmName(OtpAlgorithm algorithm);
// Parsers shared by the otpauth URI and the CLI, each with a message that says what is accepted.
Result<OtpAlgorithm> parseAlgorithm(QStringView text); // case-insensitive; "SHA-256" is accepted too
Result<int> parseDigits(QStringView text); // "6" or "8"
Result<int> parsePeriod(QStringView text); // "30" or "60"
// Checks values that did not come through the parsers.
Status validate(const TotpParameters &parameters);

// The time step that contains unixTime.
quint64 counterAt(qint64 unixTime, int period);
// Seconds until the code shown at unixTime changes (1 to period).
int secondsRemaining(qint64 unixTime, int period);

// The HOTP value for one counter, zero-padded to `digits` (6 to 8) characters.
QString hotp(const QByteArray &key, quint64 counter, int digits, OtpAlgorithm algorithm);
// The TOTP code shown at unixTime.
QString code(const QByteArray &key, qint64 unixTime, const TotpParameters &parameters);

// Checks a code a person typed (spaces allowed) against the steps from -window to +window around unixTime.
// Returns the step offset that matched (0 = on time, -1 = the phone is one step behind, +1 = ahead), preferring the
// smallest offset, or nothing. Multiply by parameters.period for the clock difference in seconds.
std::optional<int> verify(
    const QByteArray &key, QStringView typedCode, qint64 unixTime, const TotpParameters &parameters, int window = 1);

// Translated warnings for settings that some authenticator apps ignore or that Entra does not accept; empty for the
// defaults.
QStringList compatibilityWarnings(const TotpParameters &parameters);

} // namespace Totp

} // namespace Sspr::Core
