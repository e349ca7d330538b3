#include "sqlitestatement.h"

#include "database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace Sspr::Store {

using Core::Error;
using Core::Status;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Store::SqliteStatement)
};
} // namespace

SqliteStatement::~SqliteStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Status SqliteStatement::prepare(Database &db, const char *sql)
{
    if (m_statement)
        return {};
    m_db = db.rawHandle();
    if (!m_db)
        return Error {Tr::tr("The SQLite driver does not expose its connection; bulk writes are unavailable.")};
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_statement = nullptr;
        return Error {message};
    }
    return {};
}

void SqliteStatement::startBinding()
{
    if (!m_bound) {
        sqlite3_reset(m_statement);
        m_bound = true;
    }
}

void SqliteStatement::bind(int index, const QString &text)
{
    startBinding();
    static const char16_t empty[] = u"";
    const void *data = text.isNull() ? static_cast<const void *>(empty) : static_cast<const void *>(text.utf16());
    sqlite3_bind_text16(m_statement, index, data, int(text.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value)
{
    startBinding();
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    startBinding();
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    if (!m_bound && (m_lastStep == SQLITE_DONE || m_lastStep == SQLITE_ERROR))
        sqlite3_reset(m_statement); // a statement without parameters, run again
    m_bound = false;
    m_lastStep = sqlite3_step(m_statement);
    return m_lastStep == SQLITE_ROW;
}

Status SqliteStatement::exec()
{
    if (!m_statement)
        return Error {Tr::tr("The statement is not prepared.")};
    next();
    const Status s = error();
    sqlite3_reset(m_statement);
    m_lastStep = 0;
    return s;
}

Status SqliteStatement::error() const
{
    if (m_lastStep == SQLITE_ROW || m_lastStep == SQLITE_DONE || m_lastStep == 0)
        return {};
    return Error {QString::fromUtf8(sqlite3_errmsg(m_db))};
}

void SqliteStatement::finish()
{
    if (m_statement)
        sqlite3_reset(m_statement);
    m_lastStep = 0;
    m_bound = false;
}

int SqliteStatement::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

QString SqliteStatement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return data ? QString::fromUtf16(data, bytes / 2) : QString();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace Sspr::Store
