// ssprctl connect / disconnect / profiles / whoami against the in-process fake Graph and identity server, with the
// real keychain (gnome-keyring under dbus-run-session in `packaging/dev.sh test`).
#include "database.h"
#include "fakegraphserver.h"
#include "keychainsecretstore.h"
#include "tenantprofile.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;
using Sspr::Secrets::KeychainSecretStore;
using Sspr::Services::TenantProfile;

namespace {

constexpr int kTimeoutMs = 20000;
// Characters that break naive form encoding, so a secret that reaches the server intact was encoded properly.
const QString kClientSecret = u"Fake~Secret+/=&%42 with space"_s;

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QProcessEnvironment environment(const QString &home, const QList<QPair<QString, QString>> &extraEnv = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.remove(u"SSPR_CLIENT_SECRET"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    for (const auto &[name, value] : extraEnv)
        env.insert(name, value);
    return env;
}

Run ssprctl(const QStringList &args, const QString &home, const QByteArray &input = {},
    const QList<QPair<QString, QString>> &extraEnv = {})
{
    QProcess process;
    process.setProcessEnvironment(environment(home, extraEnv));
    process.start(QStringLiteral(SSPRCTL_PATH), args);
    if (!process.waitForStarted(kTimeoutMs))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

Sspr::Core::Result<QString> readSecret(const QString &key)
{
    KeychainSecretStore store;
    std::optional<Sspr::Core::Result<QString>> result;
    QObject context;
    store.read(key, &context, [&](Sspr::Core::Result<QString> value) { result = std::move(value); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kTimeoutMs))
        return Sspr::Core::Error {u"timed out"_s};
    return *result;
}

Sspr::Core::Status probeKeychain()
{
    KeychainSecretStore store;
    std::optional<Sspr::Core::Status> result;
    QObject context;
    store.probe(&context, [&](Sspr::Core::Status status) { result = std::move(status); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kTimeoutMs))
        return Sspr::Core::Error {u"timed out waiting for the keychain"_s};
    return *result;
}

} // namespace

// The CLI always uses the real keychain: without one, the tests that sign in are skipped, unless
// SSPR_REQUIRE_KEYCHAIN=1 (packaging/dev.sh test) makes that a failure.
#define REQUIRE_KEYCHAIN()                                                                                             \
    do {                                                                                                               \
        if (!m_keychain) {                                                                                             \
            if (qEnvironmentVariable("SSPR_REQUIRE_KEYCHAIN") == "1"_L1)                                               \
                QFAIL(qPrintable(u"SSPR_REQUIRE_KEYCHAIN=1 but no keychain: "_s + m_keychainProblem));                 \
            QSKIP(qPrintable(u"no Secret Service reachable: "_s + m_keychainProblem));                                 \
        }                                                                                                              \
    } while (false)

class TestSsprctlConnect final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sspr::FakeGraph::Server> m_server;
    QTemporaryDir m_home;
    bool m_keychain = false;
    QString m_keychainProblem;
    QString m_clientId; // fresh per run: keychain entries of other runs never interfere

    QString profilePath(const QString &name) const
    {
        return m_home.path() + u"/data/ssprconsole/profiles/"_s + name + u".sqlite"_s;
    }

    QString key(const QString &purpose) const
    {
        TenantProfile p;
        p.tenant = m_server->tenantId();
        p.clientId = m_clientId;
        return p.secretKey(purpose);
    }

    QStringList connectArgs(const QString &profile, const QString &auth) const
    {
        return {u"--profile"_s, profile, u"connect"_s, u"--tenant"_s, m_server->tenantId(), u"--client-id"_s,
            m_clientId, u"--auth"_s, auth, u"--graph-url"_s, m_server->graphRoot().toString(), u"--authority-url"_s,
            m_server->authority().toString()};
    }

    Run connectWithSecret(const QString &profile, const QString &secret = kClientSecret)
    {
        return ssprctl(
            connectArgs(profile, u"client-secret"_s) << u"--secret-stdin"_s, m_home.path(), secret.toUtf8() + '\n');
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        Sspr::FakeGraph::Options options;
        options.users = 20;
        options.groups = 3;
        options.clientSecret = kClientSecret;
        options.deviceCodeIntervalSeconds = 1;
        options.deviceCodeApproveAfterPolls = 2;
        m_server = std::make_unique<Sspr::FakeGraph::Server>(options);
        QVERIFY(m_server->start());
        QVERIFY(TenantProfile::isGuid(m_server->tenantId()));
        m_clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto probe = probeKeychain();
        m_keychain = probe.ok();
        m_keychainProblem = probe.errorMessage();
    }

    void cleanupTestCase()
    {
        if (!m_keychain)
            return;
        // Whatever a failed test left behind.
        for (const QString &purpose : TenantProfile::secretPurposes()) {
            KeychainSecretStore store;
            bool done = false;
            QObject context;
            store.remove(key(purpose), &context, [&done](Sspr::Core::Status) { done = true; });
            QTest::qWaitFor([&] { return done; }, kTimeoutMs);
        }
    }

    void refused_exit2AndNothingWritten_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QString tenant = u"contoso.onmicrosoft.com"_s;
        const QString client = u"11111111-2222-3333-4444-555555555555"_s;
        const QStringList base {u"--profile"_s, u"refused"_s, u"connect"_s, u"--tenant"_s, tenant, u"--client-id"_s,
            client, u"--auth"_s, u"device-code"_s};
        QTest::newRow("http graph url off loopback")
            << (base + QStringList {u"--graph-url"_s, u"http://graph.example.com"_s}) << u"plain http"_s;
        QTest::newRow("http authority off loopback")
            << (base + QStringList {u"--authority-url"_s, u"http://login.example.com"_s}) << u"plain http"_s;
        QTest::newRow("ftp graph url") << (base + QStringList {u"--graph-url"_s, u"ftp://127.0.0.1/"_s}) << u"https"_s;
        QTest::newRow("tenant neither guid nor domain") << QStringList {u"--profile"_s, u"refused"_s, u"connect"_s,
            u"--tenant"_s, u"not a tenant"_s, u"--client-id"_s, client}
                                                        << u"neither a directory"_s;
        QTest::newRow("client id not a guid") << QStringList {u"--profile"_s, u"refused"_s, u"connect"_s, u"--tenant"_s,
            tenant, u"--client-id"_s, u"my-app"_s}
                                              << u"not a GUID"_s;
        QTest::newRow("unknown cloud") << (base + QStringList {u"--cloud"_s, u"mars"_s}) << u"Unknown cloud"_s;
        QTest::newRow("unknown sign-in") << QStringList {u"--profile"_s, u"refused"_s, u"connect"_s, u"--tenant"_s,
            tenant, u"--client-id"_s, client, u"--auth"_s, u"password"_s}
                                         << u"not a sign-in kind"_s;
        QTest::newRow("no profile") << QStringList {u"connect"_s, u"--tenant"_s, tenant, u"--client-id"_s, client}
                                    << u"--profile NAME"_s;
        QTest::newRow("demo profile") << QStringList {u"--profile"_s, u"demo"_s, u"connect"_s, u"--tenant"_s, tenant,
            u"--client-id"_s, client} << u"demo tenant"_s;
        QTest::newRow("no client secret") << QStringList {u"--profile"_s, u"refused"_s, u"connect"_s, u"--tenant"_s,
            tenant, u"--client-id"_s, client, u"--auth"_s, u"client-secret"_s}
                                          << u"SSPR_CLIENT_SECRET"_s;
        QTest::newRow("secret on stdin for device code")
            << (base + QStringList {u"--secret-stdin"_s}) << u"--secret-stdin"_s;
        QTest::newRow("missing certificate file") << QStringList {u"--profile"_s, u"refused"_s, u"connect"_s,
            u"--tenant"_s, tenant, u"--client-id"_s, client, u"--certificate"_s, u"/nonexistent/app.pfx"_s}
                                                  << u"certificate"_s;
    }

