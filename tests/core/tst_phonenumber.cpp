#include "phonenumber.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using Sspr::Core::PhoneNumber;

class TestPhoneNumber final : public QObject
{
    Q_OBJECT

private slots:
    void parse_validNotation_normalisesToGraphForm_data();
    void parse_validNotation_normalisesToGraphForm();
    void parse_malformed_refusedWithKind_data();
    void parse_malformed_refusedWithKind();

    void parse_errorMessage_saysWhatWasUnderstood_data();
    void parse_errorMessage_saysWhatWasUnderstood();
    void parse_tenKilobytesOfDigits_refusedQuickly();
    void parse_inputAtLengthLimit_stillParsed();
    void parse_invalidNumber_hasNoGraphFormOrDigits();

    void displayForm_isInternationalFormat_data();
    void displayForm_isInternationalFormat();
    void digits_sameNumberAnyNotation_equal();
    void withoutExtension_dropsExtensionOnly();

    void parseForUser_regionFromUsageLocationElseFallback_data();
    void parseForUser_regionFromUsageLocationElseFallback();
    void defaultRegionFor_picksFirstKnownRegion_data();
    void defaultRegionFor_picksFirstKnownRegion();

    void isGraphForm_strictCheck_data();
    void isGraphForm_strictCheck();
    void validateGraphForm_namesTheProblem_data();
    void validateGraphForm_namesTheProblem();
    void fromGraphForm_roundTripsEveryNormalisedNumber();
    void fromGraphForm_refusesLooseNotation();

    void errorKindKey_distinctForEveryKind();
    void parse_concurrentThreads_sameResults();
};

