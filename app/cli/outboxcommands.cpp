// The outbox from scripts: outbox list, outbox retry, outbox discard, outbox push.
#include "cliapp.h"
#include "clicontext.h"

#include "auditlog.h"
#include "database.h"
#include "graphclient.h"
#include "graphconnection.h"
#include "outboxchange.h"
#include "outboxlocaleffects.h"
#include "outboxrepository.h"
#include "outboxworker.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <unistd.h>

namespace Sspr::Cli {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Cli)
};

const QString kSource = u"ssprctl"_s;

QJsonObject itemJson(const Store::OutboxItem &item)
{
    QJsonObject o {{u"id"_s, item.id}, {u"key"_s, item.key}, {u"kind"_s, item.kind}, {u"target"_s, item.target},
        {u"state"_s, item.state}, {u"attempts"_s, item.attempts},
        {u"createdAt"_s, item.createdAt.toString(Qt::ISODateWithMs)},
        {u"updatedAt"_s, item.updatedAt.toString(Qt::ISODateWithMs)},
        {u"summary"_s, Sync::OutboxChange::describe(item)}, {u"payload"_s, item.payload}};
    if (item.lastStatus > 0)
        o.insert(u"lastStatus"_s, item.lastStatus);
    if (!item.lastError.isEmpty())
        o.insert(u"lastError"_s, item.lastError);
    return o;
}

QJsonObject countsJson(const Store::OutboxCounts &c)
{
    return {{u"pending"_s, c.pending}, {u"sending"_s, c.sending}, {u"done"_s, c.done}, {u"failed"_s, c.failed},
        {u"conflict"_s, c.conflict}, {u"discarded"_s, c.discarded}};
}

// An outbox item id from the first argument; -1 after printing the usage error.
qint64 idArgument(CliContext &ctx, const QString &command)
{
    const QStringList args = ctx.positional();
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.constFirst().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        ctx.fail(ExitUsage, Tr::tr("%1 needs one outbox item id (see ssprctl outbox list)").arg(command));
        return -1;
    }
    return id;
}

// ---- outbox list -----------------------------------------------------------------------------------------------

int runOutboxList(CliContext &ctx)
{
    if (!ctx.positional().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("outbox list takes no arguments (filter with --state)"));
    QStringList states;
    if (ctx.parser().isSet(u"state"_s)) {
        states = ctx.parser().value(u"state"_s).split(u',', Qt::SkipEmptyParts);
        for (const QString &state : std::as_const(states)) {
            if (!Store::OutboxRepository::states().contains(state))
                return ctx.fail(ExitUsage,
                    Tr::tr("unknown state \"%1\" (one or more of %2, comma-separated)")
                        .arg(state, Store::OutboxRepository::states().join(u", "_s)));
        }
    }
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    Store::OutboxRepository repository(*db);
    auto counts = repository.counts();
    if (!counts)
        return ctx.fail(ExitFailure, counts.errorMessage());

    constexpr int kPage = 5000;
    if (ctx.json()) {
        QJsonArray items;
        qint64 after = 0;
        for (;;) {
            auto page = repository.list(states, kPage, after);
            if (!page)
                return ctx.fail(ExitFailure, page.errorMessage());
            for (const Store::OutboxItem &item : std::as_const(page.value()))
                items.append(itemJson(item));
            if (page->size() < kPage)
                break;
            after = page->constLast().id;
        }
        ctx.printJson(QJsonObject {{u"counts"_s, countsJson(counts.value())}, {u"items"_s, items}});
        return ExitOk;
    }
    const Store::OutboxCounts &c = counts.value();
    ctx.out() << Tr::tr("Pending %1, sending %2, failed %3, conflicts %4, done %5, discarded %6")
                     .arg(c.pending)
                     .arg(c.sending)
                     .arg(c.failed)
                     .arg(c.conflict)
                     .arg(c.done)
                     .arg(c.discarded)
              << Qt::endl;
    qint64 after = 0;
    bool any = false;
    for (;;) {
        auto page = repository.list(states, kPage, after);
        if (!page)
            return ctx.fail(ExitFailure, page.errorMessage());
        for (const Store::OutboxItem &item : std::as_const(page.value())) {
            if (!any)
                ctx.out() << Tr::tr("ID").leftJustified(7) << u"  "_s << Tr::tr("State").leftJustified(9) << u"  "_s
                          << Tr::tr("Change") << Qt::endl;
            any = true;
            ctx.out() << QString::number(item.id).leftJustified(7) << u"  "_s << item.state.leftJustified(9) << u"  "_s
                      << Sync::OutboxChange::describe(item) << Qt::endl;
            if (!item.lastError.isEmpty() && item.state != u"done")
                ctx.out() << QString(20, u' ') << item.lastError << Qt::endl;
        }
        if (page->size() < kPage)
            break;
        after = page->constLast().id;
    }
    return ExitOk;
}

