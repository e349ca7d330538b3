#include "base32.h"
#include "otpauthuri.h"
#include "qrmatrix.h"
#include "qrrenderer.h"
#include "testsupport.h"
#include "totp.h"
#include "totphandout.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Sspr;
using Services::QrRenderer;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput()};
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

Core::QrMatrix matrixOf(const QString &text)
{
    return Core::QrMatrix::encode(text).value();
}

// The modules an SVG of ours paints, read back from its path data ("Mx,yhNv1h-Nz" runs).
QList<QPoint> svgModules(const QByteArray &svg, int *viewBoxSide)
{
    QList<QPoint> modules;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"svg"_s) {
            const QStringList box = xml.attributes().value(u"viewBox"_s).toString().split(u' ');
            *viewBoxSide = box.size() == 4 ? box.at(2).toInt() : -1;
        }
        if (xml.isStartElement() && xml.name() == u"path"_s) {
            const QString d = xml.attributes().value(u"d"_s).toString();
            for (const QString &run : d.split(u'z', Qt::SkipEmptyParts)) {
                // M x , y h N v1 h -N
                const QStringList parts = run.mid(1).split(QRegularExpression(u"[,hv]"_s));
                if (parts.size() < 3)
                    return {};
                const int x = parts.at(0).toInt(), y = parts.at(1).toInt(), n = parts.at(2).toInt();
                for (int i = 0; i < n; ++i)
                    modules.append(QPoint(x + i, y));
            }
        }
        if (xml.hasError())
            return {};
    }
    return modules;
}

} // namespace

