// libFuzzer target for the otpauth:// parser: no input may crash it, and what it accepts must build into a URI that
// parses back to the same key.
#include "otpauthuri.h"
#include "totp.h"

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

void parseText(const QString &text)
{
    const auto parsed = OtpauthUri::parse(text);
    if (!parsed) {
        check(!parsed.errorMessage().isEmpty());
        return;
    }
    const TotpKey &key = parsed.value();
    check(!key.account.isEmpty() && !key.secret.isEmpty());
    const auto built = OtpauthUri::build(key);
    if (!built) {
        // The one refusal allowed: percent-encoding made the names longer than any URI parse() accepts.
        check(built.errorMessage().contains(QStringLiteral("too long")));
        return;
    }
    check(built.value().size() <= OtpauthUri::kMaxLength);
    const auto again = OtpauthUri::parse(built.value());
    check(again.ok() && again.value() == key);
    // The key is usable: codes come out with the right length and verify.
    OtpauthUri::compatibilityWarnings(key);
    const qint64 time = qint64(key.secret.size()) * 1000003;
    const QString code = Totp::code(key.secret, time, key.parameters);
    check(code.size() == key.parameters.digits);
    check(Totp::verify(key.secret, code, time, key.parameters).has_value());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const char *bytes = reinterpret_cast<const char *>(data);
    parseText(QString::fromUtf8(bytes, qsizetype(size)));
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(utf16.data(), bytes, (size / 2) * 2);
    parseText(utf16);
    return 0;
}
