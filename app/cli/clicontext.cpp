#include "clicontext.h"

#include "database.h"
#include "graphconnection.h"
#include "keychainsecretstore.h"
#include "tenantprofile.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace Sspr::Cli {

using namespace Qt::StringLiterals;

CliContext::CliContext(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
    : m_parser(parser)
    , m_out(out)
    , m_err(err)
{
}

CliContext::~CliContext() = default;

QStringList CliContext::positional() const
{
    return m_parser.positionalArguments().mid(m_commandWords);
}

bool CliContext::json() const
{
    return m_parser.isSet(u"json"_s);
}

Services::StoreLocator::Options CliContext::storeOptions() const
{
    Services::StoreLocator::Options options;
    options.dbPath = m_parser.value(u"db"_s);
    options.profile = m_parser.value(u"profile"_s);
    return options;
}

Store::Database *CliContext::store()
{
    if (m_db)
        return m_db.get();
    const bool interactive = ::isatty(STDERR_FILENO);
    auto progress = [this, interactive](int done, int total) {
        if (interactive) {
            m_err << QCoreApplication::translate("Sspr::Cli", "\rCreating the demo tenant: %1 of %2 users")
                         .arg(done)
                         .arg(total);
            m_err.flush();
        }
        return true;
    };
    auto db = Services::StoreLocator::open(storeOptions(), progress);
    if (interactive && db && db.value()->isNew())
        m_err << Qt::endl;
    if (!db) {
        fail(ExitFailure, db.errorMessage());
        return nullptr;
    }
    m_db = std::move(db).value();
    return m_db.get();
}

Secrets::SecretStore &CliContext::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<Secrets::KeychainSecretStore>();
    return *m_secrets;
}

Services::GraphConnection *CliContext::graph()
{
    if (m_graph && m_graph->isSignedIn())
        return m_graph.get();
    Store::Database *db = store();
    if (!db)
        return nullptr;
    auto profile = Services::TenantProfile::load(*db);
    if (!profile) {
        fail(ExitFailure,
            profile.errorMessage() + u' '
                + QCoreApplication::translate(
                    "Sspr::Cli", "Connect a profile first: ssprctl connect --profile NAME --tenant T --client-id C"));
        return nullptr;
    }
    m_graph = std::make_unique<Services::GraphConnection>(profile.value(), secrets());
    QEventLoop loop;
    QString failure;
    QObject::connect(m_graph.get(), &Services::GraphConnection::signedIn, &loop, &QEventLoop::quit);
    QObject::connect(m_graph.get(), &Services::GraphConnection::signInFailed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    m_graph->signIn(false);
    loop.exec();
    if (!m_graph->isSignedIn()) {
        fail(ExitFailure, failure);
        return nullptr;
    }
    return m_graph.get();
}

int CliContext::fail(int code, const QString &message)
{
    QString line = message.simplified();
    m_err << u"ssprctl: "_s << line << Qt::endl;
    return code;
}

void CliContext::printJson(const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace Sspr::Cli
