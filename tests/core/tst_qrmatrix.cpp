#include "qrmatrix.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sspr::Core;

namespace {

// The error correction level written in the symbol's format information (ISO/IEC 18004 §7.9): 15 bits beside the
// top-left finder, masked with 101010000010010; the top two data bits are the level (L=01, M=00, Q=11, H=10).
int formatEccBits(const QrMatrix &m)
{
    int bits = 0;
    auto put = [&](int index, bool dark) {
        bits |= int(dark) << index;
    };
    for (int i = 0; i <= 5; ++i)
        put(i, m.isDark(8, i));
    put(6, m.isDark(8, 7));
    put(7, m.isDark(8, 8));
    put(8, m.isDark(7, 8));
    for (int i = 9; i < 15; ++i)
        put(i, m.isDark(14 - i, 8));
    return ((bits ^ 0x5412) >> 13) & 0x3;
}

// The second copy of the format bits, split between the bottom-left and top-right corners.
int formatEccBitsSecondCopy(const QrMatrix &m)
{
    const int n = m.size();
    int bits = 0;
    for (int i = 0; i < 8; ++i)
        bits |= int(m.isDark(n - 1 - i, 8)) << i;
    for (int i = 8; i < 15; ++i)
        bits |= int(m.isDark(8, n - 15 + i)) << i;
    return ((bits ^ 0x5412) >> 13) & 0x3;
}

// A 7×7 finder pattern: dark ring, light ring, dark 3×3 core.
bool isFinderAt(const QrMatrix &m, int left, int top)
{
    for (int dy = 0; dy < 7; ++dy) {
        for (int dx = 0; dx < 7; ++dx) {
            const int ring = qMax(qAbs(dx - 3), qAbs(dy - 3));
            const bool expected = ring != 2;
            if (m.isDark(left + dx, top + dy) != expected)
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrMatrix final : public QObject
{
    Q_OBJECT

private slots:
    void encode_structure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QrMatrix::ErrorCorrection>("minimum");
        QTest::addColumn<int>("minimumVersion");
        QTest::newRow("short") << u"HELLO"_s << QrMatrix::ErrorCorrection::Medium << 1;
        QTest::newRow("empty") << QString() << QrMatrix::ErrorCorrection::Medium << 1;
        QTest::newRow("typical otpauth uri")
            << u"otpauth://totp/Contoso:alessandra.bruno%40contoso.com?secret=TONDTXFYV5MSJEYXRWSKM3MT74JQTTF3"
               "&issuer=Contoso"_s
            << QrMatrix::ErrorCorrection::Medium << 5;
        QTest::newRow("non-ascii") << u"Grüße, 東京"_s << QrMatrix::ErrorCorrection::Quartile << 1;
        QTest::newRow("high") << QString(300, u'x') << QrMatrix::ErrorCorrection::High << 10;
        QTest::newRow("embedded nul") << u"a\u0000b"_s << QrMatrix::ErrorCorrection::Medium << 1;
        QTest::newRow("largest at medium") << QString(2331, u'z') << QrMatrix::ErrorCorrection::Medium << 40;
    }
    void encode_structure()
    {
        QFETCH(QString, text);
        QFETCH(QrMatrix::ErrorCorrection, minimum);
        QFETCH(int, minimumVersion);
        const auto encoded = QrMatrix::encode(text, minimum);
        QVERIFY2(encoded, qPrintable(encoded.errorMessage()));
        const QrMatrix &m = encoded.value();
        QVERIFY(!m.isNull());
        QVERIFY(m.version() >= minimumVersion && m.version() <= 40);
        QCOMPARE(m.size(), 17 + 4 * m.version());
        QVERIFY(m.errorCorrection() >= minimum);
        // The level the symbol itself declares, in both copies, matches (and is never L).
        const int declared[] = {/*Medium*/ 0, /*Quartile*/ 3, /*High*/ 2};
        QCOMPARE(formatEccBits(m), declared[int(m.errorCorrection())]);
        QCOMPARE(formatEccBitsSecondCopy(m), declared[int(m.errorCorrection())]);
        // Finder patterns in three corners, timing patterns between them, the dark module by the bottom finder.
        QVERIFY(isFinderAt(m, 0, 0));
        QVERIFY(isFinderAt(m, m.size() - 7, 0));
        QVERIFY(isFinderAt(m, 0, m.size() - 7));
        for (int i = 8; i < m.size() - 8; ++i) {
            QCOMPARE(m.isDark(i, 6), i % 2 == 0);
            QCOMPARE(m.isDark(6, i), i % 2 == 0);
        }
        QVERIFY(m.isDark(8, m.size() - 8));
        // The quiet zone (and anything further out) is light.
        for (int i = -QrMatrix::kQuietZone; i < m.size() + QrMatrix::kQuietZone; ++i) {
            QVERIFY(!m.isDark(i, -1));
            QVERIFY(!m.isDark(-1, i));
            QVERIFY(!m.isDark(i, m.size()));
            QVERIFY(!m.isDark(m.size(), i));
        }
    }

    void encode_isDeterministicValue()
    {
        const QString text = u"otpauth://totp/A:b?secret=MZXW6YTBOI&issuer=A"_s;
        const QrMatrix a = QrMatrix::encode(text).value();
        const QrMatrix b = QrMatrix::encode(text).value();
        QVERIFY(a == b);
        QrMatrix copy = a;
        QVERIFY(copy == a);
        QVERIFY(!(QrMatrix::encode(text + u'x').value() == a));
        QVERIFY(QrMatrix().isNull());
        QCOMPARE(QrMatrix().size(), 0);
        QVERIFY(!QrMatrix().isDark(0, 0));
    }

    void encode_tooLong_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<QrMatrix::ErrorCorrection>("minimum");
        QTest::addColumn<QString>("limit");
        QTest::newRow("medium") << 2332 << QrMatrix::ErrorCorrection::Medium << u"2331"_s;
        QTest::newRow("quartile") << 1664 << QrMatrix::ErrorCorrection::Quartile << u"1663"_s;
        QTest::newRow("high") << 1274 << QrMatrix::ErrorCorrection::High << u"1273"_s;
        QTest::newRow("far too long") << 100000 << QrMatrix::ErrorCorrection::Medium << u"2331"_s;
    }
    void encode_tooLong()
    {
        QFETCH(int, bytes);
        QFETCH(QrMatrix::ErrorCorrection, minimum);
        QFETCH(QString, limit);
        const auto encoded = QrMatrix::encode(QString(bytes, u'z'), minimum);
        QVERIFY(!encoded);
        QVERIFY2(encoded.errorMessage().contains(u"too long"_s), qPrintable(encoded.errorMessage()));
        QVERIFY2(encoded.errorMessage().contains(QString::number(bytes)), qPrintable(encoded.errorMessage()));
        QVERIFY2(encoded.errorMessage().contains(limit), qPrintable(encoded.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestQrMatrix)
#include "tst_qrmatrix.moc"
