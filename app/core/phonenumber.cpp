#include "phonenumber.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <memory>
#include <string>
#include <utility>

using namespace Qt::StringLiterals;

namespace Sspr::Core {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;
using LibNumber = i18n::phonenumbers::PhoneNumber;

// PhoneNumberUtil::GetInstance() is a thread-safe singleton, and the const calls used here do not mutate it.
const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

// Quotes a piece of user input for a message, cut short so that a message never grows with the input.
QString quoted(const QString &text)
{
    constexpr qsizetype kMaxShown = 40;
    QString shown = text.size() > kMaxShown ? text.left(kMaxShown) + u'…' : text;
    return QCoreApplication::translate("Sspr::Core::PhoneNumber", "“%1”").arg(shown);
}

// How a character that has no place in a phone number is shown: itself if it is visible, else its code point.
QString describeCharacter(char32_t ucs4)
{
    const QChar::Category category = QChar::category(ucs4);
    const bool invisible = category == QChar::Other_Control || category == QChar::Other_Format
        || category == QChar::Other_NotAssigned || category == QChar::Other_Surrogate
        || category == QChar::Other_PrivateUse || QChar::isSpace(ucs4);
    const QString codePoint = u"U+%1"_s.arg(static_cast<uint>(ucs4), 4, 16, QChar(u'0')).toUpper();
    if (invisible)
        return codePoint;
    return u"“%1” (%2)"_s.arg(QString::fromUcs4(&ucs4, 1), codePoint);
}

bool isDash(char32_t c)
{
    return c == u'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE63 || c == 0xFF0D;
}

// Characters that may separate digit groups. The extension markers (# ; = : ,) are handled separately.
bool isSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'[' || c == u']' || c == u'/';
}

// The country calling code that starts an international digit string, or 0 if none does.
int leadingCountryCode(const QString &digits)
{
    for (int length = 1; length <= 3 && length <= digits.size(); ++length) {
        const int code = digits.left(length).toInt();
        std::string region;
        util().GetRegionCodeForCountryCode(code, &region);
        if (region != "ZZ")
            return code;
    }
    return 0;
}

QString exampleFor(const std::string &region, int countryCode)
{
    LibNumber example;
    bool found = false;
    if (region == "001")
        found = util().GetExampleNumberForNonGeoEntity(countryCode, &example);
    else if (region != "ZZ")
        found = util().GetExampleNumberForType(region, PhoneNumberUtil::MOBILE, &example)
            || util().GetExampleNumberForType(region, PhoneNumberUtil::FIXED_LINE, &example);
    if (!found)
        return {};
    std::string formatted;
    util().Format(example, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return fromStd(formatted);
}

// " For example: +44 7400 123456." or nothing when libphonenumber has no example.
QString exampleSentence(const std::string &region, int countryCode)
{
    const QString example = exampleFor(region, countryCode);
    if (example.isEmpty())
        return {};
    return u" "_s
        + QCoreApplication::translate("Sspr::Core::PhoneNumber", "A number there looks like %1.").arg(example);
}

// Appended when the country was not typed but taken from the default region.
QString regionAssumedSentence(bool countryFromRegion, const QString &country)
{
    if (!countryFromRegion)
        return {};
    return u" "_s
        + QCoreApplication::translate("Sspr::Core::PhoneNumber",
            "It was read as a number in %1 because it has no country code; if it belongs "
            "to another country, type + and that country's code first.")
              .arg(country);
}

// What is left of the input once characters are classified and the extension is split off.
struct Scanned
{
    QString main; // the number part, digits normalised to ASCII, separators normalised
    QString extension; // ASCII digits
};

} // namespace

PhoneNumber::PhoneNumber() = default;

PhoneNumber PhoneNumber::failure(ErrorKind kind, const QString &message)
{
    PhoneNumber number;
    number.m_errorKind = kind;
    number.m_errorMessage = message;
    return number;
}

