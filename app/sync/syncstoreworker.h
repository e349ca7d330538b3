#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace Sspr::Store {
class Database;
class SyncWriter;
} // namespace Sspr::Store

namespace Sspr::Sync {

// The store side of a sync, on the sync's worker thread: its own connection to the store file (SQLite connections
// are per thread) and the SyncWriter on it. Pages are mapped from JSON and written here, so the GUI thread only
// receives and parses; the renumbering and index rebuild that end a full round never stall the UI.
class SyncStoreWorker final : public QObject
{
    Q_OBJECT

public:
    explicit SyncStoreWorker(QString storePath);
    ~SyncStoreWorker() override;

    // Opens the connection on first use (on the worker thread) and checks the store can be synced.
    Core::Status ensureOpen();
    Store::SyncWriter &writer();
    Store::Database &database();
    // From the engine's thread: stops the page being written (it rolls back and is read again next time).
    void interrupt();

private:
    QString m_path;
    std::unique_ptr<Store::Database> m_db;
    std::unique_ptr<Store::SyncWriter> m_writer;
    std::atomic<Store::SyncWriter *> m_interruptible {nullptr};
};

} // namespace Sspr::Sync
