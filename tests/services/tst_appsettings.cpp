#include "appsettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Sspr::Services::AppSettings;

class TestAppSettings final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"ssprconsole"_s);
    }

    void defaults()
    {
        AppSettings settings(m_dir.filePath(u"defaults.ini"_s));
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.defaultPhoneRegion(), AppSettings::systemPhoneRegion());
        QCOMPARE(settings.qrIssuer(), QString());
        QCOMPARE(settings.qrAutoCloseSeconds(), AppSettings::kDefaultQrAutoCloseSeconds);
        QCOMPARE(settings.syncIntervalMinutes(), AppSettings::kDefaultSyncIntervalMinutes);
        QCOMPARE(settings.proxyMode(), AppSettings::ProxyMode::System);
        QCOMPARE(settings.proxyPort(), AppSettings::kDefaultProxyPort);
    }

    void roundTrip_persistsAcrossInstances()
    {
        const QString file = m_dir.filePath(u"roundtrip.ini"_s);
        {
            AppSettings settings(file);
            settings.setLanguage(u"pt_BR"_s);
            settings.setDefaultPhoneRegion(u"de"_s);
            settings.setQrIssuer(u"  Contoso IT  "_s);
            settings.setQrAutoCloseSeconds(45);
            settings.setSyncIntervalMinutes(60);
            settings.setProxyMode(AppSettings::ProxyMode::Manual);
            settings.setProxyHost(u"proxy.contoso.com"_s);
            settings.setProxyPort(3128);
            QVERIFY(settings.sync());
        }
        AppSettings settings(file);
        QCOMPARE(settings.language(), u"pt_BR"_s);
        QCOMPARE(settings.defaultPhoneRegion(), u"DE"_s);
        QCOMPARE(settings.qrIssuer(), u"Contoso IT"_s);
        QCOMPARE(settings.qrAutoCloseSeconds(), 45);
        QCOMPARE(settings.syncIntervalMinutes(), 60);
        QCOMPARE(settings.proxyMode(), AppSettings::ProxyMode::Manual);
        QCOMPARE(settings.proxyHost(), u"proxy.contoso.com"_s);
        QCOMPARE(settings.proxyPort(), 3128);

        settings.setLanguage({});
        settings.setProxyMode(AppSettings::ProxyMode::None);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.proxyMode(), AppSettings::ProxyMode::None);
    }

    // Hand-edited or damaged values read back as something valid.
    void badValues_readAsValid_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("unknown language") << u"general/language"_s << u"xx"_s;
        QTest::newRow("unknown region") << u"phone/defaultRegion"_s << u"ZZ"_s;
        QTest::newRow("negative timeout") << u"qr/autoCloseSeconds"_s << u"-5"_s;
        QTest::newRow("huge timeout") << u"qr/autoCloseSeconds"_s << u"999999"_s;
        QTest::newRow("text interval") << u"sync/intervalMinutes"_s << u"often"_s;
        QTest::newRow("unknown proxy mode") << u"network/proxyMode"_s << u"socks9"_s;
        QTest::newRow("port zero") << u"network/proxyPort"_s << u"0"_s;
    }

    void badValues_readAsValid()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const QString file = m_dir.filePath(u"bad.ini"_s);
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.clear();
            raw.setValue(key, value);
        }
        AppSettings settings(file);
        QVERIFY(settings.language().isEmpty() || settings.language() == u"en"_s);
        QCOMPARE(settings.defaultPhoneRegion().size(), 2);
        QVERIFY(settings.qrAutoCloseSeconds() >= 0 && settings.qrAutoCloseSeconds() <= 3600);
        QVERIFY(settings.syncIntervalMinutes() >= 0 && settings.syncIntervalMinutes() <= 24 * 60);
        QCOMPARE(settings.proxyMode(), AppSettings::ProxyMode::System);
        QVERIFY(settings.proxyPort() >= 1 && settings.proxyPort() <= 65535);
    }

    // The default constructor uses the standard place: a per-user file named after the application.
    void standardPlace()
    {
        AppSettings settings;
        settings.setQrIssuer(u"Standard"_s);
        QVERIFY(settings.sync());
        QVERIFY2(settings.fileName().endsWith(u"/ssprconsole/ssprconsole.conf"_s), qPrintable(settings.fileName()));
        QVERIFY(QFileInfo::exists(settings.fileName()));
        QCOMPARE(AppSettings().qrIssuer(), u"Standard"_s);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