PhoneNumber PhoneNumber::parse(const QString &input, const QString &defaultRegion)
{
    // 1. Bound the work before looking at the content.
    if (input.size() > kMaxInputLength) {
        return failure(ErrorKind::InputTooLong,
            QCoreApplication::translate("Sspr::Core::PhoneNumber",
                "The text is too long to be a phone number (%1 characters; at "
                "most %2). Enter only the number, with + and the country code.")
                .arg(input.size())
                .arg(kMaxInputLength));
    }
    const QString trimmed = input.trimmed();
    const auto empty = [] {
        return failure(ErrorKind::Empty,
            QCoreApplication::translate("Sspr::Core::PhoneNumber",
                "Enter a phone number, with + and the country code, for example "
                "+1 425 555 0100."));
    };
    if (trimmed.isEmpty())
        return empty();

    // 2. Classify every code point: digits of any script become ASCII digits, dash and space variants become
    //    '-' and ' ', letters are kept for the checks below, anything else is refused here.
    QString normalised;
    normalised.reserve(trimmed.size());
    bool hasDigit = false;
    bool hasLetter = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        char32_t c = trimmed.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < trimmed.size() && trimmed.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(trimmed.at(i), trimmed.at(i + 1));
            ++i;
        }
        if (QChar::category(c) == QChar::Other_Format) {
            // Invisible marks that copying from mail, chat and web pages adds (U+202A…U+202C, U+200E, U+FEFF…).
            continue;
        }
        if (QChar::category(c) == QChar::Number_DecimalDigit && QChar::digitValue(c) >= 0) {
            normalised += QChar(static_cast<char16_t>(u'0' + QChar::digitValue(c)));
            hasDigit = true;
        } else if (c == u'+' || c == 0xFF0B) {
            normalised += u'+';
        } else if (QChar::isSpace(c)) {
            normalised += u' ';
        } else if (isDash(c)) {
            normalised += u'-';
        } else if (c == 0xFF0E) {
            normalised += u'.';
        } else if (c == 0xFF08) {
            normalised += u'(';
        } else if (c == 0xFF09) {
            normalised += u')';
        } else if (c < 0x80 && QStringView(u".()[]/#;=:,").contains(QChar(static_cast<char16_t>(c)))) {
            normalised += QChar(static_cast<char16_t>(c));
        } else if (QChar::isLetter(c)) {
            normalised += QString::fromUcs4(&c, 1);
            hasLetter = true;
        } else {
            return failure(ErrorKind::InvalidCharacter,
                QCoreApplication::translate("Sspr::Core::PhoneNumber",
                    "The character %1 cannot be part of a phone number. Use only "
                    "digits, spaces, - . ( ) and a leading +.")
                    .arg(describeCharacter(c)));
        }
    }

    // From here on, messages quote the input as understood: ASCII digits, no invisible marks.
    const QString shown = normalised.simplified();
    if (shown.isEmpty())
        return empty();
    if (!hasDigit) {
        if (hasLetter) {
            return failure(ErrorKind::NotANumber,
                QCoreApplication::translate(
                    "Sspr::Core::PhoneNumber", "%1 is not a phone number: it contains no digits.")
                    .arg(quoted(shown)));
        }
        return failure(ErrorKind::NotANumber,
            QCoreApplication::translate("Sspr::Core::PhoneNumber",
                "%1 contains no digits. Enter + and the country code, then the "
                "number, for example +44 20 7946 0018.")
                .arg(quoted(shown)));
    }

    // 3. An optional "tel:" in front, and an extension at the end.
    Scanned scanned;
    scanned.main = normalised;
    if (scanned.main.startsWith(u"tel:"_s, Qt::CaseInsensitive))
        scanned.main = scanned.main.mid(4).trimmed();
    static const QRegularExpression extensionPattern(
        u"^(.*?)[\\s,]*(?:;\\s*ext\\s*=|extension|ext\\.?|x|#)\\s*:?\\s*([0-9]+)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = extensionPattern.match(scanned.main); match.hasMatch()) {
        scanned.main = match.captured(1);
        scanned.extension = match.captured(2);
    }

    // 4. The number part may hold digits, separators and one leading +; letters get their own message.
    QString letters;
    QString digits;
    bool plus = false;
    bool previousWasLetter = false;
    for (const QChar c : std::as_const(scanned.main)) {
        const bool isLetter = c.isLetter() || c.isSurrogate();
        if (c.isDigit()) {
            digits += c;
        } else if (c == u'+') {
            if (plus || !digits.isEmpty()) {
                return failure(ErrorKind::InvalidCharacter,
                    QCoreApplication::translate(
                        "Sspr::Core::PhoneNumber", "A + may appear only once, before the country code."));
            }
            plus = true;
        } else if (isLetter) {
            if (!letters.isEmpty() && !previousWasLetter)
                letters += u' ';
            letters += c;
        } else if (!isSeparator(c)) {
            return failure(ErrorKind::InvalidCharacter,
                QCoreApplication::translate("Sspr::Core::PhoneNumber",
                    "The character %1 cannot appear inside a phone number. Write "
                    "an extension at the end as x123 or ext. 123.")
                    .arg(describeCharacter(c.unicode())));
        }
        previousWasLetter = isLetter;
    }
    if (!letters.isEmpty()) {
        return failure(ErrorKind::LettersInNumber,
            QCoreApplication::translate("Sspr::Core::PhoneNumber",
                "The number contains letters (%1). Type the digits only; letters "
                "on a keypad are not converted. Write an extension as x123 or "
                "ext. 123.")
                .arg(quoted(letters)));
    }
    if (digits.isEmpty()) {
        return failure(ErrorKind::NotANumber,
            QCoreApplication::translate("Sspr::Core::PhoneNumber",
                "There are no digits before the extension. Enter + and the "
                "country code, then the number."));
    }
    if (scanned.extension.size() > kMaxExtensionLength) {
        return failure(ErrorKind::ExtensionTooLong,
            QCoreApplication::translate("Sspr::Core::PhoneNumber",
                "The extension %1 has %2 digits; Microsoft Entra accepts at most "
                "%3.")
                .arg(quoted(scanned.extension))
                .arg(scanned.extension.size())
                .arg(kMaxExtensionLength));
    }
    // "00" is the international prefix in most of the world: read it as +.
    if (!plus && digits.startsWith(u"00"_s)) {
        plus = true;
        digits = digits.mid(2);
        if (digits.isEmpty()) {
            return failure(ErrorKind::NotANumber,
                QCoreApplication::translate(
                    "Sspr::Core::PhoneNumber", "There are no digits after the international prefix 00."));
        }
    }

    // 5. The country: typed, or the default region's.
    const QString region = isKnownRegion(defaultRegion) ? defaultRegion.trimmed().toUpper() : QString();
    if (!plus && region.isEmpty()) {
        const QString unknown = defaultRegion.trimmed().isEmpty() ? QString()
                                                                  : u" "_s
                + QCoreApplication::translate("Sspr::Core::PhoneNumber", "(%1 is not a known region code.)")
                      .arg(quoted(defaultRegion));
        return failure(ErrorKind::NoCountry,
            QCoreApplication::translate("Sspr::Core::PhoneNumber",
                "%1 has no country code and no default region is set.%2 Start "
                "with + and the country code, for example +49 30 1234567, or set "
                "the user's usage location.")
                .arg(quoted(digits), unknown));
    }
    const bool countryFromRegion = !plus;

    // What the country is, for messages, even when libphonenumber refuses to fill in a number.
    auto countryPhrase = [&](int countryCode) {
        std::string main;
        util().GetRegionCodeForCountryCode(countryCode, &main);
        return describeRegion(fromStd(main), countryCode);
    };
    const int guessedCode = plus ? leadingCountryCode(digits) : util().GetCountryCodeForRegion(toStd(region));
    // The digits after the country code, as far as it is known.
    const QString nationalDigits = plus && guessedCode > 0 ? digits.mid(QString::number(guessedCode).size()) : digits;

    auto parsed = std::make_unique<LibNumber>();
    const QString toParse = plus ? u"+"_s + digits : digits;
    const PhoneNumberUtil::ErrorType parseError
        = util().Parse(toStd(toParse), plus ? std::string("ZZ") : toStd(region), parsed.get());
    switch (parseError) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        if (plus && digits.startsWith(u'0')) {
            return failure(ErrorKind::UnknownCountryCode,
                QCoreApplication::translate("Sspr::Core::PhoneNumber",
                    "Country calling codes never start with 0, but the digits "
                    "after the + (or 00) are %1. Remove the 0, or type + and the "
                    "country code.")
                    .arg(quoted(digits)));
        }
        return failure(ErrorKind::UnknownCountryCode,
            QCoreApplication::translate("Sspr::Core::PhoneNumber",
                "No country calling code starts with +%1. Check the digits after "
                "the + (for example +1 for the US and Canada, +44 for the United "
                "Kingdom).")
                .arg(digits.left(3)));
    case PhoneNumberUtil::NOT_A_NUMBER:
        return failure(ErrorKind::NotANumber,
            QCoreApplication::translate("Sspr::Core::PhoneNumber",
                "%1 cannot be read as a phone number. Enter + and the country "
                "code, then the number.")
                .arg(quoted(shown)));
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        if (guessedCode > 0) {
            return failure(ErrorKind::TooShort,
                QCoreApplication::translate("Sspr::Core::PhoneNumber",
                    "Read as a number in %1, but %2 is too short to be a phone "
                    "number. Check for missing digits.")
                        .arg(countryPhrase(guessedCode), quoted(nationalDigits))
                    + regionAssumedSentence(countryFromRegion, countryPhrase(guessedCode)));
        }
        return failure(ErrorKind::TooShort,
            QCoreApplication::translate(
                "Sspr::Core::PhoneNumber", "%1 is too short to be a phone number. Check for missing digits.")
                .arg(quoted(digits)));
    case PhoneNumberUtil::TOO_LONG_NSN:
        if (guessedCode > 0) {
            return failure(ErrorKind::TooLong,
                QCoreApplication::translate("Sspr::Core::PhoneNumber",
                    "Read as a number in %1, but %2 has more digits than any "
                    "phone number. Check for extra digits.")
                        .arg(countryPhrase(guessedCode), quoted(nationalDigits))
                    + regionAssumedSentence(countryFromRegion, countryPhrase(guessedCode)));
        }
        return failure(ErrorKind::TooLong,
            QCoreApplication::translate("Sspr::Core::PhoneNumber",
                "%1 has more digits than any phone number. Check for extra "
                "digits.")
                .arg(quoted(digits)));
    }

    // 6. Settle on the form that reads back to itself. In a few corners of the metadata (Mexico's former mobile
    //    "1", for one) the national number first found is not the one its own E.164 form parses to; Graph, the
    //    shared-number check and a later edit must all see one number, so follow the E.164 form while it is valid.
    for (int round = 0; round < 3; ++round) {
        std::string e164;
        util().Format(*parsed, PhoneNumberUtil::E164, &e164);
        auto again = std::make_unique<LibNumber>();
        if (util().Parse(e164, "ZZ", again.get()) != PhoneNumberUtil::NO_PARSING_ERROR || !util().IsValidNumber(*again))
            break;
        std::string before;
        std::string after;
        util().GetNationalSignificantNumber(*parsed, &before);
        util().GetNationalSignificantNumber(*again, &after);
        if (before == after && parsed->country_code() == again->country_code())
            break;
        parsed = std::move(again);
    }
    const LibNumber &number = *parsed;

    // 7. Parsed: now check that the number exists in its country.
    PhoneNumber result;
    result.m_countryCode = static_cast<int>(number.country_code());
    std::string nsn;
    util().GetNationalSignificantNumber(number, &nsn);
    result.m_nationalNumber = fromStd(nsn);
    result.m_extension = scanned.extension;
    std::string regionOfNumber;
    util().GetRegionCodeForNumber(number, &regionOfNumber);
    if (regionOfNumber == "ZZ")
        util().GetRegionCodeForCountryCode(result.m_countryCode, &regionOfNumber);
    result.m_regionCode = regionOfNumber == "ZZ" ? QString() : fromStd(regionOfNumber);

    // The sentences of a refusal are made only for a refusal: the example number alone costs as much as a parse,
    // and a bulk import reads 100,000 numbers that are mostly valid.
    QString countryText;
    auto country = [&]() -> QString {
        if (countryText.isNull())
            countryText = describeRegion(result.m_regionCode, result.m_countryCode);
        return countryText;
    };
    const int nsnLength = static_cast<int>(result.m_nationalNumber.size());

    auto invalid = [&](ErrorKind kind, const QString &problem) {
        const QString understood = QCoreApplication::translate(
            "Sspr::Core::PhoneNumber", "Read as a number in %1 with national number %2.")
                                       .arg(country(), result.m_nationalNumber);
        PhoneNumber failed = result;
        failed.m_errorKind = kind;
        failed.m_errorMessage = understood + u" "_s + problem + exampleSentence(regionOfNumber, result.m_countryCode)
            + regionAssumedSentence(countryFromRegion, country());
        return failed;
    };

    switch (util().IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return invalid(ErrorKind::TooShort,
            QCoreApplication::translate("Sspr::Core::PhoneNumber",
                "It has only %n digit(s): a local number. Add the area code.", nullptr, nsnLength));
    case PhoneNumberUtil::TOO_SHORT:
        return invalid(ErrorKind::TooShort,
            QCoreApplication::translate("Sspr::Core::PhoneNumber",
                "It has only %n digit(s), too few for %1. Check for missing "
                "digits.",
                nullptr, nsnLength)
                .arg(country()));
    case PhoneNumberUtil::TOO_LONG:
        return invalid(ErrorKind::TooLong,
            QCoreApplication::translate("Sspr::Core::PhoneNumber",
                "It has %n digit(s), too many for %1. Check for extra digits or a "
                "wrong country code.",
                nullptr, nsnLength)
                .arg(country()));
    case PhoneNumberUtil::INVALID_LENGTH:
        return invalid(ErrorKind::InvalidLength,
            QCoreApplication::translate("Sspr::Core::PhoneNumber",
                "It has %n digit(s), a length that numbers in %1 do not have. "
                "Check for missing or extra digits.",
                nullptr, nsnLength)
                .arg(country()));
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return failure(ErrorKind::UnknownCountryCode,
            QCoreApplication::translate("Sspr::Core::PhoneNumber",
                "+%1 is not a known country calling code. Check the digits after "
                "the +.")
                .arg(result.m_countryCode));
    }
    if (!util().IsValidNumber(number)) {
        return invalid(ErrorKind::InvalidForRegion,
            QCoreApplication::translate("Sspr::Core::PhoneNumber",
                "No phone numbers in %1 start like that (unknown area code or "
                "number range). Check the digits and the country code.")
                .arg(country()));
    }

    // 8. Valid: the Graph form must pass the strict check too (it does for every number libphonenumber knows).
    const QString graph = u"+%1 %2"_s.arg(result.m_countryCode).arg(result.m_nationalNumber)
        + (result.hasExtension() ? u"x"_s + result.m_extension : QString());
    if (!isGraphForm(graph)) {
        return invalid(ErrorKind::NotGraphForm,
            QCoreApplication::translate("Sspr::Core::PhoneNumber",
                "Microsoft Entra cannot store this number: its national part must "
                "have 4 to 20 digits."));
    }
    std::string formatted;
    util().Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    result.m_displayBase = fromStd(formatted);
    // The extension is appended here rather than set on the protobuf message: its setters are protobuf inlines,
    // and sspr_core links libphonenumber only.
    result.m_displayForm = result.hasExtension() ? result.m_displayBase
            + QCoreApplication::translate("Sspr::Core::PhoneNumber", " ext. %1").arg(result.m_extension)
                                                 : result.m_displayBase;
    result.m_errorKind = ErrorKind::None;
    return result;
}

