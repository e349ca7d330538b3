#include "addmethoddialog.h"
#include "database.h"
#include "demoseeder.h"
#include "enrollmentservice.h"
#include "mainwindow.h"
#include "userdialog.h"
#include "userdirectory.h"
#include "userlistmodel.h"
#include "userspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using Sspr::Gui::MainWindow;

class TestUsersPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sspr::Store::Database> m_db;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto db = Sspr::Store::Database::open(m_dir.filePath(u"users.sqlite"_s),
                                              Sspr::Store::Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        QVERIFY(Sspr::Services::seedDemoTenant(*db.value(), 1500, 11));
        m_db = std::move(db).value();
    }

    void model_passesModelTesterWhilePagingAndFiltering()
    {
        Sspr::Gui::UserListModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QVERIFY(model.rowCount() >= Sspr::Gui::UserListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1500); // every row reached by keyset pages, none twice
        QSet<qint64> uids;
        for (int r = 0; r < model.rowCount(); ++r)
            uids.insert(model.uidAt(r));
        QCOMPARE(uids.size(), 1500);
        Sspr::Store::UserFilter filter;
        filter.text = u"zzzz-no-such-user"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        model.sort(Sspr::Gui::UserListModel::UpnColumn, Qt::DescendingOrder);
        filter.text.clear();
        model.setFilter(model.filter().text.isEmpty() ? model.filter() : filter);
        QVERIFY(model.rowCount() > 0);
    }

    void search_showsTotalFromCount()
    {
        Sspr::Gui::UsersPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *total = page.findChild<QLabel *>(u"userTotalLabel"_s);
        QTRY_VERIFY(total->text().contains(u"1500"_s) || total->text().contains(u"1,500"_s));
        auto *search = page.findChild<QLineEdit *>(u"userSearchEdit"_s);
        QTest::keyClicks(search, u"zzzz"_s);
        QTRY_COMPARE(page.model()->rowCount(), 0);
        auto *empty = page.findChild<QLabel *>(u"usersEmptyLabel"_s);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(u"zzzz"_s));
    }

    // The helpdesk flow: from launch, find a user, add a mobile number, confirm — keyboard only.
    void helpdeskFlow_keyboardOnly_addsMobileNumber()
    {
        // A user without any phone method, found by a unique UPN fragment.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT uid, upn FROM users WHERE account_enabled = 1 AND NOT EXISTS (SELECT 1 FROM "
                       "user_methods m WHERE m.uid = users.uid AND m.phone_digits IS NOT NULL) AND usage_location = "
                       "'DE' ORDER BY uid LIMIT 1"_s));
        QVERIFY(q.next());
        const qint64 uid = q.value(0).toLongLong();
        const QString upn = q.value(1).toString();
        const QString local = upn.left(upn.indexOf(u'@'));

        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier); // Go > Users
        QCOMPARE(window.currentPage(), MainWindow::Page::Users);
        auto *search = window.findChild<QLineEdit *>(u"userSearchEdit"_s);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, local);
        auto *page = window.findChild<Sspr::Gui::UsersPage *>();
        QTRY_VERIFY(page->model()->rowCount() >= 1);
        QTRY_COMPARE(page->model()->filter().text, local);
        QCOMPARE(page->model()->uidAt(0), uid);

        // Down to the list, Enter opens the user; in the dialog the Add button has focus: Enter opens the add
        // dialog, where the number field has focus; type, Enter saves; Escape closes the user.
        bool sawUserDialog = false;
        bool sawAddDialog = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<Sspr::Gui::UserDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            sawUserDialog = true;
            QTimer::singleShot(0, this, [&] {
                auto *add = qobject_cast<Sspr::Gui::AddMethodDialog *>(QApplication::activeModalWidget());
                QVERIFY(add);
                sawAddDialog = true;
                auto *value = add->findChild<QLineEdit *>(u"methodValueEdit"_s);
                QTRY_VERIFY(value->hasFocus());
                QTest::keyClicks(value, u"0170 5550123"_s);
                QTest::keyClick(value, Qt::Key_Return);
                if (add->isVisible()) { // never leave a modal dialog open: the test would hang instead of failing
                    const QString text = add->findChild<QLabel *>(u"methodFeedbackLabel"_s)->text();
                    add->reject();
                    QFAIL(qPrintable(u"the add dialog stayed open: "_s + text));
                }
            });
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
            QTest::keyClick(dialog, Qt::Key_Escape);
            if (dialog->isVisible()) {
                dialog->reject();
                QFAIL("Escape did not close the user dialog");
            }
        });
        QTest::keyClick(search, Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(sawUserDialog);
        QVERIFY(sawAddDialog);

        auto user = Sspr::Store::UserDirectory(*m_db).user(uid);
        QVERIFY(user);
        const auto mobile = std::find_if(user->methods.cbegin(), user->methods.cend(), [](const auto &m) {
            return m.type == Sspr::Core::MethodType::MobilePhone;
        });
        QVERIFY(mobile != user->methods.cend());
        QCOMPARE(mobile->value, u"+49 1705550123"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'method.add' AND new_value = '+49 1705550123'"_s),
                 1);
        // And the phone index found it: searching the digits finds the user.
        Sspr::Store::UserFilter filter;
        filter.text = u"555 0123"_s;
        auto rows = Sspr::Store::UserDirectory(*m_db).page(filter, {}, 50);
        QVERIFY(rows);
        QVERIFY(std::any_of(rows->cbegin(), rows->cend(), [&](const auto &r) { return r.uid == uid; }));
    }

    void addDialog_invalidNumber_cannotSaveAndSaysWhy()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT uid FROM users WHERE NOT EXISTS (SELECT 1 FROM user_methods m WHERE m.uid = users.uid "
                       "AND m.type = 'mobile') ORDER BY uid DESC LIMIT 1"_s));
        QVERIFY(q.next());
        const qint64 uid = q.value(0).toLongLong();
        auto user = Sspr::Store::UserDirectory(*m_db).user(uid);
        Sspr::Services::EnrollmentService service(*m_db, u"test"_s, u"console"_s);
        Sspr::Gui::AddMethodDialog dialog(service, uid, *user);
        dialog.show();
        auto *value = dialog.findChild<QLineEdit *>(u"methodValueEdit"_s);
        auto *feedback = dialog.findChild<QLabel *>(u"methodFeedbackLabel"_s);
        auto *buttons = dialog.findChild<QDialogButtonBox *>(u"methodButtons"_s);
        QTest::keyClicks(value, u"call me maybe"_s);
        QVERIFY(!buttons->button(QDialogButtonBox::Save)->isEnabled());
        QVERIFY(!feedback->text().isEmpty());
        QTest::keyClick(value, Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // Enter does not save an invalid number
        value->clear();
        QTest::keyClicks(value, u"+1 425 555 0199 x12"_s);
        QVERIFY(!buttons->button(QDialogButtonBox::Save)->isEnabled()); // extension on a mobile
        QVERIFY2(feedback->text().contains(u"xtension"_s), qPrintable(feedback->text()));
    }
};

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
