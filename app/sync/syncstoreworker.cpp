#include "syncstoreworker.h"

#include "database.h"
#include "syncwriter.h"
#include <QSqlQuery>

namespace Sspr::Sync {

SyncStoreWorker::SyncStoreWorker(QString storePath)
    : m_path(std::move(storePath))
{ }

SyncStoreWorker::~SyncStoreWorker()
{
    m_interruptible = nullptr;
    m_writer.reset(); // before the connection it prepared its statements on
    m_db.reset();
}

Core::Status SyncStoreWorker::ensureOpen()
{
    if (m_writer)
        return {};
    auto db = Store::Database::open(m_path, Store::Database::OpenMode::OpenExisting);
    if (!db)
        return db.error();
    auto writer = std::make_unique<Store::SyncWriter>(*db.value());
    if (Core::Status s = writer->checkSyncable(); !s)
        return s;
    m_db = std::move(db).value();
    m_writer = std::move(writer);
    // A page of a thousand users dirties thousands of index pages: checkpointing (and syncing the file) after each
    // of them, as the default of 1,000 log pages does, costs more than writing them. This connection checkpoints
    // every 64 MB of log instead; commits stay as durable as before (synchronous = NORMAL in WAL mode).
    QSqlQuery pragma(m_db->connection());
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 16384"));
    m_interruptible = m_writer.get();
    return {};
}

void SyncStoreWorker::interrupt()
{
    if (Store::SyncWriter *writer = m_interruptible.load())
        writer->interrupt();
}

Store::SyncWriter &SyncStoreWorker::writer()
{
    return *m_writer;
}

Store::Database &SyncStoreWorker::database()
{
    return *m_db;
}

} // namespace Sspr::Sync
