// Search-as-you-type latency on a large store: every keystroke of a realistic query set, first page of 50 rows.
//   bench_search STORE.sqlite [--sqlite3 /usr/bin/sqlite3]
// Prints p50/p95/p99/max per query class and overall, and (with --sqlite3) the same SQL timed by the sqlite3 shell.
#include "database.h"
#include "random.h"
#include "userdirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
struct Sample
{
    QString cls;
    QString text;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_search STORE.sqlite\n");
        return 2;
    }
    auto db = Sspr::Store::Database::open(args.at(1), Sspr::Store::Database::OpenMode::OpenExisting);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    Sspr::Store::Database &d = *db.value();
    QSqlQuery q(d.connection());
    q.exec(u"SELECT count(*) FROM users"_s);
    q.next();
    const qint64 users = q.value(0).toLongLong();

    // Realistic queries from the data itself: 40 users picked at a fixed stride.
    std::vector<Sample> queries;
    Sspr::Core::Random random(7);
    for (int i = 0; i < 40; ++i) {
        const qint64 uid = 1 + qint64(random.next() % quint64(users));
        QSqlQuery u(d.connection());
        u.prepare(u"SELECT given_name, surname, upn, (SELECT value FROM user_methods WHERE uid = users.uid AND "
                  "phone_digits IS NOT NULL LIMIT 1) FROM users WHERE uid = ?"_s);
        u.bindValue(0, uid);
        if (!u.exec() || !u.next())
            continue;
        const QString given = u.value(0).toString();
        const QString surname = u.value(1).toString();
        const QString upn = u.value(2).toString();
        const QString phone = u.value(3).toString();
        switch (i % 5) {
        case 0:
            queries.push_back({u"name prefix"_s, given});
            break;
        case 1:
            queries.push_back({u"full name"_s, given + u' ' + surname});
            break;
        case 2:
            queries.push_back({u"surname prefix"_s, surname.left(6)});
            break;
        case 3:
            queries.push_back({u"UPN fragment"_s, upn.left(upn.indexOf(u'@')).left(12)});
            break;
        case 4:
            if (!phone.isEmpty()) {
                const QString digits = phone.mid(phone.indexOf(u' ') + 1);
                queries.push_back({u"phone digits"_s, digits.right(7)});
                queries.push_back({u"phone formatted"_s, phone.left(8) + u'-' + phone.mid(8)});
            }
            break;
        }
    }
    queries.push_back({u"no match"_s, u"zzqxv"_s});
    queries.push_back({u"no match"_s, u"99999999999"_s});
    queries.push_back({u"hostile"_s, u"\"a* OR NEAR(b c) ^d:*"_s});

    Sspr::Store::UserDirectory directory(d);
    std::map<QString, std::vector<double>> byClass;
    std::vector<double> all;
    int keystrokes = 0;
    for (const Sample &s : queries) {
        // Every keystroke: the prefix typed so far.
        for (int n = 1; n <= s.text.size(); ++n) {
            Sspr::Store::UserFilter filter;
            filter.text = s.text.left(n);
            QElapsedTimer t;
            t.start();
            auto page = directory.page(filter, {}, 50);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (!page) {
                std::fprintf(stderr, "query failed: %s\n", qPrintable(page.errorMessage()));
                return 1;
            }
            if (ms > 40.0 && qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                std::fprintf(stderr, "slow: %.1f ms for \"%s\"\n", ms, qPrintable(filter.text));
            byClass[s.cls].push_back(ms);
            all.push_back(ms);
            ++keystrokes;
        }
    }
    QTextStream out(stdout);
    out << "store: " << args.at(1) << " (" << users << " users), " << keystrokes << " keystrokes\n";
    out << QString::asprintf("%-18s %6s %8s %8s %8s %8s\n", "class", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
    for (const auto &[cls, v] : byClass)
        out << QString::asprintf("%-18s %6zu %8.2f %8.2f %8.2f %8.2f\n", qPrintable(cls), v.size(), percentile(v, .5),
                                 percentile(v, .95), percentile(v, .99), *std::max_element(v.begin(), v.end()));
    out << QString::asprintf("%-18s %6zu %8.2f %8.2f %8.2f %8.2f\n", "ALL", all.size(), percentile(all, .5),
                             percentile(all, .95), percentile(all, .99), *std::max_element(all.begin(), all.end()));

    // Browser filters without text: first page, and the total the page shows once counted (on a worker thread).
    {
        using F = Sspr::Store::UserFilter;
        struct FilterCase
        {
            const char *name;
            std::function<void(F &)> set;
        };
        // Scope and registration as the demo policy resolves them: Selected with groups 1, 2 and 11; email,
        // mobile and Authenticator qualify, one required.
        auto policyLike = [](F &f) {
            f.scope = F::Scope::Groups;
            f.scopeGroupIds = {1, 2, 11};
            f.registeredMethodBits = {1, 8, 16};
            f.requiredMethods = 1;
        };
        const std::vector<FilterCase> cases = {
            {"all users", [](F &) {}},
            {"in SSPR scope", [&](F &f) { policyLike(f); f.inSsprScope = F::Tri::Yes; }},
            {"not registered", [&](F &f) { policyLike(f); f.ssprRegistered = F::Tri::No; }},
            {"admins", [](F &f) { f.adminsOnly = true; }},
            {"disabled", [](F &f) { f.disabledOnly = true; }},
            {"no usable method", [](F &f) { f.noMethodsOnly = true; }},
            {"shared number", [](F &f) { f.sharedNumberOnly = true; }},
            {"sort by country", [](F &f) { f.sortColumn = F::SortColumn::Country; }},
        };
        out << QString::asprintf("%-18s %12s %12s %10s\n", "filter", "page ms", "count ms", "total");
        for (const FilterCase &c : cases) {
            F filter;
            c.set(filter);
            QElapsedTimer t;
            t.start();
            auto page = directory.page(filter, {}, 100);
            const double pageMs = double(t.nsecsElapsed()) / 1e6;
            t.restart();
            auto total = directory.count(filter);
            const double countMs = double(t.nsecsElapsed()) / 1e6;
            out << QString::asprintf("%-18s %12.2f %12.2f %10lld\n", c.name, pageMs, countMs,
                                     total ? total.value() : -1LL);
        }
        out.flush();
    }

    // The same first-page SQL run by the sqlite3 shell on the same file, for the ratio.
    const int shellAt = int(args.indexOf(u"--sqlite3"_s));
    if (shellAt > 0 && shellAt + 1 < args.size()) {
        QString script = u".timer on\n"_s;
        int count = 0;
        for (const Sample &s : queries) {
            if (s.cls != u"name prefix"_s && s.cls != u"full name"_s)
                continue;
            QStringList parts;
            for (const QString &w : s.text.split(u' ', Qt::SkipEmptyParts))
                parts << u"\"\""_s + w.toCaseFolded() + u"\"\"*"_s;
            script += u"SELECT u.uid, u.sort_key, u.display_name, u.upn, u.mail, u.department, u.country, "
                      "u.usage_location, u.admin_roles, u.account_enabled, u.method_mask FROM users_fts f JOIN users "
                      "u ON u.sort_key = f.rowid WHERE users_fts MATCH '"_s
                + parts.join(u" AND "_s).replace(u"\"\""_s, u"\""_s) + u"' ORDER BY f.rowid ASC LIMIT 50;\n"_s;
            ++count;
        }
        QProcess shell;
        shell.start(args.at(shellAt + 1), {args.at(1)});
        shell.write(script.toUtf8());
        shell.closeWriteChannel();
        shell.waitForFinished(120000);
        const QString text = QString::fromUtf8(shell.readAllStandardOutput());
        std::vector<double> shellMs;
        for (const QString &line : text.split(u'\n')) {
            if (line.startsWith(u"Run Time: real "_s))
                shellMs.push_back(line.mid(15).section(u' ', 0, 0).toDouble() * 1000.0);
        }
        std::vector<double> ours;
        for (const auto &cls : {u"name prefix"_s, u"full name"_s}) {
            // The whole text of each query, typed completely: the last keystroke.
            for (const Sample &s : queries) {
                if (s.cls != cls)
                    continue;
                Sspr::Store::UserFilter filter;
                filter.text = s.text;
                QElapsedTimer t;
                t.start();
                directory.page(filter, {}, 50);
                ours.push_back(double(t.nsecsElapsed()) / 1e6);
            }
        }
        const double shellP50 = percentile(shellMs, .5);
        const double oursP50 = percentile(ours, .5);
        out << QString::asprintf("sqlite3 shell, %d whole queries: p50 %.2f ms; ours p50 %.2f ms; ratio %.2f\n", count,
                                 shellP50, oursP50, shellP50 > 0 ? oursP50 / shellP50 : 0.0);
    }
    return 0;
}
