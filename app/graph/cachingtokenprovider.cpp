#include "cachingtokenprovider.h"

#include <QTimer>

namespace Sspr::Graph {

namespace {

// A token this close to expiry is not handed out: a request may take a while to reach Graph.
constexpr qint64 kRefreshMarginSeconds = 60;

} // namespace

CachingTokenProvider::CachingTokenProvider(QObject *parent)
    : QObject(parent)
{ }

bool CachingTokenProvider::hasValidToken() const
{
    return !m_accessToken.isEmpty() && QDateTime::currentDateTimeUtc().secsTo(m_expiresAt) > kRefreshMarginSeconds;
}

void CachingTokenProvider::accessToken(QObject *context, TokenCallback done)
{
    if (!context)
        context = this;
    if (hasValidToken()) {
        // Queued even when cached, so callers never see the callback before accessToken() returns.
        QTimer::singleShot(0, context, [done = std::move(done), token = m_accessToken] { done(token); });
        return;
    }
    m_waiters.append({context, std::move(done)});
    if (m_fetching)
        return;
    m_fetching = true;
    fetchToken([this](Core::Result<TokenSet> tokens) { onFetched(std::move(tokens)); });
}

void CachingTokenProvider::onFetched(Core::Result<TokenSet> tokens)
{
    m_fetching = false;
    if (tokens && !tokens->accessToken.isEmpty())
        setCachedToken(tokens.value());
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (!waiter.context)
            continue;
        if (tokens)
            waiter.done(tokens->accessToken);
        else
            waiter.done(tokens.error());
    }
}

void CachingTokenProvider::invalidate()
{
    clearCachedToken();
}

void CachingTokenProvider::setCachedToken(const TokenSet &tokens)
{
    m_accessToken = tokens.accessToken;
    m_expiresAt = tokens.expiresAt;
}

void CachingTokenProvider::clearCachedToken()
{
    m_accessToken.clear();
    m_expiresAt = {};
}

} // namespace Sspr::Graph
