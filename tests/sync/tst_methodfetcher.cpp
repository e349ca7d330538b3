// MethodFetcher against the fake Graph server: per-user methods in bulk through $batch and for one user, written to
// user_methods with method_mask and the phone index in step; per-user failures (403 for administrators under the
// Authentication Administrator role) are counted, not fatal.
#include "database.h"
#include "graphclient.h"
#include "methodfetcher.h"
#include "syncengine.h"
#include "syncverify.h"
#include "userdirectory.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sspr;

namespace {

// The store's type key for a method as the server lists it; empty for kinds the console does not model.
QString expectedType(const QJsonObject &m)
{
    const QString type = m.value(u"@odata.type"_s).toString().section(u'.', -1);
    if (type == u"phoneAuthenticationMethod"_s)
        return m.value(u"phoneType"_s).toString();
    static const QHash<QString, QString> types {
        {u"emailAuthenticationMethod"_s, u"email"_s},
        {u"microsoftAuthenticatorAuthenticationMethod"_s, u"microsoftAuthenticator"_s},
        {u"softwareOathAuthenticationMethod"_s, u"softwareOath"_s},
        {u"hardwareOathAuthenticationMethod"_s, u"hardwareOath"_s},
        {u"fido2AuthenticationMethod"_s, u"fido2"_s},
        {u"windowsHelloForBusinessAuthenticationMethod"_s, u"windowsHelloForBusiness"_s},
        {u"temporaryAccessPassAuthenticationMethod"_s, u"temporaryAccessPass"_s},
        {u"passwordAuthenticationMethod"_s, u"password"_s},
    };
    return types.value(type);
}

QString expectedValue(const QJsonObject &m)
{
    for (const QString &key : {u"phoneNumber"_s, u"emailAddress"_s})
        if (m.contains(key))
            return m.value(key).toString();
    return {};
}

} // namespace

class tst_MethodFetcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // A store synced from the server (users only matter here).
    QString syncedStore(FakeGraph::Server &server)
    {
        const QString path = m_dir.filePath(u"store%1.sqlite"_s.arg(++m_files));
        {
            auto db = Store::Database::open(path, Store::Database::OpenMode::CreateIfMissing);
            QSqlQuery q(db.value()->connection());
            q.exec(u"INSERT INTO tenant (id, name, domain, kind, created_at) VALUES (1, 'Contoso', "
                   "'contoso.onmicrosoft.com', 'graph', '2024-01-01T00:00:00Z')"_s);
        }
        Test::ServerTokenProvider tokens(server);
        Graph::GraphClient client(server.graphRoot(), &tokens);
        Sync::SyncEngine engine(&client, path);
        Sync::SyncEngine::Options options;
        options.registrationReport = false;
        options.policy = false;
        engine.setOptions(options);
        QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
        engine.start();
        if (!finished.wait(30000)
            || finished.at(0).at(0).value<Sync::SyncEngine::Status>() != Sync::SyncEngine::Status::Completed)
            qFatal("the sync for the test store failed");
        return path;
    }

    static QStringList userIds(Store::Database &db)
    {
        QSqlQuery q(db.connection());
        q.exec(u"SELECT id FROM users ORDER BY uid"_s);
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    }

    // The store's methods of every user against the server's, kind, id and value.
    static QStringList differences(Store::Database &db, const FakeGraph::Server &server, const QStringList &ids)
    {
        QStringList out;
        QSqlQuery q(db.connection());
        for (const QString &id : ids) {
            QStringList theirs;
            int mask = 0;
            for (const QJsonValue &v : server.methods(id)) {
                const QJsonObject m = v.toObject();
                const QString type = expectedType(m);
                if (type.isEmpty())
                    continue;
                theirs << type + u'|' + m.value(u"id"_s).toString() + u'|' + expectedValue(m);
                Core::MethodType t;
                if (Core::methodTypeFromKey(type, &t)
                    && (t != Core::MethodType::TemporaryAccessPass || m.value(u"isUsable"_s).toBool(true)))
                    mask |= Core::methodBit(t);
            }
            q.prepare(u"SELECT m.type, m.id, m.value, m.type IN ('mobile', 'alternateMobile', 'office') FROM "
                      "user_methods m JOIN users u USING (uid) WHERE u.id = ?"_s);
            q.addBindValue(id);
            q.exec();
            QStringList mine;
            while (q.next()) {
                const bool phoneOrEmail = q.value(3).toBool() || q.value(0).toString() == u"email"_s;
                mine << q.value(0).toString() + u'|' + q.value(1).toString() + u'|'
                        + (phoneOrEmail ? q.value(2).toString() : QString());
            }
            theirs.sort();
            mine.sort();
            if (mine != theirs)
                out << u"%1: store %2, server %3"_s.arg(id, mine.join(u", "_s), theirs.join(u", "_s));
            q.prepare(u"SELECT method_mask FROM users WHERE id = ?"_s);
            q.addBindValue(id);
            if (q.exec() && q.next() && q.value(0).toInt() != mask)
                out << u"%1: method_mask %2, expected %3"_s.arg(id).arg(q.value(0).toInt()).arg(mask);
            if (out.size() > 10)
                break;
        }
        return out;
    }

