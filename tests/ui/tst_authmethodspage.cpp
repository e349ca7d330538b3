// Password reset > Authentication methods driven offscreen: the Authenticator rules applied as boxes are ticked,
// the security questions, the unified policy view with its groups, and the migration-complete banner.
#include "authmethodspage.h"
#include "database.h"
#include "demoseeder.h"
#include "fieldnote.h"
#include "grouppickerdialog.h"
#include "methodspolicypanel.h"
#include "modalhelper.h"
#include "policyeditor.h"
#include "policykeys.h"
#include "policyrepository.h"
#include "policyservice.h"
#include "predefinedquestionsdialog.h"
#include "reviewchangesdialog.h"
#include "savebar.h"

#include <QApplication>
#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Sspr::Test::onNextModal;
namespace Gui = Sspr::Gui;
namespace Core = Sspr::Core;
namespace Keys = Sspr::Core::PolicyKeys;

class TestAuthMethodsPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sspr::Store::Database> m_db;
    std::unique_ptr<Gui::PolicyEditor> m_editor;
    std::unique_ptr<Gui::AuthMethodsPage> m_page;
    int m_count = 0;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    Core::SsprPolicy stored() { return Sspr::Store::PolicyRepository(*m_db).load().value(); }
    Core::AuthMethodsPolicy storedMethods()
    {
        return Sspr::Store::PolicyRepository(*m_db).loadAuthMethodsPolicy().value();
    }
    void openPage()
    {
        m_editor = std::make_unique<Gui::PolicyEditor>(*m_db);
        m_page = std::make_unique<Gui::AuthMethodsPage>(m_editor.get());
        m_page->resize(1000, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    // Clicks a control as a person would: scrolled into the page's view first.
    void click(QWidget *widget)
    {
        QVERIFY(widget);
        if (auto *scroll = m_page->findChild<QScrollArea *>(u"bladeScrollArea"_s))
            scroll->ensureWidgetVisible(widget);
        QApplication::processEvents();
        // A check box or radio button reacts on its indicator and text only, not on the rest of its width.
        const bool indicator = qobject_cast<QCheckBox *>(widget) || qobject_cast<QRadioButton *>(widget);
        QTest::mouseClick(widget, Qt::LeftButton, {}, indicator ? QPoint(6, widget->height() / 2) : QPoint());
    }
    QCheckBox *check(const QString &name) { return m_page->findChild<QCheckBox *>(name); }
    Gui::FieldNote *note(QStringView field)
    {
        return m_page->findChild<Gui::FieldNote *>(u"note_"_s + field.toString());
    }
    QPushButton *saveButton() { return m_page->findChild<QPushButton *>(u"saveButton"_s); }
    bool save()
    {
        bool seen = false;
        onNextModal<Gui::ReviewChangesDialog>(
            this,
            [](Gui::ReviewChangesDialog *dialog) { dialog->findChild<QPushButton *>(u"reviewSaveButton"_s)->click(); },
            &seen);
        click(saveButton());
        return seen;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto db = Sspr::Store::Database::open(
            m_dir.filePath(u"methods%1.sqlite"_s.arg(++m_count)), Sspr::Store::Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        QVERIFY(Sspr::Services::seedDemoTenant(*db.value(), 200, 3));
        m_db = std::move(db).value();
        QSqlQuery(m_db->connection()).exec(u"DELETE FROM audit_log"_s);
    }

    void cleanup()
    {
        m_page.reset();
        m_editor.reset();
        m_db.reset();
    }

    void authenticatorAlone_cannotSaveAndSaysWhy()
    {
        openPage();
        // The demo: 1 required; Mobile app code, Email and Mobile phone ticked.
        QVERIFY(m_page->findChild<QRadioButton *>(u"methodsRequiredOneRadio"_s)->isChecked());
        QVERIFY(check(u"methodMobileAppCodeCheck"_s)->isChecked());
        click(check(u"methodEmailCheck"_s));
        click(check(u"methodMobilePhoneCheck"_s));
        QVERIFY(!saveButton()->isEnabled());
        auto *codeNote = note(Keys::MobileAppCode);
        QVERIFY(codeNote->isVisible());
        QCOMPARE(codeNote->errorCount(), 1);
        QVERIFY(m_page->findChild<QLabel *>(u"saveBarMessage"_s)->text().contains(u"only method"_s));
        // Requiring two makes it worse: the Authenticator needs two others.
        click(m_page->findChild<QRadioButton *>(u"methodsRequiredTwoRadio"_s));
        QVERIFY(!saveButton()->isEnabled());
        click(m_page->findChild<QRadioButton *>(u"methodsRequiredOneRadio"_s));
        click(check(u"methodEmailCheck"_s));
        QVERIFY(saveButton()->isEnabled());
        QCOMPARE(codeNote->errorCount(), 0);
    }

    void notification_disabledWithReasonUntilTwoRequired()
    {
        openPage();
        auto *notification = check(u"methodMobileAppNotificationCheck"_s);
        QVERIFY(!notification->isEnabled());
        QVERIFY(note(Keys::MobileAppNotification)->reason().contains(u"two methods"_s));
        click(m_page->findChild<QRadioButton *>(u"methodsRequiredTwoRadio"_s));
        QVERIFY(notification->isEnabled());
        QVERIFY(note(Keys::MobileAppNotification)->reason().isEmpty());
        click(notification);
        QVERIFY(saveButton()->isEnabled());
        QVERIFY(save());
        QCOMPARE(stored().methodsRequired, 2);
        QVERIFY(stored().mobileAppNotification);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE setting IN ('numberOfAuthenticationMethodsRequired', "
                        "'mobileAppNotificationEnabled')"_s),
            2);
    }

    void securityQuestions_poolAndCounts()
    {
        openPage();
        auto *section = m_page->findChild<QWidget *>(u"securityQuestionsSection"_s);
        QVERIFY(!section->isVisible());
        click(check(u"methodSecurityQuestionsCheck"_s));
        QVERIFY(section->isVisible());
        auto *pool = m_page->findChild<QListWidget *>(u"questionsList"_s);
        QCOMPARE(pool->count(), 5); // the demo's five predefined questions

        // + Predefined: tick two more.
        bool seen = false;
        onNextModal<Gui::PredefinedQuestionsDialog>(
            this,
            [](Gui::PredefinedQuestionsDialog *dialog) {
                auto *list = dialog->findChild<QListWidget *>(u"predefinedQuestionsList"_s);
                QCOMPARE(list->count(), 3); // 8 predefined, 5 in the pool already
                list->item(0)->setCheckState(Qt::Checked);
                list->item(1)->setCheckState(Qt::Checked);
                dialog->findChild<QPushButton *>(u"predefinedAddButton"_s)->click();
            },
            &seen);
        click(m_page->findChild<QPushButton *>(u"addPredefinedButton"_s));
        QVERIFY(seen);
        QCOMPARE(pool->count(), 7);

        // + Custom: at most 200 characters can be typed.
        onNextModal<QInputDialog>(
            this,
            [](QInputDialog *dialog) {
                auto *edit = dialog->findChild<QLineEdit *>(u"customQuestionEdit"_s);
                QVERIFY(edit);
                QCOMPARE(edit->maxLength(), 200);
                QTest::keyClicks(edit, u"Which colour was your first bicycle?"_s);
                dialog->accept();
            },
            &seen);
        click(m_page->findChild<QPushButton *>(u"addCustomButton"_s));
        QVERIFY(seen);
        QCOMPARE(pool->count(), 8);
        QVERIFY(pool->item(7)->text().contains(u"bicycle"_s));

        // Reset above register is refused beside the control.
        m_page->findChild<QSpinBox *>(u"questionsToResetSpin"_s)->setValue(4);
        QCOMPARE(note(Keys::QuestionsToReset)->errorCount(), 1);
        QVERIFY(!saveButton()->isEnabled());
        m_page->findChild<QSpinBox *>(u"questionsToRegisterSpin"_s)->setValue(5);
        QCOMPARE(note(Keys::QuestionsToReset)->errorCount(), 0);

        // Remove one.
        pool->setCurrentRow(0);
        click(m_page->findChild<QPushButton *>(u"removeQuestionButton"_s));
        QCOMPARE(pool->count(), 7);
        QVERIFY(saveButton()->isEnabled());
        QVERIFY(save());
        const Core::SsprPolicy p = stored();
        QVERIFY(p.securityQuestions);
        QCOMPARE(p.questions.size(), 7);
        QCOMPARE(p.questionsToRegister, 5);
        QCOMPARE(p.questionsToReset, 4);
        QVERIFY(p.questions.constLast().custom);
        // (PolicyService::diff logs the pool twice today: as JSON and as the question texts.)
        QVERIFY(scalar(u"SELECT count(*) FROM audit_log WHERE setting = 'securityQuestions'"_s) >= 1);
    }

    void questionPool_full_addButtonsDisabledWithReason()
    {
        Core::SsprPolicy p = stored();
        p.securityQuestions = true;
        p.questions.clear();
        for (int i = 0; i < 20; ++i)
            p.questions.append({true, QString(), u"Custom question %1?"_s.arg(i)});
        const auto savedFull = Sspr::Store::PolicyRepository(*m_db).save(p);
        QVERIFY2(savedFull, qPrintable(savedFull.errorMessage()));
        openPage();
        auto *add = m_page->findChild<QPushButton *>(u"addCustomButton"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY(!m_page->findChild<QPushButton *>(u"addPredefinedButton"_s)->isEnabled());
        QVERIFY(note(Keys::SecurityQuestions)->reason().contains(u"20"_s));
    }

    void unifiedPolicy_disableMethodAndExcludeGroup_saves()
    {
        openPage();
        auto *table = m_page->findChild<QTableWidget *>(u"unifiedMethodsTable"_s);
        QVERIFY(table->rowCount() >= 5);
        m_page->findChild<Gui::MethodsPolicyPanel *>()->selectMethod(Core::AuthMethodKind::Sms);
        auto *enable = m_page->findChild<QCheckBox *>(u"unifiedEnableCheck"_s);
        QVERIFY(enable->isChecked());
        click(enable);
        QVERIFY(m_page->findChild<QWidget *>(u"saveBar"_s)->isVisible());
        bool seen = false;
        onNextModal<Gui::GroupPickerDialog>(
            this,
            [](Gui::GroupPickerDialog *picker) {
                QTest::keyClicks(picker->findChild<QLineEdit *>(u"groupSearchEdit"_s), u"Password Self"_s);
                picker->search();
                picker->findChild<QPushButton *>(u"selectGroupOkButton"_s)->click();
            },
            &seen);
        click(m_page->findChild<QPushButton *>(u"addExcludeGroupButton"_s));
        QVERIFY(seen);
        QCOMPARE(m_page->findChild<QListWidget *>(u"excludeGroupsList"_s)->count(), 1);
        QVERIFY(saveButton()->isEnabled());
        QVERIFY(save());
        const Core::AuthMethodsPolicy methods = storedMethods();
        const Core::MethodConfiguration *sms = methods.configuration(Core::AuthMethodKind::Sms);
        QVERIFY(sms);
        QVERIFY(!sms->enabled);
        QCOMPARE(sms->excludeTargets.size(), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'authMethodsPolicy.update'"_s), 2);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE setting = 'Sms.excludeTargets' AND new_value = "
                        "'Password Self Reset'"_s),
            1);

        // Campaign: snooze days within 0-14.
        auto *snooze = m_page->findChild<QSpinBox *>(u"campaignSnoozeSpin"_s);
        QCOMPARE(snooze->maximum(), 14);
        snooze->setValue(7);
        QVERIFY(save());
        QCOMPARE(storedMethods().registrationCampaign.snoozeDurationInDays, 7);
    }

    void migrationComplete_bannerAndCheckboxesAreAView()
    {
        Core::AuthMethodsPolicy methods = storedMethods();
        methods.policyMigrationState = Core::PolicyMigrationState::MigrationComplete;
        QVERIFY(Sspr::Store::PolicyRepository(*m_db).saveAuthMethodsPolicy(methods));
        openPage();
        QVERIFY(m_page->findChild<QLabel *>(u"migrationBanner"_s)->isVisible());
        auto *email = check(u"methodEmailCheck"_s);
        QVERIFY(!email->isEnabled());
        QVERIFY(note(Keys::EmailOption)->reason().contains(u"Authentication methods policy"_s));
        QVERIFY(email->isChecked()); // Email OTP is enabled for all users in the unified policy
        // Disabling Email OTP there unticks the view.
        m_page->findChild<Gui::MethodsPolicyPanel *>()->selectMethod(Core::AuthMethodKind::Email);
        click(m_page->findChild<QCheckBox *>(u"unifiedEnableCheck"_s));
        QVERIFY(!email->isChecked());
        // Security questions and the count stay editable.
        QVERIFY(check(u"methodSecurityQuestionsCheck"_s)->isEnabled());
        QVERIFY(m_page->findChild<QRadioButton *>(u"methodsRequiredTwoRadio"_s)->isEnabled());
        // Discard restores.
        click(m_page->findChild<QPushButton *>(u"discardButton"_s));
        QVERIFY(email->isChecked());
        QVERIFY(!m_editor->isDirty());
    }
};

QTEST_MAIN(TestAuthMethodsPage)
#include "tst_authmethodspage.moc"
