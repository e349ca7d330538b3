#include "cliapp.h"
#include "translator.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

// The first command word, skipping options and the values of options that take one. Read before any application
// object exists, because it decides which one to create.
QString firstCommandWord(int argc, char *argv[])
{
    QStringList valueOptions = {QStringLiteral("db"), QStringLiteral("profile")};
    const Sspr::Cli::CliApp probe;
    for (const Sspr::Cli::Command &command : probe.commands()) {
        for (const QCommandLineOption &option : command.options) {
            if (!option.valueName().isEmpty())
                valueOptions << option.names();
        }
    }
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--"))
            return i + 1 < argc ? QString::fromLocal8Bit(argv[i + 1]) : QString();
        if (!arg.startsWith(u'-') || arg.size() == 1)
            return arg;
        const QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
        if (!name.contains(u'=') && valueOptions.contains(name))
            ++i; // the option's value
    }
    return {};
}

QtMessageHandler g_previousHandler = nullptr;

// Headless machines (cron, CI, ssh sessions) often have no XDG_RUNTIME_DIR, and QGuiApplication says so on stderr;
// scripts expect ssprctl's stderr to hold only its own one-line messages, so that one notice is dropped.
void quietStartupHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    // Rendering QR images and PDF handouts with text needs a QGuiApplication (fonts); every other command runs
    // without one, so ssprctl keeps working where no platform plugin can load.
    std::unique_ptr<QCoreApplication> app;
    if (firstCommandWord(argc, argv) == QLatin1String("totp")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previousHandler = qInstallMessageHandler(quietStartupHandler);
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(g_previousHandler);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("ssprconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SSPR_VERSION));
    Sspr::Core::Translator::install(app.get());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Sspr::Cli::CliApp cli;
    const int code = cli.run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
