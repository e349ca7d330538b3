#include "csvcolumnmapping.h"
#include "csvreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// AddressSanitizer keeps freed memory in quarantine, so resident size says nothing about the reader there.
#if defined(__SANITIZE_ADDRESS__)
#define SSPR_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SSPR_ASAN 1
#endif
#endif
#ifndef SSPR_ASAN
#define SSPR_ASAN 0
#endif

using namespace Qt::StringLiterals;
using Sspr::Core::CsvEncoding;
using Sspr::Core::CsvReader;
using Sspr::Core::CsvRecord;
using Sspr::Core::CsvTable;
using ErrorKind = Sspr::Core::CsvReader::ErrorKind;

namespace {

// Bytes of a string literal, embedded NULs included.
template<qsizetype N> QByteArray raw(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

QByteArray utf16(const QString &text, bool bigEndian, bool byteOrderMark = true)
{
    QByteArray bytes;
    if (byteOrderMark)
        bytes = bigEndian ? raw("\xFE\xFF") : raw("\xFF\xFE");
    for (const QChar c : text) {
        const auto high = char(c.unicode() >> 8);
        const auto low = char(c.unicode() & 0xFF);
        bytes.append(bigEndian ? high : low);
        bytes.append(bigEndian ? low : high);
    }
    return bytes;
}

// Chunk sizes every case is read with: tiny ones cut CRLF pairs, UTF-8 sequences, UTF-16 units and surrogate pairs.
const qsizetype kChunkSizes[] = {1, 2, 3, 5, 64, 1024 * 1024};

#ifdef Q_OS_LINUX
// A "VmRSS" or "VmHWM" figure of /proc/self/status, in KiB (-1 if unknown).
qsizetype residentKiB(QByteArrayView key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets the kernel's peak resident size to the current one, so that VmHWM then measures what follows.
bool resetPeakResident()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}
#endif

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void read_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<CsvEncoding>("encoding");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<qsizetype>>("lines");

        const QList<QStringList> simple {{u"upn"_s, u"phone"_s}, {u"alice@contoso.com"_s, u"+1 425 555 0100"_s}};
        QTest::newRow("LF") << raw("upn,phone\nalice@contoso.com,+1 425 555 0100\n") << u","_s << CsvEncoding::Utf8
                            << simple << QList<qsizetype> {1, 2};
        QTest::newRow("CRLF") << raw("upn,phone\r\nalice@contoso.com,+1 425 555 0100\r\n") << u","_s
                              << CsvEncoding::Utf8 << simple << QList<qsizetype> {1, 2};
        QTest::newRow("CR only") << raw("upn,phone\ralice@contoso.com,+1 425 555 0100\r") << u","_s << CsvEncoding::Utf8
                                 << simple << QList<qsizetype> {1, 2};
        QTest::newRow("no final line break") << raw("upn,phone\r\nalice@contoso.com,+1 425 555 0100") << u","_s
                                             << CsvEncoding::Utf8 << simple << QList<qsizetype> {1, 2};
        QTest::newRow("mixed line endings") << raw("a,b\r\nc,d\ne,f\rg,h\n\ri,j") << u","_s << CsvEncoding::Utf8
                                            << QList<QStringList> {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}, {u"e"_s, u"f"_s},
                                                   {u"g"_s, u"h"_s}, {u"i"_s, u"j"_s}}
                                            << QList<qsizetype> {1, 2, 3, 4, 6};
        QTest::newRow("blank lines skipped") << raw("\n\r\nupn,phone\r\n\r\n\nalice@contoso.com,+1 425 555 0100\n\n")
                                             << u","_s << CsvEncoding::Utf8 << simple << QList<qsizetype> {3, 6};
        QTest::newRow("header only") << raw("upn,phone\r\n") << u","_s << CsvEncoding::Utf8
                                     << QList<QStringList> {{u"upn"_s, u"phone"_s}} << QList<qsizetype> {1};

