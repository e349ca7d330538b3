// Tenant profiles from scripts: connect, disconnect, profiles, whoami.
#include "cliapp.h"
#include "clicontext.h"

#include "appsettings.h"
#include "database.h"
#include "graphclient.h"
#include "graphconnection.h"
#include "secretstore.h"
#include "storelocator.h"
#include "tenantprofile.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace Sspr::Cli {

using Services::GraphConnection;
using Services::TenantProfile;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Cli)
};

// Runs the event loop until an asynchronous step has answered once.
template<typename T> class Await
{
public:
    void set(T value)
    {
        m_value = std::move(value);
        m_loop.quit();
    }
    T wait()
    {
        if (!m_value)
            m_loop.exec();
        return std::move(*m_value);
    }

private:
    QEventLoop m_loop;
    std::optional<T> m_value;
};

Core::Status awaitStatus(const std::function<void(QObject *, Secrets::SecretStore::WriteCallback)> &start)
{
    Await<Core::Status> result;
    QObject context;
    start(&context, [&result](Core::Status status) { result.set(std::move(status)); });
    return result.wait();
}

void removeStoreFiles(const QString &path)
{
    for (const QString &file : {path, path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s})
        QFile::remove(file);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The sign-in kind as --auth spells it.
QString authName(TenantProfile::SignIn signIn)
{
    switch (signIn) {
    case TenantProfile::SignIn::Browser:
        return u"browser"_s;
    case TenantProfile::SignIn::DeviceCode:
        return u"device-code"_s;
    case TenantProfile::SignIn::ClientSecret:
        return u"client-secret"_s;
    case TenantProfile::SignIn::Certificate:
        return u"certificate"_s;
    }
    return {};
}

// A secret never comes from the command line (it would sit in the shell history and in ps): standard input with
// --secret-stdin (one line, or everything up to end of input), else the environment variable.
QString readSecret(CliContext &ctx, const char *environmentVariable)
{
    if (ctx.parser().isSet(u"secret-stdin"_s)) {
        QTextStream in(stdin);
        QString text = in.readAll();
        while (text.endsWith(u'\n') || text.endsWith(u'\r'))
            text.chop(1);
        return text;
    }
    return qEnvironmentVariable(environmentVariable);
}

// ssprctl runs without a display; the page is opened only where a desktop can show it, and always printed.
void offerBrowser(CliContext &ctx, const QUrl &url)
{
    ctx.err() << Tr::tr("To sign in, open this page in a web browser: %1").arg(url.toString(QUrl::FullyEncoded))
              << Qt::endl;
    if (ctx.parser().isSet(u"no-browser"_s))
        return;
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (QDesktopServices::openUrl(url))
            return;
    } else if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        // A QCoreApplication has no platform services; xdg-open is what QDesktopServices uses on Linux desktops.
        const QString opener = QStandardPaths::findExecutable(u"xdg-open"_s);
        if (!opener.isEmpty() && QProcess::startDetached(opener, {url.toString(QUrl::FullyEncoded)}))
            return;
    }
    ctx.err() << Tr::tr("No browser could be opened here: open the page on this computer (the sign-in returns to "
                        "it), or use --auth device-code.")
              << Qt::endl;
}

// The kind of tenant a store holds, without opening it through anything that would create or seed it.
std::optional<QString> storedKind(const QString &path, QString *error)
{
    auto db = Store::Database::open(path, Store::Database::OpenMode::OpenExisting);
    if (!db) {
        *error = db.errorMessage();
        return std::nullopt;
    }
    QSqlQuery q(db.value()->connection());
    if (q.exec(u"SELECT kind FROM tenant WHERE id = 1"_s) && q.next())
        return q.value(0).toString();
    return QString();
}

