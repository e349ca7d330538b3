// Kill -9 during a sync, then sync again: the store equals the server. The sync runs in a child process (this
// executable started with --sync-child) against the fake server in this process; it is killed once the store shows
// committed pages of the round under test, and this process then resumes the sync in-process.
#include "database.h"
#include "graphclient.h"
#include "syncengine.h"
#include "syncverify.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Sspr;
using Sync::SyncEngine;

namespace {

const char kChildFlag[] = "--sync-child";
const char kTokenVariable[] = "SSPR_TEST_GRAPH_TOKEN";

// The token the parent obtained from its fake server; the child has no server of its own to ask.
class FixedToken final : public Graph::AccessTokenProvider
{
public:
    explicit FixedToken(QString token)
        : m_token(std::move(token))
    { }
    void accessToken(QObject *context, TokenCallback done) override
    {
        QTimer::singleShot(0, context, [done, token = m_token] { done(token); });
    }
    void invalidate() override { }

private:
    QString m_token;
};

// The child: one sync of STORE from GRAPHROOT, pages of PAGESIZE; runs until killed or done.
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5)
        return 2;
    FixedToken tokens(qEnvironmentVariable(kTokenVariable));
    Graph::GraphClient client(QUrl(args.at(3)), &tokens);
    SyncEngine engine(&client, args.at(2));
    SyncEngine::Options options;
    options.pageSize = args.at(4).toInt();
    engine.setOptions(options);
    int code = 1;
    QObject::connect(
        &engine, &SyncEngine::finished, &app, [&](SyncEngine::Status status, const Sync::SyncSummary &summary) {
            if (status != SyncEngine::Status::Completed)
                std::fprintf(stderr, "child sync: %s\n", qPrintable(summary.error));
            code = status == SyncEngine::Status::Completed ? 0 : 1;
            app.quit();
        });
    engine.start(SyncEngine::Mode::Auto);
    app.exec();
    return code;
}

struct Cursor
{
    QString round;
    qint64 items = 0;
};

} // namespace

class tst_SyncResume : public QObject
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

    static Cursor cursor(const QString &path, const QString &resource)
    {
        Cursor c;
        auto db = Store::Database::open(path, Store::Database::OpenMode::OpenExisting);
        if (!db)
            return c;
        QSqlQuery q(db.value()->connection());
        q.prepare(u"SELECT round, items FROM sync_state WHERE resource = ?"_s);
        q.addBindValue(resource);
        if (q.exec() && q.next()) {
            c.round = q.value(0).toString();
            c.items = q.value(1).toLongLong();
        }
        return c;
    }

    static qint64 count(const QString &path, const QString &sql)
    {
        auto db = Store::Database::open(path, Store::Database::OpenMode::OpenExisting);
        QSqlQuery q(db.value()->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static void syncInProcess(FakeGraph::Server &server, const QString &path, Sync::SyncSummary *summary)
    {
        Test::ServerTokenProvider tokens(server);
        Graph::GraphClient client(server.graphRoot(), &tokens);
        SyncEngine engine(&client, path);
        SyncEngine::Options options;
        options.pageSize = 100;
        engine.setOptions(options);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        *summary = finished.at(0).at(1).value<Sync::SyncSummary>();
        QVERIFY2(finished.at(0).at(0).value<SyncEngine::Status>() == SyncEngine::Status::Completed,
            qPrintable(summary->error));
    }

    // Starts the child sync and kills it (SIGKILL) once `resource` has an open `round` with at least minItems
    // committed.
    static void killDuring(
        FakeGraph::Server &server, const QString &path, const QString &resource, const QString &round, qint64 minItems)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kTokenVariable), server.issueAccessToken());
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
            {QString::fromLatin1(kChildFlag), path, server.graphRoot().toString(), u"100"_s});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const Cursor c = cursor(path, resource);
                return c.round == round && c.items >= minItems;
            }(),
            30000);
        QCOMPARE(child.state(), QProcess::Running);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        server.setLatencyMs(0); // the resume needs no slowing down
    }

    static void verifyEqual(const QString &path, const FakeGraph::Server &server)
    {
        auto db = Store::Database::open(path, Store::Database::OpenMode::OpenExisting);
        QVERIFY(db);
        const QStringList diff = Test::SyncVerify::differences(*db.value(), server);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    }

    static FakeGraph::Options tenant()
    {
        FakeGraph::Options o;
        o.users = 3000;
        o.groups = 40;
        o.seed = 5;
        o.latencyMs = 40; // slow enough to be killed in the middle
        return o;
    }

private Q_SLOTS:
    void killDuringFullUsersRound_thenResume()
    {
        FakeGraph::Server server(tenant());
        QVERIFY(server.start());
        const QString path = newStore();
        killDuring(server, path, u"users"_s, u"full"_s, 500);
        if (QTest::currentTestFailed())
            return;
        const qint64 stored = count(path, u"SELECT count(*) FROM users"_s);
        QCOMPARE(stored, cursor(path, u"users"_s).items); // every committed page, each user once
        QVERIFY(stored < 3000);
        Sync::SyncSummary summary;
        syncInProcess(server, path, &summary);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(summary.usersFull);
        QCOMPARE(summary.usersAdded, 3000 - stored);
        verifyEqual(path, server);
    }

    void killDuringFullGroupsRound_thenResume()
    {
        FakeGraph::Options o = tenant();
        o.maxMembersPerGroupPerDeltaPage = 100; // many group pages: big groups continue on the next page
        FakeGraph::Server server(o);
        QVERIFY(server.start());
        const QString path = newStore();
        killDuring(server, path, u"groups"_s, u"full"_s, 2);
        if (QTest::currentTestFailed())
            return;
        Sync::SyncSummary summary;
        syncInProcess(server, path, &summary);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!summary.usersFull); // users had completed: a delta round now
        QVERIFY(summary.groupsFull);
        verifyEqual(path, server);
    }

    void killDuringDeltaRound_thenResume()
    {
        FakeGraph::Server server(tenant());
        QVERIFY(server.start());
        const QString path = newStore();
        Sync::SyncSummary first;
        server.setLatencyMs(0);
        syncInProcess(server, path, &first);
        if (QTest::currentTestFailed())
            return;
        server.setLatencyMs(40);

        // Enough changes for many delta pages: renames (users move in name order), removals, additions.
        const QJsonArray users = server.users();
        for (int i = 0; i < 1500; ++i) {
            const QString id = users.at(i * 2).toObject().value(u"id"_s).toString();
            server.updateUser(id,
                QJsonObject {{u"displayName"_s, u"Renamed %1"_s.arg(i, 4, 10, QLatin1Char('0'))},
                    {u"mobilePhone"_s, u"+1 425555%1"_s.arg(i, 4, 10, QLatin1Char('0'))}});
        }
        for (int i = 0; i < 100; ++i)
            server.deleteUser(users.at(i * 2 + 1).toObject().value(u"id"_s).toString());
        for (int i = 0; i < 200; ++i)
            server.addUser(QJsonObject {{u"displayName"_s, u"Added %1"_s.arg(i)}, {u"usageLocation"_s, u"DE"_s}});

        killDuring(server, path, u"users"_s, u"delta"_s, 300);
        if (QTest::currentTestFailed())
            return;
        Sync::SyncSummary summary;
        syncInProcess(server, path, &summary);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!summary.usersFull);
        verifyEqual(path, server);
    }
};

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], kChildFlag) == 0)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    tst_SyncResume test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_syncresume.moc"
