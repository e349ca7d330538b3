#include "outboxchange.h"

#include "outboxrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Sspr::Sync {

using Core::MethodType;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Sync::OutboxChange)
};

QString userTarget(const QString &userId)
{
    return Store::OutboxRepository::userTarget(userId);
}

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toVariant().toString();
}

QString typeName(const QString &key)
{
    MethodType type;
    return Core::methodTypeFromKey(key, &type) ? Core::methodTypeDisplayName(type) : key;
}

} // namespace

OutboxChange OutboxChange::phoneAdd(const QString &userId, const QString &upn, MethodType type, const QString &number)
{
    return {PhoneAdd.toString(), userTarget(userId),
        {{u"userId"_s, userId}, {u"upn"_s, upn}, {u"methodId"_s, Core::fixedMethodId(type)},
            {u"phoneType"_s, Core::methodTypeKey(type)}, {u"phoneNumber"_s, number},
            {u"expectedExisting"_s, QJsonValue::Null}}};
}

OutboxChange OutboxChange::phoneUpdate(const QString &userId, const QString &upn, const QString &methodId,
    MethodType type, const QString &oldNumber, const QString &newNumber)
{
    return {PhoneUpdate.toString(), userTarget(userId),
        {{u"userId"_s, userId}, {u"upn"_s, upn}, {u"methodId"_s, methodId}, {u"phoneType"_s, Core::methodTypeKey(type)},
            {u"old"_s, oldNumber}, {u"new"_s, newNumber}}};
}

OutboxChange OutboxChange::emailAdd(const QString &userId, const QString &upn, const QString &address)
{
    return {EmailAdd.toString(), userTarget(userId),
        {{u"userId"_s, userId}, {u"upn"_s, upn}, {u"methodId"_s, Core::fixedMethodId(MethodType::Email)},
            {u"emailAddress"_s, address}, {u"expectedExisting"_s, QJsonValue::Null}}};
}

OutboxChange OutboxChange::emailUpdate(const QString &userId, const QString &upn, const QString &methodId,
    const QString &oldAddress, const QString &newAddress)
{
    return {EmailUpdate.toString(), userTarget(userId),
        {{u"userId"_s, userId}, {u"upn"_s, upn}, {u"methodId"_s, methodId}, {u"old"_s, oldAddress},
            {u"new"_s, newAddress}}};
}

OutboxChange OutboxChange::methodDelete(
    const QString &userId, const QString &upn, const QString &methodId, MethodType type, const QString &oldValue)
{
    return {MethodDelete.toString(), userTarget(userId),
        {{u"userId"_s, userId}, {u"upn"_s, upn}, {u"methodId"_s, methodId},
            {u"methodType"_s, Core::methodTypeKey(type)}, {u"old"_s, oldValue}}};
}

OutboxChange OutboxChange::groupCreate(
    const QString &displayName, const QString &mailNickname, const QString &description, const QString &localId)
{
    // Nicknames are unique without regard to case, so that is the target: two creates of one nickname go in order.
    return {GroupCreate.toString(), u"groups/"_s + mailNickname.toLower(),
        {{u"displayName"_s, displayName}, {u"mailNickname"_s, mailNickname}, {u"description"_s, description},
            {u"localId"_s, localId}}};
}

OutboxChange OutboxChange::methodConfigurationPatch(
    const QString &configurationId, const QJsonObject &body, const QJsonObject &seen)
{
    return {MethodConfigurationPatch.toString(),
        u"policies/authenticationMethodsPolicy/authenticationMethodConfigurations/"_s + configurationId,
        {{u"configurationId"_s, configurationId}, {u"body"_s, body}, {u"seen"_s, seen}}};
}

OutboxChange OutboxChange::authMethodsPolicyPatch(
    const QJsonObject &body, const QJsonObject &seen, const QString &lastModified)
{
    return {AuthMethodsPolicyPatch.toString(), u"policies/authenticationMethodsPolicy"_s,
        {{u"body"_s, body}, {u"seen"_s, seen}, {u"lastModified"_s, lastModified}}};
}

OutboxChange OutboxChange::authorizationPolicyPatch(bool oldValue, bool newValue)
{
    return {AuthorizationPolicyPatch.toString(), u"policies/authorizationPolicy"_s,
        {{u"old"_s, oldValue}, {u"new"_s, newValue}}};
}

