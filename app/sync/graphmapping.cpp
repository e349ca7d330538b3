#include "graphmapping.h"

#include <QDateTime>

namespace Sspr::Sync::GraphMapping {

using namespace Qt::StringLiterals;
using Core::MethodType;

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        const QString text = item.toString();
        if (!text.isEmpty())
            out << text;
    }
    return out;
}

// Sets `field` from `key` when the object carries it; returns whether it did.
bool readString(const QJsonObject &json, QLatin1StringView key, QString *field)
{
    const auto it = json.constFind(key);
    if (it == json.constEnd())
        return false;
    *field = it->toString(); // null -> empty
    return true;
}

bool readBool(const QJsonObject &json, QLatin1StringView key, bool *field, bool whenNull)
{
    const auto it = json.constFind(key);
    if (it == json.constEnd())
        return false;
    *field = it->isBool() ? it->toBool() : whenNull;
    return true;
}

bool readList(const QJsonObject &json, QLatin1StringView key, QStringList *field)
{
    const auto it = json.constFind(key);
    if (it == json.constEnd())
        return false;
    *field = stringList(*it);
    return true;
}

bool isRemoved(const QJsonObject &json)
{
    return json.contains("@removed"_L1);
}

QDateTime dateTime(const QJsonObject &json)
{
    return QDateTime::fromString(json.value("createdDateTime"_L1).toString(), Qt::ISODateWithMs);
}

} // namespace

QString userSelect()
{
    return u"id,displayName,givenName,surname,userPrincipalName,mail,mobilePhone,businessPhones,otherMails,"
           "accountEnabled,onPremisesSyncEnabled,userType,usageLocation,country,department,jobTitle"_s;
}

QString groupSelect()
{
    return u"displayName,description,mailNickname,securityEnabled,mailEnabled"_s;
}

Store::SyncUser user(const QJsonObject &json)
{
    using namespace Store::SyncField;
    Store::SyncUser out;
    Core::UserRecord &u = out.user;
    u.id = json.value("id"_L1).toString();
    if (isRemoved(json)) {
        // "changed": soft-deleted (restorable), "deleted": gone; either way no longer in the directory's user list.
        out.removed = true;
        out.fields = 0;
        return out;
    }
    quint32 fields = 0;
    if (readString(json, "displayName"_L1, &u.displayName))
        fields |= DisplayName;
    if (readString(json, "givenName"_L1, &u.givenName))
        fields |= GivenName;
    if (readString(json, "surname"_L1, &u.surname))
        fields |= Surname;
    if (readString(json, "userPrincipalName"_L1, &u.userPrincipalName))
        fields |= UserPrincipalName;
    if (readString(json, "mail"_L1, &u.mail))
        fields |= Mail;
    if (readString(json, "mobilePhone"_L1, &u.mobilePhone))
        fields |= MobilePhone;
    if (readList(json, "businessPhones"_L1, &u.businessPhones))
        fields |= BusinessPhones;
    if (readList(json, "otherMails"_L1, &u.otherMails))
        fields |= OtherMails;
    if (readBool(json, "accountEnabled"_L1, &u.accountEnabled, true))
        fields |= AccountEnabled;
    // null: a cloud-only user that was never synced from on-premises.
    if (readBool(json, "onPremisesSyncEnabled"_L1, &u.onPremisesSynced, false))
        fields |= OnPremisesSync;
    if (readString(json, "userType"_L1, &u.userType)) {
        if (u.userType.isEmpty())
            u.userType = u"Member"_s;
        fields |= UserType;
    }
    if (readString(json, "usageLocation"_L1, &u.usageLocation))
        fields |= UsageLocation;
    if (readString(json, "country"_L1, &u.country))
        fields |= Country;
    if (readString(json, "department"_L1, &u.department))
        fields |= Department;
    if (readString(json, "jobTitle"_L1, &u.jobTitle))
        fields |= JobTitle;
    out.fields = fields;
    return out;
}

Store::SyncGroup group(const QJsonObject &json)
{
    using namespace Store::SyncField;
    Store::SyncGroup out;
    Core::GroupRecord &g = out.group;
    g.id = json.value("id"_L1).toString();
    if (isRemoved(json)) {
        out.removed = true;
        out.fields = 0;
        return out;
    }
    quint32 fields = 0;
    if (readString(json, "displayName"_L1, &g.displayName))
        fields |= GroupDisplayName;
    if (readString(json, "description"_L1, &g.description))
        fields |= GroupDescription;
    if (readString(json, "mailNickname"_L1, &g.mailNickname))
        fields |= GroupMailNickname;
    if (readBool(json, "securityEnabled"_L1, &g.securityEnabled, false))
        fields |= GroupSecurityEnabled;
    if (readBool(json, "mailEnabled"_L1, &g.mailEnabled, false))
        fields |= GroupMailEnabled;
    out.fields = fields;

    // members@delta: users and nested groups; other directory objects (devices, contacts, service principals) are
    // not modelled.
    const QJsonArray members = json.value("members@delta"_L1).toArray();
    out.members.reserve(members.size());
    for (const QJsonValue &value : members) {
        const QJsonObject m = value.toObject();
        const QString type = m.value("@odata.type"_L1).toString();
        Store::SyncMember member;
        member.id = m.value("id"_L1).toString();
        member.removed = isRemoved(m);
        if (type == "#microsoft.graph.group"_L1)
            member.isGroup = true;
        else if (!type.isEmpty() && type != "#microsoft.graph.user"_L1)
            continue;
        out.members.append(member);
    }
    return out;
}

