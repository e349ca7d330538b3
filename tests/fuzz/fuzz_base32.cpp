// libFuzzer target for the Base32 decoder: no input may crash it, and the codec must round-trip.
#include "base32.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace Sspr::Core;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void decodeText(const QString &text)
{
    const auto decoded = Base32::decode(text);
    if (!decoded) {
        check(!decoded.errorMessage().isEmpty());
        return;
    }
    // Whatever decodes re-encodes to canonical text that decodes to the same bytes, padded or not.
    for (const auto padding : {Base32::Padding::Omit, Base32::Padding::Include}) {
        const auto again = Base32::decode(Base32::encode(decoded.value(), padding));
        check(again.ok() && again.value() == decoded.value());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const char *bytes = reinterpret_cast<const char *>(data);
    // The input as UTF-8 text, and as UTF-16 (which can carry lone surrogates and any code point).
    decodeText(QString::fromUtf8(bytes, qsizetype(size)));
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(utf16.data(), bytes, (size / 2) * 2);
    decodeText(utf16);
    // The input as bytes to encode.
    const QByteArray raw(bytes, qsizetype(size));
    const QString encoded = Base32::encode(raw);
    check(encoded.size() == qsizetype((size * 8 + 4) / 5));
    const auto back = Base32::decode(encoded);
    check(back.ok() && back.value() == raw);
    return 0;
}
