// Users from scripts: users search, user show, user add-phone, user add-email, user remove-method, user can-reset.
#include "cliapp.h"
#include "clicontext.h"

#include "auditlog.h"
#include "authmethod.h"
#include "database.h"
#include "eligibility.h"
#include "enrollmentservice.h"
#include "methodrules.h"
#include "phonenumber.h"
#include "userbrowserservice.h"
#include "userdirectory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace Sspr::Cli {

using Core::AuthMethod;
using Core::MethodType;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Cli)
};

constexpr int kDefaultSearchLimit = 50;
constexpr int kMaxSearchLimit = 10000;
const QString kSource = u"ssprctl"_s;

// --limit N: 1..kMaxSearchLimit, default kDefaultSearchLimit. Returns 0 after printing the usage error.
int limitFrom(CliContext &ctx, int *exitCode)
{
    if (!ctx.parser().isSet(u"limit"_s))
        return kDefaultSearchLimit;
    bool ok = false;
    const int limit = ctx.parser().value(u"limit"_s).toInt(&ok);
    if (!ok || limit < 1 || limit > kMaxSearchLimit) {
        *exitCode = ctx.fail(ExitUsage, Tr::tr("--limit must be a whole number from 1 to %1").arg(kMaxSearchLimit));
        return 0;
    }
    return limit;
}

