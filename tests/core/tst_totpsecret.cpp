#include "base32.h"
#include "totpsecret.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sspr::Core;

class TestTotpSecret final : public QObject
{
    Q_OBJECT

private slots:
    void generate_is160BitsByDefault()
    {
        const QByteArray secret = TotpSecret::generate();
        QCOMPARE(secret.size(), 20);
        QCOMPARE(Base32::encode(secret).size(), 32); // no padding needed for 160 bits
    }

    void generate_lengths_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("expected");
        QTest::newRow("sha256 size") << 32 << 32;
        QTest::newRow("sha512 size") << 64 << 64;
        QTest::newRow("odd size") << 21 << 21;
        QTest::newRow("below the RFC 4226 minimum") << 10 << 16;
    }
    void generate_lengths()
    {
        QFETCH(int, requested);
        QFETCH(int, expected);
        QCOMPARE(TotpSecret::generate(requested).size(), expected);
    }

    void generate_isUniqueAndUsesEveryBit()
    {
        QSet<QByteArray> seen;
        quint8 orOfAll[20] = {};
        quint8 andOfAll[20];
        std::fill(std::begin(andOfAll), std::end(andOfAll), 0xff);
        for (int i = 0; i < 1000; ++i) {
            const QByteArray secret = TotpSecret::generate();
            QVERIFY(!seen.contains(secret));
            seen.insert(secret);
            for (int b = 0; b < 20; ++b) {
                orOfAll[b] |= quint8(secret[b]);
                andOfAll[b] &= quint8(secret[b]);
            }
        }
        // Every bit position was seen both set and clear: no byte is stuck or truncated.
        for (int b = 0; b < 20; ++b) {
            QCOMPARE(orOfAll[b], quint8(0xff));
            QCOMPARE(andOfAll[b], quint8(0x00));
        }
    }

    void generateSerial_format()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString serial = TotpSecret::generateSerial();
            QCOMPARE(serial.size(), 16);
            QVERIFY(serial.startsWith(u"SSPR"_s));
            for (const QChar c : serial.mid(4))
                QVERIFY(c.isDigit());
            QVERIFY(!seen.contains(serial));
            seen.insert(serial);
        }
    }
};

QTEST_GUILESS_MAIN(TestTotpSecret)
#include "tst_totpsecret.moc"
