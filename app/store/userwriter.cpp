#include "userwriter.h"

#include "database.h"
#include "searchterms.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Sspr::Store {

using Core::Error;
using Core::Status;
using namespace Qt::StringLiterals;

UserWriter::UserWriter(Database &db)
    : m_db(db)
{
}

Status UserWriter::addMethod(qint64 uid, const Core::AuthMethod &m)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO user_methods (uid, id, type, value, phone_digits, detail, created_at, usable, "
              "unusable_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, uid);
    q.bindValue(1, m.id);
    q.bindValue(2, Core::methodTypeKey(m.type));
    // Empty, never NULL: the columns are NOT NULL and a default-constructed QString binds as NULL.
    q.bindValue(3, m.value.isNull() ? u""_s : m.value);
    q.bindValue(4, Core::isPhoneType(m.type) ? QVariant(SearchTerms::phoneKey(m.value))
                                             : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(5, m.detail.isNull() ? u""_s : m.detail);
    q.bindValue(6, (m.createdAt.isValid() ? m.createdAt : QDateTime::currentDateTimeUtc()).toString(Qt::ISODate));
    q.bindValue(7, m.usable);
    q.bindValue(8, m.unusableReason.isNull() ? u""_s : m.unusableReason);
    if (!q.exec())
        return Error{Database::errorText(q)};
    return refreshDerived(uid);
}

Status UserWriter::updateMethodValue(qint64 uid, const QString &methodId, const QString &value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE user_methods SET value = ?, phone_digits = CASE WHEN phone_digits IS NULL THEN NULL ELSE ? END "
              "WHERE uid = ? AND id = ?"_s);
    q.bindValue(0, value.isNull() ? u""_s : value);
    q.bindValue(1, SearchTerms::phoneKey(value));
    q.bindValue(2, uid);
    q.bindValue(3, methodId);
    if (!q.exec())
        return Error{Database::errorText(q)};
    if (q.numRowsAffected() != 1)
        return Error{QCoreApplication::translate("Sspr::Store::UserWriter", "The method no longer exists.")};
    return refreshDerived(uid);
}

Status UserWriter::removeMethod(qint64 uid, const QString &methodId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM user_methods WHERE uid = ? AND id = ?"_s);
    q.bindValue(0, uid);
    q.bindValue(1, methodId);
    if (!q.exec())
        return Error{Database::errorText(q)};
    if (q.numRowsAffected() != 1)
        return Error{QCoreApplication::translate("Sspr::Store::UserWriter", "The method no longer exists.")};
    return refreshDerived(uid);
}

Status UserWriter::refreshDerived(qint64 uid)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT type, value, usable FROM user_methods WHERE uid = ?"_s);
    q.bindValue(0, uid);
    if (!q.exec())
        return Error{Database::errorText(q)};
    int mask = 0;
    QStringList phones;
    while (q.next()) {
        Core::MethodType type;
        if (!Core::methodTypeFromKey(q.value(0).toString(), &type))
            continue;
        if (q.value(2).toBool())
            mask |= Core::methodBit(type);
        if (Core::isPhoneType(type))
            phones << q.value(1).toString();
    }
    QSqlQuery u(m_db.connection());
    u.prepare(u"SELECT sort_key, mobile_phone, business_phones FROM users WHERE uid = ?"_s);
    u.bindValue(0, uid);
    if (!u.exec() || !u.next())
        return Error{QCoreApplication::translate("Sspr::Store::UserWriter", "The user no longer exists.")};
    const qint64 sortKey = u.value(0).toLongLong();
    if (!u.value(1).toString().isEmpty())
        phones << u.value(1).toString();
    phones << u.value(2).toString().split(u'\n', Qt::SkipEmptyParts);

    QSqlQuery w(m_db.connection());
    w.prepare(u"UPDATE users SET method_mask = ? WHERE uid = ?"_s);
    w.bindValue(0, mask);
    w.bindValue(1, uid);
    if (!w.exec())
        return Error{Database::errorText(w)};
    w.prepare(u"DELETE FROM users_phone_fts WHERE rowid = ?"_s);
    w.bindValue(0, sortKey);
    if (!w.exec())
        return Error{Database::errorText(w)};
    const QString terms = SearchTerms::phoneTerms(phones);
    if (!terms.isEmpty()) {
        w.prepare(u"INSERT INTO users_phone_fts (rowid, digits) VALUES (?, ?)"_s);
        w.bindValue(0, sortKey);
        w.bindValue(1, terms);
        if (!w.exec())
            return Error{Database::errorText(w)};
    }
    return {};
}

} // namespace Sspr::Store
