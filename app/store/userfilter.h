#pragma once

#include <QList>
#include <QString>

namespace Sspr::Store {

// What the user browser asks for: typed text plus filters. The policy-dependent filters (scope, registered) carry
// what they need from the policy, resolved by the caller, so the store stays free of policy rules.
struct UserFilter
{
    enum class Tri { Any, Yes, No };
    enum class SortColumn { DisplayName, UserPrincipalName, Department, Country };

    QString text;
    Tri inSsprScope = Tri::Any;
    Tri ssprRegistered = Tri::Any;
    bool adminsOnly = false;
    bool disabledOnly = false;
    bool noMethodsOnly = false;
    bool sharedNumberOnly = false;
    SortColumn sortColumn = SortColumn::DisplayName;
    bool descending = false;

    // Resolved from the policy: scope (all users, none, or members of these groups, nested included) and
    // "registered" (at least `requiredMethods` of the method bits in `methodBits`).
    enum class Scope { None, All, Groups };
    Scope scope = Scope::All;
    QList<qint64> scopeGroupIds; // gids, already expanded to nested groups
    QList<int> registeredMethodBits;
    int requiredMethods = 1;

    bool operator==(const UserFilter &) const = default;
};

// One row of the browser; what the list shows, nothing more.
struct UserRow
{
    qint64 uid = 0;
    qint64 sortKey = 0;
    QString displayName;
    QString userPrincipalName;
    QString mail;
    QString department;
    QString country;
    QString usageLocation;
    QString adminRoles;
    bool accountEnabled = true;
    int methodMask = 0;
};

// Where the next page starts: the sort value and sort_key of the last row shown.
struct UserCursor
{
    QString sortValue;
    qint64 sortKey = 0;
    bool isStart() const { return sortKey == 0 && sortValue.isEmpty(); }
};

} // namespace Sspr::Store
