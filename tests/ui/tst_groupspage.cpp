// The Groups page on the offscreen platform: search as you type, counts, transitive members a page at a time,
// creating a security group, empty states, and the keyboard-only path through it.
#include "creategroupdialog.h"
#include "database.h"
#include "demoseeder.h"
#include "groupdirectory.h"
#include "grouplistmodel.h"
#include "grouploader.h"
#include "groupmembermodel.h"
#include "groupspage.h"
#include "mainwindow.h"
#include "userdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using Sspr::Gui::GroupListModel;
using Sspr::Gui::GroupMemberModel;
using Sspr::Gui::GroupsPage;

class TestGroupsPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sspr::Store::Database> m_db;

    Sspr::Store::GroupRow group(const QString &name)
    {
        auto row = Sspr::Store::GroupDirectory(*m_db).byName(name);
        return row && row.value() ? *row.value() : Sspr::Store::GroupRow();
    }

    qint64 transitiveCount(const QString &name)
    {
        auto count = Sspr::Store::GroupDirectory(*m_db).memberCount(group(name).gid, true);
        return count ? count.value() : -1;
    }

    static QString cell(QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

    struct Ui
    {
        QLineEdit *search = nullptr;
        QTableView *groups = nullptr;
        QTableView *members = nullptr;
        QLabel *summary = nullptr;
        QLabel *groupsEmpty = nullptr;
        QLabel *membersEmpty = nullptr;
        QLabel *status = nullptr;
        QPushButton *newGroup = nullptr;
    };

    static Ui ui(QWidget *page)
    {
        return {page->findChild<QLineEdit *>(u"groupsSearchEdit"_s), page->findChild<QTableView *>(u"groupsTable"_s),
            page->findChild<QTableView *>(u"groupMembersTable"_s), page->findChild<QLabel *>(u"groupSummaryLabel"_s),
            page->findChild<QLabel *>(u"groupsEmptyLabel"_s), page->findChild<QLabel *>(u"groupMembersEmptyLabel"_s),
            page->findChild<QLabel *>(u"groupsStatusLabel"_s),
            page->findChild<QPushButton *>(u"newSecurityGroupButton"_s)};
    }

    // Fills in and accepts the New security group dialog once it is up (it is modal).
    void acceptCreateDialogSoon(
        const QString &name, const QString &description, QString *nicknameSeen, bool keepPrefilledName = false)
    {
        QTimer::singleShot(0, this, [=, this] {
            auto *dialog = qobject_cast<Sspr::Gui::CreateGroupDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *nameEdit = dialog->findChild<QLineEdit *>(u"groupNameEdit"_s);
            if (keepPrefilledName)
                QCOMPARE(nameEdit->text(), name);
            else
                nameEdit->setText(name); // as typed (keyClicks knows only ASCII keys)
            auto *descriptionEdit = dialog->findChild<QPlainTextEdit *>(u"groupDescriptionEdit"_s);
            descriptionEdit->setPlainText(description);
            *nicknameSeen = dialog->findChild<QLineEdit *>(u"groupNicknameEdit"_s)->text();
            auto *create = dialog->findChild<QPushButton *>(u"createGroupButton"_s);
            QVERIFY(create->isEnabled());
            QTest::mouseClick(create, Qt::LeftButton);
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto db = Sspr::Store::Database::open(
            m_dir.filePath(u"groups.sqlite"_s), Sspr::Store::Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        QVERIFY(Sspr::Services::seedDemoTenant(*db.value(), 1500, 17));
        m_db = std::move(db).value();
    }

    void memberModel_pagesThroughEveryTransitiveMemberOnce()
    {
        Sspr::Gui::GroupLoader loader(m_db->path());
        GroupMemberModel model(&loader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Sspr::Store::GroupRow allEmployees = group(u"All Employees"_s);
        QVERIFY(allEmployees.gid > 0);
        model.setGroup(allEmployees.gid);
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({})); // a page is on its way
        QTRY_VERIFY(model.hasLoaded());
        QVERIFY(model.rowCount() >= GroupMemberModel::kPageSize); // the tester itself asks for more pages
        int guard = 0;
        while (guard++ < 100) {
            QTRY_VERIFY(!model.isLoading());
            if (!model.canFetchMore({}))
                break;
            model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), transitiveCount(u"All Employees"_s));
        QSet<qint64> uids;
        int nested = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            uids.insert(model.uidAt(r));
            nested += cell(&model, r, GroupMemberModel::MembershipColumn) == u"Through a nested group"_s ? 1 : 0;
        }
        QCOMPARE(uids.size(), model.rowCount());
        QCOMPARE(qint64(model.rowCount() - nested), allEmployees.directMembers);

        // Switching groups mid-flight: only the new group's rows arrive.
        model.setGroup(group(u"Break Glass Accounts"_s).gid);
        model.setGroup(group(u"Password Self Reset"_s).gid);
        QTRY_VERIFY(model.hasLoaded());
        QTRY_VERIFY(!model.isLoading());
        QSet<qint64> psr;
        {
            auto members
                = Sspr::Store::GroupDirectory(*m_db).members(group(u"Password Self Reset"_s).gid, true, 1000000, 0);
            QVERIFY(members);
            psr = QSet<qint64>(members->cbegin(), members->cend());
        }
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(psr.contains(model.uidAt(r)));
        model.setGroup(0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void listModel_passesModelTester()
    {
        GroupListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto rows = Sspr::Store::GroupDirectory(*m_db).search(QString(), 12);
        QVERIFY(rows);
        model.setRows(rows.value());
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.rowOf(rows->at(3).gid), 3);
        QCOMPARE(model.rowOf(-5), -1);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void open_listsGroupsWithCountsAndSelectsTheFirst()
    {
        GroupsPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const Ui w = ui(&page);
        QVERIFY(w.search && w.groups && w.members && w.summary && w.status && w.newGroup);
        QTRY_VERIFY(page.groupModel()->rowCount() > 0);
        QTRY_VERIFY(w.groups->isVisible());
        QVERIFY(w.status->text().contains(u"group"_s));
        // The list is in name order, each with its direct member count.
        QTRY_VERIFY(page.selectedGroup() > 0);
        const Sspr::Store::GroupRow *first = page.groupModel()->rowAt(0);
        QCOMPARE(page.selectedGroup(), first->gid);
        const qint64 total = Sspr::Store::GroupDirectory(*m_db).memberCount(first->gid, true).value();
        QTRY_VERIFY2(
            w.summary->text().contains(QLocale().toString(total) + u" member"_s), qPrintable(w.summary->text()));
        QVERIFY(w.summary->text().contains(u"direct member"_s));
        for (int r = 0; r < page.groupModel()->rowCount(); ++r) {
            const Sspr::Store::GroupRow *row = page.groupModel()->rowAt(r);
            QCOMPARE(cell(page.groupModel(), r, GroupListModel::MembersColumn), QLocale().toString(row->directMembers));
        }
        // Every interactive widget is named for screen readers.
        for (QWidget *widget : {static_cast<QWidget *>(w.search), static_cast<QWidget *>(w.groups),
                 static_cast<QWidget *>(w.members), static_cast<QWidget *>(w.newGroup)})
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }

    void search_asYouType_transitiveCountAndMembers()
    {
        GroupsPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const Ui w = ui(&page);
        QTRY_VERIFY(page.groupModel()->rowCount() > 0);
        QTest::keyClicks(w.search, u"password"_s);
        QTRY_COMPARE(cell(page.groupModel(), 0, GroupListModel::NameColumn), u"Password Self Reset"_s);
        QTRY_COMPARE(page.selectedGroup(), group(u"Password Self Reset"_s).gid);
        // Password Self Reset holds SSPR Pilot and Customer Support: its members with nested groups outnumber the
        // direct ones, and the member list shows both kinds.
        const qint64 transitive = transitiveCount(u"Password Self Reset"_s);
        QVERIFY(transitive > group(u"Password Self Reset"_s).directMembers);
        QTRY_VERIFY2(w.summary->text().contains(QLocale().toString(transitive)), qPrintable(w.summary->text()));
        QTRY_VERIFY(page.memberModel()->rowCount() > 0);
        QTRY_VERIFY(w.members->isVisible());
        bool direct = false, nested = false;
        for (int r = 0; r < page.memberModel()->rowCount(); ++r) {
            const QString kind = cell(page.memberModel(), r, GroupMemberModel::MembershipColumn);
            direct = direct || kind == u"Direct"_s;
            nested = nested || kind == u"Through a nested group"_s;
            QVERIFY(cell(page.memberModel(), r, GroupMemberModel::UpnColumn).contains(u'@'));
        }
        QVERIFY(direct && nested);

        // Mail nicknames are searched too; LIKE wildcards are literal.
        w.search->clear();
        QTest::keyClicks(w.search, u"sspr-pil"_s);
        QTRY_COMPARE(cell(page.groupModel(), 0, GroupListModel::NameColumn), u"SSPR Pilot"_s);
        QCOMPARE(page.groupModel()->rowCount(), 1);
        w.search->clear();
        QTest::keyClicks(w.search, u"%_"_s);
        QTRY_VERIFY(w.groupsEmpty->text().startsWith(u"No groups match"_s));
        QVERIFY(w.groupsEmpty->isVisible());
        QCOMPARE(page.groupModel()->rowCount(), 0);
        QTRY_COMPARE(page.selectedGroup(), qint64(0));
        QVERIFY(w.membersEmpty->isVisible());
        QCOMPARE(w.membersEmpty->text(), u"Select a group to see its members."_s);
        QCOMPARE(w.summary->text(), u"No group selected."_s);
    }

    void members_fetchedLazilyAsTheViewScrolls()
    {
        GroupsPage page(*m_db);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const Ui w = ui(&page);
        QTest::keyClicks(w.search, u"All Employees"_s);
        QTRY_COMPARE(page.selectedGroup(), group(u"All Employees"_s).gid);
        QTRY_COMPARE(page.memberModel()->rowCount(), GroupMemberModel::kPageSize); // one page, not all
        QVERIFY(transitiveCount(u"All Employees"_s) > GroupMemberModel::kPageSize);
        w.members->scrollToBottom();
        QTRY_VERIFY(page.memberModel()->rowCount() > GroupMemberModel::kPageSize);
    }

    void keyboardOnly_searchDownEnterOpensAMember()
    {
        GroupsPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        const Ui w = ui(&page);
        page.setFocus();
        QTRY_VERIFY(w.search->hasFocus()); // the page's focus goes to its search field
        QTest::keyClicks(w.search, u"engineering"_s);
        QTest::keyClick(w.search, Qt::Key_Down); // before the answer: the focus follows when it arrives
        QTRY_VERIFY(w.groups->hasFocus());
        QCOMPARE(cell(page.groupModel(), w.groups->currentIndex().row(), GroupListModel::NameColumn), u"Engineering"_s);
        QTRY_VERIFY(page.memberModel()->rowCount() > 0);
        QTest::keyClick(w.groups, Qt::Key_Down);
        QTRY_COMPARE(page.selectedGroup(), page.groupModel()->rowAt(1)->gid);
        QTest::keyClick(w.groups, Qt::Key_Up);
        QTRY_COMPARE(page.selectedGroup(), group(u"Engineering"_s).gid);
        QTRY_VERIFY(page.memberModel()->rowCount() > 0);
        QTest::keyClick(w.groups, Qt::Key_Return);
        QVERIFY(w.members->hasFocus());
        QVERIFY(w.members->currentIndex().isValid());
        const QString upn = cell(page.memberModel(), w.members->currentIndex().row(), GroupMemberModel::UpnColumn);

        bool opened = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<Sspr::Gui::UserDialog *>(QApplication::activeModalWidget());
            opened = dialog != nullptr;
            if (dialog) {
                const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
                opened = std::any_of(
                    labels.cbegin(), labels.cend(), [&](const QLabel *l) { return l->text().contains(upn); });
                dialog->reject();
            }
        });
        QTest::keyClick(w.members, Qt::Key_Return);
        QVERIFY(opened);
        QApplication::setActiveWindow(&page); // the offscreen platform does not hand activation back by itself
        QTRY_VERIFY(w.members->hasFocus());
        QTest::keyClick(w.members, Qt::Key_Escape);
        QVERIFY(w.groups->hasFocus());
        QTest::keyClick(w.groups, Qt::Key_Up); // top row: back to the search
        QVERIFY(w.search->hasFocus());
    }

    void create_withCtrlN_selectsTheNewGroup()
    {
        GroupsPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        const Ui w = ui(&page);
        QTRY_VERIFY(page.groupModel()->rowCount() > 0);
        w.search->setFocus();
        QSignalSpy created(&page, &GroupsPage::groupCreated);
        QString nickname;
        acceptCreateDialogSoon(u"Kiosk Résumé Team"_s, u"Front desk kiosks"_s, &nickname);
        QTest::keyClick(w.search, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(created.count(), 1);
        QCOMPARE(nickname, u"kiosk-resume-team"_s); // suggested from the name, accents dropped
        const Sspr::Store::GroupRow row = group(u"Kiosk Résumé Team"_s);
        QVERIFY(row.gid > 0);
        QCOMPARE(created.constFirst().constFirst().toLongLong(), row.gid);
        QCOMPARE(row.description, u"Front desk kiosks"_s);
        QCOMPARE(row.mailNickname, u"kiosk-resume-team"_s);
        QCOMPARE(w.search->text(), u"Kiosk Résumé Team"_s);
        QTRY_COMPARE(page.selectedGroup(), row.gid);
        // A new group is empty: the members side says so.
        QTRY_VERIFY(w.membersEmpty->isVisible());
        QTRY_COMPARE(w.membersEmpty->text(), u"This group has no members, directly or through nested groups."_s);
        QTRY_VERIFY(w.summary->text().contains(u"0 direct member"_s));
        QSqlQuery audit(m_db->connection());
        QVERIFY(audit.exec(u"SELECT action, target FROM audit_log ORDER BY id DESC LIMIT 1"_s) && audit.next());
        QCOMPARE(audit.value(0).toString(), u"group.create"_s);
        QCOMPARE(audit.value(1).toString(), u"Kiosk Résumé Team"_s);
    }

    void create_fromAnUnmatchedSearch_prefillsTheName()
    {
        GroupsPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const Ui w = ui(&page);
        QTest::keyClicks(w.search, u"Helpdesk Tier 9"_s);
        QTRY_VERIFY(w.groupsEmpty->text().contains(u"Helpdesk Tier 9"_s)); // "Loading groups…" comes first
        QVERIFY(w.groupsEmpty->isVisible());
        QString nickname;
        acceptCreateDialogSoon(u"Helpdesk Tier 9"_s, QString(), &nickname, true);
        QTest::mouseClick(w.newGroup, Qt::LeftButton);
        QCOMPARE(nickname, u"helpdesk-tier-9"_s);
        QTRY_COMPARE(page.groupModel()->rowCount(), 1);
        QTRY_COMPARE(page.selectedGroup(), group(u"Helpdesk Tier 9"_s).gid);
        QVERIFY(w.groups->isVisible());
    }

    void create_cancelled_changesNothing()
    {
        GroupsPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const Ui w = ui(&page);
        QTRY_VERIFY(page.groupModel()->rowCount() > 0);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM groups"_s) && q.next());
        const int before = q.value(0).toInt();
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = QApplication::activeModalWidget())
                dialog->close();
        });
        QTest::mouseClick(w.newGroup, Qt::LeftButton);
        QVERIFY(q.exec(u"SELECT count(*) FROM groups"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), before);
    }

    void mainWindow_hostsTheGroupsPage()
    {
        Sspr::Gui::MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(Sspr::Gui::MainWindow::Page::Groups);
        auto *page = qobject_cast<GroupsPage *>(window.pageWidget(Sspr::Gui::MainWindow::Page::Groups));
        QVERIFY(page);
        QCOMPARE(page->objectName(), u"pageGroups"_s);
        QTRY_VERIFY(page->groupModel()->rowCount() > 0); // the first search runs when the page is shown
    }
};

QTEST_MAIN(TestGroupsPage)
#include "tst_groupspage.moc"
