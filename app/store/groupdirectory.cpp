#include "groupdirectory.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Sspr::Store {

using Core::Error;
using Core::Result;
using namespace Qt::StringLiterals;

namespace {

const QString kColumns = u"g.gid, g.id, g.display_name, g.description, g.mail_nickname, g.security_enabled, "
                         "(SELECT COUNT(*) FROM group_members m WHERE m.gid = g.gid)"_s;

GroupRow rowFrom(const QSqlQuery &q)
{
    GroupRow row;
    row.gid = q.value(0).toLongLong();
    row.id = q.value(1).toString();
    row.displayName = q.value(2).toString();
    row.description = q.value(3).toString();
    row.mailNickname = q.value(4).toString();
    row.securityEnabled = q.value(5).toBool();
    row.directMembers = q.value(6).toLongLong();
    return row;
}

QString escapeLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return escaped;
}

// The groups below `gid` (itself included), nesting followed to any depth; UNION stops at cycles.
const QString kClosure = u"WITH RECURSIVE closure(gid) AS (SELECT :gid UNION "
                         "SELECT n.child_gid FROM group_nesting n JOIN closure c ON n.parent_gid = c.gid) "_s;

} // namespace

GroupDirectory::GroupDirectory(Database &db)
    : m_db(db)
{ }

QString GroupDirectory::containsPattern(const QString &text)
{
    return u'%' + escapeLike(text) + u'%';
}

Result<QList<GroupRow>> GroupDirectory::search(const QString &text, int limit)
{
    const QString typed = text.trimmed();
    QSqlQuery q(m_db.connection());
    if (typed.isEmpty()) {
        q.prepare(
            u"SELECT "_s + kColumns + u" FROM groups g ORDER BY g.display_name COLLATE NOCASE, g.gid LIMIT :limit"_s);
    } else {
        q.prepare(u"SELECT "_s + kColumns
            + u" FROM groups g WHERE g.display_name LIKE :p ESCAPE '\\' OR g.mail_nickname LIKE :p ESCAPE '\\' "
              "ORDER BY (g.display_name LIKE :prefix ESCAPE '\\') DESC, g.display_name COLLATE NOCASE, g.gid "
              "LIMIT :limit"_s);
        q.bindValue(u":p"_s, containsPattern(typed));
        q.bindValue(u":prefix"_s, escapeLike(typed) + u'%');
    }
    q.bindValue(u":limit"_s, qBound(1, limit, 100000));
    if (!q.exec())
        return Error {Database::errorText(q)};
    QList<GroupRow> out;
    while (q.next())
        out.append(rowFrom(q));
    return out;
}

Result<std::optional<GroupRow>> GroupDirectory::byId(const QString &graphId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + kColumns + u" FROM groups g WHERE g.id = ?"_s);
    q.bindValue(0, Database::text(graphId.trimmed()));
    if (!q.exec())
        return Error {Database::errorText(q)};
    if (!q.next())
        return std::optional<GroupRow>();
    return std::optional<GroupRow>(rowFrom(q));
}

Result<std::optional<GroupRow>> GroupDirectory::byName(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        u"SELECT "_s + kColumns + u" FROM groups g WHERE g.display_name = ? COLLATE NOCASE ORDER BY g.gid LIMIT 1"_s);
    q.bindValue(0, Database::text(name.trimmed()));
    if (!q.exec())
        return Error {Database::errorText(q)};
    if (!q.next())
        return std::optional<GroupRow>();
    return std::optional<GroupRow>(rowFrom(q));
}

