#pragma once

#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sspr::Store {

class Database;

// One change bound for the tenant (table outbox). payload is the intended change with the values the console saw
// when it was made, so the worker can tell "already applied" from "the tenant changed under us".
struct OutboxItem
{
    qint64 id = 0;
    QString key; // idempotency_key: a UUID per change (run key + ":" + seq for an import row)
    QDateTime createdAt;
    QDateTime updatedAt;
    QString kind; // Sync::OutboxKinds, e.g. "phone.add"
    // The tenant object the change is about ("users/<id>", "groups/<mailNickname>", "policies/…"). Items of one
    // target are sent one at a time, in the order they were made.
    QString target;
    QJsonObject payload;
    QString state = QStringLiteral("pending"); // pending, sending, done, failed, conflict, discarded
    int attempts = 0; // how many times it was handed to Graph
    int lastStatus = 0; // HTTP status of the last answer, 0 when none
    QString lastError; // readable reason of a failure or a conflict

    bool isOpen() const { return state != u"done" && state != u"discarded"; }
};

struct OutboxCounts
{
    qint64 pending = 0;
    qint64 sending = 0;
    qint64 done = 0;
    qint64 failed = 0;
    qint64 conflict = 0;
    qint64 discarded = 0;
    qint64 unsent() const { return pending + sending; }
    qint64 needAttention() const { return failed + conflict; }
};

// The outbox: in a Graph profile every change is written to the store and here in one transaction (enqueue() runs
// inside the caller's transaction), then Sync::OutboxWorker sends it and records the outcome. An item is marked
// 'sending' and committed before its HTTP call, so an item still 'sending' when a process starts was interrupted
// and its outcome is unknown ("in doubt"): the worker reads the tenant before sending it again.
class OutboxRepository final
{
public:
    explicit OutboxRepository(Database &db);

    // True when the store mirrors a Graph tenant (tenant.kind = 'graph'): changes then also go to the outbox.
    static bool isGraphProfile(Database &db);
    static QStringList states();
    static QString userTarget(const QString &userGraphId);

    // Adds a pending item inside the caller's transaction; an empty key gets a new UUID. Returns the item id.
    Core::Result<qint64> enqueue(
        const QString &kind, const QString &target, const QJsonObject &payload, const QString &key = {});

    Core::Result<std::optional<OutboxItem>> item(qint64 id);
    Core::Result<std::optional<OutboxItem>> itemByKey(const QString &key);
    // Oldest first, after afterId; every state when states is empty.
    Core::Result<QList<OutboxItem>> list(const QStringList &states = {}, int limit = 1000, qint64 afterId = 0);
    Core::Result<OutboxCounts> counts();

    // What may be sent next: pending items, oldest first, at most one per target and none whose target has an older
    // item still pending or sending (so the changes to one object reach it in the order they were made).
    Core::Result<QList<OutboxItem>> sendable(int limit);
    // Items another (stopped) process left 'sending'.
    Core::Result<QList<OutboxItem>> inDoubt(int limit);

    // pending (or in-doubt sending) -> sending, attempts + 1, committed in one transaction before the HTTP calls.
    Core::Status markSending(const QList<qint64> &ids);
    // Records an outcome: done, failed, conflict, or pending (a transient failure, to be sent again). A given
    // payload replaces the stored one (e.g. with the tenant's values of a conflict). Runs inside the caller's
    // transaction, so the local effects of the outcome land with it.
    Core::Status settle(qint64 id, const QString &state, int httpStatus, const QString &error,
        const std::optional<QJsonObject> &payload = std::nullopt);

    // failed or conflict -> pending. Returns false when the item is not in one of those states.
    Core::Result<bool> retry(qint64 id, const std::optional<QJsonObject> &payload = std::nullopt);
    Core::Result<int> retryAllFailed();
    // pending, failed or conflict -> discarded (inside the caller's transaction). Returns false when the item is in
    // another state (sending, done, discarded).
    Core::Result<bool> discard(qint64 id);

    // The pending marker: items about this target that are not done or discarded, oldest first; with methodId only
    // those about that method ("methodId" in the payload).
    Core::Result<QList<OutboxItem>> openFor(const QString &target, const QString &methodId = {});
    // For a user page: method id -> state of the newest open item about it.
    Core::Result<QHash<QString, QString>> openMethodStates(const QString &userGraphId);

private:
    Database &m_db;
};

} // namespace Sspr::Store
