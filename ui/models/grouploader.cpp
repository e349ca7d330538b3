#include "grouploader.h"

#include "database.h"

#include <QThread>

namespace Sspr::Gui {

class GroupLoader::Worker final : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
    { }

    // Runs on the worker thread, where the connection is opened: SQLite connections belong to one thread.
    Core::Result<Store::GroupDirectory *> directory()
    {
        if (!m_db) {
            auto db = Store::Database::open(m_path, Store::Database::OpenMode::OpenExisting);
            if (!db)
                return db.error();
            m_db = std::move(db).value();
            // Counting the members of every listed group streams through the whole membership index; a small
            // page cache keeps that from holding tens of megabytes (the OS file cache keeps the pages warm).
            m_db->exec(QStringLiteral("PRAGMA cache_size = -8192"));
            m_directory = std::make_unique<Store::GroupDirectory>(*m_db);
        }
        return m_directory.get();
    }

    std::atomic<int> latestSearch {0};
    std::atomic<int> latestCount {0};
    std::atomic<int> latestMembers {0};

private:
    QString m_path;
    std::unique_ptr<Store::Database> m_db;
    std::unique_ptr<Store::GroupDirectory> m_directory;
};

GroupLoader::GroupLoader(const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(storePath))
{
    m_thread->setObjectName(QStringLiteral("GroupLoader"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

GroupLoader::~GroupLoader()
{
    m_thread->quit();
    m_thread->wait();
}

int GroupLoader::search(const QString &text, int limit)
{
    const int ticket = ++m_nextTicket;
    m_worker->latestSearch = ticket;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, ticket, text, limit] {
            if (worker->latestSearch != ticket)
                return; // overtaken by a newer search before it started
            auto directory = worker->directory();
            auto rows = directory ? directory.value()->search(text, limit)
                                  : Core::Result<QList<Store::GroupRow>>(directory.error());
            QMetaObject::invokeMethod(
                this,
                [this, ticket, rows] {
                    emit searchFinished(ticket, rows ? rows.value() : QList<Store::GroupRow>(), rows.errorMessage());
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return ticket;
}

int GroupLoader::countMembers(qint64 gid, bool transitive)
{
    const int ticket = ++m_nextTicket;
    m_worker->latestCount = ticket;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, ticket, gid, transitive] {
            if (worker->latestCount != ticket)
                return; // the page asked for another group's count since
            auto directory = worker->directory();
            auto count
                = directory ? directory.value()->memberCount(gid, transitive) : Core::Result<qint64>(directory.error());
            QMetaObject::invokeMethod(
                this,
                [this, ticket, gid, count] {
                    emit countFinished(ticket, gid, count ? count.value() : -1, count.errorMessage());
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return ticket;
}

int GroupLoader::fetchMembers(qint64 gid, bool transitive, qint64 afterUid, int limit)
{
    const int ticket = ++m_nextTicket;
    m_worker->latestMembers = ticket;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, ticket, gid, transitive, afterUid, limit] {
            if (worker->latestMembers != ticket)
                return; // the page asked for another group's members since
            auto directory = worker->directory();
            auto members = directory ? directory.value()->memberUsers(gid, transitive, afterUid, limit)
                                     : Core::Result<QList<Store::GroupMember>>(directory.error());
            QMetaObject::invokeMethod(
                this,
                [this, ticket, members] {
                    emit membersFinished(
                        ticket, members ? members.value() : QList<Store::GroupMember>(), members.errorMessage());
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return ticket;
}

} // namespace Sspr::Gui
