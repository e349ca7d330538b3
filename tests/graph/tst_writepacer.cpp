#include "writepacer.h"

#include <QTest>

#include <deque>

using namespace Qt::StringLiterals;
using namespace Sspr::Graph;
using std::chrono::milliseconds;
using std::chrono::seconds;
using Clock = WritePacer::Clock;

namespace {

// The server side of the simulation: Graph's write quota as a token bucket (capacity = quota, refilled over the
// window), answering 429 with Retry-After for the writes that do not fit, and reporting the used share over 80 %.
struct SimulatedQuota
{
    double capacity;
    double ratePerMs;
    double tokens;
    Clock::time_point last;

    SimulatedQuota(int writes, milliseconds window, Clock::time_point start)
        : capacity(writes)
        , ratePerMs(double(writes) / double(window.count()))
        , tokens(writes)
        , last(start)
    { }

    // Returns how many of `writes` were throttled; sets retryAfter and the used share.
    int take(int writes, Clock::time_point now, milliseconds &retryAfter, double &percentage)
    {
        tokens = std::min(capacity, tokens + std::chrono::duration<double, std::milli>(now - last).count() * ratePerMs);
        last = now;
        int throttled = 0;
        for (int i = 0; i < writes; ++i) {
            if (tokens >= 1)
                tokens -= 1;
            else
                ++throttled;
        }
        retryAfter = milliseconds(throttled ? qint64(std::ceil((1 - tokens) / ratePerMs / 1000.0)) * 1000 : -1);
        const double used = 1.0 - tokens / capacity;
        percentage = used > 0.8 ? used : 0;
        return throttled;
    }
};

struct RunFigures
{
    qint64 writes = 0;
    qint64 throttled = 0;
    int maxInAnyWindow = 0;
    double seconds = 0;
};

// Drives batches of 20 writes for `duration` through the pacer against a server quota; throttled writes are resent.
RunFigures simulate(
    WritePacer &pacer, int serverQuota, milliseconds window, milliseconds duration, bool percentageHeader = true)
{
    Clock::time_point now {};
    const Clock::time_point end = now + duration;
    SimulatedQuota server(serverQuota, window, now);
    RunFigures figures;
    std::deque<std::pair<Clock::time_point, int>> sent;
    int inWindow = 0;
    int pending = 0;
    while (now < end) {
        const int batch = pending > 0 ? pending : 20;
        now += pacer.reserve(batch, now);
        milliseconds retryAfter(-1);
        double percentage = 0;
        const int throttled = server.take(batch, now, retryAfter, percentage);
        figures.writes += batch;
        figures.throttled += throttled;
        const int accepted = batch - throttled;
        sent.emplace_back(now, accepted);
        inWindow += accepted;
        while (!sent.empty() && sent.front().first <= now - window) {
            inWindow -= sent.front().second;
            sent.pop_front();
        }
        figures.maxInAnyWindow = std::max(figures.maxInAnyWindow, inWindow);
        pacer.observe(throttled > 0, retryAfter, percentageHeader ? percentage : 0, now);
        pending = throttled;
        now += milliseconds(200); // the round trip of the batch itself
    }
    figures.seconds = std::chrono::duration<double>(duration).count();
    return figures;
}

} // namespace

class TestWritePacer final : public QObject
{
    Q_OBJECT

private slots:
    void defaultQuota_sustainedLoad_justUnderTheQuota();
    void configuredQuota_isHonoured_data();
    void configuredQuota_isHonoured();
    void serverQuotaLowerThanConfigured_adaptsWithFewThrottles();
    void retryAfter_blocksAtLeastThatLong();
    void throttled_halvesThePace_thenRecovers();
    void percentageOver80_slowsInProportion();
    void observeResults_retriedThrottleSlowsWithoutPause();
    void firstBatches_goAtOnce();
};

void TestWritePacer::defaultQuota_sustainedLoad_justUnderTheQuota()
{
    WritePacer pacer;
    const RunFigures figures = simulate(pacer, 3000, seconds(150), std::chrono::minutes(20));
    qInfo("default quota: %lld writes in %.0f s, %lld throttled, at most %d in any 150 s window", figures.writes,
        figures.seconds, figures.throttled, figures.maxInAnyWindow);
    QCOMPARE(figures.throttled, 0);
    QVERIFY(figures.maxInAnyWindow <= 3000);
    // "Just under": at least 85 % of the quota over the run (the percentage header slows it near the top).
    QVERIFY2(figures.writes >= qint64(0.85 * 3000 * 8), qPrintable(QString::number(figures.writes)));
}

void TestWritePacer::configuredQuota_isHonoured_data()
{
    QTest::addColumn<int>("quota");
    QTest::addColumn<int>("windowSeconds");
    QTest::newRow("app+tenant 3000/150 s") << 3000 << 150;
    QTest::newRow("reports 100/20 s") << 100 << 20;
    QTest::newRow("tenant 18000/300 s") << 18000 << 300;
}

void TestWritePacer::configuredQuota_isHonoured()
{
    QFETCH(int, quota);
    QFETCH(int, windowSeconds);
    WritePacer pacer(WritePacer::Quota {quota, seconds(windowSeconds), 0.95, std::min(40, quota / 4)});
    const RunFigures figures = simulate(pacer, quota, seconds(windowSeconds), seconds(windowSeconds * 6));
    qInfo("quota %d/%d s: %lld writes, %lld throttled, at most %d in a window", quota, windowSeconds, figures.writes,
        figures.throttled, figures.maxInAnyWindow);
    QVERIFY(figures.maxInAnyWindow <= quota);
    QVERIFY(double(figures.throttled) <= 0.01 * double(figures.writes));
    QVERIFY(figures.writes >= qint64(0.7 * quota * 6));
}

