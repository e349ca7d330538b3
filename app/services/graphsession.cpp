#include "graphsession.h"

#include "database.h"
#include "graphconnection.h"
#include "outboxchange.h"
#include "outboxrepository.h"

#include <QCoreApplication>

namespace Sspr::Services {

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Services::GraphSession)
};
} // namespace

GraphSession::GraphSession(TenantProfile profile, Store::Database &db, Secrets::SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_db(db)
    , m_secrets(secrets)
{ }

GraphSession::~GraphSession()
{
    // The engine and the worker use the connection's client: stop and destroy them first.
    if (m_engine && m_engine->isRunning())
        m_engine->cancel();
    m_engine.reset();
    if (m_worker && m_worker->isRunning())
        m_worker->stop();
    m_worker.reset();
    delete m_connection;
}

Graph::GraphClient *GraphSession::client() const
{
    return m_connection && m_connection->isSignedIn() ? m_connection->client() : nullptr;
}

void GraphSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void GraphSession::signIn(bool interactive)
{
    if (m_state == State::SigningIn)
        return;
    if (!m_connection) {
        m_connection = new GraphConnection(m_profile, m_secrets, this);
        connect(m_connection, &GraphConnection::deviceCodeReady, this, &GraphSession::deviceCodeReady);
        connect(m_connection, &GraphConnection::authorizationUrlReady, this, &GraphSession::authorizationUrlReady);
        connect(m_connection, &GraphConnection::signedIn, this, [this] {
            m_lastError.clear();
            setState(State::Ready);
            if (auto next = std::exchange(m_afterSignIn, nullptr))
                next();
        });
        connect(m_connection, &GraphConnection::signInFailed, this, [this](const QString &message) {
            m_lastError = message;
            m_afterSignIn = nullptr;
            setState(State::SignedOut);
            Q_EMIT signInFailed(message);
        });
    }
    setState(State::SigningIn);
    m_connection->signIn(interactive);
}

void GraphSession::whenSignedIn(std::function<void()> next)
{
    if (m_connection && m_connection->isSignedIn()) {
        next();
        return;
    }
    m_afterSignIn = std::move(next);
    signIn(false);
}

void GraphSession::signOut()
{
    cancel();
    auto finish = [this](Core::Status status) {
        if (!status)
            m_lastError = status.errorMessage();
        m_engine.reset();
        m_worker.reset();
        delete m_connection;
        setState(State::SignedOut);
        Q_EMIT signedOut();
    };
    if (m_connection)
        m_connection->signOut(this, finish);
    else
        GraphConnection::removeSecrets(m_profile, m_secrets, this, finish);
}

void GraphSession::sync(Sync::SyncEngine::Mode mode)
{
    if (m_state == State::Syncing || m_state == State::Sending || m_state == State::SigningIn)
        return;
    whenSignedIn([this, mode] {
        if (!m_engine) {
            m_engine = std::make_unique<Sync::SyncEngine>(m_connection->client(), m_db.path());
            connect(m_engine.get(), &Sync::SyncEngine::progress, this, &GraphSession::syncProgress);
            connect(m_engine.get(), &Sync::SyncEngine::finished, this,
                [this](Sync::SyncEngine::Status status, const Sync::SyncSummary &summary) {
                    m_lastError = summary.error;
                    setState(State::Ready);
                    Q_EMIT syncFinished(status, summary);
                });
        }
        setState(State::Syncing);
        m_engine->start(mode);
    });
}

void GraphSession::sendOutbox()
{
    if (m_state == State::Syncing || m_state == State::Sending || m_state == State::SigningIn)
        return;
    whenSignedIn([this] {
        if (!m_worker) {
            m_worker = std::make_unique<Sync::OutboxWorker>(m_db, *m_connection->client());
            connect(m_worker.get(), &Sync::OutboxWorker::progressed, this, &GraphSession::outboxProgress);
            connect(m_worker.get(), &Sync::OutboxWorker::temporaryAccessPassIssued, this,
                &GraphSession::temporaryAccessPassIssued);
            connect(m_worker.get(), &Sync::OutboxWorker::itemSettled, this,
                [this](qint64 id, const QString &state, const QString &) {
                    if (state != u"done"_s)
                        return;
                    const auto item = Store::OutboxRepository(m_db).item(id);
                    if (!item || !item.value())
                        return;
                    const QString &kind = item.value()->kind;
                    if (kind == Sync::OutboxChange::MethodConfigurationPatch
                        || kind == Sync::OutboxChange::AuthMethodsPolicyPatch
                        || kind == Sync::OutboxChange::AuthorizationPolicyPatch)
                        m_policyApplied = true;
                });
            connect(m_worker.get(), &Sync::OutboxWorker::finished, this, [this](bool ok) {
                m_lastError = ok ? QString() : m_worker->errorString();
                setState(State::Ready);
                Q_EMIT outboxFinished(ok, m_lastError);
                // A policy change reached the tenant: read the policy back now, so the pages show what the tenant
                // holds (Graph may normalise what it was sent) rather than what was sent.
                if (std::exchange(m_policyApplied, false))
                    sync();
            });
        }
        setState(State::Sending);
        m_worker->start();
    });
}

void GraphSession::cancel()
{
    m_afterSignIn = nullptr;
    if (m_state == State::SigningIn && m_connection)
        m_connection->cancelSignIn();
    if (m_engine && m_engine->isRunning())
        m_engine->cancel();
    if (m_worker && m_worker->isRunning())
        m_worker->stop();
}

} // namespace Sspr::Services
