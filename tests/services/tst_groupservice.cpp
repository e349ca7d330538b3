// GroupService and GroupDirectory: mail nickname rules, creating a security group with its audit entry, search
// with LIKE wildcards taken literally, and members direct and through nested groups.
#include "auditlog.h"
#include "database.h"
#include "groupdirectory.h"
#include "groupservice.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using Sspr::Services::GroupService;
using Sspr::Store::GroupDirectory;

class TestGroupService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sspr::Store::Database> m_db;
    int m_count = 0;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(sql), qPrintable(Sspr::Store::Database::errorText(q)));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto db = Sspr::Store::Database::open(
            m_dir.filePath(u"groups%1.sqlite"_s.arg(++m_count)), Sspr::Store::Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        m_db = std::move(db).value();
    }

    void cleanup() { m_db.reset(); }

    void validateMailNickname_data()
    {
        QTest::addColumn<QString>("nickname");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"sspr-pilot"_s << true;
        QTest::newRow("underscore and digits") << u"sspr_2025"_s << true;
        QTest::newRow("one character") << u"x"_s << true;
        QTest::newRow("64 characters") << QString(64, u'a') << true;
        QTest::newRow("punctuation allowed") << u"a-b_c!#$%&'*+/=?^`{|}~"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("65 characters") << QString(65, u'a') << false;
        QTest::newRow("space") << u"sspr pilot"_s << false;
        QTest::newRow("tab") << u"sspr\tpilot"_s << false;
        QTest::newRow("non-ASCII") << u"grüße"_s << false;
        const QString forbidden = u"@()\\[]\";:.<>,"_s; // (no raw string: moc cannot read one holding a quote)
        for (const QChar c : forbidden)
            QTest::newRow(qPrintable(u"forbidden "_s + c)) << (u"ab"_s + c + u"cd"_s) << false;
    }

    void validateMailNickname()
    {
        QFETCH(QString, nickname);
        QFETCH(bool, valid);
        const auto status = GroupService::validateMailNickname(nickname);
        QCOMPARE(status.ok(), valid);
        if (!valid)
            QVERIFY(!status.errorMessage().isEmpty());
    }

    void create_writesGroupWithGuidAndAudit()
    {
        GroupService service(*m_db, u"kim@contoso.com"_s, u"console"_s);
        auto group = service.createSecurityGroup(u"  Password Self Reset  "_s, u"SSPR pilot"_s, u"pwd-self-reset"_s);
        QVERIFY2(group, qPrintable(group.errorMessage()));
        QVERIFY(!QUuid::fromString(group->id).isNull());
        QVERIFY(group->gid > 0);
        QCOMPARE(group->displayName, u"Password Self Reset"_s);
        QVERIFY(group->securityEnabled);
        auto found = GroupDirectory(*m_db).byId(group->id);
        QVERIFY(found && found->has_value());
        QCOMPARE(found->value().gid, group->gid);
        QCOMPARE(found->value().mailNickname, u"pwd-self-reset"_s);
        QCOMPARE(found->value().description, u"SSPR pilot"_s);
        QCOMPARE(found->value().directMembers, 0);
        QCOMPARE(scalar(u"SELECT mail_enabled FROM groups WHERE mail_nickname = 'pwd-self-reset'"_s), 0);
        auto byName = GroupDirectory(*m_db).byName(u"password self reset"_s);
        QVERIFY(byName && byName->has_value());

        auto log = Sspr::Store::AuditLog(*m_db).list();
        QVERIFY(log);
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->at(0).action, u"group.create"_s);
        QCOMPARE(log->at(0).actor, u"kim@contoso.com"_s);
        QCOMPARE(log->at(0).source, u"console"_s);
        QCOMPARE(log->at(0).target, u"Password Self Reset"_s);
        QCOMPARE(log->at(0).newValue, u"pwd-self-reset"_s);
    }

    void create_refusesTakenNicknameAndBadInput_writingNothing()
    {
        GroupService service(*m_db, u"kim"_s, u"console"_s);
        QVERIFY(service.createSecurityGroup(u"First"_s, QString(), u"team-a"_s));
        auto taken = service.createSecurityGroup(u"Second"_s, QString(), u"TEAM-A"_s);
        QVERIFY(!taken);
        QVERIFY(taken.errorMessage().contains(u"TEAM-A"_s));
        QVERIFY(!service.createSecurityGroup(u"   "_s, QString(), u"team-b"_s));
        QVERIFY(!service.createSecurityGroup(u"Third"_s, QString(), u"team b"_s));
        QVERIFY(!service.createSecurityGroup(u"Fourth"_s, QString(1025, u'x'), u"team-d"_s));
        QCOMPARE(scalar(u"SELECT count(*) FROM groups"_s), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log"_s), 1);
    }

    void search_takesWildcardsLiterally_prefixFirst()
    {
        GroupService service(*m_db, u"kim"_s, u"console"_s);
        QVERIFY(service.createSecurityGroup(u"100% Done"_s, QString(), u"done100"_s));
        QVERIFY(service.createSecurityGroup(u"Sales_EU"_s, QString(), u"sales-eu"_s));
        QVERIFY(service.createSecurityGroup(u"SalesXEU"_s, QString(), u"salesxeu"_s));
        QVERIFY(service.createSecurityGroup(u"All Sales"_s, QString(), u"all-sales"_s));
        GroupDirectory directory(*m_db);
        auto percent = directory.search(u"%"_s, 50);
        QVERIFY(percent);
        QCOMPARE(percent->size(), 1);
        QCOMPARE(percent->at(0).displayName, u"100% Done"_s);
        auto underscore = directory.search(u"s_e"_s, 50);
        QVERIFY(underscore);
        QCOMPARE(underscore->size(), 1);
        QCOMPARE(underscore->at(0).displayName, u"Sales_EU"_s);
        auto sales = directory.search(u"sales"_s, 50);
        QVERIFY(sales);
        QCOMPARE(sales->size(), 3);
        QCOMPARE(sales->at(0).displayName, u"Sales_EU"_s); // names starting with the text first
        QCOMPARE(sales->at(2).displayName, u"All Sales"_s);
        auto byNickname = directory.search(u"done100"_s, 50);
        QVERIFY(byNickname);
        QCOMPARE(byNickname->size(), 1);
        auto all = directory.search(QString(), 2);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
    }

    void members_directAndTransitive()
    {
        exec(u"INSERT INTO groups (gid, id, display_name) VALUES (1, 'g-parent', 'Parent'), (2, 'g-child', 'Child'), "
             "(3, 'g-grandchild', 'Grandchild')"_s);
        exec(u"INSERT INTO group_nesting (parent_gid, child_gid) VALUES (1, 2), (2, 3), (3, 1)"_s); // with a cycle
        for (int uid = 1; uid <= 4; ++uid)
            exec(u"INSERT INTO users (uid, id, sort_key, upn, display_name) VALUES (%1, 'u%1', %1, 'u%1@x.test', "
                 "'User %1')"_s.arg(uid));
        exec(u"INSERT INTO group_members (gid, uid) VALUES (1, 1), (1, 2), (2, 2), (2, 3), (3, 4)"_s);
        GroupDirectory directory(*m_db);
        QCOMPARE(directory.members(1, false).value(), (QList<qint64> {1, 2}));
        QCOMPARE(directory.members(1, true).value(), (QList<qint64> {1, 2, 3, 4}));
        QCOMPARE(directory.members(2, true).value(), (QList<qint64> {1, 2, 3, 4}));
        QCOMPARE(directory.members(1, true, 2, 1).value(), (QList<qint64> {2, 3}));
        QCOMPARE(directory.memberCount(1, false).value(), 2);
        QCOMPARE(directory.memberCount(3, false).value(), 1);
        QCOMPARE(directory.memberCount(3, true).value(), 4);
        QCOMPARE(directory.byId(u"g-child"_s).value()->directMembers, 2);
        QVERIFY(!directory.byId(u"nope"_s).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestGroupService)
#include "tst_groupservice.moc"
