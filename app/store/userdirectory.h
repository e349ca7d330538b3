#pragma once

#include "result.h"
#include "userfilter.h"
#include "userrecord.h"

#include <QList>

namespace Sspr::Store {

class Database;

// Read side of users for the browser and the user page: keyset pages in name (or another column's) order,
// counts, one user in full, memberships. Every query binds its values; typed text goes through SearchTerms.
class UserDirectory final
{
public:
    explicit UserDirectory(Database &db);

    // The next `limit` rows after `cursor`, in the filter's order.
    Core::Result<QList<UserRow>> page(const UserFilter &filter, const UserCursor &cursor, int limit);
    Core::Result<qint64> count(const UserFilter &filter);
    static UserCursor cursorAfter(const UserFilter &filter, const UserRow &row);

    // Every group the given groups contain, the groups themselves included (nesting followed to any depth).
    Core::Result<QList<qint64>> expandNestedGroups(const QList<qint64> &gids);
    Core::Result<qint64> groupIdFor(const QString &graphId);

    Core::Result<Core::UserRecord> user(qint64 uid);
    Core::Result<qint64> uidForUpn(const QString &upn);

private:
    Database &m_db;
};

} // namespace Sspr::Store
