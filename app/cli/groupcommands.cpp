// Groups from scripts: groups search, group create, group members.
#include "cliapp.h"
#include "clicontext.h"

#include "auditlog.h"
#include "database.h"
#include "groupdirectory.h"
#include "groupservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace Sspr::Cli {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Cli)
};

constexpr int kDefaultSearchLimit = 50;
constexpr int kMaxSearchLimit = 10000;
constexpr int kMemberPage = 20000;

QJsonObject groupJson(const Store::GroupRow &g)
{
    return QJsonObject {{u"id"_s, g.id}, {u"displayName"_s, g.displayName}, {u"description"_s, g.description},
        {u"mailNickname"_s, g.mailNickname}, {u"securityEnabled"_s, g.securityEnabled},
        {u"directMembers"_s, g.directMembers}};
}

// --limit N for a command; `fallback` when absent. Returns -1 after printing the usage error.
qint64 limitFrom(CliContext &ctx, qint64 fallback, qint64 maximum, int *exitCode)
{
    if (!ctx.parser().isSet(u"limit"_s))
        return fallback;
    bool ok = false;
    const qint64 limit = ctx.parser().value(u"limit"_s).toLongLong(&ok);
    if (!ok || limit < 1 || limit > maximum) {
        *exitCode = ctx.fail(ExitUsage, Tr::tr("--limit must be a whole number from 1 to %1").arg(maximum));
        return -1;
    }
    return limit;
}

// ---- groups search ---------------------------------------------------------------------------------------------

int runGroupsSearch(CliContext &ctx)
{
    const QStringList args = ctx.positional();
    if (args.isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("groups search needs the text to look for (\"\" lists the first groups)"));
    int code = ExitOk;
    const qint64 limit = limitFrom(ctx, kDefaultSearchLimit, kMaxSearchLimit, &code);
    if (limit < 0)
        return code;
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    const QString text = args.join(u' ');
    auto groups = Store::GroupDirectory(*db).search(text, int(limit));
    if (!groups)
        return ctx.fail(ExitFailure, groups.errorMessage());

    if (ctx.json()) {
        QJsonArray array;
        for (const Store::GroupRow &g : groups.value())
            array.append(groupJson(g));
        ctx.printJson(QJsonObject {{u"query"_s, text}, {u"returned"_s, array.size()}, {u"groups"_s, array}});
        return ExitOk;
    }
    if (groups->isEmpty()) {
        ctx.out() << Tr::tr("No groups match \"%1\".").arg(text) << Qt::endl;
        return ExitOk;
    }
    qsizetype nameWidth = 4, nickWidth = 13;
    for (const Store::GroupRow &g : groups.value()) {
        nameWidth = qMax(nameWidth, g.displayName.size());
        nickWidth = qMax(nickWidth, g.mailNickname.size());
    }
    nameWidth = qMin<qsizetype>(nameWidth, 48);
    nickWidth = qMin<qsizetype>(nickWidth, 40);
    ctx.out() << Tr::tr("Name").leftJustified(nameWidth) << u"  "_s << Tr::tr("Mail nickname").leftJustified(nickWidth)
              << u"  "_s << Tr::tr("Direct members") << Qt::endl;
    for (const Store::GroupRow &g : groups.value())
        ctx.out() << g.displayName.leftJustified(nameWidth) << u"  "_s << g.mailNickname.leftJustified(nickWidth)
                  << u"  "_s << g.directMembers << Qt::endl;
    return ExitOk;
}

// ---- group create ----------------------------------------------------------------------------------------------

int runGroupCreate(CliContext &ctx)
{
    const QStringList args = ctx.positional();
    if (args.isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("group create needs the group's display name"));
    const QString name = args.join(u' ').trimmed();
    const QString description = ctx.parser().value(u"description"_s);
    const bool derived = !ctx.parser().isSet(u"mail-nickname"_s);
    const QString nickname
        = derived ? Services::GroupService::suggestMailNickname(name) : ctx.parser().value(u"mail-nickname"_s);

    if (const Core::Status s = Services::GroupService::validateDisplayName(name); !s)
        return ctx.fail(ExitUsage, s.errorMessage());
    if (derived && nickname.isEmpty())
        return ctx.fail(
            ExitUsage, Tr::tr("no mail nickname can be made from \"%1\"; give one with --mail-nickname").arg(name));
    if (const Core::Status s = Services::GroupService::validateMailNickname(nickname); !s)
        return ctx.fail(ExitUsage, u"--mail-nickname: "_s + s.errorMessage());
    if (description.size() > Services::GroupService::kMaxDescriptionLength)
        return ctx.fail(ExitUsage,
            Tr::tr("--description can be at most %1 characters long")
                .arg(Services::GroupService::kMaxDescriptionLength));

    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    // A nickname in use is the caller's to change (exit 2); only a failure to write is a runtime error.
    auto taken = Store::GroupDirectory(*db).byMailNickname(nickname);
    if (!taken)
        return ctx.fail(ExitFailure, taken.errorMessage());
    if (taken.value())
        return ctx.fail(ExitUsage,
            Tr::tr("the mail nickname \"%1\" is already used by the group \"%2\"%3")
                .arg(nickname, taken.value()->displayName,
                    derived ? Tr::tr("; choose one with --mail-nickname") : QString()));

    Services::GroupService service(*db, Store::AuditLog::localActor(), u"ssprctl"_s);
    auto created = service.createSecurityGroup(name, description, nickname);
    if (!created)
        return ctx.fail(ExitFailure, created.errorMessage());
    if (ctx.json()) {
        ctx.printJson(groupJson(created.value()));
        return ExitOk;
    }
    ctx.out() << Tr::tr("Created the security group \"%1\" (mail nickname %2, id %3).")
                     .arg(created->displayName, created->mailNickname, created->id)
              << Qt::endl;
    return ExitOk;
}

