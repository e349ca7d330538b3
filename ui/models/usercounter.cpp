#include "usercounter.h"

#include "database.h"
#include "userdirectory.h"

#include <QThread>

namespace Sspr::Gui {

class UserCounter::Worker final : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
    {
    }
    ~Worker() override = default;

    // Runs on the worker thread; the connection is opened there, as SQLite connections belong to one thread.
    Core::Result<qint64> count(const Store::UserFilter &filter)
    {
        if (!m_db) {
            auto db = Store::Database::open(m_path, Store::Database::OpenMode::OpenExisting);
            if (!db)
                return db.error();
            m_db = std::move(db).value();
        }
        return Store::UserDirectory(*m_db).count(filter);
    }
    std::atomic<int> latest{0};

private:
    QString m_path;
    std::unique_ptr<Store::Database> m_db;
};

UserCounter::UserCounter(const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(storePath))
{
    m_thread->setObjectName(QStringLiteral("UserCounter"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

UserCounter::~UserCounter()
{
    m_thread->quit();
    m_thread->wait();
}

void UserCounter::request(const Store::UserFilter &filter)
{
    const int id = ++m_latest;
    m_worker->latest = id;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, id, filter] {
            if (worker->latest != id)
                return; // a newer request is queued: skip the stale count
            const auto result = worker->count(filter);
            QMetaObject::invokeMethod(
                this,
                [this, id, result] {
                    if (id != m_latest)
                        return;
                    if (result)
                        emit counted(result.value());
                    else
                        emit failed(result.errorMessage());
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace Sspr::Gui