// ---- outbox retry / discard ------------------------------------------------------------------------------------

int runOutboxRetry(CliContext &ctx)
{
    const bool all = ctx.parser().isSet(u"all-failed"_s);
    if (all && !ctx.positional().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("give either an item id or --all-failed, not both"));
    qint64 id = 0;
    if (!all) {
        id = idArgument(ctx, u"outbox retry"_s);
        if (id < 0)
            return ExitUsage;
    }
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    Sync::OutboxLocalEffects effects(*db);
    const QString actor = Store::AuditLog::localActor();
    if (all) {
        auto n = effects.retryAllFailed(actor, kSource);
        if (!n)
            return ctx.fail(ExitFailure, n.errorMessage());
        if (ctx.json())
            ctx.printJson(QJsonObject {{u"retried"_s, n.value()}});
        else
            ctx.out() << Tr::tr("%n failed item(s) will be sent again.", nullptr, n.value()) << Qt::endl;
        return ExitOk;
    }
    auto item = Store::OutboxRepository(*db).item(id);
    if (!item)
        return ctx.fail(ExitFailure, item.errorMessage());
    if (!item->has_value())
        return ctx.fail(ExitFailure, Tr::tr("there is no outbox item %1").arg(id));
    const QString before = (*item)->state;
    auto retried = effects.retry(id, actor, kSource);
    if (!retried)
        return ctx.fail(ExitFailure, retried.errorMessage());
    if (!retried.value())
        return ctx.fail(ExitFailure,
            Tr::tr("outbox item %1 is %2: only failed items and conflicts can be retried").arg(id).arg(before));
    if (ctx.json()) {
        ctx.printJson(QJsonObject {{u"id"_s, id}, {u"state"_s, u"pending"_s}, {u"overwrite"_s, before == u"conflict"}});
    } else if (before == u"conflict") {
        ctx.out() << Tr::tr("Item %1 will be sent again and will overwrite the tenant's value.").arg(id) << Qt::endl;
    } else {
        ctx.out() << Tr::tr("Item %1 will be sent again.").arg(id) << Qt::endl;
    }
    return ExitOk;
}

int runOutboxDiscard(CliContext &ctx)
{
    const qint64 id = idArgument(ctx, u"outbox discard"_s);
    if (id < 0)
        return ExitUsage;
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    auto item = Store::OutboxRepository(*db).item(id);
    if (!item)
        return ctx.fail(ExitFailure, item.errorMessage());
    if (!item->has_value())
        return ctx.fail(ExitFailure, Tr::tr("there is no outbox item %1").arg(id));
    const QString before = (*item)->state;
    auto discarded = Sync::OutboxLocalEffects(*db).discard(id, Store::AuditLog::localActor(), kSource);
    if (!discarded)
        return ctx.fail(ExitFailure, discarded.errorMessage());
    if (!discarded.value())
        return ctx.fail(ExitFailure,
            Tr::tr("outbox item %1 is %2: only pending, failed and conflicting items can be discarded")
                .arg(id)
                .arg(before));
    if (ctx.json())
        ctx.printJson(QJsonObject {{u"id"_s, id}, {u"state"_s, u"discarded"_s}});
    else
        ctx.out() << Tr::tr("Item %1 discarded; this profile shows the tenant's value again.").arg(id) << Qt::endl;
    return ExitOk;
}

// ---- outbox push -----------------------------------------------------------------------------------------------

