#pragma once

#include "result.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;
struct sqlite3;

namespace Sspr::Store {

// Owns one SQLite connection to a store file. Opening checks that the file is an SSPR Console store of a schema we
// know before anything is written to it, so a foreign or damaged file is reported and left as it was.
class Database final
{
public:
    enum class OpenMode {
        OpenExisting,    // the file must exist
        CreateIfMissing, // create it (mode 0600, parent folder 0700) if it does not
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Core::Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode);
    // Opens the same file again on the calling thread (SQLite connections are per thread).
    Core::Result<std::unique_ptr<Database>> openAnother() const;

    QString path() const { return m_path; }
    bool isNew() const { return m_created; }
    QSqlDatabase &connection() { return m_db; }
    // SQLite's own handle behind the Qt connection, for the few bulk paths (seed, impact scans) where Qt's per-row
    // overhead dominates. Null if the driver does not expose it.
    sqlite3 *rawHandle();
    int schemaVersion() const;

    // Runs fn inside one transaction: committed when it returns ok, rolled back otherwise.
    Core::Status transaction(const std::function<Core::Status()> &fn);

    // A prepared statement on this connection; errors come back as Error with the driver's text.
    Core::Result<QSqlQuery> prepare(const QString &sql);
    Core::Status exec(QSqlQuery &query);
    Core::Status exec(const QString &sql);

    // Row counts of every table (the `db info` view).
    Core::Result<QList<QPair<QString, qint64>>> tableCounts();
    QString metaValue(const QString &key) const;
    Core::Status setMetaValue(const QString &key, const QString &value);

    static QString errorText(const QSqlQuery &query);
    // A QString for a NOT NULL text column: a default-constructed (null) QString would bind as SQL NULL.
    static QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

private:
    Database(QString path, QString connectionName);
    Core::Status initialise(bool created);
    Core::Status migrate();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_created = false;
};

// The default store of a profile: <AppDataLocation>/profiles/<name>.sqlite.
QString profileStorePath(const QString &profile);
QString defaultProfileName();

} // namespace Sspr::Store
