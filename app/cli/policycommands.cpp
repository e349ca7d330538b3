// ssprctl policy show | set KEY=VALUE... | validate | impact KEY=VALUE...
#include "cliapp.h"
#include "clicontext.h"

#include "auditlog.h"
#include "database.h"
#include "impactservice.h"
#include "policykeys.h"
#include "policyservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Sspr::Cli {

using namespace Qt::StringLiterals;
using Services::ImpactService;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Cli::PolicyCommands)
};

// Applies KEY=VALUE arguments to a copy of the policy; any bad key or value is a usage error.
bool applyAssignments(CliContext &ctx, Core::SsprPolicy &policy, int *exitCode)
{
    const QStringList args = ctx.positional();
    if (args.isEmpty()) {
        *exitCode = ctx.fail(ExitUsage, Tr::tr("give at least one KEY=VALUE (see ssprctl policy set --help)"));
        return false;
    }
    for (const QString &arg : args) {
        if (Core::Status s = Core::applyAssignment(policy, arg); !s) {
            *exitCode = ctx.fail(ExitUsage, s.errorMessage());
            return false;
        }
    }
    return true;
}

void printProblems(CliContext &ctx, const QList<Core::PolicyProblem> &problems)
{
    for (const Core::PolicyProblem &p : problems) {
        ctx.err() << (p.isError() ? Tr::tr("error") : Tr::tr("warning")) << u" ["_s << p.field << u"]: "_s
                  << p.message << Qt::endl;
    }
}

QString actorFor()
{
    return Store::AuditLog::localActor();
}

int runShow(CliContext &ctx)
{
    if (!ctx.positional().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("policy show takes no arguments"));
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    Services::PolicyService service(*db, actorFor(), u"ssprctl"_s);
    auto policy = service.load();
    if (!policy)
        return ctx.fail(ExitFailure, policy.errorMessage());
    if (ctx.json()) {
        QJsonObject json = Core::toJson(policy.value());
        json.insert(u"passwordResetEnabledGroupName"_s, service.groupName(policy->groupId));
        ctx.printJson(json);
        return ExitOk;
    }
    for (const Core::PolicyKeyInfo &info : Core::policyKeyInfos()) {
        auto value = Core::policyValueText(policy.value(), info.key);
        QString text = value ? value.value() : QString();
        if (info.key == Core::PolicyKeys::GroupIds && !policy->groupId.isEmpty())
            text += u" ("_s + service.groupName(policy->groupId) + u')';
        ctx.out() << info.key.leftJustified(38) << u' ' << text << Qt::endl;
    }
    return ExitOk;
}

int runSet(CliContext &ctx)
{
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    Services::PolicyService service(*db, actorFor(), u"ssprctl"_s);
    auto current = service.load();
    if (!current)
        return ctx.fail(ExitFailure, current.errorMessage());
    Core::SsprPolicy staged = current.value();
    int code = ExitOk;
    if (!applyAssignments(ctx, staged, &code))
        return code;
    const QList<Core::PolicyProblem> problems = service.validate(staged);
    if (Core::hasErrors(problems)) {
        // One line on stderr names the first broken rule; the others follow for people reading a terminal.
        const auto errors = Core::errorsOf(problems);
        ctx.fail(ExitUsage, errors.first().message);
        for (qsizetype i = 1; i < errors.size(); ++i)
            ctx.err() << Tr::tr("also: %1").arg(errors.at(i).message) << Qt::endl;
        return ExitUsage;
    }
    const auto changes = service.diff(current.value(), staged);
    if (Core::Status s = service.save(staged); !s)
        return ctx.fail(ExitFailure, s.errorMessage());
    printProblems(ctx, Core::warningsOf(problems));
    if (ctx.json()) {
        QJsonArray array;
        for (const auto &c : changes)
            array.append(QJsonObject{{u"setting"_s, c.key}, {u"old"_s, c.oldValue}, {u"new"_s, c.newValue}});
        ctx.printJson(QJsonObject{{u"changed"_s, array}});
    } else if (changes.isEmpty()) {
        ctx.out() << Tr::tr("Nothing changed.") << Qt::endl;
    } else {
        for (const auto &c : changes)
            ctx.out() << Tr::tr("%1: %2 → %3").arg(c.key, c.oldValue, c.newValue) << Qt::endl;
    }
    return ExitOk;
}

int runValidate(CliContext &ctx)
{
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    Services::PolicyService service(*db, actorFor(), u"ssprctl"_s);
    auto policy = service.load();
    if (!policy)
        return ctx.fail(ExitFailure, policy.errorMessage());
    Core::SsprPolicy staged = policy.value();
    if (!ctx.positional().isEmpty()) {
        int code = ExitOk;
        if (!applyAssignments(ctx, staged, &code))
            return code;
    }
    const QList<Core::PolicyProblem> problems = service.validate(staged);
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{u"valid"_s, !Core::hasErrors(problems)},
                                  {u"problems"_s, Core::problemsToJson(problems)}});
    } else if (problems.isEmpty()) {
        ctx.out() << Tr::tr("The policy follows every rule.") << Qt::endl;
    } else {
        printProblems(ctx, problems);
    }
    return Core::hasErrors(problems) ? ExitUsage : ExitOk;
}

