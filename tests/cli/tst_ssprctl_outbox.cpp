// ssprctl outbox list / retry / discard / push, and the changes other commands make in a Graph profile, against the
// in-process fake Graph server. The exactly-once tests kill `ssprctl outbox push` (SIGKILL, through the worker's
// SSPR_OUTBOX_CRASH_AT test hook) before a batch is sent, after it was answered, and halfway through recording the
// answers, then push again: the fake server's create counters prove nothing was lost and nothing applied twice.
#include "database.h"
#include "fakegraphserver.h"
#include "keychainsecretstore.h"
#include "outboxchange.h"
#include "outboxrepository.h"
#include "tenantprofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;
using Sspr::Core::MethodType;
using Sspr::Store::OutboxRepository;
using Sspr::Sync::OutboxChange;

namespace {

constexpr int kTimeoutMs = 20000;
const QString kClientSecret = u"outbox-test-secret"_s;

struct Run
{
    int code = -1;
    bool crashed = false;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run ssprctl(const QStringList &args, const QString &home, const QList<QPair<QString, QString>> &extraEnv = {},
    const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.remove(u"SSPR_CLIENT_SECRET"_s);
    env.remove(u"SSPR_OUTBOX_CRASH_AT"_s);
    for (const auto &[name, value] : extraEnv)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SSPRCTL_PATH), args);
    if (!process.waitForStarted(kTimeoutMs))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), process.exitStatus() == QProcess::CrashExit,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

Sspr::Core::Status probeKeychain()
{
    Sspr::Secrets::KeychainSecretStore store;
    std::optional<Sspr::Core::Status> result;
    QObject context;
    store.probe(&context, [&](Sspr::Core::Status status) { result = std::move(status); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kTimeoutMs))
        return Sspr::Core::Error {u"timed out waiting for the keychain"_s};
    return *result;
}

struct TestUser
{
    QString id;
    QString upn;
};

} // namespace

// Pushing signs in with the keychain's secret, as a script would: without a Secret Service the push tests are
// skipped, unless SSPR_REQUIRE_KEYCHAIN=1 (packaging/dev.sh test) makes that a failure.
#define REQUIRE_KEYCHAIN()                                                                                             \
    do {                                                                                                               \
        if (!m_keychain) {                                                                                             \
            if (qEnvironmentVariable("SSPR_REQUIRE_KEYCHAIN") == "1"_L1)                                               \
                QFAIL(qPrintable(u"SSPR_REQUIRE_KEYCHAIN=1 but no keychain: "_s + m_keychainProblem));                 \
            QSKIP(qPrintable(u"no Secret Service reachable: "_s + m_keychainProblem));                                 \
        }                                                                                                              \
    } while (false)

