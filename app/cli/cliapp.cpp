#include "cliapp.h"

#include "clicontext.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Sspr::Cli {

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Cli)
};
} // namespace

CliApp::CliApp()
{
    registerCoreCommands(m_commands);
    registerTotpCommands(m_commands);
    registerPolicyCommands(m_commands);
    registerUserCommands(m_commands);
    registerGroupCommands(m_commands);
    registerImportCommands(m_commands);
    registerOutboxCommands(m_commands);
    registerConnectCommands(m_commands);
    registerSyncCommands(m_commands);
}

QList<QCommandLineOption> CliApp::globalOptions() const
{
    return {
        QCommandLineOption(u"db"_s, Tr::tr("Use the store file PATH."), u"PATH"_s),
        QCommandLineOption(u"profile"_s, Tr::tr("Use the tenant profile NAME (default: demo)."), u"NAME"_s),
        QCommandLineOption(u"json"_s, Tr::tr("Print machine-readable JSON.")),
        QCommandLineOption({u"h"_s, u"help"_s}, Tr::tr("Show help for ssprctl or for a command.")),
        QCommandLineOption(u"version"_s, Tr::tr("Show the version.")),
    };
}

const Command *CliApp::findCommand(const QStringList &positional, int *wordCount) const
{
    const Command *best = nullptr;
    for (const Command &command : m_commands) {
        const auto n = command.words.size();
        if (positional.size() >= n && positional.mid(0, n) == command.words && (!best || n > best->words.size()))
            best = &command;
    }
    if (best)
        *wordCount = int(best->words.size());
    return best;
}

QString CliApp::helpText() const
{
    QString text = Tr::tr("Usage: ssprctl [--db PATH | --profile NAME] [--json] COMMAND [ARGS]\n\n"
                          "SSPR Console from scripts: the same store and rules as the console.\n"
                          "Exit codes: 0 success, 1 runtime failure, 2 usage or validation error.\n\nCommands:\n");
    for (const Command &command : m_commands) {
        QString head = command.words.join(u' ');
        if (!command.arguments.isEmpty())
            head += u' ' + command.arguments;
        text += u"  "_s + head.leftJustified(34) + u' ' + command.summary + u'\n';
    }
    text += Tr::tr("\nGlobal options:\n");
    for (const QCommandLineOption &option : globalOptions()) {
        QString names = u"--"_s + option.names().constLast();
        if (!option.valueName().isEmpty())
            names += u' ' + option.valueName();
        text += u"  "_s + names.leftJustified(34) + u' ' + option.description() + u'\n';
    }
    text += Tr::tr("\nRun \"ssprctl COMMAND --help\" for a command's options.\n");
    return text;
}

QString CliApp::commandHelp(const Command &command) const
{
    QString text = Tr::tr("Usage: ssprctl %1").arg(command.words.join(u' '));
    if (!command.arguments.isEmpty())
        text += u' ' + command.arguments;
    text += Tr::tr(" [options]\n\n%1\n").arg(command.summary);
    if (!command.options.isEmpty()) {
        text += Tr::tr("\nOptions:\n");
        for (const QCommandLineOption &option : command.options) {
            QString names = u"--"_s + option.names().constLast();
            if (!option.valueName().isEmpty())
                names += u' ' + option.valueName();
            text += u"  "_s + names.leftJustified(34) + u' ' + option.description() + u'\n';
        }
    }
    return text;
}

int CliApp::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Every command's options are known to one parser, so options may come before or after the command words;
    // a command then refuses options that are not its own.
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList known;
    for (const QCommandLineOption &option : globalOptions()) {
        parser.addOption(option);
        known << option.names();
    }
    for (const Command &command : std::as_const(m_commands)) {
        for (const QCommandLineOption &option : command.options) {
            if (!known.contains(option.names().constFirst())) {
                parser.addOption(option);
                known << option.names();
            }
        }
    }
    CliContext context(parser, out, err);
    if (!parser.parse(arguments))
        return context.fail(ExitUsage, parser.errorText() + Tr::tr(" (see ssprctl --help)"));

    if (parser.isSet(u"version"_s)) {
        out << u"ssprctl "_s << QStringLiteral(SSPR_VERSION) << Qt::endl;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (parser.isSet(u"help"_s)) {
            out << helpText();
            return ExitOk;
        }
        err << helpText();
        return ExitUsage;
    }
    int words = 0;
    const Command *command = findCommand(positional, &words);
    if (!command)
        return context.fail(
            ExitUsage, Tr::tr("unknown command \"%1\" (see ssprctl --help)").arg(positional.join(u' ')));
    if (parser.isSet(u"help"_s)) {
        out << commandHelp(*command);
        return ExitOk;
    }
    // Options that belong to other commands are a usage error here.
    QStringList allowed;
    for (const QCommandLineOption &option : globalOptions())
        allowed << option.names();
    for (const QCommandLineOption &option : command->options)
        allowed << option.names();
    const QStringList given = parser.optionNames();
    for (const QString &name : given) {
        if (!allowed.contains(name))
            return context.fail(ExitUsage,
                Tr::tr("\"%1\" does not take --%2 (see ssprctl %1 --help)").arg(command->words.join(u' '), name));
    }
    if (parser.isSet(u"db"_s) && parser.isSet(u"profile"_s))
        return context.fail(ExitUsage, Tr::tr("use either --db or --profile, not both"));
    context.setCommandWordCount(words);
    return command->run(context);
}

} // namespace Sspr::Cli
