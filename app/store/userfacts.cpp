#include "userfacts.h"

#include "database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace Sspr::Store {

using Core::Error;

namespace {
Error sqliteError(sqlite3 *db)
{
    return Error{QString::fromUtf8(sqlite3_errmsg(db))};
}

struct Statement
{
    sqlite3_stmt *st = nullptr;
    ~Statement() { sqlite3_finalize(st); }
};
} // namespace

UserFacts::UserFacts(Database &db)
    : m_db(db)
{
}

namespace {
// Whole-tenant scans read through a memory map instead of copying every page (at a million users the copies
// dominate). Only for the scan: mapped pages count as resident memory, which browsing should not carry.
class ScopedMmap
{
public:
    explicit ScopedMmap(sqlite3 *db)
        : m_db(db)
    {
        sqlite3_exec(m_db, "PRAGMA mmap_size = 4294967296", nullptr, nullptr, nullptr);
    }
    ~ScopedMmap() { sqlite3_exec(m_db, "PRAGMA mmap_size = 0", nullptr, nullptr, nullptr); }

private:
    sqlite3 *m_db;
};
} // namespace

Core::Result<std::vector<UserFact>> UserFacts::all()
{
    sqlite3 *db = m_db.rawHandle();
    if (!db)
        return Error{QCoreApplication::translate("Sspr::Store::UserFacts", "The SQLite driver did not expose its "
                                                                            "connection.")};
    const ScopedMmap mmap(db);
    Statement s;
    if (sqlite3_prepare_v2(db,
                           "SELECT uid, method_mask, account_enabled, on_prem_sync, user_type = 'Member', "
                           "admin_roles <> '' FROM users INDEXED BY users_facts ORDER BY uid",
                           -1, &s.st, nullptr)
        != SQLITE_OK)
        return sqliteError(db);
    std::vector<UserFact> out;
    int rc;
    while ((rc = sqlite3_step(s.st)) == SQLITE_ROW) {
        UserFact f;
        f.uid = sqlite3_column_int64(s.st, 0);
        f.methodMask = sqlite3_column_int(s.st, 1);
        f.flags = quint8((sqlite3_column_int(s.st, 2) ? UserFact::Enabled : 0)
                         | (sqlite3_column_int(s.st, 3) ? UserFact::Synced : 0)
                         | (sqlite3_column_int(s.st, 4) ? UserFact::Member : 0)
                         | (sqlite3_column_int(s.st, 5) ? UserFact::Admin : 0));
        out.push_back(f);
    }
    if (rc != SQLITE_DONE)
        return sqliteError(db);
    return out;
}

Core::Result<std::vector<bool>> UserFacts::membersOf(const QList<qint64> &gids, qint64 maxUid)
{
    std::vector<bool> members(size_t(std::max<qint64>(0, maxUid) + 1), false);
    sqlite3 *db = m_db.rawHandle();
    if (!db)
        return Error{QCoreApplication::translate("Sspr::Store::UserFacts", "The SQLite driver did not expose its "
                                                                            "connection.")};
    Statement s;
    // One group at a time: each is a contiguous range of the (gid, uid) primary key.
    if (sqlite3_prepare_v2(db, "SELECT uid FROM group_members WHERE gid = ?", -1, &s.st, nullptr) != SQLITE_OK)
        return sqliteError(db);
    for (qint64 gid : gids) {
        sqlite3_bind_int64(s.st, 1, gid);
        int rc;
        while ((rc = sqlite3_step(s.st)) == SQLITE_ROW) {
            const qint64 uid = sqlite3_column_int64(s.st, 0);
            if (uid >= 0 && uid <= maxUid)
                members[size_t(uid)] = true;
        }
        if (rc != SQLITE_DONE)
            return sqliteError(db);
        sqlite3_reset(s.st);
    }
    return members;
}

} // namespace Sspr::Store
