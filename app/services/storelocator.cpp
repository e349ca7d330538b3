#include "storelocator.h"

#include "demotenant.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Sspr::Services {

using Core::Error;
using Core::Result;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Services::StoreLocator)
};
} // namespace

bool StoreLocator::isValidProfileName(const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$"_s);
    return re.match(name).hasMatch();
}

QString StoreLocator::resolvePath(const Options &options)
{
    if (!options.dbPath.isEmpty())
        return options.dbPath;
    return Store::profileStorePath(options.profile.isEmpty() ? Store::defaultProfileName() : options.profile);
}

QStringList StoreLocator::profileNames()
{
    const QFileInfo probe(Store::profileStorePath(Store::defaultProfileName()));
    const QFileInfoList files = probe.dir().entryInfoList({u"*.sqlite"_s}, QDir::Files, QDir::Name);
    QStringList names;
    for (const QFileInfo &file : files) {
        if (isValidProfileName(file.completeBaseName()))
            names << file.completeBaseName();
    }
    return names;
}

Result<std::unique_ptr<Store::Database>> StoreLocator::open(const Options &options,
                                                              const std::function<bool(int, int)> &progress)
{
    if (!options.profile.isEmpty() && !isValidProfileName(options.profile))
        return Error {
            Tr::tr("\"%1\" is not a valid profile name: use letters, digits, '.', '_' and '-'.").arg(options.profile)};
    const QString path = resolvePath(options);
    const bool isDefaultDemo = options.dbPath.isEmpty()
        && (options.profile.isEmpty() || options.profile == Store::defaultProfileName());
    const bool mayCreate = isDefaultDemo || options.createIfMissing;
    const bool existed = QFileInfo::exists(path);
    if (!existed && !mayCreate) {
        if (!options.dbPath.isEmpty())
            return Error {Tr::tr("There is no store at %1. Create one with: ssprctl seed --db %1")
                              .arg(QDir::toNativeSeparators(path))};
        return Error {Tr::tr("There is no profile named \"%1\".").arg(options.profile)};
    }
    auto db = Store::Database::open(path, mayCreate ? Store::Database::OpenMode::CreateIfMissing
                                                    : Store::Database::OpenMode::OpenExisting);
    if (!db)
        return db.error();
    if (db.value()->isNew()) {
        const Status seeded = seedDemoTenant(*db.value(), Core::DemoTenantGenerator::kDefaultUserCount,
                                             Core::DemoTenantGenerator::kDefaultSeed, progress);
        if (!seeded) {
            // A half-made file would look like a tenant next time: remove what we created.
            db.value().reset();
            if (!existed) {
                QFile::remove(path);
                QFile::remove(path + u"-wal"_s);
                QFile::remove(path + u"-shm"_s);
            }
            return seeded.error();
        }
    }
    return db;
}

} // namespace Sspr::Services
