#pragma once

#include <QByteArray>
#include <QString>

namespace Sspr::Core {

// New TOTP secrets and token serial numbers, always from the system's CSPRNG (QRandomGenerator::system()).
namespace TotpSecret {

// 160 bits: the key length RFC 4226 recommends and the one authenticator apps expect for SHA1.
inline constexpr int kDefaultBytes = 20;
inline constexpr int kMinimumBytes = 16; // RFC 4226 §4 R6: at least 128 bits

// `bytes` random bytes (at least kMinimumBytes).
QByteArray generate(int bytes = kDefaultBytes);

// A serial number for the hardware-OATH inventory and the oath_tokens record: "SSPR" and 12 random digits.
QString generateSerial();

} // namespace TotpSecret

} // namespace Sspr::Core
