#pragma once

#include "syncprogress.h"
#include "syncsummary.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Sspr::Graph {
class GraphClient;
}

namespace Sspr::Sync {

// Pulls a tenant from Graph into the store: users, then groups with their members, then the authentication methods
// policy and allowedToUseSSPR, then the registration report. Each resource runs a delta round from its stored delta
// link, or a full round (the initial delta round, which lists everything) when there is none, when Full is asked
// for, or when Graph says the link expired (syncStateNotFound). Pages are committed one by one with their cursor
// (Store::SyncWriter), so a sync that is cancelled, fails or is killed resumes where it stopped.
//
// Network work stays on the caller's thread (asynchronous); mapping and writing pages runs on a worker thread with its
// own store connection, one page being written while the next is fetched. At most two pages wait for the writer, so
// memory stays flat whatever the tenant's size.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Auto, Full };
    enum class Status { Completed, Cancelled, Failed };
    Q_ENUM(Status)

    struct Options
    {
        bool policy = true; // the authentication methods policy and allowedToUseSSPR
        bool registrationReport = true; // userRegistrationDetails (needs AuditLog.Read.All; 403 is a note)
        int pageSize = 999; // asked for with $top on the first request of a round
    };

    // client is not owned and must outlive the engine. storePath is the profile's store; the engine opens its own
    // connection to it on the worker thread.
    SyncEngine(Graph::GraphClient *client, const QString &storePath, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setOptions(const Options &options);
    bool isRunning() const;

    // Does nothing while a sync runs. finished() follows exactly once.
    void start(Mode mode = Mode::Auto);
    // Stops after the page being written; finished(Cancelled). The next start() resumes.
    void cancel();

Q_SIGNALS:
    void progress(const Sspr::Sync::SyncProgress &progress);
    void finished(Sspr::Sync::SyncEngine::Status status, const Sspr::Sync::SyncSummary &summary);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sspr::Sync
