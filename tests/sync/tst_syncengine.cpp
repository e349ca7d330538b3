// SyncEngine against the fake Graph server over loopback: a full sync equals the server field by field, a delta sync
// after changes equals it, an expired delta link falls back to a full round, faults change nothing, and a cancelled
// sync resumes where it stopped.
#include "database.h"
#include "graphclient.h"
#include "syncengine.h"
#include "syncverify.h"
#include "userdirectory.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Sspr;
using Sync::SyncEngine;

namespace {

struct Run
{
    SyncEngine::Status status = SyncEngine::Status::Failed;
    Sync::SyncSummary summary;
    QList<Sync::SyncProgress> progress;
};

FakeGraph::Options tenant(int users, int groups, quint64 seed = 7)
{
    FakeGraph::Options o;
    o.users = users;
    o.groups = groups;
    o.seed = seed;
    o.retryAfterSeconds = 1;
    return o;
}

} // namespace

class tst_SyncEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newStore()
    {
        const QString path = m_dir.filePath(u"store%1.sqlite"_s.arg(++m_files));
        auto db = Store::Database::open(path, Store::Database::OpenMode::CreateIfMissing);
        if (!db)
            qFatal("%s", qPrintable(db.errorMessage()));
        QSqlQuery q(db.value()->connection());
        q.exec(u"INSERT INTO tenant (id, name, domain, kind, created_at) VALUES (1, 'Contoso', "
               "'contoso.onmicrosoft.com', 'graph', '2024-01-01T00:00:00Z')"_s);
        return path;
    }

    static std::unique_ptr<Store::Database> open(const QString &path)
    {
        auto db = Store::Database::open(path, Store::Database::OpenMode::OpenExisting);
        if (!db)
            qFatal("%s", qPrintable(db.errorMessage()));
        return std::move(db).value();
    }

    // Runs one sync to its end. onProgress may cancel.
    static void sync(FakeGraph::Server &server, const QString &path, SyncEngine::Mode mode, Run *run,
        SyncEngine::Options options = {},
        const std::function<void(SyncEngine &, const Sync::SyncProgress &)> &onProgress = {})
    {
        Test::ServerTokenProvider tokens(server);
        Graph::GraphClient client(server.graphRoot(), &tokens);
        Graph::RetryPolicy retry;
        retry.baseDelayMs = 100;
        client.setRetryPolicy(retry);
        SyncEngine engine(&client, path);
        engine.setOptions(options);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        connect(&engine, &SyncEngine::progress, &engine, [&](const Sync::SyncProgress &p) {
            run->progress << p;
            if (onProgress)
                onProgress(engine, p);
        });
        engine.start(mode);
        QVERIFY(engine.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        run->status = finished.at(0).at(0).value<SyncEngine::Status>();
        run->summary = finished.at(0).at(1).value<Sync::SyncSummary>();
        QVERIFY(!engine.isRunning());
    }

    static void verifyEqual(const QString &path, const FakeGraph::Server &server)
    {
        auto db = open(path);
        const QStringList diff = Test::SyncVerify::differences(*db, server);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    }

private Q_SLOTS:
    void fullSync_storeEqualsServer()
    {
        FakeGraph::Server server(tenant(2000, 40));
        QVERIFY(server.start());
        const QString path = newStore();
        Run run;
        sync(server, path, SyncEngine::Mode::Auto, &run);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(run.status == SyncEngine::Status::Completed, qPrintable(run.summary.error));
        QVERIFY(run.summary.usersFull);
        QVERIFY(run.summary.groupsFull);
        QCOMPARE(run.summary.usersAdded, 2000);
        QCOMPARE(run.summary.groupsAdded, 40);
        QVERIFY(run.summary.membershipsAdded > 2000);
        QVERIFY(run.summary.policySynced);
        QVERIFY(run.summary.reportSynced);
        QVERIFY(run.summary.requests > 0);
        QVERIFY(!run.progress.isEmpty());
        QCOMPARE(run.progress.constLast().phase, SyncEngine::tr("Registration report"));
        verifyEqual(path, server);

        auto db = open(path);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT allowed_to_use_sspr FROM sspr_policy"_s) && q.next());
        QCOMPARE(q.value(0).toBool(), server.allowedToUseSspr());
        QStringList configurations; // what v1.0 lists: the fake's model also holds the beta-only HardwareOath
        for (const QJsonValue &c :
            server.authenticationMethodsPolicy().value(u"authenticationMethodConfigurations"_s).toArray()) {
            if (c.toObject().value(u"id"_s).toString() != u"HardwareOath"_s)
                configurations << c.toObject().value(u"id"_s).toString();
        }
        configurations.sort();
        QVERIFY(q.exec(u"SELECT id FROM method_configurations ORDER BY id"_s));
        QStringList stored;
        while (q.next())
            stored << q.value(0).toString();
        QCOMPARE(stored, configurations);
        // The registration report marks administrators and gives every user a method mask.
        int admins = 0;
        for (const QJsonValue &u : server.users())
            admins += u.toObject().value(u"isAdmin"_s).toBool() ? 1 : 0;
        QVERIFY(admins > 0);
        QVERIFY(q.exec(u"SELECT count(*) FROM users WHERE admin_roles = 'Administrator'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), admins);
        QVERIFY(
            q.exec(u"SELECT count(*) FROM users WHERE registered_methods <> '' AND method_mask <> 0"_s) && q.next());
        QVERIFY(q.value(0).toInt() > 0);

        // The browser finds synced users by name and by phone digits.
        QJsonObject withPhone;
        for (const QJsonValue &u : server.users()) {
            if (!u.toObject().value(u"mobilePhone"_s).toString().isEmpty()) {
                withPhone = u.toObject();
                break;
            }
        }
        QVERIFY(!withPhone.isEmpty());
        Store::UserDirectory directory(*db);
        QVERIFY(
            q.exec(u"SELECT uid FROM users WHERE id = '%1'"_s.arg(withPhone.value(u"id"_s).toString())) && q.next());
        const qint64 uid = q.value(0).toLongLong();
        Store::UserFilter byName;
        byName.text = withPhone.value(u"displayName"_s).toString();
        auto rows = directory.page(byName, {}, 200);
        QVERIFY(rows);
        QVERIFY(std::any_of(rows->cbegin(), rows->cend(), [uid](const Store::UserRow &r) { return r.uid == uid; }));
        Store::UserFilter byPhone;
        byPhone.text = Store::SearchTerms::phoneDigits(withPhone.value(u"mobilePhone"_s).toString()).right(7);
        rows = directory.page(byPhone, {}, 200);
        QVERIFY(rows);
        QVERIFY(std::any_of(rows->cbegin(), rows->cend(), [uid](const Store::UserRow &r) { return r.uid == uid; }));
    }

    void deltaSync_afterChanges_equalsServer()
    {
        FakeGraph::Server server(tenant(2000, 40));
        QVERIFY(server.start());
        const QString path = newStore();
        Run first;
        sync(server, path, SyncEngine::Mode::Auto, &first);
        QVERIFY2(first.status == SyncEngine::Status::Completed, qPrintable(first.summary.error));

        const QJsonArray users = server.users();
        const QJsonArray groups = server.groups();
        const QString added
            = server.addUser(QJsonObject {{u"displayName"_s, u"Zora Newcomer"_s}, {u"givenName"_s, u"Zora"_s},
                {u"surname"_s, u"Newcomer"_s}, {u"mobilePhone"_s, u"+1 4255550142"_s}, {u"usageLocation"_s, u"US"_s}});
        const QString renamed = users.at(10).toObject().value(u"id"_s).toString();
        server.updateUser(renamed,
            QJsonObject {{u"displayName"_s, u"Aaron Renamed"_s}, {u"mobilePhone"_s, u"+44 7700900555"_s},
                {u"jobTitle"_s, QJsonValue::Null}});
        const QString deleted = users.at(20).toObject().value(u"id"_s).toString();
        server.deleteUser(deleted);
        const QString g0 = groups.at(0).toObject().value(u"id"_s).toString();
        const QString g1 = groups.at(1).toObject().value(u"id"_s).toString();
        server.addMember(g0, added);
        const QJsonArray g1Members = server.members(g1);
        QVERIFY(!g1Members.isEmpty());
        server.removeMember(g1, g1Members.at(0).toObject().value(u"id"_s).toString());
        server.addMember(g1, g0); // nesting

        Run delta;
        sync(server, path, SyncEngine::Mode::Auto, &delta);
        QVERIFY2(delta.status == SyncEngine::Status::Completed, qPrintable(delta.summary.error));
        QVERIFY(!delta.summary.usersFull);
        QVERIFY(!delta.summary.groupsFull);
        QCOMPARE(delta.summary.usersAdded, 1);
        QCOMPARE(delta.summary.usersRemoved, 1);
        QVERIFY(delta.summary.usersUpdated >= 1);
        QVERIFY(delta.summary.requests < first.summary.requests);
        verifyEqual(path, server);

        auto db = open(path);
        Store::UserDirectory directory(*db);
        Store::UserFilter filter;
        filter.text = u"aaron renamed"_s;
        QCOMPARE(directory.count(filter).value(), 1);
        filter.text = u"7700 900555"_s;
        QCOMPARE(directory.count(filter).value(), 1);
        filter.text = u"zora"_s;
        QCOMPARE(directory.count(filter).value(), 1);
    }

    void expiredDeltaLink_fallsBackToFullSync()
    {
        FakeGraph::Server server(tenant(1500, 30));
        QVERIFY(server.start());
        const QString path = newStore();
        Run first;
        sync(server, path, SyncEngine::Mode::Auto, &first);
        QVERIFY2(first.status == SyncEngine::Status::Completed, qPrintable(first.summary.error));

        server.expireDeltaLinks();
        const QJsonArray users = server.users();
        server.deleteUser(users.at(3).toObject().value(u"id"_s).toString());
        server.updateUser(
            users.at(4).toObject().value(u"id"_s).toString(), QJsonObject {{u"displayName"_s, u"Yvonne Expired"_s}});
        Run again;
        sync(server, path, SyncEngine::Mode::Auto, &again);
        QVERIFY2(again.status == SyncEngine::Status::Completed, qPrintable(again.summary.error));
        QVERIFY(again.summary.usersFull);
        QVERIFY(again.summary.groupsFull);
        QCOMPARE(again.summary.usersRemoved, 1); // swept at the end of the full round
        QCOMPARE(again.summary.usersAdded, 0);
        verifyEqual(path, server);
    }

    void faults_sameResultAsCleanSync()
    {
        SyncEngine::Options small;
        small.pageSize = 50; // more requests, so that faults land on every kind of page
        FakeGraph::Server clean(tenant(1000, 30, 11));
        QVERIFY(clean.start());
        const QString cleanPath = newStore();
        Run cleanRun;
        sync(clean, cleanPath, SyncEngine::Mode::Auto, &cleanRun, small);
        QVERIFY2(cleanRun.status == SyncEngine::Status::Completed, qPrintable(cleanRun.summary.error));

        FakeGraph::Options faulty = tenant(1000, 30, 11);
        faulty.rate429 = 0.10;
        faulty.rate503 = 0.02;
        faulty.rateDrop = 0.01;
        faulty.rateTruncate = 0.01;
        FakeGraph::Server server(faulty);
        QVERIFY(server.start());
        const QString path = newStore();
        Run run;
        sync(server, path, SyncEngine::Mode::Auto, &run, small);
        QVERIFY2(run.status == SyncEngine::Status::Completed, qPrintable(run.summary.error));
        const FakeGraph::Counters c = server.counters();
        QVERIFY2(c.throttled + c.unavailable + c.dropped + c.truncated > 0, "no fault was injected");
        verifyEqual(path, server);
        auto a = open(cleanPath);
        auto b = open(path);
        QCOMPARE(Test::SyncVerify::dump(*b), Test::SyncVerify::dump(*a));
    }

    void cancel_thenResume_equalsServer()
    {
        FakeGraph::Options o = tenant(2000, 30);
        o.latencyMs = 15;
        FakeGraph::Server server(o);
        QVERIFY(server.start());
        const QString path = newStore();
        SyncEngine::Options small;
        small.pageSize = 100;
        Run cancelled;
        sync(server, path, SyncEngine::Mode::Auto, &cancelled, small,
            [](SyncEngine &engine, const Sync::SyncProgress &p) {
                if (p.phase == SyncEngine::tr("Users") && p.done >= 500)
                    engine.cancel();
            });
        QCOMPARE(cancelled.status, SyncEngine::Status::Cancelled);
        qint64 storedBefore = 0;
        {
            auto db = open(path);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(u"SELECT next_link, round, items FROM sync_state WHERE resource = 'users'"_s) && q.next());
            QVERIFY(!q.value(0).toString().isEmpty());
            QCOMPARE(q.value(1).toString(), u"full"_s);
            storedBefore = q.value(2).toLongLong();
            QVERIFY(storedBefore >= 500 && storedBefore < 2000);
        }
        Run resumed;
        sync(server, path, SyncEngine::Mode::Auto, &resumed, small);
        QVERIFY2(resumed.status == SyncEngine::Status::Completed, qPrintable(resumed.summary.error));
        QVERIFY(resumed.summary.usersFull);
        QCOMPARE(resumed.summary.usersAdded, 2000 - storedBefore); // nothing read twice into the store
        verifyEqual(path, server);
    }

    void forcedFullSync_sweepsWhatDeltaMissed()
    {
        FakeGraph::Server server(tenant(500, 10));
        QVERIFY(server.start());
        const QString path = newStore();
        Run first;
        sync(server, path, SyncEngine::Mode::Auto, &first);
        QVERIFY2(first.status == SyncEngine::Status::Completed, qPrintable(first.summary.error));
        {
            // A user that never came from Graph (as after a local mistake): only a full round removes it.
            auto db = open(path);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(u"INSERT INTO users (id, sort_key, upn, display_name) VALUES ('stray', 1, "
                           "'stray@contoso.onmicrosoft.com', '')"_s));
            QVERIFY(q.exec(u"INSERT INTO users_fts (rowid, terms) VALUES (1, 'stray')"_s));
        }
        Run full;
        sync(server, path, SyncEngine::Mode::Full, &full);
        QVERIFY2(full.status == SyncEngine::Status::Completed, qPrintable(full.summary.error));
        QVERIFY(full.summary.usersFull);
        QCOMPARE(full.summary.usersRemoved, 1);
        QCOMPARE(full.summary.usersUpdated, 0);
        verifyEqual(path, server);
    }

    void reportWithoutPermission_isANoteNotAFailure()
    {
        FakeGraph::Options o = tenant(200, 5);
        o.grantReportPermission = false;
        FakeGraph::Server server(o);
        QVERIFY(server.start());
        const QString path = newStore();
        Run run;
        sync(server, path, SyncEngine::Mode::Auto, &run);
        QVERIFY2(run.status == SyncEngine::Status::Completed, qPrintable(run.summary.error));
        QVERIFY(!run.summary.reportSynced);
        QCOMPARE(run.summary.notes.size(), 1);
        verifyEqual(path, server);
    }

    void demoStore_isRefused()
    {
        FakeGraph::Server server(tenant(10, 2));
        QVERIFY(server.start());
        const QString path = newStore();
        {
            auto db = open(path);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(u"UPDATE tenant SET kind = 'local'"_s));
        }
        Run run;
        sync(server, path, SyncEngine::Mode::Auto, &run);
        QCOMPARE(run.status, SyncEngine::Status::Failed);
        QVERIFY(!run.summary.error.isEmpty());
        QCOMPARE(server.counters().graphRequests, 0);
    }
};

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
