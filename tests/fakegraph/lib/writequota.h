#pragma once

#include <QHash>
#include <QString>

namespace Sspr::FakeGraph {

// The directory write quota of graph-facts §8.3 as a token bucket per app + tenant: `quota` writes per `windowMs`,
// refilled continuously.
class WriteQuota
{
public:
    void configure(int quota, int windowMs);
    void reset() { m_buckets.clear(); }
    // Takes one write. On refusal sets retryAfterSeconds (until one token is back); usage is the share of the quota in
    // use after the call (0..1), for x-ms-throttle-limit-percentage.
    bool take(const QString &key, qint64 nowMs, int *retryAfterSeconds, double *usage);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    QHash<QString, Bucket> m_buckets;
    int m_quota = 3000;
    int m_windowMs = 150000;
};

} // namespace Sspr::FakeGraph
