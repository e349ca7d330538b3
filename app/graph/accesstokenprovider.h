#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Sspr::Graph {

// Hands out a bearer token for Graph. Implementations: client credentials (secret or certificate), and the delegated
// flows (device code, authorization code + PKCE) that keep a rotating refresh token in the keychain.
class AccessTokenProvider
{
public:
    virtual ~AccessTokenProvider() = default;
    using TokenCallback = std::function<void(Core::Result<QString> accessToken)>;

    // Calls done exactly once, on the caller's thread, unless context is destroyed first. A cached token that is still
    // valid for at least a minute is returned without a network call.
    virtual void accessToken(QObject *context, TokenCallback done) = 0;
    // The server refused the token (401 InvalidAuthenticationToken): forget it so the next call gets a fresh one.
    virtual void invalidate() = 0;
};

} // namespace Sspr::Graph
