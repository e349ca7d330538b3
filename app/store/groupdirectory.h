#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Sspr::Store {

class Database;

// One group as the pickers and the Groups page show it.
struct GroupRow
{
    qint64 gid = 0;
    QString id; // Graph object id
    QString displayName;
    QString description;
    QString mailNickname;
    bool securityEnabled = true;
    qint64 directMembers = 0; // users who are direct members (nested groups not followed)
};

// One member of a group with what a member list shows.
struct GroupMember
{
    qint64 uid = 0;
    QString displayName;
    QString userPrincipalName;
    bool direct = true; // false: a member only through a nested group
};

// Read side of groups: search by name as you type, look-ups by Graph id or name, and members (direct or through
// nested groups). Typed text is always bound, as an escaped LIKE pattern.
class GroupDirectory final
{
public:
    explicit GroupDirectory(Database &db);

    // Groups whose display name or mail nickname contains `text` (case-insensitive), names starting with it
    // first, then in name order. Empty text lists the first `limit` groups by name.
    Core::Result<QList<GroupRow>> search(const QString &text, int limit = 50);
    // std::nullopt when there is no such group.
    Core::Result<std::optional<GroupRow>> byId(const QString &graphId);
    // The first group with this display name (case-insensitive), std::nullopt when none.
    Core::Result<std::optional<GroupRow>> byName(const QString &name);

    // Member uids in uid order; transitive also follows nested groups to any depth (each user once).
    Core::Result<QList<qint64>> members(qint64 gid, bool transitive, int limit = 1000, int offset = 0);
    Core::Result<qint64> memberCount(qint64 gid, bool transitive);
    // Members with their names, in uid order after `afterUid` (keyset paging: pass the last uid of the previous
    // page), so that deep pages cost no more than the first.
    Core::Result<QList<GroupMember>> memberUsers(qint64 gid, bool transitive, qint64 afterUid, int limit);
    // The group using this mail nickname (case-insensitive), std::nullopt when none.
    Core::Result<std::optional<GroupRow>> byMailNickname(const QString &nickname);

    // A LIKE pattern matching `text` anywhere, with %, _ and the escape character escaped (ESCAPE '\').
    static QString containsPattern(const QString &text);

private:
    Database &m_db;
};

} // namespace Sspr::Store