class TestQrRenderer final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_zbarimg;

    // Decodes an image file with zbar, the way a phone would read it.
    QString decode(const QString &path, int *exitCode = nullptr)
    {
        const Run r = run(m_zbarimg, {u"--raw"_s, u"-q"_s, path});
        if (exitCode)
            *exitCode = r.code;
        return QString::fromUtf8(r.out).trimmed();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
    }

    void moduleScale_data()
    {
        QTest::addColumn<int>("pixels");
        QTest::addColumn<int>("expected");
        // A version 1 symbol: 21 modules + 2 × 4 quiet = 29.
        QTest::newRow("exact") << 29 << 1;
        QTest::newRow("just below two") << 57 << 1;
        QTest::newRow("two") << 58 << 2;
        QTest::newRow("512") << 512 << 17;
        QTest::newRow("too small") << 10 << 1;
        QTest::newRow("zero") << 0 << 1;
    }
    void moduleScale()
    {
        QFETCH(int, pixels);
        QFETCH(int, expected);
        const Core::QrMatrix m = matrixOf(u"HELLO"_s);
        QCOMPARE(m.size(), 21);
        QCOMPARE(QrRenderer::sideInModules(m), 29);
        QCOMPARE(QrRenderer::moduleScale(m, pixels), expected);
    }

    // Every module is a uniform square of whole pixels, pure black or white, inside a white 4-module margin.
    void toImage_isCrisp_data()
    {
        QTest::addColumn<int>("pixels");
        QTest::newRow("tiny") << 10;
        QTest::newRow("100") << 100;
        QTest::newRow("256") << 256;
        QTest::newRow("512") << 512;
        QTest::newRow("1000") << 1000;
    }
    void toImage_isCrisp()
    {
        QFETCH(int, pixels);
        const Core::QrMatrix m = matrixOf(u"otpauth://totp/Contoso:kim%40contoso.com?secret=MZXW6YTBOI"_s);
        const QImage image = QrRenderer::toImage(m, pixels);
        const int scale = QrRenderer::moduleScale(m, pixels);
        const int side = QrRenderer::sideInModules(m);
        QCOMPARE(image.width(), side * scale);
        QCOMPARE(image.height(), side * scale);
        QVERIFY(image.width() <= qMax(pixels, side));
        for (int y = 0; y < image.height(); ++y) {
            const uchar *line = image.constScanLine(y);
            for (int x = 0; x < image.width(); ++x) {
                const bool dark
                    = m.isDark(x / scale - Core::QrMatrix::kQuietZone, y / scale - Core::QrMatrix::kQuietZone);
                if (line[x] != (dark ? 0x00 : 0xff))
                    QFAIL(qPrintable(u"pixel %1,%2 is %3"_s.arg(x).arg(y).arg(line[x])));
            }
        }
    }

    void paint_centresAtWholeUnits()
    {
        const Core::QrMatrix m = matrixOf(u"HELLO"_s);
        QImage canvas(400, 300, QImage::Format_Grayscale8);
        canvas.fill(0x80);
        QPainter painter(&canvas);
        const QRect drawn = QrRenderer::paint(painter, m, QRect(0, 0, 400, 300));
        painter.end();
        QCOMPARE(drawn.width(), 29 * 10); // 300 / 29 = 10 units per module
        QCOMPARE(drawn.height(), drawn.width());
        QCOMPARE(drawn.center(), QRect(0, 0, 400, 300).center());
        QCOMPARE(canvas.copy(drawn), QrRenderer::toImage(m, 290));
        QCOMPARE(qGray(canvas.pixel(0, 0)), 0x80); // outside the symbol untouched
    }

    // The PNG file is private and a real QR decoder reads back the exact URI.
    void png_decodesToExactUri_data()
    {
        QTest::addColumn<QString>("uri");
        const QByteArray secret = "12345678901234567890"_ba;
        auto uri = [&](const QString &issuer, const QString &account, Core::TotpParameters p) {
            return Core::OtpauthUri::build({issuer, account, secret, p}).value();
        };
        QTest::newRow("defaults") << uri(u"Contoso"_s, u"alice@contoso.com"_s, {});
        QTest::newRow("awkward names") << uri(u"Müller & Söhne: IT"_s, u"jürgen groß@müller.de"_s, {});
        QTest::newRow("non-defaults") << uri(u"Contoso"_s, u"b@x"_s, {Core::OtpAlgorithm::Sha512, 8, 60});
        QTest::newRow("long issuer") << uri(QString(400, u'I'), u"c@x"_s, {});
    }
    void png_decodesToExactUri()
    {
        QFETCH(QString, uri);
        if (m_zbarimg.isEmpty())
            QSKIP("zbarimg (package zbar-tools) is not installed");
        const QString path = m_dir.filePath(u"%1.png"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(QrRenderer::writePng(matrixOf(uri), path, 400));
        QCOMPARE(fileMode(path), mode_t(0600));
        QCOMPARE(QImage(path).format() == QImage::Format_Invalid, false);
        QCOMPARE(decode(path), uri);
    }

    // The key read from the printed QR code makes the same codes as oath-toolkit.
    void png_secretMatchesOathtool()
    {
        if (m_zbarimg.isEmpty())
            QSKIP("zbarimg (package zbar-tools) is not installed");
        const QString oathtool = QStandardPaths::findExecutable(u"oathtool"_s);
        if (oathtool.isEmpty())
            QSKIP("oathtool is not installed");
        const QByteArray secret = QByteArray::fromHex("3132333435363738393031323334353637383930a1b2c3d4");
        const QString uri = Core::OtpauthUri::build({u"Contoso"_s, u"d@x"_s, secret, {}}).value();
        const QString path = m_dir.filePath(u"oathtool.png"_s);
        QVERIFY(QrRenderer::writePng(matrixOf(uri), path));
        const auto scanned = Core::OtpauthUri::parse(decode(path));
        QVERIFY2(scanned, qPrintable(scanned.errorMessage()));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const Run r = run(oathtool,
            {u"--totp"_s, u"-b"_s, u"-N"_s, u"@"_s + QString::number(now),
                Core::Base32::encode(scanned.value().secret)});
        QCOMPARE(r.code, 0);
        QCOMPARE(Core::Totp::code(scanned.value().secret, now, scanned.value().parameters),
            QString::fromLatin1(r.out).trimmed());
        QCOMPARE(Core::Totp::verify(secret, QString::fromLatin1(r.out), now, {}), std::optional<int>(0));
    }

    void svg_modulesMatchAndDecode()
    {
        const QString uri = u"otpauth://totp/Contoso:e%40x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Contoso"_s;
        const Core::QrMatrix m = matrixOf(uri);
        const QByteArray svg = QrRenderer::toSvg(m, 300);
        QVERIFY(!svg.contains("otpauth") && !svg.contains("GEZDGNBV")); // no secret in clear
        QVERIFY(svg.contains("shape-rendering=\"crispEdges\""));
        int side = 0;
        const QList<QPoint> modules = svgModules(svg, &side);
        QCOMPARE(side, QrRenderer::sideInModules(m));
        QSet<QPoint> painted(modules.cbegin(), modules.cend());
        QCOMPARE(painted.size(), modules.size()); // runs never overlap
        int dark = 0;
        for (int y = 0; y < m.size(); ++y) {
            for (int x = 0; x < m.size(); ++x) {
                const bool inSvg = painted.contains(QPoint(x + 4, y + 4));
                QCOMPARE(inSvg, m.isDark(x, y));
                dark += m.isDark(x, y);
            }
        }
        QCOMPARE(modules.size(), dark);

        const QString path = m_dir.filePath(u"code.svg"_s);
        QVERIFY(QrRenderer::writeSvg(m, path, 300));
        QCOMPARE(fileMode(path), mode_t(0600));
        QCOMPARE(Test::readAll(path), svg);
        if (m_zbarimg.isEmpty())
            QSKIP("zbarimg (package zbar-tools) is not installed");
        int code = 0;
        const QString decoded = decode(path, &code);
        if (code == 1 || code == 2)
            QSKIP("this zbarimg cannot read SVG (its ImageMagick has no SVG delegate)");
        QCOMPARE(decoded, uri);
    }

    // One page: QR code that scans to the URI, the account, issuer and instructions, and the key only when asked.
    void pdfHandout_data()
    {
        QTest::addColumn<bool>("includeSecret");
        QTest::newRow("secret only in the QR code") << false;
        QTest::newRow("secret printed on request") << true;
    }
    void pdfHandout()
    {
        QFETCH(bool, includeSecret);
        Services::TotpHandoutEntry entry;
        entry.displayName = u"Jürgen Groß"_s;
        entry.key = {u"Contoso Ltd"_s, u"juergen.gross@contoso.com"_s, "12345678901234567890"_ba, {}};
        entry.serial = u"SSPR000000000042"_s;
        entry.issuedAt = QDateTime(QDate(2026, 11, 25), QTime(9, 30), QTimeZone::utc());
        Services::TotpHandoutOptions options;
        options.includeSecret = includeSecret;
        options.issuedBy = u"helpdesk"_s;
        const QString path = m_dir.filePath(includeSecret ? u"with.pdf"_s : u"without.pdf"_s);
        const Core::Status written = QrRenderer::writePdfHandout(entry, path, options);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(fileMode(path), mode_t(0600));
        QVERIFY(Test::readAll(path).startsWith("%PDF-"));

        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
        const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
        if (pdftotext.isEmpty() || pdftoppm.isEmpty() || pdfinfo.isEmpty())
            QSKIP("poppler-utils (pdftotext, pdftoppm, pdfinfo) is not installed");
        QVERIFY(QString::fromUtf8(run(pdfinfo, {path}).out).contains(QRegularExpression(u"Pages:\\s+1\\n"_s)));
        const QString text = QString::fromUtf8(run(pdftotext, {path, u"-"_s}).out);
        for (const QString &expected : {entry.displayName, entry.key.account, entry.key.issuer, entry.serial,
                 u"Set up your authenticator app"_s, u"6 digits, new every 30 seconds"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        const QString secret = Core::Base32::encode(entry.key.secret); // GEZDGNBV...
        QCOMPARE(text.contains(u"GEZD GNBV GY3T QOJQ"_s), includeSecret);
        QVERIFY(!text.contains(secret)); // never in one piece: grouped when printed
        QVERIFY(!Test::readAll(path).contains(secret.toLatin1()));

        if (m_zbarimg.isEmpty())
            QSKIP("zbarimg (package zbar-tools) is not installed");
        const QString prefix = m_dir.filePath(u"page"_s);
        QCOMPARE(run(pdftoppm, {u"-r"_s, u"150"_s, u"-png"_s, u"-singlefile"_s, path, prefix}).code, 0);
        QCOMPARE(decode(prefix + u".png"_s), Core::OtpauthUri::build(entry.key).value());
    }

    void writeFailures_nameTheFile()
    {
        const Core::QrMatrix m = matrixOf(u"x"_s);
        const QString missing = m_dir.filePath(u"no/such/folder/x.png"_s);
        const Core::Status png = QrRenderer::writePng(m, missing);
        QVERIFY(!png);
        QVERIFY2(png.errorMessage().contains(u"x.png"_s), qPrintable(png.errorMessage()));
        QVERIFY(!QrRenderer::writeSvg(m, QString()));
        QVERIFY(!QrRenderer::writePng(Core::QrMatrix(), m_dir.filePath(u"null.png"_s)));
        QVERIFY(!QFile::exists(m_dir.filePath(u"null.png"_s)));
    }

    void write_replacesOpenFileWithPrivateOne()
    {
        const QString path = m_dir.filePath(u"replace.png"_s);
        QVERIFY(Test::writeAll(path, "old"));
        QVERIFY(QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(fileMode(path), mode_t(0644));
        QVERIFY(QrRenderer::writePng(matrixOf(u"y"_s), path));
        QCOMPARE(fileMode(path), mode_t(0600));
        QVERIFY(Test::readAll(path).startsWith("\x89PNG"));
    }
};

QTEST_MAIN(TestQrRenderer)
#include "tst_qrrenderer.moc"
