#pragma once

#include "result.h"

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Sspr::Store {

class Database;

// One prepared statement on SQLite's own handle of a store connection (Database::rawHandle()), for the bulk paths
// where QSqlQuery's per-row cost (QVariant binding, result caching) dominates: import planning, journaling and
// applying. Prepared once, reset and rebound per row; finalized with the object. Text is bound and read as UTF-16,
// so a QString crosses without conversion.
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Prepares once; later calls with a prepared statement do nothing.
    Core::Status prepare(Database &db, const char *sql);
    bool isPrepared() const { return m_statement != nullptr; }

    // Binding starts a new execution: the previous one is reset first. Indexes are 1-based, as in SQLite.
    void bind(int index, const QString &text); // a null QString binds '' (the columns are NOT NULL)
    void bind(int index, qint64 value);
    void bindNull(int index);

    // Runs to the next row: true while there is one; a failure is reported through error().
    bool next();
    // Runs a statement that returns no rows.
    Core::Status exec();
    Core::Status error() const;
    // Ends the current execution (releases what a partly read result holds).
    void finish();
    int changes() const;

    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    void startBinding();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_lastStep = 0;
    bool m_bound = false;
};

} // namespace Sspr::Store