int runOutboxPush(CliContext &ctx)
{
    if (!ctx.positional().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("outbox push takes no arguments"));
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    if (!Store::OutboxRepository::isGraphProfile(*db))
        return ctx.fail(ExitUsage,
            Tr::tr("this profile is local: its changes are already in the store and nothing is sent (connect a "
                   "tenant with ssprctl connect)"));
    Services::GraphConnection *connection = ctx.graph(); // signs in with what the keychain holds
    if (!connection)
        return ExitFailure;
    Graph::GraphClient &client = *connection->client();

    Sync::OutboxWorker worker(*db, client);
    const bool interactive = ::isatty(STDERR_FILENO);
    QObject::connect(
        &worker, &Sync::OutboxWorker::progressed, &worker, [&ctx, interactive](const Sync::OutboxProgress &p) {
            ctx.err() << Tr::tr("Outbox: %1 done, %2 failed, %3 conflicts, %4 left; %5 requests")
                             .arg(p.done)
                             .arg(p.failed)
                             .arg(p.conflicts)
                             .arg(p.remaining)
                             .arg(p.requests)
                      << (interactive ? u"\r"_s : u"\n"_s);
            ctx.err().flush();
        });
    QObject::connect(&worker, &Sync::OutboxWorker::temporaryAccessPassIssued, &worker,
        [&ctx](qint64 id, const QString &upn, const QString &pass) {
            // Shown once, on stdout only, to whoever ran the command; never stored.
            ctx.out() << Tr::tr("Temporary Access Pass for %1 (item %2): %3").arg(upn).arg(id).arg(pass) << Qt::endl;
        });
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&worker, &Sync::OutboxWorker::finished, &loop, [&](bool success) {
        ok = success;
        loop.quit();
    });
    worker.start();
    loop.exec();
    if (interactive)
        ctx.err() << Qt::endl;
    const Sync::OutboxProgress p = worker.progress();
    auto counts = Store::OutboxRepository(*db).counts();
    if (ctx.json()) {
        QJsonObject o {{u"done"_s, p.done}, {u"failed"_s, p.failed}, {u"conflicts"_s, p.conflicts},
            {u"notSent"_s, p.notSent}, {u"requests"_s, p.requests}, {u"throttled"_s, p.throttled}};
        if (counts)
            o.insert(u"counts"_s, countsJson(counts.value()));
        if (!ok)
            o.insert(u"error"_s, worker.errorString());
        ctx.printJson(o);
    } else {
        ctx.out() << Tr::tr("%1 sent, %2 failed, %3 conflicts, %4 not answered (still pending); %5 HTTP requests.")
                         .arg(p.done)
                         .arg(p.failed)
                         .arg(p.conflicts)
                         .arg(p.notSent)
                         .arg(p.requests)
                  << Qt::endl;
    }
    if (!ok)
        return ctx.fail(ExitFailure, worker.errorString());
    if (p.failed + p.conflicts + p.notSent > 0)
        return ctx.fail(ExitFailure,
            Tr::tr("some changes were not applied; see ssprctl outbox list --state failed,conflict,pending"));
    return ExitOk;
}

} // namespace

void registerOutboxCommands(QList<Command> &commands)
{
    commands.append({{u"outbox"_s, u"list"_s}, {}, Tr::tr("List the changes bound for the tenant and their state."),
        {QCommandLineOption(u"state"_s,
            Tr::tr("Only items in state S: pending, sending, done, failed, conflict, discarded (comma-separated)."),
            u"S"_s)},
        runOutboxList,
        Tr::tr("Oldest first; a failed item or a conflict shows the reason under it (a conflict shows both the "
               "tenant's value and ours).")});
    commands.append({{u"outbox"_s, u"retry"_s}, u"ID"_s,
        Tr::tr("Send a failed item again; a conflict is sent again to overwrite the tenant's value."),
        {QCommandLineOption(u"all-failed"_s, Tr::tr("Retry every failed item (not the conflicts)."))}, runOutboxRetry,
        Tr::tr("The item goes back to pending; run ssprctl outbox push (or let the console send it).")});
    commands.append({{u"outbox"_s, u"discard"_s}, u"ID"_s,
        Tr::tr("Drop a pending, failed or conflicting change and put this profile back to the tenant's value."), {},
        runOutboxDiscard, {}});
    commands.append({{u"outbox"_s, u"push"_s}, {},
        Tr::tr("Send the outbox to the tenant until nothing is left to send; progress on stderr."), {}, runOutboxPush,
        Tr::tr("Independent changes go together in $batch requests, paced under the tenant's write quota. Exits 1 "
               "when a change failed, is in conflict or got no answer.")});
}

} // namespace Sspr::Cli