int runConnect(CliContext &ctx)
{
    QCommandLineParser &p = ctx.parser();
    if (!ctx.positional().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("connect takes no arguments, only options (see ssprctl connect --help)"));
    if (p.isSet(u"db"_s))
        return ctx.fail(ExitUsage, Tr::tr("connect creates a named profile: use --profile NAME, not --db"));
    const QString name = p.value(u"profile"_s);
    if (name.isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("connect needs --profile NAME, the name of the tenant profile to create"));
    if (!Services::StoreLocator::isValidProfileName(name))
        return ctx.fail(
            ExitUsage, Tr::tr("\"%1\" is not a valid profile name: use letters, digits, '.', '_' and '-'").arg(name));
    if (name == Store::defaultProfileName())
        return ctx.fail(ExitUsage, Tr::tr("\"%1\" is the demo tenant's profile: choose another name").arg(name));
    if (!p.isSet(u"tenant"_s) || !p.isSet(u"client-id"_s))
        return ctx.fail(ExitUsage,
            Tr::tr("connect needs --tenant (tenant id or domain) and --client-id (the app "
                   "registration's application id)"));

    TenantProfile profile;
    profile.name = name;
    profile.tenant = p.value(u"tenant"_s).trimmed();
    profile.clientId = p.value(u"client-id"_s).trimmed();
    if (p.isSet(u"cloud"_s)) {
        auto cloud = Graph::cloudFromKey(p.value(u"cloud"_s));
        if (!cloud)
            return ctx.fail(ExitUsage, cloud.errorMessage());
        profile.cloud = cloud.value();
    }
    if (p.isSet(u"auth"_s)) {
        auto signIn = TenantProfile::signInFromKey(p.value(u"auth"_s));
        if (!signIn)
            return ctx.fail(ExitUsage, signIn.errorMessage());
        profile.signIn = signIn.value();
    } else if (p.isSet(u"certificate"_s)) {
        profile.signIn = TenantProfile::SignIn::Certificate;
    }
    if (p.isSet(u"certificate"_s)) {
        const QFileInfo file(p.value(u"certificate"_s));
        if (!file.isFile() || !file.isReadable())
            return ctx.fail(ExitUsage, Tr::tr("cannot read the certificate file %1").arg(shown(file.filePath())));
        profile.certificatePath = file.absoluteFilePath();
    }
    if (p.isSet(u"authority-url"_s))
        profile.authorityUrl = QUrl(p.value(u"authority-url"_s), QUrl::StrictMode);
    if (p.isSet(u"graph-url"_s))
        profile.graphUrl = QUrl(p.value(u"graph-url"_s), QUrl::StrictMode);
    if (const Core::Status valid = profile.validate(); !valid)
        return ctx.fail(ExitUsage, valid.errorMessage());
    if (p.isSet(u"secret-stdin"_s) && !profile.isAppOnly())
        return ctx.fail(ExitUsage, Tr::tr("--secret-stdin is for client-secret and certificate sign-in only"));

    QString credential;
    if (profile.signIn == TenantProfile::SignIn::ClientSecret) {
        credential = readSecret(ctx, "SSPR_CLIENT_SECRET");
        if (credential.isEmpty())
            return ctx.fail(ExitUsage,
                Tr::tr("client-secret sign-in needs the secret on standard input with "
                       "--secret-stdin, or in the SSPR_CLIENT_SECRET environment variable"));
    } else if (profile.signIn == TenantProfile::SignIn::Certificate) {
        credential = readSecret(ctx, "SSPR_CERTIFICATE_PASSWORD"); // empty: the key is not encrypted
    }

    // An existing store of that name may be reconnected only when it already mirrors a Graph tenant.
    const QString path = Store::profileStorePath(name);
    const bool existed = QFileInfo::exists(path);
    std::optional<TenantProfile> previous;
    if (existed) {
        QString error;
        const auto kind = storedKind(path, &error);
        if (!kind)
            return ctx.fail(ExitFailure, error);
        if (*kind == "local"_L1)
            return ctx.fail(ExitUsage,
                Tr::tr("the profile \"%1\" holds local data, not a Graph connection: choose another name").arg(name));
        if (auto db = Store::Database::open(path, Store::Database::OpenMode::OpenExisting); db) {
            if (auto loaded = TenantProfile::load(*db.value()); loaded)
                previous = loaded.value();
        }
    }

    GraphConnection connection(profile, ctx.secrets());
    if (profile.isAppOnly())
        connection.setCredential(credential);
    QObject::connect(
        &connection, &GraphConnection::deviceCodeReady, [&ctx](const QString &userCode, const QUrl &uri, int) {
            ctx.err() << Tr::tr("To sign in, open %1 and enter the code %2").arg(uri.toString(), userCode) << Qt::endl;
        });
    QObject::connect(
        &connection, &GraphConnection::authorizationUrlReady, [&ctx](const QUrl &url) { offerBrowser(ctx, url); });
    Await<Core::Status> signedIn;
    QObject::connect(&connection, &GraphConnection::signedIn, [&signedIn] { signedIn.set({}); });
    QObject::connect(&connection, &GraphConnection::signInFailed,
        [&signedIn](const QString &message) { signedIn.set(Core::Error {message}); });
    connection.signIn(true);
    if (const Core::Status status = signedIn.wait(); !status)
        return ctx.fail(ExitFailure, Tr::tr("sign-in failed: %1").arg(status.errorMessage()));

    // What a failure after this point must undo: secrets of a profile that does not exist yet.
    auto undoSecrets = [&] {
        if (!existed)
            awaitStatus([&](QObject *context, Secrets::SecretStore::WriteCallback done) {
                GraphConnection::removeSecrets(profile, ctx.secrets(), context, std::move(done));
            });
    };

    Await<Core::Result<GraphConnection::TenantInfo>> fetched;
    QObject context;
    connection.fetchTenantInfo(&context, [&fetched](auto info) { fetched.set(std::move(info)); });
    const auto info = fetched.wait();
    if (!info) {
        undoSecrets();
        return ctx.fail(
            ExitFailure, Tr::tr("signed in, but Graph refused the first request: %1").arg(info.errorMessage()));
    }

    if (const Core::Status stored = awaitStatus([&](QObject *c, Secrets::SecretStore::WriteCallback done) {
            connection.storeCredential(c, std::move(done));
        });
        !stored) {
        undoSecrets();
        return ctx.fail(ExitFailure, stored.errorMessage());
    }

    profile.displayName = info->displayName.isEmpty() ? profile.tenant : info->displayName;
    profile.domain = info->defaultDomain;
    Core::Status saved;
    {
        auto db = Store::Database::open(path, Store::Database::OpenMode::CreateIfMissing);
        saved = db ? profile.save(*db.value()) : Core::Status {db.error()};
    }
    if (!saved) {
        undoSecrets();
        if (!existed)
            removeStoreFiles(path);
        return ctx.fail(ExitFailure, saved.errorMessage());
    }
    // Reconnected to another tenant or app: the old one's secrets would otherwise stay in the keychain for ever.
    if (previous && previous->secretKey({}) != profile.secretKey({})) {
        awaitStatus([&](QObject *c, Secrets::SecretStore::WriteCallback done) {
            GraphConnection::removeSecrets(*previous, ctx.secrets(), c, std::move(done));
        });
    }

    if (ctx.json()) {
        ctx.printJson(QJsonObject {{u"profile"_s, name}, {u"path"_s, shown(path)}, {u"tenant"_s, profile.tenant},
            {u"tenantId"_s, info->tenantId}, {u"displayName"_s, profile.displayName}, {u"domain"_s, profile.domain},
            {u"cloud"_s, Graph::cloudKey(profile.cloud)}, {u"signIn"_s, TenantProfile::signInKey(profile.signIn)},
            {u"clientId"_s, profile.clientId.toLower()}});
        return ExitOk;
    }
    ctx.out() << Tr::tr("Connected profile \"%1\" to %2 (%3) with %4 sign-in.")
                     .arg(name, profile.displayName, profile.tenant, authName(profile.signIn))
              << Qt::endl;
    ctx.out() << Tr::tr("Store: %1").arg(shown(path)) << Qt::endl;
    ctx.out()
        << Tr::tr("Secrets are in the system keychain; remove them with: ssprctl disconnect --profile %1").arg(name)
        << Qt::endl;
    return ExitOk;
}

