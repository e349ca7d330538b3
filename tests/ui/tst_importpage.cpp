// The import wizard, driven by objectName offscreen: file and pasted rows, column mapping, the preview and its
// filters, the policy for existing values (ask: decided per row), apply with progress, pause, cancel and resume,
// the result and its report; and the preview models under QAbstractItemModelTester.
#include "csvreader.h"
#include "database.h"
#include "demoseeder.h"
#include "importjournal.h"
#include "importpage.h"
#include "importplanmodel.h"
#include "importplanner.h"
#include "importreport.h"
#include "importresultmodel.h"
#include "importrunner.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using Sspr::Gui::ImportPage;
using Sspr::Services::ImportRowClass;

class TestImportPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sspr::Store::Database> m_db;
    QStringList m_withoutMobile; // users without a mobile phone
    QStringList m_withMobile; // "upn,value" of users with one
    int m_files = 0;

    QStringList query(const QString &sql)
    {
        QStringList out;
        QSqlQuery q(m_db->connection());
        q.exec(sql);
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    QString writeFile(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(u"import%1.csv"_s.arg(++m_files));
        return Sspr::Test::writeAll(path, bytes) ? path : QString();
    }

    // Every class of row; users taken from the seeded store from `offset` on, so tests do not collide.
    QByteArray everyClassFile(int offset, int withOffset)
    {
        const QString shared = query(u"SELECT value FROM user_methods WHERE type = 'mobile' GROUP BY phone_digits "
                                     "HAVING count(*) > 1 LIMIT 1"_s)
                                   .value(0);
        QByteArray csv = "UPN,Mobile,Alternate mobile\r\n";
        csv += m_withoutMobile.at(offset).toUtf8() + ",+1 425 555 0140,\r\n"; // will add
        csv += m_withMobile.at(withOffset).section(u',', 0, 0).toUtf8() + ",+1 425 555 0141,\r\n"; // will update
        csv += m_withMobile.at(withOffset + 1).toUtf8() + ",\r\n"; // already set
        csv += "nobody.at.all@contoso.com,+1 425 555 0142,\r\n"; // unknown user
        csv += m_withoutMobile.at(offset + 1).toUtf8() + ",+49 170 12,\r\n"; // invalid number
        csv += m_withoutMobile.at(offset).toUtf8() + ",+1 425 555 0143,\r\n"; // duplicate
        csv += m_withoutMobile.at(offset + 2).toUtf8() + "," + shared.toUtf8() + ",\r\n"; // shared number
        csv += m_withoutMobile.at(offset + 3).toUtf8() + ",,+1 425 555 0145\r\n"; // rule violation
        return csv;
    }

    template<typename T> T *child(QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto db = Sspr::Store::Database::open(
            m_dir.filePath(u"import.sqlite"_s), Sspr::Store::Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        QVERIFY(Sspr::Services::seedDemoTenant(*db.value(), 1500, 7));
        m_db = std::move(db).value();
        m_withoutMobile = query(u"SELECT upn FROM users u WHERE usage_location = 'US' AND NOT EXISTS (SELECT 1 FROM "
                                "user_methods m WHERE m.uid = u.uid AND m.type IN ('mobile', 'alternateMobile')) "
                                "ORDER BY uid LIMIT 60"_s);
        m_withMobile = query(u"SELECT u.upn || ',' || m.value FROM users u JOIN user_methods m ON m.uid = u.uid "
                             "WHERE m.type = 'mobile' AND NOT EXISTS (SELECT 1 FROM user_methods o WHERE "
                             "o.phone_digits = m.phone_digits AND o.uid <> m.uid) ORDER BY u.uid LIMIT 20"_s);
        QCOMPARE(m_withoutMobile.size(), 60);
        QCOMPARE(m_withMobile.size(), 20);
    }

    void models_passModelTester()
    {
        auto source = Sspr::Services::ImportSource::fromBytes(everyClassFile(40, 10), u"t.csv"_s);
        QVERIFY(source);
        Sspr::Services::ImportOptions options;
        options.existing = Sspr::Services::ExistingPolicy::Ask;
        const auto mapping = Sspr::Services::ImportPlanner::detectMapping(source->table, options.kind);
        auto plan = Sspr::Services::ImportPlanner(*m_db).plan(source.value(), mapping, options);
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        auto shared = std::make_shared<Sspr::Services::ImportPlan>(std::move(plan).value());

        Sspr::Gui::ImportPlanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setPlan(shared);
        QCOMPARE(model.rowCount(), 8);
        model.setFilter({ImportRowClass::UnknownUser}, {});
        QCOMPARE(model.rowCount(), 1);
        model.setFilter({}, u"+1 425 555 014"_s);
        QVERIFY(model.rowCount() >= 3);
        model.setFilter({ImportRowClass::WillUpdate}, {});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex decision = model.index(0, Sspr::Gui::ImportPlanModel::DecisionColumn);
        QVERIFY(model.flags(decision) & Qt::ItemIsUserCheckable);
        QCOMPARE(decision.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(shared->undecided(), 1);
        QVERIFY(model.setData(decision, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(shared->undecided(), 0);
        QCOMPARE(shared->toApply(), 2);
        // Only update rows in ask mode can be decided.
        model.setFilter({ImportRowClass::WillAdd}, {});
        QVERIFY(!model.setData(
            model.index(0, Sspr::Gui::ImportPlanModel::DecisionColumn), Qt::Unchecked, Qt::CheckStateRole));
        shared->setExistingPolicy(Sspr::Services::ExistingPolicy::Overwrite);
        model.decisionsChanged();
        model.setFilter({}, {});
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c) {
                const QModelIndex i = model.index(r, c);
                (void)i.data(Qt::DisplayRole);
                (void)i.data(Qt::ToolTipRole);
                (void)i.data(Qt::ForegroundRole);
                QVERIFY(!(model.flags(i) & Qt::ItemIsUserCheckable));
            }
        }
        model.setPlan({});
        QCOMPARE(model.rowCount(), 0);

        Sspr::Gui::ImportResultModel results;
        QAbstractItemModelTester resultTester(&results, QAbstractItemModelTester::FailureReportingMode::QtTest);
        results.setRows(shared->journalRows());
        QCOMPARE(results.rowCount(), 8);
        results.setRows({});
        QCOMPARE(results.rowCount(), 0);
    }

    void mainWindow_hasTheImportPage()
    {
        Sspr::Gui::MainWindow window(*m_db);
        window.showPage(Sspr::Gui::MainWindow::Page::Import);
        auto *page = qobject_cast<ImportPage *>(window.pageWidget(Sspr::Gui::MainWindow::Page::Import));
        QVERIFY(page);
        QCOMPARE(page->objectName(), u"pageImport"_s);
    }

    void wizard_fileToResult()
    {
        ImportPage page(*m_db);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.step(), ImportPage::Step::Source);
        QVERIFY(child<QPushButton>(&page, u"chooseFileButton"_s)->isVisible());
        QVERIFY(!child<QPushButton>(&page, u"usePasteButton"_s)->isEnabled());

        QVERIFY(page.loadFile(writeFile(everyClassFile(0, 0))));
        QCOMPARE(page.step(), ImportPage::Step::Mapping);
        QCOMPARE(child<QComboBox>(&page, u"userColumnCombo"_s)->currentData().toInt(), 0);
        QCOMPARE(child<QComboBox>(&page, u"mobileColumnCombo"_s)->currentData().toInt(), 1);
        QCOMPARE(child<QComboBox>(&page, u"alternateMobileColumnCombo"_s)->currentData().toInt(), 2);
        QVERIFY(child<QCheckBox>(&page, u"headerRowCheckBox"_s)->isChecked());
        QVERIFY(!child<QComboBox>(&page, u"alternateEmailColumnCombo"_s)->isVisible());
        QVERIFY(!child<QLabel>(&page, u"mappingProblemsLabel"_s)->isVisible());
        QCOMPARE(child<QTableWidget>(&page, u"sourcePreviewTable"_s)->rowCount(), 8);

        QTest::mouseClick(child<QPushButton>(&page, u"checkRowsButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.step(), ImportPage::Step::Preview, 30000);
        auto *table = child<QTableView>(&page, u"previewTable"_s);
        QCOMPARE(table->model()->rowCount(), 8);
        for (const QString &key : {u"willAdd"_s, u"willUpdate"_s, u"alreadySet"_s, u"unknownUser"_s, u"invalidValue"_s,
                 u"duplicate"_s, u"sharedNumber"_s, u"ruleViolation"_s}) {
            auto *button = child<QToolButton>(&page, u"filter_"_s + key + u"Button"_s);
            QVERIFY2(button && button->isVisible(), qPrintable(key));
            QVERIFY2(button->text().endsWith(u"· 1"_s), qPrintable(button->text()));
        }
        // Filters: a class, then text, then all rows again; an empty filter says so.
        QTest::mouseClick(child<QToolButton>(&page, u"filter_unknownUserButton"_s), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, Sspr::Gui::ImportPlanModel::UserColumn).data().toString(),
            u"nobody.at.all@contoso.com"_s);
        QTest::keyClicks(child<QLineEdit>(&page, u"previewSearchEdit"_s), u"zzzz"_s);
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(child<QLabel>(&page, u"previewEmptyLabel"_s)->isVisible());
        child<QLineEdit>(&page, u"previewSearchEdit"_s)->clear();
        QTest::mouseClick(child<QToolButton>(&page, u"filterAllButton"_s), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 8);

        // Default: keep existing values; shared numbers held back. One change.
        auto *apply = child<QPushButton>(&page, u"applyButton"_s);
        QVERIFY(apply->isEnabled());
        QVERIFY(apply->text().contains(u'1'));
        // Ask: the apply waits for a decision.
        auto *policy = child<QComboBox>(&page, u"existingPolicyCombo"_s);
        policy->setCurrentIndex(policy->findData(int(Sspr::Services::ExistingPolicy::Ask)));
        QVERIFY(!apply->isEnabled());
        QVERIFY(child<QPushButton>(&page, u"replaceAllButton"_s)->isVisible());
        QTest::mouseClick(child<QPushButton>(&page, u"replaceAllButton"_s), Qt::LeftButton);
        QVERIFY(apply->isEnabled());
        QVERIFY(apply->text().contains(u'2'));
        auto *allowShared = child<QCheckBox>(&page, u"allowSharedCheckBox"_s);
        QVERIFY(allowShared->isVisible());

        // The dry-run report, then apply.
        const QString checkReport = m_dir.filePath(u"check.csv"_s);
        QVERIFY(page.saveCheckReport(checkReport));
        QVERIFY(Sspr::Test::readAll(checkReport).contains("wouldUpdate"));
        const QString updated = m_withMobile.at(0).section(u',', 0, 0);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.step(), ImportPage::Step::Result, 30000);
        QVERIFY(child<QLabel>(&page, u"resultTitleLabel"_s)->text().contains(u"complete"_s));
        QVERIFY(child<QLabel>(&page, u"resultSummaryLabel"_s)->text().contains(u"1 added"_s));
        QCOMPARE(child<QTableView>(&page, u"resultTable"_s)->model()->rowCount(), 5);
        QCOMPARE(scalar(u"SELECT count(*) FROM user_methods m JOIN users u ON u.uid = m.uid WHERE u.upn = '%1' "
                        "AND m.value = '+1 4255550141'"_s.arg(updated)),
            1);
        const QString report = m_dir.filePath(u"result.csv"_s);
        QVERIFY(page.saveReport(report));
        auto table2 = Sspr::Core::CsvReader().readFile(report);
        QVERIFY(table2);
        QCOMPARE(table2->records.size(), 9);
        QCOMPARE(table2->records.constFirst().fields, Sspr::Services::ImportReport::header());
        QTest::mouseClick(child<QPushButton>(&page, u"newImportButton"_s), Qt::LeftButton);
        QCOMPARE(page.step(), ImportPage::Step::Source);
    }

    void wizard_pastedEmails()
    {
        ImportPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *kind = child<QComboBox>(&page, u"importKindCombo"_s);
        kind->setCurrentIndex(kind->findData(int(Sspr::Services::ImportKind::Emails)));
        auto *paste = child<QPlainTextEdit>(&page, u"pasteEdit"_s);
        paste->setPlainText(m_withoutMobile.at(10) + u"\tpasted.one@example.org\n"_s + m_withoutMobile.at(11)
            + u"\tnot-an-address\n"_s);
        auto *use = child<QPushButton>(&page, u"usePasteButton"_s);
        QVERIFY(use->isEnabled());
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(page.step(), ImportPage::Step::Mapping);
        QVERIFY(!child<QCheckBox>(&page, u"headerRowCheckBox"_s)->isChecked());
        QCOMPARE(child<QComboBox>(&page, u"alternateEmailColumnCombo"_s)->currentData().toInt(), 1);
        QVERIFY(!child<QComboBox>(&page, u"mobileColumnCombo"_s)->isVisible());
        QVERIFY(!child<QComboBox>(&page, u"defaultRegionCombo"_s)->isVisible());
        page.checkRows();
        QTRY_COMPARE_WITH_TIMEOUT(page.step(), ImportPage::Step::Preview, 30000);
        QCOMPARE(page.plan()->count(ImportRowClass::InvalidValue), 1);
        QVERIFY(child<QToolButton>(&page, u"filter_invalidValueButton"_s)->text().startsWith(u"Invalid address"_s));
    }

    void wizard_unusableSourceAndMapping()
    {
        ImportPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // An empty file: the Source step says why and stays.
        QVERIFY(!page.loadFile(writeFile({})));
        QCOMPARE(page.step(), ImportPage::Step::Source);
        auto *error = child<QLabel>(&page, u"sourceErrorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"empty"_s));
        QVERIFY(!page.loadFile(m_dir.filePath(u"no-such-file.csv"_s)));
        QVERIFY(error->text().contains(u"no file"_s));

        // Unknown headers: nothing is guessed; the problems are listed and Check rows waits for a choice.
        QVERIFY(page.loadFile(writeFile("Who,Number\n" + m_withoutMobile.at(20).toUtf8() + ",+1 425 555 0150\n")));
        QCOMPARE(page.step(), ImportPage::Step::Mapping);
        auto *problems = child<QLabel>(&page, u"mappingProblemsLabel"_s);
        QVERIFY(problems->isVisible());
        auto *check = child<QPushButton>(&page, u"checkRowsButton"_s);
        QVERIFY(!check->isEnabled());
        auto *user = child<QComboBox>(&page, u"userColumnCombo"_s);
        user->setCurrentIndex(user->findData(0));
        emit user->activated(user->currentIndex());
        auto *mobile = child<QComboBox>(&page, u"mobileColumnCombo"_s);
        mobile->setCurrentIndex(mobile->findData(1));
        emit mobile->activated(mobile->currentIndex());
        QVERIFY(!problems->isVisible());
        QVERIFY(check->isEnabled());
        QCOMPARE(page.mapping().column(Sspr::Core::CsvColumnRole::User), 0);
        // A column can have one role: choosing it for another role takes it away from the first.
        auto *office = child<QComboBox>(&page, u"officeColumnCombo"_s);
        office->setCurrentIndex(office->findData(1));
        emit office->activated(office->currentIndex());
        QCOMPARE(mobile->currentData().toInt(), -1);
        QCOMPARE(page.mapping().column(Sspr::Core::CsvColumnRole::Office), 1);
        QTest::mouseClick(child<QPushButton>(&page, u"mappingBackButton"_s), Qt::LeftButton);
        QCOMPARE(page.step(), ImportPage::Step::Source);
        // Forward again to the same file's columns, the choices kept.
        auto *next = child<QPushButton>(&page, u"sourceNextButton"_s);
        QVERIFY(next->isVisible());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(page.step(), ImportPage::Step::Mapping);
        QCOMPARE(page.mapping().column(Sspr::Core::CsvColumnRole::Office), 1);
    }

    void wizard_pauseResumeCancel()
    {
        QByteArray csv = "UPN,Mobile\n";
        for (int i = 30; i < 60; ++i)
            csv += m_withoutMobile.at(i).toUtf8() + ",+1 425 555 " + QByteArray::number(1000 + i) + "\n";
        ImportPage page(*m_db);
        page.setBatchSize(1);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.loadFile(writeFile(csv)));
        page.checkRows();
        QTRY_COMPARE_WITH_TIMEOUT(page.step(), ImportPage::Step::Preview, 30000);
        QCOMPARE(page.plan()->toApply(), 30);
        QTest::mouseClick(child<QPushButton>(&page, u"applyButton"_s), Qt::LeftButton);
        QCOMPARE(page.step(), ImportPage::Step::Progress);
        QVERIFY(page.runner());
        QTRY_VERIFY(page.runner()->progress().done >= 2);
        auto *pause = child<QPushButton>(&page, u"pauseButton"_s);
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(page.runner()->state(), Sspr::Services::ImportRunner::State::Paused);
        const qint64 pausedAt = page.runner()->progress().done;
        QTest::qWait(50);
        QCOMPARE(page.runner()->progress().done, pausedAt); // nothing happens while paused
        QVERIFY(child<QLabel>(&page, u"progressTextLabel"_s)->text().contains(u"rows"_s));
        QCOMPARE(child<QProgressBar>(&page, u"applyProgressBar"_s)->maximum(), 30);
        QTest::mouseClick(pause, Qt::LeftButton); // resume
        QTRY_VERIFY(page.runner()->progress().done > pausedAt);
        QTest::mouseClick(child<QPushButton>(&page, u"cancelRunButton"_s), Qt::LeftButton);
        QCOMPARE(page.step(), ImportPage::Step::Result);
        QVERIFY(child<QLabel>(&page, u"resultTitleLabel"_s)->text().contains(u"cancelled"_s));
        const qint64 applied = page.runner()->progress().done;
        QVERIFY(applied > pausedAt && applied < 30);
        QCOMPARE(child<QTableView>(&page, u"resultTable"_s)->model()->rowCount(), 30 - applied);
    }

    // An import interrupted earlier (the console was closed) is offered on the Source step and resumed.
    void wizard_resumesAnInterruptedRun()
    {
        QByteArray csv = "UPN,Mobile\n";
        for (int i = 24; i < 28; ++i)
            csv += m_withoutMobile.at(i).toUtf8() + ",+1 425 555 " + QByteArray::number(2000 + i) + "\n";
        auto source = Sspr::Services::ImportSource::fromBytes(csv, u"interrupted.csv"_s);
        QVERIFY(source);
        const auto mapping = Sspr::Services::ImportPlanner::detectMapping(source->table, {});
        auto plan = Sspr::Services::ImportPlanner(*m_db).plan(source.value(), mapping, {});
        QVERIFY(plan);
        auto id = Sspr::Services::ImportRunner::createRun(*m_db, plan.value(), u"t"_s, u"console"_s);
        QVERIFY(id);

        ImportPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *banner = child<QFrame>(&page, u"resumeBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(child<QLabel>(&page, u"resumeTextLabel"_s)->text().contains(u"interrupted.csv"_s));
        QTest::mouseClick(child<QPushButton>(&page, u"resumeButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.step(), ImportPage::Step::Result, 30000);
        QCOMPARE(Sspr::Store::ImportJournal(*m_db).run(id.value())->state, u"completed"_s);
        QTest::mouseClick(child<QPushButton>(&page, u"newImportButton"_s), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestImportPage)
#include "tst_importpage.moc"
