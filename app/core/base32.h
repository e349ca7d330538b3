#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace Sspr::Core {

// RFC 4648 Base32 (alphabet A-Z, 2-7), the encoding of TOTP secrets.
namespace Base32 {

enum class Padding { Omit, Include };

// Upper-case Base32. Omit padding for otpauth URIs (the Key URI format asks for it); Include gives RFC 4648 §6 output.
QString encode(QByteArrayView data, Padding padding = Padding::Omit);

// Decodes Base32 as people type and apps print it: letters in either case, spaces (and other white space) anywhere,
// '=' padding at the end or none. Anything else is refused with a message that names the character and its position.
Result<QByteArray> decode(QStringView text);

} // namespace Base32

} // namespace Sspr::Core
