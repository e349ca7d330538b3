#pragma once

#include "demotenant.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Sspr::Store {

class Database;

// Writes a generated tenant into an empty store in one transaction, at bulk speed: it drives SQLite's C API on the
// connection Qt opened (prepared statements, bound values), because a million users through QSqlQuery take minutes.
class TenantWriter final : public Core::DemoTenantSink
{
public:
    explicit TenantWriter(Database &db);
    ~TenantWriter() override;

    // Starts the transaction and writes the tenant row. Fails if the store already holds a tenant.
    Core::Status begin(const QString &tenantName, const QString &domain);
    // Writes the policy rows, then commits; on failure everything since begin() is rolled back.
    Core::Status finish(const Core::SsprPolicy &policy);
    void abort();

    void addGroup(const Core::GroupRecord &group) override;
    void addUser(const Core::UserRecord &user, const QList<int> &groupIndexes) override;

    // A user with its search terms already computed, so that a producer thread can do that work (see
    // Services::seedDemoTenant, which generates on one core and writes on the other).
    struct PreparedUser
    {
        Core::UserRecord user;
        QList<int> groupIndexes;
        QString nameTerms;
        QString phoneTerms;
    };
    static PreparedUser prepare(const Core::UserRecord &user, const QList<int> &groupIndexes);
    void addPrepared(const PreparedUser &prepared);
    void addNestedGroup(int parentIndex, int childIndex) override;

    QString groupIdAt(int index) const { return m_groupIds.value(index); }
    const QString &error() const { return m_error; }

private:
    struct Statements;
    Database &m_db;
    std::unique_ptr<Statements> m_st;
    QList<QString> m_groupIds;
    QStringList m_droppedIndexes; // CREATE INDEX statements to run again at finish()
    qint64 m_nextUid = 1;
    QString m_error;
};

} // namespace Sspr::Store
