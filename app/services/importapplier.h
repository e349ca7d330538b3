#pragma once

#include "importjournal.h"
#include "result.h"

#include <QList>
#include <QString>

namespace Sspr::Services {

// Where an import's rows go: the seam between the durable run (ImportRunner, the journal) and a backend.
//
// The runner calls apply() for each pending row of a batch inside the batch's write transaction and commits the
// row's new state with whatever apply() wrote, so a backend that records its work in the same store is
// crash-safe for free:
// - the local backend (LocalImportApplier) writes the method and its audit entry: state "done";
// - a Graph backend writes the change and an outbox item keyed by run key + seq and returns state "queued"; the
//   outbox worker sends it ($batch, pacing) and settles the row later, so a resend after a crash is recognised.
class ImportApplier
{
public:
    virtual ~ImportApplier() = default;

    // Stable name recorded with the run ("local", "graph").
    virtual QString backend() const = 0;

    // Called at the start of each batch, inside its transaction, with the rows about to be applied (a backend
    // reads what it needs for all of them at once).
    virtual Core::Status beginBatch(const Store::ImportRunRecord &run, const QList<Store::ImportRowRecord> &rows)
    {
        Q_UNUSED(run);
        Q_UNUSED(rows);
        return {};
    }

    // Applies one row; returns the row with state (done, skipped, failed, queued), outcome and message set.
    // A row the rules refuse is a failed row, not an error: an error (the store cannot be written) rolls the
    // whole batch back and stops the run, which can be resumed.
    virtual Core::Result<Store::ImportRowRecord> apply(
        const Store::ImportRunRecord &run, const Store::ImportRowRecord &row)
        = 0;
};

} // namespace Sspr::Services
