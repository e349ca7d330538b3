#include "cloud.h"
#include "identityconfig.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sspr::Graph;

class TestCloud final : public QObject
{
    Q_OBJECT

private slots:
    void forCloud_endpoints_data();
    void forCloud_endpoints();
    void cloudKey_roundTrips();
    void cloudFromKey_toleratesCaseAndSpace();
    void cloudFromKey_unknown_refusedWithChoices();
    void checkEndpointUrl_table_data();
    void checkEndpointUrl_table();
    void identityConfig_buildsEndpointsAndScopes();
};

void TestCloud::forCloud_endpoints_data()
{
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("graphRoot");
    // graph-facts §9.4
    QTest::newRow("global") << Cloud::Global << u"https://login.microsoftonline.com"_s
                            << u"https://graph.microsoft.com"_s;
    QTest::newRow("usgov") << Cloud::UsGov << u"https://login.microsoftonline.us"_s << u"https://graph.microsoft.us"_s;
    QTest::newRow("usgovdod") << Cloud::UsGovDod << u"https://login.microsoftonline.us"_s
                              << u"https://dod-graph.microsoft.us"_s;
    QTest::newRow("china") << Cloud::China << u"https://login.chinacloudapi.cn"_s
                           << u"https://microsoftgraph.chinacloudapi.cn"_s;
}

void TestCloud::forCloud_endpoints()
{
    QFETCH(Cloud, cloud);
    QFETCH(QString, authority);
    QFETCH(QString, graphRoot);
    const CloudEndpoints endpoints = CloudEndpoints::forCloud(cloud);
    QCOMPARE(endpoints.authority, QUrl(authority));
    QCOMPARE(endpoints.graphRoot, QUrl(graphRoot));
    QVERIFY(checkEndpointUrl(endpoints.authority));
    QVERIFY(checkEndpointUrl(endpoints.graphRoot));
}

void TestCloud::cloudKey_roundTrips()
{
    const QList<Cloud> clouds {Cloud::Global, Cloud::UsGov, Cloud::UsGovDod, Cloud::China};
    QStringList keys;
    for (Cloud cloud : clouds) {
        const QString key = cloudKey(cloud);
        keys.append(key);
        const auto back = cloudFromKey(key);
        QVERIFY(back);
        QCOMPARE(back.value(), cloud);
    }
    QCOMPARE(keys, (QStringList {u"global"_s, u"usgov"_s, u"usgovdod"_s, u"china"_s}));
}

void TestCloud::cloudFromKey_toleratesCaseAndSpace()
{
    const auto cloud = cloudFromKey(u"  UsGov "_s);
    QVERIFY(cloud);
    QCOMPARE(cloud.value(), Cloud::UsGov);
}

void TestCloud::cloudFromKey_unknown_refusedWithChoices()
{
    const auto cloud = cloudFromKey(u"germany"_s);
    QVERIFY(!cloud);
    QVERIFY2(cloud.errorMessage().contains(u"germany"_s) && cloud.errorMessage().contains(u"usgovdod"_s),
        qPrintable(cloud.errorMessage()));
}

void TestCloud::checkEndpointUrl_table_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("https") << u"https://graph.microsoft.com"_s << true << QString();
    QTest::newRow("https with port and path") << u"https://graph.example.org:8443/base"_s << true << QString();
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << true << QString();
    QTest::newRow("http 127.0.0.2 (loopback /8)") << u"http://127.0.0.2:8080"_s << true << QString();
    QTest::newRow("http localhost") << u"http://localhost:8080"_s << true << QString();
    QTest::newRow("http LOCALHOST") << u"http://LOCALHOST"_s << true << QString();
    QTest::newRow("http [::1]") << u"http://[::1]:8080"_s << true << QString();
    QTest::newRow("http example.com") << u"http://example.com"_s << false << u"plain http"_s;
    QTest::newRow("http 10.0.0.1") << u"http://10.0.0.1"_s << false << u"plain http"_s;
    QTest::newRow("http 127.0.0.1.evil.com") << u"http://127.0.0.1.evil.com"_s << false << u"plain http"_s;
    QTest::newRow("http localhost.evil.com") << u"http://localhost.evil.com"_s << false << u"plain http"_s;
    QTest::newRow("ftp") << u"ftp://graph.microsoft.com"_s << false << u"only https"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false << u"not a complete web address"_s;
    QTest::newRow("relative") << u"/v1.0/users"_s << false << u"not a complete web address"_s;
    QTest::newRow("empty") << QString() << false << u"not a complete web address"_s;
    QTest::newRow("user info") << u"https://user:pw@graph.microsoft.com"_s << false << u"user name or password"_s;
}

void TestCloud::checkEndpointUrl_table()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QFETCH(QString, reasonContains);
    const Sspr::Core::Status status = checkEndpointUrl(QUrl(url));
    QCOMPARE(status.ok(), allowed);
    if (!allowed) {
        QVERIFY2(status.errorMessage().contains(reasonContains), qPrintable(status.errorMessage()));
        QVERIFY2(!status.errorMessage().contains(u"pw@"_s), "the password must not be echoed");
    }
}

void TestCloud::identityConfig_buildsEndpointsAndScopes()
{
    const IdentityConfig config = IdentityConfig::forCloud(Cloud::UsGov, u"contoso.onmicrosoft.us"_s, u"app-1"_s);
    QCOMPARE(config.tokenUrl(), QUrl(u"https://login.microsoftonline.us/contoso.onmicrosoft.us/oauth2/v2.0/token"_s));
    QCOMPARE(config.deviceCodeUrl().path(), u"/contoso.onmicrosoft.us/oauth2/v2.0/devicecode"_s);
    QCOMPARE(config.authorizeUrl().path(), u"/contoso.onmicrosoft.us/oauth2/v2.0/authorize"_s);
    QCOMPARE(config.appOnlyScope(), u"https://graph.microsoft.us/.default"_s);
    QCOMPARE(config.delegatedScope({u"User.Read.All"_s, u"UserAuthenticationMethod.ReadWrite.All"_s}),
        u"https://graph.microsoft.us/User.Read.All https://graph.microsoft.us/UserAuthenticationMethod.ReadWrite.All "
        "offline_access"_s);
    IdentityConfig loopback {QUrl(u"http://127.0.0.1:5000/"_s), u"t1"_s, u"c"_s, QUrl(u"http://127.0.0.1:5000/"_s)};
    QCOMPARE(loopback.tokenUrl(), QUrl(u"http://127.0.0.1:5000/t1/oauth2/v2.0/token"_s));
    QCOMPARE(loopback.appOnlyScope(), u"http://127.0.0.1:5000/.default"_s);
}

QTEST_GUILESS_MAIN(TestCloud)
#include "tst_cloud.moc"