QStringList methodKeysFromMask(int mask)
{
    QStringList keys;
    for (int t = 0; t <= int(MethodType::Password); ++t) {
        if (mask & Core::methodBit(static_cast<MethodType>(t)))
            keys << Core::methodTypeKey(static_cast<MethodType>(t));
    }
    return keys;
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// The user a UPN names. Unknown UPN: exit 1 (the store has no such user: a runtime fact, not a usage error).
struct FoundUser
{
    qint64 uid = 0;
    Core::UserRecord record;
};

std::optional<FoundUser> findUser(CliContext &ctx, Store::Database &db, const QString &upn, int *exitCode)
{
    Store::UserDirectory directory(db);
    auto uid = directory.uidForUpn(upn);
    if (!uid) {
        *exitCode = ctx.fail(ExitFailure, uid.errorMessage());
        return std::nullopt;
    }
    if (uid.value() <= 0) {
        *exitCode = ctx.fail(ExitFailure, Tr::tr("no user \"%1\" in the store (see ssprctl users search)").arg(upn));
        return std::nullopt;
    }
    auto record = directory.user(uid.value());
    if (!record) {
        *exitCode = ctx.fail(ExitFailure, record.errorMessage());
        return std::nullopt;
    }
    return FoundUser {uid.value(), std::move(record).value()};
}

QList<AuthMethod> sortedMethods(QList<AuthMethod> methods)
{
    std::stable_sort(
        methods.begin(), methods.end(), [](const AuthMethod &a, const AuthMethod &b) { return a.type < b.type; });
    return methods;
}

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

QJsonObject verdictJson(const Core::Eligibility::Verdict &v)
{
    QStringList usable;
    for (MethodType t : v.usableMethods)
        usable << Core::methodTypeKey(t);
    return QJsonObject {{u"canReset"_s, v.canReset}, {u"inScope"_s, v.inScope}, {u"registered"_s, v.registered},
        {u"adminPolicy"_s, v.adminPolicy}, {u"requiredMethods"_s, v.requiredMethods},
        {u"methods"_s, toJsonArray(usable)}, {u"reasons"_s, toJsonArray(v.reasons)}};
}

void printVerdict(QTextStream &out, const Core::Eligibility::Verdict &v)
{
    out << Tr::tr("Can reset password: %1").arg(yesNo(v.canReset));
    if (v.adminPolicy)
        out << u' ' << Tr::tr("(administrator policy: two methods, no security questions)");
    out << Qt::endl;
    for (const QString &reason : v.reasons)
        out << u"  - "_s << reason << Qt::endl;
}

// ---- users search ----------------------------------------------------------------------------------------------

int runUsersSearch(CliContext &ctx)
{
    const QStringList args = ctx.positional();
    if (args.isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("users search needs the text to look for (\"\" lists the first users)"));
    int code = ExitOk;
    const int limit = limitFrom(ctx, &code);
    if (limit == 0)
        return code;
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;

    Store::UserFilter filter;
    filter.text = args.join(u' ');
    Store::UserDirectory directory(*db);
    auto rows = directory.page(filter, {}, limit);
    if (!rows)
        return ctx.fail(ExitFailure, rows.errorMessage());
    auto total = directory.count(filter);
    if (!total)
        return ctx.fail(ExitFailure, total.errorMessage());

    if (ctx.json()) {
        QJsonArray users;
        for (const Store::UserRow &row : rows.value()) {
            users.append(QJsonObject {{u"userPrincipalName"_s, row.userPrincipalName},
                {u"displayName"_s, row.displayName}, {u"mail"_s, row.mail}, {u"department"_s, row.department},
                {u"country"_s, row.country}, {u"accountEnabled"_s, row.accountEnabled},
                {u"adminRoles"_s, toJsonArray(row.adminRoles.split(u'\n', Qt::SkipEmptyParts))},
                {u"methods"_s, toJsonArray(methodKeysFromMask(row.methodMask))}});
        }
        ctx.printJson(QJsonObject {{u"query"_s, filter.text}, {u"total"_s, total.value()},
            {u"returned"_s, users.size()}, {u"users"_s, users}});
        return ExitOk;
    }

    if (rows->isEmpty()) {
        ctx.out() << Tr::tr("No users match \"%1\".").arg(filter.text) << Qt::endl;
        return ExitOk;
    }
    // Columns as wide as their widest value (bounded), so the output lines up for people and stays greppable.
    qsizetype upnWidth = 3, nameWidth = 4, departmentWidth = 10;
    for (const Store::UserRow &row : rows.value()) {
        upnWidth = qMax(upnWidth, row.userPrincipalName.size());
        nameWidth = qMax(nameWidth, row.displayName.size());
        departmentWidth = qMax(departmentWidth, row.department.size());
    }
    upnWidth = qMin<qsizetype>(upnWidth, 60);
    nameWidth = qMin<qsizetype>(nameWidth, 40);
    departmentWidth = qMin<qsizetype>(departmentWidth, 30);
    ctx.out() << Tr::tr("UPN").leftJustified(upnWidth) << u"  "_s << Tr::tr("Name").leftJustified(nameWidth) << u"  "_s
              << Tr::tr("Department").leftJustified(departmentWidth) << u"  "_s << Tr::tr("Methods") << Qt::endl;
    for (const Store::UserRow &row : rows.value()) {
        const QStringList methods = methodKeysFromMask(row.methodMask);
        ctx.out() << row.userPrincipalName.leftJustified(upnWidth) << u"  "_s
                  << row.displayName.leftJustified(nameWidth) << u"  "_s
                  << row.department.leftJustified(departmentWidth) << u"  "_s
                  << (methods.isEmpty() ? Tr::tr("(none)") : methods.join(u","_s)) << Qt::endl;
    }
    ctx.out() << Tr::tr("%1 of %n user(s) shown.", nullptr, int(qMin<qint64>(total.value(), INT_MAX))).arg(rows->size())
              << Qt::endl;
    return ExitOk;
}

// ---- user show -------------------------------------------------------------------------------------------------

int runUserShow(CliContext &ctx)
{
    const QStringList args = ctx.positional();
    if (args.size() != 1)
        return ctx.fail(ExitUsage, Tr::tr("user show takes one user principal name"));
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    int code = ExitOk;
    const auto found = findUser(ctx, *db, args.constFirst(), &code);
    if (!found)
        return code;
    const Core::UserRecord &user = found->record;

    Services::UserBrowserService browser(*db);
    auto verdict = browser.verdict(found->uid);
    if (!verdict)
        return ctx.fail(ExitFailure, verdict.errorMessage());
    auto memberships = browser.memberships(found->uid);
    if (!memberships)
        return ctx.fail(ExitFailure, memberships.errorMessage());
    Services::EnrollmentService enrollment(*db, Store::AuditLog::localActor(), kSource);

    struct MethodView
    {
        AuthMethod method;
        Core::MethodRules::SsprUsability usability;
        QStringList sharedWith;
    };
    QList<MethodView> methods;
    for (const AuthMethod &m : sortedMethods(user.methods)) {
        MethodView view {m, Core::MethodRules::ssprUsability(m), {}};
        if (Core::isPhoneType(m.type)) {
            auto shared = enrollment.sharedWith(found->uid, m.value);
            if (!shared)
                return ctx.fail(ExitFailure, shared.errorMessage());
            view.sharedWith = shared.value();
        }
        methods.append(view);
    }

    if (ctx.json()) {
        QJsonArray methodArray;
        for (const MethodView &v : std::as_const(methods)) {
            QJsonObject o {{u"id"_s, v.method.id}, {u"type"_s, Core::methodTypeKey(v.method.type)},
                {u"displayName"_s, Core::methodTypeDisplayName(v.method.type)}, {u"value"_s, v.method.value},
                {u"usable"_s, v.usability.usable}, {u"reason"_s, v.usability.reason}};
            if (!v.method.detail.isEmpty())
                o.insert(u"detail"_s, v.method.detail);
            if (v.method.createdAt.isValid())
                o.insert(u"createdDateTime"_s, v.method.createdAt.toUTC().toString(Qt::ISODate));
            if (Core::isPhoneType(v.method.type))
                o.insert(u"sharedWith"_s, toJsonArray(v.sharedWith));
            methodArray.append(o);
        }
        QJsonArray groupArray;
        for (const auto &m : memberships.value()) {
            QJsonObject o {{u"group"_s, m.groupName}, {u"membership"_s, m.direct ? u"direct"_s : u"inherited"_s}};
            if (!m.direct)
                o.insert(u"via"_s, m.via);
            groupArray.append(o);
        }
        const QJsonObject identity {{u"id"_s, user.id}, {u"userPrincipalName"_s, user.userPrincipalName},
            {u"displayName"_s, user.displayName}, {u"givenName"_s, user.givenName}, {u"surname"_s, user.surname},
            {u"mail"_s, user.mail}, {u"department"_s, user.department}, {u"jobTitle"_s, user.jobTitle},
            {u"country"_s, user.country}, {u"usageLocation"_s, user.usageLocation},
            {u"accountEnabled"_s, user.accountEnabled}, {u"onPremisesSyncEnabled"_s, user.onPremisesSynced},
            {u"userType"_s, user.userType}, {u"adminRoles"_s, toJsonArray(user.adminRoles)}};
        // Profile contact data lives on the user object; it is not an authentication method (graph-facts §3.6).
        const QJsonObject profile {{u"kind"_s, u"profileData"_s},
            {u"note"_s, Tr::tr("Contact data on the user object, not authentication methods.")},
            {u"mobilePhone"_s, user.mobilePhone}, {u"businessPhones"_s, toJsonArray(user.businessPhones)},
            {u"otherMails"_s, toJsonArray(user.otherMails)}};
        ctx.printJson(QJsonObject {{u"user"_s, identity}, {u"methods"_s, methodArray}, {u"profile"_s, profile},
            {u"memberships"_s, groupArray}, {u"verdict"_s, verdictJson(verdict.value())}});
        return ExitOk;
    }

    QTextStream &out = ctx.out();
    out << user.displayName << u" <"_s << user.userPrincipalName << u'>' << Qt::endl;
    auto line = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << u"  "_s << label.leftJustified(18) << u' ' << value << Qt::endl;
    };
    line(Tr::tr("Object id:"), user.id);
    line(Tr::tr("Mail:"), user.mail);
    line(Tr::tr("Job title:"), user.jobTitle);
    line(Tr::tr("Department:"), user.department);
    line(Tr::tr("Country:"), user.country);
    line(Tr::tr("Usage location:"), user.usageLocation);
    QStringList flags;
    flags << (user.accountEnabled ? Tr::tr("enabled") : Tr::tr("disabled"));
    flags << (user.onPremisesSynced ? Tr::tr("synced from on-premises") : Tr::tr("cloud-only"));
    flags << user.userType;
    line(Tr::tr("Account:"), flags.join(u", "_s));
    line(Tr::tr("Admin roles:"), user.adminRoles.join(u", "_s));

    out << Qt::endl << Tr::tr("Authentication methods:") << Qt::endl;
    if (methods.isEmpty())
        out << u"  "_s << Tr::tr("(none registered)") << Qt::endl;
    for (const MethodView &v : std::as_const(methods)) {
        out << u"  "_s << Core::methodTypeDisplayName(v.method.type).leftJustified(26) << u' '
            << v.method.value.leftJustified(24) << u' '
            << (v.usability.usable ? Tr::tr("usable") : Tr::tr("not usable")) << Qt::endl;
        out << u"      "_s << v.usability.reason << Qt::endl;
        out << u"      "_s << Tr::tr("id %1").arg(v.method.id) << Qt::endl;
        if (!v.sharedWith.isEmpty())
            out << u"      "_s
                << Tr::tr(
                       "shared number: also registered on %n other account(s): %1", nullptr, int(v.sharedWith.size()))
                       .arg(v.sharedWith.join(u", "_s))
                << Qt::endl;
    }

    out << Qt::endl << Tr::tr("Profile contact data (on the user object; not authentication methods):") << Qt::endl;
    auto profileLine = [&out](const QString &field, const QString &value) {
        out << u"  "_s << field.leftJustified(18) << u' ' << (value.isEmpty() ? Tr::tr("(not set)") : value)
            << Qt::endl;
    };
    profileLine(u"mobilePhone"_s, user.mobilePhone);
    profileLine(u"businessPhones"_s, user.businessPhones.join(u", "_s));
    profileLine(u"otherMails"_s, user.otherMails.join(u", "_s));

    out << Qt::endl << Tr::tr("Group memberships:") << Qt::endl;
    if (memberships->isEmpty())
        out << u"  "_s << Tr::tr("(none)") << Qt::endl;
    for (const auto &m : memberships.value())
        out << u"  "_s << m.groupName.leftJustified(32) << u' '
            << (m.direct ? Tr::tr("direct") : Tr::tr("inherited through %1").arg(m.via)) << Qt::endl;

    out << Qt::endl;
    printVerdict(out, verdict.value());
    return ExitOk;
}