class TestSsprctlOutbox final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sspr::FakeGraph::Server> m_server;
    QTemporaryDir m_home;
    bool m_keychain = false;
    QString m_keychainProblem;
    QString m_clientId;
    QString m_profile; // a connected Graph profile (empty without a keychain)
    int m_users = 0;
    int m_stores = 0;

    QString profilePath(const QString &name) const
    {
        return m_home.path() + u"/data/ssprconsole/profiles/"_s + name + u".sqlite"_s;
    }

    Run run(QStringList args, const QList<QPair<QString, QString>> &env = {})
    {
        args.prepend(m_profile);
        args.prepend(u"--profile"_s);
        return ssprctl(args, m_home.path(), env);
    }

    std::unique_ptr<Sspr::Store::Database> open(const QString &path)
    {
        auto db = Sspr::Store::Database::open(path, Sspr::Store::Database::OpenMode::CreateIfMissing);
        if (!db)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.errorMessage()));
        return std::move(db).value();
    }

    // A user in the tenant and, as a sync would have put it, in the store.
    TestUser user(Sspr::Store::Database &db, bool inTenant = true)
    {
        const int n = ++m_users;
        TestUser u;
        u.upn = u"cli.user%1@contoso.onmicrosoft.com"_s.arg(n);
        u.id = inTenant ? m_server->addUser(QJsonObject {{u"displayName"_s, u"Cli User %1"_s.arg(n)},
                   {u"userPrincipalName"_s, u.upn}, {u"usageLocation"_s, u"US"_s}})
                        : QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery q(db.connection());
        q.prepare(u"INSERT INTO users (id, sort_key, upn, display_name, usage_location) VALUES (?, ?, ?, ?, 'US')"_s);
        q.bindValue(0, u.id);
        q.bindValue(1, qint64(n) << 20);
        q.bindValue(2, u.upn);
        q.bindValue(3, u"Cli User %1"_s.arg(n));
        if (!q.exec())
            qFatal("cannot insert a user: %s", qPrintable(Sspr::Store::Database::errorText(q)));
        return u;
    }

    QString phoneOf(const QString &userId, const QString &type)
    {
        for (const QJsonValue &v : m_server->methods(userId)) {
            if (v.toObject().value(u"phoneType"_s).toString() == type)
                return v.toObject().value(u"phoneNumber"_s).toString();
        }
        return {};
    }

    qint64 scalar(Sspr::Store::Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // A Graph-kind store that no network ever sees: for list, retry and discard.
    QString offlineGraphStore()
    {
        const QString path = m_home.filePath(u"offline%1.sqlite"_s.arg(++m_stores));
        auto db = open(path);
        db->exec(u"INSERT INTO tenant (id, name, domain, kind, created_at) "
                 "VALUES (1, 'Contoso', 'contoso.onmicrosoft.com', 'graph', '2025-01-01')"_s);
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        Sspr::FakeGraph::Options options;
        options.users = 10;
        options.groups = 2;
        options.clientSecret = kClientSecret;
        m_server = std::make_unique<Sspr::FakeGraph::Server>(options);
        QVERIFY(m_server->start());
        m_clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto probe = probeKeychain();
        m_keychain = probe.ok();
        m_keychainProblem = probe.errorMessage();
        if (!m_keychain)
            return;
        m_profile = u"outbox"_s;
        const Run r = ssprctl(
            {u"--profile"_s, m_profile, u"connect"_s, u"--tenant"_s, m_server->tenantId(), u"--client-id"_s, m_clientId,
                u"--auth"_s, u"client-secret"_s, u"--graph-url"_s, m_server->graphRoot().toString(),
                u"--authority-url"_s, m_server->authority().toString(), u"--secret-stdin"_s},
            m_home.path(), {}, kClientSecret.toUtf8() + '\n');
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void cleanupTestCase()
    {
        if (!m_profile.isEmpty())
            ssprctl({u"--profile"_s, m_profile, u"disconnect"_s}, m_home.path());
    }

    // ---- without network: list, retry, discard

    void list_retry_discard_offline()
    {
        const QString path = offlineGraphStore();
        TestUser kim;
        {
            auto db = open(path);
            kim = user(*db, false);
        }
        auto cli = [&](QStringList args) {
            args.prepend(path);
            args.prepend(u"--db"_s);
            return ssprctl(args, m_home.path());
        };
        // A change made in a Graph profile is in the store and in the outbox, pending.
        Run r = cli({u"user"_s, u"add-phone"_s, kim.upn, u"+1 425 555 0100"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"outbox"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray items = r.json().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.at(0).toObject();
        QCOMPARE(item.value(u"kind"_s).toString(), u"phone.add"_s);
        QCOMPARE(item.value(u"state"_s).toString(), u"pending"_s);
        QCOMPARE(item.value(u"payload"_s).toObject().value(u"phoneNumber"_s).toString(), u"+1 4255550100"_s);
        QCOMPARE(r.json().value(u"counts"_s).toObject().value(u"pending"_s).toInt(), 1);
        const qint64 id = item.value(u"id"_s).toInteger();

        r = cli({u"outbox"_s, u"list"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"+1 4255550100"_s) && r.out.contains(kim.upn), qPrintable(r.out));
        QVERIFY(r.out.contains(u"pending"_s));

        // Usage errors exit 2.
        QCOMPARE(cli({u"outbox"_s, u"list"_s, u"--state"_s, u"lost"_s}).code, 2);
        QCOMPARE(cli({u"outbox"_s, u"retry"_s}).code, 2);
        QCOMPARE(cli({u"outbox"_s, u"discard"_s, u"x"_s}).code, 2);
        // A pending item cannot be retried; an unknown one exits 1.
        QCOMPARE(cli({u"outbox"_s, u"retry"_s, QString::number(id)}).code, 1);
        QCOMPARE(cli({u"outbox"_s, u"discard"_s, u"999"_s}).code, 1);

        // Discard: the store shows the tenant's value again (no phone).
        r = cli({u"outbox"_s, u"discard"_s, QString::number(id)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        {
            auto db = open(path);
            QCOMPARE(scalar(*db, u"SELECT count(*) FROM user_methods"_s), 0);
            QCOMPARE(scalar(*db, u"SELECT count(*) FROM audit_log WHERE action = 'outbox.discard'"_s), 1);
        }
        r = cli({u"outbox"_s, u"list"_s, u"--state"_s, u"discarded"_s, u"--json"_s});
        QCOMPARE(r.json().value(u"items"_s).toArray().size(), 1);

        // Retry --all-failed: failed items go back to pending, conflicts stay.
        {
            auto db = open(path);
            OutboxRepository repo(*db);
            const qint64 failed = OutboxChange::emailAdd(kim.id, kim.upn, u"kim@example.com"_s).enqueue(*db).value();
            const qint64 conflict = OutboxChange::emailAdd(kim.id, kim.upn, u"k2@example.com"_s).enqueue(*db).value();
            QVERIFY(repo.settle(failed, u"failed"_s, 403, u"Insufficient privileges"_s));
            QVERIFY(repo.settle(conflict, u"conflict"_s, 200, u"the tenant has another address"_s));
        }
        r = cli({u"outbox"_s, u"list"_s, u"--state"_s, u"failed,conflict"_s});
        QVERIFY2(
            r.out.contains(u"Insufficient privileges"_s) && r.out.contains(u"another address"_s), qPrintable(r.out));
        r = cli({u"outbox"_s, u"retry"_s, u"--all-failed"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(u"retried"_s).toInt(), 1);
        r = cli({u"outbox"_s, u"list"_s, u"--json"_s});
        const QJsonObject counts = r.json().value(u"counts"_s).toObject();
        QCOMPARE(counts.value(u"pending"_s).toInt(), 1);
        QCOMPARE(counts.value(u"conflict"_s).toInt(), 1);
    }

    void push_localProfileRefused()
    {
        const QString path = m_home.filePath(u"local.sqlite"_s);
        {
            auto db = open(path);
            db->exec(u"INSERT INTO tenant (id, name, domain, kind, created_at) "
                     "VALUES (1, 'Contoso', 'contoso.com', 'local', '2025-01-01')"_s);
        }
        const Run r = ssprctl({u"--db"_s, path, u"outbox"_s, u"push"_s}, m_home.path());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"local"_s), qPrintable(r.err));
    }

    // ---- pushing to the tenant

    void push_changesFromCommands()
    {
        REQUIRE_KEYCHAIN();
        TestUser kim;
        TestUser lee;
        {
            auto db = open(profilePath(m_profile));
            kim = user(*db);
            lee = user(*db);
        }
        m_server->resetCounters();
        QCOMPARE(run({u"user"_s, u"add-phone"_s, kim.upn, u"+1 425 555 0101"_s}).code, 0);
        QCOMPARE(run({u"user"_s, u"add-email"_s, lee.upn, u"lee@example.com"_s}).code, 0);
        QCOMPARE(run({u"group"_s, u"create"_s, u"Outbox pilots"_s, u"--mail-nickname"_s, u"outbox-pilots"_s}).code, 0);
        const bool allowed = m_server->allowedToUseSspr();
        const Run set = run({u"policy"_s, u"set"_s, u"allowedToUseSSPR="_s + (allowed ? u"false"_s : u"true"_s)});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        Run r = run({u"outbox"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.json().value(u"counts"_s).toObject().value(u"pending"_s).toInt(), 4);

        r = run({u"outbox"_s, u"push"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QCOMPARE(r.json().value(u"done"_s).toInt(), 4);
        QVERIFY(!r.err.isEmpty()); // progress on stderr
        QCOMPARE(phoneOf(kim.id, u"mobile"_s), u"+1 4255550101"_s);
        QCOMPARE(m_server->allowedToUseSspr(), !allowed);
        const auto counters = m_server->counters();
        QCOMPARE(counters.phoneCreates, 1);
        QCOMPARE(counters.emailCreates, 1);
        QCOMPARE(counters.groupCreates, 1);
        // The group now carries Graph's id in the store.
        bool found = false;
        for (const QJsonValue &g : m_server->groups()) {
            if (g.toObject().value(u"mailNickname"_s).toString() == u"outbox-pilots")
                found
                    = scalar(*open(profilePath(m_profile)),
                          u"SELECT count(*) FROM groups WHERE id = '%1'"_s.arg(g.toObject().value(u"id"_s).toString()))
                    == 1;
        }
        QVERIFY(found);
        r = run({u"outbox"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.json().value(u"counts"_s).toObject().value(u"done"_s).toInt(), 4);
    }

    void push_roleRefusalShownWithReason()
    {
        REQUIRE_KEYCHAIN();
        TestUser kim;
        {
            auto db = open(profilePath(m_profile));
            kim = user(*db);
        }
        m_server->setRole(u"globalReader"_s);
        QCOMPARE(run({u"user"_s, u"add-phone"_s, kim.upn, u"+1 425 555 0102"_s}).code, 0);
        Run r = run({u"outbox"_s, u"push"_s});
        m_server->setRole(u"privilegedAuthenticationAdministrator"_s);
        QCOMPARE(r.code, 1);
        r = run({u"outbox"_s, u"list"_s, u"--state"_s, u"failed"_s, u"--json"_s});
        const QJsonArray failed = r.json().value(u"items"_s).toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).toObject().value(u"lastStatus"_s).toInt(), 403);
        const QString reason = failed.at(0).toObject().value(u"lastError"_s).toString();
        QVERIFY2(!reason.isEmpty(), qPrintable(r.out));
        r = run({u"outbox"_s, u"list"_s, u"--state"_s, u"failed"_s});
        QVERIFY2(r.out.contains(reason), qPrintable(r.out));
        // Retry with the role granted: applied once.
        QCOMPARE(
            run({u"outbox"_s, u"retry"_s, QString::number(failed.at(0).toObject().value(u"id"_s).toInteger())}).code,
            0);
        QCOMPARE(run({u"outbox"_s, u"push"_s}).code, 0);
        QCOMPARE(phoneOf(kim.id, u"mobile"_s), u"+1 4255550102"_s);
    }

    void push_importRowsQueuedThenSettled()
    {
        REQUIRE_KEYCHAIN();
        QList<TestUser> users;
        {
            auto db = open(profilePath(m_profile));
            for (int i = 0; i < 3; ++i)
                users << user(*db);
        }
        QByteArray csv = "UPN,Mobile\n";
        for (int i = 0; i < users.size(); ++i)
            csv += users.at(i).upn.toUtf8() + ",+1 425 555 07" + QByteArray::number(10 + i) + "\n";
        const QString file = m_home.filePath(u"phones.csv"_s);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(csv);
        }
        m_server->resetCounters();
        Run r = run({u"import"_s, u"phones"_s, file, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QCOMPARE(m_server->counters().writes, 0); // queued, not sent
        {
            auto db = open(profilePath(m_profile));
            QCOMPARE(scalar(*db, u"SELECT count(*) FROM import_rows WHERE state = 'queued'"_s), 3);
            QCOMPARE(scalar(*db, u"SELECT count(*) FROM import_runs WHERE backend = 'graph'"_s), 1);
        }
        r = run({u"outbox"_s, u"push"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        for (int i = 0; i < users.size(); ++i)
            QCOMPARE(phoneOf(users.at(i).id, u"mobile"_s), u"+1 42555507%1"_s.arg(10 + i));
        QCOMPARE(m_server->counters().phoneCreates, 3);
        auto db = open(profilePath(m_profile));
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM import_rows WHERE state = 'done' AND outcome = 'added'"_s), 3);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM audit_log WHERE action = 'import.settled'"_s), 1);
    }

    void killedPush_nothingLostNothingDoubled_data()
    {
        QTest::addColumn<QString>("point");
        QTest::newRow("before-send") << u"before-send:2"_s;
        QTest::newRow("after-send") << u"after-send:2"_s;
        QTest::newRow("mid-batch") << u"mid-batch:2"_s;
    }

    void killedPush_nothingLostNothingDoubled()
    {
        REQUIRE_KEYCHAIN();
        QFETCH(QString, point);
        constexpr int kItems = 45; // three batches of 20 or less
        QList<TestUser> users;
        {
            auto db = open(profilePath(m_profile));
            for (int i = 0; i < kItems; ++i) {
                users << user(*db);
                const QString number = u"+1 20655%1"_s.arg(50000 + m_users, 5, 10, QChar(u'0'));
                QVERIFY(OutboxChange::phoneAdd(users.last().id, users.last().upn, MethodType::MobilePhone, number)
                            .enqueue(*db));
            }
            // The last item is a group: its create must not be doubled either.
            QVERIFY(OutboxChange::groupCreate(
                u"Crash %1"_s.arg(point), u"crash-"_s + point.section(u':', 0, 0), {}, u"local-"_s + point)
                        .enqueue(*db));
        }
        m_server->resetCounters();
        const Run killed = run({u"outbox"_s, u"push"_s}, {{u"SSPR_OUTBOX_CRASH_AT"_s, point}});
        QVERIFY2(killed.crashed, qPrintable(u"exit %1: %2"_s.arg(killed.code).arg(killed.err)));
        {
            auto db = open(profilePath(m_profile));
            QVERIFY(scalar(*db, u"SELECT count(*) FROM outbox WHERE state = 'sending'"_s) > 0);
        }
        const Run again = run({u"outbox"_s, u"push"_s});
        QVERIFY2(again.code == 0, qPrintable(again.err + again.out));
        const auto counters = m_server->counters();
        QCOMPARE(counters.phoneCreates, kItems);
        QCOMPARE(counters.groupCreates, 1);
        // Each item written exactly once: one resent after the kill would show here even when Graph refused it.
        QCOMPARE(counters.writes, kItems + 1);
        for (const TestUser &u : users)
            QVERIFY2(!phoneOf(u.id, u"mobile"_s).isEmpty(), qPrintable(u.upn));
        auto db = open(profilePath(m_profile));
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM outbox WHERE state NOT IN ('done', 'discarded')"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestSsprctlOutbox)
#include "tst_ssprctl_outbox.moc"