void TestWritePacer::serverQuotaLowerThanConfigured_adaptsWithFewThrottles()
{
    // Another tool writes too, so only 2,000 of the 3,000 are left for us: the pacer learns it from the answers.
    WritePacer pacer;
    const RunFigures figures = simulate(pacer, 2000, seconds(150), std::chrono::minutes(20));
    const double share = double(figures.throttled) / double(figures.writes);
    qInfo("server quota 2000/150 s: %lld writes, %lld throttled (%.2f %%), at most %d in a window", figures.writes,
        figures.throttled, share * 100, figures.maxInAnyWindow);
    QVERIFY2(share <= 0.01, qPrintable(QString::number(share)));
    QVERIFY(figures.writes >= qint64(0.7 * 2000 * 8));

    // The same without x-ms-throttle-limit-percentage: only the 429s teach it.
    WritePacer blind;
    const RunFigures only429 = simulate(blind, 2000, seconds(150), std::chrono::minutes(20), false);
    const double only429Share = double(only429.throttled) / double(only429.writes);
    qInfo("server quota 2000/150 s, no percentage header: %lld writes, %lld throttled (%.2f %%)", only429.writes,
        only429.throttled, only429Share * 100);
    QVERIFY2(only429Share <= 0.01, qPrintable(QString::number(only429Share)));
    QVERIFY(only429.writes >= qint64(0.7 * 2000 * 8));
}

void TestWritePacer::retryAfter_blocksAtLeastThatLong()
{
    WritePacer pacer;
    const Clock::time_point t0 {};
    QCOMPARE(pacer.reserve(20, t0), milliseconds(0));
    pacer.observe(true, seconds(7), 0, t0);
    QVERIFY(pacer.reserve(20, t0) >= seconds(7));
    // Without a Retry-After, a 429 still pauses.
    WritePacer other;
    other.observe(true, milliseconds(-1), 0, t0);
    QVERIFY(other.reserve(1, t0) >= seconds(1));
}

void TestWritePacer::throttled_halvesThePace_thenRecovers()
{
    WritePacer pacer;
    const double full = pacer.writesPerSecond();
    QVERIFY(full > 15 && full < 20); // (3000 * 0.95 - 40) / 150 s
    Clock::time_point now {};
    pacer.observe(true, seconds(1), 0, now);
    QCOMPARE(pacer.rateFactor(), 0.5);
    QVERIFY(qAbs(pacer.writesPerSecond() - full / 2) < 1e-9);
    for (int i = 0; i < 10; ++i)
        pacer.observe(false, milliseconds(-1), 0, now += seconds(1));
    QVERIFY(pacer.rateFactor() > 0.6 && pacer.rateFactor() < 1.0);
    for (int i = 0; i < 100; ++i)
        pacer.observe(false, milliseconds(-1), 0, now += seconds(1));
    QCOMPARE(pacer.rateFactor(), 1.0);
}

void TestWritePacer::percentageOver80_slowsInProportion()
{
    WritePacer pacer;
    pacer.observe(false, milliseconds(-1), 1.2, {});
    QVERIFY(pacer.rateFactor() <= 0.8 / 1.2 + 1e-9);
    const double after = pacer.rateFactor();
    pacer.observe(false, milliseconds(-1), 0.85, {});
    QVERIFY(pacer.rateFactor() < after); // still over 80 %: keeps slowing
    WritePacer calm;
    calm.observe(false, milliseconds(-1), 0.5, {});
    QCOMPARE(calm.rateFactor(), 1.0);
}

void TestWritePacer::observeResults_retriedThrottleSlowsWithoutPause()
{
    const Clock::time_point t0 {};
    GraphResult retried;
    retried.httpStatus = 201;
    retried.attempts = 2;
    retried.throttledCount = 1;
    GraphResult clean;
    clean.httpStatus = 201;
    WritePacer pacer;
    pacer.reserve(2, t0);
    pacer.observe(QList<GraphResult> {clean, retried}, t0);
    QCOMPARE(pacer.rateFactor(), 0.5);
    QVERIFY(pacer.reserve(1, t0) < seconds(1));

    GraphResult throttled;
    throttled.httpStatus = 429;
    throttled.retryAfter = seconds(3);
    throttled.throttledCount = 6;
    WritePacer blocked;
    blocked.observe(QList<GraphResult> {clean, throttled}, t0);
    QVERIFY(blocked.reserve(1, t0) >= seconds(3));
}

void TestWritePacer::firstBatches_goAtOnce()
{
    WritePacer pacer;
    const Clock::time_point t0 {};
    QCOMPARE(pacer.reserve(20, t0), milliseconds(0));
    QCOMPARE(pacer.reserve(20, t0), milliseconds(0));
    const milliseconds third = pacer.reserve(20, t0);
    QVERIFY(third > milliseconds(900) && third < milliseconds(1300)); // 20 writes at ~18.7 per second
}

QTEST_GUILESS_MAIN(TestWritePacer)
#include "tst_writepacer.moc"
