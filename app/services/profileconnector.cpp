#include "profileconnector.h"

#include "database.h"
#include "graphconnection.h"
#include "storelocator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Sspr::Services {

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Services::ProfileConnector)
};
} // namespace

ProfileConnector::ProfileConnector(Secrets::SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{ }

ProfileConnector::~ProfileConnector()
{
    if (m_connection)
        m_connection->cancelSignIn();
}

void ProfileConnector::start(const TenantProfile &profile, const QString &credential)
{
    m_done = false;
    m_profile = profile;
    if (const Core::Status valid = m_profile.validate(); !valid) {
        finish(valid);
        return;
    }
    const QString path = StoreLocator::resolvePath({QString(), m_profile.name, false});
    if (QFileInfo::exists(path)) {
        finish(Core::Error {Tr::tr("A profile named \"%1\" exists already: choose another name.").arg(m_profile.name)});
        return;
    }

    delete m_connection;
    m_connection = new GraphConnection(m_profile, m_secrets, this);
    if (m_profile.isAppOnly())
        m_connection->setCredential(credential);
    connect(m_connection, &GraphConnection::deviceCodeReady, this, &ProfileConnector::deviceCodeReady);
    connect(m_connection, &GraphConnection::authorizationUrlReady, this, &ProfileConnector::authorizationUrlReady);
    connect(m_connection, &GraphConnection::signInFailed, this,
        [this](const QString &message) { fail(Tr::tr("Sign-in failed: %1").arg(message), false); });
    connect(m_connection, &GraphConnection::signedIn, this, [this] {
        m_connection->fetchTenantInfo(this, [this](Core::Result<GraphConnection::TenantInfo> info) {
            if (m_done)
                return;
            if (!info) {
                fail(Tr::tr("Signed in, but Graph refused the first request: %1").arg(info.errorMessage()), true);
                return;
            }
            m_profile.displayName = info->displayName.isEmpty() ? m_profile.tenant : info->displayName;
            m_profile.domain = info->defaultDomain;
            m_connection->storeCredential(this, [this](Core::Status stored) {
                if (m_done)
                    return;
                if (!stored) {
                    fail(stored.errorMessage(), true);
                    return;
                }
                const QString path = StoreLocator::resolvePath({QString(), m_profile.name, false});
                Core::Status saved;
                {
                    auto db = Store::Database::open(path, Store::Database::OpenMode::CreateIfMissing);
                    saved = db ? m_profile.save(*db.value()) : Core::Status {db.error()};
                }
                if (!saved) {
                    for (const QString &file : {path, path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s})
                        QFile::remove(file);
                    fail(saved.errorMessage(), true);
                    return;
                }
                finish({});
            });
        });
    });
    m_connection->signIn(true);
}

void ProfileConnector::cancel()
{
    if (m_done)
        return;
    if (m_connection)
        m_connection->cancelSignIn();
    fail(Tr::tr("Sign-in cancelled."), true);
}

void ProfileConnector::fail(const QString &message, bool removeSecrets)
{
    if (m_done)
        return;
    if (removeSecrets) {
        // Nothing of a profile that was not made may stay in the keychain.
        GraphConnection::removeSecrets(m_profile, m_secrets, this, [](Core::Status) {});
    }
    finish(Core::Error {message});
}

void ProfileConnector::finish(const Core::Status &status)
{
    if (m_done && !status)
        return;
    m_done = true;
    Q_EMIT finished(status);
}

} // namespace Sspr::Services
