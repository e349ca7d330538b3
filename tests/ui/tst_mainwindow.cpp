#include "database.h"
#include "demoseeder.h"
#include "mainwindow.h"

#include <QLabel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Sspr::Gui::MainWindow;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sspr::Store::Database> m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto db = Sspr::Store::Database::open(m_dir.filePath(u"ui.sqlite"_s),
                                              Sspr::Store::Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        QVERIFY(Sspr::Services::seedDemoTenant(*db.value(), 200, 7));
        m_db = std::move(db).value();
    }

    void open_showsEveryNavigationEntry()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tree = window.findChild<QTreeWidget *>(u"navigationTree"_s);
        QVERIFY(tree);
        QStringList texts;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            texts << (*it)->text(0);
        const QStringList expected = {u"Password reset"_s, u"Properties"_s, u"Authentication methods"_s,
                                      u"Registration"_s, u"Notifications"_s, u"Customization"_s,
                                      u"On-premises integration"_s, u"Administrator policy"_s, u"Audit log"_s,
                                      u"Users"_s, u"Groups"_s, u"Authenticator QR"_s, u"Import"_s};
        QCOMPARE(texts, expected);
        auto *tenant = window.findChild<QLabel *>(u"tenantLabel"_s);
        QVERIFY(tenant);
        QCOMPARE(tenant->text(), u"Contoso"_s);
        auto *status = window.findChild<QLabel *>(u"storeStatusLabel"_s);
        QVERIFY(status && status->text().contains(u"200"_s));
    }

    void navigate_eachEntryShowsItsPage()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *stack = window.findChild<QStackedWidget *>(u"pageStack"_s);
        QVERIFY(stack);
        const auto pages = {MainWindow::Page::Properties,  MainWindow::Page::AuthenticationMethods,
                            MainWindow::Page::Registration, MainWindow::Page::Notifications,
                            MainWindow::Page::Customization, MainWindow::Page::OnPremisesIntegration,
                            MainWindow::Page::AdministratorPolicy, MainWindow::Page::AuditLog,
                            MainWindow::Page::Users, MainWindow::Page::Groups, MainWindow::Page::AuthenticatorQr,
                            MainWindow::Page::Import};
        for (MainWindow::Page page : pages) {
            window.showPage(page);
            QCOMPARE(window.currentPage(), page);
            QWidget *widget = stack->currentWidget();
            QCOMPARE(widget, window.pageWidget(page));
            auto *title = widget->findChild<QLabel *>(u"pageTitleLabel"_s);
            QVERIFY(title);
            QCOMPARE(title->text(), MainWindow::pageTitle(page));
        }
    }

    void keyboard_arrowsMoveThroughPages()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tree = window.findChild<QTreeWidget *>(u"navigationTree"_s);
        tree->setFocus();
        QCOMPARE(window.currentPage(), MainWindow::Page::Properties);
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(window.currentPage(), MainWindow::Page::AuthenticationMethods);
        QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Users);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
