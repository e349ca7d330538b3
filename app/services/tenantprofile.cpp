#include "tenantprofile.h"

#include "appsettings.h"
#include "database.h"
#include "secretstore.h"
#include "storelocator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>

namespace Sspr::Services {

using Core::Error;
using Core::Result;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Services::TenantProfile)
};

// meta keys of a Graph profile; the values are settings, never secrets.
const QString kClientId = u"graph.client_id"_s;
const QString kSignIn = u"graph.sign_in"_s;
const QString kCertificatePath = u"graph.certificate_path"_s;
const QString kAuthorityUrl = u"graph.authority_url"_s;
const QString kGraphUrl = u"graph.graph_url"_s;

const QString kActiveProfile = u"profiles/active"_s;

Status checkOverride(const QUrl &url, const QString &option)
{
    if (url.isEmpty())
        return {};
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return Error {Tr::tr("The %1 \"%2\" is not a valid URL.").arg(option, url.toString())};
    if (const Status s = Graph::checkEndpointUrl(url); !s)
        return Error {Tr::tr("The %1 is refused: %2").arg(option, s.errorMessage())};
    return {};
}
} // namespace

QString TenantProfile::signInKey(SignIn signIn)
{
    switch (signIn) {
    case SignIn::Browser:
        return u"browser"_s;
    case SignIn::DeviceCode:
        return u"deviceCode"_s;
    case SignIn::ClientSecret:
        return u"clientSecret"_s;
    case SignIn::Certificate:
        return u"certificate"_s;
    }
    return u"browser"_s;
}

Result<TenantProfile::SignIn> TenantProfile::signInFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower().remove(u'-');
    if (k == "browser"_L1)
        return SignIn::Browser;
    if (k == "devicecode"_L1)
        return SignIn::DeviceCode;
    if (k == "clientsecret"_L1)
        return SignIn::ClientSecret;
    if (k == "certificate"_L1)
        return SignIn::Certificate;
    return Error {
        Tr::tr("\"%1\" is not a sign-in kind: use browser, device-code, client-secret or certificate.").arg(key)};
}