private Q_SLOTS:
    void fetchUsers_inBatches_equalsServer()
    {
        FakeGraph::Options o;
        o.users = 300;
        o.groups = 5;
        FakeGraph::Server server(o);
        QVERIFY(server.start());
        const QString path = syncedStore(server);
        auto db = Store::Database::open(path, Store::Database::OpenMode::OpenExisting);
        QVERIFY(db);
        const QStringList ids = userIds(*db.value());
        QCOMPARE(ids.size(), 300);

        Test::ServerTokenProvider tokens(server);
        Graph::GraphClient client(server.graphRoot(), &tokens);
        Sync::MethodFetcher fetcher(&client, *db.value());
        QSignalSpy finished(&fetcher, &Sync::MethodFetcher::finished);
        QSignalSpy progress(&fetcher, &Sync::MethodFetcher::progress);
        const FakeGraph::Counters before = server.counters();
        fetcher.fetchUsers(ids);
        QVERIFY(fetcher.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto summary = finished.at(0).at(0).value<Sync::MethodFetchSummary>();
        QCOMPARE(summary.users, 300);
        QCOMPARE(summary.written, 300);
        QCOMPARE(summary.failed, 0);
        QVERIFY(!summary.cancelled);
        QCOMPARE(server.counters().batchRequests - before.batchRequests, 15); // 20 users per $batch
        QVERIFY(progress.count() >= 15);
        const QStringList diff = differences(*db.value(), server, ids);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));

        // The phone index now holds the registered numbers as well as the profile's.
        QString number;
        QString owner;
        for (const QString &id : ids) {
            for (const QJsonValue &v : server.methods(id)) {
                if (v.toObject().value(u"phoneType"_s).toString() == u"alternateMobile"_s) {
                    number = v.toObject().value(u"phoneNumber"_s).toString();
                    owner = id;
                }
            }
            if (!number.isEmpty())
                break;
        }
        QVERIFY(!number.isEmpty());
        Store::UserDirectory directory(*db.value());
        Store::UserFilter filter;
        filter.text = Store::SearchTerms::phoneDigits(number).right(8);
        auto rows = directory.page(filter, {}, 50);
        QVERIFY(rows);
        QSqlQuery q(db.value()->connection());
        q.prepare(u"SELECT uid FROM users WHERE id = ?"_s);
        q.addBindValue(owner);
        QVERIFY(q.exec() && q.next());
        const qint64 uid = q.value(0).toLongLong();
        QVERIFY(std::any_of(rows->cbegin(), rows->cend(), [uid](const Store::UserRow &r) { return r.uid == uid; }));
    }

    void fetchUser_one_andUnknownUser()
    {
        FakeGraph::Options o;
        o.users = 40;
        o.groups = 2;
        FakeGraph::Server server(o);
        QVERIFY(server.start());
        const QString path = syncedStore(server);
        auto db = Store::Database::open(path, Store::Database::OpenMode::OpenExisting);
        const QString id = userIds(*db.value()).at(7);
        server.addPhoneMethod(id, u"office"_s, u"+1 4255550188x123"_s);

        Test::ServerTokenProvider tokens(server);
        Graph::GraphClient client(server.graphRoot(), &tokens);
        Sync::MethodFetcher fetcher(&client, *db.value());
        QSignalSpy fetched(&fetcher, &Sync::MethodFetcher::userFetched);
        fetcher.fetchUser(id);
        QTRY_COMPARE(fetched.count(), 1);
        QCOMPARE(fetched.at(0).at(0).toString(), id);
        QVERIFY2(fetched.at(0).at(1).toBool(), qPrintable(fetched.at(0).at(2).toString()));
        const QStringList diff = differences(*db.value(), server, {id});
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));

        // A user Graph has but the store does not (created since the last sync): reported, nothing written.
        const QString added = server.addUser(QJsonObject {{u"displayName"_s, u"Not Synced"_s}});
        fetcher.fetchUser(added);
        QTRY_COMPARE(fetched.count(), 2);
        QVERIFY(!fetched.at(1).at(1).toBool());
        fetcher.fetchUser(u"00000000-0000-0000-0000-000000000000"_s);
        QTRY_COMPARE(fetched.count(), 3);
        QVERIFY(!fetched.at(2).at(1).toBool());
        QVERIFY(!fetched.at(2).at(2).toString().isEmpty());
    }

    // A change still waiting in the outbox is what the store shows; a fetch must not put the tenant's old value back.
    void fetchUser_pendingOutboxChange_keepsTheStoreView()
    {
        FakeGraph::Options o;
        o.users = 20;
        o.groups = 2;
        FakeGraph::Server server(o);
        QVERIFY(server.start());
        const QString path = syncedStore(server);
        auto db = Store::Database::open(path, Store::Database::OpenMode::OpenExisting);
        const QString id = userIds(*db.value()).at(3);
        QSqlQuery q(db.value()->connection());
        QVERIFY(
            q.exec(u"SELECT count(*) FROM user_methods m JOIN users u ON u.uid = m.uid WHERE u.id = '%1'"_s.arg(id)));
        QVERIFY(q.next());
        const int before = q.value(0).toInt();
        QVERIFY(
            q.exec(u"INSERT INTO outbox (idempotency_key, created_at, updated_at, kind, target, payload) VALUES "
                   "('k1', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'phone.add', 'users/%1', '{}')"_s.arg(id)));
        server.addPhoneMethod(id, u"office"_s, u"+1 4255550177"_s);

        Test::ServerTokenProvider tokens(server);
        Graph::GraphClient client(server.graphRoot(), &tokens);
        Sync::MethodFetcher fetcher(&client, *db.value());
        QSignalSpy fetched(&fetcher, &Sync::MethodFetcher::userFetched);
        fetcher.fetchUser(id);
        QTRY_COMPARE(fetched.count(), 1);
        QVERIFY(!fetched.at(0).at(1).toBool()); // not written
        QVERIFY(
            q.exec(u"SELECT count(*) FROM user_methods m JOIN users u ON u.uid = m.uid WHERE u.id = '%1'"_s.arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), before);

        // Once the item is settled the next fetch reads the tenant's methods.
        QVERIFY(q.exec(u"UPDATE outbox SET state = 'done'"_s));
        fetcher.fetchUser(id);
        QTRY_COMPARE(fetched.count(), 2);
        QVERIFY(fetched.at(1).at(1).toBool());
        const QStringList diff = differences(*db.value(), server, {id});
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    }

    void fetchUsers_goneUsersAreCounted_maskedNumbersNotIndexed()
    {
        FakeGraph::Options o;
        o.users = 200;
        o.groups = 3;
        o.role = u"authenticationAdministrator"_s; // reads masked phone numbers
        FakeGraph::Server server(o);
        QVERIFY(server.start());
        const QString path = syncedStore(server);
        auto db = Store::Database::open(path, Store::Database::OpenMode::OpenExisting);
        const QStringList ids = userIds(*db.value());
        for (int i = 0; i < 5; ++i)
            server.deleteUser(ids.at(i * 10)); // deleted since the last sync: 404 for their items

        Test::ServerTokenProvider tokens(server);
        Graph::GraphClient client(server.graphRoot(), &tokens);
        Sync::MethodFetcher fetcher(&client, *db.value());
        QSignalSpy finished(&fetcher, &Sync::MethodFetcher::finished);
        fetcher.fetchUsers(ids);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto summary = finished.at(0).at(0).value<Sync::MethodFetchSummary>();
        QCOMPARE(summary.failed, 5);
        QCOMPARE(summary.written, 195);
        QCOMPARE(summary.failures.size(), 5);

        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"SELECT count(*), sum(phone_digits IS NULL), sum(value LIKE '%X%') FROM user_methods "
                       "WHERE type IN ('mobile', 'alternateMobile', 'office')"_s)
            && q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QCOMPARE(q.value(1).toInt(), q.value(0).toInt()); // masked: not comparable between accounts
        QCOMPARE(q.value(2).toInt(), q.value(0).toInt());
        QVERIFY(q.exec(u"SELECT count(*) FROM users WHERE method_mask & %1"_s.arg(
                    Core::methodBit(Core::MethodType::MobilePhone)))
            && q.next());
        QVERIFY(q.value(0).toInt() > 0); // still registered methods
    }

    void cancel_stopsAndReports()
    {
        FakeGraph::Options o;
        o.users = 400;
        o.groups = 2;
        o.latencyMs = 30;
        FakeGraph::Server server(o);
        QVERIFY(server.start());
        const QString path = syncedStore(server);
        auto db = Store::Database::open(path, Store::Database::OpenMode::OpenExisting);
        Test::ServerTokenProvider tokens(server);
        Graph::GraphClient client(server.graphRoot(), &tokens);
        Sync::MethodFetcher fetcher(&client, *db.value());
        QSignalSpy finished(&fetcher, &Sync::MethodFetcher::finished);
        connect(&fetcher, &Sync::MethodFetcher::progress, &fetcher, [&](qint64 done, qint64) {
            if (done >= 40)
                fetcher.cancel();
        });
        fetcher.fetchUsers(userIds(*db.value()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto summary = finished.at(0).at(0).value<Sync::MethodFetchSummary>();
        QVERIFY(summary.cancelled);
        QVERIFY(summary.written >= 40);
        QVERIFY(summary.written < 400);
        QVERIFY(!fetcher.isRunning());
    }
};

QTEST_GUILESS_MAIN(tst_MethodFetcher)
#include "tst_methodfetcher.moc"
