#pragma once

#include "result.h"
#include "ssprpolicy.h"
#include "userfilter.h"

#include <QList>
#include <QString>

#include <vector>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {

// Before a policy change goes live: who it affects, computed from the local model in one pass over every user.
//  - LoseReset: can reset today, cannot under the staged policy.
//  - ForcedToRegister: will be interrupted to register at next sign-in under the staged policy, and is not today.
//  - InScopeWithoutMethods: in the staged scope without enough usable qualifying methods.
class ImpactService final
{
public:
    enum class Category { LoseReset, ForcedToRegister, InScopeWithoutMethods };

    struct Impact
    {
        qint64 loseReset = 0;
        qint64 forcedToRegister = 0;
        qint64 inScopeWithoutMethods = 0;
        qint64 usersConsidered = 0;
        double milliseconds = 0;
    };

    explicit ImpactService(Store::Database &db);

    Core::Result<Impact> compute(const Core::SsprPolicy &current, const Core::SsprPolicy &staged);
    // The first `limit` users of a category, in name order.
    Core::Result<QList<Store::UserRow>> users(const Core::SsprPolicy &current, const Core::SsprPolicy &staged,
                                              Category category, int limit);
    // Every user of a category as CSV (UPN, display name, department, country), formula-guarded.
    Core::Status exportCsv(const Core::SsprPolicy &current, const Core::SsprPolicy &staged, Category category,
                           const QString &path);
    static QString categoryKey(Category category);
    static QString categoryDisplayName(Category category);

private:
    // uids of a category, in uid order (which is name order for generated tenants), up to limit (-1: all).
    Core::Result<std::vector<qint64>> uids(const Core::SsprPolicy &current, const Core::SsprPolicy &staged,
                                           Category category, qint64 limit, Impact *impact);
    Store::Database &m_db;
};

} // namespace Sspr::Services
