#include "database.h"
#include "demoseeder.h"
#include "demotenant.h"
#include "policyrepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Sspr::Store::Database;

namespace {
// A digest of every row of the tables that make up the tenant (not the timestamps of the file itself).
QByteArray tenantDigest(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString queries[] = {
        u"SELECT * FROM groups ORDER BY gid"_s,
        u"SELECT * FROM users ORDER BY uid"_s,
        u"SELECT uid, id, type, value, phone_digits, detail, created_at, usable, unusable_reason FROM user_methods "
        "ORDER BY mid"_s,
        u"SELECT * FROM group_members ORDER BY gid, uid"_s,
        u"SELECT * FROM group_nesting ORDER BY parent_gid, child_gid"_s,
        u"SELECT rowid, terms FROM users_fts ORDER BY rowid"_s,
        u"SELECT rowid, digits FROM users_phone_fts ORDER BY rowid"_s,
    };
    for (const QString &sql : queries) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            return {};
        const int columns = q.record().count();
        while (q.next()) {
            for (int c = 0; c < columns; ++c) {
                hash.addData(q.value(c).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
        }
    }
    return hash.result().toHex();
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

std::unique_ptr<Database> seeded(const QString &path, int users, quint64 seed)
{
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        return {};
    if (!Sspr::Services::seedDemoTenant(*db.value(), users, seed))
        return {};
    return std::move(db).value();
}
} // namespace

class TestDemoSeeder final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void seed_sameSeed_sameTenant()
    {
        QTemporaryDir dir;
        auto a = seeded(dir.filePath(u"a.sqlite"_s), 1500, 42);
        auto b = seeded(dir.filePath(u"b.sqlite"_s), 1500, 42);
        QVERIFY(a && b);
        const QByteArray da = tenantDigest(*a);
        QVERIFY(!da.isEmpty());
        QCOMPARE(tenantDigest(*b), da);
        auto c = seeded(dir.filePath(u"c.sqlite"_s), 1500, 43);
        QVERIFY(c);
        QVERIFY(tenantDigest(*c) != da);
    }

    void seed_defaultDemo_hasTheRealisticShape()
    {
        QTemporaryDir dir;
        auto db = seeded(dir.filePath(u"demo.sqlite"_s), Sspr::Core::DemoTenantGenerator::kDefaultUserCount,
                         Sspr::Core::DemoTenantGenerator::kDefaultSeed);
        QVERIFY(db);
        Database &d = *db;
        QCOMPARE(scalar(d, u"SELECT count(*) FROM users"_s), 2000);
        const qint64 groups = scalar(d, u"SELECT count(*) FROM groups"_s);
        QVERIFY2(groups >= 35 && groups <= 50, qPrintable(QString::number(groups)));
        QCOMPARE(scalar(d, u"SELECT count(*) FROM groups WHERE display_name = 'Password Self Reset'"_s), 1);
        QVERIFY(scalar(d, u"SELECT count(*) FROM group_nesting"_s) >= 5);
        // Nested: Password Self Reset contains at least one group.
        QVERIFY(scalar(d, u"SELECT count(*) FROM group_nesting n JOIN groups g ON g.gid = n.parent_gid "
                          "WHERE g.display_name = 'Password Self Reset'"_s) >= 1);
        // Countries and names vary.
        QVERIFY(scalar(d, u"SELECT count(DISTINCT usage_location) FROM users"_s) >= 15);
        QVERIFY(scalar(d, u"SELECT count(DISTINCT surname) FROM users"_s) >= 150);
        QVERIFY(scalar(d, u"SELECT count(*) FROM users WHERE display_name GLOB '*[^ -~]*'"_s) > 50); // diacritics
        // Admins, a few Global Administrators, and disabled accounts.
        const qint64 admins = scalar(d, u"SELECT count(*) FROM users WHERE admin_roles <> ''"_s);
        QVERIFY2(admins >= 5 && admins <= 80, qPrintable(QString::number(admins)));
        QVERIFY(scalar(d, u"SELECT count(*) FROM users WHERE admin_roles = 'Global Administrator'"_s) >= 1);
        const qint64 disabled = scalar(d, u"SELECT count(*) FROM users WHERE account_enabled = 0"_s);
        QVERIFY(disabled >= 10 && disabled <= 100);
        // Users with 0, 1, 2 and 3+ registered methods.
        const QString perUser = u"SELECT count(*) FROM (SELECT u.uid, count(m.mid) AS n FROM users u "
                                "LEFT JOIN user_methods m ON m.uid = u.uid GROUP BY u.uid) WHERE "_s;
        QVERIFY(scalar(d, perUser + u"n = 0"_s) > 100);
        QVERIFY(scalar(d, perUser + u"n = 1"_s) > 300);
        QVERIFY(scalar(d, perUser + u"n = 2"_s) > 300);
        QVERIFY(scalar(d, perUser + u"n >= 3"_s) > 100);
        // Alternate mobile never without mobile (Entra's rule holds in the demo data too).
        QCOMPARE(scalar(d, u"SELECT count(*) FROM user_methods a WHERE a.type = 'alternateMobile' AND NOT EXISTS "
                          "(SELECT 1 FROM user_methods m WHERE m.uid = a.uid AND m.type = 'mobile')"_s),
                 0);
        // Profile phones that differ from the registered mobile.
        QVERIFY(scalar(d, u"SELECT count(*) FROM users u JOIN user_methods m ON m.uid = u.uid AND m.type = 'mobile' "
                          "WHERE u.mobile_phone <> '' AND m.phone_digits <> "
                          "replace(replace(replace(replace(replace(replace(u.mobile_phone, '+', ''), ' ', ''), '-', ''), "
                          "'(', ''), ')', ''), '.', '')"_s)
                > 20);
        // Graph's phone form in registered methods.
        QCOMPARE(scalar(d, u"SELECT count(*) FROM user_methods WHERE phone_digits IS NOT NULL AND value NOT GLOB "
                          "'+[1-9]* [0-9]*'"_s),
                 0);
        // Some numbers shared between accounts.
        QVERIFY(scalar(d, u"SELECT count(*) FROM (SELECT phone_digits FROM user_methods WHERE type = 'mobile' "
                          "GROUP BY phone_digits HAVING count(*) > 1)"_s)
                >= 1);
        // The default policy scopes SSPR to Password Self Reset.
        Sspr::Store::PolicyRepository repo(d);
        auto policy = repo.load();
        QVERIFY(policy);
        QCOMPARE(policy->enablement, Sspr::Core::SsprEnablement::Selected);
        QSqlQuery q(d.connection());
        QVERIFY(q.exec(u"SELECT display_name FROM groups WHERE id = '"_s + policy->groupId + u"'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Password Self Reset"_s);
        // Users arrive in name order: sort_key follows (display name, UPN).
        QCOMPARE(scalar(d, u"SELECT count(*) FROM users a JOIN users b ON b.uid = a.uid + 1 "
                          "WHERE a.sort_key >= b.sort_key"_s),
                 0);
    }

    void seed_cancelled_leavesStoreEmpty()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"x.sqlite"_s), Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        const auto status = Sspr::Services::seedDemoTenant(*db.value(), 20000, 1, [](int done, int) {
            return done < 5000;
        });
        QVERIFY(!status);
        QCOMPARE(scalar(*db.value(), u"SELECT count(*) FROM users"_s), 0);
        QCOMPARE(scalar(*db.value(), u"SELECT count(*) FROM tenant"_s), 0);
    }

    void seed_intoFilledStore_refused()
    {
        QTemporaryDir dir;
        auto db = seeded(dir.filePath(u"y.sqlite"_s), 100, 1);
        QVERIFY(db);
        const auto status = Sspr::Services::seedDemoTenant(*db, 100, 2);
        QVERIFY(!status);
        QVERIFY(status.errorMessage().contains(u"already"_s));
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM users"_s), 100);
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
