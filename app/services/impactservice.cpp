#include "impactservice.h"

#include "csvwriter.h"
#include "database.h"
#include "eligibility.h"
#include "userdirectory.h"
#include "userfacts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>

namespace Sspr::Services {

using Core::Error;
using Core::Result;
using Core::SsprPolicy;
using Store::UserFact;
using namespace Qt::StringLiterals;

namespace {

int maskOf(const QList<Core::MethodType> &types)
{
    int mask = 0;
    for (Core::MethodType t : types)
        mask |= Core::methodBit(t);
    return mask;
}

int popcount(int v)
{
    return __builtin_popcount(unsigned(v));
}

// One policy, reduced to what the per-user test needs.
struct Rule
{
    SsprPolicy policy;
    int userMask = 0;
    int adminMask = 0;
    std::vector<bool> scopeMembers; // for Selected

    bool inScope(const UserFact &f) const
    {
        if (!f.has(UserFact::Member))
            return false;
        switch (policy.enablement) {
        case Core::SsprEnablement::None:
            return false;
        case Core::SsprEnablement::All:
            return true;
        case Core::SsprEnablement::Selected:
            return size_t(f.uid) < scopeMembers.size() && scopeMembers[size_t(f.uid)];
        }
        return false;
    }
    bool registered(const UserFact &f) const { return popcount(f.methodMask & userMask) >= policy.methodsRequired; }
    // Mirrors Core::Eligibility::evaluate, on the compact facts.
    bool canReset(const UserFact &f) const
    {
        if (!f.has(UserFact::Enabled) || !f.has(UserFact::Member))
            return false;
        if (f.has(UserFact::Admin))
            return policy.allowedToUseSspr && popcount(f.methodMask & adminMask) >= 2;
        if (f.has(UserFact::Synced) && !policy.writebackEnabled)
            return false;
        return inScope(f) && registered(f);
    }
    // Interrupted to register at sign-in: user policy, in scope, registration required, not registered.
    bool forcedToRegister(const UserFact &f) const
    {
        return f.has(UserFact::Enabled) && !f.has(UserFact::Admin) && policy.registrationRequired && inScope(f)
            && !registered(f);
    }
    bool inScopeWithoutMethods(const UserFact &f) const
    {
        return f.has(UserFact::Enabled) && !f.has(UserFact::Admin) && inScope(f) && !registered(f);
    }
};

Result<Rule> makeRule(Store::Database &db, const SsprPolicy &policy, qint64 maxUid)
{
    Rule rule;
    rule.policy = policy;
    rule.userMask = maskOf(Core::Eligibility::qualifyingMethods(policy));
    rule.adminMask = maskOf(Core::Eligibility::adminQualifyingMethods());
    if (policy.enablement == Core::SsprEnablement::Selected && !policy.groupId.isEmpty()) {
        Store::UserDirectory directory(db);
        auto gid = directory.groupIdFor(policy.groupId);
        if (!gid)
            return gid.error();
        if (*gid > 0) {
            auto gids = directory.expandNestedGroups({*gid});
            if (!gids)
                return gids.error();
            auto members = Store::UserFacts(db).membersOf(*gids, maxUid);
            if (!members)
                return members.error();
            rule.scopeMembers = std::move(members).value();
        }
    }
    return rule;
}

} // namespace

ImpactService::ImpactService(Store::Database &db)
    : m_db(db)
{
}

QString ImpactService::categoryKey(Category category)
{
    switch (category) {
    case Category::LoseReset:
        return u"loseReset"_s;
    case Category::ForcedToRegister:
        return u"forcedToRegister"_s;
    case Category::InScopeWithoutMethods:
        return u"inScopeWithoutMethods"_s;
    }
    return {};
}

QString ImpactService::categoryDisplayName(Category category)
{
    switch (category) {
    case Category::LoseReset:
        return QCoreApplication::translate("Sspr::Services::ImpactService", "Lose the ability to reset");
    case Category::ForcedToRegister:
        return QCoreApplication::translate("Sspr::Services::ImpactService", "Will be asked to register at next sign-in");
    case Category::InScopeWithoutMethods:
        return QCoreApplication::translate("Sspr::Services::ImpactService", "In scope without enough methods");
    }
    return {};
}

Result<std::vector<qint64>> ImpactService::uids(const SsprPolicy &current, const SsprPolicy &staged,
                                                Category category, qint64 limit, Impact *impact)
{
    QElapsedTimer timer;
    timer.start();
    auto facts = Store::UserFacts(m_db).all();
    if (!facts)
        return facts.error();
    const qint64 maxUid = facts->empty() ? 0 : facts->back().uid;
    auto before = makeRule(m_db, current, maxUid);
    if (!before)
        return before.error();
    auto after = makeRule(m_db, staged, maxUid);
    if (!after)
        return after.error();
    std::vector<qint64> out;
    Impact counts;
    for (const UserFact &f : facts.value()) {
        const bool lose = before->canReset(f) && !after->canReset(f);
        const bool forced = after->forcedToRegister(f) && !before->forcedToRegister(f);
        const bool without = after->inScopeWithoutMethods(f);
        counts.loseReset += lose;
        counts.forcedToRegister += forced;
        counts.inScopeWithoutMethods += without;
        const bool wanted = category == Category::LoseReset ? lose
            : category == Category::ForcedToRegister        ? forced
                                                            : without;
        if (wanted && (limit < 0 || qint64(out.size()) < limit))
            out.push_back(f.uid);
    }
    counts.usersConsidered = qint64(facts->size());
    counts.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    if (impact)
        *impact = counts;
    return out;
}

Result<ImpactService::Impact> ImpactService::compute(const SsprPolicy &current, const SsprPolicy &staged)
{
    Impact impact;
    auto none = uids(current, staged, Category::LoseReset, 0, &impact);
    if (!none)
        return none.error();
    return impact;
}

Result<QList<Store::UserRow>> ImpactService::users(const SsprPolicy &current, const SsprPolicy &staged,
                                                   Category category, int limit)
{
    auto ids = uids(current, staged, category, limit, nullptr);
    if (!ids)
        return ids.error();
    QList<Store::UserRow> rows;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT uid, sort_key, display_name, upn, mail, department, country, usage_location, admin_roles, "
              "account_enabled, method_mask FROM users WHERE uid = ?"_s);
    for (qint64 uid : ids.value()) {
        q.bindValue(0, uid);
        if (!q.exec())
            return Error{Store::Database::errorText(q)};
        if (!q.next())
            continue;
        Store::UserRow row;
        row.uid = q.value(0).toLongLong();
        row.sortKey = q.value(1).toLongLong();
        row.displayName = q.value(2).toString();
        row.userPrincipalName = q.value(3).toString();
        row.mail = q.value(4).toString();
        row.department = q.value(5).toString();
        row.country = q.value(6).toString();
        row.usageLocation = q.value(7).toString();
        row.adminRoles = q.value(8).toString();
        row.accountEnabled = q.value(9).toBool();
        row.methodMask = q.value(10).toInt();
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(),
              [](const Store::UserRow &a, const Store::UserRow &b) { return a.sortKey < b.sortKey; });
    return rows;
}

Core::Status ImpactService::exportCsv(const SsprPolicy &current, const SsprPolicy &staged, Category category,
                                      const QString &path)
{
    auto ids = uids(current, staged, category, -1, nullptr);
    if (!ids)
        return ids.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("Sspr::Services::ImpactService", "Cannot write %1: %2")
                         .arg(path, file.errorString())};
    Core::CsvWriter writer(&file);
    if (auto s = writer.writeRecord({u"userPrincipalName"_s, u"displayName"_s, u"department"_s, u"country"_s,
                                     u"category"_s});
        !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT upn, display_name, department, country FROM users WHERE uid = ?"_s);
    const QString key = categoryKey(category);
    for (qint64 uid : ids.value()) {
        q.bindValue(0, uid);
        if (!q.exec())
            return Error{Store::Database::errorText(q)};
        if (!q.next())
            continue;
        if (auto s = writer.writeRecord({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                         q.value(3).toString(), key});
            !s)
            return s;
    }
    if (!file.commit())
        return Error{QCoreApplication::translate("Sspr::Services::ImpactService", "Cannot write %1: %2")
                         .arg(path, file.errorString())};
    return {};
}

} // namespace Sspr::Services