int runDisconnect(CliContext &ctx)
{
    QCommandLineParser &p = ctx.parser();
    if (!ctx.positional().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("disconnect takes no arguments (see ssprctl disconnect --help)"));
    if (!p.isSet(u"profile"_s) && !p.isSet(u"db"_s))
        return ctx.fail(ExitUsage, Tr::tr("disconnect needs --profile NAME"));
    // Opened here rather than through ctx.store(), so that it can be closed before --delete-store removes it.
    auto db = Services::StoreLocator::open(ctx.storeOptions());
    if (!db)
        return ctx.fail(ExitFailure, db.errorMessage());
    auto profile = TenantProfile::load(*db.value());
    if (!profile)
        return ctx.fail(ExitUsage, profile.errorMessage());
    const QString path = db.value()->path();
    db.value().reset();

    const Core::Status removed = awaitStatus([&](QObject *context, Secrets::SecretStore::WriteCallback done) {
        GraphConnection::removeSecrets(profile.value(), ctx.secrets(), context, std::move(done));
    });
    if (!removed)
        return ctx.fail(ExitFailure, removed.errorMessage());

    const bool deleteStore = p.isSet(u"delete-store"_s);
    if (deleteStore) {
        removeStoreFiles(path);
        if (QFileInfo::exists(path))
            return ctx.fail(ExitFailure, Tr::tr("signed out, but the store %1 could not be deleted").arg(shown(path)));
        Services::AppSettings settings;
        if (TenantProfile::activeProfile(settings) == profile->name)
            TenantProfile::setActiveProfile(settings, {});
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject {{u"profile"_s, profile->name}, {u"path"_s, shown(path)}, {u"secretsRemoved"_s, true},
            {u"storeDeleted"_s, deleteStore}});
        return ExitOk;
    }
    ctx.out() << Tr::tr("Signed out of \"%1\": its secrets were removed from the keychain.").arg(profile->name)
              << Qt::endl;
    if (deleteStore)
        ctx.out() << Tr::tr("Deleted the store %1.").arg(shown(path)) << Qt::endl;
    else
        ctx.out() << Tr::tr("The store was kept: %1").arg(shown(path)) << Qt::endl;
    return ExitOk;
}