bool TenantProfile::isGuid(const QString &text)
{
    static const QRegularExpression re(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return re.match(text).hasMatch();
}

bool TenantProfile::isDomainName(const QString &text)
{
    // Labels of letters, digits and inner hyphens, at least two of them, a top-level label of letters.
    static const QRegularExpression re(u"^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

Status TenantProfile::validate() const
{
    if (!name.isEmpty() && !StoreLocator::isValidProfileName(name))
        return Error {Tr::tr("\"%1\" is not a valid profile name: use letters, digits, '.', '_' and '-'.").arg(name)};
    if (tenant.isEmpty())
        return Error {Tr::tr("The tenant is missing: give its directory (tenant) id or a verified domain such as "
                             "contoso.onmicrosoft.com.")};
    if (!isGuid(tenant) && !isDomainName(tenant))
        return Error {Tr::tr("\"%1\" is neither a directory (tenant) id (a GUID such as "
                             "00000000-0000-0000-0000-000000000000) nor a domain name such as "
                             "contoso.onmicrosoft.com.")
                          .arg(tenant)};
    if (clientId.isEmpty())
        return Error {Tr::tr("The client id is missing: give the application (client) id of the app registration.")};
    if (!isGuid(clientId))
        return Error {Tr::tr("The client id \"%1\" is not a GUID: copy the application (client) id from the app "
                             "registration's overview page.")
                          .arg(clientId)};
    if (signIn == SignIn::Certificate && certificatePath.isEmpty())
        return Error {Tr::tr("Certificate sign-in needs the certificate file (PKCS#12 or PEM with its private key).")};
    if (signIn != SignIn::Certificate && !certificatePath.isEmpty())
        return Error {Tr::tr("A certificate file is only used with certificate sign-in.")};
    if (const Status s = checkOverride(authorityUrl, Tr::tr("authority URL")); !s)
        return s;
    if (const Status s = checkOverride(graphUrl, Tr::tr("Graph URL")); !s)
        return s;
    return {};
}

Graph::CloudEndpoints TenantProfile::endpoints() const
{
    Graph::CloudEndpoints e = Graph::CloudEndpoints::forCloud(cloud);
    if (!authorityUrl.isEmpty())
        e.authority = authorityUrl;
    if (!graphUrl.isEmpty())
        e.graphRoot = graphUrl;
    return e;
}

QStringList TenantProfile::secretPurposes()
{
    return {u"refresh-token"_s, u"client-secret"_s, u"certificate-password"_s};
}

QString TenantProfile::secretKey(const QString &purpose) const
{
    // Tenant ids and domains are case-insensitive; the key must not depend on how the user typed them.
    return Secrets::SecretStore::makeKey(tenant.toLower(), clientId.toLower(), purpose);
}

Result<TenantProfile> TenantProfile::load(Store::Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT name, tenant_id, kind, cloud, domain FROM tenant WHERE id = 1"_s))
        return Error {Store::Database::errorText(q)};
    if (!q.next())
        return Error {Tr::tr("The store %1 holds no tenant.").arg(db.path())};
    if (q.value(2).toString() != "graph"_L1)
        return Error {Tr::tr("The store %1 holds a local tenant, not a connection to Microsoft Graph.").arg(db.path())};
    TenantProfile p;
    p.name = QFileInfo(db.path()).completeBaseName();
    p.displayName = q.value(0).toString();
    p.tenant = q.value(1).toString();
    p.domain = q.value(4).toString();
    auto cloud = Graph::cloudFromKey(q.value(3).toString());
    if (!cloud)
        return cloud.error();
    p.cloud = cloud.value();
    p.clientId = db.metaValue(kClientId);
    auto signIn = signInFromKey(db.metaValue(kSignIn));
    if (!signIn)
        return signIn.error();
    p.signIn = signIn.value();
    p.certificatePath = db.metaValue(kCertificatePath);
    p.authorityUrl = QUrl(db.metaValue(kAuthorityUrl));
    p.graphUrl = QUrl(db.metaValue(kGraphUrl));
    return p;
}

Status TenantProfile::save(Store::Database &db) const
{
    if (const Status s = validate(); !s)
        return s;
    return db.transaction([&]() -> Status {
        QSqlQuery existing(db.connection());
        if (!existing.exec(u"SELECT kind FROM tenant WHERE id = 1"_s))
            return Error {Store::Database::errorText(existing)};
        // A store of local (demo) data never silently turns into a Graph mirror.
        if (existing.next() && existing.value(0).toString() != "graph"_L1)
            return Error {Tr::tr("The store %1 holds a local tenant; a Graph connection needs a profile of its own.")
                              .arg(db.path())};
        auto prepared
            = db.prepare(u"INSERT INTO tenant (id, name, domain, tenant_id, kind, cloud, created_at) "
                         "VALUES (1, :name, :domain, :tenant, 'graph', :cloud, :at) "
                         "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                         "domain = CASE WHEN excluded.domain = '' THEN tenant.domain ELSE excluded.domain END, "
                         "tenant_id = excluded.tenant_id, cloud = excluded.cloud"_s);
        if (!prepared)
            return prepared.error();
        QSqlQuery &q = prepared.value();
        q.bindValue(u":name"_s, displayName.isEmpty() ? tenant : displayName);
        q.bindValue(u":domain"_s, !domain.isEmpty() ? domain : isDomainName(tenant) ? tenant.toLower() : u""_s);
        q.bindValue(u":tenant"_s, tenant.toLower());
        q.bindValue(u":cloud"_s, Graph::cloudKey(cloud));
        q.bindValue(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (const Status s = db.exec(q); !s)
            return s;
        const std::pair<QString, QString> values[] = {
            {kClientId, clientId.toLower()},
            {kSignIn, signInKey(signIn)},
            {kCertificatePath, certificatePath},
            {kAuthorityUrl, authorityUrl.toString()},
            {kGraphUrl, graphUrl.toString()},
        };
        for (const auto &[key, value] : values) {
            // A null QString would bind as SQL NULL (an unset URL, an empty path); the column holds text.
            if (const Status s = db.setMetaValue(key, Store::Database::text(value)); !s)
                return s;
        }
        return {};
    });
}

QList<TenantProfile::Summary> TenantProfile::listProfiles()
{
    QList<Summary> list;
    const QStringList names = StoreLocator::profileNames();
    for (const QString &profile : names) {
        Summary s;
        s.name = profile;
        s.path = Store::profileStorePath(profile);
        auto db = Store::Database::open(s.path, Store::Database::OpenMode::OpenExisting);
        if (!db) {
            s.error = db.errorMessage();
            list.append(s);
            continue;
        }
        QSqlQuery q(db.value()->connection());
        if (q.exec(u"SELECT name, domain, tenant_id, kind, cloud FROM tenant WHERE id = 1"_s) && q.next()) {
            s.displayName = q.value(0).toString();
            s.kind = q.value(3).toString();
            s.tenant = s.kind == "graph"_L1 ? q.value(2).toString() : q.value(1).toString();
            s.cloud = q.value(4).toString();
        } else {
            s.error = Tr::tr("The store holds no tenant yet.");
        }
        list.append(s);
    }
    return list;
}

QString TenantProfile::activeProfile(AppSettings &settings)
{
    const QString name = settings.store().value(kActiveProfile).toString();
    return StoreLocator::isValidProfileName(name) ? name : QString();
}

void TenantProfile::setActiveProfile(AppSettings &settings, const QString &name)
{
    if (name.isEmpty() || name == Store::defaultProfileName())
        settings.store().remove(kActiveProfile);
    else
        settings.store().setValue(kActiveProfile, name);
}

} // namespace Sspr::Services
