#pragma once

#include "importapplier.h"
#include "localimportapplier.h"

#include <QString>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {

// The Graph backend of an import: each row is checked and written to the store exactly as the local backend does
// (LocalImportApplier: same rules, same audit entries), and in the same transaction an outbox item is written for
// the change, keyed "<run key>:<seq>" so a row can never be queued twice. The row is returned as "queued"; the outbox
// worker sends the items ($batch, paced) and settles each row (done or failed, with Graph's reason) when its item
// is done, failed or in conflict. The run is settled once none of its rows is queued any more (finished_at, audit
// entry "import.settled"). Rows the rules skip or refuse are settled at once, as in a local run.
class GraphImportApplier final : public ImportApplier
{
public:
    GraphImportApplier(Store::Database &db, QString actor);

    QString backend() const override;
    Core::Status beginBatch(const Store::ImportRunRecord &run, const QList<Store::ImportRowRecord> &rows) override;
    Core::Result<Store::ImportRowRecord> apply(
        const Store::ImportRunRecord &run, const Store::ImportRowRecord &row) override;

    // Whether every row of the run has its final state (nothing pending in the journal, nothing queued for Graph).
    static Core::Result<bool> isSettled(Store::Database &db, qint64 runId);

private:
    Store::Database &m_db;
    LocalImportApplier m_local;
    QHash<qint64, QString> m_userIds; // uid -> Graph id, for the current batch
};

} // namespace Sspr::Services
