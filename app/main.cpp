// sspr-console: the composition root. Parses the few start-up options, opens the store, shows the main window.
#include "appsettings.h"
#include "cloud.h"
#include "connectdialog.h"
#include "mainwindow.h"
#include "storelocator.h"
#include "tenantprofile.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkProxyFactory>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {
// QApplication aborts without a display; say so in one line instead, before it is created.
bool hasDisplay()
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return true;
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

// The proxy from Settings, for every QNetworkAccessManager of the process.
void applyProxy(const Sspr::Services::AppSettings &settings)
{
    using Mode = Sspr::Services::AppSettings::ProxyMode;
    switch (settings.proxyMode()) {
    case Mode::System:
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    case Mode::None:
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case Mode::Manual:
        if (settings.proxyHost().isEmpty()) {
            QNetworkProxyFactory::setUseSystemConfiguration(true);
            break;
        }
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, settings.proxyHost(), quint16(settings.proxyPort())));
        break;
    }
}
} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("sspr-console %s\n", SSPR_VERSION);
            return 0;
        }
    }
    if (!hasDisplay()) {
        std::fprintf(stderr,
            "sspr-console: no display found (DISPLAY is not set); run it in a desktop session, or "
            "start Xvfb :99 & and set DISPLAY=:99, or use QT_QPA_PLATFORM=offscreen\n");
        return 1;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ssprconsole"));
    QApplication::setApplicationDisplayName(QStringLiteral("SSPR Console"));
    QApplication::setApplicationVersion(QStringLiteral(SSPR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.ssprconsole.SsprConsole"));
    Sspr::Services::AppSettings settings;
    Sspr::Core::Translator::install(&app, settings.language());
    applyProxy(settings);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Console for Entra ID self-service password reset"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("main", "Use the store file PATH."), QStringLiteral("PATH"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QApplication::translate("main", "Use the tenant profile NAME."), QStringLiteral("NAME"));
    const QCommandLineOption graphUrlOption(QStringLiteral("graph-url"),
        QApplication::translate("main", "Connect dialogs use this Graph root (https, or http on this computer only)."),
        QStringLiteral("URL"));
    const QCommandLineOption authorityUrlOption(QStringLiteral("authority-url"),
        QApplication::translate("main",
            "Connect dialogs use this sign-in authority (https, or http on this computer "
            "only)."),
        QStringLiteral("URL"));
    parser.addOption(dbOption);
    parser.addOption(profileOption);
    parser.addOption(graphUrlOption);
    parser.addOption(authorityUrlOption);
    parser.process(app);

    // Checked here as well as in the dialog: a plain-http address off this computer is refused before anything runs.
    QUrl endpoints[2];
    const QCommandLineOption *endpointOptions[2] = {&authorityUrlOption, &graphUrlOption};
    for (int i = 0; i < 2; ++i) {
        if (!parser.isSet(*endpointOptions[i]))
            continue;
        endpoints[i] = QUrl(parser.value(*endpointOptions[i]), QUrl::StrictMode);
        if (const Sspr::Core::Status ok = Sspr::Graph::checkEndpointUrl(endpoints[i]); !ok) {
            std::fprintf(stderr, "sspr-console: --%s: %s\n", qPrintable(endpointOptions[i]->names().constFirst()),
                qPrintable(ok.errorMessage()));
            return 2;
        }
    }
    Sspr::Gui::ConnectDialog::setDefaultEndpoints(endpoints[0], endpoints[1]);

    Sspr::Services::StoreLocator::Options options;
    options.dbPath = parser.value(dbOption);
    options.profile = parser.value(profileOption);
    // Without --db or --profile the console opens the profile used last (the demo tenant the first time).
    if (options.dbPath.isEmpty() && options.profile.isEmpty())
        options.profile = Sspr::Services::TenantProfile::activeProfile(settings);

    // Switching profiles closes the window and opens the console again on the other store: nothing of the old
    // tenant (models, staged edits, connections) survives into the new one.
    for (;;) {
        auto db = Sspr::Services::StoreLocator::open(options);
        if (!db) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "SSPR Console"),
                QApplication::translate("main", "The store could not be opened.\n\n%1").arg(db.errorMessage()));
            if (options.profile.isEmpty() || !options.dbPath.isEmpty())
                return 1;
            options.profile.clear(); // fall back to the demo profile rather than not starting at all
            Sspr::Services::TenantProfile::setActiveProfile(settings, QString());
            continue;
        }
        QString next;
        {
            Sspr::Gui::MainWindow window(*db.value());
            window.show();
            app.exec();
            next = window.requestedProfile();
        }
        if (next.isEmpty())
            return 0;
        options.dbPath.clear();
        options.profile = next;
        Sspr::Services::TenantProfile::setActiveProfile(settings, next);
    }
}
