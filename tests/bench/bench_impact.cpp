// Impact preview time on a large store, for the changes an administrator typically stages:
//   bench_impact STORE.sqlite
// Prints each scenario's counts and the time of compute() (first run, then the median of 5).
#include "database.h"
#include "impactservice.h"
#include "policyrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using Sspr::Core::SsprPolicy;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_impact STORE.sqlite\n");
        return 2;
    }
    auto db = Sspr::Store::Database::open(QString::fromLocal8Bit(argv[1]),
                                          Sspr::Store::Database::OpenMode::OpenExisting);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    auto current = Sspr::Store::PolicyRepository(*db.value()).load();
    if (!current) {
        std::fprintf(stderr, "%s\n", qPrintable(current.errorMessage()));
        return 1;
    }
    QSqlQuery q(db.value()->connection());
    q.exec(u"SELECT id FROM groups WHERE display_name = 'Engineering'"_s);
    q.next();
    const QString otherGroup = q.value(0).toString();

    struct Scenario
    {
        const char *name;
        std::function<void(SsprPolicy &)> change;
    };
    const std::vector<Scenario> scenarios = {
        {"methods required 1 -> 2", [](SsprPolicy &p) { p.methodsRequired = 2; }},
        {"scope Selected -> All", [](SsprPolicy &p) { p.enablement = Sspr::Core::SsprEnablement::All; }},
        {"untick Email", [](SsprPolicy &p) { p.email = false; }},
        {"switch group", [&](SsprPolicy &p) { p.groupId = otherGroup; }},
        {"admins off", [](SsprPolicy &p) { p.allowedToUseSspr = false; }},
        {"writeback off", [](SsprPolicy &p) { p.writebackEnabled = false; }},
    };
    Sspr::Services::ImpactService service(*db.value());
    std::printf("%-26s %10s %10s %10s %10s %10s\n", "scenario", "lose", "forced", "without", "first ms", "median ms");
    std::vector<double> all;
    for (const Scenario &s : scenarios) {
        SsprPolicy staged = current.value();
        s.change(staged);
        std::vector<double> times;
        Sspr::Services::ImpactService::Impact impact;
        for (int i = 0; i < 6; ++i) {
            QElapsedTimer t;
            t.start();
            auto r = service.compute(current.value(), staged);
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.errorMessage()));
                return 1;
            }
            impact = r.value();
        }
        const double first = times.front();
        std::vector<double> rest(times.begin() + 1, times.end());
        std::sort(rest.begin(), rest.end());
        all.insert(all.end(), times.begin(), times.end());
        std::printf("%-26s %10lld %10lld %10lld %10.1f %10.1f\n", s.name, impact.loseReset, impact.forcedToRegister,
                    impact.inScopeWithoutMethods, first, rest[rest.size() / 2]);
    }
    std::printf("users considered: %lld; slowest run %.1f ms\n",
                service.compute(current.value(), current.value())->usersConsidered,
                *std::max_element(all.begin(), all.end()));
    return 0;
}
