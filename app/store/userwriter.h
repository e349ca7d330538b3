#pragma once

#include "authmethod.h"
#include "result.h"

namespace Sspr::Store {

class Database;

// Write side of a user's registered methods. Keeps what is derived from them in step: the usable-method mask the
// filters read, and the phone search index. Callers hold the transaction (with the audit entry).
class UserWriter final
{
public:
    explicit UserWriter(Database &db);

    Core::Status addMethod(qint64 uid, const Core::AuthMethod &method);
    Core::Status updateMethodValue(qint64 uid, const QString &methodId, const QString &value);
    Core::Status removeMethod(qint64 uid, const QString &methodId);

private:
    Core::Status refreshDerived(qint64 uid);
    Database &m_db;
};

} // namespace Sspr::Store
