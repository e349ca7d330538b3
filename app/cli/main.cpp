#include "cliapp.h"
#include "translator.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ssprconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SSPR_VERSION));
    Sspr::Core::Translator::install(&app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Sspr::Cli::CliApp cli;
    const int code = cli.run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
