#pragma once

#include "graphresult.h"

#include <QList>

#include <chrono>

namespace Sspr::Graph {

// Paces bulk writes (the outbox worker's $batch rounds) to run just under Graph's write quota: 3,000 writes per
// 150 s per app + tenant (graph-facts §8.3), configurable. A token bucket refills at a rate a little under the quota;
// the rate is cut when Graph reports x-ms-throttle-limit-percentage above 0.8 or answers 429 (multiplicative decrease)
// and creeps back up while answers are clean (additive increase), so 429s stay rare (target: at most 1 %).
//
// Use: before each batch, wait reserve(n, now); after it, observe(results, now). Time is passed in, so it is testable.
class WritePacer
{
public:
    using Clock = std::chrono::steady_clock;

    struct Quota
    {
        int writes = 3000;
        std::chrono::milliseconds window {150000};
        double headroom = 0.95; // aim at this share of the quota (other tools may write too)
        int burst = 40; // writes that may go at once after a pause (two full batches)
    };

    WritePacer();
    explicit WritePacer(Quota quota);

    // Reserves `writes` and says how long to wait before sending them. Call once per batch, then send after the delay.
    std::chrono::milliseconds reserve(int writes, Clock::time_point now);

    // What one answer said. throttled: it was a 429; retryAfter < 0 when there was no Retry-After.
    void observe(
        bool throttled, std::chrono::milliseconds retryAfter, double throttleLimitPercentage, Clock::time_point now);
    // One $batch round's results together: throttled if any item was, the longest Retry-After, the highest percentage.
    void observe(const QList<GraphResult> &results, Clock::time_point now);

    double writesPerSecond() const; // the current pace
    double rateFactor() const { return m_factor; } // 1 = full pace; lower after throttling signals

private:
    void refill(Clock::time_point now);
    double ratePerMs() const;

    Quota m_quota;
    double m_baseRatePerMs;
    double m_tokens;
    double m_factor = 1.0;
    Clock::time_point m_last {};
    Clock::time_point m_blockedUntil {};
    bool m_started = false;
};

} // namespace Sspr::Graph