// ---- user add-phone / add-email / remove-method ----------------------------------------------------------------

int runAddPhone(CliContext &ctx)
{
    const QStringList args = ctx.positional();
    if (args.size() < 2)
        return ctx.fail(ExitUsage, Tr::tr("user add-phone takes a user principal name and a phone number"));
    const QString upn = args.constFirst();
    // A number typed with spaces and without quotes arrives in pieces: put it back together.
    const QString typed = args.mid(1).join(u' ');

    MethodType type = MethodType::MobilePhone;
    if (ctx.parser().isSet(u"type"_s)) {
        const QString key = ctx.parser().value(u"type"_s);
        if (!Core::methodTypeFromKey(key, &type) || !Core::isPhoneType(type))
            return ctx.fail(ExitUsage, Tr::tr("--type must be mobile, alternateMobile or office, not \"%1\"").arg(key));
    }
    QString region;
    if (ctx.parser().isSet(u"region"_s)) {
        region = ctx.parser().value(u"region"_s).trimmed().toUpper();
        if (!Core::PhoneNumber::isKnownRegion(region))
            return ctx.fail(ExitUsage,
                Tr::tr("--region must be a two-letter country code such as US, GB or DE, not \"%1\"")
                    .arg(ctx.parser().value(u"region"_s)));
    }

    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    int code = ExitOk;
    const auto found = findUser(ctx, *db, upn, &code);
    if (!found)
        return code;

    // The same checks the service makes, first, so that a refused number or rule is a validation error (exit 2)
    // and only a failure to write is a runtime error (exit 1).
    const Core::PhoneNumber number = region.isEmpty()
        ? Core::PhoneNumber::parseForUser(typed, found->record.usageLocation)
        : Core::PhoneNumber::parse(typed, region);
    if (!number.isValid()) {
        const QString shown = typed.size() > 40 ? typed.left(40) + u'…' : typed; // pasted junk is not echoed whole
        return ctx.fail(
            ExitUsage, Tr::tr("\"%1\" is not a phone number Entra accepts: %2").arg(shown, number.errorMessage()));
    }
    if (const Core::Status s = Core::MethodRules::canAddPhone(found->record.methods, type, number); !s)
        return ctx.fail(ExitUsage, s.errorMessage());

    Services::EnrollmentService enrollment(*db, Store::AuditLog::localActor(), kSource);
    auto added = enrollment.addPhone(found->uid, type, typed, region);
    if (!added)
        return ctx.fail(ExitFailure, added.errorMessage());
    auto shared = enrollment.sharedWith(found->uid, added->value);
    const QStringList sharedWith = shared ? shared.value() : QStringList();

    if (ctx.json()) {
        ctx.printJson(QJsonObject {{u"userPrincipalName"_s, found->record.userPrincipalName},
            {u"method"_s,
                QJsonObject {{u"id"_s, added->id}, {u"type"_s, Core::methodTypeKey(type)}, {u"value"_s, added->value}}},
            {u"typed"_s, typed}, {u"region"_s, number.regionCode()}, {u"sharedWith"_s, toJsonArray(sharedWith)}});
        return ExitOk;
    }
    ctx.out() << Tr::tr("Added %1 %2 to %3.")
                     .arg(Core::methodTypeDisplayName(type), added->value, found->record.userPrincipalName)
              << Qt::endl;
    if (!sharedWith.isEmpty())
        ctx.out() << Tr::tr(
            "Note: this number is also registered on %n other account(s): %1", nullptr, int(sharedWith.size()))
                         .arg(sharedWith.join(u", "_s))
                  << Qt::endl;
    return ExitOk;
}

