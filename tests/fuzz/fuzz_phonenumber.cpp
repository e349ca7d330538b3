// libFuzzer target for Sspr::Core::PhoneNumber: parse(), the strict Graph-form check and fromGraphForm().
//
// The first input byte picks the default region; the rest is read twice, as UTF-8 and as raw UTF-16 (which reaches
// lone surrogates and every BMP character). Besides "no crash, no sanitizer report", it checks the invariants the
// rest of the console relies on and traps when one breaks:
//   - a valid number has a Graph form that passes the strict check, reads back to itself (from the Graph form, the
//     display form and the E.164 form), and digits() is ASCII digits only;
//   - an invalid number has a message, no Graph form and no digits, and the message stays short;
//   - validateGraphForm() agrees with isGraphForm().

#include "phonenumber.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <vector>

using namespace Qt::StringLiterals;
using Sspr::Core::PhoneNumber;

namespace {

[[noreturn]] void fail(const char *what, const QString &input)
{
    std::fprintf(stderr, "fuzz_phonenumber invariant broken: %s\ninput: %s\n", what, input.toUtf8().constData());
    __builtin_trap();
}

bool isAsciiDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

void check(const QString &input, const QString &region)
{
    const PhoneNumber number = PhoneNumber::parse(input, region);
    if (number.isValid()) {
        const QString graph = number.graphForm();
        if (!PhoneNumber::isGraphForm(graph))
            fail("valid number with a Graph form that fails the strict check", input);
        if (!number.errorMessage().isEmpty())
            fail("valid number with an error message", input);
        if (!isAsciiDigits(number.digits()) || number.e164() != u'+' + number.digits())
            fail("digits() or e164() malformed", input);
        if (PhoneNumber::fromGraphForm(graph).graphForm() != graph)
            fail("Graph form does not read back to itself", input);
        if (PhoneNumber::parse(number.displayForm()).graphForm() != graph)
            fail("display form does not read back to the same number", input);
        const QString e164WithExtension
            = number.e164() + (number.hasExtension() ? u" x"_s + number.extension() : QString());
        if (PhoneNumber::parse(e164WithExtension).graphForm() != graph)
            fail("E.164 form does not read back to the same number", input);
    } else {
        if (number.errorMessage().isEmpty())
            fail("invalid number without a message", input);
        if (number.errorMessage().size() > 1000)
            fail("error message grows with the input", input);
        if (!number.graphForm().isEmpty() || !number.digits().isEmpty() || !number.displayForm().isEmpty())
            fail("invalid number with a Graph form, digits or display form", input);
    }

    const bool strict = PhoneNumber::isGraphForm(input);
    if (PhoneNumber::validateGraphForm(input).ok() != strict)
        fail("validateGraphForm() disagrees with isGraphForm()", input);
    const PhoneNumber stored = PhoneNumber::fromGraphForm(input);
    if (!strict && stored.isValid())
        fail("fromGraphForm() accepted a string that fails the strict check", input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString regions[] = {
        QString(), u"US"_s, u"GB"_s, u"DE"_s, u"IT"_s, u"BR"_s, u"JP"_s, u"IN"_s, u"AU"_s, u"FR"_s, u"XX"_s, u"zz"_s};
    if (size == 0)
        return 0;
    const QString &region = regions[data[0] % std::size(regions)];
    const char *text = reinterpret_cast<const char *>(data + 1);
    const size_t length = size - 1;

    check(QString::fromUtf8(text, static_cast<qsizetype>(length)), region);

    std::vector<char16_t> units(length / 2);
    if (!units.empty())
        std::memcpy(units.data(), text, units.size() * sizeof(char16_t));
    check(QString::fromUtf16(units.data(), static_cast<qsizetype>(units.size())), region);
    return 0;
}