        QTest::newRow("UTF-8 BOM, semicolon")
            << raw("\xEF\xBB\xBFupn;phone\r\nj\xC3\xBCrgen.m\xC3\xBCller@contoso.de;+49 170 1234567\r\n") << u";"_s
            << CsvEncoding::Utf8WithBom
            << QList<QStringList> {{u"upn"_s, u"phone"_s}, {u"jürgen.müller@contoso.de"_s, u"+49 170 1234567"_s}}
            << QList<qsizetype> {1, 2};
        QTest::newRow("4-byte UTF-8") << raw("\xF0\x9F\x98\x80,\xC3\xBC\n") << u","_s << CsvEncoding::Utf8
                                      << QList<QStringList> {{u"😀"_s, u"ü"_s}} << QList<qsizetype> {1};

        const QString unicodeText = u"UPN\tMobile\r\njürgen@contoso.de\t+49 170 1234567\r\n\"ü\r\n😀\"\t二\r\n"_s;
        const QList<QStringList> unicodeRows {
            {u"UPN"_s, u"Mobile"_s}, {u"jürgen@contoso.de"_s, u"+49 170 1234567"_s}, {u"ü\r\n😀"_s, u"二"_s}};
        QTest::newRow("UTF-16 LE with BOM (Excel Unicode text)")
            << utf16(unicodeText, false) << u"\t"_s << CsvEncoding::Utf16LittleEndian << unicodeRows
            << QList<qsizetype> {1, 2, 3};
        QTest::newRow("UTF-16 BE with BOM") << utf16(unicodeText, true) << u"\t"_s << CsvEncoding::Utf16BigEndian
                                            << unicodeRows << QList<qsizetype> {1, 2, 3};
        QTest::newRow("UTF-16 LE without BOM")
            << utf16(unicodeText, false, false) << u"\t"_s << CsvEncoding::Utf16LittleEndian << unicodeRows
            << QList<qsizetype> {1, 2, 3};
        QTest::newRow("UTF-16 BE, semicolon")
            << utf16(u"a;b\nc;d"_s, true) << u";"_s << CsvEncoding::Utf16BigEndian
            << QList<QStringList> {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << QList<qsizetype> {1, 2};

        QTest::newRow("semicolon, commas in the data")
            << raw("Name;Phone\r\n\"Smith, John\";+1 425, ext 5\r\n") << u";"_s << CsvEncoding::Utf8
            << QList<QStringList> {{u"Name"_s, u"Phone"_s}, {u"Smith, John"_s, u"+1 425, ext 5"_s}}
            << QList<qsizetype> {1, 2};
        QTest::newRow("semicolon wins a tie with comma")
            << raw("Smith, John;Phone\r\nx;y\r\n") << u";"_s << CsvEncoding::Utf8
            << QList<QStringList> {{u"Smith, John"_s, u"Phone"_s}, {u"x"_s, u"y"_s}} << QList<qsizetype> {1, 2};
        QTest::newRow("tab") << raw("upn\tphone\nalice@contoso.com\t+1 425 555 0100\n") << u"\t"_s << CsvEncoding::Utf8
                             << simple << QList<qsizetype> {1, 2};
        QTest::newRow("separators inside header quotes do not count")
            << raw("\"a;b;c\",\"d\td\",e\n1,2,3\n") << u","_s << CsvEncoding::Utf8
            << QList<QStringList> {{u"a;b;c"_s, u"d\td"_s, u"e"_s}, {u"1"_s, u"2"_s, u"3"_s}}
            << QList<qsizetype> {1, 2};
        QTest::newRow("single column") << raw("upn\nalice@contoso.com\n") << u","_s << CsvEncoding::Utf8
                                       << QList<QStringList> {{u"upn"_s}, {u"alice@contoso.com"_s}}
                                       << QList<qsizetype> {1, 2};
        QTest::newRow("Excel sep= line") << raw("sep=;\r\nupn;phone\r\nalice@contoso.com;+1 425 555 0100\r\n") << u";"_s
                                         << CsvEncoding::Utf8 << simple << QList<qsizetype> {2, 3};

        QTest::newRow("quoted commas, quotes, empty")
            << raw("\"a,b\",\"say \"\"hi\"\"\",\"\",\"\"\"\"\n") << u","_s << CsvEncoding::Utf8
            << QList<QStringList> {{u"a,b"_s, u"say \"hi\""_s, QString(), u"\""_s}} << QList<qsizetype> {1};
        QTest::newRow("quoted LF") << raw("upn,note\n\"x\",\"line1\nline2\"\ny,z\n") << u","_s << CsvEncoding::Utf8
                                   << QList<QStringList> {{u"upn"_s, u"note"_s}, {u"x"_s, u"line1\nline2"_s},
                                          {u"y"_s, u"z"_s}}
                                   << QList<qsizetype> {1, 2, 4};
        QTest::newRow("quoted CRLF and CR")
            << raw("upn,note\r\n\"x\",\"1\r\n2\r3\"\r\ny,z\r\n") << u","_s << CsvEncoding::Utf8
            << QList<QStringList> {{u"upn"_s, u"note"_s}, {u"x"_s, u"1\r\n2\r3"_s}, {u"y"_s, u"z"_s}}
            << QList<qsizetype> {1, 2, 5};
        QTest::newRow("quoted field of blank lines")
            << raw("a,\"\n\n\n\"\nb,c\n") << u","_s << CsvEncoding::Utf8
            << QList<QStringList> {{u"a"_s, u"\n\n\n"_s}, {u"b"_s, u"c"_s}} << QList<qsizetype> {1, 5};
        QTest::newRow("empty fields and trailing separators")
            << raw("a,,c,\n,\n,,") << u","_s << CsvEncoding::Utf8
            << QList<QStringList> {{u"a"_s, QString(), u"c"_s, QString()}, {QString(), QString()},
                   {QString(), QString(), QString()}}
            << QList<qsizetype> {1, 2, 3};
        QTest::newRow("quote inside an unquoted field is literal")
            << raw("5\" screen,it's\n") << u","_s << CsvEncoding::Utf8
            << QList<QStringList> {{u"5\" screen"_s, u"it's"_s}} << QList<qsizetype> {1};
        QTest::newRow("blanks after a closing quote")
            << raw("\"a\"  ,\"b\" \n\"c\" ,d") << u","_s << CsvEncoding::Utf8
            << QList<QStringList> {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << QList<qsizetype> {1, 2};
        QTest::newRow("leading and trailing spaces are kept")
            << raw(" a , b \n") << u","_s << CsvEncoding::Utf8 << QList<QStringList> {{u" a "_s, u" b "_s}}
            << QList<qsizetype> {1};
        QTest::newRow("white-space line is a record")
            << raw("a\n \nb\n") << u","_s << CsvEncoding::Utf8 << QList<QStringList> {{u"a"_s}, {u" "_s}, {u"b"_s}}
            << QList<qsizetype> {1, 2, 3};
        QTest::newRow("formulas are data to the reader")
            << raw("upn,phone\n=cmd|' /C calc'!A0,\"=HYPERLINK(\"\"http://x\"\")\"\n@SUM(1+1)*cmd|' /C calc'!A0,-2+3\n")
            << u","_s << CsvEncoding::Utf8
            << QList<QStringList> {{u"upn"_s, u"phone"_s}, {u"=cmd|' /C calc'!A0"_s, u"=HYPERLINK(\"http://x\")"_s},
                   {u"@SUM(1+1)*cmd|' /C calc'!A0"_s, u"-2+3"_s}}
            << QList<qsizetype> {1, 2, 3};
    }

    void read()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, separator);
        QFETCH(CsvEncoding, encoding);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<qsizetype>, lines);

        for (const qsizetype chunk : kChunkSizes) {
            CsvReader::Options options;
            options.chunkBytes = chunk;
            CsvReader reader(options);
            const auto table = reader.readAll(input);
            QVERIFY2(table, qPrintable(u"chunk %1: %2"_s.arg(chunk).arg(table.errorMessage())));
            QCOMPARE(reader.errorKind(), ErrorKind::None);
            QCOMPARE(table->separator, separator.front());
            QCOMPARE(table->encoding, encoding);
            QList<QStringList> gotRows;
            QList<qsizetype> gotLines;
            for (const CsvRecord &record : table->records) {
                gotRows.append(record.fields);
                gotLines.append(record.line);
            }
            QCOMPARE(gotRows, rows);
            QCOMPARE(gotLines, lines);
            QCOMPARE(reader.recordCount(), rows.size());
        }
    }

    void readErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qsizetype>("maxRecords");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<qsizetype>("line");

        const qsizetype defaultMax = CsvReader::Options().maxRecords;
        QTest::newRow("empty") << QByteArray() << defaultMax << QString() << ErrorKind::Empty << qsizetype(0);
        QTest::newRow("only a UTF-8 BOM")
            << raw("\xEF\xBB\xBF") << defaultMax << QString() << ErrorKind::Empty << qsizetype(0);
        QTest::newRow("only a UTF-16 BOM")
            << raw("\xFF\xFE") << defaultMax << QString() << ErrorKind::Empty << qsizetype(0);
        QTest::newRow("only blank lines")
            << raw("\r\n\n\r\r\n") << defaultMax << QString() << ErrorKind::Empty << qsizetype(0);
        QTest::newRow("only sep=") << raw("sep=;\r\n") << defaultMax << QString() << ErrorKind::Empty << qsizetype(0);

        QTest::newRow("unbalanced quote") << raw("upn,phone\nalice,\"+1 425\nbob,+1 206\n") << defaultMax << QString()
                                          << ErrorKind::UnclosedQuote << qsizetype(2);
        QTest::newRow("unbalanced quote in the header")
            << raw("\"upn,phone\nalice,1\n") << defaultMax << QString() << ErrorKind::UnclosedQuote << qsizetype(1);
        QTest::newRow("unbalanced quote after a multi-line field")
            << raw("a,\"1\n2\"\nb,\"3\n") << defaultMax << QString() << ErrorKind::UnclosedQuote << qsizetype(3);
        QTest::newRow("text after a closing quote")
            << raw("a,b\nc,\"d\"e\n") << defaultMax << QString() << ErrorKind::TextAfterQuote << qsizetype(2);
        QTest::newRow("undoubled quote inside quotes")
            << raw("a\n\"x\ny\"z\"\n") << defaultMax << QString() << ErrorKind::TextAfterQuote << qsizetype(3);

        QTest::newRow("NUL") << raw("a,b\nc\0d,e\n") << defaultMax << QString() << ErrorKind::NulCharacter
                             << qsizetype(2);
        QTest::newRow("NUL in a quoted field")
            << raw("a\n\"x\ny\0\"\n") << defaultMax << QString() << ErrorKind::NulCharacter << qsizetype(3);
        QTest::newRow("NUL after a closing quote")
            << raw("\"a\"\0\n") << defaultMax << QString() << ErrorKind::NulCharacter << qsizetype(1);

        QTest::newRow("invalid UTF-8 byte")
            << raw("upn,phone\nx@y,\xFF\n") << defaultMax << QString() << ErrorKind::InvalidUtf8 << qsizetype(2);
        QTest::newRow("Windows-1252 umlaut") << raw("upn,name\na@b,x\nm@b,M\xFCller\n") << defaultMax << QString()
                                             << ErrorKind::InvalidUtf8 << qsizetype(3);
        QTest::newRow("overlong UTF-8") << raw("a,\xC0\xAF\n") << defaultMax << QString() << ErrorKind::InvalidUtf8
                                        << qsizetype(1);
        QTest::newRow("UTF-8 surrogate") << raw("a,\xED\xA0\x80\n") << defaultMax << QString() << ErrorKind::InvalidUtf8
                                         << qsizetype(1);
        QTest::newRow("UTF-8 above U+10FFFF")
            << raw("a,\xF4\x90\x80\x80\n") << defaultMax << QString() << ErrorKind::InvalidUtf8 << qsizetype(1);
        QTest::newRow("truncated UTF-8 at the end")
            << raw("a\nb,\xE2\x82") << defaultMax << QString() << ErrorKind::InvalidUtf8 << qsizetype(2);
        QTest::newRow("invalid UTF-8 on the third line of a quoted field")
            << raw("h\n\"1\r\n2\r\n3\x80\"\n") << defaultMax << QString() << ErrorKind::InvalidUtf8 << qsizetype(4);

        QTest::newRow("UTF-16 lone high surrogate")
            << utf16(u"a\tb\r\nc\t"_s + QChar(0xD800) + u"x\r\n"_s, false) << defaultMax << QString()
            << ErrorKind::InvalidUtf16 << qsizetype(2);
        QTest::newRow("UTF-16 lone low surrogate") << utf16(u"a\n"_s + QChar(0xDC00), true) << defaultMax << QString()
                                                   << ErrorKind::InvalidUtf16 << qsizetype(2);
        QTest::newRow("UTF-16 odd length") << utf16(u"a,b\n"_s, false) + raw("c") << defaultMax << QString()
                                           << ErrorKind::InvalidUtf16 << qsizetype(2);
        QTest::newRow("UTF-16 NUL") << utf16(u"a,b\nc"_s + QChar(0) + u"\n"_s, false) << defaultMax << QString()
                                    << ErrorKind::NulCharacter << qsizetype(2);
        QTest::newRow("UTF-32") << raw("\xFF\xFE\0\0a\0\0\0") << defaultMax << QString()
                                << ErrorKind::UnsupportedEncoding << qsizetype(0);

        const QByteArray megabyte(1024 * 1024, 'x');
        QTest::newRow("1 MB unquoted field") << raw("upn,phone\na@b,") + megabyte + raw("\n") << defaultMax << QString()
                                             << ErrorKind::FieldTooLong << qsizetype(2);
        QTest::newRow("1 MB quoted field") << raw("upn,phone\na@b,\"") + megabyte + raw("\"\n") << defaultMax
                                           << QString() << ErrorKind::FieldTooLong << qsizetype(2);
        QTest::newRow("unbalanced quote in a large file")
            << raw("upn,phone\n\"a@b,1\n") + QByteArray(100 * 1024, '\n') << defaultMax << QString()
            << ErrorKind::FieldTooLong << qsizetype(2);
        QTest::newRow("too many fields") << raw("a\n") + QByteArray(5000, ',') << defaultMax << QString()
                                         << ErrorKind::TooManyFields << qsizetype(2);
        QTest::newRow("too many rows") << raw("h\n1\n2\n3\n4\n") << qsizetype(3) << QString()
                                       << ErrorKind::TooManyRecords << qsizetype(4);
        QTest::newRow("quote as separator")
            << raw("a\n") << defaultMax << u"\""_s << ErrorKind::InvalidSeparator << qsizetype(0);
        QTest::newRow("LF as separator") << raw("a\n") << defaultMax << u"\n"_s << ErrorKind::InvalidSeparator
                                         << qsizetype(0);
    }

    void readErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(qsizetype, maxRecords);
        QFETCH(QString, separator);
        QFETCH(ErrorKind, kind);
        QFETCH(qsizetype, line);

        for (const qsizetype chunk : kChunkSizes) {
            if (chunk < 64 && input.size() > 64 * 1024)
                continue; // the big inputs are cut small enough by the 64-byte chunks
            CsvReader::Options options;
            options.chunkBytes = chunk;
            options.maxRecords = maxRecords;
            if (!separator.isEmpty())
                options.separator = separator.front();
            CsvReader reader(options);
            const auto table = reader.readAll(input);
            QVERIFY2(!table, qPrintable(u"chunk %1"_s.arg(chunk)));
            QCOMPARE(reader.errorKind(), kind);
            QCOMPARE(reader.errorLine(), line);
            QVERIFY(!table.errorMessage().isEmpty());
            if (line > 0) {
                QVERIFY2(table.errorMessage().contains(QString::number(line)), qPrintable(table.errorMessage()));
            }
        }
    }

    void errorMessages_areSpecific()
    {
        CsvReader reader;
        QCOMPARE(reader.readAll(QByteArray()).errorMessage(), u"The file is empty: it contains no rows."_s);
        QCOMPARE(reader.readAll(raw("a,\"b\nc\n")).errorMessage(),
            u"The quoted field that starts on line 1 is never closed: a closing quote (\") is missing."_s);
        QVERIFY(reader.readAll(raw("a\nM\xFC\n")).errorMessage().startsWith(u"Line 2 is not valid UTF-8 text."_s));
        QVERIFY(reader.readAll(raw("a\0")).errorMessage().startsWith(u"Line 1 contains a NUL character"_s));
        QCOMPARE(reader.readAll(raw("a\n") + QByteArray(70000, 'x')).errorMessage(),
            u"Line 2: a field is longer than 64 kB."_s);
        QCOMPARE(reader.readAll(raw("a\n\"") + QByteArray(70000, 'x')).errorMessage(),
            u"Line 2: a quoted field is longer than 64 kB; is a closing quote missing?"_s);
    }

    void headerOnly_isDistinctFromEmpty()
    {
        CsvReader reader;
        const auto empty = reader.readAll(QByteArray());
        QVERIFY(!empty);
        QCOMPARE(reader.errorKind(), ErrorKind::Empty);

        const auto headerOnly = reader.readAll(raw("\xEF\xBB\xBFUPN,Mobile phone\r\n"));
        QVERIFY(headerOnly);
        QCOMPARE(headerOnly->records.size(), 1);
        const auto mapping = Sspr::Core::CsvColumnMapping::detect(headerOnly.value());
        QVERIFY(mapping.hasHeaderRow());
        const auto status = mapping.validate(headerOnly.value());
        QVERIFY(!status);
        QCOMPARE(status.errorMessage(), u"The file has a header row but no data rows."_s);
        QVERIFY(status.errorMessage() != empty.errorMessage());
    }

    void forcedSeparator_overridesDetectionAndDirective()
    {
        CsvReader::Options options;
        options.separator = u'|';
        CsvReader reader(options);
        const auto table = reader.readAll(raw("sep=;\na|b,c;d\n"));
        QVERIFY(table);
        QCOMPARE(table->separator, QChar(u'|'));
        QCOMPARE(table->records.size(), 1);
        QCOMPARE(table->records.front().fields, (QStringList {u"a"_s, u"b,c;d"_s}));
        QCOMPARE(table->records.front().line, 2);
    }

    void quotingOff_treatsQuotesAsText()
    {
        CsvReader::Options options;
        options.quoting = false;
        CsvReader reader(options);
        const auto table = reader.readAll(raw("\"a,b\"\n"));
        QVERIFY(table);
        QCOMPARE(table->records.front().fields, (QStringList {u"\"a"_s, u"b\""_s}));
    }

    void handler_canStopEarly()
    {
        CsvReader reader;
        int seen = 0;
        const auto status = reader.read(raw("a\nb\nc\n\"unclosed"), [&seen](CsvRecord &&) { return ++seen < 2; });
        QVERIFY2(status, qPrintable(status.errorMessage()));
        QCOMPARE(seen, 2);
        QCOMPARE(reader.recordCount(), 2);
    }

    void readFile_missing_namesThePath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing.csv"_s);
        CsvReader reader;
        const auto table = reader.readFile(path);
        QVERIFY(!table);
        QCOMPARE(reader.errorKind(), ErrorKind::ReadError);
        QVERIFY2(table.errorMessage().contains(path), qPrintable(table.errorMessage()));
    }

    void isBlank()
    {
        QVERIFY((CsvRecord {1, {QString(), u" "_s, u"\t"_s}}.isBlank()));
        QVERIFY(!(CsvRecord {1, {QString(), u"x"_s}}.isBlank()));
    }

    void duplicateRows_allReturnedWithTheirLines()
    {
        QByteArray input = raw("upn,phone\r\n");
        const int count = 5000;
        for (int i = 0; i < count; ++i)
            input += raw("alice@contoso.com,+1 425 555 0100\r\n");
        CsvReader reader;
        const auto table = reader.readAll(input);
        QVERIFY(table);
        QCOMPARE(table->records.size(), count + 1);
        for (int i = 1; i <= count; ++i) {
            QCOMPARE(table->records.at(i).line, i + 1);
            QCOMPARE(table->records.at(i).fields, (QStringList {u"alice@contoso.com"_s, u"+1 425 555 0100"_s}));
        }
    }

    void oneMegabyteField_failsFast()
    {
        const QByteArray input = raw("upn,note\na@b,\"") + QByteArray(1024 * 1024, 'x') + raw("\"\n");
        QElapsedTimer timer;
        timer.start();
        CsvReader reader;
        QVERIFY(!reader.readAll(input));
        QCOMPARE(reader.errorKind(), ErrorKind::FieldTooLong);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void speed_100kRows()
    {
        QByteArray input = raw("upn,mobile,office,country\r\n");
        for (int i = 0; i < 100'000; ++i) {
            input += u"user%1@contoso.example,+1 425 555 %2,\"+1 (425) 555-0100 x12\",US\r\n"_s.arg(i)
                         .arg(i % 10000)
                         .toUtf8();
        }
        qint64 best = std::numeric_limits<qint64>::max();
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            CsvReader reader;
            const auto table = reader.readAll(input);
            const qint64 elapsed = timer.elapsed();
            QVERIFY(table);
            QCOMPARE(table->records.size(), 100'001);
            QCOMPARE(table->records.last().fields.at(2), u"+1 (425) 555-0100 x12"_s);
            best = std::min(best, elapsed);
        }
        qInfo("100,000 rows (%.1f MB): %lld ms", double(input.size()) / 1e6, best);
        QVERIFY2(best < 1000, qPrintable(QString::number(best)));
    }

    void largeFile_50MB_streamsInBoundedMemory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"large.csv"_s);
        const qint64 targetBytes = 50LL * 1024 * 1024;
        qint64 written = 0;
        qsizetype rows = 0;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray block = raw("\xEF\xBB\xBFupn;mobile;display name;note\r\n");
            while (written < targetBytes) {
                block += u"user%1@contoso.example;+1 425 555 %2;\"Smith; John %1\";\"two\r\nlines\"\r\n"_s.arg(rows)
                             .arg(rows % 10000, 4, 10, QChar(u'0'))
                             .toUtf8();
                ++rows;
                if (block.size() > 1024 * 1024 || written + block.size() >= targetBytes) {
                    QCOMPARE(file.write(block), block.size());
                    written += block.size();
                    block.clear();
                }
            }
        }

