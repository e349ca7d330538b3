#include "userdirectory.h"

#include "database.h"
#include "searchterms.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Sspr::Store {

using Core::Error;
using Core::Result;
using namespace Qt::StringLiterals;

namespace {

struct Built
{
    QString sql;
    QVariantList binds;
    bool empty = false; // the text can match nothing: skip the query
};

QString sortColumnSql(UserFilter::SortColumn column)
{
    switch (column) {
    case UserFilter::SortColumn::DisplayName:
        return u"u.sort_key"_s;
    case UserFilter::SortColumn::UserPrincipalName:
        return u"u.upn"_s;
    case UserFilter::SortColumn::Department:
        return u"u.department"_s;
    case UserFilter::SortColumn::Country:
        return u"u.country"_s;
    }
    return u"u.sort_key"_s;
}

QString intList(const QList<qint64> &values)
{
    QStringList parts;
    for (qint64 v : values)
        parts << QString::number(v);
    return parts.join(u',');
}

// Filter conditions. Every value spliced into the SQL is an integer we produced; text is always bound.
QStringList filterConditions(const UserFilter &f)
{
    QStringList where;
    if (f.inSsprScope != UserFilter::Tri::Any) {
        QString scope;
        switch (f.scope) {
        case UserFilter::Scope::None:
            scope = u"0"_s;
            break;
        case UserFilter::Scope::All:
            scope = u"u.user_type = 'Member'"_s;
            break;
        case UserFilter::Scope::Groups:
            scope = f.scopeGroupIds.isEmpty()
                ? u"0"_s
                : u"(u.user_type = 'Member' AND EXISTS (SELECT 1 FROM group_members gm WHERE gm.uid = u.uid AND "
                  "gm.gid IN ("_s
                    + intList(f.scopeGroupIds) + u")))"_s;
            break;
        }
        where << (f.inSsprScope == UserFilter::Tri::Yes ? scope : u"NOT ("_s + scope + u')');
    }
    if (f.ssprRegistered != UserFilter::Tri::Any) {
        QStringList terms;
        for (int bit : f.registeredMethodBits)
            terms << u"((u.method_mask & %1) <> 0)"_s.arg(bit);
        const QString registered = terms.isEmpty() ? u"0"_s
                                                   : u"("_s + terms.join(u" + "_s) + u") >= "_s
                + QString::number(f.requiredMethods);
        where << (f.ssprRegistered == UserFilter::Tri::Yes ? registered : u"NOT ("_s + registered + u')');
    }
    if (f.adminsOnly)
        where << u"u.admin_roles <> ''"_s;
    if (f.disabledOnly)
        where << u"u.account_enabled = 0"_s;
    if (f.noMethodsOnly)
        where << u"u.method_mask = 0"_s;
    if (f.sharedNumberOnly)
        where << u"EXISTS (SELECT 1 FROM user_methods m WHERE m.uid = u.uid AND m.phone_digits IS NOT NULL AND "
                 "EXISTS (SELECT 1 FROM user_methods o WHERE o.phone_digits = m.phone_digits AND o.uid <> m.uid))"_s;
    return where;
}

// FROM clause and text conditions. A search is driven from its FTS index, whose rowid is users.sort_key, so in name
// order the index yields rows already sorted and the query stops at LIMIT.
bool textSource(const UserFilter &f, QString *from, QStringList *where, QVariantList *binds, QString *driver)
{
    const SearchTerms::Query q = SearchTerms::parse(f.text);
    if (q.matchesNothing)
        return false;
    if (!q.nameMatch.isEmpty()) {
        *from = u"users_fts f JOIN users u ON u.sort_key = f.rowid"_s;
        *where << u"users_fts MATCH ?"_s;
        *binds << q.nameMatch;
        *driver = u"f.rowid"_s;
    } else if (!q.phoneMatch.isEmpty()) {
        *from = u"users_phone_fts f JOIN users u ON u.sort_key = f.rowid"_s;
        *where << u"users_phone_fts MATCH ?"_s;
        *binds << q.phoneMatch;
        *driver = u"f.rowid"_s;
    } else {
        *from = u"users u"_s;
        *driver = u"u.sort_key"_s;
    }
    return true;
}

const QString kColumns = u"u.uid, u.sort_key, u.display_name, u.upn, u.mail, u.department, u.country, "
                         "u.usage_location, u.admin_roles, u.account_enabled, u.method_mask"_s;

} // namespace

