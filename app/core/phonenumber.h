#pragma once

#include "result.h"

#include <QString>

namespace Sspr::Core {

// A phone number as a person typed it, understood with libphonenumber and ready for Graph.
//
// A value type that is either valid (isValid()) or carries the reason it is not (errorKind(), errorMessage()).
// parse() accepts the common notations: spaces, dashes, dots, slashes, brackets, a leading + or 00, national
// format read in a default region, and an extension written "x123", "ext. 123", "extension 123", "#123" or
// ";ext=123". Letters (vanity numbers), emoji and control characters are refused, never converted.
// Input longer than kMaxInputLength characters is refused before any parsing, so the cost is bounded.
//
// libphonenumber stays behind this class: its headers are included only by phonenumber.cpp.
class PhoneNumber
{
public:
    enum class ErrorKind {
        None,
        Empty, // nothing but white space
        InputTooLong, // more than kMaxInputLength characters
        InvalidCharacter, // emoji, symbols, control characters, a misplaced +
        LettersInNumber, // letters among the digits
        NotANumber, // no digits at all, or nothing libphonenumber can read as a number
        NoCountry, // national format and no (known) default region
        UnknownCountryCode, // + followed by digits that start no country calling code
        TooShort, // fewer digits than any number of that country (or only a local number)
        TooLong, // more digits than any number of that country
        InvalidLength, // a length between the shortest and the longest that the country does not use
        InvalidForRegion, // the right length, but no such number range in that country
        ExtensionTooLong, // more than 10 extension digits (Graph's limit)
        NotGraphForm, // a string that should already be in Graph's form is not
    };

    static constexpr int kMaxInputLength = 64;
    static constexpr int kMaxExtensionLength = 10;

    // An invalid number whose errorKind() is Empty.
    PhoneNumber();

    // Parses what a person typed. defaultRegion (ISO 3166 alpha-2, any case) is used only for numbers written
    // without a country code; an unknown or empty region means "none".
    static PhoneNumber parse(const QString &input, const QString &defaultRegion = {});
    // As parse(), with the default region taken from the user's usage location, else from fallbackRegion.
    static PhoneNumber parseForUser(
        const QString &input, const QString &usageLocation, const QString &fallbackRegion = {});
    // Reads a number stored in Graph's form: the strict check first, then parse().
    static PhoneNumber fromGraphForm(const QString &graphForm);

    // The region parse() will use: usageLocation if libphonenumber knows it, else fallbackRegion if it does, else
    // an empty string. Upper case.
    static QString defaultRegionFor(const QString &usageLocation, const QString &fallbackRegion = {});
    static bool isKnownRegion(const QString &regionCode);
    // The strict check of an already-normalised string: ^\+[1-9]\d{0,3} \d{4,20}(x\d{1,10})?$
    static bool isGraphForm(const QString &text);
    // As isGraphForm(), with a translated message that names the problem when it fails.
    static Status validateGraphForm(const QString &text);

    bool isValid() const { return m_errorKind == ErrorKind::None; }
    ErrorKind errorKind() const { return m_errorKind; }
    QString errorMessage() const { return m_errorMessage; }
    // The error as a Core::Error, for Result-returning callers. Empty message when valid.
    Error error() const { return Error {m_errorMessage}; }

    // The parts; on an invalid number they hold whatever was understood (possibly nothing).
    int countryCode() const { return m_countryCode; }
    QString nationalNumber() const { return m_nationalNumber; } // national significant number, digits only
    QString extension() const { return m_extension; } // digits only, empty if none
    bool hasExtension() const { return !m_extension.isEmpty(); }
    QString regionCode() const { return m_regionCode; } // "US", "GB", "001" for non-geographic numbers

    // "+CC NATIONALNUMBER[xEXT]": Graph's phoneNumber format. Empty when invalid.
    QString graphForm() const;
    // The international format for people, e.g. "+44 20 7946 0018 ext. 12". Empty when invalid.
    QString displayForm() const { return m_displayForm; }
    // "+CCNATIONALNUMBER", no extension. Empty when invalid.
    QString e164() const;
    // Country code and national number as digits only, no extension: the key for shared-number checks.
    QString digits() const;
    // The same number without its extension.
    PhoneNumber withoutExtension() const;

    // Valid numbers compare by country code, national number and extension.
    bool operator==(const PhoneNumber &other) const;

    // A translated phrase for the country of a region code, e.g. "United Kingdom (+44)".
    static QString describeRegion(const QString &regionCode, int countryCode);

private:
    ErrorKind m_errorKind = ErrorKind::Empty;
    QString m_errorMessage;
    int m_countryCode = 0;
    QString m_nationalNumber;
    QString m_extension;
    QString m_regionCode;
    QString m_displayForm; // with the extension
    QString m_displayBase; // without the extension

    static PhoneNumber failure(ErrorKind kind, const QString &message);
};

// A stable machine name for an error kind (tests, logs, JSON): "tooShort", "invalidForRegion", …
QString phoneErrorKindKey(PhoneNumber::ErrorKind kind);

} // namespace Sspr::Core
