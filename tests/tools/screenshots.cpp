// Renders the console's pages to PNG files, to look at what we build (light/dark palette, language, scale):
//   sspr_screenshots --db STORE --out DIR [--dark] [--lang de]
// Run under Xvfb or with QT_QPA_PLATFORM=offscreen. Not a test: it asserts nothing.
#include "addmethoddialog.h"
#include "connectdialog.h"
#include "connectflow.h"
#include "devicecodedialog.h"
#include "fakegraphserver.h"
#include "graphsession.h"
#include "outboxchange.h"
#include "outboxrepository.h"
#include "storelocator.h"
#include "authenticatorqrdialog.h"
#include "authenticatorqrpage.h"
#include "creategroupdialog.h"
#include "database.h"
#include "demotenant.h"
#include "enrollmentservice.h"
#include "grouppickerdialog.h"
#include "importpage.h"
#include "groupsheetsdialog.h"
#include "mainwindow.h"
#include "otpauthuri.h"
#include "policyeditor.h"
#include "predefinedquestionsdialog.h"
#include "reviewchangesdialog.h"
#include "totp.h"
#include "translator.h"
#include "userdialog.h"
#include "userdirectory.h"
#include "userspage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QDeadlineTimer>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace Qt::StringLiterals;
using Sspr::Gui::MainWindow;

