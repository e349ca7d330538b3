#include "methodbatchwriter.h"

#include "database.h"
#include "searchterms.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Sspr::Store {

using Core::Error;
using Core::Result;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Store::MethodBatchWriter)
};

} // namespace

MethodBatchWriter::MethodBatchWriter(Database &db)
    : m_db(db)
{ }

MethodBatchWriter::~MethodBatchWriter() = default;

Result<QHash<qint64, MethodBatchWriter::UserState>> MethodBatchWriter::load(const QList<qint64> &uids)
{
    QHash<qint64, UserState> users;
    if (uids.isEmpty())
        return users;
    QJsonArray array;
    for (const qint64 uid : uids)
        array.append(uid);
    const QString json = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));

    if (Status s = m_loadUsers.prepare(m_db,
            "SELECT DISTINCT u.uid, u.upn, u.sort_key, u.mobile_phone, "
            "u.business_phones FROM json_each(?) j JOIN users u ON u.uid = j.value");
        !s)
        return s.error();
    m_loadUsers.bind(1, json);
    while (m_loadUsers.next()) {
        UserState state;
        state.uid = m_loadUsers.integer(0);
        state.userPrincipalName = m_loadUsers.text(1);
        state.sortKey = m_loadUsers.integer(2);
        state.profileMobile = m_loadUsers.text(3);
        state.profileBusinessPhones = m_loadUsers.text(4);
        users.insert(state.uid, state);
    }
    if (Status s = m_loadUsers.error(); !s)
        return s.error();
    m_loadUsers.finish();

    if (Status s = m_loadMethods.prepare(m_db,
            "SELECT m.uid, m.id, m.type, m.value, m.usable FROM user_methods m "
            "WHERE m.uid IN (SELECT value FROM json_each(?)) ORDER BY m.mid");
        !s)
        return s.error();
    m_loadMethods.bind(1, json);
    while (m_loadMethods.next()) {
        Core::AuthMethod method;
        if (!Core::methodTypeFromKey(m_loadMethods.text(2), &method.type))
            continue;
        method.id = m_loadMethods.text(1);
        method.value = m_loadMethods.text(3);
        method.usable = m_loadMethods.integer(4) != 0;
        const auto it = users.find(m_loadMethods.integer(0));
        if (it != users.end())
            it->methods.append(method);
    }
    if (Status s = m_loadMethods.error(); !s)
        return s.error();
    m_loadMethods.finish();
    return users;
}

namespace {

int maskOf(const QList<Core::AuthMethod> &methods)
{
    int mask = 0;
    for (const Core::AuthMethod &m : methods) {
        if (m.usable)
            mask |= Core::methodBit(m.type);
    }
    return mask;
}

} // namespace