void TestPhoneNumber::parse_validNotation_normalisesToGraphForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("detectedRegion");

    // United States and Canada (+1): brackets, dashes, dots, a leading 1, 00 and 011, extensions.
    QTest::newRow("US brackets national") << u"(201) 555-0123"_s << u"US"_s << u"+1 2015550123"_s << u"US"_s;
    QTest::newRow("US international spaces") << u"+1 201 555 0123"_s << QString() << u"+1 2015550123"_s << u"US"_s;
    QTest::newRow("US trunk 1 dashes") << u"1-201-555-0123"_s << u"US"_s << u"+1 2015550123"_s << u"US"_s;
    QTest::newRow("US dots") << u"201.555.0123"_s << u"US"_s << u"+1 2015550123"_s << u"US"_s;
    QTest::newRow("US leading 00") << u"001 201 555 0123"_s << QString() << u"+1 2015550123"_s << u"US"_s;
    QTest::newRow("US ext x") << u"+1 (201) 555-0123 x456"_s << QString() << u"+1 2015550123x456"_s << u"US"_s;
    QTest::newRow("US ext dots region") << u"201.555.0123 x12"_s << u"US"_s << u"+1 2015550123x12"_s << u"US"_s;
    QTest::newRow("US ext. word") << u"+1 201 555 0123 ext. 123"_s << QString() << u"+1 2015550123x123"_s << u"US"_s;
    QTest::newRow("US ext no dot") << u"+1 201 555 0123 ext 7"_s << QString() << u"+1 2015550123x7"_s << u"US"_s;
    QTest::newRow("US extension word") << u"+1 201 555 0123 extension 7"_s << QString() << u"+1 2015550123x7"_s
                                       << u"US"_s;
    QTest::newRow("US ;ext=") << u"+1-201-555-0123;ext=123"_s << QString() << u"+1 2015550123x123"_s << u"US"_s;
    QTest::newRow("US #ext") << u"+1 (201) 555-0123 #12"_s << QString() << u"+1 2015550123x12"_s << u"US"_s;
    QTest::newRow("US X upper") << u"+1 201 555 0123X9"_s << QString() << u"+1 2015550123x9"_s << u"US"_s;
    QTest::newRow("US dialling 011 to GB") << u"011 44 20 7946 0018"_s << u"US"_s << u"+44 2079460018"_s << u"GB"_s;
    QTest::newRow("US tel: URI") << u"tel:+1-201-555-0123"_s << QString() << u"+1 2015550123"_s << u"US"_s;
    QTest::newRow("CA international") << u"+1 604 555 0123"_s << QString() << u"+1 6045550123"_s << u"CA"_s;
    QTest::newRow("CA national") << u"(416) 555-0199"_s << u"CA"_s << u"+1 4165550199"_s << u"CA"_s;
    QTest::newRow("CA number with US region") << u"(416) 555-0199"_s << u"US"_s << u"+1 4165550199"_s << u"CA"_s;

    // United Kingdom (+44): the (0) trunk prefix, 00, national format.
    QTest::newRow("GB national") << u"020 7946 0018"_s << u"GB"_s << u"+44 2079460018"_s << u"GB"_s;
    QTest::newRow("GB (0) trunk") << u"+44 (0)20 7946 0018"_s << QString() << u"+44 2079460018"_s << u"GB"_s;
    QTest::newRow("GB 00") << u"0044 20 7946 0018"_s << QString() << u"+44 2079460018"_s << u"GB"_s;
    QTest::newRow("GB mobile") << u"07400 123456"_s << u"GB"_s << u"+44 7400123456"_s << u"GB"_s;
    QTest::newRow("GB region lower case") << u"07400 123456"_s << u"gb"_s << u"+44 7400123456"_s << u"GB"_s;
    QTest::newRow("GB ext.") << u"+44 20 7946 0018 ext. 12"_s << QString() << u"+44 2079460018x12"_s << u"GB"_s;
    QTest::newRow("GB brackets") << u"+44 [20] 7946-0018"_s << QString() << u"+44 2079460018"_s << u"GB"_s;

    // Germany (+49): (0), slash, mobile.
    QTest::newRow("DE national") << u"030 123456"_s << u"DE"_s << u"+49 30123456"_s << u"DE"_s;
    QTest::newRow("DE (0)") << u"+49 (0)30 123456"_s << QString() << u"+49 30123456"_s << u"DE"_s;
    QTest::newRow("DE slash") << u"+49 30/123456"_s << QString() << u"+49 30123456"_s << u"DE"_s;
    QTest::newRow("DE mobile") << u"0151 23456789"_s << u"DE"_s << u"+49 15123456789"_s << u"DE"_s;

    // France (+33)
    QTest::newRow("FR mobile national") << u"06 12 34 56 78"_s << u"FR"_s << u"+33 612345678"_s << u"FR"_s;
    QTest::newRow("FR (0)") << u"+33 (0)6 12 34 56 78"_s << QString() << u"+33 612345678"_s << u"FR"_s;
    QTest::newRow("FR dots") << u"01.23.45.67.89"_s << u"FR"_s << u"+33 123456789"_s << u"FR"_s;

    // Brazil (+55)
    QTest::newRow("BR international") << u"+55 11 96123-4567"_s << QString() << u"+55 11961234567"_s << u"BR"_s;
    QTest::newRow("BR national") << u"(11) 96123-4567"_s << u"BR"_s << u"+55 11961234567"_s << u"BR"_s;

    // India (+91)
    QTest::newRow("IN international") << u"+91 98765 43210"_s << QString() << u"+91 9876543210"_s << u"IN"_s;
    QTest::newRow("IN national 0") << u"098765 43210"_s << u"IN"_s << u"+91 9876543210"_s << u"IN"_s;

    // Japan (+81)
    QTest::newRow("JP landline") << u"03-1234-5678"_s << u"JP"_s << u"+81 312345678"_s << u"JP"_s;
    QTest::newRow("JP mobile") << u"090-1234-5678"_s << u"JP"_s << u"+81 9012345678"_s << u"JP"_s;

    // Australia (+61)
    QTest::newRow("AU international") << u"+61 2 9374 4000"_s << QString() << u"+61 293744000"_s << u"AU"_s;
    QTest::newRow("AU mobile national") << u"0412 345 678"_s << u"AU"_s << u"+61 412345678"_s << u"AU"_s;

    // Switzerland (+41), Austria (+43), Netherlands (+31)
    QTest::newRow("CH national") << u"044 668 18 00"_s << u"CH"_s << u"+41 446681800"_s << u"CH"_s;
    QTest::newRow("CH mobile") << u"+41 78 123 45 67"_s << QString() << u"+41 781234567"_s << u"CH"_s;
    QTest::newRow("AT Vienna") << u"+43 1 53115 0"_s << QString() << u"+43 1531150"_s << u"AT"_s;
    QTest::newRow("AT mobile national") << u"0664 1234567"_s << u"AT"_s << u"+43 6641234567"_s << u"AT"_s;
    QTest::newRow("NL Amsterdam") << u"020 123 4567"_s << u"NL"_s << u"+31 201234567"_s << u"NL"_s;
    QTest::newRow("NL mobile dash") << u"06-12345678"_s << u"NL"_s << u"+31 612345678"_s << u"NL"_s;

    // Spain (+34), Italy (+39: the leading 0 is part of the number), Mexico (+52), Portugal (+351)
    QTest::newRow("ES mobile") << u"+34 612 34 56 78"_s << QString() << u"+34 612345678"_s << u"ES"_s;
    QTest::newRow("ES Madrid national") << u"912 34 56 78"_s << u"ES"_s << u"+34 912345678"_s << u"ES"_s;
    QTest::newRow("IT Rome keeps 0") << u"06 4991 1234"_s << u"IT"_s << u"+39 0649911234"_s << u"IT"_s;
    QTest::newRow("IT international keeps 0") << u"+39 06 4991 1234"_s << QString() << u"+39 0649911234"_s << u"IT"_s;
    QTest::newRow("IT mobile") << u"+39 312 345 6789"_s << QString() << u"+39 3123456789"_s << u"IT"_s;
    QTest::newRow("MX international") << u"+52 55 1234 5678"_s << QString() << u"+52 5512345678"_s << u"MX"_s;
    QTest::newRow("MX national") << u"55 1234 5678"_s << u"MX"_s << u"+52 5512345678"_s << u"MX"_s;
    // The mobile "1" Mexico dropped in 2019: stored without it, so the Graph form reads back to itself (found by
    // fuzz_phonenumber).
    QTest::newRow("MX former mobile 1") << u"+52 1 55 2115 9237"_s << QString() << u"+52 5521159237"_s << u"MX"_s;
    QTest::newRow("MX former mobile 1, fuzzer input")
        << u"+52115 52115.9237"_s << QString() << u"+52 5521159237"_s << u"MX"_s;
    QTest::newRow("PT mobile") << u"+351 912 345 678"_s << QString() << u"+351 912345678"_s << u"PT"_s;
    QTest::newRow("PT Lisbon national") << u"21 234 5678"_s << u"PT"_s << u"+351 212345678"_s << u"PT"_s;

    // Sweden (+46), Poland (+48), South Africa (+27), Ireland (+353)
    QTest::newRow("SE Stockholm") << u"08-123 456 78"_s << u"SE"_s << u"+46 812345678"_s << u"SE"_s;
    QTest::newRow("SE mobile") << u"070-123 45 67"_s << u"SE"_s << u"+46 701234567"_s << u"SE"_s;
    QTest::newRow("PL international") << u"+48 12 345 67 89"_s << QString() << u"+48 123456789"_s << u"PL"_s;
    QTest::newRow("PL mobile national") << u"512 345 678"_s << u"PL"_s << u"+48 512345678"_s << u"PL"_s;
    QTest::newRow("ZA Cape Town") << u"021 123 4567"_s << u"ZA"_s << u"+27 211234567"_s << u"ZA"_s;
    QTest::newRow("ZA mobile") << u"+27 82 123 4567"_s << QString() << u"+27 821234567"_s << u"ZA"_s;
    QTest::newRow("IE Dublin") << u"01 234 5678"_s << u"IE"_s << u"+353 12345678"_s << u"IE"_s;
    QTest::newRow("IE mobile") << u"+353 85 123 4567"_s << QString() << u"+353 851234567"_s << u"IE"_s;

    // Typed with other scripts and pasted with invisible marks.
    QTest::newRow("fullwidth digits and plus")
        << u"＋４４ ２０ ７９４６ ００１８"_s << QString() << u"+44 2079460018"_s << u"GB"_s;
    QTest::newRow("Arabic-Indic digits") << u"+٤٤ ٢٠ ٧٩٤٦ ٠٠١٨"_s << QString() << u"+44 2079460018"_s << u"GB"_s;
    QTest::newRow("en dashes") << u"201–555–0123"_s << u"US"_s << u"+1 2015550123"_s << u"US"_s;
    QTest::newRow("no-break spaces") << u"+44\u00a020\u00a07946\u00a00018"_s << QString() << u"+44 2079460018"_s
                                     << u"GB"_s;
    QTest::newRow("bidi marks from a pasted signature")
        << u"\u202a+44 20 7946 0018\u202c"_s << QString() << u"+44 2079460018"_s << u"GB"_s;
    QTest::newRow("surrounding white space") << u"  \t+49 30 123456 \n"_s << QString() << u"+49 30123456"_s << u"DE"_s;
    QTest::newRow("international ignores region") << u"+33 6 12 34 56 78"_s << u"US"_s << u"+33 612345678"_s << u"FR"_s;
    QTest::newRow("non-geographic +800") << u"+800 1234 5678"_s << QString() << u"+800 12345678"_s << u"001"_s;
}