namespace {
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

void save(QWidget *w, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    w->grab().save(dir + u'/' + name + u".png"_s);
}

// A blade page's whole body, scrolled parts included.
void saveBody(QWidget *page, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    if (auto *body = page->findChild<QWidget *>(u"bladeBody"_s))
        body->grab().save(dir + u'/' + name + u".png"_s);
}

// Shows a dialog without exec(), lets it lay out, saves it and closes it.
void saveDialog(QDialog *dialog, const QString &dir, const QString &name)
{
    dialog->show();
    (void)QTest::qWaitForWindowExposed(dialog);
    QTest::qWait(50);
    save(dialog, dir, name);
    dialog->close();
}

// The Password reset blade: rule notes, the save bar, the dialogs and the audit log.
void bladeShots(MainWindow &window, Sspr::Store::Database &db, const QString &out)
{
    using namespace Sspr::Gui;
    auto *editor = window.findChild<PolicyEditor *>();

    // Properties: Selected without a group, the error beside the control and in the bar.
    window.showPage(MainWindow::Page::Properties);
    editor->update([](Sspr::Core::SsprPolicy &p) {
        p.enablement = Sspr::Core::SsprEnablement::Selected;
        p.groupId.clear();
    });
    QTest::qWait(50);
    save(&window, out, u"blade-properties-error"_s);
    editor->discard();

    // Authentication methods: security questions on, reset above register, the Authenticator alone.
    window.showPage(MainWindow::Page::AuthenticationMethods);
    auto *methods = window.pageWidget(MainWindow::Page::AuthenticationMethods);
    saveBody(methods, out, u"blade-methods-full"_s);
    editor->update([](Sspr::Core::SsprPolicy &p) {
        p.securityQuestions = true;
        p.questionsToReset = 4;
        p.email = false;
        p.mobilePhone = false;
    });
    QTest::qWait(50);
    save(&window, out, u"blade-methods-errors"_s);
    saveBody(methods, out, u"blade-methods-errors-full"_s);
    editor->discard();

    // Migration complete: the banner and the checkboxes as a view.
    editor->updateMethods([](Sspr::Core::AuthMethodsPolicy &p) {
        p.policyMigrationState = Sspr::Core::PolicyMigrationState::MigrationComplete;
    });
    QTest::qWait(50);
    saveBody(methods, out, u"blade-methods-migrated-full"_s);
    editor->discard();

    // Registration with a forbidden change; Customization with a bad link; On-premises with warnings.
    window.showPage(MainWindow::Page::Registration);
    editor->update([](Sspr::Core::SsprPolicy &p) {
        p.reconfirmDays = 90;
        p.registrationRequired = false;
    });
    QTest::qWait(50);
    save(&window, out, u"blade-registration-error"_s);
    editor->discard();
    window.showPage(MainWindow::Page::Customization);
    editor->update([](Sspr::Core::SsprPolicy &p) {
        p.customizeHelpdeskLink = true;
        p.helpdeskEmailOrUrl = u"helpdesk at contoso"_s;
    });
    QTest::qWait(50);
    save(&window, out, u"blade-customization-error"_s);
    editor->discard();
    window.showPage(MainWindow::Page::OnPremisesIntegration);
    editor->update([](Sspr::Core::SsprPolicy &p) {
        p.writebackEnabled = false;
        p.unlockWithoutReset = true;
        p.notifyUsers = false;
    });
    QTest::qWait(50);
    save(&window, out, u"blade-onpremises-warning"_s);
    window.showPage(MainWindow::Page::Notifications);
    QTest::qWait(50);
    save(&window, out, u"blade-notifications-warning"_s);
    editor->discard();

    // Dialogs.
    {
        GroupPickerDialog picker(db, &window);
        picker.findChild<QLineEdit *>(u"groupSearchEdit"_s)->setText(u"sales"_s);
        picker.search();
        saveDialog(&picker, out, u"dialog-group-picker"_s);
    }
    {
        CreateGroupDialog create(db, &window);
        create.setDisplayName(u"SSPR Pilot"_s);
        auto *nickname = create.findChild<QLineEdit *>(u"groupNicknameEdit"_s);
        nickname->setText(u"sspr pilot"_s);
        emit nickname->textEdited(nickname->text());
        saveDialog(&create, out, u"dialog-create-group"_s);
    }
    {
        const Sspr::Core::DemoTenantGenerator generator(0, 0);
        PredefinedQuestionsDialog predefined(generator.predefinedQuestions().mid(5), 15, &window);
        saveDialog(&predefined, out, u"dialog-predefined-questions"_s);
    }
    editor->update([](Sspr::Core::SsprPolicy &p) {
        p.methodsRequired = 2;
        p.enablement = Sspr::Core::SsprEnablement::All;
    });
    editor->updateMethods([](Sspr::Core::AuthMethodsPolicy &p) {
        p.ensureConfiguration(Sspr::Core::AuthMethodKind::Sms).enabled = false;
    });
    {
        ReviewChangesDialog review(editor, &window);
        saveDialog(&review, out, u"dialog-review-changes"_s);
    }
    // Save for real (on the copy), so the audit log has entries.
    if (const auto saved = editor->save(); !saved)
        qWarning("not saved: %s", qPrintable(saved.errorMessage()));
    editor->discard(); // never leave the blade with changes: that would ask
    window.showPage(MainWindow::Page::AuditLog);
    QTest::qWait(100);
    save(&window, out, u"blade-audit-log"_s);
}

// Authenticator QR: the page after Generate (secret hidden, then revealed with a checked code and non-default
// parameters), the dialog opened from a user's page, the group sheets dialog, and a PDF handout to look at.
void qrShots(MainWindow &window, Sspr::Store::Database &db, const QString &out)
{
    using Sspr::Gui::AuthenticatorQrPage;
    window.showPage(MainWindow::Page::AuthenticatorQr);
    auto *page = qobject_cast<AuthenticatorQrPage *>(window.pageWidget(MainWindow::Page::AuthenticatorQr));
    if (!page)
        return;
    QTest::qWait(50);
    save(&window, out, u"qr-page-empty"_s);
    auto *search = page->findChild<QLineEdit *>(u"qrUserSearchEdit"_s);
    search->setText(u"ma"_s);
    QTest::qWait(200);
    auto *list = page->findChild<QListWidget *>(u"qrUserList"_s);
    list->setCurrentRow(qMin(2, list->count() - 1));
    page->generate();
    save(&window, out, u"qr-page-generated"_s);

    // A code from the phone one step behind: accepted, with the clock note.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    page->setTimeSource([now] { return now; });
    page->findChild<QPushButton *>(u"revealSecretButton"_s)->click();
    page->findChild<QPushButton *>(u"copyUriButton"_s)->click();
    if (const auto key = Sspr::Core::OtpauthUri::parse(QGuiApplication::clipboard()->text())) {
        auto *code = page->findChild<QLineEdit *>(u"verifyCodeEdit"_s);
        code->setText(Sspr::Core::Totp::code(key->secret, now - 30, key->parameters));
        QTest::keyClick(code, Qt::Key_Return);
    }
    save(&window, out, u"qr-page-revealed-verified"_s);
    page->exportTo(AuthenticatorQrPage::ExportFormat::Pdf, out + u"/qr-handout.pdf"_s);

    auto *algorithm = page->findChild<QComboBox *>(u"algorithmCombo"_s);
    algorithm->setCurrentIndex(algorithm->findText(u"SHA256"_s));
    auto *digits = page->findChild<QComboBox *>(u"digitsCombo"_s);
    digits->setCurrentIndex(digits->findData(8));
    page->generate();
    save(&window, out, u"qr-page-nondefault"_s);
    algorithm->setCurrentIndex(0);
    digits->setCurrentIndex(0);
    page->clearKey(AuthenticatorQrPage::ClearReason::Explicit);

    // Opened from a user's page.
    Sspr::Store::UserFilter filter;
    auto rows = Sspr::Store::UserDirectory(db).page(filter, {}, 5);
    if (rows && !rows->isEmpty()) {
        Sspr::Gui::AuthenticatorQrDialog dialog(db, rows->constLast().uid);
        dialog.show();
        (void)QTest::qWaitForWindowExposed(&dialog);
        dialog.page()->generate();
        save(&dialog, out, u"qr-dialog"_s);
        dialog.close();
    }

    Sspr::Gui::GroupSheetsDialog sheets(db, u"Contoso"_s);
    sheets.show();
    (void)QTest::qWaitForWindowExposed(&sheets);
    save(&sheets, out, u"qr-group-sheets-empty"_s);
    sheets.findChild<QLineEdit *>(u"groupSearchEdit"_s)->setText(u"finance"_s);
    QTest::qWait(200);
    if (auto *groups = sheets.findChild<QListWidget *>(u"groupList"_s); groups && groups->count() > 0)
        groups->setCurrentRow(0);
    save(&sheets, out, u"qr-group-sheets"_s);
    sheets.close();
}
// The import wizard: the empty source step, the columns found, a preview with a row of every class, the decisions
// of "ask", the progress and the result.
void importShots(MainWindow &window, Sspr::Store::Database &db, const QString &out)
{
    using Sspr::Gui::ImportPage;
    auto waitFor = [](const std::function<bool()> &done) {
        for (int i = 0; i < 600 && !done(); ++i)
            QTest::qWait(50);
    };
    QSqlQuery q(db.connection());
    auto upns = [&](const QString &sql) {
        QStringList list;
        q.exec(sql);
        while (q.next())
            list << q.value(0).toString();
        return list;
    };
    const QStringList without = upns(u"SELECT upn FROM users u WHERE usage_location = 'US' AND NOT EXISTS (SELECT 1 "
                                     "FROM user_methods m WHERE m.uid = u.uid AND m.type IN ('mobile', "
                                     "'alternateMobile')) ORDER BY uid LIMIT 8"_s);
    const QStringList with = upns(u"SELECT u.upn || ',' || m.value FROM users u JOIN user_methods m ON m.uid = u.uid "
                                  "WHERE m.type = 'mobile' ORDER BY u.uid LIMIT 4"_s);
    const QStringList shared = upns(u"SELECT value FROM user_methods WHERE type = 'mobile' GROUP BY phone_digits "
                                    "HAVING count(*) > 1 LIMIT 1"_s);
    if (without.size() < 8 || with.size() < 4)
        return;
    QByteArray csv = "UPN,Mobile,Alternate mobile,Country\r\n";
    csv += without.at(0).toUtf8() + ",+1 (425) 555-0140,,\r\n"; // will add
    csv += without.at(1).toUtf8() + ",0170 1234567,,DE\r\n"; // will add, national format + country
    csv += with.at(0).section(u',', 0, 0).toUtf8() + ",+1 425 555 0141,,\r\n"; // will update
    csv += with.at(1).toUtf8() + ",,\r\n"; // already set
    csv += u"%1x@contoso.com,+1 425 555 0142,,\r\n"_s.arg(without.at(2).section(u'@', 0, 0)).toUtf8(); // unknown
    csv += without.at(3).toUtf8() + ",+49 170 12,,\r\n"; // invalid number
    csv += without.at(0).toUtf8() + ",+1 425 555 0143,,\r\n"; // duplicate row
    if (!shared.isEmpty())
        csv += without.at(4).toUtf8() + "," + shared.constFirst().toUtf8() + ",,\r\n"; // shared number
    csv += without.at(5).toUtf8() + ",+1 425 555 0144 x12,,\r\n"; // rule: extension on a mobile
    csv += without.at(6).toUtf8() + ",,+1 425 555 0145,\r\n"; // rule: alternate without mobile
    csv += "\"=HYPERLINK(\"\"http://example.invalid\"\")\",+1 425 555 0146,,\r\n"; // a formula as a user name
    QTemporaryDir dir;
    const QString file = dir.filePath(u"contoso-phones.csv"_s);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
        return;
    f.close();

    window.showPage(MainWindow::Page::Import);
    auto *page = window.findChild<ImportPage *>();
    QTest::qWait(50);
    save(&window, out, u"import-source"_s);
    page->loadFile(file);
    QTest::qWait(50);
    save(&window, out, u"import-mapping"_s);
    page->checkRows();
    waitFor([page] { return page->step() == ImportPage::Step::Preview; });
    save(&window, out, u"import-preview"_s);
    auto *policy = page->findChild<QComboBox *>(u"existingPolicyCombo"_s);
    policy->setCurrentIndex(policy->findData(int(Sspr::Services::ExistingPolicy::Ask)));
    QTest::qWait(50);
    save(&window, out, u"import-preview-ask"_s);
    page->findChild<QPushButton *>(u"replaceAllButton"_s)->click();
    if (auto *unknown = page->findChild<QToolButton *>(u"filter_unknownUserButton"_s))
        unknown->click();
    QTest::qWait(50);
    save(&window, out, u"import-preview-filtered"_s);
    if (auto *all = page->findChild<QToolButton *>(u"filterAllButton"_s))
        all->click();
    // One row per batch, paused after the first: the progress step as a person sees it mid-run.
    page->setBatchSize(1);
    page->findChild<QPushButton *>(u"applyButton"_s)->click();
    QApplication::processEvents();
    if (page->runner())
        page->runner()->pause();
    QTest::qWait(50);
    save(&window, out, u"import-progress-paused"_s);
    if (page->runner())
        page->runner()->start();
    waitFor([page] { return page->step() == ImportPage::Step::Result; });
    save(&window, out, u"import-result"_s);
}
} // namespace

