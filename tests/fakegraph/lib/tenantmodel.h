#pragma once

#include "fakegraphserver.h"
#include "fakerandom.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>

namespace Sspr::FakeGraph {

// The fixed method ids of graph-facts §3.2.
namespace MethodIds {
inline constexpr char16_t password[] = u"28c10230-6103-485e-b985-444c60001490";
inline constexpr char16_t email[] = u"3ddfcfc8-9383-446f-83cc-3ab9be4be18f";
inline constexpr char16_t mobile[] = u"3179e48a-750b-4051-897c-87b9720928f7";
inline constexpr char16_t alternateMobile[] = u"b6332ec1-7057-4abe-9331-3d72feddfe41";
inline constexpr char16_t office[] = u"e37fc753-ff3b-4958-9484-eaa9425c82bc";
} // namespace MethodIds

struct AuthMethod
{
    enum class Kind { Password, Phone, Email, Authenticator, SoftwareOath, Fido2, TemporaryAccessPass, HardwareOath };
    Kind kind = Kind::Password;
    QString id;
    QString createdDateTime;
    QString phoneNumber; // phone
    QString phoneType; // mobile | alternateMobile | office
    bool smsSignInEnabled = false;
    QString emailAddress; // email
    QString displayName; // authenticator, fido2, hardware OATH
    QString deviceTag; // authenticator
    QString phoneAppVersion; // authenticator
    QString model; // fido2
    QString aaGuid; // fido2
    QString startDateTime; // TAP
    int lifetimeInMinutes = 0;
    bool isUsableOnce = false;
};

// The properties the fast user serialiser knows, in the order users() reports them.
enum class UserField {
    Id,
    DisplayName,
    GivenName,
    Surname,
    UserPrincipalName,
    Mail,
    MobilePhone,
    BusinessPhones,
    OtherMails,
    AccountEnabled,
    OnPremisesSyncEnabled,
    UserType,
    UsageLocation,
    Country,
    Department,
    JobTitle,
    OfficeLocation,
    PreferredLanguage,
    CreatedDateTime,
    Count
};

struct User
{
    QString id; // lower case
    QString displayName, givenName, surname, userPrincipalName, mail, mobilePhone;
    QStringList businessPhones, otherMails;
    bool accountEnabled = true;
    bool onPremisesSyncEnabled = false;
    QString userType = QStringLiteral("Member");
    QString usageLocation, country, department, jobTitle, officeLocation, preferredLanguage, createdDateTime;
    bool isAdmin = false; // holds a directory role (not a user property; shows in the registration report)
    qint64 seq = 0; // change sequence number, for delta
    QList<AuthMethod> methods;

    AuthMethod *method(QStringView id);
    const AuthMethod *method(QStringView id) const;
    const AuthMethod *phone(QStringView type) const;
    bool hasKind(AuthMethod::Kind kind) const;
};

struct Member
{
    QString id;
    bool isGroup = false;
};

struct MemberEvent
{
    qint64 seq = 0;
    QString id;
    bool isGroup = false;
    bool added = true;
};

struct Group
{
    QString id;
    QString displayName, description, mailNickname, createdDateTime;
    QStringList groupTypes;
    bool mailEnabled = false;
    bool securityEnabled = true;
    bool isAssignableToRole = false;
    qint64 seq = 0;
    QList<Member> members;
    QSet<QString> memberIds;
    QList<MemberEvent> events;
};

struct OathDevice
{
    QString id, displayName, serialNumber, manufacturer, model, hashFunction, status, createdDateTime;
    QByteArray secret;
    int timeIntervalInSeconds = 30;
    QString assignedUserId;
    QString lastUsedDateTime;
};

// The tenant: users, groups, per-user methods, policies and the OATH token inventory, plus the change sequence that
// the delta routes read. Not thread-safe: the server holds its mutex around every use.
class TenantModel
{
public:
    void generate(const Options &options);

    QString tenantId;
    QString domain = QStringLiteral("contoso.onmicrosoft.com");
    std::map<QString, User> users; // by lower-case id (the paging order)
    QHash<QString, QString> upnIndex; // lower-case UPN -> id
    std::map<QString, qint64> deletedUsers; // id -> seq of the deletion
    std::map<QString, Group> groups; // by lower-case id
    std::map<QString, OathDevice> devices; // hardware OATH inventory, by lower-case id
    QJsonObject authMethodsPolicy; // with every method configuration, HardwareOath included (beta only)
    QJsonObject authorizationPolicy;
    qint64 seq = 0;
    int deltaGeneration = 1; // tokens from an older generation are "expired"
    FakeRandom ids {0x5eed}; // ids of objects created at run time

    qint64 nextSeq() { return ++seq; }
    User *findUser(const QString &idOrUpn);
    Group *findGroup(const QString &id);
    OathDevice *findDevice(const QString &id);
    QString signedInUserId() const; // the "admin" that delegated tokens stand for

    QString addUser(const QJsonObject &json);
    bool updateUser(User &user, const QJsonObject &changes, QString *error);
    void deleteUser(const QString &id);
    bool addMember(Group &group, const QString &memberId, bool isGroup);
    bool removeMember(Group &group, const QString &memberId);
    void touchUser(User &user) { user.seq = nextSeq(); }

    QList<const Group *> memberOf(const QString &objectId) const;
    QList<const Group *> transitiveMemberOf(const QString &objectId) const;
    QList<Member> transitiveMembers(const Group &group) const;
    QSet<QString> transitiveUserIds(const Group &group) const;

    // JSON
    static QJsonValue userField(const User &user, UserField field);
    static const char *userFieldName(UserField field);
    static QList<UserField> defaultUserFields();
    // Parses $select; returns false and names the first unknown property.
    static bool parseUserSelect(const QString &select, QList<UserField> *fields, QString *unknown);
    static void appendUser(QByteArray &out, const User &user, const QList<UserField> &fields, bool withType);
    static QJsonObject userObject(const User &user); // every field
    static QJsonObject groupObject(const Group &group);
    static QJsonObject methodObject(
        const AuthMethod &method, bool maskPhone, const QJsonObject &policy, const OathDevice *device);
    static QString maskPhoneNumber(const QString &number);
    static QString phoneMethodId(const QString &phoneType);
    QJsonObject deviceObject(const OathDevice &device) const;
    QJsonObject registrationDetails(const User &user, const QSet<QString> &ssprScope) const;
    QJsonObject methodConfiguration(const QString &id) const; // case-insensitive; empty if unknown
    static QJsonObject defaultMethodConfiguration(const QString &canonicalId);
    static QString now(); // ISO 8601 UTC with Z
};

} // namespace Sspr::FakeGraph