PhoneNumber PhoneNumber::parseForUser(const QString &input, const QString &usageLocation, const QString &fallbackRegion)
{
    return parse(input, defaultRegionFor(usageLocation, fallbackRegion));
}

PhoneNumber PhoneNumber::fromGraphForm(const QString &graphForm)
{
    if (const Status check = validateGraphForm(graphForm); !check)
        return failure(ErrorKind::NotGraphForm, check.errorMessage());
    return parse(graphForm);
}

QString PhoneNumber::defaultRegionFor(const QString &usageLocation, const QString &fallbackRegion)
{
    if (isKnownRegion(usageLocation))
        return usageLocation.trimmed().toUpper();
    if (isKnownRegion(fallbackRegion))
        return fallbackRegion.trimmed().toUpper();
    return {};
}

bool PhoneNumber::isKnownRegion(const QString &regionCode)
{
    const QString code = regionCode.trimmed().toUpper();
    if (code.size() != 2 || !code.at(0).isLetter() || !code.at(1).isLetter() || code.at(0).unicode() > 0x7f
        || code.at(1).unicode() > 0x7f)
        return false;
    return util().GetCountryCodeForRegion(toStd(code)) != 0;
}

bool PhoneNumber::isGraphForm(const QString &text)
{
    // anchoredPattern: a plain $ would also match before a trailing newline.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"\\+[1-9][0-9]{0,3} [0-9]{4,20}(x[0-9]{1,10})?"_s));
    return text.size() <= 37 && pattern.match(text).hasMatch();
}

