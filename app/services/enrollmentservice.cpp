#include "enrollmentservice.h"

#include "auditlog.h"
#include "database.h"
#include "methodrules.h"
#include "outboxchange.h"
#include "outboxrepository.h"
#include "phonenumber.h"
#include "searchterms.h"
#include "userdirectory.h"
#include "userwriter.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace Sspr::Services {

using Core::AuthMethod;
using Core::Error;
using Core::MethodType;
using Core::Result;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {

// In a Graph profile the change also goes to the outbox, in the transaction that writes it to the store.
Status enqueueIfGraph(Store::Database &db, bool graph, const Sync::OutboxChange &change)
{
    if (!graph)
        return {};
    auto id = change.enqueue(db);
    if (!id)
        return id.error();
    return {};
}

} // namespace

EnrollmentService::EnrollmentService(Store::Database &db, QString actor, QString source)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_source(std::move(source))
{ }

Result<Core::UserRecord> EnrollmentService::loadUser(qint64 uid)
{
    Store::UserDirectory directory(m_db);
    return directory.user(uid);
}

Result<AuthMethod> EnrollmentService::addPhone(qint64 uid, MethodType type, const QString &typed, const QString &region)
{
    auto user = loadUser(uid);
    if (!user)
        return user.error();
    const Core::PhoneNumber number = region.isEmpty()
        ? Core::PhoneNumber::parseForUser(typed, user->usageLocation, m_fallbackRegion)
        : Core::PhoneNumber::parse(typed, region);
    if (!number.isValid())
        return number.error();
    if (Status s = Core::MethodRules::canAddPhone(user->methods, type, number); !s)
        return s.error();
    AuthMethod method;
    method.type = type;
    method.id = Core::fixedMethodId(type);
    method.value = number.graphForm();
    method.createdAt = QDateTime::currentDateTimeUtc();
    const bool graph = Store::OutboxRepository::isGraphProfile(m_db);
    const Status s = m_db.transaction([&]() -> Status {
        if (Status w = Store::UserWriter(m_db).addMethod(uid, method); !w)
            return w;
        if (Status o = enqueueIfGraph(
                m_db, graph, Sync::OutboxChange::phoneAdd(user->id, user->userPrincipalName, type, method.value));
            !o)
            return o;
        return Store::AuditLog(m_db).append({0, {}, m_actor, m_source, u"method.add"_s, user->userPrincipalName,
            Core::methodTypeDisplayName(type), {}, method.value});
    });
    if (!s)
        return s.error();
    return method;
}

Result<AuthMethod> EnrollmentService::updatePhone(
    qint64 uid, const QString &methodId, const QString &typed, const QString &region)
{
    auto user = loadUser(uid);
    if (!user)
        return user.error();
    const auto existing = std::find_if(
        user->methods.cbegin(), user->methods.cend(), [&](const AuthMethod &m) { return m.id == methodId; });
    if (existing == user->methods.cend())
        return Error {QCoreApplication::translate(
            "Sspr::Services::EnrollmentService", "That method is no longer registered for this user.")};
    const Core::PhoneNumber number = region.isEmpty()
        ? Core::PhoneNumber::parseForUser(typed, user->usageLocation, m_fallbackRegion)
        : Core::PhoneNumber::parse(typed, region);
    if (!number.isValid())
        return number.error();
    if (Status s = Core::MethodRules::canUpdatePhone(user->methods, methodId, existing->type, number); !s)
        return s.error();
    AuthMethod updated = *existing;
    updated.value = number.graphForm();
    const bool graph = Store::OutboxRepository::isGraphProfile(m_db);
    const Status s = m_db.transaction([&]() -> Status {
        if (Status w = Store::UserWriter(m_db).updateMethodValue(uid, methodId, updated.value); !w)
            return w;
        if (Status o = enqueueIfGraph(m_db, graph,
                Sync::OutboxChange::phoneUpdate(
                    user->id, user->userPrincipalName, methodId, existing->type, existing->value, updated.value));
            !o)
            return o;
        return Store::AuditLog(m_db).append({0, {}, m_actor, m_source, u"method.update"_s, user->userPrincipalName,
            Core::methodTypeDisplayName(existing->type), existing->value, updated.value});
    });
    if (!s)
        return s.error();
    return updated;
}

