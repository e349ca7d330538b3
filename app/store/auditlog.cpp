#include "auditlog.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

#include <pwd.h>
#include <unistd.h>

namespace Sspr::Store {

using Core::Error;
using namespace Qt::StringLiterals;

AuditLog::AuditLog(Database &db)
    : m_db(db)
{
}

QString AuditLog::localActor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        if (const passwd *pw = ::getpwuid(::getuid()))
            name = QString::fromLocal8Bit(pw->pw_name);
    }
    return name.isEmpty() ? u"local user"_s : name + u" (local)"_s;
}

Core::Status AuditLog::append(const AuditEntry &e)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO audit_log (at, actor, source, action, target, setting, old_value, new_value) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QDateTime at = e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc();
    q.bindValue(0, at.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(1, Database::text(e.actor.isEmpty() ? localActor() : e.actor));
    q.bindValue(2, Database::text(e.source));
    q.bindValue(3, Database::text(e.action));
    q.bindValue(4, Database::text(e.target));
    q.bindValue(5, Database::text(e.setting));
    q.bindValue(6, Database::text(e.oldValue));
    q.bindValue(7, Database::text(e.newValue));
    if (!q.exec())
        return Error{Database::errorText(q)};
    return {};
}

Core::Result<QList<AuditEntry>> AuditLog::list(const QString &text, int limit, qint64 beforeId)
{
    QString sql = u"SELECT id, at, actor, source, action, target, setting, old_value, new_value FROM audit_log"_s;
    QStringList where;
    if (beforeId > 0)
        where << u"id < :before"_s;
    if (!text.trimmed().isEmpty())
        where << u"(actor LIKE :p ESCAPE '\\' OR action LIKE :p ESCAPE '\\' OR target LIKE :p ESCAPE '\\' OR "
                 "setting LIKE :p ESCAPE '\\' OR old_value LIKE :p ESCAPE '\\' OR new_value LIKE :p ESCAPE '\\')"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY id DESC LIMIT :limit"_s;
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    if (beforeId > 0)
        q.bindValue(u":before"_s, beforeId);
    if (!text.trimmed().isEmpty()) {
        QString pattern = text.trimmed();
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        q.bindValue(u":p"_s, u'%' + pattern + u'%');
    }
    q.bindValue(u":limit"_s, qBound(1, limit, 100000));
    if (!q.exec())
        return Error{Database::errorText(q)};
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.actor = q.value(2).toString();
        e.source = q.value(3).toString();
        e.action = q.value(4).toString();
        e.target = q.value(5).toString();
        e.setting = q.value(6).toString();
        e.oldValue = q.value(7).toString();
        e.newValue = q.value(8).toString();
        out.append(e);
    }
    return out;
}

} // namespace Sspr::Store
