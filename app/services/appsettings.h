#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace Sspr::Services {

// The user's preferences, persisted with QSettings in the platform's standard place
// ($XDG_CONFIG_HOME/ssprconsole/ssprconsole.conf on Linux, the registry on Windows, a plist on macOS).
// Typed accessors with defaults and bounds; values out of range read back as their nearest valid value.
// No widgets: the console's Settings dialog, app/main.cpp and services read and write it alike.
class AppSettings final
{
public:
    enum class ProxyMode {
        System, // the desktop's proxy configuration
        None, // connect directly
        Manual, // proxyHost():proxyPort(), HTTP CONNECT
    };

    static constexpr int kMinQrAutoCloseSeconds = 0; // 0: never close by itself
    static constexpr int kMaxQrAutoCloseSeconds = 3600;
    static constexpr int kDefaultQrAutoCloseSeconds = 120;
    static constexpr int kMinSyncIntervalMinutes = 0; // 0: only when asked
    static constexpr int kMaxSyncIntervalMinutes = 24 * 60;
    static constexpr int kDefaultSyncIntervalMinutes = 15;
    static constexpr int kDefaultProxyPort = 8080;

    // The settings of this application in the standard place.
    AppSettings();
    // An INI file of its own (tests, portable set-ups).
    explicit AppSettings(const QString &iniFile);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // "" follows the system; otherwise one of Core::Translator::availableLanguages(). Applied at the next start.
    QString language() const;
    void setLanguage(const QString &language);

    // Region (ISO 3166 two-letter code) for numbers typed without a country code, when the user has no usage
    // location. Defaults to the system locale's territory when libphonenumber knows it, else US.
    QString defaultPhoneRegion() const;
    void setDefaultPhoneRegion(const QString &region);
    static QString systemPhoneRegion();

    // Issuer shown by authenticator apps; "" means the tenant's name.
    QString qrIssuer() const;
    void setQrIssuer(const QString &issuer);

    // The QR dialog closes itself after this many seconds, so a secret does not stay on screen; 0 = never.
    int qrAutoCloseSeconds() const;
    void setQrAutoCloseSeconds(int seconds);

    // Minutes between delta syncs with a Graph tenant; 0 = only when asked.
    int syncIntervalMinutes() const;
    void setSyncIntervalMinutes(int minutes);

    ProxyMode proxyMode() const;
    void setProxyMode(ProxyMode mode);
    QString proxyHost() const;
    void setProxyHost(const QString &host);
    int proxyPort() const;
    void setProxyPort(int port);

    // Writes pending changes to storage; true when that succeeded.
    bool sync();
    QString fileName() const;
    // The underlying store, for state that is not a preference (window geometry).
    QSettings &store();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Sspr::Services