int runAddEmail(CliContext &ctx)
{
    const QStringList args = ctx.positional();
    if (args.size() != 2)
        return ctx.fail(ExitUsage, Tr::tr("user add-email takes a user principal name and an email address"));
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    int code = ExitOk;
    const auto found = findUser(ctx, *db, args.at(0), &code);
    if (!found)
        return code;
    const QString address = args.at(1).trimmed();
    if (const Core::Status s = Core::MethodRules::canAddEmail(found->record.methods, address); !s)
        return ctx.fail(ExitUsage, s.errorMessage());

    Services::EnrollmentService enrollment(*db, Store::AuditLog::localActor(), kSource);
    auto added = enrollment.addEmail(found->uid, address);
    if (!added)
        return ctx.fail(ExitFailure, added.errorMessage());
    if (ctx.json()) {
        ctx.printJson(QJsonObject {{u"userPrincipalName"_s, found->record.userPrincipalName},
            {u"method"_s,
                QJsonObject {{u"id"_s, added->id}, {u"type"_s, Core::methodTypeKey(MethodType::Email)},
                    {u"value"_s, added->value}}}});
        return ExitOk;
    }
    ctx.out() << Tr::tr("Added email method %1 to %2.").arg(added->value, found->record.userPrincipalName) << Qt::endl;
    return ExitOk;
}