    void refused_exit2AndNothingWritten()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = ssprctl(args, m_home.path());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(r.err.startsWith(u"ssprctl: "_s));
        QVERIFY(!QFileInfo::exists(profilePath(u"refused"_s)));
        QVERIFY(!QFileInfo::exists(profilePath(u"demo"_s)));
    }

    void connect_clientSecret_storesProfileAndSecret()
    {
        REQUIRE_KEYCHAIN();
        const Run r = connectWithSecret(u"secret-app"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"secret-app"_s), qPrintable(r.out));

        // The profile is its own store: tenant row of kind graph, settings in meta.
        auto db
            = Sspr::Store::Database::open(profilePath(u"secret-app"_s), Sspr::Store::Database::OpenMode::OpenExisting);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        auto profile = TenantProfile::load(*db.value());
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        QCOMPARE(profile->tenant, m_server->tenantId().toLower());
        QCOMPARE(profile->clientId, m_clientId);
        QCOMPARE(profile->signIn, TenantProfile::SignIn::ClientSecret);
        QCOMPARE(profile->graphUrl, m_server->graphRoot());
        QCOMPARE(profile->authorityUrl, m_server->authority());
        QVERIFY(!profile->displayName.isEmpty());
        db.value().reset();

        // The secret is in the keychain, and a new ssprctl process signs in with it.
        const auto stored = readSecret(key(u"client-secret"_s));
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored.value(), kClientSecret);
        const Run who = ssprctl({u"--profile"_s, u"secret-app"_s, u"whoami"_s, u"--json"_s}, m_home.path());
        QVERIFY2(who.code == 0, qPrintable(who.err));
        const QJsonObject json = QJsonDocument::fromJson(who.out.toUtf8()).object();
        QCOMPARE(json.value(u"tenantId"_s).toString(), m_server->tenantId());
        QCOMPARE(json.value(u"signIn"_s).toString(), u"clientSecret"_s);

        // profiles lists it with its tenant.
        const Run list = ssprctl({u"profiles"_s, u"--json"_s}, m_home.path());
        QVERIFY2(list.code == 0, qPrintable(list.err));
        bool found = false;
        const QJsonArray profiles = QJsonDocument::fromJson(list.out.toUtf8()).array();
        for (const QJsonValue &v : profiles) {
            const QJsonObject o = v.toObject();
            if (o.value(u"name"_s).toString() == u"secret-app"_s) {
                found = true;
                QCOMPARE(o.value(u"kind"_s).toString(), u"graph"_s);
                QCOMPARE(o.value(u"tenant"_s).toString(), m_server->tenantId().toLower());
            }
        }
        QVERIFY2(found, qPrintable(list.out));
    }

    void connect_secretFromEnvironment()
    {
        REQUIRE_KEYCHAIN();
        const Run r = ssprctl(connectArgs(u"env-app"_s, u"client-secret"_s), m_home.path(), {},
            {{u"SSPR_CLIENT_SECRET"_s, kClientSecret}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(profilePath(u"env-app"_s)));
    }

    void connect_wrongSecret_exit1AndNoProfile()
    {
        REQUIRE_KEYCHAIN();
        const Run r = connectWithSecret(u"wrong-secret"_s, u"not-the-secret"_s);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.startsWith(u"ssprctl: sign-in failed: "_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"not-the-secret"_s));
        QVERIFY(!QFileInfo::exists(profilePath(u"wrong-secret"_s)));
    }

    void connect_overLocalProfile_refused()
    {
        REQUIRE_KEYCHAIN();
        const Run seeded = ssprctl({u"--profile"_s, u"local-data"_s, u"seed"_s, u"--users"_s, u"5"_s}, m_home.path());
        QVERIFY2(seeded.code == 0, qPrintable(seeded.err));
        const QByteArray before = Sspr::Test::readAll(profilePath(u"local-data"_s));
        const Run r = connectWithSecret(u"local-data"_s);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"local data"_s), qPrintable(r.err));
        QCOMPARE(Sspr::Test::readAll(profilePath(u"local-data"_s)), before);
    }

    void connect_deviceCode_signsInAndKeepsRefreshToken()
    {
        REQUIRE_KEYCHAIN();
        const Run r = ssprctl(connectArgs(u"device"_s, u"device-code"_s), m_home.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(
            r.err.contains(u"To sign in, open "_s) && r.err.contains(u" and enter the code "_s), qPrintable(r.err));
        const QString code = m_server->lastUserCode();
        QVERIFY(!code.isEmpty());
        QVERIFY2(r.err.contains(code), qPrintable(r.err));
        const auto first = readSecret(key(u"refresh-token"_s));
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QVERIFY(!first->isEmpty());

        // A later process signs in with the stored refresh token, and keeps the rotated one.
        const Run who = ssprctl({u"--profile"_s, u"device"_s, u"whoami"_s}, m_home.path());
        QVERIFY2(who.code == 0, qPrintable(who.err));
        QVERIFY2(who.out.contains(u"device-code"_s), qPrintable(who.out));
        const auto second = readSecret(key(u"refresh-token"_s));
        QVERIFY(second);
        QVERIFY(!second->isEmpty());
        QVERIFY(second.value() != first.value());
    }

    // ssprctl prints the authorize URL (no display here, so no browser is started); the test plays the browser: it
    // follows the identity server's redirect back to ssprctl's loopback listener.
    void connect_browser_signsInThroughLoopbackRedirect()
    {
        REQUIRE_KEYCHAIN();
        QProcess process;
        process.setProcessEnvironment(environment(m_home.path()));
        process.setReadChannel(QProcess::StandardError);
        process.start(QStringLiteral(SSPRCTL_PATH), connectArgs(u"browser"_s, u"browser"_s));
        QVERIFY(process.waitForStarted(kTimeoutMs));
        process.closeWriteChannel();
        static const QRegularExpression urlPattern(u"(http://127\\.0\\.0\\.1:\\d+/\\S+/authorize\\?\\S+)"_s);
        QString err;
        QUrl authorize;
        const auto killAtExit = qScopeGuard([&process] {
            process.kill();
            process.waitForFinished();
        });
        while (!(authorize.isValid() && err.contains(u"No browser could be opened"_s))
            && process.waitForReadyRead(kTimeoutMs)) {
            err += QString::fromUtf8(process.readAllStandardError());
            if (const auto match = urlPattern.match(err); match.hasMatch())
                authorize = QUrl(match.captured(1), QUrl::StrictMode);
        }
        QVERIFY2(authorize.isValid(), qPrintable(err));
        QVERIFY2(err.contains(u"No browser could be opened"_s), qPrintable(err));
        const QUrlQuery query(authorize);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(query.queryItemValue(u"client_id"_s), m_clientId);

        QNetworkAccessManager nam;
        QNetworkRequest request(authorize);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = nam.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kTimeoutMs);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->url().host(), u"localhost"_s); // ended at ssprctl's redirect listener
        reply->deleteLater();

        // ssprctl may already have finished while the reply was awaited (the event loop ran): waitForFinished()
        // answers false for a process that is no longer running, so ask for the state first.
        const bool finished = process.state() == QProcess::NotRunning || process.waitForFinished(3 * kTimeoutMs);
        QVERIFY2(finished, qPrintable(err + QString::fromUtf8(process.readAllStandardError())));
        err += QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(err));
        const auto refresh = readSecret(key(u"refresh-token"_s));
        QVERIFY2(refresh, qPrintable(refresh.errorMessage()));
        QVERIFY(!refresh->isEmpty());
        auto db = Sspr::Store::Database::open(profilePath(u"browser"_s), Sspr::Store::Database::OpenMode::OpenExisting);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE(TenantProfile::load(*db.value())->signIn, TenantProfile::SignIn::Browser);
    }

    // A PKCS#12 file with a password made by openssl; the password goes to the keychain, the path to the store.
    void connect_certificate_passwordInKeychain()
    {
        REQUIRE_KEYCHAIN();
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (openssl.isEmpty())
            QSKIP("openssl is not installed");
        QTemporaryDir dir;
        auto run = [&](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(dir.path());
            p.start(openssl, args);
            return p.waitForFinished(kTimeoutMs) && p.exitCode() == 0;
        };
        QVERIFY(run({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-keyout"_s, u"key.pem"_s, u"-out"_s,
            u"cert.pem"_s, u"-days"_s, u"2"_s, u"-nodes"_s, u"-subj"_s, u"/CN=sspr-console-test"_s}));
        const QString password = u"p12-Password!"_s;
        QVERIFY(run({u"pkcs12"_s, u"-export"_s, u"-inkey"_s, u"key.pem"_s, u"-in"_s, u"cert.pem"_s, u"-out"_s,
            u"app.p12"_s, u"-passout"_s, u"pass:"_s + password}));
        const QString p12 = dir.filePath(u"app.p12"_s);

        QStringList args = connectArgs(u"cert-app"_s, u"certificate"_s)
            << u"--certificate"_s << p12 << u"--secret-stdin"_s;
        Run r = ssprctl(args, m_home.path(), "wrong password");
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(!QFileInfo::exists(profilePath(u"cert-app"_s)));

        r = ssprctl(args, m_home.path(), password.toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readSecret(key(u"certificate-password"_s)).value(), password);
        r = ssprctl({u"--profile"_s, u"cert-app"_s, u"whoami"_s}, m_home.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"certificate"_s), qPrintable(r.out));
        r = ssprctl({u"--profile"_s, u"cert-app"_s, u"disconnect"_s}, m_home.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(readSecret(key(u"certificate-password"_s))->isEmpty());
    }

    void disconnect_removesSecretsAndKeepsStore()
    {
        REQUIRE_KEYCHAIN();
        Run r = connectWithSecret(u"to-sign-out"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readSecret(key(u"client-secret"_s)).value(), kClientSecret);

        r = ssprctl({u"--profile"_s, u"to-sign-out"_s, u"disconnect"_s}, m_home.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const QString &purpose : TenantProfile::secretPurposes()) {
            const auto value = readSecret(key(purpose));
            QVERIFY2(value, qPrintable(value.errorMessage()));
            QVERIFY2(value->isEmpty(), qPrintable(purpose));
        }
        QVERIFY(QFileInfo::exists(profilePath(u"to-sign-out"_s)));

        // Signed out: Graph commands say how to connect again.
        r = ssprctl({u"--profile"_s, u"to-sign-out"_s, u"whoami"_s}, m_home.path());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"no client secret"_s), qPrintable(r.err));

        r = ssprctl({u"--profile"_s, u"to-sign-out"_s, u"disconnect"_s, u"--delete-store"_s}, m_home.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(profilePath(u"to-sign-out"_s)));
    }

    void disconnect_localOrMissingProfile_refused()
    {
        Run r = ssprctl({u"--profile"_s, u"nowhere"_s, u"disconnect"_s}, m_home.path());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"no profile named"_s), qPrintable(r.err));
        r = ssprctl({u"disconnect"_s}, m_home.path());
        QCOMPARE(r.code, 2);
    }

    // The scan: after connect and a Graph call with every debug category on, neither the client secret nor
    // any token the server issued is in the store, the settings, any other file under HOME, or the output.
    void noSecretOrTokenInFilesOrOutput()
    {
        REQUIRE_KEYCHAIN();
        const QList<QPair<QString, QString>> debug {{u"QT_LOGGING_RULES"_s, u"*.debug=true"_s}};
        QString output;
        Run r = ssprctl(connectArgs(u"scanned"_s, u"client-secret"_s) << u"--secret-stdin"_s, m_home.path(),
            kClientSecret.toUtf8(), debug);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        output += r.out + r.err;
        r = ssprctl({u"--profile"_s, u"scanned"_s, u"whoami"_s, u"--json"_s}, m_home.path(), {}, debug);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        output += r.out + r.err;
        r = ssprctl(connectArgs(u"scanned-device"_s, u"device-code"_s), m_home.path(), {}, debug);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        output += r.out + r.err;
        r = ssprctl({u"--profile"_s, u"scanned-device"_s, u"whoami"_s}, m_home.path(), {}, debug);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        output += r.out + r.err;
        // The logging rules took effect: the sign-in steps were logged, so the scan below looked at real logs.
        QVERIFY2(output.contains(u"ssprconsole.graph"_s), qPrintable(output));

        QStringList needles = m_server->issuedSecretsAndTokens();
        QVERIFY2(needles.size() >= 4, "the server issued too few tokens for the scan to mean anything");
        // The device code's user code is meant to be shown; it is not a credential once the sign-in is done.
        needles.removeAll(m_server->lastUserCode());
        needles << kClientSecret;
        const auto refresh = readSecret(key(u"refresh-token"_s));
        QVERIFY(refresh && !refresh->isEmpty());
        needles << refresh.value();

        QList<QPair<QString, QByteArray>> files;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            files.append({path, Sspr::Test::readAll(path)});
        }
        QVERIFY(std::any_of(
            files.cbegin(), files.cend(), [](const auto &f) { return f.first.endsWith(u"/scanned.sqlite"_s); }));
        for (const QString &needle : std::as_const(needles)) {
            QVERIFY(needle.size() >= 8);
            QVERIFY2(!output.contains(needle), "a secret or token appears in ssprctl's output");
            const QByteArray bytes = needle.toUtf8();
            for (const auto &[path, content] : std::as_const(files))
                QVERIFY2(!content.contains(bytes), qPrintable(u"a secret or token is in "_s + path));
        }
    }
};

QTEST_GUILESS_MAIN(TestSsprctlConnect)
#include "tst_ssprctl_connect.moc"
