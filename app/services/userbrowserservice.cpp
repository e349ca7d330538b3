#include "userbrowserservice.h"

#include "database.h"
#include "policyrepository.h"
#include "userdirectory.h"

#include <QSqlQuery>
#include <QVariant>

namespace Sspr::Services {

using Core::Error;
using Core::Result;
using namespace Qt::StringLiterals;

UserBrowserService::UserBrowserService(Store::Database &db)
    : m_db(db)
{
}

Core::Status UserBrowserService::resolvePolicy(Store::UserFilter &filter)
{
    auto policy = Store::PolicyRepository(m_db).load();
    if (!policy)
        return policy.error();
    filter.registeredMethodBits = Core::Eligibility::qualifyingMethodBits(*policy);
    filter.requiredMethods = policy->methodsRequired;
    filter.scopeGroupIds.clear();
    switch (policy->enablement) {
    case Core::SsprEnablement::None:
        filter.scope = Store::UserFilter::Scope::None;
        break;
    case Core::SsprEnablement::All:
        filter.scope = Store::UserFilter::Scope::All;
        break;
    case Core::SsprEnablement::Selected: {
        filter.scope = Store::UserFilter::Scope::Groups;
        Store::UserDirectory directory(m_db);
        auto gid = directory.groupIdFor(policy->groupId);
        if (!gid)
            return gid.error();
        if (*gid > 0) {
            auto expanded = directory.expandNestedGroups({*gid});
            if (!expanded)
                return expanded.error();
            filter.scopeGroupIds = *expanded;
        }
        break;
    }
    }
    return {};
}

Result<QList<UserBrowserService::Membership>> UserBrowserService::memberships(qint64 uid)
{
    // Direct groups, then every group that contains one of them (to any depth), naming the direct group it comes by.
    QSqlQuery q(m_db.connection());
    q.prepare(u"WITH RECURSIVE up(gid, via, depth) AS ("
              " SELECT gm.gid, gm.gid, 0 FROM group_members gm WHERE gm.uid = ?"
              " UNION SELECT n.parent_gid, up.via, up.depth + 1 FROM group_nesting n JOIN up ON n.child_gid = up.gid "
              " WHERE up.depth < 32) "
              "SELECT g.display_name, min(up.depth) AS d, (SELECT display_name FROM groups WHERE gid = up.via) "
              "FROM up JOIN groups g ON g.gid = up.gid GROUP BY up.gid ORDER BY d, g.display_name COLLATE NOCASE"_s);
    q.bindValue(0, uid);
    if (!q.exec())
        return Error{Store::Database::errorText(q)};
    QList<Membership> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt() == 0,
                    q.value(1).toInt() == 0 ? QString() : q.value(2).toString()});
    return out;
}

Result<Core::Eligibility::Verdict> UserBrowserService::verdict(qint64 uid)
{
    auto policy = Store::PolicyRepository(m_db).load();
    if (!policy)
        return policy.error();
    Store::UserDirectory directory(m_db);
    auto user = directory.user(uid);
    if (!user)
        return user.error();
    bool inGroup = false;
    if (policy->enablement == Core::SsprEnablement::Selected) {
        Store::UserFilter filter;
        if (auto s = resolvePolicy(filter); !s)
            return s.error();
        if (!filter.scopeGroupIds.isEmpty()) {
            QStringList ids;
            for (qint64 g : std::as_const(filter.scopeGroupIds))
                ids << QString::number(g);
            QSqlQuery q(m_db.connection());
            q.prepare(u"SELECT 1 FROM group_members WHERE uid = ? AND gid IN ("_s + ids.join(u',') + u") LIMIT 1"_s);
            q.bindValue(0, uid);
            if (!q.exec())
                return Error{Store::Database::errorText(q)};
            inGroup = q.next();
        }
    }
    return Core::Eligibility::evaluate(*policy, *user, inGroup);
}

} // namespace Sspr::Services