int runRemoveMethod(CliContext &ctx)
{
    const QStringList args = ctx.positional();
    if (args.size() != 2)
        return ctx.fail(ExitUsage, Tr::tr("user remove-method takes a user principal name and a method id or kind"));
    // A kind with a fixed Graph id (mobile, alternateMobile, office, email, password) stands for that id.
    QString methodId = args.at(1).trimmed();
    MethodType type;
    if (Core::methodTypeFromKey(methodId, &type)) {
        const QString fixed = Core::fixedMethodId(type);
        if (fixed.isEmpty())
            return ctx.fail(ExitUsage,
                Tr::tr("%1 methods have an id per registration: give the id shown by "
                       "\"ssprctl user show %2\"")
                    .arg(Core::methodTypeKey(type), args.at(0)));
        methodId = fixed;
    }

    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    int code = ExitOk;
    const auto found = findUser(ctx, *db, args.at(0), &code);
    if (!found)
        return code;
    const auto &methods = found->record.methods;
    const auto it = std::find_if(methods.cbegin(), methods.cend(),
        [&](const AuthMethod &m) { return m.id.compare(methodId, Qt::CaseInsensitive) == 0; });
    if (it == methods.cend()) {
        if (methodId == Core::fixedMethodId(MethodType::Password)) {
            // The store lists no password row; the rule still answers why it cannot go.
            AuthMethod password;
            password.id = methodId;
            password.type = MethodType::Password;
            return ctx.fail(ExitUsage, Core::MethodRules::canDeleteMethod({password}, methodId).errorMessage());
        }
        return ctx.fail(ExitFailure,
            Tr::tr("%1 has no method \"%2\" (see ssprctl user show %1)")
                .arg(found->record.userPrincipalName, args.at(1)));
    }
    const AuthMethod removed = *it;
    if (const Core::Status s = Core::MethodRules::canDeleteMethod(methods, removed.id); !s)
        return ctx.fail(ExitUsage, s.errorMessage());

    Services::EnrollmentService enrollment(*db, Store::AuditLog::localActor(), kSource);
    if (const Core::Status s = enrollment.removeMethod(found->uid, removed.id); !s)
        return ctx.fail(ExitFailure, s.errorMessage());
    if (ctx.json()) {
        ctx.printJson(QJsonObject {{u"userPrincipalName"_s, found->record.userPrincipalName},
            {u"removed"_s,
                QJsonObject {{u"id"_s, removed.id}, {u"type"_s, Core::methodTypeKey(removed.type)},
                    {u"value"_s, removed.value}}}});
        return ExitOk;
    }
    ctx.out() << Tr::tr("Removed %1 %2 from %3.")
                     .arg(Core::methodTypeDisplayName(removed.type), removed.value, found->record.userPrincipalName)
              << Qt::endl;
    return ExitOk;
}

