#include "base32.h"
#include "totp.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sspr::Core;

namespace {

// RFC 6238 Appendix B seeds: ASCII digits repeated to the hash's block-friendly length.
QByteArray rfcSeed(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha1:
        return "12345678901234567890"_ba;
    case OtpAlgorithm::Sha256:
        return "12345678901234567890123456789012"_ba;
    case OtpAlgorithm::Sha512:
        return "1234567890123456789012345678901234567890123456789012345678901234"_ba;
    }
    return {};
}

} // namespace

class TestTotp final : public QObject
{
    Q_OBJECT

private slots:
    // RFC 6238 Appendix B: every row for SHA1, SHA256 and SHA512, 8 digits, and the same rows cut to 6 digits.
    void rfc6238_appendixB_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<OtpAlgorithm>("algorithm");
        QTest::addColumn<QString>("expected8");
        QTest::addColumn<quint64>("counter");
        struct Row
        {
            qint64 time;
            quint64 counter;
            const char *sha1;
            const char *sha256;
            const char *sha512;
        };
        const Row rows[] = {
            {59, 0x1, "94287082", "46119246", "90693936"},
            {1111111109, 0x23523EC, "07081804", "68084774", "25091201"},
            {1111111111, 0x23523ED, "14050471", "67062674", "99943326"},
            {1234567890, 0x273EF07, "89005924", "91819424", "93441116"},
            {2000000000, 0x3F940AA, "69279037", "90698825", "38618901"},
            {20000000000, 0x27BC86AA, "65353130", "77737706", "47863826"},
        };
        for (const Row &row : rows) {
            QTest::addRow("%lld SHA1", row.time)
                << row.time << OtpAlgorithm::Sha1 << QString::fromLatin1(row.sha1) << row.counter;
            QTest::addRow("%lld SHA256", row.time)
                << row.time << OtpAlgorithm::Sha256 << QString::fromLatin1(row.sha256) << row.counter;
            QTest::addRow("%lld SHA512", row.time)
                << row.time << OtpAlgorithm::Sha512 << QString::fromLatin1(row.sha512) << row.counter;
        }
    }
    void rfc6238_appendixB()
    {
        QFETCH(qint64, time);
        QFETCH(OtpAlgorithm, algorithm);
        QFETCH(QString, expected8);
        QFETCH(quint64, counter);
        QCOMPARE(Totp::counterAt(time, 30), counter);
        const QByteArray seed = rfcSeed(algorithm);
        QCOMPARE(Totp::code(seed, time, {algorithm, 8, 30}), expected8);
        QCOMPARE(Totp::code(seed, time, {algorithm, 6, 30}), expected8.right(6));
        QCOMPARE(Totp::hotp(seed, counter, 8, algorithm), expected8);
    }

    // RFC 4226 Appendix D: HOTP values for counters 0 to 9.
    void rfc4226_appendixD_data()
    {
        QTest::addColumn<quint64>("counter");
        QTest::addColumn<QString>("expected");
        const char *values[]
            = {"755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"};
        for (quint64 counter = 0; counter < 10; ++counter)
            QTest::addRow("counter %llu", counter) << counter << QString::fromLatin1(values[counter]);
    }
    void rfc4226_appendixD()
    {
        QFETCH(quint64, counter);
        QFETCH(QString, expected);
        QCOMPARE(Totp::hotp("12345678901234567890"_ba, counter, 6, OtpAlgorithm::Sha1), expected);
    }

    void counter_is64Bit()
    {
        // Past 2038 and past 2^32 steps: the counter keeps every bit.
        const qint64 far = Q_INT64_C(200000000000000); // year ~6.3 million
        QCOMPARE(Totp::counterAt(far, 30), quint64(far / 30));
        QVERIFY(Totp::counterAt(far, 30) > quint64(std::numeric_limits<quint32>::max()));
        QCOMPARE(Totp::code(rfcSeed(OtpAlgorithm::Sha1), far, {}).size(), 6);
        QCOMPARE(Totp::counterAt(-100, 30), quint64(0));
        QCOMPARE(Totp::counterAt(59, 60), quint64(0));
        QCOMPARE(Totp::counterAt(60, 60), quint64(1));
    }

    void secondsRemaining_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<int>("period");
        QTest::addColumn<int>("expected");
        QTest::newRow("step start") << qint64(60) << 30 << 30;
        QTest::newRow("last second") << qint64(59) << 30 << 1;
        QTest::newRow("middle") << qint64(1234567890) << 60 << 30;
        QTest::newRow("before 1970") << qint64(-5) << 30 << 30;
    }
    void secondsRemaining()
    {
        QFETCH(qint64, time);
        QFETCH(int, period);
        QFETCH(int, expected);
        QCOMPARE(Totp::secondsRemaining(time, period), expected);
    }

    // A code from a phone whose clock is `offset` steps off: ±1 step is accepted and reported, ±2 is refused.
    void verify_window_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("period");
        QTest::addColumn<bool>("accepted");
        for (const int period : {30, 60}) {
            QTest::addRow("-2 steps, %ds", period) << -2 << period << false;
            QTest::addRow("-1 step, %ds", period) << -1 << period << true;
            QTest::addRow("on time, %ds", period) << 0 << period << true;
            QTest::addRow("+1 step, %ds", period) << 1 << period << true;
            QTest::addRow("+2 steps, %ds", period) << 2 << period << false;
        }
    }
    void verify_window()
    {
        QFETCH(int, offset);
        QFETCH(int, period);
        QFETCH(bool, accepted);
        const QByteArray key = rfcSeed(OtpAlgorithm::Sha1);
        const TotpParameters parameters {OtpAlgorithm::Sha1, 6, period};
        const qint64 now = 1111111111;
        const QString phoneCode = Totp::code(key, now + qint64(offset) * period, parameters);
        const std::optional<int> matched = Totp::verify(key, phoneCode, now, parameters);
        QCOMPARE(matched.has_value(), accepted);
        if (accepted)
            QCOMPARE(*matched, offset);
        // A wider window takes ±2 as well.
        QCOMPARE(Totp::verify(key, phoneCode, now, parameters, 2), std::optional<int>(offset));
    }

    void verify_inputForms_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        // The code at 1234567890 for the SHA1 seed, 6 digits, is 005924.
        QTest::newRow("plain") << u"005924"_s << true;
        QTest::newRow("spaced") << u"005 924"_s << true;
        QTest::newRow("surrounding spaces") << u"  005924\n"_s << true;
        QTest::newRow("lost leading zeros") << u"5924"_s << false;
        QTest::newRow("too long") << u"0059240"_s << false;
        QTest::newRow("letters") << u"00592a"_s << false;
        QTest::newRow("arabic-indic digits") << u"\u0660\u0660\u0665\u0669\u0662\u0664"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("wrong code") << u"005925"_s << false;
    }
    void verify_inputForms()
    {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        const auto matched = Totp::verify(rfcSeed(OtpAlgorithm::Sha1), typed, 1234567890, {});
        QCOMPARE(matched.has_value(), accepted);
    }

    void verify_nearEpoch_doesNotWrap()
    {
        const QByteArray key = rfcSeed(OtpAlgorithm::Sha1);
        // At step 0 there is no step -1; the largest counter must not be tried instead.
        const QString wrapped = Totp::hotp(key, std::numeric_limits<quint64>::max(), 6, OtpAlgorithm::Sha1);
        QCOMPARE(Totp::verify(key, wrapped, 10, {}), std::nullopt);
        QCOMPARE(Totp::verify(key, Totp::code(key, 10, {}), 10, {}), std::optional<int>(0));
        QCOMPARE(Totp::verify(key, Totp::code(key, 40, {}), 10, {}), std::optional<int>(1));
    }

    void parsers_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("SHA1") << u"algorithm"_s << u"SHA1"_s << true;
        QTest::newRow("sha256") << u"algorithm"_s << u"sha256"_s << true;
        QTest::newRow("SHA-512") << u"algorithm"_s << u"SHA-512"_s << true;
        QTest::newRow("MD5") << u"algorithm"_s << u"MD5"_s << false;
        QTest::newRow("SHA384") << u"algorithm"_s << u"SHA384"_s << false;
        QTest::newRow("6 digits") << u"digits"_s << u"6"_s << true;
        QTest::newRow("8 digits") << u"digits"_s << u"8"_s << true;
        QTest::newRow("7 digits") << u"digits"_s << u"7"_s << false;
        QTest::newRow("06 digits") << u"digits"_s << u"06"_s << false;
        QTest::newRow("30 s") << u"period"_s << u"30"_s << true;
        QTest::newRow("60 s") << u"period"_s << u"60"_s << true;
        QTest::newRow("15 s") << u"period"_s << u"15"_s << false;
        QTest::newRow("negative") << u"period"_s << u"-30"_s << false;
    }
    void parsers()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QString message;
        bool parsed = false;
        if (kind == u"algorithm"_s) {
            const auto r = Totp::parseAlgorithm(text);
            parsed = r.ok();
            message = r.errorMessage();
        } else if (kind == u"digits"_s) {
            const auto r = Totp::parseDigits(text);
            parsed = r.ok();
            message = r.errorMessage();
        } else {
            const auto r = Totp::parsePeriod(text);
            parsed = r.ok();
            message = r.errorMessage();
        }
        QCOMPARE(parsed, ok);
        if (!ok)
            QVERIFY2(message.contains(text), qPrintable(message)); // the message repeats what was refused
    }

    void compatibilityWarnings()
    {
        QVERIFY(Totp::compatibilityWarnings({}).isEmpty());
        QCOMPARE(Totp::compatibilityWarnings({OtpAlgorithm::Sha256, 6, 30}).size(), 1);
        QCOMPARE(Totp::compatibilityWarnings({OtpAlgorithm::Sha512, 6, 30}).size(), 2); // apps and Entra
        QCOMPARE(Totp::compatibilityWarnings({OtpAlgorithm::Sha1, 8, 30}).size(), 1);
        QCOMPARE(Totp::compatibilityWarnings({OtpAlgorithm::Sha1, 6, 60}).size(), 1);
        QVERIFY(TotpParameters {}.isDefault());
        QVERIFY(!TotpParameters({OtpAlgorithm::Sha1, 6, 60}).isDefault());
        QVERIFY(Totp::validate({}));
        QVERIFY(!Totp::validate({OtpAlgorithm::Sha1, 7, 30}));
        QVERIFY(!Totp::validate({OtpAlgorithm::Sha1, 6, 45}));
    }

    // An independent implementation agrees: oathtool (oath-toolkit), for random keys, times and settings.
    void oathtool_agrees_data()
    {
        QTest::addColumn<OtpAlgorithm>("algorithm");
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("period");
        QTest::newRow("defaults") << OtpAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("sha256 8 digits") << OtpAlgorithm::Sha256 << 8 << 30;
        QTest::newRow("sha512 60 s") << OtpAlgorithm::Sha512 << 6 << 60;
        QTest::newRow("sha1 8 digits 60 s") << OtpAlgorithm::Sha1 << 8 << 60;
    }
    void oathtool_agrees()
    {
        QFETCH(OtpAlgorithm, algorithm);
        QFETCH(int, digits);
        QFETCH(int, period);
        const QString oathtool = QStandardPaths::findExecutable(u"oathtool"_s);
        if (oathtool.isEmpty())
            QSKIP("oathtool (package oathtool) is not installed");
        QRandomGenerator random(6238);
        for (int i = 0; i < 5; ++i) {
            QByteArray key(20, Qt::Uninitialized);
            for (char &c : key)
                c = char(random.bounded(256));
            const qint64 time = qint64(random.bounded(4000000000.0));
            QProcess process;
            const QString mode
                = algorithm == OtpAlgorithm::Sha1 ? u"--totp"_s : u"--totp="_s + Totp::algorithmName(algorithm);
            process.start(oathtool,
                {mode, u"-b"_s, u"-d"_s, QString::number(digits), u"-s"_s, QString::number(period) + u's', u"-N"_s,
                    u"@"_s + QString::number(time), Base32::encode(key)});
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitCode(), 0);
            const QString expected = QString::fromLatin1(process.readAllStandardOutput()).trimmed();
            QCOMPARE(Totp::code(key, time, {algorithm, digits, period}), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