void TestPhoneNumber::parse_validNotation_normalisesToGraphForm()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, graph);
    QFETCH(QString, detectedRegion);

    const PhoneNumber number = PhoneNumber::parse(input, region);
    QVERIFY2(number.isValid(), qPrintable(number.errorMessage()));
    QCOMPARE(number.errorKind(), PhoneNumber::ErrorKind::None);
    QVERIFY(number.errorMessage().isEmpty());
    QCOMPARE(number.graphForm(), graph);
    QCOMPARE(number.regionCode(), detectedRegion);
    QVERIFY2(PhoneNumber::isGraphForm(number.graphForm()), qPrintable(number.graphForm()));
    QVERIFY(!number.displayForm().isEmpty());
    QVERIFY(number.displayForm().startsWith(u'+'));
    QCOMPARE(number.e164(), u"+"_s + number.digits());
    QCOMPARE(number.digits(), QString::number(number.countryCode()) + number.nationalNumber());
}

void TestPhoneNumber::parse_malformed_refusedWithKind_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("kind");

    QTest::newRow("empty") << QString() << u"US"_s << u"empty"_s;
    QTest::newRow("white space only") << u" \t \n"_s << u"US"_s << u"empty"_s;
    QTest::newRow("invisible marks only") << u"\u200e\u202a"_s << u"US"_s << u"empty"_s;
    QTest::newRow("only +") << u"+"_s << QString() << u"notANumber"_s;
    QTest::newRow("only + and spaces") << u" + "_s << u"GB"_s << u"notANumber"_s;
    QTest::newRow("only punctuation") << u"()-.."_s << u"GB"_s << u"notANumber"_s;
    QTest::newRow("a word") << u"hello"_s << u"US"_s << u"notANumber"_s;
    QTest::newRow("only an extension") << u"x123"_s << u"US"_s << u"notANumber"_s;
    QTest::newRow("zeros") << u"0000"_s << QString() << u"notANumber"_s;
    QTest::newRow("00 and nothing") << u"00"_s << QString() << u"notANumber"_s;

    QTest::newRow("letters inside") << u"+1 555 CALL NOW"_s << QString() << u"lettersInNumber"_s;
    QTest::newRow("vanity number") << u"1-800-FLOWERS"_s << u"US"_s << u"lettersInNumber"_s;
    QTest::newRow("letter O for zero") << u"+44 2O 7946 OO18"_s << QString() << u"lettersInNumber"_s;
    QTest::newRow("ext without digits") << u"+44 20 7946 0018 ext"_s << QString() << u"lettersInNumber"_s;
    QTest::newRow("Cyrillic letters") << u"+7 495 АБВ 45 67"_s << QString() << u"lettersInNumber"_s;
    QTest::newRow("two extensions") << u"+1 201 555 0123x12x34"_s << QString() << u"lettersInNumber"_s;

    QTest::newRow("emoji alone") << u"😀"_s << QString() << u"invalidCharacter"_s;
    QTest::newRow("emoji inside") << u"+44 20 😀 7946 0018"_s << QString() << u"invalidCharacter"_s;
    QTest::newRow("telephone sign") << u"☎ +44 20 7946 0018"_s << QString() << u"invalidCharacter"_s;
    QTest::newRow("NUL alone") << QString(QChar(u'\0')) << u"GB"_s << u"invalidCharacter"_s;
    QTest::newRow("NUL inside") << (u"+44 20 7946"_s + QChar(u'\0') + u"0018"_s) << QString() << u"invalidCharacter"_s;
    QTest::newRow("NUL at the end") << (u"+44 20 7946 0018"_s + QChar(u'\0')) << QString() << u"invalidCharacter"_s;
    QTest::newRow("escape character") << u"+44 20 7946\u001b0018"_s << QString() << u"invalidCharacter"_s;
    QTest::newRow("lone surrogate") << (u"+44 20 7946 0018"_s + QChar(0xd83d)) << QString() << u"invalidCharacter"_s;
    QTest::newRow("vulgar fraction") << u"+44 20 7946 001½"_s << QString() << u"invalidCharacter"_s;
    QTest::newRow("superscript digit") << u"+44 20 7946 001²"_s << QString() << u"invalidCharacter"_s;
    QTest::newRow("double plus") << u"++44 20 7946 0018"_s << QString() << u"invalidCharacter"_s;
    QTest::newRow("plus in the middle") << u"44+20 7946 0018"_s << QString() << u"invalidCharacter"_s;
    QTest::newRow("comma before extension") << u"+1 201 555 0123 , 12"_s << QString() << u"invalidCharacter"_s;
    QTest::newRow("asterisk") << u"*31#+44 20 7946 0018"_s << QString() << u"invalidCharacter"_s;
    QTest::newRow("semicolon") << u"+44 20 7946; 0018"_s << QString() << u"invalidCharacter"_s;

    QTest::newRow("too short, region") << u"12"_s << u"US"_s << u"tooShort"_s;
    QTest::newRow("too short, international") << u"+12345"_s << QString() << u"tooShort"_s;
    QTest::newRow("too short, GB local only") << u"+44 1234"_s << QString() << u"tooShort"_s;
    QTest::newRow("too short, US without area code") << u"555 0100"_s << u"US"_s << u"tooShort"_s;
    QTest::newRow("too short, single digit") << u"+44 2"_s << QString() << u"tooShort"_s;
    QTest::newRow("too short, DE") << u"+49 30 1"_s << QString() << u"tooShort"_s;

    QTest::newRow("too long, GB") << u"+44 20 7946 0018 1234"_s << QString() << u"tooLong"_s;
    QTest::newRow("too long, beyond any country") << u"+1 201 555 0123 4567 8901 2345"_s << QString() << u"tooLong"_s;
    QTest::newRow("too long, FR") << u"+33 6 12 34 56 78 9"_s << QString() << u"tooLong"_s;
    QTest::newRow("wrong country: GB number read in US") << u"020 7946 0018"_s << u"US"_s << u"tooLong"_s;
    QTest::newRow("wrong country: GB mobile read in FR") << u"07911 123456"_s << u"FR"_s << u"tooLong"_s;

    QTest::newRow("invalid length, CH") << u"+41 201 555 0123"_s << QString() << u"invalidLength"_s;

    QTest::newRow("invalid area code, US") << u"+1 200 555 0100"_s << QString() << u"invalidForRegion"_s;
    QTest::newRow("invalid range, GB") << u"+44 6000 123456"_s << QString() << u"invalidForRegion"_s;
    QTest::newRow("wrong country: US number as +39") << u"+39 201 555 0123"_s << QString() << u"invalidForRegion"_s;
    QTest::newRow("wrong country: US number as +353") << u"+353 201 555 0123"_s << QString() << u"invalidForRegion"_s;

    QTest::newRow("unknown country code") << u"+999 1234567"_s << QString() << u"unknownCountryCode"_s;
    QTest::newRow("country code 0") << u"+0 123 4567"_s << QString() << u"unknownCountryCode"_s;
    QTest::newRow("000 prefix") << u"000 123 4567"_s << QString() << u"unknownCountryCode"_s;

    QTest::newRow("no country, no region") << u"201 555 0123"_s << QString() << u"noCountry"_s;
    QTest::newRow("no country, unknown region") << u"020 7946 0018"_s << u"XX"_s << u"noCountry"_s;
    QTest::newRow("no country, nonsense region") << u"020 7946 0018"_s << u"😀"_s << u"noCountry"_s;

    QTest::newRow("extension of 11 digits") << u"+1 201 555 0123x12345678901"_s << QString() << u"extensionTooLong"_s;

    QTest::newRow("65 characters") << QString(65, u'1') << u"US"_s << u"inputTooLong"_s;
    QTest::newRow("10 KB of digits") << QString(10 * 1024, u'5') << u"US"_s << u"inputTooLong"_s;
    QTest::newRow("10 KB of emoji") << u"😀"_s.repeated(5 * 1024) << u"US"_s << u"inputTooLong"_s;
    QTest::newRow("long padding") << (u"+44 20 7946 0018"_s + QString(60, u' ')) << QString() << u"inputTooLong"_s;
}

