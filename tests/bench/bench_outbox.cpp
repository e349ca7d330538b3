// The outbox against the fake Graph server, with its write quota scaled down for test time.
//
// Both take --in-flight N: $batch requests under way at once (default: the worker's); writes takes --pacer-quota N,
// the quota the pacer assumes when it is not the server's (another app writing to the same tenant).
//   bench_outbox writes [--latency-ms 50] [--quota 600 --window-ms 3000] [--rows 3000]
//     N phone-method writes through the outbox worker ($batch of 20, paced by WritePacer), then the same number
//     sent one call per row, sequentially, on the same server: writes/s as a fraction of the quota, the share of
//     requests answered 429, HTTP requests per write.
//   bench_outbox import [--latency-ms 100] [--rate429 0.05] [--quota 3000 --window-ms 15000] [--rows 10000]
//                       [--baseline-rows 1000]
//     A CSV import of N rows in a Graph profile (plan, journal, queue, push), then the same import one call per row:
//     wall time ratio and HTTP requests per row. The one-call-per-row run takes latency x rows (1,000 s for 10,000
//     rows at 100 ms), so by default it imports --baseline-rows rows and its time is scaled to N (printed as such).
// Both check the result: every row applied once (the fake server counts creates), nothing lost.
#include "accesstokenprovider.h"
#include "database.h"
#include "fakegraphserver.h"
#include "graphclient.h"
#include "graphimportapplier.h"
#include "importplanner.h"
#include "importrunner.h"
#include "importsource.h"
#include "outboxchange.h"
#include "outboxrepository.h"
#include "outboxworker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Sspr;

namespace {

class ServerTokens final : public Graph::AccessTokenProvider
{
public:
    explicit ServerTokens(FakeGraph::Server &server)
        : m_server(server)
    { }
    void accessToken(QObject *context, TokenCallback done) override
    {
        if (m_token.isEmpty())
            m_token = m_server.issueAccessToken();
        QTimer::singleShot(0, context, [done, token = m_token] { done(token); });
    }
    void invalidate() override { m_token.clear(); }

private:
    FakeGraph::Server &m_server;
    QString m_token;
};

struct Args
{
    QString part;
    int latencyMs = -1;
    double rate429 = -1;
    int quota = -1;
    int windowMs = -1;
    int rows = -1;
    int baselineRows = -1;
    int inFlight = -1;
    int pacerQuota = -1;
};

struct Users
{
    QStringList ids;
    QStringList upns;
};

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_outbox: %s\n", qPrintable(message));
    std::exit(1);
}

std::unique_ptr<Store::Database> graphStore(QTemporaryDir &dir, const QString &name)
{
    auto db = Store::Database::open(dir.filePath(name), Store::Database::OpenMode::CreateIfMissing);
    if (!db)
        die(db.errorMessage());
    if (auto s = db.value()->exec(u"INSERT INTO tenant (id, name, domain, kind, created_at) "
                                  "VALUES (1, 'Contoso', 'contoso.onmicrosoft.com', 'graph', '2025-01-01')"_s);
        !s)
        die(s.errorMessage());
    return std::move(db).value();
}

// Fresh users (no methods) in the tenant and, as a sync would have put them, in the store.
Users addUsers(FakeGraph::Server &server, Store::Database &db, const QString &prefix, int n)
{
    Users users;
    const Core::Status s = db.transaction([&]() -> Core::Status {
        QSqlQuery q(db.connection());
        q.prepare(u"INSERT INTO users (id, sort_key, upn, display_name, usage_location) VALUES (?, ?, ?, ?, 'US')"_s);
        for (int i = 0; i < n; ++i) {
            const QString upn = u"%1.%2@contoso.onmicrosoft.com"_s.arg(prefix).arg(i);
            const QString name = u"%1 %2"_s.arg(prefix).arg(i);
            const QString id = server.addUser(
                QJsonObject {{u"displayName"_s, name}, {u"userPrincipalName"_s, upn}, {u"usageLocation"_s, u"US"_s}});
            q.bindValue(0, id);
            q.bindValue(1, qint64(i + 1) << 20);
            q.bindValue(2, upn);
            q.bindValue(3, name);
            if (!q.exec())
                return Core::Error {Store::Database::errorText(q)};
            users.ids << id;
            users.upns << upn;
        }
        return {};
    });
    if (!s)
        die(s.errorMessage());
    return users;
}

