#pragma once

#include "authmethod.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Sspr::Core {

// A directory user as the console keeps it: Graph's user fields the browser needs, plus the registered methods.
struct UserRecord
{
    QString id; // Graph object id
    QString userPrincipalName;
    QString displayName;
    QString givenName;
    QString surname;
    QString mail;
    // Profile contact fields: not authentication methods (see graph-facts §3.6).
    QString mobilePhone;
    QStringList businessPhones;
    QStringList otherMails;
    QString usageLocation; // ISO 3166 alpha-2, decides the default phone region
    QString country;
    QString department;
    QString jobTitle;
    bool accountEnabled = true;
    bool onPremisesSynced = false;
    QString userType = QStringLiteral("Member");
    QStringList adminRoles; // directory role display names; non-empty means the admin policy applies
    QList<AuthMethod> methods;

    bool isAdmin() const { return !adminRoles.isEmpty(); }
};

} // namespace Sspr::Core