int runImpact(CliContext &ctx)
{
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    Services::PolicyService service(*db, actorFor(), u"ssprctl"_s);
    auto current = service.load();
    if (!current)
        return ctx.fail(ExitFailure, current.errorMessage());
    Core::SsprPolicy staged = current.value();
    int code = ExitOk;
    if (!applyAssignments(ctx, staged, &code))
        return code;
    bool ok = true;
    const int limit = ctx.parser().isSet(u"limit"_s) ? ctx.parser().value(u"limit"_s).toInt(&ok) : 20;
    if (!ok || limit < 0 || limit > 100000)
        return ctx.fail(ExitUsage, Tr::tr("--limit must be a whole number from 0 to 100000"));
    const QList<Core::PolicyProblem> problems = service.validate(staged);
    ImpactService impact(*db);
    auto counts = impact.compute(current.value(), staged);
    if (!counts)
        return ctx.fail(ExitFailure, counts.errorMessage());
    const ImpactService::Category categories[] = {ImpactService::Category::LoseReset,
                                                  ImpactService::Category::ForcedToRegister,
                                                  ImpactService::Category::InScopeWithoutMethods};
    if (ctx.parser().isSet(u"csv"_s)) {
        const QString path = ctx.parser().value(u"csv"_s);
        const QString which = ctx.parser().value(u"category"_s);
        const auto found = std::find_if(std::begin(categories), std::end(categories),
                                        [&](ImpactService::Category c) { return ImpactService::categoryKey(c) == which; });
        if (found == std::end(categories))
            return ctx.fail(ExitUsage, Tr::tr("--csv needs --category loseReset|forcedToRegister|inScopeWithoutMethods"));
        if (Core::Status s = impact.exportCsv(current.value(), staged, *found, path); !s)
            return ctx.fail(ExitFailure, s.errorMessage());
    }
    const qint64 values[] = {counts->loseReset, counts->forcedToRegister, counts->inScopeWithoutMethods};
    if (ctx.json()) {
        QJsonObject json{{u"valid"_s, !Core::hasErrors(problems)},
                         {u"problems"_s, Core::problemsToJson(problems)},
                         {u"usersConsidered"_s, counts->usersConsidered},
                         {u"milliseconds"_s, counts->milliseconds}};
        QJsonArray changes;
        for (const auto &c : service.diff(current.value(), staged))
            changes.append(QJsonObject{{u"setting"_s, c.key}, {u"old"_s, c.oldValue}, {u"new"_s, c.newValue}});
        json.insert(u"changes"_s, changes);
        for (int i = 0; i < 3; ++i) {
            QJsonArray users;
            if (limit > 0) {
                auto rows = impact.users(current.value(), staged, categories[i], limit);
                if (!rows)
                    return ctx.fail(ExitFailure, rows.errorMessage());
                for (const auto &r : rows.value())
                    users.append(r.userPrincipalName);
            }
            json.insert(ImpactService::categoryKey(categories[i]),
                        QJsonObject{{u"count"_s, values[i]}, {u"users"_s, users}});
        }
        ctx.printJson(json);
        return ExitOk;
    }
    printProblems(ctx, problems);
    for (const auto &c : service.diff(current.value(), staged))
        ctx.out() << Tr::tr("%1: %2 → %3").arg(c.key, c.oldValue, c.newValue) << Qt::endl;
    for (int i = 0; i < 3; ++i) {
        ctx.out() << ImpactService::categoryDisplayName(categories[i]) << u": "_s << values[i] << Qt::endl;
        if (limit > 0 && values[i] > 0) {
            auto rows = impact.users(current.value(), staged, categories[i], limit);
            if (!rows)
                return ctx.fail(ExitFailure, rows.errorMessage());
            for (const auto &r : rows.value())
                ctx.out() << u"  "_s << r.userPrincipalName << u"  "_s << r.displayName << Qt::endl;
            if (values[i] > rows->size())
                ctx.out() << u"  "_s << Tr::tr("… and %1 more").arg(values[i] - rows->size()) << Qt::endl;
        }
    }
    ctx.out() << Tr::tr("(%1 users considered in %2 ms; nothing was changed)")
                     .arg(counts->usersConsidered)
                     .arg(counts->milliseconds, 0, 'f', 0)
              << Qt::endl;
    return ExitOk;
}
} // namespace

void registerPolicyCommands(QList<Command> &commands)
{
    commands.append({{u"policy"_s, u"show"_s}, {}, Tr::tr("Show the Password reset policy (--json: the portal's shape)."),
                     {}, runShow});
    commands.append({{u"policy"_s, u"set"_s},
                     u"KEY=VALUE..."_s,
                     Tr::tr("Change settings; a rule violation exits 2 and changes nothing."),
                     {},
                     runSet,
                     Tr::tr("Keys (named after the portal's payload):\n") + Core::policyKeysHelp()});
    commands.append({{u"policy"_s, u"validate"_s},
                     u"[KEY=VALUE...]"_s,
                     Tr::tr("Check the stored policy (or it with changes applied) against every rule; exit 2 on errors."),
                     {},
                     runValidate});
    commands.append({{u"policy"_s, u"impact"_s},
                     u"KEY=VALUE..."_s,
                     Tr::tr("Preview who a change would affect, without changing anything."),
                     {QCommandLineOption(u"limit"_s, Tr::tr("Users listed per category (default 20)."), u"N"_s),
                      QCommandLineOption(u"category"_s, Tr::tr("The category --csv exports."), u"CATEGORY"_s),
                      QCommandLineOption(u"csv"_s, Tr::tr("Export every user of --category to FILE."), u"FILE"_s)},
                     runImpact});
}

} // namespace Sspr::Cli
