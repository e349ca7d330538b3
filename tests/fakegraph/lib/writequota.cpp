#include "writequota.h"

#include <QtGlobal>

#include <cmath>

namespace Sspr::FakeGraph {

void WriteQuota::configure(int quota, int windowMs)
{
    m_quota = qMax(1, quota);
    m_windowMs = qMax(1, windowMs);
    m_buckets.clear();
}

bool WriteQuota::take(const QString &key, qint64 nowMs, int *retryAfterSeconds, double *usage)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket {double(m_quota), nowMs});
    Bucket &bucket = it.value();
    const double perMs = double(m_quota) / double(m_windowMs);
    bucket.tokens = qMin(double(m_quota), bucket.tokens + double(nowMs - bucket.updatedMs) * perMs);
    bucket.updatedMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        *usage = 1.0 - bucket.tokens / double(m_quota);
        return true;
    }
    *usage = 1.0;
    *retryAfterSeconds = qMax(1, int(std::ceil((1.0 - bucket.tokens) / perMs / 1000.0)));
    return false;
}

} // namespace Sspr::FakeGraph
