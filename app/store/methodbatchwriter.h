#pragma once

#include "auditlog.h"
#include "authmethod.h"
#include "result.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Sspr::Store {

class Database;

// Writes registered methods for many users at bulk speed (imports): the same rows, derived data and audit entries
// as UserWriter + AuditLog, but with every statement prepared once, and each user's state read once per batch
// instead of once per change, on SQLite's own API (SqliteStatement). What it keeps in step, exactly as
// UserWriter::refreshDerived does:
// - users.method_mask: one bit per method kind with a usable method;
// - users_phone_fts: SearchTerms::phoneTerms of every phone method and the profile phones;
// - user_methods.phone_digits: SearchTerms::phoneKey of a phone's number.
// tst_importplan checks the result against UserWriter's on the same changes. Callers hold the transaction.
class MethodBatchWriter final
{
public:
    // A user as the writer needs it: all registered methods (every kind, registration order) and what the
    // derived data is made from.
    struct UserState
    {
        qint64 uid = 0;
        QString userPrincipalName;
        qint64 sortKey = 0;
        QString profileMobile;
        QString profileBusinessPhones; // '\n'-separated, as stored
        QList<Core::AuthMethod> methods;
    };

    explicit MethodBatchWriter(Database &db);
    ~MethodBatchWriter();
    MethodBatchWriter(const MethodBatchWriter &) = delete;
    MethodBatchWriter &operator=(const MethodBatchWriter &) = delete;

    // Reads these users (two queries for the whole list); users that do not exist are absent.
    Core::Result<QHash<qint64, UserState>> load(const QList<qint64> &uids);

    // Each updates `user` in memory as well, so later changes of the same batch see it.
    Core::Status addMethod(UserState &user, const Core::AuthMethod &method);
    Core::Status updateMethodValue(UserState &user, const QString &methodId, const QString &value);
    Core::Status appendAudit(const AuditEntry &entry);

private:
    Core::Status refreshDerived(const UserState &user, int maskBefore, bool phonesChanged);

    Database &m_db;
    SqliteStatement m_loadUsers;
    SqliteStatement m_loadMethods;
    SqliteStatement m_insertMethod;
    SqliteStatement m_updateMethod;
    SqliteStatement m_updateMask;
    SqliteStatement m_deletePhoneTerms;
    SqliteStatement m_insertPhoneTerms;
    SqliteStatement m_insertAudit;
};

} // namespace Sspr::Store