QString numberFor(int series, int i)
{
    return u"+1 %1%2"_s.arg(200 + series).arg(5550000 + i, 7, 10, QChar(u'0'));
}

struct PushResult
{
    double ms = 0;
    Sync::OutboxProgress progress;
    qint64 clientRequests = 0;
    qint64 clientThrottled = 0;
};

PushResult push(Store::Database &db, Graph::GraphClient &client, const Sync::OutboxWorkerOptions &options)
{
    Sync::OutboxWorker worker(db, client);
    worker.setOptions(options);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&worker, &Sync::OutboxWorker::finished, &loop, [&](bool success) {
        ok = success;
        loop.quit();
    });
    const qint64 requests = client.requestsSent();
    const qint64 throttled = client.throttledResponses();
    QElapsedTimer timer;
    timer.start();
    worker.start();
    loop.exec();
    PushResult r;
    r.ms = double(timer.nsecsElapsed()) / 1e6;
    if (!ok)
        die(worker.errorString());
    r.progress = worker.progress();
    r.clientRequests = client.requestsSent() - requests;
    r.clientThrottled = client.throttledResponses() - throttled;
    return r;
}

// Every user has exactly the number given, once: nothing lost, nothing doubled.
void verify(FakeGraph::Server &server, const Users &users, int series, const char *label)
{
    qint64 missing = 0;
    for (qsizetype i = 0; i < users.ids.size(); ++i) {
        int phones = 0;
        bool right = false;
        for (const QJsonValue &m : server.methods(users.ids.at(i))) {
            if (!m.toObject().contains(u"phoneNumber"_s))
                continue;
            ++phones;
            right = m.toObject().value(u"phoneNumber"_s).toString() == numberFor(series, int(i));
        }
        if (phones != 1 || !right)
            ++missing;
    }
    std::printf("  check (%s): %lld of %lld users have exactly the imported number\n", label,
        qint64(users.ids.size() - missing), qint64(users.ids.size()));
    if (missing > 0)
        die(u"%1 users lost or doubled"_s.arg(missing));
}

void printRun(const char *label, const PushResult &r, const FakeGraph::Counters &c, int rows, double quotaPerSecond)
{
    const double seconds = r.ms / 1000.0;
    const double writesPerSecond = double(c.phoneCreates) / seconds;
    // 429s over every request Graph evaluated ($batch items count one by one, as Graph throttles them).
    const double share429 = c.graphRequests > 0 ? 100.0 * double(c.throttled) / double(c.graphRequests) : 0;
    std::printf("%-34s %8.1f s %8.1f writes/s %6.2f of quota %6.2f %% 429 (%lld of %lld) %6.3f HTTP requests/row\n",
        label, seconds, writesPerSecond, writesPerSecond / quotaPerSecond, share429, c.throttled, c.graphRequests,
        double(r.clientRequests) / double(rows));
}

int benchWrites(const Args &args)
{
    const int rows = args.rows > 0 ? args.rows : 3000;
    FakeGraph::Options options;
    options.users = 10;
    options.groups = 1;
    options.latencyMs = args.latencyMs >= 0 ? args.latencyMs : 50;
    options.writeQuota = args.quota > 0 ? args.quota : 600;
    options.writeWindowMs = args.windowMs > 0 ? args.windowMs : 3000;
    FakeGraph::Server server(options);
    if (!server.start())
        die(u"the fake server did not start"_s);
    ServerTokens tokens(server);
    Graph::GraphClient client(server.graphRoot(), &tokens);
    const double quotaPerSecond = double(options.writeQuota) * 1000.0 / double(options.writeWindowMs);
    std::printf("fake Graph: %d ms latency, write quota %d per %d ms (%.0f writes/s; Graph's real one: 3,000 per "
                "150 s = 20/s); %d phone-method writes per run\n",
        options.latencyMs, options.writeQuota, options.writeWindowMs, quotaPerSecond, rows);

    QTemporaryDir dir;
    struct Mode
    {
        const char *label;
        Sync::OutboxWorkerOptions worker;
    };
    Sync::OutboxWorkerOptions batched;
    batched.quota.writes = args.pacerQuota > 0 ? args.pacerQuota : options.writeQuota;
    batched.quota.window = std::chrono::milliseconds(options.writeWindowMs);
    if (args.inFlight > 0)
        batched.maxInFlight = args.inFlight;
    if (args.pacerQuota > 0)
        std::printf("the pacer assumes %d writes per %d ms\n", args.pacerQuota, options.writeWindowMs);
    Sync::OutboxWorkerOptions sequential;
    sequential.batchSize = 1;
    sequential.maxInFlight = 1;
    sequential.pace = false;
    QList<Mode> modes = {{"outbox ($batch, paced)", batched}, {"one call per row, sequential", sequential}};
    if (args.baselineRows == 0)
        modes.removeLast(); // --baseline-rows 0: the outbox run only
    int series = 0;
    for (const Mode &mode : modes) {
        ++series;
        auto db = graphStore(dir, u"writes%1.sqlite"_s.arg(series));
        const Users users = addUsers(server, *db, u"w%1"_s.arg(series), rows);
        const Core::Status queued = db->transaction([&]() -> Core::Status {
            for (int i = 0; i < rows; ++i) {
                auto id = Sync::OutboxChange::phoneAdd(
                    users.ids.at(i), users.upns.at(i), Core::MethodType::MobilePhone, numberFor(series, i))
                              .enqueue(*db);
                if (!id)
                    return id.error();
            }
            return {};
        });
        if (!queued)
            die(queued.errorMessage());
        server.setWriteQuota(options.writeQuota, options.writeWindowMs); // a full bucket for each run
        server.resetCounters();
        const PushResult r = push(*db, client, mode.worker);
        const FakeGraph::Counters c = server.counters();
        printRun(mode.label, r, c, rows, quotaPerSecond);
        if (c.phoneCreates != rows || r.progress.done != rows)
            die(u"%1 creates and %2 done for %3 rows"_s.arg(c.phoneCreates).arg(r.progress.done).arg(rows));
        verify(server, users, series, mode.label);
    }
    return 0;
}

