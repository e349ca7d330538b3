#include "database.h"
#include "impactservice.h"
#include "policyrepository.h"
#include "tenantwriter.h"
#include "userbrowserservice.h"
#include "userdirectory.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Sspr::Core::AuthMethod;
using Sspr::Core::MethodType;
using Sspr::Core::SsprPolicy;
using Sspr::Core::UserRecord;
using Sspr::Services::ImpactService;

namespace {
// A tenant small enough to know every answer. G0 is the SSPR group, G1 is nested in G0, G2 is unrelated.
const QString kG0 = u"00000000-0000-4000-8000-000000000000"_s;
const QString kG2 = u"00000000-0000-4000-8000-000000000002"_s;

UserRecord user(const QString &name, std::initializer_list<MethodType> methods)
{
    UserRecord u;
    static int n = 0;
    u.id = u"10000000-0000-4000-8000-%1"_s.arg(++n, 12, 10, QChar(u'0'));
    u.displayName = name;
    u.givenName = name;
    u.userPrincipalName = name.toLower() + u"@contoso.com"_s;
    u.usageLocation = u"US"_s;
    for (MethodType t : methods) {
        AuthMethod m;
        m.type = t;
        m.id = Sspr::Core::fixedMethodId(t).isEmpty() ? u"m-"_s + name + QString::number(int(t))
                                                       : Sspr::Core::fixedMethodId(t);
        m.value = Sspr::Core::isPhoneType(t) ? u"+1 4255550100"_s : name;
        u.methods.append(m);
    }
    return u;
}

SsprPolicy basePolicy()
{
    SsprPolicy p;
    p.enablement = Sspr::Core::SsprEnablement::Selected;
    p.groupId = kG0;
    p.methodsRequired = 1;
    p.email = true;
    p.mobilePhone = true;
    p.mobileAppCode = true;
    p.registrationRequired = true;
    p.writebackEnabled = true;
    p.allowedToUseSspr = true;
    return p;
}
} // namespace

