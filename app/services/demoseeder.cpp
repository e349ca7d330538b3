#include "demoseeder.h"

#include "database.h"
#include "demotenant.h"
#include "tenantwriter.h"

#include <QCoreApplication>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace Sspr::Services {

using Core::Error;
using Core::Status;

namespace {

struct Batch
{
    std::vector<Core::GroupRecord> groups;
    std::vector<std::pair<int, int>> nests;
    std::vector<Store::TenantWriter::PreparedUser> users;
    bool last = false;
};

// The generator's sink on the producer thread: prepares users and hands full batches to the writer.
class QueueSink final : public Core::DemoTenantSink
{
public:
    static constexpr size_t kBatchSize = 512;
    static constexpr size_t kMaxQueued = 16; // bounds memory: at most ~8k users in flight

    void addGroup(const Core::GroupRecord &group) override { m_current.groups.push_back(group); }
    void addNestedGroup(int parent, int child) override { m_current.nests.emplace_back(parent, child); }
    void addUser(const Core::UserRecord &user, const QList<int> &groups) override
    {
        m_current.users.push_back(Store::TenantWriter::prepare(user, groups));
        if (m_current.users.size() >= kBatchSize)
            push(false);
    }
    void push(bool last)
    {
        m_current.last = last;
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_queue.size() < kMaxQueued || m_cancelled; });
        m_queue.push_back(std::move(m_current));
        m_current = Batch();
        m_notEmpty.notify_one();
    }
    Batch pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_queue.empty(); });
        Batch batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_notFull.notify_one();
        return batch;
    }
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_notFull.notify_all();
    }
    bool cancelled()
    {
        std::lock_guard lock(m_mutex);
        return m_cancelled;
    }

private:
    Batch m_current;
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<Batch> m_queue;
    bool m_cancelled = false;
};

} // namespace

Status seedDemoTenant(Store::Database &db, int users, quint64 seed, const std::function<bool(int, int)> &progress)
{
    Core::DemoTenantGenerator generator(users, seed);
    Store::TenantWriter writer(db);
    if (Status s = writer.begin(generator.tenantName(), generator.domain()); !s)
        return s;

    QueueSink sink;
    std::thread producer([&] {
        const bool finished = generator.generate(sink, [&](int, int) { return !sink.cancelled(); });
        Q_UNUSED(finished);
        sink.push(true);
    });

    bool cancelled = false;
    int written = 0;
    int lastReport = -1;
    for (;;) {
        Batch batch = sink.pop();
        if (!cancelled) {
            for (const auto &group : batch.groups)
                writer.addGroup(group);
            for (const auto &[parent, child] : batch.nests)
                writer.addNestedGroup(parent, child);
            for (const auto &user : batch.users)
                writer.addPrepared(user);
            written += int(batch.users.size());
            if (progress && written / 4096 != lastReport) {
                lastReport = written / 4096;
                if (!progress(written, users)) {
                    cancelled = true;
                    sink.cancel();
                }
            }
        }
        if (batch.last)
            break;
    }
    producer.join();
    if (cancelled) {
        writer.abort();
        return Error{QCoreApplication::translate("Sspr::Services::StoreLocator",
                                                 "The seed was cancelled; the store was left empty.")};
    }
    if (progress)
        progress(users, users);
    return writer.finish(
        generator.defaultPolicy(writer.groupIdAt(Core::DemoTenantGenerator::passwordSelfResetGroupIndex())));
}

} // namespace Sspr::Services