void TestPhoneNumber::parse_malformed_refusedWithKind()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, kind);

    const PhoneNumber number = PhoneNumber::parse(input, region);
    QVERIFY2(!number.isValid(), qPrintable(number.graphForm()));
    QCOMPARE(phoneErrorKindKey(number.errorKind()), kind);
    QVERIFY(!number.errorMessage().isEmpty());
    QCOMPARE(number.error().message, number.errorMessage());
    // A message never grows with the input and never carries control characters back to the screen.
    QVERIFY2(number.errorMessage().size() < 600, qPrintable(number.errorMessage()));
    QVERIFY(!number.errorMessage().contains(QChar(u'\0')));
    QVERIFY(number.graphForm().isEmpty());
    QVERIFY(number.displayForm().isEmpty());
    QVERIFY(number.digits().isEmpty());
}

void TestPhoneNumber::parse_errorMessage_saysWhatWasUnderstood_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("invalid range: country and national number")
        << u"+1 200 555 0100"_s << QString() << QStringList {u"United States (+1)"_s, u"2005550100"_s};
    QTest::newRow("too long: country and digit count")
        << u"+44 20 7946 0018 1234"_s << QString() << QStringList {u"United Kingdom (+44)"_s, u"14"_s};
    QTest::newRow("read in the default region: says so")
        << u"020 7946 0018"_s << u"US"_s << QStringList {u"United States (+1)"_s, u"no country code"_s};
    QTest::newRow("too short: shows an example")
        << u"+49 30 1"_s << QString() << QStringList {u"Germany (+49)"_s, u"+49"_s};
    QTest::newRow("unknown code: echoes it") << u"+999 1234567"_s << QString() << QStringList {u"+999"_s};
    QTest::newRow("letters: echoes them") << u"+1 555 CALL NOW"_s << QString() << QStringList {u"CALL NOW"_s};
    QTest::newRow("emoji: names the character") << u"+44 😀"_s << QString() << QStringList {u"U+1F600"_s};
    QTest::newRow("NUL: shows the code point") << (u"+44"_s + QChar(u'\0')) << QString() << QStringList {u"U+0000"_s};
    QTest::newRow("no country: says what to do")
        << u"201 555 0123"_s << QString() << QStringList {u"country code"_s, u"usage location"_s};
    QTest::newRow("input too long: states the limit")
        << QString(100, u'9') << QString() << QStringList {u"100"_s, u"64"_s};
    QTest::newRow("extension too long: states the limit")
        << u"+1 201 555 0123 x12345678901"_s << QString() << QStringList {u"11"_s, u"10"_s};
}

