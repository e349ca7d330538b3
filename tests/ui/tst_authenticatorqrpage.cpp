#include "appsettings.h"
#include "auditlog.h"
#include "authenticatorqrdialog.h"
#include "authenticatorqrpage.h"
#include "base32.h"
#include "database.h"
#include "demoseeder.h"
#include "groupdirectory.h"
#include "groupsheetsdialog.h"
#include "otpauthuri.h"
#include "qrcodewidget.h"
#include "testsupport.h"
#include "tokenissuer.h"
#include "totp.h"
#include "userdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Sspr;
using Gui::AuthenticatorQrPage;

namespace {

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

// The text a real QR decoder reads from an image file, or a null string when it cannot run.
QString zbarDecode(const QString &imagePath)
{
    QProcess process;
    process.start(tool(u"zbarimg"_s), {u"--raw"_s, u"-q"_s, imagePath});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
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

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    return p;
}

struct User
{
    qint64 uid = 0;
    QString upn;
};

} // namespace

class TestAuthenticatorQrPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store::Database> m_db;

    qint64 scalar(const QString &sql, const QVariantMap &values = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            q.bindValue(it.key(), it.value());
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    User member(int offset)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT uid, upn FROM users WHERE user_type = 'Member' ORDER BY uid LIMIT 1 OFFSET :o"_s);
        q.bindValue(u":o"_s, offset);
        if (!q.exec() || !q.next())
            return {};
        return {q.value(0).toLongLong(), q.value(1).toString()};
    }

    template<typename T> static T *child(QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qFatal("no child named %s", qPrintable(name));
        return found;
    }

    // The keyboard path: type in the search, arrow to the user, Enter generates.
    static bool generateByKeyboard(AuthenticatorQrPage &page, const QString &upn)
    {
        auto *search = child<QLineEdit>(&page, u"qrUserSearchEdit"_s);
        auto *list = child<QListWidget>(&page, u"qrUserList"_s);
        search->clear();
        QTest::keyClicks(search, upn);
        QListWidgetItem *match = nullptr;
        const bool listed = QTest::qWaitFor([&] {
            const auto items = list->findItems(upn, Qt::MatchContains);
            match = items.isEmpty() ? nullptr : items.constFirst();
            return match != nullptr;
        });
        if (!listed)
            return false;
        QTest::keyClick(search, Qt::Key_Down); // runs a pending search first: look the item up again
        const auto items = list->findItems(upn, Qt::MatchContains);
        if (items.isEmpty() || !list->hasFocus())
            return false;
        list->setCurrentItem(items.constFirst());
        QTest::keyClick(list, Qt::Key_Return);
        return page.hasKey();
    }

    static QString copiedUri(AuthenticatorQrPage &page)
    {
        child<QPushButton>(&page, u"copyUriButton"_s)->click();
        return QGuiApplication::clipboard()->text();
    }

    static QString verifyResult(AuthenticatorQrPage &page, const QString &code)
    {
        auto *edit = child<QLineEdit>(&page, u"verifyCodeEdit"_s);
        edit->clear();
        QTest::keyClicks(edit, code);
        QTest::keyClick(edit, Qt::Key_Return);
        return child<QLabel>(&page, u"verifyResultLabel"_s)->text();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The settings file is the test-mode one, never the developer's.
        QVERIFY2(
            Services::AppSettings().fileName().contains(u"qttest"_s), qPrintable(Services::AppSettings().fileName()));
        m_path = m_dir.filePath(u"qr.sqlite"_s);
        auto db = Store::Database::open(m_path, Store::Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        QVERIFY(Services::seedDemoTenant(*db.value(), 400, 5));
        m_db = std::move(db).value();
    }

    void init()
    {
        Services::AppSettings settings;
        settings.setQrIssuer(QString());
        settings.setQrAutoCloseSeconds(Services::AppSettings::kDefaultQrAutoCloseSeconds);
        settings.sync();
        QGuiApplication::clipboard()->clear();
    }

    void cleanupTestCase()
    {
        Services::AppSettings settings;
        settings.store().remove(u"qr"_s);
    }

    void qrCodeWidget_squareCrispBlackOnWhiteInDarkPalette()
    {
        const auto matrix = Core::QrMatrix::encode(u"otpauth://totp/Contoso:a%40b.c?secret=JBSWY3DPEHPK3PXP"_s);
        QVERIFY(matrix);
        Gui::QrCodeWidget widget;
        widget.setPalette(darkPalette());
        widget.setMatrix(matrix.value());
        widget.resize(300, 220);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QCOMPARE(widget.accessibleName(), u"QR code"_s);
        QVERIFY(widget.hasHeightForWidth());
        QCOMPARE(widget.heightForWidth(300), 300);

        const QImage image = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const int scale = widget.moduleScale();
        QCOMPARE(scale, 220 / (matrix->size() + 2 * Core::QrMatrix::kQuietZone)); // whole pixels, fits the height
        const int side = (matrix->size() + 2 * Core::QrMatrix::kQuietZone) * scale;
        const QPoint origin((image.width() - side) / 2, (image.height() - side) / 2);
        // Every pixel of the symbol and its quiet zone is pure black or pure white, and each module's pixels all
        // have the module's colour.
        for (int y = 0; y < side; ++y) {
            for (int x = 0; x < side; ++x) {
                const int mx = x / scale - Core::QrMatrix::kQuietZone;
                const int my = y / scale - Core::QrMatrix::kQuietZone;
                const QRgb expected = matrix->isDark(mx, my) ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
                if (image.pixel(origin + QPoint(x, y)) != expected)
                    QFAIL(qPrintable(u"pixel %1,%2 of the symbol is %3"_s.arg(x).arg(y).arg(
                        image.pixel(origin + QPoint(x, y)), 8, 16)));
            }
        }
        // Outside the symbol the dark palette shows through.
        QCOMPARE(QColor(image.pixel(0, image.height() / 2)), QColor(0x2b, 0x2b, 0x2b));

        widget.clear();
        QVERIFY(widget.matrix().isNull());
        QCOMPARE(widget.moduleScale(), 0);
    }

    void emptyState_noUserNoKey()
    {
        AuthenticatorQrPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.hasKey());
        QVERIFY(!child<QPushButton>(&page, u"generateButton"_s)->isEnabled());
        for (const QString &name : {u"exportPngButton"_s, u"printButton"_s, u"copySecretButton"_s,
                 u"revealSecretButton"_s, u"verifyCodeEdit"_s})
            QVERIFY2(!child<QWidget>(&page, name)->isEnabled(), qPrintable(name));
        QVERIFY(!child<Gui::QrCodeWidget>(&page, u"qrCodeWidget"_s)->placeholderText().isEmpty());
        QCOMPARE(child<QLineEdit>(&page, u"issuerEdit"_s)->text(), u"Contoso"_s); // the tenant's name by default
        QVERIFY(!page.generate());
        QVERIFY(child<QLabel>(&page, u"qrFeedbackLabel"_s)->text().contains(u"Choose a user"_s));

        auto *search = child<QLineEdit>(&page, u"qrUserSearchEdit"_s);
        QTest::keyClicks(search, u"zzqxv"_s);
        auto *empty = child<QLabel>(&page, u"qrUserEmptyLabel"_s);
        QTRY_VERIFY(empty->text().contains(u"zzqxv"_s));
        QVERIFY(empty->isVisible());
        QCOMPARE(child<QListWidget>(&page, u"qrUserList"_s)->count(), 0);
        QTest::keyClick(search, Qt::Key_Return); // nothing to generate for
        QVERIFY(!page.hasKey());
    }

    void issuer_fromSettingsWhenSet()
    {
        Services::AppSettings().setQrIssuer(u"Contoso IT"_s);
        AuthenticatorQrPage page(*m_db);
        QCOMPARE(child<QLineEdit>(&page, u"issuerEdit"_s)->text(), u"Contoso IT"_s);
    }

    void generate_qrDecodesToUriWhoseSecretVerifiesNow()
    {
        const User user = member(3);
        AuthenticatorQrPage page(*m_db);
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(generateByKeyboard(page, user.upn));
        QVERIFY(child<QLineEdit>(&page, u"verifyCodeEdit"_s)->hasFocus()); // next step: the user's code

        const QString uri = copiedUri(page);
        const auto key = Core::OtpauthUri::parse(uri);
        QVERIFY2(key, qPrintable(key.errorMessage()));
        QCOMPARE(key->account, user.upn);
        QCOMPARE(key->issuer, u"Contoso"_s);
        QCOMPARE(key->secret.size(), 20);
        QVERIFY(key->parameters.isDefault());

        // A code computed for now with the key from the URI is accepted.
        const QString code = Core::Totp::code(key->secret, QDateTime::currentSecsSinceEpoch(), key->parameters);
        const QString result = verifyResult(page, code);
        QVERIFY2(result.contains(u"Accepted"_s), qPrintable(result));

        // What the widget shows decodes, with a real decoder, to exactly that URI.
        if (tool(u"zbarimg"_s).isEmpty())
            QSKIP("zbarimg (package zbar-tools) is not installed");
        auto *qr = child<Gui::QrCodeWidget>(&page, u"qrCodeWidget"_s);
        QVERIFY(qr->moduleScale() >= 2);
        const QString png = m_dir.filePath(u"widget.png"_s);
        QVERIFY(qr->grab().save(png, "PNG"));
        QCOMPARE(zbarDecode(png), uri);
    }

    void verify_oneStepEitherWayAccepted_twoRefused_data()
    {
        QTest::addColumn<int>("steps");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("says");
        QTest::newRow("on time") << 0 << true << u"right codes"_s;
        QTest::newRow("one step behind") << -1 << true << u"30 seconds behind"_s;
        QTest::newRow("one step ahead") << 1 << true << u"30 seconds ahead"_s;
        QTest::newRow("two steps behind") << -2 << false << u"behind"_s;
        QTest::newRow("two steps ahead") << 2 << false << u"ahead"_s;
        QTest::newRow("far off") << 40 << false << u"does not match"_s;
    }

    void verify_oneStepEitherWayAccepted_twoRefused()
    {
        QFETCH(int, steps);
        QFETCH(bool, accepted);
        QFETCH(QString, says);
        const qint64 now = 1'800'000'015; // mid-step, and fixed: no step boundary can fall inside the test
        AuthenticatorQrPage page(*m_db);
        page.setTimeSource([now] { return now; });
        QVERIFY(page.setUser(member(4).uid));
        QVERIFY(page.generate());
        const auto key = Core::OtpauthUri::parse(copiedUri(page));
        QVERIFY(key);
        const QString code = Core::Totp::code(key->secret, now + steps * 30, key->parameters);
        const QString result = verifyResult(page, code);
        QCOMPARE(result.startsWith(u"✓"_s), accepted);
        QCOMPARE(result.startsWith(u"✗ Refused"_s), !accepted);
        QVERIFY2(result.contains(says), qPrintable(result));
    }

    void verify_malformedCodesRefusedWithReason()
    {
        AuthenticatorQrPage page(*m_db);
        QVERIFY(page.setUser(member(5).uid));
        QVERIFY(page.generate());
        QVERIFY(verifyResult(page, u"12345"_s).contains(u"5 digits"_s));
        QVERIFY(verifyResult(page, u"12a456"_s).contains(u"only digits"_s));
        QVERIFY(verifyResult(page, QString()).contains(u"Type the code"_s));
    }

    void secret_hiddenUntilRevealed_clipboardOnlyOnExplicitCopy()
    {
        QGuiApplication::clipboard()->setText(u"before"_s);
        AuthenticatorQrPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.setUser(member(6).uid));
        QVERIFY(page.generate());
        QCOMPARE(QGuiApplication::clipboard()->text(), u"before"_s); // generating copies nothing

        auto *secret = child<QLineEdit>(&page, u"secretEdit"_s);
        auto *reveal = child<QPushButton>(&page, u"revealSecretButton"_s);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        secret->setFocus();
        secret->selectAll();
        QTest::keyClick(secret, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"before"_s); // hidden: Ctrl+C copies nothing
        QVERIFY(child<QLabel>(&page, u"qrFeedbackLabel"_s)->text().contains(u"hidden"_s));

        reveal->click();
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QCOMPARE(reveal->accessibleName(), u"Hide secret"_s);
        const QString shown = secret->text().remove(u' ');
        QCOMPARE(shown.size(), 32); // 160 bits
        QTest::keyClick(secret, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), shown); // revealed: the whole secret, without spaces

        const auto key = Core::OtpauthUri::parse(copiedUri(page));
        QVERIFY(key);
        QCOMPARE(Core::Base32::encode(key->secret), shown);
        reveal->click();
        QCOMPARE(secret->echoMode(), QLineEdit::Password);

        child<QPushButton>(&page, u"copySecretButton"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), shown);
        // Clearing the key also takes it off the clipboard, but leaves what someone else copied since.
        child<QPushButton>(&page, u"clearKeyButton"_s)->click();
        QVERIFY(!page.hasKey());
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(secret->text().isEmpty());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);

        QVERIFY(page.generate());
        child<QPushButton>(&page, u"copyUriButton"_s)->click();
        QGuiApplication::clipboard()->setText(u"something else"_s);
        page.clearKey(AuthenticatorQrPage::ClearReason::Explicit);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"something else"_s);
    }

    void key_clearsItselfAfterTheTimeout()
    {
        Services::AppSettings settings;
        settings.setQrAutoCloseSeconds(1);
        settings.sync();
        AuthenticatorQrPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.setUser(member(7).uid));
        QVERIFY(page.generate());
        auto *countdown = child<QLabel>(&page, u"qrCountdownLabel"_s);
        QVERIFY(countdown->isVisible());
        QVERIFY2(countdown->text().contains(u"0:01"_s), qPrintable(countdown->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!page.hasKey(), 3000);
        QVERIFY(child<QLineEdit>(&page, u"secretEdit"_s)->text().isEmpty());
        QVERIFY(child<Gui::QrCodeWidget>(&page, u"qrCodeWidget"_s)->matrix().isNull());
        QVERIFY(!child<QPushButton>(&page, u"exportPngButton"_s)->isEnabled());
        QVERIFY(!countdown->isVisible());
        QVERIFY(child<QLabel>(&page, u"qrFeedbackLabel"_s)->text().contains(u"cleared after 1 second"_s));
    }

    void key_clearedWhenThePageIsLeft()
    {
        // As in the main window: pages in a stack, the QR page left for another one.
        QStackedWidget stack;
        auto *page = new AuthenticatorQrPage(*m_db, &stack);
        auto *other = new QWidget(&stack);
        stack.addWidget(page);
        stack.addWidget(other);
        stack.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stack));
        QVERIFY(page->isVisible());
        QVERIFY(page->setUser(member(8).uid));
        QVERIFY(page->generate());
        stack.setCurrentWidget(other);
        QVERIFY(!page->hasKey());
        stack.setCurrentWidget(page);
        QVERIFY(child<QLabel>(page, u"qrFeedbackLabel"_s)->text().contains(u"left the page"_s));
    }

    void nonDefaultParameters_warnAndReachTheUri()
    {
        const qint64 now = 1'800'000'100;
        AuthenticatorQrPage page(*m_db);
        page.setTimeSource([now] { return now; });
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *warning = child<QLabel>(&page, u"parameterWarningLabel"_s);
        auto *algorithm = child<QComboBox>(&page, u"algorithmCombo"_s);
        QVERIFY(!warning->isVisible());
        algorithm->setCurrentIndex(algorithm->findText(u"SHA256"_s));
        QVERIFY(warning->isVisible());
        QVERIFY(!warning->text().isEmpty());
        algorithm->setCurrentIndex(0);
        QVERIFY(!warning->isVisible());
        auto *digits = child<QComboBox>(&page, u"digitsCombo"_s);
        auto *period = child<QComboBox>(&page, u"periodCombo"_s);
        digits->setCurrentIndex(digits->findData(8));
        period->setCurrentIndex(period->findData(60));
        QVERIFY(warning->isVisible());

        QVERIFY(page.setUser(member(9).uid));
        period->setFocus();
        QTest::keyClick(period, Qt::Key_Return); // Enter on the settings generates too
        QVERIFY(page.hasKey());
        const QString uri = copiedUri(page);
        QVERIFY2(uri.contains(u"digits=8"_s) && uri.contains(u"period=60"_s), qPrintable(uri));
        const auto key = Core::OtpauthUri::parse(uri);
        QVERIFY(key);
        QCOMPARE(key->parameters.digits, 8);
        QCOMPARE(key->parameters.period, 60);
        const QString result = verifyResult(page, Core::Totp::code(key->secret, now - 60, key->parameters));
        QVERIFY2(result.contains(u"60 seconds behind"_s), qPrintable(result));
    }

    void generate_recordsTokenAndAudit_neverTheSecret()
    {
        const User user = member(10);
        const qint64 tokensBefore = scalar(u"SELECT count(*) FROM oath_tokens"_s);
        QString serial;
        QByteArray secret;
        {
            AuthenticatorQrPage page(*m_db);
            QSignalSpy issued(&page, &AuthenticatorQrPage::tokenIssued);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QVERIFY(generateByKeyboard(page, user.upn));
            QCOMPARE(issued.count(), 1);
            QCOMPARE(issued.at(0).at(0).toString(), user.upn);
            serial = issued.at(0).at(1).toString();
            QVERIFY(serial.startsWith(u"SSPR"_s));
            const auto key = Core::OtpauthUri::parse(copiedUri(page));
            QVERIFY(key);
            secret = key->secret;
            QVERIFY(verifyResult(page, Core::Totp::code(secret, QDateTime::currentSecsSinceEpoch(), {}))
                        .contains(u"Accepted"_s));
            page.clearKey(AuthenticatorQrPage::ClearReason::Explicit);
        }
        QCOMPARE(scalar(u"SELECT count(*) FROM oath_tokens"_s), tokensBefore + 1);
        {
            QSqlQuery q(m_db->connection());
            q.prepare(u"SELECT uid, upn, issuer, algorithm, digits, period, issued_at, issued_by FROM oath_tokens "
                      "WHERE serial = :serial"_s);
            q.bindValue(u":serial"_s, serial);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toLongLong(), user.uid);
            QCOMPARE(q.value(1).toString(), user.upn);
            QCOMPARE(q.value(2).toString(), u"Contoso"_s);
            QCOMPARE(q.value(3).toString(), u"SHA1"_s);
            QCOMPARE(q.value(4).toInt(), 6);
            QCOMPARE(q.value(5).toInt(), 30);
            const QDateTime issuedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
            QVERIFY(qAbs(issuedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
            QCOMPARE(q.value(7).toString(), Store::AuditLog::localActor());
        }
        const QVariantMap where {{u":upn"_s, user.upn}, {u":serial"_s, serial + u"%"_s}};
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'token.issue' AND source = 'console' AND "
                        "target = :upn AND new_value LIKE :serial"_s,
                     where),
            1);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'token.verify' AND target = :upn AND "
                        "new_value LIKE :serial"_s,
                     where),
            1);

        // Nothing of the secret in the store file: read it with every connection closed (an open connection can
        // lose its locks or its view when another descriptor of the file is closed).
        const QByteArray base32 = Core::Base32::encode(secret).toLatin1();
        m_db.reset();
        for (const QString &suffix : {QString(), u"-wal"_s, u"-journal"_s}) {
            const QByteArray bytes = Test::readAll(m_path + suffix);
            QVERIFY2(!bytes.contains(base32), qPrintable(suffix));
            QVERIFY2(!bytes.contains(base32.toLower()), qPrintable(suffix));
            QVERIFY2(!bytes.contains(secret), qPrintable(suffix));
        }
        QVERIFY(!Test::readAll(m_path).isEmpty());
        auto reopened = Store::Database::open(m_path, Store::Database::OpenMode::OpenExisting);
        QVERIFY(reopened);
        m_db = std::move(reopened).value();
    }

    void exportAndPrint_privateFilesThatDecode()
    {
        AuthenticatorQrPage page(*m_db);
        QVERIFY(page.setUser(member(11).uid));
        QVERIFY(page.exportTo(AuthenticatorQrPage::ExportFormat::Png, m_dir.filePath(u"none.png"_s))
                    .errorMessage()
                    .contains(u"generate"_s));
        QVERIFY(page.generate());
        const QString uri = copiedUri(page);
        const QString png = m_dir.filePath(u"key.png"_s), svg = m_dir.filePath(u"key.svg"_s),
                      pdf = m_dir.filePath(u"key.pdf"_s), printed = m_dir.filePath(u"printed.pdf"_s);
        QVERIFY(page.exportTo(AuthenticatorQrPage::ExportFormat::Png, png));
        QVERIFY(page.exportTo(AuthenticatorQrPage::ExportFormat::Svg, svg));
        QVERIFY(page.exportTo(AuthenticatorQrPage::ExportFormat::Pdf, pdf));
        for (const QString &file : {png, svg, pdf})
            QCOMPARE(fileMode(file), mode_t(0600));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        QVERIFY(page.printTo(printer));
        QVERIFY(Test::readAll(printed).startsWith("%PDF"));

        if (tool(u"zbarimg"_s).isEmpty())
            QSKIP("zbarimg (package zbar-tools) is not installed");
        QCOMPARE(zbarDecode(png), uri);
        QCOMPARE(zbarDecode(svg), uri);
        if (tool(u"pdftoppm"_s).isEmpty())
            QSKIP("pdftoppm (package poppler-utils) is not installed");
        for (const QString &file : {pdf, printed}) {
            const QString stem = file + u"-page"_s;
            QProcess render;
            render.start(tool(u"pdftoppm"_s), {u"-r"_s, u"150"_s, u"-png"_s, u"-singlefile"_s, file, stem});
            QVERIFY(render.waitForFinished(60000));
            QCOMPARE(zbarDecode(stem + u".png"_s), uri);
        }
    }

    void groupSheets_writeBothFilesAndRecordEveryToken_cancelLeavesNothing()
    {
        // A small group with a few members who can get a token (nested groups included; guests are left out).
        auto groups = Store::GroupDirectory(*m_db).search(QString(), 500);
        QVERIFY(groups);
        Store::GroupRow group;
        qsizetype expected = 0;
        for (const Store::GroupRow &row : groups.value()) {
            auto members = Services::TokenIssuer(*m_db, {}, u"test"_s).groupMembers(row.gid);
            QVERIFY(members);
            expected = std::count_if(
                members->cbegin(), members->cend(), [](const Services::TokenRecipient &r) { return !r.guest; });
            if (expected >= 3 && expected <= 30) {
                group = row;
                break;
            }
        }
        QVERIFY(group.gid > 0);
        const qint64 tokensBefore = scalar(u"SELECT count(*) FROM oath_tokens"_s);
        const QString pdf = m_dir.filePath(u"sheets.pdf"_s), csv = m_dir.filePath(u"tokens.csv"_s);

        Gui::GroupSheetsDialog dialog(*m_db, u"Contoso"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *create = child<QPushButton>(&dialog, u"createSheetsButton"_s);
        QVERIFY(!create->isEnabled()); // no group yet
        auto *search = child<QLineEdit>(&dialog, u"groupSearchEdit"_s);
        QTest::keyClicks(search, group.displayName);
        auto *list = child<QListWidget>(&dialog, u"groupList"_s);
        QTRY_VERIFY(!list->findItems(group.displayName, Qt::MatchStartsWith).isEmpty());
        list->setCurrentItem(list->findItems(group.displayName, Qt::MatchStartsWith).constFirst());
        QVERIFY(child<QLabel>(&dialog, u"groupMembersLabel"_s)->text().contains(group.displayName));
        QVERIFY(child<QLineEdit>(&dialog, u"pdfPathEdit"_s)->text().endsWith(u".pdf"_s)); // suggested
        dialog.setOutputPaths(pdf, csv);
        QVERIFY(create->isEnabled());

        // Cancel in the progress dialog: no file, no record.
        bool sawProgress = false;
        QTimer::singleShot(0, this, [&] {
            if (auto *progress = dialog.findChild<QProgressDialog *>(u"sheetsProgressDialog"_s)) {
                sawProgress = progress->isVisible();
                progress->cancel();
            }
        });
        create->click();
        QVERIFY(sawProgress);
        QVERIFY(dialog.isVisible());
        QVERIFY2(child<QLabel>(&dialog, u"sheetsFeedbackLabel"_s)->text().contains(u"Cancelled"_s),
            qPrintable(child<QLabel>(&dialog, u"sheetsFeedbackLabel"_s)->text()));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!QFile::exists(csv));
        QCOMPARE(scalar(u"SELECT count(*) FROM oath_tokens"_s), tokensBefore);

        // Again, to the end.
        create->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.summary().contains(group.displayName));
        QCOMPARE(fileMode(pdf), mode_t(0600));
        QCOMPARE(fileMode(csv), mode_t(0600));
        QVERIFY(Test::readAll(pdf).startsWith("%PDF"));
        const QStringList lines = QString::fromUtf8(Test::readAll(csv)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.constFirst(), u"upn,serial number,secret key,time interval,manufacturer,model"_s);
        QCOMPARE(lines.size() - 1, expected);
        QCOMPARE(scalar(u"SELECT count(*) FROM oath_tokens"_s), tokensBefore + expected);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList fields = lines.at(i).split(u',');
            QCOMPARE(fields.size(), 6);
            QCOMPARE(scalar(u"SELECT count(*) FROM oath_tokens WHERE upn = :upn AND serial = :serial AND "
                            "issued_by = :by"_s,
                         {{u":upn"_s, fields.at(0)}, {u":serial"_s, fields.at(1)},
                             {u":by"_s, Store::AuditLog::localActor()}}),
                1);
            QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'token.issue' AND target = :upn AND "
                            "new_value LIKE :serial"_s,
                         {{u":upn"_s, fields.at(0)}, {u":serial"_s, fields.at(1) + u"%"_s}}),
                1);
            QCOMPARE(Core::Base32::decode(fields.at(2))->size(), 20);
        }
    }

    void userDialog_opensTheQrDialogForThatUser()
    {
        const User user = member(12);
        Gui::UserDialog userDialog(*m_db, user.uid);
        userDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&userDialog));
        bool seen = false;
        bool searchHidden = false;
        bool generated = false;
        QString shownUser;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<Gui::AuthenticatorQrDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                if (QWidget *other = QApplication::activeModalWidget())
                    other->close();
                return;
            }
            // Whatever happens below, the modal dialog is closed, so a failure fails instead of hanging.
            const auto closeIt = qScopeGuard([dialog] { dialog->reject(); });
            seen = true;
            searchHidden = !dialog->findChild<QLineEdit *>(u"qrUserSearchEdit"_s)->isVisible();
            shownUser = dialog->findChild<QLabel *>(u"qrSelectedUserLabel"_s)->text();
            auto *issuer = dialog->findChild<QLineEdit *>(u"issuerEdit"_s);
            issuer->setFocus();
            QTest::keyClick(issuer, Qt::Key_Return); // Enter generates
            generated = dialog->page()->hasKey() && dialog->isVisible();
        });
        child<QPushButton>(&userDialog, u"authenticatorQrButton"_s)->click();
        QVERIFY(seen);
        QVERIFY(searchHidden);
        QVERIFY2(shownUser.contains(user.upn), qPrintable(shownUser));
        QVERIFY(generated);
        QVERIFY(!QApplication::activeModalWidget());
    }
};

QTEST_MAIN(TestAuthenticatorQrPage)
#include "tst_authenticatorqrpage.moc"