int methodMask(const QStringList &methodsRegistered)
{
    struct Name
    {
        QLatin1StringView name;
        MethodType type;
    };
    static const Name names[] = {
        {"mobilePhone"_L1, MethodType::MobilePhone},
        {"alternateMobilePhone"_L1, MethodType::AlternateMobilePhone},
        {"officePhone"_L1, MethodType::OfficePhone},
        {"email"_L1, MethodType::Email},
        {"microsoftAuthenticatorPush"_L1, MethodType::MicrosoftAuthenticator},
        {"microsoftAuthenticatorPasswordless"_L1, MethodType::MicrosoftAuthenticator},
        {"softwareOneTimePasscode"_L1, MethodType::SoftwareOath},
        {"hardwareOneTimePasscode"_L1, MethodType::HardwareOath},
        {"fido2"_L1, MethodType::Fido2},
        {"passKeyDeviceBound"_L1, MethodType::Fido2},
        {"windowsHelloForBusiness"_L1, MethodType::WindowsHello},
        {"temporaryAccessPass"_L1, MethodType::TemporaryAccessPass},
    };
    int mask = 0;
    for (const QString &registered : methodsRegistered) {
        for (const Name &n : names) {
            if (registered.compare(n.name, Qt::CaseInsensitive) == 0)
                mask |= Core::methodBit(n.type);
        }
    }
    return mask;
}

Store::SyncRegistration registration(const QJsonObject &json)
{
    Store::SyncRegistration r;
    r.userId = json.value("id"_L1).toString();
    r.isAdmin = json.value("isAdmin"_L1).toBool();
    r.methodsRegistered = stringList(json.value("methodsRegistered"_L1));
    r.methodMask = methodMask(r.methodsRegistered);
    return r;
}

std::optional<Core::AuthMethod> method(const QJsonObject &json)
{
    const QString type = json.value("@odata.type"_L1).toString();
    Core::AuthMethod m;
    m.id = json.value("id"_L1).toString();
    m.createdAt = dateTime(json);
    if (type == "#microsoft.graph.phoneAuthenticationMethod"_L1) {
        const QString phoneType = json.value("phoneType"_L1).toString();
        if (phoneType == "mobile"_L1)
            m.type = MethodType::MobilePhone;
        else if (phoneType == "alternateMobile"_L1)
            m.type = MethodType::AlternateMobilePhone;
        else if (phoneType == "office"_L1)
            m.type = MethodType::OfficePhone;
        else
            return std::nullopt;
        m.value = json.value("phoneNumber"_L1).toString();
    } else if (type == "#microsoft.graph.emailAuthenticationMethod"_L1) {
        m.type = MethodType::Email;
        m.value = json.value("emailAddress"_L1).toString();
    } else if (type == "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod"_L1) {
        m.type = MethodType::MicrosoftAuthenticator;
        m.value = json.value("displayName"_L1).toString();
        m.detail = json.value("phoneAppVersion"_L1).toString();
    } else if (type == "#microsoft.graph.softwareOathAuthenticationMethod"_L1) {
        m.type = MethodType::SoftwareOath;
    } else if (type == "#microsoft.graph.hardwareOathAuthenticationMethod"_L1) { // beta
        m.type = MethodType::HardwareOath;
        const QJsonObject device = json.value("device"_L1).toObject();
        m.value = json.value("displayName"_L1).toString();
        if (m.value.isEmpty())
            m.value = device.value("serialNumber"_L1).toString();
    } else if (type == "#microsoft.graph.fido2AuthenticationMethod"_L1) {
        m.type = MethodType::Fido2;
        m.value = json.value("displayName"_L1).toString();
        m.detail = json.value("model"_L1).toString();
    } else if (type == "#microsoft.graph.windowsHelloForBusinessAuthenticationMethod"_L1) {
        m.type = MethodType::WindowsHello;
        m.value = json.value("displayName"_L1).toString();
    } else if (type == "#microsoft.graph.temporaryAccessPassAuthenticationMethod"_L1) {
        m.type = MethodType::TemporaryAccessPass;
        const int minutes = json.value("lifetimeInMinutes"_L1).toInt();
        m.detail = u"lifetime %1 min"_s.arg(minutes);
        if (json.value("isUsableOnce"_L1).toBool())
            m.detail += u", one-time"_s;
        if (json.contains("isUsable"_L1))
            m.usable = json.value("isUsable"_L1).toBool();
        if (!m.usable)
            m.unusableReason = json.value("methodUsabilityReason"_L1).toString();
    } else if (type == "#microsoft.graph.passwordAuthenticationMethod"_L1) {
        m.type = MethodType::Password;
    } else {
        return std::nullopt;
    }
    if (m.id.isEmpty())
        m.id = Core::fixedMethodId(m.type);
    return m;
}

QList<Core::AuthMethod> methods(const QJsonArray &value)
{
    QList<Core::AuthMethod> out;
    for (const QJsonValue &item : value) {
        if (auto m = method(item.toObject()))
            out.append(*m);
    }
    return out;
}

} // namespace Sspr::Sync::GraphMapping