Status PhoneNumber::validateGraphForm(const QString &text)
{
    if (isGraphForm(text))
        return {};
    QString problem;
    static const QRegularExpression countryPart(QRegularExpression::anchoredPattern(u"\\+[1-9][0-9]{0,3}"_s));
    static const QRegularExpression numberPart(QRegularExpression::anchoredPattern(u"[0-9]{4,20}"_s));
    static const QRegularExpression extensionPart(QRegularExpression::anchoredPattern(u"[0-9]{1,10}"_s));
    const qsizetype space = text.indexOf(u' ');
    const qsizetype x = text.indexOf(u'x');
    if (text.isEmpty()) {
        problem = QCoreApplication::translate("Sspr::Core::PhoneNumber", "it is empty.");
    } else if (!text.startsWith(u'+')) {
        problem = QCoreApplication::translate("Sspr::Core::PhoneNumber", "it must start with + and the country code.");
    } else if (space < 0 || text.count(u' ') != 1) {
        problem = QCoreApplication::translate("Sspr::Core::PhoneNumber",
            "it needs exactly one space, between the country code and the number, "
            "and no other spaces.");
    } else if (!countryPart.match(text.left(space)).hasMatch()) {
        problem = QCoreApplication::translate(
            "Sspr::Core::PhoneNumber", "the country code must be 1 to 4 digits and cannot start with 0.");
    } else if (!numberPart.match(text.mid(space + 1, x < 0 ? -1 : x - space - 1)).hasMatch()) {
        problem = QCoreApplication::translate("Sspr::Core::PhoneNumber", "the number must be 4 to 20 digits.");
    } else if (x >= 0 && !extensionPart.match(text.mid(x + 1)).hasMatch()) {
        problem
            = QCoreApplication::translate("Sspr::Core::PhoneNumber", "the extension after x must be 1 to 10 digits.");
    } else {
        problem = QCoreApplication::translate("Sspr::Core::PhoneNumber", "it contains other characters.");
    }
    return Error {QCoreApplication::translate("Sspr::Core::PhoneNumber",
        "%1 is not in Microsoft Graph's phone format +CC NUMBER[xEXT] (for "
        "example +1 4255550100 or +1 4255550100x123): %2")
                      .arg(quoted(text), problem)};
}