void TestPhoneNumber::parse_errorMessage_saysWhatWasUnderstood()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QStringList, fragments);

    const PhoneNumber number = PhoneNumber::parse(input, region);
    QVERIFY(!number.isValid());
    for (const QString &fragment : std::as_const(fragments))
        QVERIFY2(number.errorMessage().contains(fragment), qPrintable(number.errorMessage()));
}

void TestPhoneNumber::parse_tenKilobytesOfDigits_refusedQuickly()
{
    const QString digits(10 * 1024, u'7');
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 1000; ++i) {
        const PhoneNumber number = PhoneNumber::parse(digits, u"US"_s);
        QCOMPARE(number.errorKind(), PhoneNumber::ErrorKind::InputTooLong);
    }
    // A thousand refusals of 10 KB each: far below a second unless the input is scanned or parsed.
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestPhoneNumber::parse_inputAtLengthLimit_stillParsed()
{
    const QString number = u"+44 20 7946 0018"_s;
    const QString padded = number + QString(PhoneNumber::kMaxInputLength - number.size(), u' ');
    QCOMPARE(padded.size(), PhoneNumber::kMaxInputLength);
    QCOMPARE(PhoneNumber::parse(padded).graphForm(), u"+44 2079460018"_s);
    QCOMPARE(PhoneNumber::parse(padded + u' ').errorKind(), PhoneNumber::ErrorKind::InputTooLong);
}

