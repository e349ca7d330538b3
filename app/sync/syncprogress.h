#pragma once

#include <QString>

namespace Sspr::Sync {

// Where a running sync is, for a progress bar and for `ssprctl sync` on stderr.
struct SyncProgress
{
    QString phase;        // readable: "Users", "Groups", "Memberships", "Policy", "Registration report"
    qint64 done = 0;      // items of this phase written to the store
    qint64 total = -1;    // -1 while unknown (Graph sends no count on delta pages)
    qint64 requests = 0;  // HTTP requests so far
};

} // namespace Sspr::Sync