// ---- group members ---------------------------------------------------------------------------------------------

int runGroupMembers(CliContext &ctx)
{
    const QStringList args = ctx.positional();
    if (args.isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("group members needs the group's display name"));
    int code = ExitOk;
    const qint64 limit = limitFrom(ctx, std::numeric_limits<qint64>::max(), 100'000'000, &code);
    if (limit < 0)
        return code;
    const bool transitive = ctx.parser().isSet(u"transitive"_s);
    const QString name = args.join(u' ').trimmed();

    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    Store::GroupDirectory directory(*db);
    auto group = directory.byName(name);
    if (!group)
        return ctx.fail(ExitFailure, group.errorMessage());
    if (!group.value())
        return ctx.fail(
            ExitFailure, Tr::tr("no group named \"%1\" in the store (see ssprctl groups search)").arg(name));
    const Store::GroupRow g = *group.value();
    auto total = directory.memberCount(g.gid, transitive);
    if (!total)
        return ctx.fail(ExitFailure, total.errorMessage());

    // Members are streamed page by page (keyset on uid), so a group of a million users needs no more memory than
    // one page, in text and in JSON.
    QTextStream &out = ctx.out();
    const bool json = ctx.json();
    if (json) {
        // The group object indented as printJson would, one level down.
        QString head = QString::fromUtf8(QJsonDocument(groupJson(g)).toJson(QJsonDocument::Indented)).trimmed();
        head.replace(u"\n"_s, u"\n    "_s);
        out << "{\n    \"group\": " << head << ",\n    \"transitive\": " << (transitive ? "true" : "false")
            << ",\n    \"total\": " << total.value() << ",\n    \"members\": [";
    } else {
        out << (transitive
                ? Tr::tr("%1: %n member(s), nested groups included", nullptr, int(qMin<qint64>(total.value(), INT_MAX)))
                : Tr::tr("%1: %n direct member(s)", nullptr, int(qMin<qint64>(total.value(), INT_MAX))))
                   .arg(g.displayName)
            << Qt::endl;
    }
    qint64 after = 0;
    qint64 written = 0;
    while (written < limit) {
        const int pageSize = int(qMin<qint64>(kMemberPage, limit - written));
        auto page = directory.memberUsers(g.gid, transitive, after, pageSize);
        if (!page) {
            if (json)
                out << "\n    ]\n}" << Qt::endl;
            return ctx.fail(ExitFailure, page.errorMessage());
        }
        for (const Store::GroupMember &m : page.value()) {
            if (json) {
                const QJsonObject o {{u"userPrincipalName"_s, m.userPrincipalName}, {u"displayName"_s, m.displayName},
                    {u"direct"_s, m.direct}};
                out << (written == 0 ? "\n        " : ",\n        ")
                    << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            } else {
                out << m.userPrincipalName.leftJustified(40) << u"  "_s << m.displayName;
                if (!m.direct)
                    out << u"  "_s << Tr::tr("(through a nested group)");
                out << u'\n';
            }
            ++written;
        }
        if (page->size() < pageSize)
            break;
        after = page->constLast().uid;
    }
    if (json)
        out << (written == 0 ? "]\n}" : "\n    ]\n}") << Qt::endl;
    out.flush();
    return ExitOk;
}

} // namespace

void registerGroupCommands(QList<Command> &commands)
{
    commands.append(
        {{u"groups"_s, u"search"_s}, u"TEXT"_s, Tr::tr("Find groups whose name or mail nickname contains TEXT."),
            {QCommandLineOption(u"limit"_s, Tr::tr("At most N results (default 50)."), u"N"_s)}, runGroupsSearch,
            Tr::tr("Names starting with TEXT come first. \"\" lists the first groups by name.")});
    commands.append({{u"group"_s, u"create"_s}, u"NAME"_s,
        Tr::tr("Create a security group (as POST /groups with mailEnabled false)."),
        {QCommandLineOption(u"description"_s, Tr::tr("The group's description."), u"TEXT"_s),
            QCommandLineOption(
                u"mail-nickname"_s, Tr::tr("The unique mail nickname (default: made from the name)."), u"NICKNAME"_s)},
        runGroupCreate,
        Tr::tr("A mail nickname is unique, at most 64 ASCII characters, without spaces or any of @ ( ) \\ [ ] \" ; "
               ": . < > ,. A name, nickname or description that breaks a rule exits 2 and creates nothing.")});
    commands.append({{u"group"_s, u"members"_s}, u"NAME"_s,
        Tr::tr("List a group's members, with --transitive also those of nested groups."),
        {QCommandLineOption(u"transitive"_s, Tr::tr("Follow nested groups to any depth.")),
            QCommandLineOption(u"limit"_s, Tr::tr("At most N members (default: all)."), u"N"_s)},
        runGroupMembers,
        Tr::tr("Members are listed in a stable order, one per line (or streamed as JSON), so a group of any size "
               "can be listed. An unknown group exits 1.")});
}

} // namespace Sspr::Cli
