#include "clipboardtable.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using Sspr::Core::CsvRecord;
namespace ClipboardTable = Sspr::Core::ClipboardTable;

class TestClipboardTable final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<qsizetype>>("lines");

        const QList<QStringList> twoColumns {{u"UPN"_s, u"Mobile"_s}, {u"alice@contoso.com"_s, u"+1 425 555 0100"_s}};
        QTest::newRow("Excel on Windows") << u"UPN\tMobile\r\nalice@contoso.com\t+1 425 555 0100\r\n"_s << u"\t"_s
                                          << twoColumns << QList<qsizetype> {1, 2};
        QTest::newRow("LF, no final line break")
            << u"UPN\tMobile\nalice@contoso.com\t+1 425 555 0100"_s << u"\t"_s << twoColumns << QList<qsizetype> {1, 2};
        QTest::newRow("data only") << u"alice@contoso.com\t+1 425 555 0100\r\nbob@contoso.com\t+1 206 555 0100\r\n"_s
                                   << u"\t"_s
                                   << QList<QStringList> {{u"alice@contoso.com"_s, u"+1 425 555 0100"_s},
                                          {u"bob@contoso.com"_s, u"+1 206 555 0100"_s}}
                                   << QList<qsizetype> {1, 2};
        QTest::newRow("cell with a line break is quoted")
            << u"a\t\"line1\nline2\"\r\nb\tc\r\n"_s << u"\t"_s
            << QList<QStringList> {{u"a"_s, u"line1\nline2"_s}, {u"b"_s, u"c"_s}} << QList<qsizetype> {1, 3};
        QTest::newRow("cell starting with a quote, copied raw")
            << u"\"Hi\" there\tx\r\n5\" screen\ty\r\n"_s << u"\t"_s
            << QList<QStringList> {{u"\"Hi\" there"_s, u"x"_s}, {u"5\" screen"_s, u"y"_s}} << QList<qsizetype> {1, 2};
        QTest::newRow("empty trailing cells")
            << u"a\t\t\r\n\tb\r\n"_s << u"\t"_s
            << QList<QStringList> {{u"a"_s, QString(), QString()}, {QString(), u"b"_s}} << QList<qsizetype> {1, 2};
        QTest::newRow("one column, no tabs")
            << u"alice@contoso.com\r\nbob@contoso.com\r\n\r\n"_s << u","_s
            << QList<QStringList> {{u"alice@contoso.com"_s}, {u"bob@contoso.com"_s}} << QList<qsizetype> {1, 2};
        QTest::newRow("CSV text from an editor")
            << u"upn;mobile\nalice@contoso.com;+1 425 555 0100\n"_s << u";"_s
            << QList<QStringList> {{u"upn"_s, u"mobile"_s}, twoColumns.at(1)} << QList<qsizetype> {1, 2};
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, separator);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<qsizetype>, lines);

        const auto table = ClipboardTable::parse(text);
        QVERIFY2(table, qPrintable(table.errorMessage()));
        QCOMPARE(table->separator, separator.front());
        QList<QStringList> gotRows;
        QList<qsizetype> gotLines;
        for (const CsvRecord &record : table->records) {
            gotRows.append(record.fields);
            gotLines.append(record.line);
        }
        QCOMPARE(gotRows, rows);
        QCOMPARE(gotLines, lines);
    }

    void parse_errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty") << QString() << u"The pasted text contains no rows."_s;
        QTest::newRow("line breaks only") << u"\r\n\n"_s << u"The pasted text contains no rows."_s;
        QTest::newRow("NUL") << u"a\tb\r\nc"_s + QChar(0) + u"\td"_s
                             << u"Line 2 contains a NUL character: this is not a text file, or it is UTF-16 saved "
                                "without a byte-order mark."_s;
    }

    void parse_errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto table = ClipboardTable::parse(text);
        QVERIFY(!table);
        QCOMPARE(table.errorMessage(), message);
    }
};

QTEST_GUILESS_MAIN(TestClipboardTable)
#include "tst_clipboardtable.moc"
