// Bulk import on a large local store: read, map, check (plan), preview, journal, apply and report N rows.
//   ssprctl --db /tmp/bench.sqlite seed --users 200000
//   bench_import /tmp/bench.sqlite [ROWS [BATCH]]    (default 100,000 rows; rows per transaction as ssprctl)
// The store is copied first (the copy is applied to and removed), so the seeded store can be reused. The import
// file is generated from the store's users: mostly new numbers in every common notation, plus the hostile mix a
// real file has (unknown users, invalid numbers, duplicates, shared numbers, rule violations, numbers already set).
// Prints each phase's time and the total; the target is 100,000 rows in at most 20 s.
#include "database.h"
#include "importplanner.h"
#include "importreport.h"
#include "importrunner.h"
#include "importsource.h"
#include "localimportapplier.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace Sspr;

namespace {

struct Phase
{
    const char *name;
    double ms;
    double cpuMs; // CPU time of this process (all threads): what the phase costs on an idle machine
};

double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

QByteArray makeFile(Store::Database &db, int rows)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT u.upn, (SELECT value FROM user_methods m WHERE m.uid = u.uid AND m.type = 'mobile') "
              "FROM users u WHERE u.uid % 2 = 0 ORDER BY u.uid LIMIT ?"_s);
    q.bindValue(0, rows);
    q.exec();
    QByteArray csv = "UPN,Mobile,Country\r\n";
    csv.reserve(rows * 48);
    int i = 0;
    QByteArray previousUpn;
    while (q.next()) {
        // A duplicate row names the user of the line before, so previousUpn is the user each line names.
        const QByteArray upn = q.value(0).toString().toUtf8();
        const QByteArray mobile = q.value(1).toString().toUtf8();
        const int kind = i % 100;
        const QByteArray a = QByteArray::number(200 + (i / 10000) % 700);
        const QByteArray b = QByteArray::number(i % 10000).rightJustified(4, '0');
        QByteArray line;
        if (kind < 3) // unknown user (a typo)
            line = "x" + upn + ",+1 425 " + a + " " + b + ",";
        else if (kind < 5) // not a number
            line = upn + ",+1 425 " + a + ",";
        else if (kind < 7 && !previousUpn.isEmpty()) // the previous user again
            line = previousUpn + ",+1 206 " + a + " " + b + ",";
        else if (kind < 8) // extension on a mobile
            line = upn + ",+1 425 " + a + " " + b + " x12,";
        else if (kind < 9) // the front desk: one number for several users
            line = upn + ",+1 425 555 0199,";
        else if (kind < 12 && !mobile.isEmpty()) // already set
            line = upn + "," + mobile + ",";
        else if (kind < 20) // national format with a country column
            line = upn + ",0170 " + a + b + ",DE";
        else if (kind < 35)
            line = upn + ",(+1) 425-" + a + "-" + b + ",";
        else if (kind < 50)
            line = upn + ",001 425." + a + "." + b + ",";
        else if (kind < 65)
            line = upn + ",\"+1 (425) " + a + " " + b + "\",";
        else
            line = upn + ",+1 425 " + a + " " + b + ",";
        csv += line + "\r\n";
        previousUpn = line.left(line.indexOf(','));
        ++i;
    }
    return csv;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_import STORE.sqlite [ROWS]\n");
        return 2;
    }
    const int rows = argc > 2 ? QByteArray(argv[2]).toInt() : 100000;
    const int batch = argc > 3 ? QByteArray(argv[3]).toInt() : Services::ImportRunner::kDefaultBatchSize;
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"bench.sqlite"_s);
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), copy)) {
        std::fprintf(stderr, "cannot copy %s\n", argv[1]);
        return 1;
    }
    auto opened = Store::Database::open(copy, Store::Database::OpenMode::OpenExisting);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    Store::Database &db = *opened.value();
    const QByteArray bytes = makeFile(db, rows);

    QList<Phase> phases;
    QElapsedTimer total;
    total.start();
    QElapsedTimer t;
    const double cpuStart = cpuMs();
    double cpuLap = cpuStart;
    auto lap = [&](const char *name) {
        const double cpu = cpuMs();
        phases.append({name, double(t.nsecsElapsed()) / 1e6, cpu - cpuLap});
        cpuLap = cpu;
        t.restart();
    };
    auto die = [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    };

    t.start();
    auto source = Services::ImportSource::fromBytes(bytes, u"bench.csv"_s);
    if (!source)
        return die(source.errorMessage());
    lap("read CSV");

    Services::ImportOptions options;
    options.kind = Services::ImportKind::Phones;
    options.defaultRegion = u"US"_s;
    options.existing = Services::ExistingPolicy::Overwrite;
    const auto mapping = Services::ImportPlanner::detectMapping(source->table, options.kind);
    if (auto s = Services::ImportPlanner::validate(source->table, mapping, options); !s)
        return die(s.errorMessage());
    lap("map columns");

    Services::ImportPlanner planner(db);
    QString currentPhase;
    QElapsedTimer phaseTimer;
    phaseTimer.start();
    QList<QPair<QString, double>> planPhases;
    planner.setProgress([&](const QString &phase, qint64, qint64) {
        if (phase != currentPhase) {
            if (!currentPhase.isEmpty())
                planPhases.append({currentPhase, double(phaseTimer.nsecsElapsed()) / 1e6});
            currentPhase = phase;
            phaseTimer.restart();
        }
        return true;
    });
    auto plan = planner.plan(source.value(), mapping, options);
    if (!plan)
        return die(plan.errorMessage());
    lap("check rows (plan)");
    for (const auto &[name, ms] : std::as_const(planPhases))
        std::printf("  plan phase %-28s %7.0f ms\n", qPrintable(name), ms);

    // The preview: every row's outcome and message, the counts, and the dry-run report.
    const QList<Store::ImportRowRecord> preview = plan->journalRows();
    const auto dry = Services::ImportReport::summarize(preview, true);
    QByteArray dryReport;
    {
        QBuffer buffer(&dryReport);
        buffer.open(QIODevice::WriteOnly);
        if (auto s = Services::ImportReport::write(&buffer, preview, true); !s)
            return die(s.errorMessage());
    }
    lap("preview + dry-run report");

    auto runId = Services::ImportRunner::createRun(db, plan.value(), u"bench"_s, u"bench"_s);
    if (!runId)
        return die(runId.errorMessage());
    lap("journal run");

    Services::LocalImportApplier applier(db, u"bench"_s);
    Services::ImportRunner runner(db, applier);
    if (auto s = runner.open(runId.value()); !s)
        return die(s.errorMessage());
    runner.setBatchSize(batch);
    if (auto s = runner.runToEnd(); !s)
        return die(s.errorMessage());
    const double applyMs = double(t.nsecsElapsed()) / 1e6;
    lap("apply");

    QByteArray report;
    {
        QBuffer buffer(&report);
        buffer.open(QIODevice::WriteOnly);
        if (auto s = Services::ImportReport::writeRun(db, runId.value(), &buffer); !s)
            return die(s.errorMessage());
    }
    auto summary = Services::ImportReport::summarizeRun(db, runId.value());
    lap("report");
    const double totalMs = double(total.nsecsElapsed()) / 1e6;

    std::printf("rows in file: %lld (%.1f MB); plan: %s\n", qint64(plan->records), double(bytes.size()) / 1e6,
        qPrintable(Services::ImportReport::describe(dry)));
    for (int c = 0; c < Services::ImportRowClassCount; ++c) {
        const auto rowClass = Services::ImportRowClass(c);
        std::printf("  %-16s %8lld\n", qPrintable(Services::ImportPlan::classKey(rowClass)), plan->count(rowClass));
    }
    std::printf("applied: %s\n", qPrintable(Services::ImportReport::describe(summary.value())));
    std::printf("%-26s %9s %9s\n", "phase", "wall ms", "CPU ms");
    for (const Phase &p : std::as_const(phases))
        std::printf("%-26s %9.0f %9.0f\n", p.name, p.ms, p.cpuMs);
    std::printf("%-26s %9.0f %9.0f   (apply: %.0f rows/s; target: 100,000 rows in <= 20,000 ms)\n", "total", totalMs,
        cpuMs() - cpuStart, double(plan->toApply()) * 1000.0 / applyMs);
    return 0;
}
