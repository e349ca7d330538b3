#pragma once

#include "result.h"

#include <QList>

#include <vector>

namespace Sspr::Store {

class Database;

// The few facts per user that decide "can reset" under a policy, for whole-tenant questions (impact preview):
// read in one pass through SQLite's C API, 16 bytes a user, so a million users take a fraction of a second.
struct UserFact
{
    enum Flag : quint8 { Enabled = 1, Synced = 2, Member = 4, Admin = 8 };
    qint64 uid = 0;
    qint32 methodMask = 0;
    quint8 flags = 0;
    bool has(Flag f) const { return (flags & f) != 0; }
};

class UserFacts final
{
public:
    explicit UserFacts(Database &db);

    // Every user, in uid order.
    Core::Result<std::vector<UserFact>> all();
    // Which uids are direct members of any of the groups (pass groups already expanded to nested ones), as a
    // bitmap indexed by uid.
    Core::Result<std::vector<bool>> membersOf(const QList<qint64> &gids, qint64 maxUid);

private:
    Database &m_db;
};

} // namespace Sspr::Store
