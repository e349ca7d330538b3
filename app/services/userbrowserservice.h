#pragma once

#include "eligibility.h"
#include "result.h"
#include "userfilter.h"

#include <QStringList>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {

// What the user browser and user page need beyond raw rows: the policy's scope and "registered" rule turned into
// filter terms, a user's verdict, and memberships.
class UserBrowserService final
{
public:
    explicit UserBrowserService(Store::Database &db);

    // Fills the filter's policy-dependent fields from the stored policy.
    Core::Status resolvePolicy(Store::UserFilter &filter);

    struct Membership
    {
        QString groupName;
        bool direct = true;
        QString via; // for inherited: the group that holds the user directly
    };
    Core::Result<QList<Membership>> memberships(qint64 uid);
    Core::Result<Core::Eligibility::Verdict> verdict(qint64 uid);

private:
    Store::Database &m_db;
};

} // namespace Sspr::Services