OutboxChange OutboxChange::tapCreate(
    const QString &userId, const QString &upn, int lifetimeInMinutes, bool isUsableOnce)
{
    return {TapCreate.toString(), userTarget(userId),
        {{u"userId"_s, userId}, {u"upn"_s, upn}, {u"lifetimeInMinutes"_s, lifetimeInMinutes},
            {u"isUsableOnce"_s, isUsableOnce}}};
}

OutboxChange &OutboxChange::forImportRow(qint64 runId, qint64 seq)
{
    payload.insert(u"importRunId"_s, runId);
    payload.insert(u"importSeq"_s, seq);
    return *this;
}

Core::Result<qint64> OutboxChange::enqueue(Store::Database &db, const QString &key) const
{
    return Store::OutboxRepository(db).enqueue(kind, target, payload, key);
}

QString OutboxChange::methodCollection(MethodType type, QString *version)
{
    if (version)
        *version = u"v1.0"_s;
    switch (type) {
    case MethodType::MobilePhone:
    case MethodType::AlternateMobilePhone:
    case MethodType::OfficePhone:
        return u"phoneMethods"_s;
    case MethodType::Email:
        return u"emailMethods"_s;
    case MethodType::MicrosoftAuthenticator:
        return u"microsoftAuthenticatorMethods"_s;
    case MethodType::SoftwareOath:
        return u"softwareOathMethods"_s;
    case MethodType::HardwareOath:
        if (version)
            *version = u"beta"_s; // graph-facts §3.1: hardwareOathMethods exist in beta only
        return u"hardwareOathMethods"_s;
    case MethodType::Fido2:
        return u"fido2Methods"_s;
    case MethodType::WindowsHello:
        return u"windowsHelloForBusinessMethods"_s;
    case MethodType::TemporaryAccessPass:
        return u"temporaryAccessPassMethods"_s;
    case MethodType::Password:
        return {};
    }
    return {};
}

QString OutboxChange::describe(const Store::OutboxItem &item)
{
    const QJsonObject &p = item.payload;
    const QString upn = p.value(u"upn"_s).toString();
    if (item.kind == PhoneAdd)
        return Tr::tr("Add %1 %2 for %3")
            .arg(typeName(p.value(u"phoneType"_s).toString()), p.value(u"phoneNumber"_s).toString(), upn);
    if (item.kind == PhoneUpdate)
        return Tr::tr("Change %1 of %2 from %3 to %4")
            .arg(typeName(p.value(u"phoneType"_s).toString()), upn, p.value(u"old"_s).toString(),
                p.value(u"new"_s).toString());
    if (item.kind == EmailAdd)
        return Tr::tr("Add email %1 for %2").arg(p.value(u"emailAddress"_s).toString(), upn);
    if (item.kind == EmailUpdate)
        return Tr::tr("Change email of %1 from %2 to %3")
            .arg(upn, p.value(u"old"_s).toString(), p.value(u"new"_s).toString());
    if (item.kind == MethodDelete)
        return Tr::tr("Delete %1 %2 of %3")
            .arg(typeName(p.value(u"methodType"_s).toString()), p.value(u"old"_s).toString(), upn);
    if (item.kind == GroupCreate)
        return Tr::tr("Create security group %1 (%2)")
            .arg(p.value(u"displayName"_s).toString(), p.value(u"mailNickname"_s).toString());
    if (item.kind == MethodConfigurationPatch)
        return Tr::tr("Update the %1 method configuration: %2")
            .arg(p.value(u"configurationId"_s).toString(), compact(p.value(u"body"_s)));
    if (item.kind == AuthMethodsPolicyPatch)
        return Tr::tr("Update the Authentication methods policy: %1").arg(compact(p.value(u"body"_s)));
    if (item.kind == AuthorizationPolicyPatch)
        return p.value(u"new"_s).toBool() ? Tr::tr("Allow administrators to use self-service password reset")
                                          : Tr::tr("Stop administrators from using self-service password reset");
    if (item.kind == TapCreate)
        return Tr::tr(
            "Create a Temporary Access Pass for %1 (%n minute(s))", nullptr, p.value(u"lifetimeInMinutes"_s).toInt())
            .arg(upn);
    return item.kind + u' ' + item.target;
}

} // namespace Sspr::Sync
