// Full sync from the fake Graph server (in this process, on its own thread) into a fresh store file.
//   bench_sync [--users 100000] [--groups 2000] [--latency-ms 0] [--page-size 999] [--no-policy] [--no-report]
//              [--db PATH] [--rss-trace]
// Prints the time of each phase, users per second end to end (the target, users + groups without the report:
// >= 20,000/s at 0 ms latency, --no-report --no-policy), HTTP requests, and peak RSS (getrusage; the fake tenant's own
// memory is measured before the sync starts, so the growth during the sync is what the sync holds). With --latency-ms
// the wall time is set against round trips x latency: a sync bound by its round trips comes close to that product.
#include "accesstokenprovider.h"
#include "database.h"
#include "fakegraphserver.h"
#include "graphclient.h"
#include "syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Sspr;

namespace {

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {u"users"_s, u"Users in the fake tenant."_s, u"N"_s, u"100000"_s},
        {u"groups"_s, u"Groups in the fake tenant."_s, u"N"_s, u"2000"_s},
        {u"latency-ms"_s, u"Latency the fake server adds to every response."_s, u"MS"_s, u"0"_s},
        {u"page-size"_s, u"Items per page asked for."_s, u"N"_s, u"999"_s},
        {u"no-policy"_s, u"Skip the policy phase."_s},
        {u"no-report"_s, u"Skip the registration report."_s},
        {u"db"_s, u"Write the store here (default: a temporary file)."_s, u"PATH"_s},
        {u"rss-trace"_s, u"Print the resident set size at every written page (stderr)."_s},
    });
    parser.process(app);

    FakeGraph::Options options;
    options.users = parser.value(u"users"_s).toInt();
    options.groups = parser.value(u"groups"_s).toInt();
    options.latencyMs = parser.value(u"latency-ms"_s).toInt();
    QElapsedTimer setup;
    setup.start();
    FakeGraph::Server server(options);
    if (!server.start()) {
        std::fprintf(stderr, "bench_sync: the fake server did not start\n");
        return 1;
    }
    std::printf("fake tenant: %d users, %d groups, latency %d ms, generated in %.1f s\n", options.users, options.groups,
        options.latencyMs, double(setup.elapsed()) / 1000.0);

    QTemporaryDir dir;
    const QString path = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : dir.filePath(u"sync.sqlite"_s);
    {
        auto db = Store::Database::open(path, Store::Database::OpenMode::CreateIfMissing);
        if (!db) {
            std::fprintf(stderr, "bench_sync: %s\n", qPrintable(db.errorMessage()));
            return 1;
        }
        QSqlQuery q(db.value()->connection());
        q.exec(u"INSERT OR IGNORE INTO tenant (id, name, domain, kind, created_at) VALUES (1, 'Contoso', "
               "'contoso.onmicrosoft.com', 'graph', '2024-01-01T00:00:00Z')"_s);
    }

    ServerTokens tokens(server);
    Graph::GraphClient client(server.graphRoot(), &tokens);
    Sync::SyncEngine engine(&client, path);
    Sync::SyncEngine::Options syncOptions;
    syncOptions.pageSize = parser.value(u"page-size"_s).toInt();
    syncOptions.policy = !parser.isSet(u"no-policy"_s);
    syncOptions.registrationReport = !parser.isSet(u"no-report"_s);
    engine.setOptions(syncOptions);

    struct Phase
    {
        QString name;
        qint64 startMs = 0;
        qint64 requestsAtStart = 0;
        qint64 items = 0;
    };
    QList<Phase> phases;
    // How long the engine's thread (the GUI thread in the console) is kept from its event loop: a 5 ms timer's
    // lateness. Parsing each page's JSON is the only sync work done there.
    QTimer ticker;
    QElapsedTimer sinceTick;
    qint64 longestStallMs = 0;
    QList<qint64> stalls;
    const bool rssTrace = parser.isSet(u"rss-trace"_s);
    QElapsedTimer wall;
    const long rssBefore = peakRssKb();
    const double cpuBefore = cpuSeconds();
    int exitCode = 1;
    QObject::connect(&engine, &Sync::SyncEngine::progress, &app, [&](const Sync::SyncProgress &p) {
        if (phases.isEmpty() || phases.constLast().name != p.phase)
            phases.append({p.phase, wall.elapsed(), p.requests, 0});
        phases.last().items = p.done;
        if (rssTrace) {
            QFile statm(u"/proc/self/statm"_s);
            statm.open(QIODevice::ReadOnly);
            const long pages = statm.readAll().split(' ').value(1).toLong();
            std::fprintf(stderr, "rss %s %lld: %ld MB\n", qPrintable(p.phase), p.done, pages * 4096 / 1048576);
        }
    });
    QObject::connect(&engine, &Sync::SyncEngine::finished, &app,
        [&](Sync::SyncEngine::Status status, const Sync::SyncSummary &summary) {
            const qint64 endMs = wall.elapsed();
            const double cpu = cpuSeconds() - cpuBefore;
            if (status != Sync::SyncEngine::Status::Completed) {
                std::fprintf(stderr, "bench_sync: the sync did not complete: %s\n", qPrintable(summary.error));
                app.exit(1);
                return;
            }
            // Progress reports written pages, so a phase runs from its first written page to the
            // next phase's (the next resource is read while the writer finishes the previous one).
            std::printf("%-22s %10s %12s %9s\n", "phase", "written", "seconds", "requests");
            for (qsizetype i = 0; i < phases.size(); ++i) {
                const qint64 until = i + 1 < phases.size() ? phases.at(i + 1).startMs : endMs;
                const qint64 requestsUntil
                    = i + 1 < phases.size() ? phases.at(i + 1).requestsAtStart : summary.requests;
                std::printf("%-22s %10lld %12.2f %9lld\n", qPrintable(phases.at(i).name), phases.at(i).items,
                    double(until - phases.at(i).startMs) / 1000.0, requestsUntil - phases.at(i).requestsAtStart);
            }
            std::printf("whole sync: %.2f s wall = %.0f users/s; %.2f s CPU (all threads, fake server "
                        "included); %lld requests; %lld users, %lld groups, %lld memberships\n",
                double(endMs) / 1000.0, double(options.users) / (double(endMs) / 1000.0), cpu, summary.requests,
                summary.usersAdded, summary.groupsAdded, summary.membershipsAdded);
            if (options.latencyMs > 0) {
                const double bound = double(summary.requests) * options.latencyMs / 1000.0;
                std::printf("round trips x latency: %lld x %d ms = %.2f s; wall / that = %.2f\n", summary.requests,
                    options.latencyMs, bound, double(endMs) / 1000.0 / bound);
            }
            std::sort(stalls.begin(), stalls.end());
            std::printf("event loop of the engine's thread: longest stall %lld ms, p99 %lld ms\n", longestStallMs,
                stalls.isEmpty() ? 0 : stalls.at(qsizetype(double(stalls.size() - 1) * 0.99)));
            std::printf("peak RSS: %ld MB before the sync (fake tenant), %ld MB after (+%ld MB)\n", rssBefore / 1024,
                peakRssKb() / 1024, (peakRssKb() - rssBefore) / 1024);
            exitCode = 0;
            app.exit(0);
        });
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 late = sinceTick.restart() - 5;
        longestStallMs = qMax(longestStallMs, late);
        stalls.append(late);
    });
    wall.start();
    sinceTick.start();
    ticker.start();
    engine.start(Sync::SyncEngine::Mode::Full);
    app.exec();
    return exitCode;
}
