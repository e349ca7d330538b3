#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Sspr::Store {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;  // the signed-in account, or the local OS user in a local profile
    QString source; // "console", "ssprctl", "sync", "import"
    QString action; // e.g. "policy.update", "method.add", "group.create"
    QString target; // what was changed: "Password reset policy", a UPN, a group name
    QString setting;
    QString oldValue;
    QString newValue;
};

// Every change made through the console, append-only. Writers call append() inside their own transaction so a
// change and its record land together or not at all.
class AuditLog final
{
public:
    explicit AuditLog(Database &db);

    Core::Status append(const AuditEntry &entry);
    // Newest first; text matches actor, action, target, setting or values (bound as a LIKE pattern, escaped).
    Core::Result<QList<AuditEntry>> list(const QString &text = {}, int limit = 500, qint64 beforeId = 0);

    // Who is acting when no account is signed in: the local OS user.
    static QString localActor();

private:
    Database &m_db;
};

} // namespace Sspr::Store
