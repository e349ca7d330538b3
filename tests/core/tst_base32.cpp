#include "base32.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sspr::Core;

class TestBase32 final : public QObject
{
    Q_OBJECT

private slots:
    // RFC 4648 §10 test vectors, with and without padding.
    void encode_rfcVectors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("padded");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("f") << "f"_ba << u"MY======"_s;
        QTest::newRow("fo") << "fo"_ba << u"MZXQ===="_s;
        QTest::newRow("foo") << "foo"_ba << u"MZXW6==="_s;
        QTest::newRow("foob") << "foob"_ba << u"MZXW6YQ="_s;
        QTest::newRow("fooba") << "fooba"_ba << u"MZXW6YTB"_s;
        QTest::newRow("foobar") << "foobar"_ba << u"MZXW6YTBOI======"_s;
        QTest::newRow("rfc6238 sha1 seed") << "12345678901234567890"_ba << u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;
        QTest::newRow("all bits") << QByteArray(5, '\xff') << u"77777777"_s;
        QTest::newRow("zero bytes") << QByteArray(3, '\0') << u"AAAAA==="_s;
    }
    void encode_rfcVectors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, padded);
        QCOMPARE(Base32::encode(data, Base32::Padding::Include), padded);
        QString unpadded = padded;
        unpadded.remove(u'=');
        QCOMPARE(Base32::encode(data), unpadded);
        const auto fromPadded = Base32::decode(padded);
        QVERIFY2(fromPadded, qPrintable(fromPadded.errorMessage()));
        QCOMPARE(fromPadded.value(), data);
        const auto fromUnpadded = Base32::decode(unpadded);
        QVERIFY2(fromUnpadded, qPrintable(fromUnpadded.errorMessage()));
        QCOMPARE(fromUnpadded.value(), data);
    }

    // What people type and apps print.
    void decode_tolerant_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("lower case") << u"mzxw6ytboi"_s << "foobar"_ba;
        QTest::newRow("mixed case") << u"MzXw6YtBoI"_s << "foobar"_ba;
        QTest::newRow("groups of four") << u"GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"_s << "12345678901234567890"_ba;
        QTest::newRow("tabs and new lines") << u"\tMZXW\n6YTB\r\nOI  "_s << "foobar"_ba;
        QTest::newRow("padding and spaces") << u" MZXW6YQ = "_s << "foob"_ba;
        QTest::newRow("short padding") << u"MZXW6==="_s.left(6) << "foo"_ba;
        QTest::newRow("only spaces") << u"   "_s << QByteArray();
        // 26 characters: 130 bits, the 2 leftover bits of the last one are dropped (the Entra doc sample).
        QTest::newRow("leftover bits") << u"abcdef2234567abcdef2234567"_s
                                       << QByteArray::fromHex("004432175adf3bef8022190bad6f9df7"_ba);
    }
    void decode_tolerant()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        const auto decoded = Base32::decode(text);
        QVERIFY2(decoded, qPrintable(decoded.errorMessage()));
        QCOMPARE(decoded.value(), expected);
    }

    void decode_malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("digit one") << u"MZXW6YT1"_s << u"\"1\" at position 8"_s;
        QTest::newRow("digit zero hint") << u"0ZXW6YTB"_s << u"read 0 as the letter O"_s;
        QTest::newRow("digit eight") << u"MZXW8YTB"_s << u"\"8\" at position 5"_s;
        QTest::newRow("hyphen") << u"MZXW-6YTB"_s << u"\"-\" at position 5"_s;
        QTest::newRow("umlaut") << u"MZXWÄYTB"_s << u"\"Ä\" at position 5"_s;
        QTest::newRow("emoji shown whole") << u"MZXW6YT😀"_s << u"\"😀\" at position 8"_s;
        QTest::newRow("lone surrogate") << u"MZ"_s + QChar(0xd800) << u"U+D800 at position 3"_s;
        QTest::newRow("control character") << u"MZ\u0001XW6YTB"_s << u"U+0001 at position 3"_s;
        QTest::newRow("padding in the middle") << u"MZ=XW6YTB"_s << u"padding at position 3"_s;
        QTest::newRow("one character") << u"M"_s << u"length of 1"_s;
        QTest::newRow("three characters") << u"MZX"_s << u"length of 3"_s;
        QTest::newRow("six characters") << u"MZXW6Y"_s << u"length of 6"_s;
        QTest::newRow("nine characters") << u"MZXW6YTBO"_s << u"length of 9"_s;
    }
    void decode_malformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        const auto decoded = Base32::decode(text);
        QVERIFY(!decoded);
        QVERIFY2(decoded.errorMessage().contains(messagePart), qPrintable(decoded.errorMessage()));
    }

    void roundTrip_randomBytes()
    {
        QRandomGenerator random(4648);
        for (int length = 0; length <= 80; ++length) {
            QByteArray data(length, Qt::Uninitialized);
            for (char &c : data)
                c = char(random.bounded(256));
            const QString text = Base32::encode(data);
            QCOMPARE(text.size(), (length * 8 + 4) / 5);
            for (const QChar c : text)
                QVERIFY((c >= u'A' && c <= u'Z') || (c >= u'2' && c <= u'7'));
            QCOMPARE(Base32::decode(text).value(), data);
            QCOMPARE(Base32::decode(text.toLower()).value(), data);
            QCOMPARE(Base32::decode(Base32::encode(data, Base32::Padding::Include)).value(), data);
        }
    }
};

QTEST_GUILESS_MAIN(TestBase32)
#include "tst_base32.moc"
