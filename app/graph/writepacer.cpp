#include "writepacer.h"

#include <algorithm>
#include <cmath>

namespace Sspr::Graph {

using std::chrono::milliseconds;

namespace {

constexpr double kMinFactor = 0.05;
constexpr double kRecoveryStep = 0.02; // additive increase per clean answer
constexpr double kThrottleDecrease = 0.5; // on a 429
constexpr double kPercentageThreshold = 0.8; // Graph starts sending x-ms-throttle-limit-percentage over 80 %
constexpr milliseconds kPauseWithoutRetryAfter {5000};

} // namespace

WritePacer::WritePacer()
    : WritePacer(Quota {})
{ }

WritePacer::WritePacer(Quota quota)
    : m_quota(quota)
{
    m_quota.writes = std::max(1, m_quota.writes);
    m_quota.window = std::max(milliseconds(1), m_quota.window);
    m_quota.headroom = std::clamp(m_quota.headroom, 0.1, 1.0);
    m_quota.burst = std::clamp(m_quota.burst, 1, m_quota.writes);
    // Within any window at most burst + rate * window writes go out: keep that at headroom * quota.
    const double budget = std::max(1.0, m_quota.writes * m_quota.headroom - m_quota.burst);
    m_baseRatePerMs = budget / double(m_quota.window.count());
    m_tokens = m_quota.burst;
}

double WritePacer::ratePerMs() const
{
    return m_baseRatePerMs * m_factor;
}

double WritePacer::writesPerSecond() const
{
    return ratePerMs() * 1000.0;
}

void WritePacer::refill(Clock::time_point now)
{
    if (!m_started) {
        m_started = true;
        m_last = now;
        return;
    }
    if (now <= m_last)
        return;
    const double elapsedMs = std::chrono::duration<double, std::milli>(now - m_last).count();
    m_tokens = std::min<double>(m_quota.burst, m_tokens + elapsedMs * ratePerMs());
    m_last = now;
}

milliseconds WritePacer::reserve(int writes, Clock::time_point now)
{
    refill(now);
    m_tokens -= std::max(0, writes);
    double waitMs = m_tokens >= 0 ? 0.0 : -m_tokens / ratePerMs();
    if (m_blockedUntil > now)
        waitMs = std::max(waitMs, std::chrono::duration<double, std::milli>(m_blockedUntil - now).count());
    return milliseconds(qint64(std::ceil(waitMs)));
}

void WritePacer::observe(bool throttled, milliseconds retryAfter, double throttleLimitPercentage, Clock::time_point now)
{
    refill(now);
    if (throttled) {
        m_factor = std::max(kMinFactor, m_factor * kThrottleDecrease);
        // Nothing goes out before the server's Retry-After, and the bucket restarts empty.
        m_blockedUntil
            = std::max(m_blockedUntil, now + (retryAfter.count() >= 0 ? retryAfter : kPauseWithoutRetryAfter));
        m_tokens = std::min(m_tokens, 0.0);
        return;
    }
    if (throttleLimitPercentage > kPercentageThreshold) {
        // Over 80 % of a limit: slow in proportion, and keep slowing while the signal stays.
        m_factor = std::max(kMinFactor, std::min(m_factor * 0.9, kPercentageThreshold / throttleLimitPercentage));
        return;
    }
    m_factor = std::min(1.0, m_factor + kRecoveryStep);
}

void WritePacer::observe(const QList<GraphResult> &results, Clock::time_point now)
{
    bool throttled = false;
    bool stillThrottled = false;
    milliseconds retryAfter(-1);
    double percentage = 0;
    for (const GraphResult &result : results) {
        throttled = throttled || result.throttledCount > 0 || result.httpStatus == 429;
        if (result.httpStatus == 429) {
            stillThrottled = true;
            retryAfter = std::max(retryAfter, result.retryAfter);
        }
        percentage = std::max(percentage, result.throttleLimitPercentage);
    }
    // 429s the client already waited out and retried slow the pace but need no further pause.
    observe(throttled, stillThrottled ? retryAfter : milliseconds(0), percentage, now);
}

} // namespace Sspr::Graph