void TestPhoneNumber::parse_invalidNumber_hasNoGraphFormOrDigits()
{
    const PhoneNumber number = PhoneNumber::parse(u"+1 200 555 0100"_s);
    QVERIFY(!number.isValid());
    // What was understood stays readable…
    QCOMPARE(number.countryCode(), 1);
    QCOMPARE(number.nationalNumber(), u"2005550100"_s);
    // …but nothing that could be sent to Graph or compared as a number.
    QVERIFY(number.graphForm().isEmpty());
    QVERIFY(number.e164().isEmpty());
    QVERIFY(number.digits().isEmpty());

    const PhoneNumber none;
    QVERIFY(!none.isValid());
    QCOMPARE(none.errorKind(), PhoneNumber::ErrorKind::Empty);
}

void TestPhoneNumber::displayForm_isInternationalFormat_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("display");

    QTest::newRow("GB") << u"+442079460018"_s << u"+44 20 7946 0018"_s;
    QTest::newRow("DE") << u"+49 30123456"_s << u"+49 30 123456"_s;
    QTest::newRow("FR") << u"+33612345678"_s << u"+33 6 12 34 56 78"_s;
    QTest::newRow("IT keeps 0") << u"+390649911234"_s << u"+39 06 4991 1234"_s;
    QTest::newRow("US with extension") << u"+1 2015550123x456"_s << u"+1 201-555-0123 ext. 456"_s;
}

void TestPhoneNumber::displayForm_isInternationalFormat()
{
    QFETCH(QString, input);
    QFETCH(QString, display);
    QCOMPARE(PhoneNumber::parse(input).displayForm(), display);
}

void TestPhoneNumber::digits_sameNumberAnyNotation_equal()
{
    const QStringList notations {u"+44 20 7946 0018"_s, u"020 7946 0018"_s, u"0044 (0)20-7946-0018"_s,
        u"+44.20.7946.0018 ext. 99"_s, u"+44 2079460018x1"_s};
    for (const QString &notation : notations) {
        const PhoneNumber number = PhoneNumber::parse(notation, u"GB"_s);
        QVERIFY2(number.isValid(), qPrintable(number.errorMessage()));
        QCOMPARE(number.digits(), u"442079460018"_s);
    }
    QVERIFY(PhoneNumber::parse(u"020 7946 0018"_s, u"GB"_s) == PhoneNumber::parse(u"+44 20 7946 0018"_s));
    QVERIFY(!(PhoneNumber::parse(u"+44 20 7946 0018 x1"_s) == PhoneNumber::parse(u"+44 20 7946 0018"_s)));
}

void TestPhoneNumber::withoutExtension_dropsExtensionOnly()
{
    const PhoneNumber office = PhoneNumber::parse(u"+1 201 555 0123 ext. 42"_s);
    QVERIFY(office.hasExtension());
    QCOMPARE(office.extension(), u"42"_s);
    const PhoneNumber plain = office.withoutExtension();
    QVERIFY(plain.isValid());
    QVERIFY(!plain.hasExtension());
    QCOMPARE(plain.graphForm(), u"+1 2015550123"_s);
    QCOMPARE(plain.displayForm(), u"+1 201-555-0123"_s);
    QCOMPARE(plain.digits(), office.digits());
}

void TestPhoneNumber::parseForUser_regionFromUsageLocationElseFallback_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("usageLocation");
    QTest::addColumn<QString>("fallback");
    QTest::addColumn<QString>("graph");

    QTest::newRow("usage location wins") << u"020 7946 0018"_s << u"GB"_s << u"DE"_s << u"+44 2079460018"_s;
    QTest::newRow("no usage location: fallback") << u"030 123456"_s << QString() << u"DE"_s << u"+49 30123456"_s;
    QTest::newRow("unknown usage location: fallback") << u"030 123456"_s << u"ZZ"_s << u"de"_s << u"+49 30123456"_s;
    QTest::newRow("international needs neither")
        << u"+33 6 12 34 56 78"_s << QString() << QString() << u"+33 612345678"_s;
    QTest::newRow("neither known: refused") << u"030 123456"_s << u"Mars"_s << QString() << QString();
}