QString PhoneNumber::graphForm() const
{
    if (!isValid())
        return {};
    QString form = u"+%1 %2"_s.arg(m_countryCode).arg(m_nationalNumber);
    if (hasExtension())
        form += u'x' + m_extension;
    return form;
}

QString PhoneNumber::e164() const
{
    if (!isValid())
        return {};
    return u"+%1%2"_s.arg(m_countryCode).arg(m_nationalNumber);
}

QString PhoneNumber::digits() const
{
    if (!isValid())
        return {};
    return QString::number(m_countryCode) + m_nationalNumber;
}

PhoneNumber PhoneNumber::withoutExtension() const
{
    PhoneNumber copy = *this;
    copy.m_extension.clear();
    if (copy.isValid())
        copy.m_displayForm = copy.m_displayBase;
    return copy;
}

bool PhoneNumber::operator==(const PhoneNumber &other) const
{
    if (isValid() != other.isValid())
        return false;
    if (!isValid())
        return m_errorKind == other.m_errorKind && m_errorMessage == other.m_errorMessage;
    return m_countryCode == other.m_countryCode && m_nationalNumber == other.m_nationalNumber
        && m_extension == other.m_extension;
}

QString PhoneNumber::describeRegion(const QString &regionCode, int countryCode)
{
    if (regionCode == u"001") {
        return QCoreApplication::translate("Sspr::Core::PhoneNumber", "the non-geographic service +%1")
            .arg(countryCode);
    }
    const QLocale::Territory territory
        = regionCode.size() == 2 ? QLocale::codeToTerritory(regionCode) : QLocale::AnyTerritory;
    if (territory == QLocale::AnyTerritory) {
        return QCoreApplication::translate("Sspr::Core::PhoneNumber", "country code +%1").arg(countryCode);
    }
    return QCoreApplication::translate("Sspr::Core::PhoneNumber", "%1 (+%2)")
        .arg(QLocale::territoryToString(territory))
        .arg(countryCode);
}