UserDirectory::UserDirectory(Database &db)
    : m_db(db)
{
}

UserCursor UserDirectory::cursorAfter(const UserFilter &filter, const UserRow &row)
{
    UserCursor cursor;
    cursor.sortKey = row.sortKey;
    switch (filter.sortColumn) {
    case UserFilter::SortColumn::DisplayName:
        break;
    case UserFilter::SortColumn::UserPrincipalName:
        cursor.sortValue = row.userPrincipalName;
        break;
    case UserFilter::SortColumn::Department:
        cursor.sortValue = row.department;
        break;
    case UserFilter::SortColumn::Country:
        cursor.sortValue = row.country;
        break;
    }
    return cursor;
}

Result<QList<UserRow>> UserDirectory::page(const UserFilter &filter, const UserCursor &cursor, int limit)
{
    QString from;
    QString driver;
    QStringList where;
    QVariantList binds;
    if (!textSource(filter, &from, &where, &binds, &driver))
        return QList<UserRow>();
    where << filterConditions(filter);

    const QString dir = filter.descending ? u"DESC"_s : u"ASC"_s;
    const QString cmp = filter.descending ? u"<"_s : u">"_s;
    QString order;
    if (filter.sortColumn == UserFilter::SortColumn::DisplayName) {
        if (!cursor.isStart()) {
            where << driver + u' ' + cmp + u" ?"_s;
            binds << cursor.sortKey;
        }
        order = driver + u' ' + dir;
    } else {
        const QString column = sortColumnSql(filter.sortColumn);
        if (!cursor.isStart()) {
            where << u"("_s + column + u", u.sort_key) "_s + cmp + u" (?, ?)"_s;
            binds << cursor.sortValue << cursor.sortKey;
        }
        order = column + u' ' + dir + u", u.sort_key "_s + dir;
    }
    QString sql = u"SELECT "_s + kColumns + u" FROM "_s + from;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY "_s + order + u" LIMIT "_s + QString::number(qBound(1, limit, 10000));

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error{Database::errorText(q)};
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return Error{Database::errorText(q)};
    QList<UserRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        UserRow row;
        row.uid = q.value(0).toLongLong();
        row.sortKey = q.value(1).toLongLong();
        row.displayName = q.value(2).toString();
        row.userPrincipalName = q.value(3).toString();
        row.mail = q.value(4).toString();
        row.department = q.value(5).toString();
        row.country = q.value(6).toString();
        row.usageLocation = q.value(7).toString();
        row.adminRoles = q.value(8).toString();
        row.accountEnabled = q.value(9).toBool();
        row.methodMask = q.value(10).toInt();
        rows.append(row);
    }
    return rows;
}

Result<qint64> UserDirectory::count(const UserFilter &filter)
{
    QString from;
    QString driver;
    QStringList where;
    QVariantList binds;
    if (!textSource(filter, &from, &where, &binds, &driver))
        return qint64(0);
    const QStringList conditions = filterConditions(filter);
    QString sql;
    if (conditions.isEmpty() && from != u"users u"_s) {
        // Text only: count in the index, without touching the users table.
        sql = from.startsWith(u"users_fts"_s) ? u"SELECT count(*) FROM users_fts WHERE users_fts MATCH ?"_s
                                               : u"SELECT count(*) FROM users_phone_fts WHERE users_phone_fts MATCH ?"_s;
    } else {
        where << conditions;
        sql = u"SELECT count(*) FROM "_s + from;
        if (!where.isEmpty())
            sql += u" WHERE "_s + where.join(u" AND "_s);
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error{Database::errorText(q)};
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec() || !q.next())
        return Error{Database::errorText(q)};
    return q.value(0).toLongLong();
}