void TestPhoneNumber::parseForUser_regionFromUsageLocationElseFallback()
{
    QFETCH(QString, input);
    QFETCH(QString, usageLocation);
    QFETCH(QString, fallback);
    QFETCH(QString, graph);

    const PhoneNumber number = PhoneNumber::parseForUser(input, usageLocation, fallback);
    QCOMPARE(number.graphForm(), graph);
    if (graph.isEmpty())
        QCOMPARE(number.errorKind(), PhoneNumber::ErrorKind::NoCountry);
}

void TestPhoneNumber::defaultRegionFor_picksFirstKnownRegion_data()
{
    QTest::addColumn<QString>("usageLocation");
    QTest::addColumn<QString>("fallback");
    QTest::addColumn<QString>("region");

    QTest::newRow("usage location") << u"ch"_s << u"DE"_s << u"CH"_s;
    QTest::newRow("padded usage location") << u" at "_s << QString() << u"AT"_s;
    QTest::newRow("fallback") << QString() << u"IE"_s << u"IE"_s;
    QTest::newRow("ZZ is not a region") << u"ZZ"_s << u"SE"_s << u"SE"_s;
    QTest::newRow("three letters") << u"USA"_s << u"PL"_s << u"PL"_s;
    QTest::newRow("digits") << u"44"_s << QString() << QString();
    QTest::newRow("non-ASCII letters") << u"ÜS"_s << QString() << QString();
    QTest::newRow("nothing") << QString() << QString() << QString();
}

void TestPhoneNumber::defaultRegionFor_picksFirstKnownRegion()
{
    QFETCH(QString, usageLocation);
    QFETCH(QString, fallback);
    QFETCH(QString, region);
    QCOMPARE(PhoneNumber::defaultRegionFor(usageLocation, fallback), region);
}

void TestPhoneNumber::isGraphForm_strictCheck_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << u"+1 4255550100"_s << true;
    QTest::newRow("extension") << u"+1 4255550100x123"_s << true;
    QTest::newRow("three-digit country code") << u"+353 12345678"_s << true;
    QTest::newRow("four-digit country code") << u"+1234 12345678"_s << true;
    QTest::newRow("4-digit number") << u"+683 4002"_s << true;
    QTest::newRow("20-digit number") << (u"+1 "_s + QString(20, u'5')) << true;
    QTest::newRow("10-digit extension") << u"+1 4255550100x1234567890"_s << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no plus") << u"1 4255550100"_s << false;
    QTest::newRow("no space") << u"+14255550100"_s << false;
    QTest::newRow("two spaces") << u"+1  4255550100"_s << false;
    QTest::newRow("grouped") << u"+1 425 555 0100"_s << false;
    QTest::newRow("tab") << u"+1\t4255550100"_s << false;
    QTest::newRow("trailing space") << u"+1 4255550100 "_s << false;
    QTest::newRow("leading space") << u" +1 4255550100"_s << false;
    QTest::newRow("country code 0") << u"+0 4255550100"_s << false;
    QTest::newRow("country code with 0") << u"+01 4255550100"_s << false;
    QTest::newRow("five-digit country code") << u"+12345 4255550100"_s << false;
    QTest::newRow("3-digit number") << u"+1 425"_s << false;
    QTest::newRow("21-digit number") << (u"+1 "_s + QString(21, u'5')) << false;
    QTest::newRow("empty extension") << u"+1 4255550100x"_s << false;
    QTest::newRow("11-digit extension") << u"+1 4255550100x12345678901"_s << false;
    QTest::newRow("upper-case X") << u"+1 4255550100X12"_s << false;
    QTest::newRow("ext. word") << u"+1 4255550100 ext. 12"_s << false;
    QTest::newRow("dashes") << u"+1 425-555-0100"_s << false;
    QTest::newRow("fullwidth digits") << u"+1 ４２５５５５０１００"_s << false;
    QTest::newRow("Arabic-Indic digits") << u"+1 ٤٢٥٥٥٥٠١٠٠"_s << false;
    QTest::newRow("trailing newline") << u"+1 4255550100\n"_s << false;
    QTest::newRow("NUL") << (u"+1 4255550100"_s + QChar(u'\0')) << false;
    QTest::newRow("10 KB") << (u"+1 "_s + QString(10 * 1024, u'5')) << false;
}

void TestPhoneNumber::isGraphForm_strictCheck()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(PhoneNumber::isGraphForm(text), valid);
    const Sspr::Core::Status status = PhoneNumber::validateGraphForm(text);
    QCOMPARE(status.ok(), valid);
    if (!valid)
        QVERIFY(!status.errorMessage().isEmpty());
}

