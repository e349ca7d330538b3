#include "tenantmodel.h"

#include "jsonbytes.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sspr::FakeGraph {

namespace {

struct Country
{
    const char16_t *code;
    const char16_t *name;
    const char16_t *callingCode;
    const char16_t *mobilePrefix;
    int mobileDigits;
    const char16_t *officePrefix;
    int officeDigits;
    const char16_t *language;
    int weight;
};

const Country countries[] = {
    {u"US", u"United States", u"1", u"425555", 4, u"206555", 4, u"en-US", 40},
    {u"DE", u"Germany", u"49", u"151", 8, u"30", 8, u"de-DE", 15},
    {u"BR", u"Brazil", u"55", u"119", 8, u"1132", 6, u"pt-BR", 15},
    {u"GB", u"United Kingdom", u"44", u"7700", 6, u"20", 8, u"en-GB", 10},
    {u"FR", u"France", u"33", u"6", 8, u"1", 8, u"fr-FR", 8},
    {u"PT", u"Portugal", u"351", u"91", 7, u"21", 7, u"pt-PT", 7},
    {u"JP", u"Japan", u"81", u"90", 8, u"3", 8, u"ja-JP", 5},
};

const char16_t *const givenNames[]
    = {u"Adele", u"Alex", u"Allan", u"Ana Luíza", u"Anaïs", u"Björn", u"Bianca", u"Chloé", u"Conceição", u"Diego",
        u"Élodie", u"Emily", u"François", u"Grady", u"Henrietta", u"Isaiah", u"Jörg", u"José", u"Joni", u"Jürgen",
        u"Kamil", u"Łukasz", u"Lee", u"Lidia", u"Lynne", u"Megan", u"Miriam", u"Nestor", u"Noémie", u"Patti",
        u"Pradeep", u"Renée", u"Søren", u"Stéphane", u"Zoë", u"Ünal", u"Yolanda", u"Tomás", u"Małgorzata", u"Çağla",
        u"Ingrid", u"Siobhán", u"Raúl", u"Wei", u"Hiroshi", u"Priya", u"Aoife", u"Mateus", u"Inês", u"Kenji"};

const char16_t *const surnames[] = {u"Allen", u"Braun", u"Cardoso", u"Dvořák", u"Eriksson", u"Fernández", u"García",
    u"Gonçalves", u"Hämäläinen", u"Ibáñez", u"Jansen", u"Kowalczyk", u"Lefèvre", u"Müller", u"Núñez", u"O'Brien",
    u"Pérez", u"Quintão", u"Rossi", u"Schröder", u"Søndergaard", u"Thompson", u"Urbański", u"Vega", u"Weiß", u"Yılmaz",
    u"Zhang", u"Ødegaard", u"Wilber", u"Adams", u"Bowen", u"Diaz", u"Johnson", u"Mendes", u"Nakamura", u"Sato",
    u"Silva", u"Tanaka", u"Oliveira", u"Moreau"};

const char16_t *const departments[]
    = {u"Finance", u"Sales", u"Marketing", u"Engineering", u"Human Resources", u"Legal", u"Operations", u"IT"};
const char16_t *const jobTitles[]
    = {u"Analyst", u"Manager", u"Engineer", u"Specialist", u"Director", u"Coordinator", u"Consultant", u"Associate"};
const char16_t *const projectWords[]
    = {u"Falcon", u"Mercury", u"Orion", u"Atlas", u"Nova", u"Zephyr", u"Quasar", u"Aurora", u"Helix", u"Lumen"};

// Folds a name to the ASCII letters a UPN may hold ("Łukasz O'Brien" -> "lukasz", "obrien").
QString asciiFold(const QString &name)
{
    QString out;
    const QString decomposed = name.toLower().normalized(QString::NormalizationForm_D);
    for (const QChar ch : decomposed) {
        const char16_t c = ch.unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out.append(ch);
        else if (c == u'ł')
            out.append(u'l');
        else if (c == u'ø')
            out.append(u'o');
        else if (c == u'ß')
            out.append(u"ss"_s);
        else if (c == u'ı')
            out.append(u'i');
    }
    return out;
}

QString isoDate(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
}

const char *const userFieldNames[] = {"id", "displayName", "givenName", "surname", "userPrincipalName", "mail",
    "mobilePhone", "businessPhones", "otherMails", "accountEnabled", "onPremisesSyncEnabled", "userType",
    "usageLocation", "country", "department", "jobTitle", "officeLocation", "preferredLanguage", "createdDateTime"};
static_assert(sizeof(userFieldNames) / sizeof(userFieldNames[0]) == int(UserField::Count));

const QString &userString(const User &user, UserField field)
{
    static const QString none;
    switch (field) {
    case UserField::Id:
        return user.id;
    case UserField::DisplayName:
        return user.displayName;
    case UserField::GivenName:
        return user.givenName;
    case UserField::Surname:
        return user.surname;
    case UserField::UserPrincipalName:
        return user.userPrincipalName;
    case UserField::Mail:
        return user.mail;
    case UserField::MobilePhone:
        return user.mobilePhone;
    case UserField::UserType:
        return user.userType;
    case UserField::UsageLocation:
        return user.usageLocation;
    case UserField::Country:
        return user.country;
    case UserField::Department:
        return user.department;
    case UserField::JobTitle:
        return user.jobTitle;
    case UserField::OfficeLocation:
        return user.officeLocation;
    case UserField::PreferredLanguage:
        return user.preferredLanguage;
    case UserField::CreatedDateTime:
        return user.createdDateTime;
    default:
        return none;
    }
}

QString *userStringRef(User &user, UserField field)
{
    return const_cast<QString *>(&userString(user, field));
}

QJsonObject target(const QString &id, const QString &type = u"group"_s)
{
    return QJsonObject {{u"targetType"_s, type}, {u"id"_s, id}, {u"isRegistrationRequired"_s, false}};
}

} // namespace

