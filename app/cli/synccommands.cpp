// The tenant from Graph into the store from scripts: ssprctl sync [--full] [--methods].
#include "cliapp.h"
#include "clicontext.h"

#include "database.h"
#include "graphclient.h"
#include "graphconnection.h"
#include "methodfetcher.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace Sspr::Cli {

using namespace Qt::StringLiterals;
using Sync::SyncEngine;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Cli)
};

// Progress goes to stderr: a phase's count when it ends, and at most every two seconds while it runs.
class ProgressLines
{
public:
    explicit ProgressLines(QTextStream &err)
        : m_err(err)
    {
        m_timer.start();
    }
    ~ProgressLines() { flush(); }

    void show(const QString &phase, qint64 done, qint64 total, qint64 requests)
    {
        if (phase != m_phase) {
            flush();
            m_phase = phase;
            m_timer.restart();
        }
        m_done = done;
        m_total = total;
        m_requests = requests;
        m_printed = false;
        if (m_timer.elapsed() >= 2000) {
            print();
            m_timer.restart();
        }
    }
    void flush()
    {
        if (!m_phase.isEmpty() && !m_printed)
            print();
    }

private:
    void print()
    {
        QString line = m_total >= 0 ? Tr::tr("%1: %2 of %3").arg(m_phase).arg(m_done).arg(m_total)
                                    : Tr::tr("%1: %2").arg(m_phase).arg(m_done);
        if (m_requests >= 0)
            line += Tr::tr(" (%n requests)", nullptr, int(m_requests));
        m_err << u"ssprctl: "_s << line << Qt::endl;
        m_printed = true;
    }

    QTextStream &m_err;
    QElapsedTimer m_timer;
    QString m_phase;
    qint64 m_done = 0;
    qint64 m_total = -1;
    qint64 m_requests = -1;
    bool m_printed = true;
};

QJsonObject summaryJson(SyncEngine::Status status, const Sync::SyncSummary &s)
{
    const QString statusKey = status == SyncEngine::Status::Completed ? u"completed"_s
        : status == SyncEngine::Status::Cancelled                     ? u"cancelled"_s
                                                                      : u"failed"_s;
    QJsonObject o {
        {u"status"_s, statusKey},
        {u"users"_s,
            QJsonObject {{u"full"_s, s.usersFull}, {u"added"_s, s.usersAdded}, {u"updated"_s, s.usersUpdated},
                {u"removed"_s, s.usersRemoved}}},
        {u"groups"_s,
            QJsonObject {{u"full"_s, s.groupsFull}, {u"added"_s, s.groupsAdded}, {u"updated"_s, s.groupsUpdated},
                {u"removed"_s, s.groupsRemoved}}},
        {u"memberships"_s, QJsonObject {{u"added"_s, s.membershipsAdded}, {u"removed"_s, s.membershipsRemoved}}},
        {u"policy"_s, s.policySynced},
        {u"registrationReport"_s, s.reportSynced},
        {u"registrations"_s, s.registrations},
        {u"requests"_s, s.requests},
        {u"seconds"_s, s.seconds},
        {u"notes"_s, QJsonArray::fromStringList(s.notes)},
    };
    if (!s.error.isEmpty())
        o.insert(u"error"_s, s.error);
    return o;
}

void printSummary(QTextStream &out, const Sync::SyncSummary &s)
{
    out << (s.usersFull ? Tr::tr("Users (full): %1 added, %2 updated, %3 removed")
                        : Tr::tr("Users: %1 added, %2 updated, %3 removed"))
               .arg(s.usersAdded)
               .arg(s.usersUpdated)
               .arg(s.usersRemoved)
        << Qt::endl;
    out << (s.groupsFull ? Tr::tr("Groups (full): %1 added, %2 updated, %3 removed")
                         : Tr::tr("Groups: %1 added, %2 updated, %3 removed"))
               .arg(s.groupsAdded)
               .arg(s.groupsUpdated)
               .arg(s.groupsRemoved)
        << Qt::endl;
    out << Tr::tr("Memberships: %1 added, %2 removed").arg(s.membershipsAdded).arg(s.membershipsRemoved) << Qt::endl;
    if (s.policySynced)
        out << Tr::tr("Policy: read") << Qt::endl;
    if (s.reportSynced)
        out << Tr::tr("Registration report: %1 users").arg(s.registrations) << Qt::endl;
    for (const QString &note : s.notes)
        out << Tr::tr("Note: %1").arg(note) << Qt::endl;
    out << Tr::tr("%n requests", nullptr, int(s.requests)) << u", "_s
        << Tr::tr("%1 s").arg(QString::number(s.seconds, 'f', 1)) << Qt::endl;
}