class TestImpactService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sspr::Store::Database> m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto db = Sspr::Store::Database::open(m_dir.filePath(u"impact.sqlite"_s),
                                              Sspr::Store::Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        m_db = std::move(db).value();
        Sspr::Store::TenantWriter writer(*m_db);
        QVERIFY(writer.begin(u"Known"_s, u"contoso.com"_s));
        writer.addGroup({kG0, u"Password Self Reset"_s, {}, u"psr"_s, true, false});
        writer.addGroup({u"00000000-0000-4000-8000-000000000001"_s, u"Nested"_s, {}, u"nested"_s, true, false});
        writer.addGroup({kG2, u"Other"_s, {}, u"other"_s, true, false});
        writer.addNestedGroup(0, 1);
        using M = MethodType;
        writer.addUser(user(u"Alice"_s, {M::MobilePhone, M::Email}), {0});          // can, keeps with 2
        writer.addUser(user(u"Bob"_s, {M::Email}), {1});                             // nested member, email only
        writer.addUser(user(u"Carol"_s, {M::MobilePhone}), {2});                     // out of the selected scope
        writer.addUser(user(u"Dave"_s, {}), {0});                                    // in scope, no method
        UserRecord erin = user(u"Erin"_s, {M::MobilePhone});
        erin.accountEnabled = false;
        writer.addUser(erin, {0});                                                   // disabled
        UserRecord frank = user(u"Frank"_s, {M::MobilePhone, M::Email});
        frank.adminRoles = {u"Global Administrator"_s};
        writer.addUser(frank, {2});                                                  // admin policy applies
        UserRecord gina = user(u"Gina"_s, {M::MobilePhone});
        gina.onPremisesSynced = true;
        writer.addUser(gina, {0});                                                   // needs writeback
        UserRecord hank = user(u"Hank"_s, {M::Email});
        hank.userType = u"Guest"_s;
        writer.addUser(hank, {0});                                                   // guest
        writer.addUser(user(u"Ivy"_s, {M::MicrosoftAuthenticator}), {0});           // Authenticator only
        writer.addUser(user(u"Kim"_s, {}), {2});                                     // out of scope, no method
        QVERIFY2(writer.finish(basePolicy()), qPrintable(writer.error()));
    }

    void compute_knownTenant_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<qint64>("lose");
        QTest::addColumn<qint64>("forced");
        QTest::addColumn<qint64>("without");
        QTest::addColumn<QString>("loseUpns");
        // Today: Dave is in scope without a method (and already asked to register).
        QTest::newRow("no change") << u""_s << 0LL << 0LL << 1LL << u""_s;
        QTest::newRow("two methods") << u"methods=2"_s << 3LL << 3LL << 4LL << u"bob,gina,ivy"_s;
        QTest::newRow("scope all") << u"all"_s << 0LL << 1LL << 2LL << u""_s;
        QTest::newRow("scope none") << u"none"_s << 4LL << 0LL << 0LL << u"alice,bob,gina,ivy"_s;
        QTest::newRow("admins off") << u"admins"_s << 1LL << 0LL << 1LL << u"frank"_s;
        QTest::newRow("writeback off") << u"writeback"_s << 1LL << 0LL << 1LL << u"gina"_s;
        QTest::newRow("untick mobile app code") << u"app"_s << 1LL << 1LL << 2LL << u"ivy"_s;
        QTest::newRow("switch to unrelated group") << u"other"_s << 4LL << 1LL << 1LL << u"alice,bob,gina,ivy"_s;
    }

    void compute_knownTenant()
    {
        QFETCH(QString, change);
        QFETCH(qint64, lose);
        QFETCH(qint64, forced);
        QFETCH(qint64, without);
        QFETCH(QString, loseUpns);
        const SsprPolicy current = basePolicy();
        SsprPolicy staged = current;
        if (change == u"methods=2"_s)
            staged.methodsRequired = 2;
        else if (change == u"all"_s)
            staged.enablement = Sspr::Core::SsprEnablement::All;
        else if (change == u"none"_s)
            staged.enablement = Sspr::Core::SsprEnablement::None;
        else if (change == u"admins"_s)
            staged.allowedToUseSspr = false;
        else if (change == u"writeback"_s)
            staged.writebackEnabled = false;
        else if (change == u"app"_s)
            staged.mobileAppCode = false;
        else if (change == u"other"_s)
            staged.groupId = kG2;
        ImpactService service(*m_db);
        auto impact = service.compute(current, staged);
        QVERIFY2(impact, qPrintable(impact.errorMessage()));
        QCOMPARE(impact->usersConsidered, 10);
        QCOMPARE(impact->loseReset, lose);
        QCOMPARE(impact->forcedToRegister, forced);
        QCOMPARE(impact->inScopeWithoutMethods, without);
        auto users = service.users(current, staged, ImpactService::Category::LoseReset, 100);
        QVERIFY(users);
        QStringList names;
        for (const auto &row : users.value())
            names << row.userPrincipalName.section(u'@', 0, 0);
        QCOMPARE(names.join(u','), loseUpns);
    }

    // The per-user verdict on the user page and the whole-tenant preview must agree on who can reset.
    void verdict_agreesWithImpactRule()
    {
        const QStringList canReset = {u"alice"_s, u"bob"_s, u"frank"_s, u"gina"_s, u"ivy"_s};
        Sspr::Services::UserBrowserService browser(*m_db);
        for (qint64 uid = 1; uid <= 10; ++uid) {
            auto verdict = browser.verdict(uid);
            QVERIFY(verdict);
            auto user = Sspr::Store::UserDirectory(*m_db).user(uid);
            const QString name = user->userPrincipalName.section(u'@', 0, 0);
            QVERIFY2(verdict->canReset == canReset.contains(name), qPrintable(name));
            QVERIFY(!verdict->reasons.isEmpty());
        }
    }

    void exportCsv_writesEveryUserOfTheCategory()
    {
        SsprPolicy staged = basePolicy();
        staged.methodsRequired = 2;
        const QString path = m_dir.filePath(u"lose.csv"_s);
        QVERIFY(ImpactService(*m_db).exportCsv(basePolicy(), staged, ImpactService::Category::LoseReset, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text.count(u"@contoso.com"_s), 3);
        QVERIFY(text.contains(u"bob@contoso.com"_s));
        QVERIFY(text.contains(u"userPrincipalName"_s));
    }
};

QTEST_GUILESS_MAIN(TestImpactService)
#include "tst_impactservice.moc"
