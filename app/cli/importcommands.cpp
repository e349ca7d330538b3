// Bulk import from scripts: import phones, import emails, import resume, import list, import show, import cancel.
#include "cliapp.h"
#include "clicontext.h"

#include "auditlog.h"
#include "database.h"
#include "graphimportapplier.h"
#include "importjournal.h"
#include "importplanner.h"
#include "importreport.h"
#include "importrunner.h"
#include "localimportapplier.h"
#include "outboxrepository.h"
#include "phonenumber.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <optional>
#include <unistd.h>

namespace Sspr::Cli {

using Core::CsvColumnMapping;
using Core::CsvColumnRole;
using Services::ImportKind;
using Services::ImportOptions;
using Services::ImportPlan;
using Services::ImportReport;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Cli)
};

constexpr int kProblemsShown = 10;

// Progress on stderr, only for a person at a terminal; scripts get the summary alone.
class ProgressLine
{
public:
    explicit ProgressLine(QTextStream &err)
        : m_err(err)
        , m_interactive(::isatty(STDERR_FILENO))
    {
        m_throttle.start();
    }
    ~ProgressLine() { clear(); }

    void show(const QString &text, bool force = false)
    {
        if (!m_interactive || (!force && m_throttle.elapsed() < 100))
            return;
        m_throttle.restart();
        m_err << u'\r' << text.leftJustified(m_width) << Qt::flush;
        m_width = qMax(m_width, int(text.size()));
    }
    void clear()
    {
        if (m_interactive && m_width > 0)
            m_err << u'\r' << QString(m_width, u' ') << u'\r' << Qt::flush;
        m_width = 0;
    }

private:
    QTextStream &m_err;
    bool m_interactive;
    int m_width = 0;
    QElapsedTimer m_throttle;
};

QString progressText(const Services::ImportProgress &p)
{
    const QLocale locale;
    QString text = Tr::tr("Importing: %1 of %2 rows").arg(locale.toString(p.finished), locale.toString(p.total));
    if (p.rowsPerSecond > 0)
        text += Tr::tr(" · %1 rows/s").arg(locale.toString(qRound64(p.rowsPerSecond)));
    if (p.secondsLeft > 0)
        text += Tr::tr(" · %1 s left").arg(locale.toString(qRound64(p.secondsLeft)));
    return text;
}

// --batch-size N; 0 after printing the usage error.
int batchSizeFrom(CliContext &ctx, int *exitCode)
{
    if (!ctx.parser().isSet(u"batch-size"_s))
        return Services::ImportRunner::kDefaultBatchSize;
    bool ok = false;
    const int n = ctx.parser().value(u"batch-size"_s).toInt(&ok);
    if (!ok || n < 1 || n > Services::ImportRunner::kMaxBatchSize) {
        *exitCode = ctx.fail(ExitUsage,
            Tr::tr("--batch-size must be a whole number from 1 to %1").arg(Services::ImportRunner::kMaxBatchSize));
        return 0;
    }
    return n;
}

// --column ROLE=COLUMN (COLUMN: a 1-based number or a header name; empty unmaps the role).
bool applyColumnOverrides(CliContext &ctx, CsvColumnMapping &mapping, int *exitCode)
{
    const QStringList overrides = ctx.parser().values(u"column"_s);
    for (const QString &entry : overrides) {
        const qsizetype eq = entry.indexOf(u'=');
        const auto role = eq > 0 ? CsvColumnMapping::roleFromKey(entry.left(eq).trimmed()) : std::nullopt;
        if (!role) {
            *exitCode = ctx.fail(ExitUsage,
                Tr::tr("--column takes ROLE=COLUMN with ROLE one of user, mobile, office, alternateMobile, "
                       "alternateEmail, country; not \"%1\"")
                    .arg(entry));
            return false;
        }
        const QString column = entry.mid(eq + 1).trimmed();
        if (column.isEmpty()) {
            mapping.setColumn(*role, -1);
            continue;
        }
        bool isNumber = false;
        int index = column.toInt(&isNumber) - 1;
        if (!isNumber) {
            index = -1;
            const QString wanted = CsvColumnMapping::normalizedHeader(column);
            for (int i = 0; i < mapping.headers().size(); ++i) {
                if (CsvColumnMapping::normalizedHeader(mapping.headers().at(i)) == wanted) {
                    index = i;
                    break;
                }
            }
        }
        if (index < 0 || index >= mapping.columnCount()) {
            *exitCode = ctx.fail(ExitUsage,
                Tr::tr("--column %1: the file has no such column (it has %2 columns)")
                    .arg(entry)
                    .arg(mapping.columnCount()));
            return false;
        }
        mapping.setColumn(*role, index);
    }
    return true;
}

