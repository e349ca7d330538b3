// Renders the console's pages to PNG files, to look at what we build (light/dark palette, language, scale):
//   sspr_screenshots --db STORE --out DIR [--dark] [--lang de]
// Run under Xvfb or with QT_QPA_PLATFORM=offscreen. Not a test: it asserts nothing.
#include "addmethoddialog.h"
#include "database.h"
#include "enrollmentservice.h"
#include "mainwindow.h"
#include "translator.h"
#include "userdialog.h"
#include "userdirectory.h"
#include "userspage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTimer>

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
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"ssprconsole"_s);
    QCommandLineParser parser;
    parser.addOption({u"db"_s, u"store"_s, u"PATH"_s});
    parser.addOption({u"out"_s, u"folder"_s, u"DIR"_s});
    parser.addOption({u"dark"_s, u"dark palette"_s});
    parser.addOption({u"lang"_s, u"language"_s, u"LANG"_s});
    parser.process(app);
    Sspr::Core::Translator::install(&app, parser.value(u"lang"_s));
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (parser.isSet(u"dark"_s))
        QApplication::setPalette(darkPalette());
    const QString out = parser.value(u"out"_s);
    QDir().mkpath(out);
    auto db = Sspr::Store::Database::open(parser.value(u"db"_s), Sspr::Store::Database::OpenMode::OpenExisting);
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
    return 0;
}
