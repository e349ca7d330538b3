#pragma once

#include "authmethod.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sspr::Store {

class Database;

// What a bulk import needs to know about one user: who, where (for phone numbers in national format), and the
// registered phone and email methods its rules look at.
struct ImportUserFacts
{
    qint64 uid = 0;
    QString userPrincipalName; // as stored
    QString usageLocation;
    QList<Core::AuthMethod> methods; // phones and email only, in registration order
};

// A phone method registered on some account, found by its digits.
struct PhoneOwner
{
    qint64 uid = 0;
    QString userPrincipalName;
    Core::MethodType type = Core::MethodType::MobilePhone;
};

// Read side of a bulk import: answers for a whole file at once instead of a query per row. The keys are bound as
// one JSON array and joined through json_each() against the unique indexes, so one statement answers 100,000 names
// (where a statement per row, or per row of a temporary table, costs seconds).
class ImportLookup final
{
public:
    explicit ImportLookup(Database &db);

    // The users with these user principal names (compared case-insensitively, as the store compares them), keyed
    // by the name exactly as given. Names without a user are absent from the result.
    Core::Result<QHash<QString, ImportUserFacts>> usersByUpn(const QStringList &upns);

    // The accounts that have a phone method with each of these keys (SearchTerms::phoneKey: country code, number
    // and extension, as user_methods.phone_digits holds them), keyed by the key; owners in name order.
    Core::Result<QHash<QString, QList<PhoneOwner>>> phoneOwners(const QStringList &keys);

    // Up to `limit` stored user principal names that look like `upn`: the same name in another domain, names that
    // start like it, and names sharing a word of it, closest first. For "did you mean" hints on unknown users.
    Core::Result<QStringList> similarUpns(const QString &upn, int limit = 3);

private:
    Database &m_db;
};

} // namespace Sspr::Store