#ifdef Q_OS_LINUX
        const bool peakReset = resetPeakResident();
        const qsizetype residentBefore = residentKiB("VmRSS");
#endif
        QElapsedTimer timer;
        timer.start();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader;
        qsizetype seen = 0;
        CsvRecord last;
        const auto status = reader.read(&file, [&](CsvRecord &&record) {
            ++seen;
            if (record.fields.size() != 4)
                return false;
            last = std::move(record);
            return true;
        });
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(status, qPrintable(status.errorMessage()));
        QCOMPARE(seen, rows + 1);
        QCOMPARE(reader.separator(), QChar(u';'));
        QCOMPARE(reader.encoding(), CsvEncoding::Utf8WithBom);
        QCOMPARE(last.line, 2 * rows);
        QCOMPARE(last.fields.at(0), u"user%1@contoso.example"_s.arg(rows - 1));
        QCOMPARE(last.fields.at(3), u"two\r\nlines"_s);
#ifdef Q_OS_LINUX
        const qsizetype growthKiB = residentKiB("VmHWM") - residentBefore;
        qInfo("50 MB, %lld rows, streamed: %lld ms, peak memory growth %lld KiB%s", qlonglong(rows), elapsed,
            qlonglong(growthKiB),
            !peakReset      ? " (peak not reset: not checked)"
                : SSPR_ASAN ? " (AddressSanitizer: not checked)"
                            : "");
        if (peakReset && residentBefore > 0 && !SSPR_ASAN)
            QVERIFY2(growthKiB < 32 * 1024, qPrintable(QString::number(growthKiB)));
#else
        qInfo("50 MB, %lld rows, streamed: %lld ms", qlonglong(rows), elapsed);
#endif
        QVERIFY2(elapsed < 20'000, qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
