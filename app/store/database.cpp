#include "database.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Sspr::Store {

using Core::Error;
using Core::Result;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {
const QString kApplicationId = u"ssprconsole"_s;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Store::Database)
};

// Creates the file with owner-only permissions before SQLite sees it, so that no umask can widen them.
Status createPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(u"."_s))
            return Error {Tr::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir.absolutePath()))};
        ::chmod(QFile::encodeName(dir.absolutePath()).constData(), 0700);
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error {Tr::tr("Cannot create the store file %1: %2.")
                          .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(strerror(errno)))};
    ::close(fd);
    return {};
}

// The first 16 bytes of every SQLite 3 database.
bool hasSqliteHeader(const QString &path, qint64 *size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *size = file.size();
    if (*size == 0)
        return true;
    const QByteArray header = file.read(16);
    return header == QByteArray("SQLite format 3\0", 16);
}
} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    if (path.isEmpty())
        return Error {Tr::tr("No store file was given.")};
    const QFileInfo info(path);
    bool created = false;
    if (info.exists()) {
        if (info.isDir())
            return Error {Tr::tr("%1 is a folder, not a store file.").arg(QDir::toNativeSeparators(path))};
        if (!info.isReadable())
            return Error {Tr::tr("Cannot read %1: permission denied.").arg(QDir::toNativeSeparators(path))};
        qint64 size = 0;
        if (!hasSqliteHeader(path, &size))
            return Error {Tr::tr("%1 is not an SSPR Console store (not an SQLite database). It was left unchanged.")
                              .arg(QDir::toNativeSeparators(path))};
        created = size == 0;
    } else if (mode == OpenMode::OpenExisting) {
        return Error {Tr::tr("There is no store at %1.").arg(QDir::toNativeSeparators(path))};
    } else {
        if (Status s = createPrivateFile(path); !s)
            return s.error();
        created = true;
    }

    const QString name = u"sspr-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), name));
    db->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (!db->m_db.isValid())
        return Error {Tr::tr("The Qt SQLite driver is missing (package libqt6sql6-sqlite).")};
    db->m_db.setDatabaseName(db->m_path);
    db->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db->m_db.open())
        return Error {Tr::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), db->m_db.lastError().text())};
    if (Status s = db->initialise(created); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    return open(m_path, OpenMode::OpenExisting);
}

Status Database::initialise(bool created)
{
    m_created = created;
    const QString shown = QDir::toNativeSeparators(m_path);
    // Read before writing: a damaged or foreign file must not be touched.
    QSqlQuery probe(m_db);
    if (!probe.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
        return Error {Tr::tr("%1 cannot be read as a store: %2. It was left unchanged.").arg(shown, errorText(probe))};
    QStringList tables;
    while (probe.next())
        tables << probe.value(0).toString();
    probe.finish();
    if (!tables.isEmpty()) {
        if (!tables.contains(u"meta"_s))
            return Error {Tr::tr("%1 is an SQLite database of another application. It was left unchanged.").arg(shown)};
        if (metaValue(u"application"_s) != kApplicationId)
            return Error {Tr::tr("%1 is an SQLite database of another application. It was left unchanged.").arg(shown)};
        const int version = schemaVersion();
        if (version > latestSchemaVersion())
            return Error {Tr::tr("%1 was written by a newer SSPR Console (schema %2; this version knows %3). "
                                 "Update the console to open it.")
                              .arg(shown)
                              .arg(version)
                              .arg(latestSchemaVersion())};
    }
    // Owner-only access for stores we recognise (older files may have been created with a wider umask).
    ::chmod(QFile::encodeName(m_path).constData(), 0600);

    QSqlQuery pragma(m_db);
    for (const QString &sql : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA foreign_keys = ON"_s,
                               u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA cache_size = -65536"_s,
                               u"PRAGMA temp_store = MEMORY"_s}) {
        if (!pragma.exec(sql))
            return Error {Tr::tr("Cannot prepare %1: %2").arg(shown, errorText(pragma))};
    }
    return migrate();
}

Status Database::migrate()
{
    const int current = schemaVersion();
    for (const Migration &step : migrations()) {
        if (step.version <= current)
            continue;
        Status s = transaction([&]() -> Status {
            QSqlQuery query(m_db);
            for (const QString &sql : step.statements) {
                if (!query.exec(sql))
                    return Error {Tr::tr("Schema step %1 (%2) failed: %3")
                                      .arg(step.version)
                                      .arg(step.description, errorText(query))};
            }
            if (step.version == 1) {
                if (Status m = setMetaValue(u"application"_s, kApplicationId); !m)
                    return m;
                if (Status m = setMetaValue(u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
                    !m)
                    return m;
            }
            return setMetaValue(u"schema_version"_s, QString::number(step.version));
        });
        if (!s)
            return s;
    }
    return {};
}

sqlite3 *Database::rawHandle()
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

int Database::schemaVersion() const
{
    return metaValue(u"schema_version"_s).toInt();
}

QString Database::metaValue(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM meta WHERE key = :key"_s);
    query.bindValue(u":key"_s, key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

Status Database::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO meta (key, value) VALUES (:key, :value) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.bindValue(u":key"_s, key);
    query.bindValue(u":value"_s, value);
    return exec(query);
}

Status Database::transaction(const std::function<Status()> &fn)
{
    if (!m_db.transaction())
        return Error {Tr::tr("Cannot start a transaction: %1").arg(m_db.lastError().text())};
    Status s = fn();
    if (!s) {
        m_db.rollback();
        return s;
    }
    if (!m_db.commit()) {
        const QString text = m_db.lastError().text();
        m_db.rollback();
        return Error {Tr::tr("Cannot commit the change: %1").arg(text)};
    }
    return {};
}

Result<QSqlQuery> Database::prepare(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return Error{errorText(query)};
    return query;
}

Status Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        return Error{errorText(query)};
    return {};
}

Status Database::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Error{errorText(query)};
    return {};
}

Result<QList<QPair<QString, qint64>>> Database::tableCounts()
{
    // Every table but SQLite's own and the shadow tables behind FTS5 indexes (<index>_data, _idx, ...).
    QSqlQuery tables(m_db);
    if (!tables.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                     "ORDER BY name"_s))
        return Error{errorText(tables)};
    QStringList names;
    QStringList virtualTables;
    while (tables.next()) {
        names << tables.value(0).toString();
        if (tables.value(1).toString().startsWith(u"CREATE VIRTUAL TABLE"_s, Qt::CaseInsensitive))
            virtualTables << tables.value(0).toString() + u'_';
    }
    names.removeIf([&](const QString &name) {
        return std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                           [&](const QString &prefix) { return name.startsWith(prefix); });
    });
    QList<QPair<QString, qint64>> out;
    QSqlQuery count(m_db);
    for (const QString &name : std::as_const(names)) {
        // Table names come from sqlite_master, not from a user; quoting keeps them safe regardless.
        QString quoted = name;
        quoted.replace(u'"', u"\"\""_s);
        if (!count.exec(u"SELECT count(*) FROM \""_s + quoted + u'"') || !count.next())
            return Error{errorText(count)};
        out.append({name, count.value(0).toLongLong()});
    }
    return out;
}

QString Database::errorText(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text;
}

QString defaultProfileName()
{
    return u"demo"_s;
}

QString profileStorePath(const QString &profile)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base + u"/profiles/"_s + profile + u".sqlite"_s;
}

} // namespace Sspr::Store