// A Graph profile against the in-process fake Graph server: the connect dialog (empty, filled, refused URL), the
// device-code prompt, the header while a sync runs and after it, and the Outbox page with waiting, failed and
// conflicting changes. Needs a Secret Service (run under dbus-run-session with gnome-keyring).
bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition() && !deadline.hasExpired())
        QTest::qWait(20);
    return condition();
}

int graphShots(const QString &out)
{
    Sspr::FakeGraph::Options options;
    options.users = 5000;
    options.groups = 60;
    options.latencyMs = 150; // slow enough to catch the sync under way
    options.clientSecret = u"screenshot-secret"_s;
    Sspr::FakeGraph::Server server(options);
    if (!server.start())
        qFatal("fake Graph server did not start");

    {
        Sspr::Gui::ConnectDialog empty;
        saveDialog(&empty, out, u"connect-empty"_s);
    }
    Sspr::Gui::ConnectDialog dialog;
    Sspr::Gui::installConnector(dialog);
    dialog.findChild<QLineEdit *>(u"tenantEdit"_s)->setText(server.tenantDomain());
    dialog.findChild<QLineEdit *>(u"clientIdEdit"_s)->setText(u"3f0e4d1a-9a7b-4c55-8f1e-2b6d0c9e7a11"_s);
    dialog.findChild<QRadioButton *>(u"signInClientSecret"_s)->setChecked(true);
    dialog.findChild<QLineEdit *>(u"secretEdit"_s)->setText(u"screenshot-secret"_s);
    dialog.findChild<QGroupBox *>(u"advancedBox"_s)->setChecked(true);
    dialog.findChild<QLineEdit *>(u"authorityUrlEdit"_s)->setText(server.authority().toString());
    dialog.findChild<QLineEdit *>(u"graphUrlEdit"_s)->setText(u"http://graph.example.com"_s);
    dialog.show();
    QTest::qWait(100);
    save(&dialog, out, u"connect-refused-url"_s);
    dialog.findChild<QLineEdit *>(u"graphUrlEdit"_s)->setText(server.graphRoot().toString());
    QTest::qWait(50);
    save(&dialog, out, u"connect-filled"_s);
    dialog.findChild<QPushButton *>(u"connectButton"_s)->click();
    QTest::qWait(30);
    save(&dialog, out, u"connect-busy"_s);
    (void)waitFor([&] { return dialog.result() == QDialog::Accepted; }, 20000);
    const QString profile = dialog.profile().name;
    dialog.close();

    {
        Sspr::Gui::DeviceCodeDialog code(u"GQ7XKR2PA"_s, QUrl(u"https://microsoft.com/devicelogin"_s), 900);
        saveDialog(&code, out, u"device-code"_s);
        code.showError(u"The sign-in was declined on the sign-in page. Start again to try another account."_s);
        saveDialog(&code, out, u"device-code-declined"_s);
    }

    auto db = Sspr::Store::Database::open(Sspr::Services::StoreLocator::resolvePath({QString(), profile, false}),
                                          Sspr::Store::Database::OpenMode::OpenExisting);
    if (!db)
        qFatal("%s", qPrintable(db.errorMessage()));
    {
        MainWindow window(*db.value());
        window.resize(1280, 800);
        window.show();
        (void)QTest::qWaitForWindowExposed(&window);
        auto *status = window.findChild<QLabel *>(u"syncStatusLabel"_s);
        (void)waitFor([&] { return status->text().startsWith(u"Syncing Users"_s); }, 20000);
        QTest::qWait(400);
        save(&window, out, u"graph-sync-progress"_s);
        (void)waitFor([&] { return status->text().startsWith(u"Synced"_s); }, 120000);
        window.showPage(MainWindow::Page::Users);
        QTest::qWait(300);
        save(&window, out, u"graph-synced-users"_s);
        window.showPage(MainWindow::Page::AuthenticatorQr);
        QTest::qWait(200);
        save(&window, out, u"graph-qr-page"_s);
        window.showPage(MainWindow::Page::AuditLog);
        QTest::qWait(200);
        save(&window, out, u"graph-audit-log"_s);
        {
            QSqlQuery first(db.value()->connection());
            first.exec(u"SELECT uid FROM users ORDER BY sort_key LIMIT 1"_s);
            first.next();
            Sspr::Gui::UserDialog user(*db.value(), first.value(0).toLongLong(), &window);
            user.resize(900, 700);
            user.refreshFromTenant(window.graphSession()->client());
            user.show();
            (void)waitFor([&] {
                return user.findChild<QLabel *>(u"methodsFreshnessLabel"_s)->text().startsWith(u"Methods as"_s);
            }, 10000);
            save(&user, out, u"graph-user-dialog"_s);
        }
    }

    // Outbox items in every state a person acts on.
    Sspr::Store::UserFilter filter;
    auto rows = Sspr::Store::UserDirectory(*db.value()).page(filter, {}, 5);
    if (rows && rows.value().size() >= 4) {
        QSqlQuery q(db.value()->connection());
        auto idOf = [&](qint64 uid) {
            q.prepare(u"SELECT id, upn FROM users WHERE uid = ?"_s);
            q.addBindValue(uid);
            q.exec();
            q.next();
            return std::pair {q.value(0).toString(), q.value(1).toString()};
        };
        Sspr::Store::OutboxRepository outbox(*db.value());
        const auto [id1, upn1] = idOf(rows.value().at(0).uid);
        const auto [id2, upn2] = idOf(rows.value().at(1).uid);
        const auto [id3, upn3] = idOf(rows.value().at(2).uid);
        db.value()->connection().transaction();
        const auto a = Sspr::Sync::OutboxChange::phoneAdd(id1, upn1, Sspr::Core::MethodType::MobilePhone,
                                                          u"+1 4255550142"_s)
                           .enqueue(*db.value());
        const auto b = Sspr::Sync::OutboxChange::phoneAdd(id2, upn2, Sspr::Core::MethodType::MobilePhone,
                                                          u"+44 7700900123"_s)
                           .enqueue(*db.value());
        const auto c = Sspr::Sync::OutboxChange::emailAdd(id3, upn3, u"kim.akers@fabrikam.example"_s)
                           .enqueue(*db.value());
        if (a && b && c) {
            outbox.settle(b.value(), u"failed"_s, 403,
                          u"Your role can't change this user's methods: an Authentication Administrator can't act "
                          u"on administrators; a Privileged Authentication Administrator can."_s);
            QJsonObject conflict = Sspr::Store::OutboxRepository(*db.value()).item(c.value()).value()->payload;
            conflict.insert(u"tenantValue"_s, u"kim@contoso.example"_s);
            outbox.settle(c.value(), u"conflict"_s, 0,
                          u"The user already has an email method with another address."_s, conflict);
        }
        db.value()->connection().commit();
        MainWindow window(*db.value());
        window.resize(1280, 800);
        window.show();
        (void)QTest::qWaitForWindowExposed(&window);
        window.graphSession()->cancel();
        window.showPage(MainWindow::Page::Outbox);
        auto *table = window.findChild<QTableView *>(u"outboxTable"_s);
        QTest::qWait(200);
        if (table && table->model()->rowCount() > 2)
            table->selectRow(2);
        QTest::qWait(100);
        save(&window, out, u"graph-outbox"_s);
    }
    return 0;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"ssprconsole"_s);
    QCommandLineParser parser;
    parser.addOption({u"db"_s, u"store"_s, u"PATH"_s});
    parser.addOption({u"out"_s, u"folder"_s, u"DIR"_s});
    parser.addOption({u"dark"_s, u"dark palette"_s});
    parser.addOption({u"lang"_s, u"language"_s, u"LANG"_s});
    parser.addOption({u"graph"_s, u"Graph profile screens against the fake Graph server"_s});
    parser.process(app);
    Sspr::Core::Translator::install(&app, parser.value(u"lang"_s));
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (parser.isSet(u"dark"_s))
        QApplication::setPalette(darkPalette());
    const QString out = parser.value(u"out"_s);
    QDir().mkpath(out);
    if (parser.isSet(u"graph"_s))
        return graphShots(out);
    // Work on a copy: the blade screenshots stage and save changes, which must not touch the store given.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(u"screenshots.sqlite"_s);
    if (!QFile::copy(parser.value(u"db"_s), copy))
        qFatal("cannot copy %s", qPrintable(parser.value(u"db"_s)));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = Sspr::Store::Database::open(copy, Sspr::Store::Database::OpenMode::OpenExisting);
    if (!db)
        qFatal("%s", qPrintable(db.errorMessage()));

    MainWindow window(*db.value());
    window.resize(1280, 800);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    const auto pages = QMetaEnum::fromType<MainWindow::Page>();
    for (int i = 0; i < pages.keyCount(); ++i) {
        window.showPage(static_cast<MainWindow::Page>(pages.value(i)));
        QTest::qWait(50);
        save(&window, out, u"page-"_s + QString::fromLatin1(pages.key(i)).toLower());
    }
    window.showPage(MainWindow::Page::Users);
    auto *users = window.findChild<Sspr::Gui::UsersPage *>();
    auto *search = users->findChild<QLineEdit *>(u"userSearchEdit"_s);
    search->setText(u"müll"_s);
    QTest::qWait(200);
    save(&window, out, u"users-search"_s);
    search->setText(u"zzqx"_s);
    QTest::qWait(200);
    save(&window, out, u"users-empty"_s);
    search->setText(u"+1 425 555 0101"_s);
    QTest::qWait(200);
    save(&window, out, u"users-phone"_s);

    // A user with several methods.
    Sspr::Store::UserFilter filter;
    filter.text = u"a"_s;
    auto rows = Sspr::Store::UserDirectory(*db.value()).page(filter, {}, 200);
    qint64 uid = 0;
    for (const auto &row : rows.value()) {
        int bits = 0;
        for (int b = 0; b < 16; ++b)
            bits += (row.methodMask >> b) & 1;
        if (bits >= 3) {
            uid = row.uid;
            break;
        }
    }
    Sspr::Gui::UserDialog dialog(*db.value(), uid);
    dialog.show();
    (void)QTest::qWaitForWindowExposed(&dialog);
    save(&dialog, out, u"user-dialog"_s);

    auto user = Sspr::Store::UserDirectory(*db.value()).user(uid);
    Sspr::Services::EnrollmentService service(*db.value(), u"screenshots"_s, u"console"_s);
    Sspr::Gui::AddMethodDialog add(service, uid, user.value());
    add.show();
    (void)QTest::qWaitForWindowExposed(&add);
    add.findChild<QLineEdit *>(u"methodValueEdit"_s)->setText(u"+49 170 12"_s);
    save(&add, out, u"add-phone-invalid"_s);
    add.findChild<QLineEdit *>(u"methodValueEdit"_s)->setText(u"0170 1234567"_s);
    auto *region = add.findChild<QComboBox *>(u"regionCombo"_s);
    region->setCurrentIndex(region->findData(u"DE"_s));
    save(&add, out, u"add-phone-valid"_s);
    add.close();
    dialog.close();

    bladeShots(window, *db.value(), out);
    qrShots(window, *db.value(), out);
    importShots(window, *db.value(), out);
    return 0;
}
