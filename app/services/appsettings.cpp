#include "appsettings.h"

#include "phonenumber.h"
#include "translator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace Sspr::Services {

using namespace Qt::StringLiterals;

namespace {
const QString kLanguage = u"general/language"_s;
const QString kPhoneRegion = u"phone/defaultRegion"_s;
const QString kQrIssuer = u"qr/issuer"_s;
const QString kQrAutoClose = u"qr/autoCloseSeconds"_s;
const QString kSyncInterval = u"sync/intervalMinutes"_s;
const QString kProxyMode = u"network/proxyMode"_s;
const QString kProxyHost = u"network/proxyHost"_s;
const QString kProxyPort = u"network/proxyPort"_s;

// Without an organisation name QSettings cannot read or write anything; ours is the application's own name, so
// the file is ~/.config/ssprconsole/ssprconsole.conf (QStandardPaths' data folder is left as it is).
QString applicationKey()
{
    const QString name = QCoreApplication::applicationName();
    return name.isEmpty() ? u"ssprconsole"_s : name;
}

int boundedInt(const QSettings &settings, const QString &key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok ? std::clamp(value, low, high) : fallback;
}
} // namespace

AppSettings::AppSettings()
{
    const QString organization = QCoreApplication::organizationName();
    m_settings = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
        organization.isEmpty() ? applicationKey() : organization, applicationKey());
}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

QString AppSettings::language() const
{
    const QString value = m_settings->value(kLanguage).toString();
    return Core::Translator::availableLanguages().contains(value) ? value : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings->remove(kLanguage);
    else
        m_settings->setValue(kLanguage, language);
}

QString AppSettings::systemPhoneRegion()
{
    const QString code = QLocale::territoryToCode(QLocale::system().territory());
    return Core::PhoneNumber::isKnownRegion(code) ? code : u"US"_s;
}

QString AppSettings::defaultPhoneRegion() const
{
    const QString value = m_settings->value(kPhoneRegion).toString().toUpper();
    return Core::PhoneNumber::isKnownRegion(value) ? value : systemPhoneRegion();
}

void AppSettings::setDefaultPhoneRegion(const QString &region)
{
    m_settings->setValue(kPhoneRegion, region.toUpper());
}

QString AppSettings::qrIssuer() const
{
    return m_settings->value(kQrIssuer).toString().trimmed();
}

void AppSettings::setQrIssuer(const QString &issuer)
{
    m_settings->setValue(kQrIssuer, issuer.trimmed());
}

int AppSettings::qrAutoCloseSeconds() const
{
    return boundedInt(
        *m_settings, kQrAutoClose, kDefaultQrAutoCloseSeconds, kMinQrAutoCloseSeconds, kMaxQrAutoCloseSeconds);
}

void AppSettings::setQrAutoCloseSeconds(int seconds)
{
    m_settings->setValue(kQrAutoClose, std::clamp(seconds, kMinQrAutoCloseSeconds, kMaxQrAutoCloseSeconds));
}

int AppSettings::syncIntervalMinutes() const
{
    return boundedInt(
        *m_settings, kSyncInterval, kDefaultSyncIntervalMinutes, kMinSyncIntervalMinutes, kMaxSyncIntervalMinutes);
}

void AppSettings::setSyncIntervalMinutes(int minutes)
{
    m_settings->setValue(kSyncInterval, std::clamp(minutes, kMinSyncIntervalMinutes, kMaxSyncIntervalMinutes));
}

AppSettings::ProxyMode AppSettings::proxyMode() const
{
    const QString value = m_settings->value(kProxyMode).toString();
    if (value == "none"_L1)
        return ProxyMode::None;
    if (value == "manual"_L1)
        return ProxyMode::Manual;
    return ProxyMode::System;
}

void AppSettings::setProxyMode(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System:
        m_settings->setValue(kProxyMode, u"system"_s);
        return;
    case ProxyMode::None:
        m_settings->setValue(kProxyMode, u"none"_s);
        return;
    case ProxyMode::Manual:
        m_settings->setValue(kProxyMode, u"manual"_s);
        return;
    }
}

QString AppSettings::proxyHost() const
{
    return m_settings->value(kProxyHost).toString().trimmed();
}

void AppSettings::setProxyHost(const QString &host)
{
    m_settings->setValue(kProxyHost, host.trimmed());
}

int AppSettings::proxyPort() const
{
    return boundedInt(*m_settings, kProxyPort, kDefaultProxyPort, 1, 65535);
}

void AppSettings::setProxyPort(int port)
{
    m_settings->setValue(kProxyPort, std::clamp(port, 1, 65535));
}

bool AppSettings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

QSettings &AppSettings::store()
{
    return *m_settings;
}

} // namespace Sspr::Services
