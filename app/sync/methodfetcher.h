#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Sspr::Graph {
class GraphClient;
}
namespace Sspr::Store {
class Database;
}

namespace Sspr::Sync {

struct MethodFetchSummary
{
    qint64 users = 0; // asked for
    qint64 written = 0; // users whose methods are now in the store
    qint64 failed = 0; // users Graph answered with an error for (e.g. 403 for an administrator)
    qint64 requests = 0; // HTTP requests (a $batch counts once)
    double seconds = 0;
    bool cancelled = false;
    QStringList failures; // the first few reasons, "<user id>: <message>"
};

// Reads users' registered methods from /users/{id}/authentication/methods (graph-facts §3.1) into the store:
// user_methods replaced, method_mask and the phone index kept in step (Store::SyncWriter::replaceMethods). One user
// when a user page opens, or many with $batch (20 requests each, a few batches in flight). Store writes run on the
// caller's thread and connection: they are small (one transaction per user or per batch).
class MethodFetcher final : public QObject
{
    Q_OBJECT

public:
    MethodFetcher(Graph::GraphClient *client, Store::Database &db, QObject *parent = nullptr);
    ~MethodFetcher() override;

    // userFetched() follows exactly once.
    void fetchUser(const QString &userId);
    // Does nothing while a bulk fetch runs; progress() per batch, then finished() exactly once.
    void fetchUsers(const QStringList &userIds);
    void cancel();
    bool isRunning() const;

    static constexpr int kBatchSize = 20; // Graph's $batch limit (graph-facts §7)
    static constexpr int kBatchesInFlight = 4;

Q_SIGNALS:
    void userFetched(const QString &userId, bool ok, const QString &message);
    void progress(qint64 done, qint64 total);
    void finished(const Sspr::Sync::MethodFetchSummary &summary);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sspr::Sync