void TestPhoneNumber::validateGraphForm_namesTheProblem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("no plus") << u"1 4255550100"_s << u"must start with +"_s;
    QTest::newRow("no space") << u"+14255550100"_s << u"exactly one space"_s;
    QTest::newRow("grouped") << u"+1 425 555 0100"_s << u"exactly one space"_s;
    QTest::newRow("country code 0") << u"+0 4255550100"_s << u"cannot start with 0"_s;
    QTest::newRow("short number") << u"+1 425"_s << u"4 to 20 digits"_s;
    QTest::newRow("dashes") << u"+1 425-555-0100"_s << u"4 to 20 digits"_s;
    QTest::newRow("long extension") << u"+1 4255550100x12345678901"_s << u"1 to 10 digits"_s;
    QTest::newRow("empty") << QString() << u"empty"_s;
}

void TestPhoneNumber::validateGraphForm_namesTheProblem()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    const Sspr::Core::Status status = PhoneNumber::validateGraphForm(text);
    QVERIFY(!status.ok());
    QVERIFY2(status.errorMessage().contains(fragment), qPrintable(status.errorMessage()));
    QVERIFY(status.errorMessage().contains(u"+CC NUMBER[xEXT]"_s));
}

void TestPhoneNumber::fromGraphForm_roundTripsEveryNormalisedNumber()
{
    // Graph forms as parse() produces them read back to themselves, also through the display form and E.164.
    const QStringList graphForms {u"+1 2015550123"_s, u"+1 2015550123x456"_s, u"+44 2079460018"_s, u"+49 15123456789"_s,
        u"+39 0649911234"_s, u"+55 11961234567"_s, u"+81 9012345678"_s, u"+353 12345678"_s, u"+800 12345678"_s,
        u"+52 5521159237"_s};
    for (const QString &graph : graphForms) {
        const PhoneNumber number = PhoneNumber::fromGraphForm(graph);
        QVERIFY2(number.isValid(), qPrintable(graph + u": "_s + number.errorMessage()));
        QCOMPARE(number.graphForm(), graph);
        QCOMPARE(PhoneNumber::parse(number.displayForm()).graphForm(), graph);
        QCOMPARE(PhoneNumber::parse(number.e164() + (number.hasExtension() ? u" x"_s + number.extension() : QString()))
                     .graphForm(),
            graph);
    }
}

void TestPhoneNumber::fromGraphForm_refusesLooseNotation()
{
    const PhoneNumber loose = PhoneNumber::fromGraphForm(u"+44 20 7946 0018"_s);
    QVERIFY(!loose.isValid());
    QCOMPARE(loose.errorKind(), PhoneNumber::ErrorKind::NotGraphForm);
    // Well-formed but not a real number: the strict check passes, libphonenumber refuses.
    QCOMPARE(PhoneNumber::fromGraphForm(u"+1 2005550100"_s).errorKind(), PhoneNumber::ErrorKind::InvalidForRegion);
}

void TestPhoneNumber::errorKindKey_distinctForEveryKind()
{
    using Kind = PhoneNumber::ErrorKind;
    const QList<Kind> kinds {Kind::None, Kind::Empty, Kind::InputTooLong, Kind::InvalidCharacter, Kind::LettersInNumber,
        Kind::NotANumber, Kind::NoCountry, Kind::UnknownCountryCode, Kind::TooShort, Kind::TooLong, Kind::InvalidLength,
        Kind::InvalidForRegion, Kind::ExtensionTooLong, Kind::NotGraphForm};
    QSet<QString> keys;
    for (Kind kind : kinds) {
        const QString key = phoneErrorKindKey(kind);
        QVERIFY(!key.isEmpty());
        keys.insert(key);
    }
    QCOMPARE(keys.size(), kinds.size());
}

void TestPhoneNumber::parse_concurrentThreads_sameResults()
{
    const QList<std::pair<QString, QString>> inputs {
        {u"020 7946 0018"_s, u"GB"_s},
        {u"+1 201 555 0123 x9"_s, {}},
        {u"06 12 34 56 78"_s, u"FR"_s},
        {u"+1 200 555 0100"_s, {}},
        {u"12"_s, u"US"_s},
        {u"😀"_s, {}},
    };
    QStringList expected;
    for (const auto &[input, region] : inputs) {
        const PhoneNumber number = PhoneNumber::parse(input, region);
        expected << number.graphForm() + phoneErrorKindKey(number.errorKind());
    }
    std::atomic<int> mismatches = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int round = 0; round < 200; ++round) {
                for (qsizetype i = 0; i < inputs.size(); ++i) {
                    const PhoneNumber number = PhoneNumber::parse(inputs.at(i).first, inputs.at(i).second);
                    if (number.graphForm() + phoneErrorKindKey(number.errorKind()) != expected.at(i))
                        ++mismatches;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
