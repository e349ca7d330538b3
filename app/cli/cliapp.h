#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Sspr::Cli {

class CliContext;

// One ssprctl command: its words ("db info"), what it does, its own options, and its handler.
struct Command
{
    QStringList words;
    QString arguments; // shown in help, e.g. "UPN NUMBER"
    QString summary;
    QList<QCommandLineOption> options;
    std::function<int(CliContext &)> run;
    QString details; // longer help, shown by "ssprctl COMMAND --help" only
};

// Each feature registers its commands here (one function per file: registerCoreCommands, …).
void registerCoreCommands(QList<Command> &commands);
void registerTotpCommands(QList<Command> &commands);
void registerPolicyCommands(QList<Command> &commands);
void registerUserCommands(QList<Command> &commands);
void registerGroupCommands(QList<Command> &commands);
void registerImportCommands(QList<Command> &commands);
void registerOutboxCommands(QList<Command> &commands);
void registerConnectCommands(QList<Command> &commands);
void registerSyncCommands(QList<Command> &commands);

// ssprctl: parses the arguments, finds the command, runs it, and returns the exit code.
class CliApp final
{
public:
    CliApp();
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    const QList<Command> &commands() const { return m_commands; }
    QString helpText() const;

private:
    QList<QCommandLineOption> globalOptions() const;
    const Command *findCommand(const QStringList &positional, int *wordCount) const;
    QString commandHelp(const Command &command) const;

    QList<Command> m_commands;
};

} // namespace Sspr::Cli
