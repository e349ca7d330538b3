#pragma once

#include "userfilter.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Gui {

// Counts the users matching a filter on a worker thread with its own SQLite connection, so a broad search shows its
// first page at once and its total a moment later. Only the newest request's answer is delivered.
class UserCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserCounter)

public:
    explicit UserCounter(const QString &storePath, QObject *parent = nullptr);
    ~UserCounter() override;

    void request(const Store::UserFilter &filter);

signals:
    void counted(qint64 total);
    void failed(const QString &message);

private:
    class Worker;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    int m_latest = 0;
};

} // namespace Sspr::Gui
