#pragma once

#include "result.h"
#include "totp.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Sspr::Core {

// A TOTP key as an authenticator app stores it after scanning the QR code.
struct TotpKey
{
    QString issuer; // the organisation the app shows above the account, e.g. "Contoso"; may be empty
    QString account; // usually the user principal name
    QByteArray secret;
    TotpParameters parameters;

    friend bool operator==(const TotpKey &, const TotpKey &) = default;
};

// The Key URI format of Google Authenticator, which every authenticator app reads:
//   otpauth://totp/ISSUER:ACCOUNT?secret=BASE32&issuer=ISSUER[&algorithm=…&digits=…&period=…]
namespace OtpauthUri {

// Longer input is refused unread: a QR code holds at most 2953 bytes.
inline constexpr qsizetype kMaxLength = 4096;

// Percent-encodes issuer and account as UTF-8 (everything but A-Z a-z 0-9 - . _ ~, so spaces, '@', ':' and non-ASCII
// letters too), writes the secret as Base32 without padding, and adds algorithm, digits and period only where they
// differ from the defaults. Issuer and account are trimmed; the account must not be empty; neither may hold control
// characters; the result is at most kMaxLength characters.
Result<QString> build(const TotpKey &key);

// Reads a TOTP key URI. Accepts what apps and Microsoft emit (the separator written ':' or "%3A", spaces before the
// account, '+' for a space in parameters, lower-case or padded secrets, parameters in any order, unknown parameters);
// refuses anything else with a message that says what is wrong. The issuer parameter wins over the label's prefix.
Result<TotpKey> parse(QStringView uri);

// Translated warnings about a key that some apps will show or compute differently: the parameter warnings of
// Totp::compatibilityWarnings plus a missing issuer, a ':' in the issuer, and a secret shorter than 128 bits.
QStringList compatibilityWarnings(const TotpKey &key);

} // namespace OtpauthUri

} // namespace Sspr::Core
