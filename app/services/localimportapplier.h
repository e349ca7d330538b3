#pragma once

#include "importapplier.h"
#include "importplan.h"
#include "methodbatchwriter.h"

#include <QHash>
#include <QString>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {

// The local backend: commits each row straight to the store, with one audit entry per changed user method
// (source "import"), through Store::MethodBatchWriter, which keeps the method mask and the phone index in step as
// Store::UserWriter does, at bulk speed (each batch's users are read once; statements are prepared once).
//
// Each row is checked again against the user's methods as they are now, because the store may have changed since
// the preview: a value registered meanwhile is left alone (unless the run overwrites), a method removed meanwhile is
// added, and a row that Entra's rules now refuse fails with their message. The number itself was read and
// normalised when the plan was made; here it is only checked to be in Graph's form.
class LocalImportApplier final : public ImportApplier
{
public:
    LocalImportApplier(Store::Database &db, QString actor);

    QString backend() const override;
    Core::Status beginBatch(const Store::ImportRunRecord &run, const QList<Store::ImportRowRecord> &rows) override;
    Core::Result<Store::ImportRowRecord> apply(
        const Store::ImportRunRecord &run, const Store::ImportRowRecord &row) override;

private:
    Store::Database &m_db;
    QString m_actor;
    Store::MethodBatchWriter m_writer;
    QHash<qint64, Store::MethodBatchWriter::UserState> m_users; // the current batch's users
    qint64 m_optionsRun = 0;
    ImportOptions m_options;
};

} // namespace Sspr::Services
