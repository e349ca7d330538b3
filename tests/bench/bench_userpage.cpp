// Opening a user page on a large store: what UserDialog::reload() reads for one user (the user with its methods,
// the verdict under the stored policy, every phone method's shared-number check, the group memberships direct and
// inherited), for 200 users picked at random, then for 20 users of the most-shared number (the worst case of the
// shared-number check). Prints p50/p95/max of each part (over both sets) and of the whole page (each set).
//   bench_userpage STORE.sqlite [--users N] [--seed S]
// Issue 4's bar: opening a user page <= 50 ms.
#include "authmethod.h"
#include "database.h"
#include "enrollmentservice.h"
#include "random.h"
#include "userbrowserservice.h"
#include "userdirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_userpage STORE.sqlite [--users N] [--seed S]\n");
        return 2;
    }
    int samples = 200;
    quint64 seed = 4;
    if (const auto at = args.indexOf(u"--users"_s); at > 0 && at + 1 < args.size())
        samples = qMax(1, args.at(at + 1).toInt());
    if (const auto at = args.indexOf(u"--seed"_s); at > 0 && at + 1 < args.size())
        seed = args.at(at + 1).toULongLong();

    auto opened = Sspr::Store::Database::open(args.at(1), Sspr::Store::Database::OpenMode::OpenExisting);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    Sspr::Store::Database &db = *opened.value();
    QSqlQuery q(db.connection());
    q.exec(u"SELECT max(uid), count(*) FROM users"_s);
    q.next();
    const qint64 maxUid = q.value(0).toLongLong();
    const qint64 users = q.value(1).toLongLong();
    if (users == 0) {
        std::fprintf(stderr, "the store has no users\n");
        return 1;
    }

    std::map<QString, std::vector<double>> parts;
    std::vector<double> whole;
    int phones = 0;
    int shared = 0;
    int groups = 0;
    // What UserDialog::reload() reads for one user; false (after printing why) on an error.
    auto openPage = [&](qint64 uid) -> bool {
        QElapsedTimer all;
        all.start();

        QElapsedTimer t;
        t.start();
        auto user = Sspr::Store::UserDirectory(db).user(uid);
        parts[u"1 user + methods"_s].push_back(msSince(t));
        if (!user) {
            std::fprintf(stderr, "uid %lld: %s\n", uid, qPrintable(user.errorMessage()));
            return false;
        }

        t.restart();
        auto verdict = Sspr::Services::UserBrowserService(db).verdict(uid);
        parts[u"2 verdict"_s].push_back(msSince(t));
        if (!verdict) {
            std::fprintf(stderr, "verdict: %s\n", qPrintable(verdict.errorMessage()));
            return false;
        }

        t.restart();
        Sspr::Services::EnrollmentService enrollment(db, {}, u"console"_s);
        for (const Sspr::Core::AuthMethod &m : user->methods) {
            if (!Sspr::Core::isPhoneType(m.type))
                continue;
            ++phones;
            auto with = enrollment.sharedWith(uid, m.value);
            if (!with) {
                std::fprintf(stderr, "sharedWith: %s\n", qPrintable(with.errorMessage()));
                return false;
            }
            shared += with->isEmpty() ? 0 : 1;
        }
        parts[u"3 sharedWith (all phones)"_s].push_back(msSince(t));

        t.restart();
        auto memberships = Sspr::Services::UserBrowserService(db).memberships(uid);
        parts[u"4 memberships"_s].push_back(msSince(t));
        if (!memberships) {
            std::fprintf(stderr, "memberships: %s\n", qPrintable(memberships.errorMessage()));
            return false;
        }
        groups += int(memberships->size());
        whole.push_back(msSince(all));
        return true;
    };

    Sspr::Core::Random random(seed);
    for (int i = 0; i < samples; ++i) {
        if (!openPage(1 + qint64(random.next() % quint64(maxUid))))
            return 1;
    }
    const std::vector<double> randomWhole = whole;

    // The worst case: users whose phone number is on the most accounts (a front-desk number in the demo tenant).
    whole.clear();
    const QString mostShared = u"(SELECT phone_digits FROM user_methods WHERE phone_digits IS NOT NULL "
                               "GROUP BY phone_digits ORDER BY count(*) DESC LIMIT 1)"_s;
    QSqlQuery worst(db.connection());
    worst.exec(u"SELECT uid FROM user_methods WHERE phone_digits = "_s + mostShared + u" LIMIT 20"_s);
    std::vector<qint64> worstUids;
    while (worst.next())
        worstUids.push_back(worst.value(0).toLongLong());
    QSqlQuery sharers(db.connection());
    sharers.exec(u"SELECT count(*) FROM user_methods WHERE phone_digits = "_s + mostShared);
    const qint64 sharerCount = sharers.next() ? sharers.value(0).toLongLong() : 0;
    for (qint64 uid : worstUids) {
        if (!openPage(uid))
            return 1;
    }
    const std::vector<double> worstWhole = whole;

    QTextStream out(stdout);
    out << "store: " << args.at(1) << " (" << users << " users), " << samples << " random users (seed " << seed << "); "
        << phones << " phone methods, " << shared << " shared, " << groups << " memberships\n";
    out << QString::asprintf("%-28s %8s %8s %8s\n", "part", "p50 ms", "p95 ms", "max ms");
    for (const auto &[name, v] : parts)
        out << QString::asprintf("%-28s %8.2f %8.2f %8.2f\n", qPrintable(name), percentile(v, .5), percentile(v, .95),
            *std::max_element(v.begin(), v.end()));
    out << QString::asprintf("%-28s %8.2f %8.2f %8.2f\n", "OPEN USER PAGE, random users", percentile(randomWhole, .5),
        percentile(randomWhole, .95), *std::max_element(randomWhole.begin(), randomWhole.end()));
    if (!worstWhole.empty())
        out << QString::asprintf("%-28s %8.2f %8.2f %8.2f   (%zu users of one number on %lld accounts)\n",
            "OPEN USER PAGE, most shared", percentile(worstWhole, .5), percentile(worstWhole, .95),
            *std::max_element(worstWhole.begin(), worstWhole.end()), worstWhole.size(), sharerCount);
    return 0;
}