int runSync(CliContext &ctx)
{
    if (!ctx.positional().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("sync takes no arguments (see ssprctl sync --help)"));
    Services::GraphConnection *graph = ctx.graph();
    if (!graph)
        return ExitFailure;
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;

    ProgressLines lines(ctx.err());
    SyncEngine engine(graph->client(), db->path());
    QEventLoop loop;
    SyncEngine::Status status = SyncEngine::Status::Failed;
    Sync::SyncSummary summary;
    QObject::connect(&engine, &SyncEngine::progress, &loop,
        [&lines](const Sync::SyncProgress &p) { lines.show(p.phase, p.done, p.total, p.requests); });
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](SyncEngine::Status s, const Sync::SyncSummary &result) {
        status = s;
        summary = result;
        loop.quit();
    });
    engine.start(ctx.parser().isSet(u"full"_s) ? SyncEngine::Mode::Full : SyncEngine::Mode::Auto);
    loop.exec();
    lines.flush();

    QJsonObject json = summaryJson(status, summary);
    Sync::MethodFetchSummary methods;
    const bool withMethods = status == SyncEngine::Status::Completed && ctx.parser().isSet(u"methods"_s);
    if (withMethods) {
        QStringList ids;
        QSqlQuery q(db->connection());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id FROM users ORDER BY uid"_s))
            return ctx.fail(ExitFailure, Store::Database::errorText(q));
        while (q.next())
            ids << q.value(0).toString();
        q.finish();
        Sync::MethodFetcher fetcher(graph->client(), *db);
        QObject::connect(&fetcher, &Sync::MethodFetcher::progress, &loop,
            [&lines](qint64 done, qint64 total) { lines.show(Tr::tr("Methods"), done, total, -1); });
        QObject::connect(&fetcher, &Sync::MethodFetcher::finished, &loop, [&](const Sync::MethodFetchSummary &result) {
            methods = result;
            loop.quit();
        });
        fetcher.fetchUsers(ids);
        loop.exec();
        lines.flush();
        QJsonObject m {{u"users"_s, methods.users}, {u"written"_s, methods.written}, {u"failed"_s, methods.failed},
            {u"requests"_s, methods.requests}, {u"seconds"_s, methods.seconds}};
        if (!methods.failures.isEmpty())
            m.insert(u"failures"_s, QJsonArray::fromStringList(methods.failures));
        json.insert(u"methods"_s, m);
    }

    if (ctx.json()) {
        ctx.printJson(json);
    } else {
        printSummary(ctx.out(), summary);
        if (withMethods) {
            ctx.out() << Tr::tr("Methods: %1 users read, %2 failed").arg(methods.written).arg(methods.failed)
                      << Qt::endl;
            for (const QString &failure : std::as_const(methods.failures))
                ctx.out() << u"  "_s << failure << Qt::endl;
        }
    }
    if (status != SyncEngine::Status::Completed)
        return ctx.fail(ExitFailure,
            summary.error.isEmpty() ? Tr::tr("the sync was cancelled; run it again to resume")
                                    : Tr::tr("the sync stopped: %1 (run it again to resume)").arg(summary.error));
    return ExitOk;
}

} // namespace

void registerSyncCommands(QList<Command> &commands)
{
    Command sync;
    sync.words = {u"sync"_s};
    sync.summary = Tr::tr("Sync the profile's tenant from Microsoft Graph into the store");
    sync.options = {
        QCommandLineOption(u"full"_s, Tr::tr("Read everything again instead of the changes since the last sync.")),
        QCommandLineOption(u"methods"_s, Tr::tr("Also read every user's registered authentication methods.")),
    };
    sync.details = Tr::tr("Reads users, groups and memberships (changes only, after the first sync), the "
                          "authentication methods policy and the registration report. An interrupted sync resumes "
                          "where it stopped. Progress goes to stderr, the summary to stdout.");
    sync.run = runSync;
    commands.append(sync);
}

} // namespace Sspr::Cli