Status MethodBatchWriter::addMethod(UserState &user, const Core::AuthMethod &m)
{
    if (Status s = m_insertMethod.prepare(m_db,
            "INSERT INTO user_methods (uid, id, type, value, phone_digits, detail, created_at, usable, "
            "unusable_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        !s)
        return s;
    m_insertMethod.bind(1, user.uid);
    m_insertMethod.bind(2, m.id);
    m_insertMethod.bind(3, Core::methodTypeKey(m.type));
    m_insertMethod.bind(4, m.value);
    if (Core::isPhoneType(m.type))
        m_insertMethod.bind(5, SearchTerms::phoneKey(m.value));
    else
        m_insertMethod.bindNull(5);
    m_insertMethod.bind(6, m.detail);
    m_insertMethod.bind(
        7, (m.createdAt.isValid() ? m.createdAt : QDateTime::currentDateTimeUtc()).toString(Qt::ISODate));
    m_insertMethod.bind(8, qint64(m.usable ? 1 : 0));
    m_insertMethod.bind(9, m.unusableReason);
    if (Status s = m_insertMethod.exec(); !s)
        return s;
    const int maskBefore = maskOf(user.methods);
    user.methods.append(m);
    return refreshDerived(user, maskBefore, Core::isPhoneType(m.type));
}

Status MethodBatchWriter::updateMethodValue(UserState &user, const QString &methodId, const QString &value)
{
    Core::AuthMethod *method = nullptr;
    for (Core::AuthMethod &m : user.methods) {
        if (m.id == methodId)
            method = &m;
    }
    if (!method)
        return Error {Tr::tr("The method no longer exists.")};
    if (Status s = m_updateMethod.prepare(m_db,
            "UPDATE user_methods SET value = ?, phone_digits = CASE WHEN phone_digits IS NULL THEN NULL ELSE ? END "
            "WHERE uid = ? AND id = ?");
        !s)
        return s;
    m_updateMethod.bind(1, value);
    m_updateMethod.bind(2, SearchTerms::phoneKey(value));
    m_updateMethod.bind(3, user.uid);
    m_updateMethod.bind(4, methodId);
    if (Status s = m_updateMethod.exec(); !s)
        return s;
    if (m_updateMethod.changes() != 1)
        return Error {Tr::tr("The method no longer exists.")};
    const int maskBefore = maskOf(user.methods);
    method->value = value;
    return refreshDerived(user, maskBefore, Core::isPhoneType(method->type));
}

Status MethodBatchWriter::refreshDerived(const UserState &user, int maskBefore, bool phonesChanged)
{
    // What UserWriter::refreshDerived writes; a statement whose result would not change is left out (the mask when
    // only a value changed, the phone index when no phone changed).
    const int mask = maskOf(user.methods);
    if (mask != maskBefore) {
        if (Status s = m_updateMask.prepare(m_db, "UPDATE users SET method_mask = ? WHERE uid = ?"); !s)
            return s;
        m_updateMask.bind(1, qint64(mask));
        m_updateMask.bind(2, user.uid);
        if (Status s = m_updateMask.exec(); !s)
            return s;
    }
    if (!phonesChanged)
        return {};
    QStringList phones;
    for (const Core::AuthMethod &m : user.methods) {
        if (Core::isPhoneType(m.type))
            phones << m.value;
    }
    if (!user.profileMobile.isEmpty())
        phones << user.profileMobile;
    phones << user.profileBusinessPhones.split(u'\n', Qt::SkipEmptyParts);
    if (Status s = m_deletePhoneTerms.prepare(m_db, "DELETE FROM users_phone_fts WHERE rowid = ?"); !s)
        return s;
    m_deletePhoneTerms.bind(1, user.sortKey);
    if (Status s = m_deletePhoneTerms.exec(); !s)
        return s;
    const QString terms = SearchTerms::phoneTerms(phones);
    if (terms.isEmpty())
        return {};
    if (Status s = m_insertPhoneTerms.prepare(m_db, "INSERT INTO users_phone_fts (rowid, digits) VALUES (?, ?)"); !s)
        return s;
    m_insertPhoneTerms.bind(1, user.sortKey);
    m_insertPhoneTerms.bind(2, terms);
    return m_insertPhoneTerms.exec();
}

Status MethodBatchWriter::appendAudit(const AuditEntry &e)
{
    // The row AuditLog::append writes.
    if (Status s = m_insertAudit.prepare(m_db,
            "INSERT INTO audit_log (at, actor, source, action, target, setting, old_value, new_value) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        !s)
        return s;
    const QDateTime at = e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc();
    m_insertAudit.bind(1, at.toUTC().toString(Qt::ISODateWithMs));
    m_insertAudit.bind(2, e.actor.isEmpty() ? AuditLog::localActor() : e.actor);
    m_insertAudit.bind(3, e.source);
    m_insertAudit.bind(4, e.action);
    m_insertAudit.bind(5, e.target);
    m_insertAudit.bind(6, e.setting);
    m_insertAudit.bind(7, e.oldValue);
    m_insertAudit.bind(8, e.newValue);
    return m_insertAudit.exec();
}

} // namespace Sspr::Store