struct ImportResult
{
    double totalMs = 0;
    double queueMs = 0; // plan + journal + queue
    PushResult push;
    FakeGraph::Counters counters;
};

ImportResult runImport(FakeGraph::Server &server, Graph::GraphClient &client, QTemporaryDir &dir, const QString &name,
    int rows, int series, const Sync::OutboxWorkerOptions &workerOptions, Users *usersOut)
{
    auto db = graphStore(dir, name + u".sqlite"_s);
    const Users users = addUsers(server, *db, name, rows);
    QByteArray csv = "UPN,Mobile\r\n";
    for (int i = 0; i < rows; ++i)
        csv += users.upns.at(i).toUtf8() + "," + numberFor(series, i).toUtf8() + "\r\n";
    ImportResult result;
    QElapsedTimer total;
    total.start();
    auto source = Services::ImportSource::fromBytes(csv, name + u".csv"_s);
    if (!source)
        die(source.errorMessage());
    Services::ImportOptions options;
    options.kind = Services::ImportKind::Phones;
    options.defaultRegion = u"US"_s;
    const auto mapping = Services::ImportPlanner::detectMapping(source->table, options.kind);
    Services::ImportPlanner planner(*db);
    auto plan = planner.plan(source.value(), mapping, options);
    if (!plan)
        die(plan.errorMessage());
    auto runId = Services::ImportRunner::createRun(*db, plan.value(), u"bench"_s, u"bench"_s, u"graph"_s);
    if (!runId)
        die(runId.errorMessage());
    Services::GraphImportApplier applier(*db, u"bench"_s);
    Services::ImportRunner runner(*db, applier);
    if (auto s = runner.open(runId.value()); !s)
        die(s.errorMessage());
    if (auto s = runner.runToEnd(); !s)
        die(s.errorMessage());
    result.queueMs = double(total.nsecsElapsed()) / 1e6;
    server.resetCounters();
    result.push = push(*db, client, workerOptions);
    result.totalMs = double(total.nsecsElapsed()) / 1e6;
    result.counters = server.counters();
    auto settled = Services::GraphImportApplier::isSettled(*db, runId.value());
    QSqlQuery q(db->connection());
    q.prepare(u"SELECT count(*) FROM import_rows WHERE run_id = ? AND state = 'done'"_s);
    q.bindValue(0, runId.value());
    const qint64 done = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    if (!settled || !settled.value() || done != rows || result.counters.phoneCreates != rows)
        die(u"import %1: %2 rows done, %3 creates for %4 rows"_s.arg(name)
                .arg(done)
                .arg(result.counters.phoneCreates)
                .arg(rows));
    *usersOut = users;
    return result;
}

