// "Revert" on an audit log entry: the old value of a saved blade setting or method state is staged again (not
// saved), only while the setting still has the value the entry set, and never over unsaved edits.
#include "auditlog.h"
#include "auditrevert.h"
#include "database.h"
#include "demoseeder.h"
#include "policyeditor.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sspr;

class TestAuditRevert final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Database> m_db;
    int m_count = 0;

    Store::AuditEntry newestFor(const QString &setting)
    {
        const auto entries = Store::AuditLog(*m_db).list(setting, 50);
        if (entries)
            for (const Store::AuditEntry &e : entries.value())
                if (e.setting == setting)
                    return e;
        return {};
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto db = Store::Database::open(
            m_dir.filePath(u"revert%1.sqlite"_s.arg(++m_count)), Store::Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        QVERIFY(Services::seedDemoTenant(*db.value(), 100, 3));
        m_db = std::move(db).value();
    }

    void cleanup() { m_db.reset(); }

    void bladeSetting_stagesTheOldValue_onlyWhileUnchanged()
    {
        Gui::PolicyEditor editor(*m_db);
        const bool original = std::as_const(editor).saved().notifyUsers;
        editor.update([&](Core::SsprPolicy &p) { p.notifyUsers = !original; });
        QVERIFY(editor.save());
        const Store::AuditEntry entry = newestFor(u"notifyUsersOnPasswordReset"_s);
        QVERIFY(entry.id > 0);

        Gui::AuditRevert revert(editor);
        QVERIFY2(revert.whyNot(entry).isEmpty(), qPrintable(revert.whyNot(entry)));
        QCOMPARE(Gui::AuditRevert::pageFor(entry), 3); // Notifications
        QVERIFY(revert.stage(entry));
        QVERIFY(editor.isDirty());
        QCOMPARE(editor.staged().notifyUsers, original);
        QCOMPARE(std::as_const(editor).saved().notifyUsers, !original); // staged, not saved

        // With unsaved edits nothing is staged over them.
        QVERIFY(!revert.whyNot(entry).isEmpty());
        editor.discard();

        // Changed again since the entry: the entry no longer describes the setting.
        editor.update([&](Core::SsprPolicy &p) { p.notifyUsers = original; });
        QVERIFY(editor.save());
        QVERIFY(revert.whyNot(entry).contains(u"changed since"_s));
        QVERIFY(!revert.stage(entry));
    }

    void methodState_stagesTheOldState()
    {
        Gui::PolicyEditor editor(*m_db);
        const Core::MethodConfiguration *sms = editor.savedMethods().configuration(Core::AuthMethodKind::Sms);
        const bool original = sms && sms->enabled;
        editor.updateMethods(
            [&](Core::AuthMethodsPolicy &p) { p.ensureConfiguration(Core::AuthMethodKind::Sms).enabled = !original; });
        QVERIFY(editor.save());
        const Store::AuditEntry entry = newestFor(u"Sms.state"_s);
        QVERIFY(entry.id > 0);

        Gui::AuditRevert revert(editor);
        QVERIFY2(revert.whyNot(entry).isEmpty(), qPrintable(revert.whyNot(entry)));
        QCOMPARE(Gui::AuditRevert::pageFor(entry), 1); // Authentication methods
        QVERIFY(revert.stage(entry));
        QCOMPARE(editor.stagedMethods().configuration(Core::AuthMethodKind::Sms)->enabled, original);
    }

    void otherEntries_sayWhyNot()
    {
        Gui::PolicyEditor editor(*m_db);
        Gui::AuditRevert revert(editor);
        Store::AuditEntry entry;
        entry.action = u"method.add"_s;
        entry.setting = u"Mobile phone"_s;
        QVERIFY(!revert.whyNot(entry).isEmpty());
        entry.action = u"policy.update"_s;
        entry.setting = u"securityQuestions"_s;
        QVERIFY(revert.whyNot(entry).contains(u"Authentication methods"_s));
    }
};

QTEST_MAIN(TestAuditRevert)
#include "tst_auditrevert.moc"