Result<QList<qint64>> GroupDirectory::members(qint64 gid, bool transitive, int limit, int offset)
{
    QSqlQuery q(m_db.connection());
    if (transitive)
        q.prepare(kClosure
            + u"SELECT DISTINCT m.uid FROM group_members m JOIN closure c ON m.gid = c.gid "
              "ORDER BY m.uid LIMIT :limit OFFSET :offset"_s);
    else
        q.prepare(u"SELECT uid FROM group_members WHERE gid = :gid ORDER BY uid LIMIT :limit OFFSET :offset"_s);
    q.bindValue(u":gid"_s, gid);
    q.bindValue(u":limit"_s, qBound(1, limit, 1000000));
    q.bindValue(u":offset"_s, qMax(0, offset));
    if (!q.exec())
        return Error {Database::errorText(q)};
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<qint64> GroupDirectory::memberCount(qint64 gid, bool transitive)
{
    QSqlQuery q(m_db.connection());
    if (transitive)
        q.prepare(kClosure + u"SELECT COUNT(DISTINCT m.uid) FROM group_members m JOIN closure c ON m.gid = c.gid"_s);
    else
        q.prepare(u"SELECT COUNT(*) FROM group_members WHERE gid = :gid"_s);
    q.bindValue(u":gid"_s, gid);
    if (!q.exec())
        return Error {Database::errorText(q)};
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<std::optional<GroupRow>> GroupDirectory::byMailNickname(const QString &nickname)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        u"SELECT "_s + kColumns + u" FROM groups g WHERE g.mail_nickname = ? COLLATE NOCASE ORDER BY g.gid LIMIT 1"_s);
    q.bindValue(0, Database::text(nickname.trimmed()));
    if (!q.exec())
        return Error {Database::errorText(q)};
    if (!q.next())
        return std::optional<GroupRow>();
    return std::optional<GroupRow>(rowFrom(q));
}

Result<QList<GroupMember>> GroupDirectory::memberUsers(qint64 gid, bool transitive, qint64 afterUid, int limit)
{
    // The groups whose direct members count: the group, and with `transitive` every group nested in it.
    QList<qint64> closure {gid};
    if (transitive) {
        QSqlQuery c(m_db.connection());
        c.prepare(kClosure + u"SELECT gid FROM closure"_s);
        c.bindValue(u":gid"_s, gid);
        if (!c.exec())
            return Error {Database::errorText(c)};
        closure.clear();
        while (c.next())
            closure << c.value(0).toLongLong();
    }
    QStringList ids; // integers from the store, not typed text
    for (qint64 g : std::as_const(closure))
        ids << QString::number(g);
    const QString in = u"("_s + ids.join(u',') + u')';

    QString sql;
    if (closure.size() <= 1) {
        // One group: a range of its primary key.
        sql = u"SELECT u.uid, u.display_name, u.upn, 1 FROM group_members m JOIN users u ON u.uid = m.uid "
              "WHERE m.gid = :gid AND m.uid > :after ORDER BY m.uid LIMIT :limit"_s;
    } else {
        // Nested groups: members of several groups, each once, in uid order. When they are a fair share of all
        // users, walking users in uid order and probing membership stops after one page; when they are few,
        // collecting and sorting them is cheaper than walking everybody.
        QSqlQuery e(m_db.connection());
        if (!e.exec(u"SELECT (SELECT count(*) FROM group_members WHERE gid IN "_s + in
                + u"), (SELECT max(uid) FROM users)"_s)
            || !e.next())
            return Error {Database::errorText(e)};
        const qint64 memberships = e.value(0).toLongLong();
        const qint64 users = qMax<qint64>(1, e.value(1).toLongLong());
        const QString direct = u"EXISTS (SELECT 1 FROM group_members d WHERE d.gid = :gid AND d.uid = u.uid)"_s;
        if (memberships * 20 >= users)
            sql = u"SELECT u.uid, u.display_name, u.upn, "_s + direct
                + u" FROM users u WHERE u.uid > :after AND EXISTS (SELECT 1 FROM group_members m WHERE m.uid = u.uid "
                  "AND m.gid IN "_s
                + in + u") ORDER BY u.uid LIMIT :limit"_s;
        else
            sql = u"SELECT u.uid, u.display_name, u.upn, "_s + direct
                + u" FROM users u WHERE u.uid IN (SELECT m.uid FROM group_members m WHERE m.gid IN "_s + in
                + u" AND m.uid > :after) ORDER BY u.uid LIMIT :limit"_s;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error {Database::errorText(q)};
    q.bindValue(u":gid"_s, gid);
    q.bindValue(u":after"_s, qMax<qint64>(0, afterUid));
    q.bindValue(u":limit"_s, qBound(1, limit, 1000000));
    if (!q.exec())
        return Error {Database::errorText(q)};
    QList<GroupMember> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()});
    return out;
}

} // namespace Sspr::Store
