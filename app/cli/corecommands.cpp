// The foundation's commands: seed and db info.
#include "cliapp.h"
#include "clicontext.h"

#include "database.h"
#include "demotenant.h"
#include "storelocator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <unistd.h>

namespace Sspr::Cli {

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Cli)
};

constexpr int kMaxSeedUsers = 10'000'000;

qint64 storeSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

int runSeed(CliContext &ctx)
{
    if (!ctx.positional().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("seed takes no arguments, only --users N and --seed S"));
    bool ok = true;
    int users = Core::DemoTenantGenerator::kDefaultUserCount;
    if (ctx.parser().isSet(u"users"_s)) {
        users = ctx.parser().value(u"users"_s).toInt(&ok);
        if (!ok || users < 1 || users > kMaxSeedUsers)
            return ctx.fail(ExitUsage, Tr::tr("--users must be a whole number from 1 to %1").arg(kMaxSeedUsers));
    }
    quint64 seed = Core::DemoTenantGenerator::kDefaultSeed;
    if (ctx.parser().isSet(u"seed"_s)) {
        seed = ctx.parser().value(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return ctx.fail(ExitUsage, Tr::tr("--seed must be a non-negative whole number"));
    }
    const auto options = ctx.storeOptions();
    if (!options.profile.isEmpty() && !Services::StoreLocator::isValidProfileName(options.profile))
        return ctx.fail(ExitUsage, Tr::tr("\"%1\" is not a valid profile name").arg(options.profile));
    const QString path = Services::StoreLocator::resolvePath(options);
    const bool existed = QFileInfo::exists(path);
    auto db = Store::Database::open(path, Store::Database::OpenMode::CreateIfMissing);
    if (!db)
        return ctx.fail(ExitFailure, db.errorMessage());

    const bool interactive = ::isatty(STDERR_FILENO);
    QElapsedTimer timer;
    timer.start();
    auto progress = [&](int done, int total) {
        if (interactive) {
            ctx.err() << Tr::tr("\rGenerating users: %1 of %2").arg(done).arg(total);
            ctx.err().flush();
        }
        return true;
    };
    const Core::Status status = Services::seedDemoTenant(*db.value(), users, seed, progress);
    if (interactive)
        ctx.err() << Qt::endl;
    if (!status) {
        db.value().reset();
        if (!existed) {
            QFile::remove(path);
            QFile::remove(path + u"-wal"_s);
            QFile::remove(path + u"-shm"_s);
        }
        return ctx.fail(ExitFailure, status.errorMessage());
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    db.value()->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    const qint64 bytes = storeSize(path);
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{u"path"_s, QFileInfo(path).absoluteFilePath()},
                                  {u"users"_s, users},
                                  {u"seed"_s, QString::number(seed)},
                                  {u"seconds"_s, seconds},
                                  {u"bytes"_s, bytes}});
    } else {
        ctx.out() << Tr::tr("Seeded %1 users into %2 in %3 s (%4 MB).")
                         .arg(users)
                         .arg(QFileInfo(path).absoluteFilePath())
                         .arg(seconds, 0, 'f', 1)
                         .arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1)
                  << Qt::endl;
    }
    return ExitOk;
}

int runDbInfo(CliContext &ctx)
{
    if (!ctx.positional().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("db info takes no arguments"));
    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    auto counts = db->tableCounts();
    if (!counts)
        return ctx.fail(ExitFailure, counts.errorMessage());
    QSqlQuery tenant(db->connection());
    QString tenantName, kind;
    if (tenant.exec(u"SELECT name, kind FROM tenant WHERE id = 1"_s) && tenant.next()) {
        tenantName = tenant.value(0).toString();
        kind = tenant.value(1).toString();
    }
    const qint64 bytes = storeSize(db->path());
    if (ctx.json()) {
        QJsonObject tables;
        for (const auto &[name, count] : counts.value())
            tables.insert(name, count);
        ctx.printJson(QJsonObject{{u"path"_s, db->path()},
                                  {u"schemaVersion"_s, db->schemaVersion()},
                                  {u"tenant"_s, tenantName},
                                  {u"kind"_s, kind},
                                  {u"bytes"_s, bytes},
                                  {u"tables"_s, tables}});
        return ExitOk;
    }
    ctx.out() << Tr::tr("Store:          %1").arg(db->path()) << Qt::endl;
    ctx.out() << Tr::tr("Schema version: %1").arg(db->schemaVersion()) << Qt::endl;
    ctx.out() << Tr::tr("Tenant:         %1 (%2)").arg(tenantName, kind) << Qt::endl;
    ctx.out() << Tr::tr("Size:           %1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1) << Qt::endl;
    ctx.out() << Tr::tr("Rows per table:") << Qt::endl;
    for (const auto &[name, count] : counts.value())
        ctx.out() << u"  "_s << name.leftJustified(24) << u' ' << count << Qt::endl;
    return ExitOk;
}
} // namespace

void registerCoreCommands(QList<Command> &commands)
{
    commands.append({{u"seed"_s}, {}, Tr::tr("Generate the deterministic demo tenant into a new store."),
        {QCommandLineOption(u"users"_s, Tr::tr("Number of users (default 2000)."), u"N"_s),
            QCommandLineOption(u"seed"_s, Tr::tr("Random seed; the same seed gives the same tenant."), u"S"_s)},
        runSeed});
    commands.append(
        {{u"db"_s, u"info"_s}, {}, Tr::tr("Show the store's schema version and row counts."), {}, runDbInfo});
}

} // namespace Sspr::Cli
