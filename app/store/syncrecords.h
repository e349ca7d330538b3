#pragma once

#include "authmethod.h"
#include "grouprecord.h"
#include "userrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Sspr::Store {

// What a sync page carries, already read from Graph's JSON (app/sync maps it): the store stays free of Graph's wire
// format. A delta page names an updated object by id "with at least the properties that have been updated", so every
// record says which fields it carries; the others keep their stored values.
namespace SyncField {
enum : quint32 {
    DisplayName = 1u << 0,
    GivenName = 1u << 1,
    Surname = 1u << 2,
    UserPrincipalName = 1u << 3,
    Mail = 1u << 4,
    MobilePhone = 1u << 5,
    BusinessPhones = 1u << 6,
    OtherMails = 1u << 7,
    AccountEnabled = 1u << 8,
    OnPremisesSync = 1u << 9,
    UserType = 1u << 10,
    UsageLocation = 1u << 11,
    Country = 1u << 12,
    Department = 1u << 13,
    JobTitle = 1u << 14,
    AllUserFields = (1u << 15) - 1,

    // Groups reuse the low bits.
    GroupDisplayName = 1u << 0,
    GroupDescription = 1u << 1,
    GroupMailNickname = 1u << 2,
    GroupSecurityEnabled = 1u << 3,
    GroupMailEnabled = 1u << 4,
    AllGroupFields = (1u << 5) - 1,
};
} // namespace SyncField

struct SyncUser
{
    Core::UserRecord user; // user.id is always set; methods and adminRoles are not part of a users page
    quint32 fields = SyncField::AllUserFields;
    bool removed = false; // "@removed": deleted (or soft-deleted) on the server
};

// One entry of a group's members@delta: a user or a nested group, added or removed.
struct SyncMember
{
    QString id;
    bool isGroup = false;
    bool removed = false;
};

struct SyncGroup
{
    Core::GroupRecord group;
    quint32 fields = SyncField::AllGroupFields;
    bool removed = false;
    QList<SyncMember> members; // members@delta of this page (a large group spans several pages)
};

// One row of the registration report (userRegistrationDetails).
struct SyncRegistration
{
    QString userId;
    bool isAdmin = false;
    QStringList methodsRegistered; // Graph's names, kept as sent
    int methodMask = 0; // the same as Core::methodBit()s, for users whose methods were never fetched
};

// A user's registered methods as read from /users/{id}/authentication/methods.
struct SyncUserMethods
{
    QString userId;
    QList<Core::AuthMethod> methods;
};

// One page of a round, with the cursor that follows it.
template<typename T> struct SyncPage
{
    QList<T> items;
    QString nextLink; // the page after this one; empty on the last page
    QString deltaLink; // on the last page of a delta resource: where the next incremental round starts
    QString link; // the link this page was read from: within a round it must be the stored next link
};

} // namespace Sspr::Store