Result<QList<qint64>> UserDirectory::expandNestedGroups(const QList<qint64> &gids)
{
    if (gids.isEmpty())
        return QList<qint64>();
    QSqlQuery q(m_db.connection());
    const QString sql = u"WITH RECURSIVE closure(gid) AS (SELECT gid FROM groups WHERE gid IN ("_s + intList(gids)
        + u") UNION SELECT n.child_gid FROM group_nesting n JOIN closure c ON n.parent_gid = c.gid) "
          "SELECT gid FROM closure ORDER BY gid"_s;
    if (!q.exec(sql))
        return Error{Database::errorText(q)};
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<qint64> UserDirectory::groupIdFor(const QString &graphId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT gid FROM groups WHERE id = ?"_s);
    q.bindValue(0, graphId);
    if (!q.exec())
        return Error{Database::errorText(q)};
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> UserDirectory::uidForUpn(const QString &upn)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT uid FROM users WHERE upn = ?"_s);
    q.bindValue(0, upn.trimmed());
    if (!q.exec())
        return Error{Database::errorText(q)};
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<Core::UserRecord> UserDirectory::user(qint64 uid)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, upn, display_name, given_name, surname, mail, mobile_phone, business_phones, other_mails, "
              "usage_location, country, department, job_title, account_enabled, on_prem_sync, user_type, admin_roles "
              "FROM users WHERE uid = ?"_s);
    q.bindValue(0, uid);
    if (!q.exec())
        return Error{Database::errorText(q)};
    if (!q.next())
        return Error{QCoreApplication::translate("Sspr::Store::UserDirectory", "The user no longer exists.")};
    Core::UserRecord u;
    int c = 0;
    u.id = q.value(c++).toString();
    u.userPrincipalName = q.value(c++).toString();
    u.displayName = q.value(c++).toString();
    u.givenName = q.value(c++).toString();
    u.surname = q.value(c++).toString();
    u.mail = q.value(c++).toString();
    u.mobilePhone = q.value(c++).toString();
    u.businessPhones = q.value(c++).toString().split(u'\n', Qt::SkipEmptyParts);
    u.otherMails = q.value(c++).toString().split(u'\n', Qt::SkipEmptyParts);
    u.usageLocation = q.value(c++).toString();
    u.country = q.value(c++).toString();
    u.department = q.value(c++).toString();
    u.jobTitle = q.value(c++).toString();
    u.accountEnabled = q.value(c++).toBool();
    u.onPremisesSynced = q.value(c++).toBool();
    u.userType = q.value(c++).toString();
    u.adminRoles = q.value(c++).toString().split(u'\n', Qt::SkipEmptyParts);

    QSqlQuery m(m_db.connection());
    m.prepare(u"SELECT id, type, value, detail, created_at, usable, unusable_reason FROM user_methods WHERE uid = ? "
              "ORDER BY mid"_s);
    m.bindValue(0, uid);
    if (!m.exec())
        return Error{Database::errorText(m)};
    while (m.next()) {
        Core::AuthMethod method;
        method.id = m.value(0).toString();
        if (!Core::methodTypeFromKey(m.value(1).toString(), &method.type))
            continue; // a kind this version does not know: left out rather than misread
        method.value = m.value(2).toString();
        method.detail = m.value(3).toString();
        method.createdAt = QDateTime::fromString(m.value(4).toString(), Qt::ISODate);
        method.usable = m.value(5).toBool();
        method.unusableReason = m.value(6).toString();
        u.methods.append(method);
    }
    return u;
}

} // namespace Sspr::Store
