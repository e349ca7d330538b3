#pragma once

#include <QString>
#include <QStringList>

namespace Sspr::Sync {

// What one sync did: for the finished() signal, the status bar and `ssprctl sync` (text and --json).
struct SyncSummary
{
    qint64 usersAdded = 0;
    qint64 usersUpdated = 0;
    qint64 usersRemoved = 0;
    qint64 groupsAdded = 0;
    qint64 groupsUpdated = 0;
    qint64 groupsRemoved = 0;
    qint64 membershipsAdded = 0;
    qint64 membershipsRemoved = 0;
    qint64 registrations = 0; // rows of the registration report applied
    qint64 requests = 0; // HTTP requests sent (retries included)
    double seconds = 0;
    bool usersFull = false; // the users round was a full one (first sync, forced, or after syncStateNotFound)
    bool groupsFull = false;
    bool policySynced = false;
    bool reportSynced = false;
    QStringList notes; // what was skipped and why (e.g. no permission for the registration report)
    QString error; // why the sync failed, when it did
};

} // namespace Sspr::Sync