int runProfiles(CliContext &ctx)
{
    if (!ctx.positional().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("profiles takes no arguments"));
    const QList<TenantProfile::Summary> profiles = TenantProfile::listProfiles();
    Services::AppSettings settings;
    QString active = TenantProfile::activeProfile(settings);
    if (active.isEmpty())
        active = Store::defaultProfileName();
    if (ctx.json()) {
        QJsonArray list;
        for (const TenantProfile::Summary &s : profiles) {
            QJsonObject o {{u"name"_s, s.name}, {u"path"_s, shown(s.path)}, {u"kind"_s, s.kind},
                {u"displayName"_s, s.displayName}, {u"tenant"_s, s.tenant}, {u"cloud"_s, s.cloud},
                {u"active"_s, s.name == active}};
            if (!s.error.isEmpty())
                o.insert(u"error"_s, s.error);
            list.append(o);
        }
        ctx.printJson(list);
        return ExitOk;
    }
    if (profiles.isEmpty()) {
        ctx.out() << Tr::tr("No profiles yet. The demo profile is created on first use; connect a tenant with: "
                            "ssprctl connect --profile NAME --tenant T --client-id C")
                  << Qt::endl;
        return ExitOk;
    }
    for (const TenantProfile::Summary &s : profiles) {
        const QString marker = s.name == active ? u"*"_s : u" "_s;
        const QString what = s.error.isEmpty()
            ? Tr::tr("%1  %2 (%3)").arg(s.kind.leftJustified(6), s.displayName, s.tenant)
            : Tr::tr("unreadable: %1").arg(s.error);
        ctx.out() << marker << u' ' << s.name.leftJustified(20) << u' ' << what << Qt::endl;
    }
    return ExitOk;
}

