#pragma once

#include "groupdirectory.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace Sspr::Gui {

// Runs the Groups page's queries on a worker thread with its own SQLite connection: a group search counts the
// members of every group it lists, and a transitive count or member page of a group of a million users takes a
// noticeable fraction of a second, which the page must not spend on the GUI thread. Each request returns a ticket;
// the answer arrives later, on the thread that asked, with that ticket. A request that a newer one of the same kind
// has overtaken before it started is skipped (no answer is sent): the page only ever waits for the latest.
class GroupLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupLoader)

public:
    explicit GroupLoader(const QString &storePath, QObject *parent = nullptr);
    ~GroupLoader() override;

    int search(const QString &text, int limit);
    int countMembers(qint64 gid, bool transitive);
    int fetchMembers(qint64 gid, bool transitive, qint64 afterUid, int limit);

signals:
    void searchFinished(int ticket, const QList<Sspr::Store::GroupRow> &rows, const QString &error);
    void countFinished(int ticket, qint64 gid, qint64 count, const QString &error);
    void membersFinished(int ticket, const QList<Sspr::Store::GroupMember> &members, const QString &error);

private:
    class Worker;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    int m_nextTicket = 0;
};

} // namespace Sspr::Gui
