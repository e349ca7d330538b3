#pragma once

#include "groupdirectory.h"
#include "result.h"

#include <QString>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {

// Changes to groups: creating a security group (as Graph would, POST /groups with mailEnabled false), written
// with its audit entry in one transaction (and, in a Graph profile, its outbox item).
class GroupService final
{
public:
    GroupService(Store::Database &db, QString actor, QString source);

    // Validates all three fields (display name required, at most 256 characters; nickname per
    // validateMailNickname and unused by any other group, case-insensitive) and writes the group with a new GUID.
    Core::Result<Store::GroupRow> createSecurityGroup(
        const QString &displayName, const QString &description, const QString &mailNickname);

    // Entra's rules for a mail nickname: required, at most 64 characters, ASCII only, and none of
    // @ ( ) \ [ ] " ; : . < > , or space. Uniqueness needs the store: createSecurityGroup checks it.
    static Core::Status validateMailNickname(const QString &nickname);
    static Core::Status validateDisplayName(const QString &displayName);
    // A mail nickname made from a display name, as a default the person may change: accents dropped, ASCII letters,
    // digits and '_' kept (lower case), spaces, '-' and '.' become one '-', anything else left out; at most
    // kMaxNicknameLength. Empty when nothing usable is left (e.g. a name in another script). Not checked for
    // uniqueness.
    static QString suggestMailNickname(const QString &displayName);

    static constexpr int kMaxNicknameLength = 64;
    static constexpr int kMaxDisplayNameLength = 256;
    static constexpr int kMaxDescriptionLength = 1024;

private:
    Store::Database &m_db;
    QString m_actor;
    QString m_source;
};

} // namespace Sspr::Services