int benchImport(const Args &args)
{
    const int rows = args.rows > 0 ? args.rows : 10000;
    const int baselineRows = qMin(rows, args.baselineRows > 0 ? args.baselineRows : 1000);
    FakeGraph::Options options;
    options.users = 10;
    options.groups = 1;
    options.latencyMs = args.latencyMs >= 0 ? args.latencyMs : 100;
    options.rate429 = args.rate429 >= 0 ? args.rate429 : 0.05;
    options.writeQuota = args.quota > 0 ? args.quota : 3000;
    options.writeWindowMs = args.windowMs > 0 ? args.windowMs : 15000;
    FakeGraph::Server server(options);
    if (!server.start())
        die(u"the fake server did not start"_s);
    ServerTokens tokens(server);
    Graph::GraphClient client(server.graphRoot(), &tokens);
    const double quotaPerSecond = double(options.writeQuota) * 1000.0 / double(options.writeWindowMs);
    std::printf("fake Graph: %d ms latency, %.0f %% 429s, write quota %d per %d ms (%.0f writes/s); import of %d rows, "
                "one-call-per-row baseline on %d rows\n",
        options.latencyMs, options.rate429 * 100, options.writeQuota, options.writeWindowMs, quotaPerSecond, rows,
        baselineRows);
    QTemporaryDir dir;

    Sync::OutboxWorkerOptions batched;
    batched.quota.writes = options.writeQuota;
    batched.quota.window = std::chrono::milliseconds(options.writeWindowMs);
    if (args.inFlight > 0)
        batched.maxInFlight = args.inFlight;
    Users users;
    server.setWriteQuota(options.writeQuota, options.writeWindowMs);
    const ImportResult outbox = runImport(server, client, dir, u"import"_s, rows, 1, batched, &users);
    server.setWriteQuota(options.writeQuota, options.writeWindowMs);
    verify(server, users, 1, "outbox");

    Sync::OutboxWorkerOptions sequential;
    sequential.batchSize = 1;
    sequential.maxInFlight = 1;
    sequential.pace = false;
    Users baselineUsers;
    server.setWriteQuota(options.writeQuota, options.writeWindowMs);
    const ImportResult baseline
        = runImport(server, client, dir, u"baseline"_s, baselineRows, 2, sequential, &baselineUsers);
    verify(server, baselineUsers, 2, "one call per row");

    const double scaledBaselineMs = baseline.totalMs * double(rows) / double(baselineRows);
    auto line = [&](const char *label, const ImportResult &r, int n) {
        const FakeGraph::Counters &c = r.counters;
        std::printf("%-30s %6d rows %9.1f s (queue %.1f s, push %.1f s) %8.1f rows/s %7.3f HTTP requests/row "
                    "%6.2f %% 429 (%lld of %lld)\n",
            label, n, r.totalMs / 1000.0, r.queueMs / 1000.0, r.push.ms / 1000.0, double(n) * 1000.0 / r.totalMs,
            double(r.push.clientRequests) / double(n), c.graphRequests ? 100.0 * c.throttled / c.graphRequests : 0.0,
            c.throttled, c.graphRequests);
    };
    line("outbox ($batch, paced)", outbox, rows);
    line("one call per row, sequential", baseline, baselineRows);
    std::printf("wall time, outbox / one call per row: %.3f (one call per row %s %.1f s for %d rows)\n",
        outbox.totalMs / scaledBaselineMs, baselineRows < rows ? "scaled to" : "took", scaledBaselineMs / 1000.0, rows);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    Args args;
    args.part = a.value(1);
    for (qsizetype i = 2; i + 1 < a.size(); i += 2) {
        const QString name = a.at(i);
        const QString value = a.at(i + 1);
        if (name == u"--latency-ms")
            args.latencyMs = value.toInt();
        else if (name == u"--rate429")
            args.rate429 = value.toDouble();
        else if (name == u"--quota")
            args.quota = value.toInt();
        else if (name == u"--window-ms")
            args.windowMs = value.toInt();
        else if (name == u"--rows")
            args.rows = value.toInt();
        else if (name == u"--baseline-rows")
            args.baselineRows = value.toInt();
        else if (name == u"--in-flight")
            args.inFlight = value.toInt();
        else if (name == u"--pacer-quota")
            args.pacerQuota = value.toInt();
        else
            die(u"unknown option %1"_s.arg(name));
    }
    if (args.part == u"writes")
        return benchWrites(args);
    if (args.part == u"import")
        return benchImport(args);
    std::fprintf(stderr, "usage: bench_outbox writes|import [options] (see the comment at the top of the source)\n");
    return 2;
}