Result<AuthMethod> EnrollmentService::addEmail(qint64 uid, const QString &address)
{
    auto user = loadUser(uid);
    if (!user)
        return user.error();
    const QString trimmed = address.trimmed();
    if (Status s = Core::MethodRules::canAddEmail(user->methods, trimmed); !s)
        return s.error();
    AuthMethod method;
    method.type = MethodType::Email;
    method.id = Core::fixedMethodId(MethodType::Email);
    method.value = trimmed;
    method.createdAt = QDateTime::currentDateTimeUtc();
    const bool graph = Store::OutboxRepository::isGraphProfile(m_db);
    const Status s = m_db.transaction([&]() -> Status {
        if (Status w = Store::UserWriter(m_db).addMethod(uid, method); !w)
            return w;
        if (Status o = enqueueIfGraph(
                m_db, graph, Sync::OutboxChange::emailAdd(user->id, user->userPrincipalName, method.value));
            !o)
            return o;
        return Store::AuditLog(m_db).append({0, {}, m_actor, m_source, u"method.add"_s, user->userPrincipalName,
            Core::methodTypeDisplayName(MethodType::Email), {}, method.value});
    });
    if (!s)
        return s.error();
    return method;
}

Status EnrollmentService::removeMethod(qint64 uid, const QString &methodId)
{
    auto user = loadUser(uid);
    if (!user)
        return user.error();
    const auto existing = std::find_if(
        user->methods.cbegin(), user->methods.cend(), [&](const AuthMethod &m) { return m.id == methodId; });
    if (existing == user->methods.cend())
        return Error {QCoreApplication::translate(
            "Sspr::Services::EnrollmentService", "That method is no longer registered for this user.")};
    if (Status s = Core::MethodRules::canDeleteMethod(user->methods, methodId); !s)
        return s;
    const AuthMethod removed = *existing;
    const bool graph = Store::OutboxRepository::isGraphProfile(m_db);
    return m_db.transaction([&]() -> Status {
        if (Status w = Store::UserWriter(m_db).removeMethod(uid, methodId); !w)
            return w;
        if (Status o = enqueueIfGraph(m_db, graph,
                Sync::OutboxChange::methodDelete(
                    user->id, user->userPrincipalName, methodId, removed.type, removed.value));
            !o)
            return o;
        return Store::AuditLog(m_db).append({0, {}, m_actor, m_source, u"method.delete"_s, user->userPrincipalName,
            Core::methodTypeDisplayName(removed.type), removed.value, {}});
    });
}

Result<qint64> EnrollmentService::requestTemporaryAccessPass(qint64 uid, int lifetimeMinutes, bool usableOnce)
{
    if (!Store::OutboxRepository::isGraphProfile(m_db))
        return Error {QCoreApplication::translate("Sspr::Services::EnrollmentService",
            "A Temporary Access Pass is created by Microsoft Graph: connect a "
            "tenant to create one.")};
    if (lifetimeMinutes < 10 || lifetimeMinutes > 43200)
        return Error {QCoreApplication::translate("Sspr::Services::EnrollmentService",
            "A Temporary Access Pass lasts from 10 minutes to 30 days (43,200 "
            "minutes); %1 is outside that.")
                          .arg(lifetimeMinutes)};
    auto user = loadUser(uid);
    if (!user)
        return user.error();
    qint64 id = 0;
    const Status status = m_db.transaction([&]() -> Status {
        auto queued = Sync::OutboxChange::tapCreate(user->id, user->userPrincipalName, lifetimeMinutes, usableOnce)
                          .enqueue(m_db);
        if (!queued)
            return queued.error();
        id = queued.value();
        // The pass itself is never logged or stored: only that one was asked for.
        return Store::AuditLog(m_db).append({0, {}, m_actor, m_source, u"tap.request"_s, user->userPrincipalName,
            QCoreApplication::translate("Sspr::Services::EnrollmentService", "Temporary Access Pass"), {},
            QCoreApplication::translate("Sspr::Services::EnrollmentService", "%1 minutes%2")
                .arg(lifetimeMinutes)
                .arg(usableOnce ? QCoreApplication::translate("Sspr::Services::EnrollmentService", ", one-time use")
                                : QString())});
    });
    if (!status)
        return status.error();
    return id;
}

Result<QStringList> EnrollmentService::sharedWith(qint64 uid, const QString &graphFormNumber)
{
    const QString digits = Store::SearchTerms::phoneKey(graphFormNumber);
    QSqlQuery q(m_db.connection());
    // No ORDER BY in SQL: a front-desk number can be on tens of thousands of accounts, and sorting them all to
    // show 50 cost a user page hundreds of milliseconds (bench_userpage). The index yields the first 50 at once;
    // they are sorted here.
    q.prepare(u"SELECT DISTINCT u.upn FROM user_methods m JOIN users u ON u.uid = m.uid "
              "WHERE m.phone_digits = ? AND m.uid <> ? LIMIT 50"_s);
    q.bindValue(0, digits);
    q.bindValue(1, uid);
    if (!q.exec())
        return Error {Store::Database::errorText(q)};
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    out.sort(Qt::CaseInsensitive);
    return out;
}

} // namespace Sspr::Services