AuthMethod *User::method(QStringView id)
{
    for (auto &m : methods) {
        if (QStringView(m.id).compare(id, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

const AuthMethod *User::method(QStringView id) const
{
    return const_cast<User *>(this)->method(id);
}

const AuthMethod *User::phone(QStringView type) const
{
    for (const auto &m : methods) {
        if (m.kind == AuthMethod::Kind::Phone && m.phoneType == type)
            return &m;
    }
    return nullptr;
}

bool User::hasKind(AuthMethod::Kind kind) const
{
    for (const auto &m : methods) {
        if (m.kind == kind)
            return true;
    }
    return false;
}

QString TenantModel::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString TenantModel::phoneMethodId(const QString &phoneType)
{
    if (phoneType == u"mobile")
        return QString::fromUtf16(MethodIds::mobile);
    if (phoneType == u"alternateMobile")
        return QString::fromUtf16(MethodIds::alternateMobile);
    if (phoneType == u"office")
        return QString::fromUtf16(MethodIds::office);
    return {};
}

void TenantModel::generate(const Options &options)
{
    FakeRandom rng(options.seed);
    tenantId = rng.guid();
    ids = FakeRandom(options.seed ^ 0xa5a5a5a5deadbeefULL);
    users.clear();
    upnIndex.clear();
    deletedUsers.clear();
    groups.clear();
    devices.clear();
    seq = 1;
    const qint64 base = QDateTime(QDate(2021, 1, 4), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    int totalWeight = 0;
    for (const auto &c : countries)
        totalWeight += c.weight;

    QHash<QString, QString> foldCache; // the name pools are small: fold each name once
    auto folded = [&foldCache](const QString &name) {
        auto it = foldCache.constFind(name);
        if (it == foldCache.constEnd())
            it = foldCache.insert(name, asciiFold(name));
        return it.value();
    };
    QList<QString> order; // generation order, for group membership
    order.reserve(options.users);
    QList<int> departmentOf;
    departmentOf.reserve(options.users);
    for (int i = 0; i < options.users; ++i) {
        User u;
        u.id = rng.guid();
        u.seq = seq;
        u.givenName = QString::fromUtf16(givenNames[rng.bounded(std::size(givenNames))]);
        u.surname = QString::fromUtf16(surnames[rng.bounded(std::size(surnames))]);
        u.displayName = u.givenName + u' ' + u.surname;
        const bool guest = rng.chance(0.05);
        u.isAdmin = !guest && i % 50 == 7;
        QString local = folded(u.givenName) + u'.' + folded(u.surname);
        if (upnIndex.contains(local + u'@' + domain) || upnIndex.contains(local + u"_fabrikam.com#ext#@"_s + domain))
            local += QString::number(i);
        if (guest) {
            u.userType = u"Guest"_s;
            u.mail = local + u"@fabrikam.com"_s;
            u.userPrincipalName = local + u"_fabrikam.com#EXT#@"_s + domain;
        } else {
            u.userPrincipalName = local + u'@' + domain;
            if (rng.chance(0.85))
                u.mail = u.userPrincipalName;
        }
        int pick = int(rng.bounded(quint32(totalWeight)));
        const Country *country = &countries[0];
        for (const auto &c : countries) {
            if (pick < c.weight) {
                country = &c;
                break;
            }
            pick -= c.weight;
        }
        u.usageLocation = QString::fromUtf16(country->code);
        u.country = QString::fromUtf16(country->name);
        u.preferredLanguage = QString::fromUtf16(country->language);
        const int dept = u.isAdmin ? 7 : int(rng.bounded(std::size(departments)));
        u.department = QString::fromUtf16(departments[dept]);
        u.jobTitle
            = u.isAdmin ? u"IT Administrator"_s : QString::fromUtf16(jobTitles[rng.bounded(std::size(jobTitles))]);
        u.officeLocation = u.country + u" "_s + QString::number(1 + rng.bounded(9));
        u.accountEnabled = !rng.chance(0.04);
        u.onPremisesSyncEnabled = !guest && rng.chance(0.3);
        const qint64 created = base + qint64(rng.bounded(1200 * 24 * 60)) * 60000;
        u.createdDateTime = isoDate(created);

        const QString cc = QString::fromUtf16(country->callingCode);
        const QString mobileNumber
            = u'+' + cc + u' ' + QString::fromUtf16(country->mobilePrefix) + rng.digits(country->mobileDigits);
        QString officeNumber
            = u'+' + cc + u' ' + QString::fromUtf16(country->officePrefix) + rng.digits(country->officeDigits);
        if (rng.chance(0.3))
            officeNumber += u'x' + rng.digits(3);
        const QString alternateNumber
            = u'+' + cc + u' ' + QString::fromUtf16(country->mobilePrefix) + rng.digits(country->mobileDigits);

        AuthMethod password;
        password.kind = AuthMethod::Kind::Password;
        password.id = QString::fromUtf16(MethodIds::password);
        password.createdDateTime = u.createdDateTime;
        u.methods.append(password);
        const int phones = int(rng.bounded(10));
        auto addPhone = [&](const QString &type, const QString &number) {
            AuthMethod m;
            m.kind = AuthMethod::Kind::Phone;
            m.phoneType = type;
            m.id = phoneMethodId(type);
            m.phoneNumber = number;
            m.smsSignInEnabled = type == u"mobile";
            u.methods.append(m);
        };
        if (phones >= 3)
            addPhone(u"mobile"_s, mobileNumber);
        if (phones == 9)
            addPhone(u"alternateMobile"_s, alternateNumber);
        if (phones >= 7)
            addPhone(u"office"_s, officeNumber);
        const QString personal = folded(u.givenName) + QString::number(rng.bounded(100)) + u"@outlook.com"_s;
        if (rng.chance(0.4)) {
            AuthMethod m;
            m.kind = AuthMethod::Kind::Email;
            m.id = QString::fromUtf16(MethodIds::email);
            m.emailAddress = personal;
            u.methods.append(m);
        }
        if (rng.chance(0.3)) {
            AuthMethod m;
            m.kind = AuthMethod::Kind::Authenticator;
            m.id = rng.guid();
            m.displayName = rng.chance(0.5) ? u"iPhone 15"_s : u"Pixel 8"_s;
            m.deviceTag = u"SoftwareTokenActivated"_s;
            m.phoneAppVersion = u"6.8.7"_s;
            m.createdDateTime = isoDate(created + 86400000);
            u.methods.append(m);
        }
        if (rng.chance(0.1)) {
            AuthMethod m;
            m.kind = AuthMethod::Kind::SoftwareOath;
            m.id = rng.guid();
            u.methods.append(m);
        }
        if (rng.chance(0.05)) {
            AuthMethod m;
            m.kind = AuthMethod::Kind::Fido2;
            m.id = rng.guid();
            m.displayName = u"Security key"_s;
            m.model = u"YubiKey 5 NFC"_s;
            m.aaGuid = u"2fc0579f-8113-47ea-b116-bb5a8db9202a"_s;
            m.createdDateTime = isoDate(created + 2 * 86400000);
            u.methods.append(m);
        }
        if (rng.chance(0.5))
            u.mobilePhone = phones >= 3 && rng.chance(0.7) ? mobileNumber : alternateNumber;
        if (rng.chance(0.6))
            u.businessPhones = {officeNumber};
        if (rng.chance(0.3))
            u.otherMails = {personal};

        order.append(u.id);
        departmentOf.append(dept);
        upnIndex.insert(u.userPrincipalName.toLower(), u.id);
        users.emplace(u.id, std::move(u));
    }

    // Groups: a pilot group (SSPR scope) with nested groups, helpdesk, all staff (nesting every department group),
    // role-assignable admins, one group per department, then project groups.
    QList<QString> groupOrder;
    QSet<QString> nicknames;
    auto makeGroup = [&](const QString &name, const QString &nick, const QString &description) -> Group & {
        Group g;
        g.id = rng.guid();
        g.seq = seq;
        g.displayName = name;
        g.mailNickname = nick;
        g.description = description;
        g.createdDateTime = isoDate(base + qint64(rng.bounded(600)) * 86400000);
        nicknames.insert(nick.toLower());
        groupOrder.append(g.id);
        return groups.emplace(g.id, std::move(g)).first->second;
    };
    auto link = [&](int groupIndex, const QString &memberId, bool isGroup) {
        if (groupIndex < groupOrder.size())
            addMember(groups.at(groupOrder.at(groupIndex)), memberId, isGroup);
    };
    const int groupCount = qMax(0, options.groups);
    for (int g = 0; g < groupCount; ++g) {
        if (g == 0)
            makeGroup(u"SSPR Pilot"_s, u"sspr-pilot"_s, u"Users in scope for self-service password reset"_s);
        else if (g == 1)
            makeGroup(u"Helpdesk"_s, u"helpdesk"_s, u"Helpdesk staff"_s);
        else if (g == 2)
            makeGroup(u"All Staff"_s, u"all-staff"_s, u"Every department"_s);
        else if (g == 3) {
            Group &admins = makeGroup(u"Tenant Admins"_s, u"tenant-admins"_s, u"Role-assignable admin group"_s);
            admins.isAssignableToRole = true;
        } else if (g < 4 + int(std::size(departments))) {
            const QString dept = QString::fromUtf16(departments[g - 4]);
            makeGroup(u"Dept - "_s + dept, u"dept-"_s + asciiFold(dept), dept + u" department"_s);
        } else {
            const QString word = QString::fromUtf16(projectWords[rng.bounded(std::size(projectWords))]);
            const QString name = u"Project "_s + word + u' ' + QString::number(g);
            makeGroup(name, u"project-"_s + asciiFold(word) + u'-' + QString::number(g), u"Project team"_s);
        }
    }
    const int firstDept = 4;
    for (int d = 0; d < int(std::size(departments)); ++d) {
        if (firstDept + d < groupOrder.size())
            link(2, groupOrder.at(firstDept + d), true); // All Staff nests every department group
    }
    if (firstDept < groupOrder.size())
        link(0, groupOrder.at(firstDept), true); // SSPR Pilot nests Dept - Finance ...
    if (groupOrder.size() > 1)
        link(0, groupOrder.at(1), true); // ... and Helpdesk
    for (int i = 0; i < order.size(); ++i) {
        const QString &id = order.at(i);
        const User &u = users.at(id);
        link(firstDept + departmentOf.at(i), id, false);
        if (u.isAdmin)
            link(3, id, false);
        if (departmentOf.at(i) == 7 && i % 3 == 0)
            link(1, id, false);
        if (i % 20 == 3)
            link(0, id, false);
    }
    for (int g = firstDept + int(std::size(departments)); g < groupOrder.size(); ++g) {
        const int size = order.isEmpty() ? 0 : 3 + int(rng.bounded(38));
        for (int k = 0; k < size; ++k)
            link(g, order.at(rng.bounded(quint32(order.size()))), false);
        if (g > firstDept + int(std::size(departments)) && rng.chance(0.2))
            link(g, groupOrder.at(g - 1), true);
    }

    // The authentication methods policy in the shape of graph-facts §2.2, every method configuration.
    QJsonArray configs;
    for (const auto *id : {u"Sms", u"Voice", u"Email", u"MicrosoftAuthenticator", u"SoftwareOath",
             u"TemporaryAccessPass", u"Fido2", u"X509Certificate", u"HardwareOath"})
        configs.append(defaultMethodConfiguration(QString::fromUtf16(id)));
    authMethodsPolicy = QJsonObject {{u"id"_s, u"authenticationMethodsPolicy"_s},
        {u"displayName"_s, u"Authentication Methods Policy"_s},
        {u"description"_s,
            u"The tenant-wide policy that controls which authentication methods are allowed in the tenant, "
            u"authentication "
            u"method registration requirements, and self-service password reset settings"_s},
        {u"lastModifiedDateTime"_s, u"2025-01-15T10:02:11.0529476Z"_s}, {u"policyVersion"_s, u"1.5"_s},
        {u"policyMigrationState"_s, u"migrationInProgress"_s},
        // In the v1.0 CSDL; its meaning is unverified (graph-facts §2.2), so it only round-trips.
        {u"reconfirmationInDays"_s, 180},
        {u"registrationEnforcement"_s,
            QJsonObject {{u"authenticationMethodsRegistrationCampaign"_s,
                QJsonObject {{u"snoozeDurationInDays"_s, 1}, {u"state"_s, u"default"_s},
                    {u"excludeTargets"_s, QJsonArray {}},
                    {u"includeTargets"_s,
                        QJsonArray {QJsonObject {{u"id"_s, u"all_users"_s}, {u"targetType"_s, u"group"_s},
                            {u"targetedAuthenticationMethod"_s, u"microsoftAuthenticator"_s}}}}}}}},
        // Beta only (stripped from v1.0 answers).
        {u"reportSuspiciousActivitySettings"_s,
            QJsonObject {{u"state"_s, u"default"_s},
                {u"includeTarget"_s, QJsonObject {{u"targetType"_s, u"group"_s}, {u"id"_s, u"all_users"_s}}},
                {u"voiceReportingCode"_s, 0}}},
        {u"systemCredentialPreferences"_s,
            QJsonObject {{u"state"_s, u"default"_s}, {u"excludeTargets"_s, QJsonArray {}},
                {u"includeTargets"_s,
                    QJsonArray {QJsonObject {{u"id"_s, u"all_users"_s}, {u"targetType"_s, u"group"_s}}}}}},
        {u"authenticationMethodConfigurations"_s, configs}};

    authorizationPolicy
        = QJsonObject {{u"id"_s, u"authorizationPolicy"_s}, {u"displayName"_s, u"Authorization Policy"_s},
            {u"description"_s, u"Used to manage authorization related settings across the company."_s},
            {u"allowInvitesFrom"_s, u"everyone"_s}, {u"allowedToSignUpEmailBasedSubscriptions"_s, true},
            {u"allowedToUseSSPR"_s, true}, {u"allowEmailVerifiedUsersToJoinOrganization"_s, false},
            {u"allowUserConsentForRiskyApps"_s, QJsonValue::Null}, {u"blockMsolPowerShell"_s, false},
            {u"guestUserRoleId"_s, u"10dae51f-b6af-4016-8d66-8c2a99b929b3"_s},
            {u"defaultUserRolePermissions"_s,
                QJsonObject {{u"allowedToCreateApps"_s, true}, {u"allowedToCreateSecurityGroups"_s, true},
                    {u"allowedToCreateTenants"_s, true}, {u"allowedToReadBitlockerKeysForOwnedDevice"_s, true},
                    {u"allowedToReadOtherUsers"_s, true},
                    {u"permissionGrantPoliciesAssigned"_s,
                        QJsonArray {u"ManagePermissionGrantsForSelf.microsoft-user-default-legacy"_s}}}}};
}

QJsonObject TenantModel::defaultMethodConfiguration(const QString &id)
{
    const QJsonArray allUsers {target(u"all_users"_s)};
    auto base = [&](const QString &type, const QString &state, const QJsonArray &include) {
        return QJsonObject {{u"@odata.type"_s, u"#microsoft.graph."_s + type}, {u"id"_s, id}, {u"state"_s, state},
            {u"excludeTargets"_s, QJsonArray {}}, {u"includeTargets"_s, include}};
    };
    if (id == u"Sms") {
        QJsonObject t = target(u"all_users"_s);
        t.insert(u"isUsableForSignIn"_s, true);
        return base(u"smsAuthenticationMethodConfiguration"_s, u"enabled"_s, QJsonArray {t});
    }
    if (id == u"Voice") {
        QJsonObject o = base(u"voiceAuthenticationMethodConfiguration"_s, u"enabled"_s, allUsers);
        o.insert(u"isOfficePhoneAllowed"_s, false);
        return o;
    }
    if (id == u"Email") {
        QJsonObject o = base(u"emailAuthenticationMethodConfiguration"_s, u"enabled"_s, allUsers);
        o.insert(u"allowExternalIdToUseEmailOtp"_s, u"default"_s);
        return o;
    }
    if (id == u"MicrosoftAuthenticator") {
        QJsonObject t = target(u"all_users"_s);
        t.insert(u"authenticationMode"_s, u"any"_s);
        QJsonObject o
            = base(u"microsoftAuthenticatorAuthenticationMethodConfiguration"_s, u"enabled"_s, QJsonArray {t});
        o.insert(u"isSoftwareOathEnabled"_s, false);
        const QJsonObject feature {{u"state"_s, u"default"_s},
            {u"includeTarget"_s, QJsonObject {{u"targetType"_s, u"group"_s}, {u"id"_s, u"all_users"_s}}},
            {u"excludeTarget"_s,
                QJsonObject {{u"targetType"_s, u"group"_s}, {u"id"_s, u"00000000-0000-0000-0000-000000000000"_s}}}};
        o.insert(u"featureSettings"_s,
            QJsonObject {{u"displayAppInformationRequiredState"_s, feature},
                {u"displayLocationInformationRequiredState"_s, feature}});
        return o;
    }
    if (id == u"SoftwareOath")
        return base(u"softwareOathAuthenticationMethodConfiguration"_s, u"enabled"_s, allUsers);
    if (id == u"TemporaryAccessPass") {
        QJsonObject o = base(u"temporaryAccessPassAuthenticationMethodConfiguration"_s, u"enabled"_s, allUsers);
        o.insert(u"defaultLifetimeInMinutes"_s, 60);
        o.insert(u"defaultLength"_s, 8);
        o.insert(u"minimumLifetimeInMinutes"_s, 60);
        o.insert(u"maximumLifetimeInMinutes"_s, 480);
        o.insert(u"isUsableOnce"_s, false);
        return o;
    }
    if (id == u"Fido2") {
        QJsonObject o = base(u"fido2AuthenticationMethodConfiguration"_s, u"enabled"_s, allUsers);
        o.insert(u"isAttestationEnforced"_s, false);
        o.insert(u"isSelfServiceRegistrationAllowed"_s, true);
        o.insert(u"keyRestrictions"_s,
            QJsonObject {{u"isEnforced"_s, false}, {u"enforcementType"_s, u"block"_s}, {u"aaGuids"_s, QJsonArray {}}});
        return o;
    }
    if (id == u"X509Certificate") {
        QJsonObject o = base(u"x509CertificateAuthenticationMethodConfiguration"_s, u"disabled"_s, allUsers);
        o.insert(u"certificateUserBindings"_s, QJsonArray {});
        o.insert(u"authenticationModeConfiguration"_s,
            QJsonObject {{u"x509CertificateAuthenticationDefaultMode"_s, u"x509CertificateSingleFactor"_s},
                {u"rules"_s, QJsonArray {}}});
        return o;
    }
    if (id == u"HardwareOath")
        return base(u"hardwareOathAuthenticationMethodConfiguration"_s, u"enabled"_s, allUsers);
    return {};
}

QJsonObject TenantModel::methodConfiguration(const QString &id) const
{
    const QJsonArray configs = authMethodsPolicy.value(u"authenticationMethodConfigurations"_s).toArray();
    for (const auto &c : configs) {
        if (c.toObject().value(u"id"_s).toString().compare(id, Qt::CaseInsensitive) == 0)
            return c.toObject();
    }
    return {};
}

User *TenantModel::findUser(const QString &idOrUpn)
{
    const QString key = idOrUpn.toLower();
    auto it = users.find(key);
    if (it != users.end())
        return &it->second;
    const auto upn = upnIndex.constFind(key);
    if (upn != upnIndex.constEnd()) {
        it = users.find(upn.value());
        if (it != users.end())
            return &it->second;
    }
    return nullptr;
}

Group *TenantModel::findGroup(const QString &id)
{
    auto it = groups.find(id.toLower());
    return it == groups.end() ? nullptr : &it->second;
}

OathDevice *TenantModel::findDevice(const QString &id)
{
    auto it = devices.find(id.toLower());
    return it == devices.end() ? nullptr : &it->second;
}

QString TenantModel::signedInUserId() const
{
    for (const auto &[id, user] : users) {
        if (user.isAdmin)
            return id;
    }
    return users.empty() ? QString() : users.begin()->first;
}

QString TenantModel::addUser(const QJsonObject &json)
{
    User u;
    u.id = json.value(u"id"_s).toString().toLower();
    if (u.id.isEmpty() || users.count(u.id))
        u.id = ids.guid();
    u.createdDateTime = now();
    QString error;
    QJsonObject rest = json;
    rest.remove(u"id"_s);
    if (!rest.contains(u"userPrincipalName"_s)) {
        const QString local = asciiFold(json.value(u"displayName"_s).toString()).left(20);
        rest.insert(
            u"userPrincipalName"_s, (local.isEmpty() ? u"user"_s : local) + u'.' + u.id.left(8) + u'@' + domain);
    }
    if (!rest.contains(u"displayName"_s))
        rest.insert(u"displayName"_s, rest.value(u"userPrincipalName"_s).toString().section(u'@', 0, 0));
    AuthMethod password;
    password.kind = AuthMethod::Kind::Password;
    password.id = QString::fromUtf16(MethodIds::password);
    password.createdDateTime = u.createdDateTime;
    u.methods.append(password);
    auto it = users.emplace(u.id, std::move(u)).first;
    if (!updateUser(it->second, rest, &error)) {
        qWarning("fakegraph: addUser: %s", qPrintable(error));
    }
    it->second.seq = nextSeq();
    return it->first;
}

bool TenantModel::updateUser(User &user, const QJsonObject &changes, QString *error)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == u"isAdmin") {
            user.isAdmin = value.toBool();
            continue;
        }
        int field = -1;
        for (int f = 0; f < int(UserField::Count); ++f) {
            if (key == QLatin1StringView(userFieldNames[f])) {
                field = f;
                break;
            }
        }
        if (field < 0 || UserField(field) == UserField::Id || UserField(field) == UserField::CreatedDateTime) {
            *error = u"Invalid property '%1'."_s.arg(key);
            return false;
        }
        switch (UserField(field)) {
        case UserField::BusinessPhones:
        case UserField::OtherMails: {
            if (!value.isArray() && !value.isNull()) {
                *error
                    = u"Cannot convert the literal to the expected type 'Collection(Edm.String)' for '%1'."_s.arg(key);
                return false;
            }
            QStringList list;
            for (const auto &v : value.toArray())
                list.append(v.toString());
            if (UserField(field) == UserField::BusinessPhones)
                user.businessPhones = list;
            else
                user.otherMails = list;
            break;
        }
        case UserField::AccountEnabled:
        case UserField::OnPremisesSyncEnabled:
            if (!value.isBool()) {
                *error = u"Cannot convert the literal to the expected type 'Edm.Boolean' for '%1'."_s.arg(key);
                return false;
            }
            if (UserField(field) == UserField::AccountEnabled)
                user.accountEnabled = value.toBool();
            else
                user.onPremisesSyncEnabled = value.toBool();
            break;
        default: {
            if (!value.isString() && !value.isNull()) {
                *error = u"Cannot convert the literal to the expected type 'Edm.String' for '%1'."_s.arg(key);
                return false;
            }
            const QString text = value.isNull() ? QString() : value.toString();
            if (UserField(field) == UserField::UserPrincipalName) {
                const QString lower = text.toLower();
                if (text.isEmpty() || !text.contains(u'@')) {
                    *error = u"Invalid value specified for property 'userPrincipalName' of resource 'User'."_s;
                    return false;
                }
                const auto existing = upnIndex.constFind(lower);
                if (existing != upnIndex.constEnd() && existing.value() != user.id) {
                    *error = u"Another object with the same value for property userPrincipalName already exists."_s;
                    return false;
                }
                upnIndex.remove(user.userPrincipalName.toLower());
                upnIndex.insert(lower, user.id);
            }
            *userStringRef(user, UserField(field)) = text;
            break;
        }
        }
    }
    return true;
}

void TenantModel::deleteUser(const QString &idOrUpn)
{
    User *user = findUser(idOrUpn);
    if (!user)
        return;
    const QString id = user->id;
    for (auto &[gid, group] : groups)
        removeMember(group, id);
    for (auto &[did, device] : devices) {
        if (device.assignedUserId == id) {
            device.assignedUserId.clear();
            device.status = u"available"_s;
        }
    }
    upnIndex.remove(user->userPrincipalName.toLower());
    users.erase(id);
    deletedUsers[id] = nextSeq();
}

bool TenantModel::addMember(Group &group, const QString &memberId, bool isGroup)
{
    const QString id = memberId.toLower();
    if (group.memberIds.contains(id))
        return false;
    group.members.append({id, isGroup});
    group.memberIds.insert(id);
    group.events.append({nextSeq(), id, isGroup, true});
    return true;
}

bool TenantModel::removeMember(Group &group, const QString &memberId)
{
    const QString id = memberId.toLower();
    if (!group.memberIds.remove(id))
        return false;
    bool isGroup = false;
    for (qsizetype i = 0; i < group.members.size(); ++i) {
        if (group.members.at(i).id == id) {
            isGroup = group.members.at(i).isGroup;
            group.members.removeAt(i);
            break;
        }
    }
    group.events.append({nextSeq(), id, isGroup, false});
    return true;
}

QList<const Group *> TenantModel::memberOf(const QString &objectId) const
{
    const QString id = objectId.toLower();
    QList<const Group *> out;
    for (const auto &[gid, group] : groups) {
        if (group.memberIds.contains(id))
            out.append(&group);
    }
    return out;
}

QList<const Group *> TenantModel::transitiveMemberOf(const QString &objectId) const
{
    QList<const Group *> out;
    QSet<QString> seen;
    QList<QString> frontier {objectId.toLower()};
    while (!frontier.isEmpty()) {
        const QString current = frontier.takeFirst();
        for (const Group *g : memberOf(current)) {
            if (seen.contains(g->id))
                continue;
            seen.insert(g->id);
            out.append(g);
            frontier.append(g->id);
        }
    }
    return out;
}

QList<Member> TenantModel::transitiveMembers(const Group &group) const
{
    QList<Member> out;
    QSet<QString> seen {group.id};
    QList<const Group *> frontier {&group};
    while (!frontier.isEmpty()) {
        const Group *g = frontier.takeFirst();
        for (const Member &m : g->members) {
            if (seen.contains(m.id))
                continue;
            seen.insert(m.id);
            out.append(m);
            if (m.isGroup) {
                auto it = groups.find(m.id);
                if (it != groups.end())
                    frontier.append(&it->second);
            }
        }
    }
    return out;
}

QSet<QString> TenantModel::transitiveUserIds(const Group &group) const
{
    QSet<QString> out;
    for (const Member &m : transitiveMembers(group)) {
        if (!m.isGroup)
            out.insert(m.id);
    }
    return out;
}

const char *TenantModel::userFieldName(UserField field)
{
    return userFieldNames[int(field)];
}

QList<UserField> TenantModel::defaultUserFields()
{
    // graph-facts §6.1: the properties GET /users returns without $select.
    return {UserField::BusinessPhones, UserField::DisplayName, UserField::GivenName, UserField::Id, UserField::JobTitle,
        UserField::Mail, UserField::MobilePhone, UserField::OfficeLocation, UserField::PreferredLanguage,
        UserField::Surname, UserField::UserPrincipalName};
}

bool TenantModel::parseUserSelect(const QString &select, QList<UserField> *fields, QString *unknown)
{
    fields->clear();
    if (select.trimmed().isEmpty()) {
        *fields = defaultUserFields();
        return true;
    }
    bool haveId = false;
    for (const QString &raw : select.split(u',', Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed();
        int field = -1;
        for (int f = 0; f < int(UserField::Count); ++f) {
            if (name.compare(QLatin1StringView(userFieldNames[f]), Qt::CaseInsensitive) == 0) {
                field = f;
                break;
            }
        }
        if (field < 0) {
            *unknown = name;
            return false;
        }
        if (!fields->contains(UserField(field)))
            fields->append(UserField(field));
        haveId = haveId || UserField(field) == UserField::Id;
    }
    if (!haveId)
        fields->prepend(UserField::Id); // Graph always returns the id
    return true;
}

QJsonValue TenantModel::userField(const User &user, UserField field)
{
    switch (field) {
    case UserField::BusinessPhones:
        return QJsonArray::fromStringList(user.businessPhones);
    case UserField::OtherMails:
        return QJsonArray::fromStringList(user.otherMails);
    case UserField::AccountEnabled:
        return user.accountEnabled;
    case UserField::OnPremisesSyncEnabled:
        return user.onPremisesSyncEnabled;
    default: {
        const QString &text = userString(user, field);
        return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }
    }
}

void TenantModel::appendUser(QByteArray &out, const User &user, const QList<UserField> &fields, bool withType)
{
    out.append('{');
    bool first = true;
    if (withType) {
        out.append("\"@odata.type\":\"#microsoft.graph.user\"");
        first = false;
    }
    for (const UserField field : fields) {
        if (!first)
            out.append(',');
        first = false;
        JsonBytes::appendKey(out, userFieldNames[int(field)]);
        switch (field) {
        case UserField::BusinessPhones:
            JsonBytes::appendStringList(out, user.businessPhones);
            break;
        case UserField::OtherMails:
            JsonBytes::appendStringList(out, user.otherMails);
            break;
        case UserField::AccountEnabled:
            JsonBytes::appendBool(out, user.accountEnabled);
            break;
        case UserField::OnPremisesSyncEnabled:
            // Graph answers null, not false, for cloud-only users.
            if (user.onPremisesSyncEnabled)
                out.append("true", 4);
            else
                out.append("null", 4);
            break;
        default:
            JsonBytes::appendStringOrNull(out, userString(user, field));
            break;
        }
    }
    out.append('}');
}

QJsonObject TenantModel::userObject(const User &user)
{
    QJsonObject o;
    for (int f = 0; f < int(UserField::Count); ++f)
        o.insert(QLatin1StringView(userFieldNames[f]), userField(user, UserField(f)));
    o.insert(u"isAdmin"_s, user.isAdmin);
    return o;
}

QJsonObject TenantModel::groupObject(const Group &group)
{
    return QJsonObject {{u"id"_s, group.id}, {u"displayName"_s, group.displayName},
        {u"description"_s, group.description.isNull() ? QJsonValue() : QJsonValue(group.description)},
        {u"mailNickname"_s, group.mailNickname}, {u"mailEnabled"_s, group.mailEnabled},
        {u"securityEnabled"_s, group.securityEnabled}, {u"groupTypes"_s, QJsonArray::fromStringList(group.groupTypes)},
        {u"isAssignableToRole"_s, group.isAssignableToRole}, {u"mail"_s, QJsonValue::Null},
        {u"createdDateTime"_s, group.createdDateTime}, {u"visibility"_s, QJsonValue::Null}};
}

// The Authentication Administrator mask: "+1 XXXXXXXX34", the country code and the last two digits kept, the
// extension dropped. The exact mask Graph uses is unverified (graph-facts §3.1 only says "masked phone numbers").
QString TenantModel::maskPhoneNumber(const QString &number)
{
    const qsizetype space = number.indexOf(u' ');
    if (space < 0)
        return number;
    QString national = number.mid(space + 1).section(u'x', 0, 0);
    for (qsizetype i = 0; i + 2 < national.size(); ++i) {
        if (national.at(i).isDigit())
            national[i] = u'X';
    }
    return number.left(space + 1) + national;
}

QJsonObject TenantModel::methodObject(
    const AuthMethod &m, bool maskPhone, const QJsonObject &policy, const OathDevice *device)
{
    auto typed = [&](const char16_t *type) {
        return QJsonObject {{u"@odata.type"_s, u"#microsoft.graph."_s + QString::fromUtf16(type)}, {u"id"_s, m.id}};
    };
    switch (m.kind) {
    case AuthMethod::Kind::Password: {
        QJsonObject o = typed(u"passwordAuthenticationMethod");
        o.insert(u"password"_s, QJsonValue::Null);
        o.insert(u"createdDateTime"_s, m.createdDateTime);
        return o;
    }
    case AuthMethod::Kind::Phone: {
        QJsonObject o = typed(u"phoneAuthenticationMethod");
        o.insert(u"phoneNumber"_s, maskPhone ? maskPhoneNumber(m.phoneNumber) : m.phoneNumber);
        o.insert(u"phoneType"_s, m.phoneType);
        QString sms = u"notSupported"_s;
        if (m.phoneType == u"mobile") {
            bool allowed = false;
            for (const auto &c : policy.value(u"authenticationMethodConfigurations"_s).toArray()) {
                const QJsonObject config = c.toObject();
                if (config.value(u"id"_s).toString() != u"Sms" || config.value(u"state"_s).toString() != u"enabled")
                    continue;
                for (const auto &t : config.value(u"includeTargets"_s).toArray())
                    allowed = allowed || t.toObject().value(u"isUsableForSignIn"_s).toBool();
            }
            sms = !allowed ? u"notAllowedByPolicy"_s : (m.smsSignInEnabled ? u"ready"_s : u"notEnabled"_s);
        }
        o.insert(u"smsSignInState"_s, sms);
        return o;
    }
    case AuthMethod::Kind::Email: {
        QJsonObject o = typed(u"emailAuthenticationMethod");
        o.insert(u"emailAddress"_s, m.emailAddress);
        return o;
    }
    case AuthMethod::Kind::Authenticator: {
        QJsonObject o = typed(u"microsoftAuthenticatorAuthenticationMethod");
        o.insert(u"displayName"_s, m.displayName);
        o.insert(u"deviceTag"_s, m.deviceTag);
        o.insert(u"phoneAppVersion"_s, m.phoneAppVersion);
        o.insert(u"createdDateTime"_s, m.createdDateTime);
        return o;
    }
    case AuthMethod::Kind::SoftwareOath: {
        QJsonObject o = typed(u"softwareOathAuthenticationMethod");
        o.insert(u"secretKey"_s, QJsonValue::Null);
        return o;
    }
    case AuthMethod::Kind::Fido2: {
        QJsonObject o = typed(u"fido2AuthenticationMethod");
        o.insert(u"displayName"_s, m.displayName);
        o.insert(u"createdDateTime"_s, m.createdDateTime);
        o.insert(u"aaGuid"_s, m.aaGuid);
        o.insert(u"model"_s, m.model);
        o.insert(u"attestationCertificates"_s, QJsonArray {});
        o.insert(u"attestationLevel"_s, u"attested"_s);
        return o;
    }
    case AuthMethod::Kind::TemporaryAccessPass: {
        QJsonObject o = typed(u"temporaryAccessPassAuthenticationMethod");
        o.insert(u"temporaryAccessPass"_s, QJsonValue::Null);
        o.insert(u"createdDateTime"_s, m.createdDateTime);
        o.insert(u"startDateTime"_s, m.startDateTime);
        o.insert(u"lifetimeInMinutes"_s, m.lifetimeInMinutes);
        o.insert(u"isUsableOnce"_s, m.isUsableOnce);
        const QDateTime start = QDateTime::fromString(m.startDateTime, Qt::ISODate);
        const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
        QString reason = u"EnabledByPolicy"_s;
        if (start.isValid() && nowUtc < start)
            reason = u"NotYetValid"_s;
        else if (start.isValid() && nowUtc > start.addSecs(qint64(m.lifetimeInMinutes) * 60))
            reason = u"Expired"_s;
        o.insert(u"isUsable"_s, reason == u"EnabledByPolicy");
        o.insert(u"methodUsabilityReason"_s, reason);
        return o;
    }
    case AuthMethod::Kind::HardwareOath: {
        QJsonObject o = typed(u"hardwareOathAuthenticationMethod");
        o.insert(u"displayName"_s, m.displayName.isEmpty() ? QJsonValue() : QJsonValue(m.displayName));
        if (device) {
            o.insert(u"device"_s,
                QJsonObject {{u"id"_s, device->id}, {u"serialNumber"_s, device->serialNumber},
                    {u"manufacturer"_s, device->manufacturer}, {u"model"_s, device->model},
                    {u"status"_s, device->status}});
        }
        return o;
    }
    }
    return {};
}

QJsonObject TenantModel::deviceObject(const OathDevice &d) const
{
    QJsonObject o {{u"id"_s, d.id},
        {u"displayName"_s, d.displayName.isEmpty() ? QJsonValue() : QJsonValue(d.displayName)},
        {u"serialNumber"_s, d.serialNumber}, {u"manufacturer"_s, d.manufacturer}, {u"model"_s, d.model},
        {u"secretKey"_s, QJsonValue::Null}, // never returned (graph-facts §4.1)
        {u"timeIntervalInSeconds"_s, d.timeIntervalInSeconds}, {u"hashFunction"_s, d.hashFunction},
        {u"status"_s, d.status}, {u"createdDateTime"_s, d.createdDateTime},
        {u"lastUsedDateTime"_s, d.lastUsedDateTime.isEmpty() ? QJsonValue() : QJsonValue(d.lastUsedDateTime)}};
    if (!d.assignedUserId.isEmpty()) {
        const auto it = users.find(d.assignedUserId);
        o.insert(u"assignedTo"_s,
            QJsonObject {{u"id"_s, d.assignedUserId},
                {u"displayName"_s, it == users.end() ? QJsonValue() : QJsonValue(it->second.displayName)}});
    } else {
        o.insert(u"assignedTo"_s, QJsonValue::Null);
    }
    return o;
}

QJsonObject TenantModel::registrationDetails(const User &user, const QSet<QString> &ssprScope) const
{
    // Live, unlike the real cached report (graph-facts §5.1); methodsRegistered uses the documented values plus the
    // likely ones of §5.1 (alternateMobilePhone, officePhone, temporaryAccessPass, hardwareOneTimePasscode).
    QStringList registered;
    QStringList sspr;
    bool mfa = false;
    QString preferred = u"none"_s;
    for (const AuthMethod &m : user.methods) {
        QString name;
        switch (m.kind) {
        case AuthMethod::Kind::Phone:
            name = m.phoneType == u"mobile" ? u"mobilePhone"_s
                : m.phoneType == u"office"  ? u"officePhone"_s
                                            : u"alternateMobilePhone"_s;
            mfa = true;
            if (preferred == u"none")
                preferred = m.phoneType == u"mobile" ? u"sms"_s
                    : m.phoneType == u"office"       ? u"voiceOffice"_s
                                                     : u"voiceAlternateMobile"_s;
            sspr.append(name);
            break;
        case AuthMethod::Kind::Email:
            name = u"email"_s;
            sspr.append(name);
            break;
        case AuthMethod::Kind::Authenticator:
            name = u"microsoftAuthenticatorPush"_s;
            mfa = true;
            preferred = u"push"_s;
            sspr.append(name);
            break;
        case AuthMethod::Kind::SoftwareOath:
            name = u"softwareOneTimePasscode"_s;
            mfa = true;
            if (preferred == u"none")
                preferred = u"oath"_s;
            sspr.append(name);
            break;
        case AuthMethod::Kind::Fido2:
            name = u"fido2"_s;
            mfa = true;
            break;
        case AuthMethod::Kind::TemporaryAccessPass:
            name = u"temporaryAccessPass"_s;
            break;
        case AuthMethod::Kind::HardwareOath: {
            const auto it = devices.find(m.id);
            if (it != devices.end() && it->second.status == u"activated") {
                name = u"hardwareOneTimePasscode"_s;
                mfa = true;
                sspr.append(name);
            }
            break;
        }
        case AuthMethod::Kind::Password:
            break;
        }
        if (!name.isEmpty() && !registered.contains(name))
            registered.append(name);
    }
    sspr.removeDuplicates();
    const bool ssprRegistered = sspr.size() >= (user.isAdmin ? 2 : 1); // admins: two-gate policy (§1.5)
    const bool ssprEnabled
        = user.isAdmin ? authorizationPolicy.value(u"allowedToUseSSPR"_s).toBool() : ssprScope.contains(user.id);
    QJsonArray systemPreferred;
    if (preferred == u"push")
        systemPreferred.append(u"push"_s);
    else if (preferred != u"none")
        systemPreferred.append(preferred);
    return QJsonObject {{u"id"_s, user.id}, {u"userPrincipalName"_s, user.userPrincipalName},
        {u"userDisplayName"_s, user.displayName}, {u"userType"_s, user.userType.toLower()},
        {u"isAdmin"_s, user.isAdmin}, {u"isSsprRegistered"_s, ssprRegistered}, {u"isSsprEnabled"_s, ssprEnabled},
        {u"isSsprCapable"_s, ssprRegistered && ssprEnabled}, {u"isMfaRegistered"_s, mfa},
        {u"isMfaCapable"_s, mfa && user.accountEnabled}, {u"isPasswordlessCapable"_s, registered.contains(u"fido2"_s)},
        {u"lastUpdatedDateTime"_s, now()}, {u"methodsRegistered"_s, QJsonArray::fromStringList(registered)},
        {u"isSystemPreferredAuthenticationMethodEnabled"_s, true},
        {u"systemPreferredAuthenticationMethods"_s, systemPreferred},
        {u"userPreferredMethodForSecondaryAuthentication"_s, preferred}};
}

} // namespace Sspr::FakeGraph
