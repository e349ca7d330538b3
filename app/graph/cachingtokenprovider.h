#pragma once

#include "accesstokenprovider.h"
#include "tokenset.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Sspr::Graph {

// The part every token provider shares: one access token in memory, handed out while it is valid for more than a
// minute; callers that ask while a fetch runs wait for that fetch (one request to the token endpoint, not one each).
class CachingTokenProvider : public QObject, public AccessTokenProvider
{
    Q_OBJECT

public:
    explicit CachingTokenProvider(QObject *parent = nullptr);

    void accessToken(QObject *context, TokenCallback done) override;
    void invalidate() override;

    bool hasValidToken() const;
    QDateTime expiresAt() const { return m_expiresAt; }

protected:
    using FetchCallback = std::function<void(Core::Result<TokenSet> tokens)>;
    // Get a new access token. Never called while a previous fetch runs; call done exactly once, with `this` alive.
    virtual void fetchToken(FetchCallback done) = 0;

    void setCachedToken(const TokenSet &tokens);
    void clearCachedToken();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        TokenCallback done;
    };

    void onFetched(Core::Result<TokenSet> tokens);

    QList<Waiter> m_waiters;
    QString m_accessToken;
    QDateTime m_expiresAt;
    bool m_fetching = false;
};

} // namespace Sspr::Graph
