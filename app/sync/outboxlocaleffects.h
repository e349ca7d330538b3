#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>

namespace Sspr::Store {
class Database;
struct OutboxItem;
} // namespace Sspr::Store

namespace Sspr::Sync {

// What an outbox outcome changes in the store besides the item itself:
// - done: a created group takes the id Graph gave it (everywhere the store's stand-in id was used);
// - done/failed/conflict of an import row: the journal row is settled (queued -> done/failed) and, once the run has
//   no queued row left, the run is marked finished with an "import.settled" audit entry;
// - discard: the local change is undone, to the tenant's value when a conflict showed it (the local store shows
//   the change as soon as it is made, so dropping it must put the store back).
// Every function runs inside the caller's transaction, except retry() and discard(), which hold their own.
class OutboxLocalEffects final
{
public:
    explicit OutboxLocalEffects(Store::Database &db);

    // After the item's outcome was recorded. item.payload is the payload as stored with the outcome.
    Core::Status settled(const Store::OutboxItem &item, const QString &state, const QString &message);

    // Retry: failed or conflict -> pending; a conflict is retried as "overwrite the tenant's value" (force).
    // Returns false when the item was not failed or in conflict.
    Core::Result<bool> retry(qint64 id, const QString &actor, const QString &source);
    Core::Result<int> retryAllFailed(const QString &actor, const QString &source);
    // Discard: pending, failed or conflict -> discarded, and the local change undone; one audit entry.
    Core::Result<bool> discard(qint64 id, const QString &actor, const QString &source);

private:
    Core::Status revert(const Store::OutboxItem &item);
    Core::Status settleImportRow(const Store::OutboxItem &item, const QString &state, const QString &message);
    Core::Status adoptGroupId(const QString &localId, const QString &graphId);
    Core::Result<qint64> uidOf(const QString &userId);

    Store::Database &m_db;
};

} // namespace Sspr::Sync
