#include "base32.h"
#include "otpauthuri.h"
#include "testsupport.h"
#include "totphandout.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Sspr;
using Services::TotpHandout;
using Services::TotpHandoutEntry;

namespace {

QByteArray runTool(const QString &tool, const QStringList &args, int *code = nullptr)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(tool), args);
    process.waitForFinished(60000);
    if (code)
        *code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

mode_t fileMode(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 0777;
}

TotpHandoutEntry entry(
    const QString &upn, const QString &serial, const QByteArray &secret, Core::TotpParameters parameters = {})
{
    TotpHandoutEntry e;
    e.displayName = upn.section(u'@', 0, 0);
    e.key = {u"Contoso"_s, upn, secret, parameters};
    e.serial = serial;
    e.issuedAt = QDateTime::currentDateTimeUtc();
    return e;
}

} // namespace

class TestTotpHandout final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // The Entra upload format: fixed header, one row per token, Base32 without padding, CRLF, quoted when needed.
    void oathCsv_exact()
    {
        const QList<TotpHandoutEntry> entries = {
            entry(u"helga@contoso.com"_s, u"SSPR000000000001"_s, "12345678901234567890"_ba),
            entry(u"odd,name@contoso.com"_s, u"SSPR000000000002"_s, "foobar"_ba, {Core::OtpAlgorithm::Sha1, 6, 60}),
        };
        const auto csv = TotpHandout::oathCsv(entries);
        QVERIFY2(csv, qPrintable(csv.errorMessage()));
        QCOMPARE(csv.value(),
            "upn,serial number,secret key,time interval,manufacturer,model\r\n"
            "helga@contoso.com,SSPR000000000001,GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ,30,SSPR Console,"
            "Authenticator app\r\n"
            "\"odd,name@contoso.com\",SSPR000000000002,MZXW6YTBOI,60,SSPR Console,Authenticator app\r\n"_ba);
        Services::OathCsvOptions options;
        options.manufacturer = u"Token2"_s;
        options.model = u"C302 \"mini\""_s;
        QVERIFY(TotpHandout::oathCsv(entries.mid(0, 1), options)
                    .value()
                    .endsWith(",30,Token2,\"C302 \"\"mini\"\"\"\r\n"_ba));
        QCOMPARE(
            TotpHandout::oathCsv({}).value(), "upn,serial number,secret key,time interval,manufacturer,model\r\n"_ba);
    }

    void oathCsv_refusesWhatEntraCannotTake_data()
    {
        QTest::addColumn<TotpHandoutEntry>("bad");
        QTest::addColumn<QString>("messagePart");
        const QByteArray secret(20, 's');
        QTest::newRow("sha256") << entry(u"a@x"_s, u"S1"_s, secret, {Core::OtpAlgorithm::Sha256, 6, 30}) << u"SHA1"_s;
        QTest::newRow("8 digits") << entry(u"a@x"_s, u"S1"_s, secret, {Core::OtpAlgorithm::Sha1, 8, 30})
                                  << u"6 digits"_s;
        QTest::newRow("no serial") << entry(u"a@x"_s, QString(), secret) << u"serial"_s;
        QTest::newRow("no upn") << entry(QString(), u"S1"_s, secret) << u"principal name"_s;
        QTest::newRow("no secret") << entry(u"a@x"_s, u"S1"_s, QByteArray()) << u"no secret"_s;
        QTest::newRow("secret over 128 characters") << entry(u"a@x"_s, u"S1"_s, QByteArray(81, 's')) << u"128"_s;
    }
    void oathCsv_refusesWhatEntraCannotTake()
    {
        QFETCH(TotpHandoutEntry, bad);
        QFETCH(QString, messagePart);
        const auto csv = TotpHandout::oathCsv({entry(u"good@x"_s, u"S0"_s, QByteArray(20, 'g')), bad});
        QVERIFY(!csv);
        QVERIFY2(csv.errorMessage().contains(messagePart), qPrintable(csv.errorMessage()));
        const QString path = m_dir.filePath(u"refused.csv"_s);
        QVERIFY(!TotpHandout::writeOathCsv({bad}, path));
        QVERIFY(!QFile::exists(path));
    }

    void writeOathCsv_isPrivate()
    {
        const QString path = m_dir.filePath(u"tokens.csv"_s);
        const QList<TotpHandoutEntry> entries = {entry(u"a@x"_s, u"S1"_s, "12345678901234567890"_ba)};
        QVERIFY(TotpHandout::writeOathCsv(entries, path));
        QCOMPARE(fileMode(path), mode_t(0600));
        QCOMPARE(Test::readAll(path), TotpHandout::oathCsv(entries).value());
    }

    // One page per user, each with its own QR code and account.
    void writePdf_onePagePerUser()
    {
        QList<TotpHandoutEntry> entries;
        for (int i = 0; i < 5; ++i)
            entries.append(
                entry(u"user%1@contoso.com"_s.arg(i), u"SSPR00000000000%1"_s.arg(i), QByteArray(20, char('a' + i))));
        const QString path = m_dir.filePath(u"bulk.pdf"_s);
        QList<int> progress;
        const Core::Status written = TotpHandout::writePdf(entries, path, {}, [&](int done, int total) {
            progress.append(done);
            return total == 5;
        });
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(progress, (QList<int> {1, 2, 3, 4, 5}));
        QCOMPARE(fileMode(path), mode_t(0600));
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()
            || QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        QVERIFY(QString::fromUtf8(runTool(u"pdfinfo"_s, {path})).contains(QRegularExpression(u"Pages:\\s+5\\n"_s)));
        for (int page = 1; page <= 5; ++page) {
            const QString p = QString::number(page);
            const QString text = QString::fromUtf8(runTool(u"pdftotext"_s, {u"-f"_s, p, u"-l"_s, p, path, u"-"_s}));
            QVERIFY2(text.contains(entries.at(page - 1).key.account), qPrintable(text));
            QVERIFY(text.contains(entries.at(page - 1).serial));
        }
        if (QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty())
            QSKIP("zbarimg (package zbar-tools) is not installed");
        const QString image = m_dir.filePath(u"page4"_s);
        runTool(u"pdftoppm"_s,
            {u"-f"_s, u"4"_s, u"-l"_s, u"4"_s, u"-r"_s, u"120"_s, u"-png"_s, u"-singlefile"_s, path, image});
        const QString scanned = QString::fromUtf8(runTool(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, image + u".png"_s}));
        QCOMPARE(scanned.trimmed(), Core::OtpauthUri::build(entries.at(3).key).value());
    }

    void writePdf_refusals_data()
    {
        QTest::addColumn<QList<TotpHandoutEntry>>("entries");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("nobody") << QList<TotpHandoutEntry>() << u"nobody"_s;
        QTest::newRow("key without account")
            << QList<TotpHandoutEntry> {entry(QString(), u"S"_s, "k"_ba)} << u"account name is empty"_s;
        // 1200 characters twice: a URI of about 2450 bytes, within the otpauth limit but over a QR code's 2331.
        TotpHandoutEntry big = entry(u"big@x"_s, u"S"_s, QByteArray(20, 'b'));
        big.key.issuer = QString(1200, u'I');
        QTest::newRow("too long for a QR code") << QList<TotpHandoutEntry> {entry(u"ok@x"_s, u"S"_s, "k"_ba), big}
                                                << u"big@x: The text is too long for a QR code"_s;
        TotpHandoutEntry huge = big;
        huge.key.issuer = QString(3000, u'I');
        QTest::newRow("too long for a URI") << QList<TotpHandoutEntry> {huge} << u"too long for an otpauth link"_s;
    }
    void writePdf_refusals()
    {
        QFETCH(QList<TotpHandoutEntry>, entries);
        QFETCH(QString, messagePart);
        const QString path = m_dir.filePath(u"refused.pdf"_s);
        const Core::Status written = TotpHandout::writePdf(entries, path, {});
        QVERIFY(!written);
        QVERIFY2(written.errorMessage().contains(messagePart), qPrintable(written.errorMessage()));
        QVERIFY(!QFile::exists(path));
    }

    void writePdf_cancelLeavesNoFile()
    {
        const QString path = m_dir.filePath(u"cancelled.pdf"_s);
        QList<TotpHandoutEntry> entries;
        for (int i = 0; i < 3; ++i)
            entries.append(entry(u"c%1@x"_s.arg(i), u"S"_s, QByteArray(20, 'c')));
        const Core::Status written = TotpHandout::writePdf(entries, path, {}, [](int done, int) { return done < 2; });
        QVERIFY(!written);
        QVERIFY2(written.errorMessage().contains(u"Cancelled"_s), qPrintable(written.errorMessage()));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestTotpHandout)
#include "tst_totphandout.moc"