// ---- user can-reset --------------------------------------------------------------------------------------------

int runCanReset(CliContext &ctx)
{
    const QStringList args = ctx.positional();
    if (args.size() != 1)
        return ctx.fail(ExitUsage, Tr::tr("user can-reset takes one user principal name"));
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    int code = ExitOk;
    const auto found = findUser(ctx, *db, args.constFirst(), &code);
    if (!found)
        return code;
    auto verdict = Services::UserBrowserService(*db).verdict(found->uid);
    if (!verdict)
        return ctx.fail(ExitFailure, verdict.errorMessage());
    // The answer is the output, whatever it is: exit 0 for "cannot reset" too.
    if (ctx.json()) {
        QJsonObject o = verdictJson(verdict.value());
        o.insert(u"userPrincipalName"_s, found->record.userPrincipalName);
        ctx.printJson(o);
        return ExitOk;
    }
    ctx.out() << found->record.userPrincipalName << u": "_s;
    printVerdict(ctx.out(), verdict.value());
    return ExitOk;
}

} // namespace

void registerUserCommands(QList<Command> &commands)
{
    const QCommandLineOption limit(u"limit"_s, Tr::tr("At most N results (default 50)."), u"N"_s);
    commands.append({{u"users"_s, u"search"_s}, u"TEXT"_s, Tr::tr("Find users by name, UPN, mail or phone digits."),
        {limit}, runUsersSearch,
        Tr::tr("Words match the start of a word of the name, UPN or mail; four or more digits match anywhere in a "
               "phone number, whatever its punctuation. \"\" lists the first users by name.")});
    commands.append({{u"user"_s, u"show"_s}, u"UPN"_s,
        Tr::tr("Show a user: methods, profile contact data, groups and the reset verdict."), {}, runUserShow,
        Tr::tr("Exit 1 if there is no such user.")});
    commands.append({{u"user"_s, u"add-phone"_s}, u"UPN NUMBER"_s,
        Tr::tr("Register a phone method (normalised to Graph's +CC NUMBER form)."),
        {QCommandLineOption(u"type"_s, Tr::tr("Phone type: mobile (default), alternateMobile or office."), u"TYPE"_s),
            QCommandLineOption(u"region"_s,
                Tr::tr("Country (e.g. US, GB) for a number without a country code (default: the user's "
                       "usage location)."),
                u"CC"_s)},
        runAddPhone,
        Tr::tr("Entra's rules apply: one phone of each type, an alternate mobile needs a mobile, an extension only "
               "on an office phone. A number that cannot be read, or a rule it breaks, exits 2 with the reason and "
               "changes nothing; an unknown user exits 1.")});
    commands.append({{u"user"_s, u"add-email"_s}, u"UPN ADDRESS"_s,
        Tr::tr("Register the email method (used only for password reset)."), {}, runAddEmail,
        Tr::tr("One email method per user; an invalid address or a second one exits 2.")});
    commands.append({{u"user"_s, u"remove-method"_s}, u"UPN METHOD-ID"_s,
        Tr::tr("Delete a method by id, or by kind for mobile, alternateMobile, office and email."), {}, runRemoveMethod,
        Tr::tr("Ids are shown by \"ssprctl user show UPN\". The password cannot be deleted, nor the mobile phone "
               "while an alternate mobile phone exists (exit 2); a method the user does not have exits 1.")});
    commands.append({{u"user"_s, u"can-reset"_s}, u"UPN"_s,
        Tr::tr("Can this user reset their password, and if not, why? (exit 0 either way)"), {}, runCanReset,
        Tr::tr("The verdict under the stored policy, with the reasons traced to the settings that decide it.")});
}

} // namespace Sspr::Cli
