#pragma once

#include "authmethodspolicy.h"
#include "result.h"
#include "syncrecords.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace Sspr::Store {

class Database;

// Where the sync of one resource stands, as committed in sync_state.
struct SyncCursor
{
    QString resource;
    QString deltaLink; // where the next incremental round starts; empty before the first complete round
    QString nextLink; // the next page of an unfinished round; empty when no round is open
    QString round; // "full" or "delta" while a round is open, else empty
    qint64 generation = 0;
    qint64 items = 0; // items written by the open round
    QDateTime lastFullSync;
    QDateTime lastSync;
};

// What one written page changed.
struct SyncPageStats
{
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 removed = 0; // @removed on the page, plus what a completed full round swept
    qint64 membershipsAdded = 0;
    qint64 membershipsRemoved = 0;
    qint64 items = 0; // items of this round so far
    bool roundComplete = false;
};

// Streams Graph pages into the store. Each page is written in its own transaction together with the cursor that
// follows it (sync_state.next_link, or delta_link on the last page), so a process killed at any point resumes at the
// last committed page and nothing is lost or written twice:
// - users and groups are upserted by Graph id (a user keeps its uid, so methods, memberships and history stay);
// - a full round marks every object it sees with the round's generation; only when its last page is written are the
//   unmarked ones (gone from the server) swept, sort keys renumbered in name order and both search indexes rebuilt,
//   in the same transaction as the delta link;
// - a delta round keeps sort keys and search rows right user by user (a sort key between the neighbours, or a local
//   respacing when there is no gap).
// Runs on whatever thread owns the Database; SyncEngine gives it a worker thread.
class SyncWriter final
{
public:
    enum class Mode { Full, Delta };
    // A round of one resource: how it runs and where it starts.
    struct Round
    {
        QString resource;
        Mode mode = Mode::Full;
        qint64 generation = 0;
        QString startLink; // the stored next link (resuming) or delta link; empty: the caller's initial request
        bool resuming = false;
    };

    static inline const QString Users = QStringLiteral("users");
    static inline const QString Groups = QStringLiteral("groups");
    static inline const QString RegistrationReport = QStringLiteral("userRegistrationDetails");

    explicit SyncWriter(Database &db);
    ~SyncWriter();
    SyncWriter(const SyncWriter &) = delete;
    SyncWriter &operator=(const SyncWriter &) = delete;

    // Refuses the offline demo tenant: a full round would sweep it away.
    Core::Status checkSyncable();
    Core::Result<SyncCursor> cursor(const QString &resource);
    // An unfinished round resumes at its next link (a forced full sync abandons an unfinished delta round); else a
    // delta round from the delta link unless forceFull; else a new full round.
    Core::Result<Round> openRound(const QString &resource, bool forceFull);
    // The delta link expired (syncStateNotFound) or the stored next link was refused: a new full round.
    Core::Result<Round> restartFull(const QString &resource);

    Core::Result<SyncPageStats> writeUsers(const Round &round, const SyncPage<SyncUser> &page);
    Core::Result<SyncPageStats> writeGroups(const Round &round, const SyncPage<SyncGroup> &page);
    // The registration report is not a delta resource: its round ends on the page without a next link.
    Core::Result<SyncPageStats> writeRegistrations(const Round &round, const SyncPage<SyncRegistration> &page);

    Core::Status saveAuthMethodsPolicy(const Core::AuthMethodsPolicy &policy);
    Core::Status saveAllowedToUseSspr(bool allowed);
    // Replaces each user's registered methods with what Graph listed, in one transaction, and keeps method_mask and
    // the phone index in step. Users not in the store are skipped; returns how many were written.
    Core::Result<int> replaceMethods(const QList<SyncUserMethods> &users);

    // Stops the statement running on this writer's connection (the transaction of the page being written rolls
    // back; the sync resumes at that page). Safe from any thread while the writer exists.
    void interrupt();

    // Sort keys leave room for about a million inserts between neighbours (as the demo seed does).
    static constexpr qint64 kSortGap = qint64(1) << 20;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sspr::Store
