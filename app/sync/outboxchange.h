#pragma once

#include "authmethod.h"
#include "result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Sspr::Store {
class Database;
struct OutboxItem;
} // namespace Sspr::Store

namespace Sspr::Sync {

// The kinds of outbox items (outbox.kind) and the payload each carries: the intended change plus the values the
// console saw when it was made, so the worker can tell "already applied" (after a crash) from "the tenant changed
// under us" (a conflict). Services build a change here and enqueue it in the transaction that writes the store.
//
// Payload members by kind (all carry "upn" or another readable name for lists):
//   phone.add        userId, upn, methodId, phoneType, phoneNumber, expectedExisting (null)
//   phone.update     userId, upn, methodId, phoneType, old, new
//   email.add        userId, upn, methodId, emailAddress, expectedExisting (null)
//   email.update     userId, upn, methodId, old, new
//   method.delete    userId, upn, methodId, methodType, old
//   group.create     displayName, mailNickname, description, localId (the store's id until Graph gives one)
//   methodConfiguration.patch  configurationId, body (the PATCH body), seen (the configuration as last synced)
//   authMethodsPolicy.patch    body, seen (same members of the policy as last synced), lastModified
//   authorizationPolicy.patch  old, new (allowedToUseSSPR)
//   tap.create       userId, upn, lifetimeInMinutes, isUsableOnce (the pass is never stored: see OutboxWorker)
// Import rows add importRunId and importSeq; an item the person chose to overwrite with adds "force": true.
struct OutboxChange
{
    QString kind;
    QString target;
    QJsonObject payload;

    static constexpr QStringView PhoneAdd = u"phone.add";
    static constexpr QStringView PhoneUpdate = u"phone.update";
    static constexpr QStringView EmailAdd = u"email.add";
    static constexpr QStringView EmailUpdate = u"email.update";
    static constexpr QStringView MethodDelete = u"method.delete";
    static constexpr QStringView GroupCreate = u"group.create";
    static constexpr QStringView MethodConfigurationPatch = u"methodConfiguration.patch";
    static constexpr QStringView AuthMethodsPolicyPatch = u"authMethodsPolicy.patch";
    static constexpr QStringView AuthorizationPolicyPatch = u"authorizationPolicy.patch";
    static constexpr QStringView TapCreate = u"tap.create";

    static OutboxChange phoneAdd(
        const QString &userId, const QString &upn, Core::MethodType type, const QString &number);
    static OutboxChange phoneUpdate(const QString &userId, const QString &upn, const QString &methodId,
        Core::MethodType type, const QString &oldNumber, const QString &newNumber);
    static OutboxChange emailAdd(const QString &userId, const QString &upn, const QString &address);
    static OutboxChange emailUpdate(const QString &userId, const QString &upn, const QString &methodId,
        const QString &oldAddress, const QString &newAddress);
    static OutboxChange methodDelete(const QString &userId, const QString &upn, const QString &methodId,
        Core::MethodType type, const QString &oldValue);
    static OutboxChange groupCreate(
        const QString &displayName, const QString &mailNickname, const QString &description, const QString &localId);
    static OutboxChange methodConfigurationPatch(
        const QString &configurationId, const QJsonObject &body, const QJsonObject &seen);
    static OutboxChange authMethodsPolicyPatch(
        const QJsonObject &body, const QJsonObject &seen, const QString &lastModified);
    static OutboxChange authorizationPolicyPatch(bool oldValue, bool newValue);
    static OutboxChange tapCreate(const QString &userId, const QString &upn, int lifetimeInMinutes, bool isUsableOnce);

    // Links the item to an import row, so the worker settles the row with the item.
    OutboxChange &forImportRow(qint64 runId, qint64 seq);

    // Adds the item inside the caller's transaction; key empty: a new UUID.
    Core::Result<qint64> enqueue(Store::Database &db, const QString &key = {}) const;

    // One line for lists: what the item changes ("Add mobile phone +1 4255550100 for kim@contoso.com").
    static QString describe(const Store::OutboxItem &item);
    // The Graph collection of a user's methods of a type ("phoneMethods", "emailMethods", …), with the API version
    // it lives in; empty for types Graph cannot delete (password).
    static QString methodCollection(Core::MethodType type, QString *version = nullptr);
};

} // namespace Sspr::Sync