QJsonObject toJson(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString classSentence(const ImportReport::Summary &summary, ImportKind kind)
{
    const QLocale locale;
    QStringList parts;
    for (int c = 0; c < Services::ImportRowClassCount; ++c) {
        const auto rowClass = Services::ImportRowClass(c);
        const qint64 n = summary.classes.value(ImportPlan::classKey(rowClass));
        if (n > 0)
            parts.append(u"%1 %2"_s.arg(ImportPlan::classDisplayName(rowClass, kind).toLower(), locale.toString(n)));
    }
    return parts.join(u" · "_s);
}

struct Outcome
{
    qint64 runId = 0; // 0 for a dry run
    bool dryRun = false;
    bool resumed = false;
    QString state;
    QString sourceName;
    ImportKind kind = ImportKind::Phones;
    ImportReport::Summary summary;
    QList<Store::ImportRowRecord> problems; // failed, cancelled, pending
    QString reportPath;
};

bool isProblem(const Store::ImportRowRecord &row, bool dryRun)
{
    const QString key = ImportReport::outcomeKey(row, dryRun);
    return key == u"failed" || key == u"cancelled" || key == u"pending";
}

int printOutcome(CliContext &ctx, const Outcome &o)
{
    const int code = o.summary.unsuccessful() > 0 ? ExitFailure : ExitOk;
    if (ctx.json()) {
        QJsonArray problems;
        for (const Store::ImportRowRecord &row : o.problems) {
            const QStringList f = ImportReport::fields(row, o.dryRun);
            problems.append(QJsonObject {{u"row"_s, row.line}, {u"user"_s, row.upn}, {u"type"_s, row.methodType},
                {u"value"_s, f.at(3)}, {u"outcome"_s, f.at(5)}, {u"class"_s, row.rowClass}, {u"message"_s, f.at(6)}});
        }
        ctx.printJson(QJsonObject {{u"run"_s, o.runId > 0 ? QJsonValue(o.runId) : QJsonValue()},
            {u"dryRun"_s, o.dryRun}, {u"resumed"_s, o.resumed}, {u"state"_s, o.state}, {u"file"_s, o.sourceName},
            {u"kind"_s, ImportPlan::kindKey(o.kind)}, {u"rows"_s, o.summary.rows},
            {u"classes"_s, toJson(o.summary.classes)}, {u"outcomes"_s, toJson(o.summary.outcomes)},
            {u"report"_s, o.reportPath.isEmpty() ? QJsonValue() : QJsonValue(o.reportPath)},
            {u"problems"_s, problems}});
        return code;
    }
    QTextStream &out = ctx.out();
    const QLocale locale;
    if (o.dryRun)
        out << Tr::tr("Dry run of %1 (%2): nothing was changed.").arg(o.sourceName, ImportPlan::kindKey(o.kind));
    else if (o.resumed)
        out << Tr::tr("Import #%1 of %2 (%3), resumed: %4.")
                   .arg(o.runId)
                   .arg(o.sourceName, ImportPlan::kindKey(o.kind), o.state);
    else
        out << Tr::tr("Import #%1 of %2 (%3): %4.")
                   .arg(o.runId)
                   .arg(o.sourceName, ImportPlan::kindKey(o.kind), o.state);
    out << Qt::endl;
    out << u"  "_s
        << Tr::tr("%n row(s): %1", nullptr, int(qMin<qint64>(o.summary.rows, INT_MAX)))
               .arg(classSentence(o.summary, o.kind))
        << Qt::endl;
    out << u"  "_s
        << (o.dryRun ? Tr::tr("If applied: %1.") : Tr::tr("Result: %1.")).arg(ImportReport::describe(o.summary))
        << Qt::endl;
    if (!o.problems.isEmpty()) {
        out << Tr::tr("Rows not imported (%1):").arg(locale.toString(qint64(o.problems.size()))) << Qt::endl;
        for (qsizetype i = 0; i < o.problems.size() && i < kProblemsShown; ++i) {
            const Store::ImportRowRecord &row = o.problems.at(i);
            const QStringList f = ImportReport::fields(row, o.dryRun);
            out << u"  "_s << Tr::tr("line %1").arg(row.line).leftJustified(10) << u' '
                << (row.upn.isEmpty() ? Tr::tr("(no user)") : row.upn.left(64)) << u": "_s << f.at(6) << Qt::endl;
        }
        if (o.problems.size() > kProblemsShown) {
            out << u"  "_s
                << (o.reportPath.isEmpty() ? Tr::tr("… and %1 more; --report FILE.csv writes every row.")
                                                 .arg(locale.toString(qint64(o.problems.size() - kProblemsShown)))
                                           : Tr::tr("… and %1 more in the report.")
                                                 .arg(locale.toString(qint64(o.problems.size() - kProblemsShown))))
                << Qt::endl;
        }
    }
    if (!o.reportPath.isEmpty())
        out << Tr::tr("Report: %1").arg(o.reportPath) << Qt::endl;
    if (!o.dryRun && o.state != u"completed" && o.state != u"cancelled")
        out << Tr::tr("Resume it with: ssprctl import resume %1").arg(o.runId) << Qt::endl;
    return code;
}

// Applies (or resumes) a journaled run to its end, then reports it.
int finishRun(CliContext &ctx, Store::Database &db, qint64 runId, bool resumed, int batchSize)
{
    // In a Graph profile the rows are queued in the outbox ("ssprctl outbox push" sends them).
    Services::LocalImportApplier local(db, Store::AuditLog::localActor());
    Services::GraphImportApplier graph(db, Store::AuditLog::localActor());
    Services::ImportApplier &applier = Store::OutboxRepository::isGraphProfile(db)
        ? static_cast<Services::ImportApplier &>(graph) : local;
    Services::ImportRunner runner(db, applier);
    if (const Core::Status s = runner.open(runId); !s)
        return ctx.fail(ExitFailure, s.errorMessage());
    runner.setBatchSize(batchSize);
    {
        ProgressLine line(ctx.err());
        const Core::Status s = runner.runToEnd([&line](const Services::ImportProgress &p) {
            line.show(progressText(p));
            return true;
        });
        line.clear();
        if (!s) {
            return ctx.fail(ExitFailure,
                Tr::tr("the import stopped: %1 (nothing of the failed batch was applied; resume with "
                       "\"ssprctl import resume %2\")")
                    .arg(s.errorMessage())
                    .arg(runId));
        }
    }
    Outcome o;
    o.runId = runId;
    o.resumed = resumed;
    o.state = runner.run().state;
    o.sourceName = runner.run().sourceName;
    o.kind = ImportPlan::kindFromKey(runner.run().kind).value_or(ImportKind::Phones);
    const Core::Status s = Store::ImportJournal(db).forEachRow(runId, [&o](const Store::ImportRowRecord &row) {
        ImportReport::add(o.summary, row, false);
        if (isProblem(row, false))
            o.problems.append(row);
        return true;
    });
    if (!s)
        return ctx.fail(ExitFailure, s.errorMessage());
    const QString reportPath = ctx.parser().value(u"report"_s);
    if (!reportPath.isEmpty()) {
        if (const Core::Status w = ImportReport::writeRunFile(db, runId, reportPath); !w)
            return ctx.fail(ExitFailure, w.errorMessage());
        o.reportPath = QFileInfo(reportPath).absoluteFilePath();
    }
    return printOutcome(ctx, o);
}

int runImport(CliContext &ctx, ImportKind kind)
{
    const QStringList args = ctx.positional();
    const QString verb = kind == ImportKind::Phones ? u"import phones"_s : u"import emails"_s;
    if (args.size() != 1)
        return ctx.fail(ExitUsage, Tr::tr("%1 takes one CSV file (- reads standard input)").arg(verb));
    const bool dryRun = ctx.parser().isSet(u"dry-run"_s);

    ImportOptions options;
    options.kind = kind;
    if (ctx.parser().isSet(u"type"_s)) {
        if (kind != ImportKind::Phones)
            return ctx.fail(ExitUsage, Tr::tr("--type applies to import phones only"));
        Core::MethodType type;
        const QString key = ctx.parser().value(u"type"_s);
        if (!Core::methodTypeFromKey(key, &type) || !Core::isPhoneType(type))
            return ctx.fail(ExitUsage, Tr::tr("--type must be mobile, alternateMobile or office, not \"%1\"").arg(key));
        options.phoneType = type;
    }
    if (ctx.parser().isSet(u"region"_s)) {
        if (kind != ImportKind::Phones)
            return ctx.fail(ExitUsage, Tr::tr("--region applies to import phones only"));
        options.defaultRegion = ctx.parser().value(u"region"_s).trimmed().toUpper();
        if (!Core::PhoneNumber::isKnownRegion(options.defaultRegion))
            return ctx.fail(ExitUsage,
                Tr::tr("--region must be a two-letter country code such as US, GB or DE, not \"%1\"")
                    .arg(ctx.parser().value(u"region"_s)));
    }
    if (ctx.parser().isSet(u"existing"_s)) {
        const QString key = ctx.parser().value(u"existing"_s).trimmed().toLower();
        if (key != u"skip" && key != u"overwrite")
            return ctx.fail(ExitUsage, Tr::tr("--existing must be skip or overwrite, not \"%1\"").arg(key));
        options.existing = *ImportPlan::policyFromKey(key);
    }
    options.allowShared = ctx.parser().isSet(u"allow-shared"_s);
    int code = ExitOk;
    const int batchSize = batchSizeFrom(ctx, &code);
    if (batchSize == 0)
        return code;

    // The file first: a file that cannot be imported is refused before the store is opened.
    const QString file = args.constFirst();
    Core::Result<Services::ImportSource> source = Core::Error {};
    if (file == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ctx.fail(ExitUsage, Tr::tr("cannot read standard input"));
        source = Services::ImportSource::fromBytes(in.readAll(), Tr::tr("standard input"));
    } else {
        source = Services::ImportSource::fromFile(file);
    }
    if (!source)
        return ctx.fail(ExitUsage, source.errorMessage());
    CsvColumnMapping mapping = Services::ImportPlanner::detectMapping(source->table, kind);
    if (!applyColumnOverrides(ctx, mapping, &code))
        return code;
    if (const Core::Status s = Services::ImportPlanner::validate(source->table, mapping, options); !s)
        return ctx.fail(ExitUsage, Tr::tr("%1 cannot be imported: %2").arg(source->name, s.errorMessage()));

    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;

    // The same file again while its run is unfinished: resume that run rather than plan it twice.
    if (!dryRun) {
        auto unfinished = Store::ImportJournal(*db).latestUnfinished(source->sha256, ImportPlan::kindKey(kind));
        if (!unfinished)
            return ctx.fail(ExitFailure, unfinished.errorMessage());
        if (unfinished->has_value()) {
            const Store::ImportRunRecord &run = unfinished->value();
            if (run.options != options.toJson(mapping)) {
                return ctx.fail(ExitUsage,
                    Tr::tr("import #%1 of this file is unfinished and used other options; resume it with "
                           "\"ssprctl import resume %1\" or cancel it with \"ssprctl import cancel %1\"")
                        .arg(run.id));
            }
            if (!ctx.json())
                ctx.err() << Tr::tr("Resuming import #%1 of this file (started %2).")
                                 .arg(run.id)
                                 .arg(QLocale().toString(run.createdAt.toLocalTime(), QLocale::ShortFormat))
                          << Qt::endl;
            return finishRun(ctx, *db, run.id, true, batchSize);
        }
    }

    Services::ImportPlanner planner(*db);
    Core::Result<ImportPlan> plan = Core::Error {};
    {
        ProgressLine line(ctx.err());
        planner.setProgress([&line](const QString &phase, qint64 done, qint64 total) {
            line.show(total > 1 ? Tr::tr("Checking: %1 (%2 of %3)").arg(phase).arg(done).arg(total)
                                : Tr::tr("Checking: %1").arg(phase));
            return true;
        });
        plan = planner.plan(source.value(), mapping, options);
    }
    if (!plan)
        return ctx.fail(ExitFailure, plan.errorMessage());

    if (dryRun) {
        Outcome o;
        o.dryRun = true;
        o.state = u"dryRun"_s;
        o.sourceName = source->name;
        o.kind = kind;
        const QList<Store::ImportRowRecord> rows = plan->journalRows();
        for (const Store::ImportRowRecord &row : rows) {
            ImportReport::add(o.summary, row, true);
            if (isProblem(row, true))
                o.problems.append(row);
        }
        const QString reportPath = ctx.parser().value(u"report"_s);
        if (!reportPath.isEmpty()) {
            if (const Core::Status w = ImportReport::writeFile(reportPath, rows, true); !w)
                return ctx.fail(ExitFailure, w.errorMessage());
            o.reportPath = QFileInfo(reportPath).absoluteFilePath();
        }
        return printOutcome(ctx, o);
    }

    auto runId = Services::ImportRunner::createRun(*db, plan.value(), Store::AuditLog::localActor(), u"ssprctl"_s,
        Store::OutboxRepository::isGraphProfile(*db) ? u"graph"_s : u"local"_s);
    if (!runId)
        return ctx.fail(ExitFailure, runId.errorMessage());
    return finishRun(ctx, *db, runId.value(), false, batchSize);
}

int runImportPhones(CliContext &ctx)
{
    return runImport(ctx, ImportKind::Phones);
}

int runImportEmails(CliContext &ctx)
{
    return runImport(ctx, ImportKind::Emails);
}

std::optional<qint64> runIdArgument(CliContext &ctx, const QString &verb, bool required, int *exitCode)
{
    const QStringList args = ctx.positional();
    if (args.size() > 1 || (required && args.isEmpty())) {
        *exitCode = ctx.fail(ExitUsage,
            required ? Tr::tr("%1 takes one run id (see ssprctl import list)").arg(verb)
                     : Tr::tr("%1 takes at most one run id").arg(verb));
        return std::nullopt;
    }
    if (args.isEmpty())
        return qint64(0);
    bool ok = false;
    const qint64 id = QString(args.constFirst()).remove(u'#').toLongLong(&ok);
    if (!ok || id <= 0) {
        *exitCode
            = ctx.fail(ExitUsage, Tr::tr("\"%1\" is not a run id (see ssprctl import list)").arg(args.constFirst()));
        return std::nullopt;
    }
    return id;
}

int runResume(CliContext &ctx)
{
    int code = ExitOk;
    const auto id = runIdArgument(ctx, u"import resume"_s, false, &code);
    if (!id)
        return code;
    const int batchSize = batchSizeFrom(ctx, &code);
    if (batchSize == 0)
        return code;
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    Store::ImportJournal journal(*db);
    qint64 runId = *id;
    if (runId == 0) {
        auto unfinished = journal.latestUnfinished();
        if (!unfinished)
            return ctx.fail(ExitFailure, unfinished.errorMessage());
        if (!unfinished->has_value())
            return ctx.fail(ExitFailure, Tr::tr("there is no unfinished import to resume (see ssprctl import list)"));
        runId = unfinished->value().id;
    } else if (auto run = journal.run(runId); !run) {
        return ctx.fail(ExitFailure, run.errorMessage());
    }
    return finishRun(ctx, *db, runId, true, batchSize);
}

int runShow(CliContext &ctx)
{
    int code = ExitOk;
    const auto id = runIdArgument(ctx, u"import show"_s, true, &code);
    if (!id)
        return code;
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    auto run = Store::ImportJournal(*db).run(*id);
    if (!run)
        return ctx.fail(ExitFailure, run.errorMessage());
    Outcome o;
    o.runId = run->id;
    o.state = run->state;
    o.sourceName = run->sourceName;
    o.kind = ImportPlan::kindFromKey(run->kind).value_or(ImportKind::Phones);
    const Core::Status s = Store::ImportJournal(*db).forEachRow(run->id, [&o](const Store::ImportRowRecord &row) {
        ImportReport::add(o.summary, row, false);
        if (isProblem(row, false))
            o.problems.append(row);
        return true;
    });
    if (!s)
        return ctx.fail(ExitFailure, s.errorMessage());
    const QString reportPath = ctx.parser().value(u"report"_s);
    if (!reportPath.isEmpty()) {
        if (const Core::Status w = ImportReport::writeRunFile(*db, run->id, reportPath); !w)
            return ctx.fail(ExitFailure, w.errorMessage());
        o.reportPath = QFileInfo(reportPath).absoluteFilePath();
    }
    return printOutcome(ctx, o);
}

int runList(CliContext &ctx)
{
    if (!ctx.positional().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("import list takes no arguments"));
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    Store::ImportJournal journal(*db);
    auto runs = journal.runs(50);
    if (!runs)
        return ctx.fail(ExitFailure, runs.errorMessage());
    QJsonArray array;
    const QLocale locale;
    if (!ctx.json() && runs->isEmpty())
        ctx.out() << Tr::tr("No imports yet.") << Qt::endl;
    for (const Store::ImportRunRecord &run : std::as_const(runs.value())) {
        auto counts = journal.counts(run.id);
        if (!counts)
            return ctx.fail(ExitFailure, counts.errorMessage());
        if (ctx.json()) {
            array.append(QJsonObject {{u"run"_s, run.id}, {u"kind"_s, run.kind}, {u"file"_s, run.sourceName},
                {u"state"_s, run.state}, {u"backend"_s, run.backend}, {u"actor"_s, run.actor},
                {u"origin"_s, run.origin}, {u"created"_s, run.createdAt.toUTC().toString(Qt::ISODate)},
                {u"rows"_s, counts->total}, {u"pending"_s, counts->pending}, {u"done"_s, counts->done},
                {u"skipped"_s, counts->skipped}, {u"failed"_s, counts->failed}});
            continue;
        }
        ctx.out() << (u"#"_s + QString::number(run.id)).leftJustified(6) << u' '
                  << locale.toString(run.createdAt.toLocalTime(), QLocale::ShortFormat).leftJustified(18) << u' '
                  << run.kind.leftJustified(7) << u' ' << run.state.leftJustified(10) << u' '
                  << Tr::tr("%1 of %2 rows settled")
                         .arg(locale.toString(counts->finished()), locale.toString(counts->total))
                         .leftJustified(28)
                  << u' ' << run.sourceName << Qt::endl;
    }
    if (ctx.json())
        ctx.printJson(array);
    return ExitOk;
}

int runCancel(CliContext &ctx)
{
    int code = ExitOk;
    const auto id = runIdArgument(ctx, u"import cancel"_s, true, &code);
    if (!id)
        return code;
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    Store::ImportJournal journal(*db);
    auto run = journal.run(*id);
    if (!run)
        return ctx.fail(ExitFailure, run.errorMessage());
    if (run->isFinished())
        return ctx.fail(ExitFailure, Tr::tr("import #%1 is already %2").arg(run->id).arg(run->state));
    if (const Core::Status s = journal.cancelRun(run->id, Tr::tr("Not applied: the import was cancelled.")); !s)
        return ctx.fail(ExitFailure, s.errorMessage());
    if (ctx.json())
        ctx.printJson(QJsonObject {{u"run"_s, run->id}, {u"state"_s, u"cancelled"_s}});
    else
        ctx.out() << Tr::tr("Import #%1 cancelled; rows not yet applied stay unapplied.").arg(run->id) << Qt::endl;
    return ExitOk;
}

} // namespace

