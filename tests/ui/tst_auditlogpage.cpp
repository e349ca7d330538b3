// Password reset > Audit log: empty state, newest first, filter (escaped), paging by keyset and the CSV export.
#include "auditlog.h"
#include "auditlogmodel.h"
#include "auditlogpage.h"
#include "database.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Gui = Sspr::Gui;

class TestAuditLogPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sspr::Store::Database> m_db;
    int m_count = 0;

    void append(const QString &action, const QString &target, const QString &setting, const QString &oldValue,
        const QString &newValue)
    {
        QVERIFY(Sspr::Store::AuditLog(*m_db).append(
            {0, {}, u"kim@contoso.com"_s, u"console"_s, action, target, setting, oldValue, newValue}));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto db = Sspr::Store::Database::open(
            m_dir.filePath(u"audit%1.sqlite"_s.arg(++m_count)), Sspr::Store::Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        m_db = std::move(db).value();
    }

    void cleanup() { m_db.reset(); }

    void emptyLog_showsEmptyState()
    {
        Gui::AuditLogPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *empty = page.findChild<QLabel *>(u"auditEmptyLabel"_s);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(u"Nothing has been logged yet"_s));
        QVERIFY(!page.findChild<QPushButton *>(u"auditExportButton"_s)->isEnabled());
    }

    void entries_newestFirst_filtered()
    {
        append(u"policy.update"_s, u"Password reset policy"_s, u"enablementType"_s, u"none"_s, u"all"_s);
        append(u"group.create"_s, u"SSPR Pilot"_s, u"mailNickname"_s, QString(), u"sspr-pilot"_s);
        append(u"policy.update"_s, u"Password reset policy"_s, u"notifyUsersOnPasswordReset"_s, u"true"_s, u"false"_s);
        Gui::AuditLogPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableView *>(u"auditTable"_s);
        QVERIFY(table->isVisible());
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.model()->entry(0).setting, u"notifyUsersOnPasswordReset"_s);
        QCOMPARE(page.model()->entry(2).setting, u"enablementType"_s);

        auto *filter = page.findChild<QLineEdit *>(u"auditFilterEdit"_s);
        QTest::keyClicks(filter, u"pilot"_s);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->entry(0).action, u"group.create"_s);
        filter->clear();
        QTest::keyClicks(filter, u"%"_s); // a LIKE wildcard is searched for literally
        QTRY_COMPARE(page.model()->filterText(), u"%"_s);
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.findChild<QLabel *>(u"auditEmptyLabel"_s)->isVisible());
    }

    void model_pagesByKeyset_passesTester()
    {
        QVERIFY(m_db->transaction([&]() -> Sspr::Core::Status {
            for (int i = 0; i < 450; ++i)
                append(u"method.add"_s, u"user%1@contoso.com"_s.arg(i), u"Mobile phone"_s, QString(),
                    u"+1 425555%1"_s.arg(i, 4, 10, QChar(u'0')));
            return {};
        }));
        Gui::AuditLogModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), Gui::AuditLogModel::kPageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.entry(0).target, u"user449@contoso.com"_s);
        QCOMPARE(model.entry(449).target, u"user0@contoso.com"_s);
    }

    void export_writesEveryMatchingEntry_withFormulaGuard()
    {
        append(u"policy.update"_s, u"Password reset policy"_s, u"customHelpdeskEmailOrUrl"_s, QString(),
            u"=HYPERLINK(\"http://evil\")"_s);
        append(u"group.create"_s, u"SSPR Pilot"_s, u"mailNickname"_s, QString(), u"sspr-pilot"_s);
        Gui::AuditLogPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString path = m_dir.filePath(u"audit.csv"_s);
        QVERIFY(page.exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).contains(u"when,actor,source,action,target,setting,old,new"_s));
        QVERIFY(lines.at(1).contains(u"group.create"_s)); // newest first
        QVERIFY2(lines.at(2).contains(u"'=HYPERLINK"_s), qPrintable(lines.at(2)));
    }
};

QTEST_MAIN(TestAuditLogPage)
#include "tst_auditlogpage.moc"
