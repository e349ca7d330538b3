#include "appsettings.h"
#include "database.h"
#include "storelocator.h"
#include "tenantprofile.h"

#include <QFileInfo>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Sspr::Graph::Cloud;
using Sspr::Services::TenantProfile;
using Sspr::Store::Database;

namespace {
TenantProfile validProfile()
{
    TenantProfile p;
    p.name = u"contoso"_s;
    p.tenant = u"contoso.onmicrosoft.com"_s;
    p.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    return p;
}
} // namespace

class TestTenantProfile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Profiles live under AppDataLocation; keep them in the scratch folder.
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toUtf8());
    }

    void validate_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // "" = valid, else part of the message

        QTest::newRow("domain tenant") << u"tenant"_s << u"contoso.onmicrosoft.com"_s << QString();
        QTest::newRow("guid tenant") << u"tenant"_s << u"72F988BF-86F1-41AF-91AB-2D7CD011DB47"_s << QString();
        QTest::newRow("tenant with space") << u"tenant"_s << u"contoso tenant"_s << u"neither"_s;
        QTest::newRow("tenant without dot") << u"tenant"_s << u"contoso"_s << u"neither"_s;
        QTest::newRow("tenant url") << u"tenant"_s << u"https://contoso.com"_s << u"neither"_s;
        QTest::newRow("empty tenant") << u"tenant"_s << QString() << u"tenant is missing"_s;
        QTest::newRow("client id not guid") << u"clientId"_s << u"sspr-console"_s << u"not a GUID"_s;
        QTest::newRow("client id short guid")
            << u"clientId"_s << u"11111111-2222-3333-4444-55555555555"_s << u"not a GUID"_s;
        QTest::newRow("empty client id") << u"clientId"_s << QString() << u"client id is missing"_s;
        QTest::newRow("https graph") << u"graphUrl"_s << u"https://graph.microsoft.us"_s << QString();
        QTest::newRow("loopback http graph") << u"graphUrl"_s << u"http://127.0.0.1:8080"_s << QString();
        QTest::newRow("localhost http authority") << u"authorityUrl"_s << u"http://localhost:9000"_s << QString();
        QTest::newRow("remote http graph") << u"graphUrl"_s << u"http://graph.example.com"_s << u"plain http"_s;
        QTest::newRow("look-alike loopback")
            << u"authorityUrl"_s << u"http://127.0.0.1.evil.example"_s << u"plain http"_s;
        QTest::newRow("ftp authority") << u"authorityUrl"_s << u"ftp://login.example.com"_s << u"https"_s;
        QTest::newRow("relative graph") << u"graphUrl"_s << u"graph.microsoft.com"_s << u"not a valid URL"_s;
        QTest::newRow("profile name with slash") << u"name"_s << u"../x"_s << u"not a valid profile name"_s;
        QTest::newRow("certificate without file") << u"signIn"_s << u"certificate"_s << u"certificate file"_s;
        QTest::newRow("file without certificate") << u"certificatePath"_s << u"/tmp/a.pfx"_s << u"only used"_s;
    }

    void validate()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        TenantProfile p = validProfile();
        if (field == "tenant"_L1)
            p.tenant = value;
        else if (field == "clientId"_L1)
            p.clientId = value;
        else if (field == "graphUrl"_L1)
            p.graphUrl = QUrl(value, QUrl::StrictMode);
        else if (field == "authorityUrl"_L1)
            p.authorityUrl = QUrl(value, QUrl::StrictMode);
        else if (field == "name"_L1)
            p.name = value;
        else if (field == "signIn"_L1)
            p.signIn = TenantProfile::signInFromKey(value).value();
        else if (field == "certificatePath"_L1)
            p.certificatePath = value;
        const auto status = p.validate();
        if (expected.isEmpty()) {
            QVERIFY2(status, qPrintable(status.errorMessage()));
        } else {
            QVERIFY(!status);
            QVERIFY2(status.errorMessage().contains(expected), qPrintable(status.errorMessage()));
        }
    }

    void signInKeys_roundTripAndAcceptCliSpelling()
    {
        using S = TenantProfile::SignIn;
        for (S s : {S::Browser, S::DeviceCode, S::ClientSecret, S::Certificate})
            QCOMPARE(TenantProfile::signInFromKey(TenantProfile::signInKey(s)).value(), s);
        QCOMPARE(TenantProfile::signInFromKey(u"device-code"_s).value(), S::DeviceCode);
        QCOMPARE(TenantProfile::signInFromKey(u"client-secret"_s).value(), S::ClientSecret);
        QVERIFY(!TenantProfile::signInFromKey(u"password"_s));
    }

    void endpoints_cloudDefaultsAndOverrides()
    {
        TenantProfile p = validProfile();
        p.cloud = Cloud::UsGovDod;
        QCOMPARE(p.endpoints().graphRoot, QUrl(u"https://dod-graph.microsoft.us"_s));
        QCOMPARE(p.endpoints().authority, QUrl(u"https://login.microsoftonline.us"_s));
        p.graphUrl = QUrl(u"http://127.0.0.1:1234"_s);
        QCOMPARE(p.endpoints().graphRoot, QUrl(u"http://127.0.0.1:1234"_s));
        QCOMPARE(p.endpoints().authority, QUrl(u"https://login.microsoftonline.us"_s));
    }

    void secretKeys_namespacedAndCaseInsensitive()
    {
        TenantProfile a = validProfile();
        TenantProfile b = validProfile();
        b.tenant = a.tenant.toUpper();
        b.clientId = a.clientId.toUpper();
        QCOMPARE(a.secretKey(u"refresh-token"_s), b.secretKey(u"refresh-token"_s));
        QCOMPARE(a.secretKey(u"refresh-token"_s),
            u"contoso.onmicrosoft.com/11111111-2222-3333-4444-555555555555/refresh-token"_s);
        b.clientId = u"99999999-2222-3333-4444-555555555555"_s;
        QVERIFY(a.secretKey(u"refresh-token"_s) != b.secretKey(u"refresh-token"_s));
        QCOMPARE(TenantProfile::secretPurposes(),
            (QStringList {u"refresh-token"_s, u"client-secret"_s, u"certificate-password"_s}));
    }

    void saveLoad_roundTripsInTheStore()
    {
        const QString path = m_dir.filePath(u"roundtrip.sqlite"_s);
        TenantProfile p = validProfile();
        p.name = u"roundtrip"_s;
        p.displayName = u"Contoso Ltd"_s;
        p.cloud = Cloud::China;
        p.signIn = TenantProfile::SignIn::Certificate;
        p.certificatePath = u"/home/admin/app.pfx"_s;
        p.authorityUrl = QUrl(u"https://login.example.cn"_s);
        p.graphUrl = QUrl(u"http://[::1]:8443"_s);
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
            QVERIFY2(db, qPrintable(db.errorMessage()));
            const auto saved = p.save(*db.value());
            QVERIFY2(saved, qPrintable(saved.errorMessage()));
        }
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(db);
        const auto loaded = TenantProfile::load(*db.value());
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->name, p.name);
        QCOMPARE(loaded->displayName, p.displayName);
        QCOMPARE(loaded->cloud, p.cloud);
        QCOMPARE(loaded->tenant, p.tenant);
        QCOMPARE(loaded->domain, p.tenant); // a domain tenant is its own domain until Graph says otherwise
        QCOMPARE(loaded->clientId, p.clientId);
        QCOMPARE(loaded->signIn, p.signIn);
        QCOMPARE(loaded->certificatePath, p.certificatePath);
        QCOMPARE(loaded->authorityUrl, p.authorityUrl);
        QCOMPARE(loaded->graphUrl, p.graphUrl);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"SELECT kind, cloud FROM tenant"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"graph"_s);
        QCOMPARE(q.value(1).toString(), u"china"_s);
        QVERIFY(!q.next());

        // Saving again updates the one row.
        TenantProfile changed = loaded.value();
        changed.signIn = TenantProfile::SignIn::DeviceCode;
        changed.certificatePath.clear();
        changed.authorityUrl.clear();
        const auto resaved = changed.save(*db.value());
        QVERIFY2(resaved, qPrintable(resaved.errorMessage()));
        const auto reloaded = TenantProfile::load(*db.value());
        QCOMPARE(reloaded->signIn, TenantProfile::SignIn::DeviceCode);
        QVERIFY(reloaded->authorityUrl.isEmpty());
        QVERIFY(reloaded->certificatePath.isEmpty());
    }

    void saveAndLoad_refuseLocalStores()
    {
        auto db = Database::open(m_dir.filePath(u"local.sqlite"_s), Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        QVERIFY(db.value()->exec(u"INSERT INTO tenant (id, name, domain, kind, created_at) "
                                 "VALUES (1, 'Demo', 'demo.example', 'local', '2024-01-01T00:00:00Z')"_s));
        const auto loaded = TenantProfile::load(*db.value());
        QVERIFY(!loaded);
        QVERIFY2(loaded.errorMessage().contains(u"local tenant"_s), qPrintable(loaded.errorMessage()));
        const auto saved = validProfile().save(*db.value());
        QVERIFY(!saved);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"SELECT kind FROM tenant"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"local"_s);
        QVERIFY(db.value()->metaValue(u"graph.client_id"_s).isEmpty());
    }

    void invalidProfile_isNotSaved()
    {
        auto db = Database::open(m_dir.filePath(u"invalid.sqlite"_s), Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        TenantProfile p = validProfile();
        p.graphUrl = QUrl(u"http://graph.example.com"_s);
        QVERIFY(!p.save(*db.value()));
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM tenant"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void listProfiles_namesKindsAndTenants()
    {
        QVERIFY(Sspr::Services::StoreLocator::profileNames().isEmpty());
        TenantProfile graph = validProfile();
        graph.name = u"b-graph"_s;
        {
            auto db = Database::open(Sspr::Store::profileStorePath(graph.name), Database::OpenMode::CreateIfMissing);
            QVERIFY2(db, qPrintable(db.errorMessage()));
            const auto saved = graph.save(*db.value());
            QVERIFY2(saved, qPrintable(saved.errorMessage()));
            auto local
                = Database::open(Sspr::Store::profileStorePath(u"a-local"_s), Database::OpenMode::CreateIfMissing);
            QVERIFY(local);
            QVERIFY(local.value()->exec(u"INSERT INTO tenant (id, name, domain, kind, created_at) VALUES "
                                        "(1, 'Demo', 'demo.example', 'local', '2024-01-01T00:00:00Z')"_s));
        }
        // Not a store: listed with the reason, not hidden and not touched.
        const QString junk = Sspr::Store::profileStorePath(u"c-junk"_s);
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not sqlite at all");
        file.close();

        QCOMPARE(Sspr::Services::StoreLocator::profileNames(), (QStringList {u"a-local"_s, u"b-graph"_s, u"c-junk"_s}));
        const auto list = TenantProfile::listProfiles();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).kind, u"local"_s);
        QCOMPARE(list.at(0).tenant, u"demo.example"_s);
        QCOMPARE(list.at(1).kind, u"graph"_s);
        QCOMPARE(list.at(1).tenant, graph.tenant);
        QCOMPARE(list.at(1).cloud, u"global"_s);
        QVERIFY(list.at(2).kind.isEmpty());
        QVERIFY(!list.at(2).error.isEmpty());
        QCOMPARE(QFileInfo(junk).size(), qint64(17));
    }

    void activeProfile_rememberedInSettings()
    {
        const QString ini = m_dir.filePath(u"settings.ini"_s);
        {
            Sspr::Services::AppSettings settings(ini);
            QCOMPARE(TenantProfile::activeProfile(settings), QString());
            TenantProfile::setActiveProfile(settings, u"b-graph"_s);
            QVERIFY(settings.sync());
        }
        Sspr::Services::AppSettings settings(ini);
        QCOMPARE(TenantProfile::activeProfile(settings), u"b-graph"_s);
        TenantProfile::setActiveProfile(settings, u"demo"_s);
        QCOMPARE(TenantProfile::activeProfile(settings), QString());
        settings.store().setValue(u"profiles/active"_s, u"../../etc/passwd"_s);
        QCOMPARE(TenantProfile::activeProfile(settings), QString());
    }
};

QTEST_GUILESS_MAIN(TestTenantProfile)
#include "tst_tenantprofile.moc"
