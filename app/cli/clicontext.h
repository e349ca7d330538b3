#pragma once

#include "result.h"
#include "storelocator.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

#include <memory>

namespace Sspr::Store {
class Database;
}
namespace Sspr::Secrets {
class SecretStore;
}
namespace Sspr::Services {
class GraphConnection;
}

namespace Sspr::Cli {

// ssprctl's exit codes (product spec): 0 success, 1 runtime failure, 2 usage or validation error.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// What a command gets: its parsed arguments, the output streams, and the store on demand.
class CliContext final
{
public:
    CliContext(QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    ~CliContext();

    QCommandLineParser &parser() { return m_parser; }
    QStringList positional() const; // after the command words
    void setCommandWordCount(int count) { m_commandWords = count; }
    bool json() const;
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    Services::StoreLocator::Options storeOptions() const;
    // Opens the store once; on failure prints the error line and returns null.
    Store::Database *store();
    // The OS keychain (Secrets::KeychainSecretStore), created on first use.
    Secrets::SecretStore &secrets();
    // For commands that talk to Graph: the store's Graph profile, signed in with what the keychain holds (waits for
    // that). On failure prints the error line and returns null; a local (demo) store fails with a hint to connect.
    Services::GraphConnection *graph();

    // One line on stderr, "ssprctl: message", and the exit code to return.
    int fail(int code, const QString &message);
    void printJson(const QJsonValue &value);

private:
    QCommandLineParser &m_parser;
    QTextStream &m_out;
    QTextStream &m_err;
    int m_commandWords = 1;
    std::unique_ptr<Store::Database> m_db;
    std::unique_ptr<Secrets::SecretStore> m_secrets; // before m_graph, which uses it
    std::unique_ptr<Services::GraphConnection> m_graph;
};

} // namespace Sspr::Cli
