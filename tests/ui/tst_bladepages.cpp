// The Password reset blade pages driven offscreen through their widgets: rules shown beside the controls, Save
// (with the review dialog) writing the store and the audit log, Discard, and leaving with unsaved changes.
#include "adminpolicypage.h"
#include "auditlog.h"
#include "creategroupdialog.h"
#include "customizationpage.h"
#include "database.h"
#include "demoseeder.h"
#include "fieldnote.h"
#include "groupdirectory.h"
#include "grouppickerdialog.h"
#include "mainwindow.h"
#include "modalhelper.h"
#include "notificationspage.h"
#include "onpremisespage.h"
#include "policyeditor.h"
#include "policykeys.h"
#include "policyservice.h"
#include "propertiespage.h"
#include "registrationpage.h"
#include "reviewchangesdialog.h"
#include "savebar.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Sspr::Gui::MainWindow;
using Sspr::Test::onNextModal;
namespace Gui = Sspr::Gui;
namespace Keys = Sspr::Core::PolicyKeys;

class TestBladePages final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sspr::Store::Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    int m_count = 0;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    QString text(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }
    Sspr::Core::SsprPolicy stored()
    {
        return Sspr::Services::PolicyService(*m_db, u"test"_s, u"test"_s).load().value();
    }
    void storePolicy(const std::function<void(Sspr::Core::SsprPolicy &)> &change)
    {
        Sspr::Core::SsprPolicy p = stored();
        change(p);
        QVERIFY(Sspr::Services::PolicyService(*m_db, u"setup"_s, u"test"_s).save(p));
        QSqlQuery(m_db->connection()).exec(u"DELETE FROM audit_log"_s);
    }
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    template<typename T> T *page(MainWindow::Page which)
    {
        m_window->showPage(which);
        auto *p = qobject_cast<T *>(m_window->pageWidget(which));
        return p;
    }
    static QPushButton *saveButton(QWidget *page) { return page->findChild<QPushButton *>(u"saveButton"_s); }
    static Gui::SaveBar *bar(QWidget *page) { return page->findChild<Gui::SaveBar *>(u"saveBar"_s); }
    static Gui::FieldNote *note(QWidget *page, QStringView field)
    {
        return page->findChild<Gui::FieldNote *>(u"note_"_s + field.toString());
    }
    // Save through the review dialog; returns whether the dialog was seen.
    bool saveViaReview(QWidget *page, const std::function<void(Gui::ReviewChangesDialog *)> &check = {})
    {
        bool seen = false;
        onNextModal<Gui::ReviewChangesDialog>(
            this,
            [check](Gui::ReviewChangesDialog *dialog) {
                if (check)
                    check(dialog);
                dialog->findChild<QPushButton *>(u"reviewSaveButton"_s)->click();
            },
            &seen);
        QTest::mouseClick(saveButton(page), Qt::LeftButton);
        return seen;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto db = Sspr::Store::Database::open(
            m_dir.filePath(u"blade%1.sqlite"_s.arg(++m_count)), Sspr::Store::Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        QVERIFY(Sspr::Services::seedDemoTenant(*db.value(), 300, 5));
        m_db = std::move(db).value();
        QSqlQuery(m_db->connection()).exec(u"DELETE FROM audit_log"_s);
    }

    void cleanup()
    {
        if (m_window) {
            // Never ask on the way out of a test.
            if (auto *editor = m_window->findChild<Gui::PolicyEditor *>())
                editor->discard();
            m_window.reset();
        }
        m_db.reset();
    }

    void properties_selectedWithoutGroup_cannotSaveAndSaysWhy_thenPickedGroupSaves()
    {
        storePolicy([](auto &p) {
            p.enablement = Sspr::Core::SsprEnablement::None;
            p.groupId.clear();
        });
        openWindow();
        auto *properties = page<Gui::PropertiesPage>(MainWindow::Page::Properties);
        QVERIFY(properties);
        QVERIFY(!bar(properties)->isVisible());
        auto *selectGroup = properties->findChild<QPushButton *>(u"selectGroupButton"_s);
        QVERIFY(!selectGroup->isEnabled()); // a rule forbids it with None, and says why
        QVERIFY(note(properties, Keys::GroupIds)->isVisible());
        QVERIFY(!note(properties, Keys::GroupIds)->reason().isEmpty());

        QTest::mouseClick(properties->findChild<QRadioButton *>(u"enablementSelectedRadio"_s), Qt::LeftButton);
        QVERIFY(bar(properties)->isVisible());
        QVERIFY(selectGroup->isEnabled());
        QVERIFY(!saveButton(properties)->isEnabled());
        QCOMPARE(note(properties, Keys::GroupIds)->errorCount(), 1);
        const QString message = properties->findChild<QLabel *>(u"saveBarMessage"_s)->text();
        QVERIFY2(message.contains(u"group"_s), qPrintable(message));

        // Pick "Password Self Reset" in the picker, searching as we type.
        bool pickerSeen = false;
        onNextModal<Gui::GroupPickerDialog>(
            this,
            [](Gui::GroupPickerDialog *picker) {
                auto *search = picker->findChild<QLineEdit *>(u"groupSearchEdit"_s);
                QTest::keyClicks(search, u"password self"_s);
                picker->search();
                auto *results = picker->findChild<QTableWidget *>(u"groupResultsTable"_s);
                QCOMPARE(results->rowCount(), 1);
                QCOMPARE(results->item(0, 0)->text(), u"Password Self Reset"_s);
                QTest::keyClick(search, Qt::Key_Return);
            },
            &pickerSeen);
        QTest::mouseClick(selectGroup, Qt::LeftButton);
        QVERIFY(pickerSeen);
        QCOMPARE(properties->findChild<QLabel *>(u"selectedGroupLabel"_s)->text(), u"Password Self Reset"_s);
        QVERIFY(saveButton(properties)->isEnabled());

        bool sawChanges = false;
        QVERIFY(saveViaReview(properties, [&](Gui::ReviewChangesDialog *dialog) {
            auto *changes = dialog->findChild<QTableWidget *>(u"changesTable"_s);
            sawChanges = changes->rowCount() == 2; // enablement and group
            QVERIFY(dialog->impactComputed());
            QVERIFY(dialog->findChild<QLabel *>(u"impactCountForcedToRegister"_s));
        }));
        QVERIFY(sawChanges);
        const auto saved = stored();
        QCOMPARE(saved.enablement, Sspr::Core::SsprEnablement::Selected);
        QCOMPARE(saved.groupId, text(u"SELECT id FROM groups WHERE display_name = 'Password Self Reset'"_s));
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'policy.update'"_s), 2);
        QCOMPARE(text(u"SELECT new_value FROM audit_log WHERE setting = 'passwordResetEnabledGroupIds'"_s),
            u"Password Self Reset"_s);
        QVERIFY(!bar(properties)->isVisible());
    }

    void properties_pickerCreatesSecurityGroup()
    {
        storePolicy([](auto &p) {
            p.enablement = Sspr::Core::SsprEnablement::None;
            p.groupId.clear();
        });
        openWindow();
        auto *properties = page<Gui::PropertiesPage>(MainWindow::Page::Properties);
        QTest::mouseClick(properties->findChild<QRadioButton *>(u"enablementSelectedRadio"_s), Qt::LeftButton);
        bool createSeen = false;
        QString feedbackForBadNickname;
        QString feedbackForTakenNickname;
        bool createDisabledForBadNickname = false;
        onNextModal<Gui::GroupPickerDialog>(this, [&](Gui::GroupPickerDialog *picker) {
            onNextModal<Gui::CreateGroupDialog>(
                this,
                [&](Gui::CreateGroupDialog *create) {
                    auto *name = create->findChild<QLineEdit *>(u"groupNameEdit"_s);
                    auto *nickname = create->findChild<QLineEdit *>(u"groupNicknameEdit"_s);
                    auto *button = create->findChild<QPushButton *>(u"createGroupButton"_s);
                    QCOMPARE(name->text(), u"Helpdesk Reset Pilot"_s); // carried over from the search
                    QCOMPARE(nickname->text(), u"helpdesk-reset-pilot"_s);
                    nickname->clear();
                    QTest::keyClicks(nickname, u"sspr pilot"_s);
                    createDisabledForBadNickname = !button->isEnabled();
                    feedbackForBadNickname = create->findChild<QLabel *>(u"groupFeedbackLabel"_s)->text();
                    // A nickname another group uses is refused when creating, and the dialog stays open.
                    nickname->clear();
                    QTest::keyClicks(nickname, u"SSPR-PILOT"_s);
                    QVERIFY(button->isEnabled());
                    button->click();
                    QVERIFY(create->isVisible());
                    feedbackForTakenNickname = create->findChild<QLabel *>(u"groupFeedbackLabel"_s)->text();
                    nickname->clear();
                    QTest::keyClicks(nickname, u"helpdesk-reset-pilot"_s);
                    button->click();
                },
                &createSeen);
            QTest::keyClicks(picker->findChild<QLineEdit *>(u"groupSearchEdit"_s), u"Helpdesk Reset Pilot"_s);
            picker->findChild<QPushButton *>(u"newGroupButton"_s)->click();
        });
        QTest::mouseClick(properties->findChild<QPushButton *>(u"selectGroupButton"_s), Qt::LeftButton);
        QVERIFY(createSeen);
        QVERIFY(createDisabledForBadNickname);
        QVERIFY2(feedbackForBadNickname.contains(u"space"_s), qPrintable(feedbackForBadNickname));
        QVERIFY2(feedbackForTakenNickname.contains(u"already uses"_s), qPrintable(feedbackForTakenNickname));
        const QString id = text(u"SELECT id FROM groups WHERE mail_nickname = 'helpdesk-reset-pilot'"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(scalar(u"SELECT security_enabled FROM groups WHERE mail_nickname = 'helpdesk-reset-pilot'"_s), 1);
        QCOMPARE(
            scalar(
                u"SELECT count(*) FROM audit_log WHERE action = 'group.create' AND target = 'Helpdesk Reset Pilot'"_s),
            1);
        auto *editor = properties->editor();
        QCOMPARE(editor->staged().groupId, id);
        QCOMPARE(properties->findChild<QLabel *>(u"selectedGroupLabel"_s)->text(), u"Helpdesk Reset Pilot"_s);
    }

    void review_showsImpact_exportsCsv_cancelKeepsStaged()
    {
        openWindow();
        auto *properties = page<Gui::PropertiesPage>(MainWindow::Page::Properties);
        QTest::mouseClick(properties->findChild<QRadioButton *>(u"enablementNoneRadio"_s), Qt::LeftButton);
        QVERIFY(saveButton(properties)->isEnabled()); // narrowing the scope is a warning, not an error
        const QString csv = m_dir.filePath(u"lose-reset-%1.csv"_s.arg(m_count));
        qint64 lose = -1;
        bool exported = false;
        bool seen = false;
        onNextModal<Gui::ReviewChangesDialog>(
            this,
            [&](Gui::ReviewChangesDialog *dialog) {
                QVERIFY(dialog->impactComputed());
                lose = dialog->findChild<QLabel *>(u"impactCountLoseReset"_s)->property("count").toLongLong();
                auto *samples = dialog->findChild<QListWidget *>(u"impactSamplesLoseReset"_s);
                QVERIFY(samples->count() > 0);
                QVERIFY(dialog->findChild<QPushButton *>(u"impactExportLoseReset"_s)->isEnabled());
                exported = dialog->exportCategory(Sspr::Services::ImpactService::Category::LoseReset, csv).ok();
                QVERIFY(dialog->findChild<QLabel *>(u"reviewWarningsLabel"_s)); // the narrowed scope
                dialog->findChild<QPushButton *>(u"reviewCancelButton"_s)->click();
            },
            &seen);
        QTest::mouseClick(saveButton(properties), Qt::LeftButton);
        QVERIFY(seen);
        QVERIFY(lose > 0); // everyone who could reset loses it with None
        QVERIFY(exported);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qsizetype lines = file.readAll().count('\n');
        QCOMPARE(lines, lose + 1); // a header and one line per user
        // Cancel saved nothing and kept the staged change.
        QCOMPARE(stored().enablement, Sspr::Core::SsprEnablement::Selected);
        QVERIFY(properties->editor()->isDirty());
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log"_s), 0);
    }

    void registration_reconfirmWithoutRegistration_cannotSave_discardRestores()
    {
        openWindow();
        auto *registration = page<Gui::RegistrationPage>(MainWindow::Page::Registration);
        auto *days = registration->findChild<QSpinBox *>(u"reconfirmDaysSpin"_s);
        QCOMPARE(days->value(), 180);
        QVERIFY(days->isEnabled());
        days->setValue(90);
        QVERIFY(saveButton(registration)->isEnabled());
        QTest::mouseClick(registration->findChild<QRadioButton *>(u"registrationRequiredNo"_s), Qt::LeftButton);
        // The interval cannot change while registration is not required: the control is disabled with the
        // reason, the staged change is an error beside it, and Save is off.
        QVERIFY(!days->isEnabled());
        auto *daysNote = note(registration, Keys::ReconfirmDays);
        QVERIFY(!daysNote->reason().isEmpty());
        QCOMPARE(daysNote->errorCount(), 1);
        QVERIFY(!saveButton(registration)->isEnabled());

        QTest::mouseClick(registration->findChild<QPushButton *>(u"discardButton"_s), Qt::LeftButton);
        QCOMPARE(days->value(), 180);
        QVERIFY(days->isEnabled());
        QVERIFY(registration->findChild<QRadioButton *>(u"registrationRequiredYes"_s)->isChecked());
        QVERIFY(!bar(registration)->isVisible());
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log"_s), 0);
    }

    void registration_save_writesStoreAndAudit()
    {
        openWindow();
        auto *registration = page<Gui::RegistrationPage>(MainWindow::Page::Registration);
        registration->findChild<QSpinBox *>(u"reconfirmDaysSpin"_s)->setValue(365);
        QVERIFY(saveViaReview(registration));
        QCOMPARE(stored().reconfirmDays, 365);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT actor, source, old_value, new_value FROM audit_log WHERE setting = "
                       "'registrationReconfirmIntevalInDays'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), Sspr::Store::AuditLog::localActor());
        QCOMPARE(q.value(1).toString(), u"console"_s);
        QCOMPARE(q.value(2).toString(), u"180"_s);
        QCOMPARE(q.value(3).toString(), u"365"_s);
    }

    void notifications_warningShownButSaves_discardRestores()
    {
        openWindow();
        auto *notifications = page<Gui::NotificationsPage>(MainWindow::Page::Notifications);
        QTest::mouseClick(notifications->findChild<QRadioButton *>(u"notifyUsersNo"_s), Qt::LeftButton);
        auto *usersNote = note(notifications, Keys::NotifyUsers);
        QVERIFY(usersNote->isVisible());
        QCOMPARE(usersNote->warningCount(), 1);
        QCOMPARE(usersNote->property("severity").toString(), u"warning"_s);
        QVERIFY(saveButton(notifications)->isEnabled()); // warnings do not block
        QTest::mouseClick(notifications->findChild<QPushButton *>(u"discardButton"_s), Qt::LeftButton);
        QVERIFY(notifications->findChild<QRadioButton *>(u"notifyUsersYes"_s)->isChecked());
        QVERIFY(!usersNote->isVisible());

        QTest::mouseClick(notifications->findChild<QRadioButton *>(u"notifyAdminsNo"_s), Qt::LeftButton);
        QVERIFY(saveViaReview(notifications));
        QCOMPARE(stored().notifyAdmins, false);
        QCOMPARE(text(u"SELECT new_value FROM audit_log WHERE setting = 'notifyOnAdminPasswordReset'"_s), u"false"_s);
    }

    void customization_invalidLink_cannotSave_validLinkSaves()
    {
        openWindow();
        auto *customization = page<Gui::CustomizationPage>(MainWindow::Page::Customization);
        auto *link = customization->findChild<QLineEdit *>(u"helpdeskLinkEdit"_s);
        QVERIFY(!link->isEnabled());
        QVERIFY(!note(customization, Keys::HelpdeskEmailOrUrl)->reason().isEmpty());
        QTest::mouseClick(customization->findChild<QRadioButton *>(u"customizeHelpdeskLinkYes"_s), Qt::LeftButton);
        QVERIFY(link->isEnabled());
        QTest::keyClicks(link, u"call the helpdesk"_s);
        QVERIFY(!saveButton(customization)->isEnabled());
        QVERIFY(note(customization, Keys::HelpdeskEmailOrUrl)->errorCount() >= 1);
        link->clear();
        QTest::keyClicks(link, u"https://help.example.net/password"_s);
        QVERIFY(saveButton(customization)->isEnabled());
        QVERIFY(saveViaReview(customization));
        QCOMPARE(stored().helpdeskEmailOrUrl, u"https://help.example.net/password"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE setting IN ('customizeHelpdeskLink', "
                        "'customHelpdeskEmailOrUrl')"_s),
            2);
    }

    void onPremises_warningsAndSave()
    {
        openWindow();
        auto *onPrem = page<Gui::OnPremisesPage>(MainWindow::Page::OnPremisesIntegration);
        QVERIFY(onPrem->findChild<QLabel *>(u"writebackHealthNote"_s)->text().contains(u"offline"_s));
        QTest::mouseClick(onPrem->findChild<QRadioButton *>(u"writebackEnabledNo"_s), Qt::LeftButton);
        QTest::mouseClick(onPrem->findChild<QRadioButton *>(u"unlockWithoutResetYes"_s), Qt::LeftButton);
        QCOMPARE(note(onPrem, Keys::UnlockWithoutReset)->warningCount(), 1);
        QVERIFY(saveViaReview(onPrem));
        QCOMPARE(stored().writebackEnabled, false);
        QCOMPARE(stored().unlockWithoutReset, true);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'policy.update'"_s), 2);
    }

    void adminPolicy_switchIsForAdministratorsOnly_andSaves()
    {
        openWindow();
        auto *admin = page<Gui::AdminPolicyPage>(MainWindow::Page::AdministratorPolicy);
        QVERIFY(admin->findChild<QLabel *>(u"adminPolicyText"_s)->text().contains(u"Two gates"_s));
        QVERIFY(admin->findChild<QLabel *>(u"adminCountLabel"_s)->text().contains(u"administrator"_s));
        auto *no = admin->findChild<QRadioButton *>(u"allowedToUseSsprNo"_s);
        QVERIFY(no->accessibleName().contains(u"administrators only"_s));
        QTest::mouseClick(no, Qt::LeftButton);
        QVERIFY(saveViaReview(admin));
        QCOMPARE(stored().allowedToUseSspr, false);
        QCOMPARE(text(u"SELECT old_value || '>' || new_value FROM audit_log WHERE setting = 'allowedToUseSSPR'"_s),
            u"true>false"_s);
    }

    void changesOnOnePage_savedFromAnother()
    {
        openWindow();
        auto *registration = page<Gui::RegistrationPage>(MainWindow::Page::Registration);
        registration->findChild<QSpinBox *>(u"reconfirmDaysSpin"_s)->setValue(30);
        auto *notifications = page<Gui::NotificationsPage>(MainWindow::Page::Notifications);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Notifications); // no question between blade pages
        QVERIFY(bar(notifications)->isVisible());
        QTest::mouseClick(notifications->findChild<QRadioButton *>(u"notifyAdminsNo"_s), Qt::LeftButton);
        QVERIFY(saveViaReview(notifications));
        QCOMPARE(stored().reconfirmDays, 30);
        QCOMPARE(stored().notifyAdmins, false);
        QVERIFY(!bar(registration)->isVisible());
    }

    void leavingWithChanges_asksSaveDiscardCancel()
    {
        openWindow();
        auto *notifications = page<Gui::NotificationsPage>(MainWindow::Page::Notifications);
        QTest::mouseClick(notifications->findChild<QRadioButton *>(u"notifyAdminsNo"_s), Qt::LeftButton);

        // Cancel: stay on the page with the changes.
        bool asked = false;
        onNextModal<QMessageBox>(
            this, [](QMessageBox *box) { box->findChild<QPushButton *>(u"leaveCancelButton"_s)->click(); }, &asked);
        m_window->showPage(MainWindow::Page::Users);
        QVERIFY(asked);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Notifications);
        QVERIFY(notifications->editor()->isDirty());

        // Discard: leave, the changes are gone.
        onNextModal<QMessageBox>(
            this, [](QMessageBox *box) { box->findChild<QPushButton *>(u"leaveDiscardButton"_s)->click(); }, &asked);
        m_window->showPage(MainWindow::Page::Users);
        QVERIFY(asked);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Users);
        QVERIFY(!notifications->editor()->isDirty());
        QCOMPARE(stored().notifyAdmins, true);

        // Save…: review, confirm, leave with the change saved.
        page<Gui::NotificationsPage>(MainWindow::Page::Notifications);
        QTest::mouseClick(notifications->findChild<QRadioButton *>(u"notifyAdminsNo"_s), Qt::LeftButton);
        bool reviewed = false;
        onNextModal<QMessageBox>(
            this, [](QMessageBox *box) { box->findChild<QPushButton *>(u"leaveSaveButton"_s)->click(); }, &asked);
        onNextModal<Gui::ReviewChangesDialog>(
            this,
            [](Gui::ReviewChangesDialog *dialog) { dialog->findChild<QPushButton *>(u"reviewSaveButton"_s)->click(); },
            &reviewed);
        m_window->showPage(MainWindow::Page::Users);
        QVERIFY(asked);
        QVERIFY(reviewed);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Users);
        QCOMPARE(stored().notifyAdmins, false);

        // Closing the window asks too; Cancel keeps it open.
        page<Gui::NotificationsPage>(MainWindow::Page::Notifications);
        QTest::mouseClick(notifications->findChild<QRadioButton *>(u"notifyUsersNo"_s), Qt::LeftButton);
        onNextModal<QMessageBox>(
            this, [](QMessageBox *box) { box->findChild<QPushButton *>(u"leaveCancelButton"_s)->click(); }, &asked);
        QVERIFY(!m_window->close());
        QVERIFY(asked);
        QVERIFY(m_window->isVisible());
    }

    void leavingWithAnError_offersNoSave()
    {
        openWindow();
        auto *registration = page<Gui::RegistrationPage>(MainWindow::Page::Registration);
        registration->findChild<QSpinBox *>(u"reconfirmDaysSpin"_s)->setValue(10);
        QTest::mouseClick(registration->findChild<QRadioButton *>(u"registrationRequiredNo"_s), Qt::LeftButton);
        bool saveEnabled = true;
        bool asked = false;
        onNextModal<QMessageBox>(
            this,
            [&](QMessageBox *box) {
                saveEnabled = box->findChild<QPushButton *>(u"leaveSaveButton"_s)->isEnabled();
                box->findChild<QPushButton *>(u"leaveCancelButton"_s)->click();
            },
            &asked);
        m_window->showPage(MainWindow::Page::Users);
        QVERIFY(asked);
        QVERIFY(!saveEnabled);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Registration);
    }
};

QTEST_MAIN(TestBladePages)
#include "tst_bladepages.moc"
