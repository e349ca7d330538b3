#pragma once

#include "authmethod.h"
#include "result.h"
#include "userrecord.h"

#include <QString>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {

// Helpdesk changes to a user's registered methods, under Entra's rules (Core::MethodRules), with the phone number
// parsed and normalised (Core::PhoneNumber) and every change written with its audit entry in one transaction. In a
// Graph profile the same transaction enqueues the change in the outbox (Sync::OutboxChange), which sends it later.
class EnrollmentService final
{
public:
    EnrollmentService(Store::Database &db, QString actor, QString source);

    // The region used for numbers typed in national format when the user has no usage location.
    void setFallbackRegion(const QString &region) { m_fallbackRegion = region; }

    Core::Result<Core::AuthMethod> addPhone(
        qint64 uid, Core::MethodType type, const QString &typed, const QString &region = {});
    Core::Result<Core::AuthMethod> updatePhone(
        qint64 uid, const QString &methodId, const QString &typed, const QString &region = {});
    Core::Result<Core::AuthMethod> addEmail(qint64 uid, const QString &address);
    Core::Status removeMethod(qint64 uid, const QString &methodId);
    // A Temporary Access Pass, created by Graph (Graph profiles only): queued in the outbox, and handed out once by
    // the worker when Graph answers. lifetimeMinutes 10-43200 (graph-facts 3.5). Returns the outbox item id.
    Core::Result<qint64> requestTemporaryAccessPass(qint64 uid, int lifetimeMinutes, bool usableOnce);

    // Other accounts (UPNs) that have the same phone number registered: at most 50 of them, sorted.
    Core::Result<QStringList> sharedWith(qint64 uid, const QString &graphFormNumber);

private:
    Core::Result<Core::UserRecord> loadUser(qint64 uid);
    Store::Database &m_db;
    QString m_actor;
    QString m_source;
    QString m_fallbackRegion;
};

} // namespace Sspr::Services