int runWhoami(CliContext &ctx)
{
    if (!ctx.positional().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("whoami takes no arguments"));
    GraphConnection *connection = ctx.graph();
    if (!connection)
        return ExitFailure;
    Await<Core::Result<GraphConnection::TenantInfo>> fetched;
    QObject context;
    connection->fetchTenantInfo(&context, [&fetched](auto info) { fetched.set(std::move(info)); });
    const auto info = fetched.wait();
    if (!info)
        return ctx.fail(ExitFailure, info.errorMessage());
    const TenantProfile &profile = connection->profile();
    const QString graphRoot = connection->client()->graphRoot().toString();
    if (ctx.json()) {
        ctx.printJson(QJsonObject {{u"profile"_s, profile.name}, {u"tenant"_s, profile.tenant},
            {u"tenantId"_s, info->tenantId}, {u"displayName"_s, info->displayName}, {u"domain"_s, info->defaultDomain},
            {u"cloud"_s, Graph::cloudKey(profile.cloud)}, {u"signIn"_s, TenantProfile::signInKey(profile.signIn)},
            {u"clientId"_s, profile.clientId}, {u"graphRoot"_s, graphRoot}});
        return ExitOk;
    }
    ctx.out() << Tr::tr("Profile:   %1").arg(profile.name) << Qt::endl;
    ctx.out() << Tr::tr("Tenant:    %1 (%2)")
                     .arg(info->displayName.isEmpty() ? profile.displayName : info->displayName,
                         info->tenantId.isEmpty() ? profile.tenant : info->tenantId)
              << Qt::endl;
    ctx.out() << Tr::tr("Sign-in:   %1, client id %2").arg(authName(profile.signIn), profile.clientId) << Qt::endl;
    ctx.out() << Tr::tr("Graph:     %1 (%2 cloud)").arg(graphRoot, Graph::cloudKey(profile.cloud)) << Qt::endl;
    return ExitOk;
}

} // namespace

void registerConnectCommands(QList<Command> &commands)
{
    commands.append({{u"connect"_s}, {}, Tr::tr("Connect a new tenant profile to Microsoft Graph and sign in."),
        {
            QCommandLineOption(u"tenant"_s, Tr::tr("Directory (tenant) id or verified domain."), u"T"_s),
            QCommandLineOption(u"client-id"_s, Tr::tr("Application (client) id of the app registration."), u"C"_s),
            QCommandLineOption(u"cloud"_s, Tr::tr("global (default), usgov, usgovdod or china."), u"CLOUD"_s),
            QCommandLineOption(
                u"auth"_s, Tr::tr("browser (default), device-code, client-secret or certificate."), u"KIND"_s),
            QCommandLineOption(u"certificate"_s,
                Tr::tr("Certificate with private key (PFX/P12 or PEM) for certificate sign-in."), u"FILE"_s),
            QCommandLineOption(u"secret-stdin"_s,
                Tr::tr("Read the client secret (or certificate password) from standard input; else from "
                       "SSPR_CLIENT_SECRET (SSPR_CERTIFICATE_PASSWORD).")),
            QCommandLineOption(
                u"graph-url"_s, Tr::tr("Graph root instead of the cloud's (https, or http on loopback)."), u"URL"_s),
            QCommandLineOption(u"authority-url"_s,
                Tr::tr("Sign-in authority instead of the cloud's (https, or http on loopback)."), u"URL"_s),
            QCommandLineOption(u"no-browser"_s, Tr::tr("Print the sign-in page instead of opening a browser.")),
        },
        runConnect, Tr::tr("Secrets are never taken from the command line and are kept only in the system keychain.")});
    commands.append({{u"disconnect"_s}, {}, Tr::tr("Sign a tenant profile out: remove its secrets from the keychain."),
        {QCommandLineOption(u"delete-store"_s, Tr::tr("Also delete the profile's store file."))}, runDisconnect, {}});
    commands.append({{u"profiles"_s}, {}, Tr::tr("List the tenant profiles (* marks the console's active one)."), {},
        runProfiles, {}});
    commands.append({{u"whoami"_s}, {},
        Tr::tr("Sign in with the profile's saved credentials and show the tenant Graph reports."), {}, runWhoami, {}});
}

} // namespace Sspr::Cli