QString phoneErrorKindKey(PhoneNumber::ErrorKind kind)
{
    switch (kind) {
    case PhoneNumber::ErrorKind::None:
        return u"none"_s;
    case PhoneNumber::ErrorKind::Empty:
        return u"empty"_s;
    case PhoneNumber::ErrorKind::InputTooLong:
        return u"inputTooLong"_s;
    case PhoneNumber::ErrorKind::InvalidCharacter:
        return u"invalidCharacter"_s;
    case PhoneNumber::ErrorKind::LettersInNumber:
        return u"lettersInNumber"_s;
    case PhoneNumber::ErrorKind::NotANumber:
        return u"notANumber"_s;
    case PhoneNumber::ErrorKind::NoCountry:
        return u"noCountry"_s;
    case PhoneNumber::ErrorKind::UnknownCountryCode:
        return u"unknownCountryCode"_s;
    case PhoneNumber::ErrorKind::TooShort:
        return u"tooShort"_s;
    case PhoneNumber::ErrorKind::TooLong:
        return u"tooLong"_s;
    case PhoneNumber::ErrorKind::InvalidLength:
        return u"invalidLength"_s;
    case PhoneNumber::ErrorKind::InvalidForRegion:
        return u"invalidForRegion"_s;
    case PhoneNumber::ErrorKind::ExtensionTooLong:
        return u"extensionTooLong"_s;
    case PhoneNumber::ErrorKind::NotGraphForm:
        return u"notGraphForm"_s;
    }
    return {};
}

} // namespace Sspr::Core