void registerImportCommands(QList<Command> &commands)
{
    const QCommandLineOption dryRun(u"dry-run"_s, Tr::tr("Check and report every row; change nothing."));
    const QCommandLineOption report(u"report"_s, Tr::tr("Write the per-row result to FILE.csv."), u"FILE.csv"_s);
    const QCommandLineOption existing(u"existing"_s,
        Tr::tr("A user who already has a different value: skip (default) keeps it, overwrite replaces it."),
        u"skip|overwrite"_s);
    const QCommandLineOption allowShared(u"allow-shared"_s,
        Tr::tr("Also import numbers registered on another account or given to several users (held back by "
               "default)."));
    const QCommandLineOption column(u"column"_s,
        Tr::tr("Use COLUMN (number or header) for ROLE: user, mobile, office, alternateMobile, alternateEmail, "
               "country. Repeatable."),
        u"ROLE=COLUMN"_s);
    const QCommandLineOption batchSize(u"batch-size"_s,
        Tr::tr("Rows applied per transaction (default %1).").arg(Services::ImportRunner::kDefaultBatchSize), u"N"_s);
    const QCommandLineOption type(u"type"_s,
        Tr::tr("Import the phone column as this type: mobile, alternateMobile or office (default: each phone "
               "column as its own type)."),
        u"TYPE"_s);
    const QCommandLineOption region(u"region"_s,
        Tr::tr("Country (e.g. US, GB) for numbers without a country code, when the row has no country and the "
               "user no usage location."),
        u"CC"_s);
    const QString details = Tr::tr(
        "Every row is checked first (unknown users, invalid values, duplicates, shared numbers, Entra's rules), "
        "then the rows that pass are applied in transactions of --batch-size rows, each journaled in the store. "
        "If the run is interrupted (even by kill -9), \"ssprctl import resume\" continues where it stopped, and "
        "importing the same file again resumes its unfinished run. Exit 0 when every row succeeded (added, "
        "updated, unchanged, or kept by --existing skip), 1 when some did not, 2 when the file or the column "
        "mapping cannot be used (nothing is changed).");
    commands.append(
        {{u"import"_s, u"phones"_s}, u"FILE.csv"_s, Tr::tr("Import phone methods for many users from a CSV file."),
            {dryRun, type, region, existing, allowShared, column, report, batchSize}, runImportPhones, details});
    commands.append(
        {{u"import"_s, u"emails"_s}, u"FILE.csv"_s, Tr::tr("Import the email method for many users from a CSV file."),
            {dryRun, existing, column, report, batchSize}, runImportEmails, details});
    commands.append({{u"import"_s, u"resume"_s}, u"[RUN-ID]"_s,
        Tr::tr("Continue an interrupted import (default: the latest unfinished one)."), {report, batchSize}, runResume,
        Tr::tr("Rows already applied are never applied again. Exit codes as for import phones.")});
    commands.append({{u"import"_s, u"list"_s}, {}, Tr::tr("List the imports recorded in the store."), {}, runList,
        Tr::tr("The 50 newest runs: id, start, kind, state and how many rows are settled.")});
    commands.append({{u"import"_s, u"show"_s}, u"RUN-ID"_s, Tr::tr("Summarise an import; --report writes its rows."),
        {report}, runShow, Tr::tr("Exit 0 when every row of the run succeeded, 1 otherwise.")});
    commands.append({{u"import"_s, u"cancel"_s}, u"RUN-ID"_s,
        Tr::tr("Stop an unfinished import for good; rows not yet applied stay unapplied."), {}, runCancel,
        Tr::tr("Rows already applied stay applied; the report lists the others as cancelled.")});
}

} // namespace Sspr::Cli
