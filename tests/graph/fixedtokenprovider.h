#pragma once

// An AccessTokenProvider for GraphClient tests: hands out "token-1", then "token-2" after each invalidate(), and
// counts.

#include "accesstokenprovider.h"

#include <QTimer>

namespace Sspr::Test {

class FixedTokenProvider final : public Graph::AccessTokenProvider
{
public:
    void accessToken(QObject *context, TokenCallback done) override
    {
        ++calls;
        if (!failWith.isEmpty()) {
            QTimer::singleShot(0, context, [done, error = failWith] { done(Core::Error {error}); });
            return;
        }
        QTimer::singleShot(0, context, [done, token = current()] { done(token); });
    }
    void invalidate() override { ++invalidations; }
    QString current() const { return fixed.isEmpty() ? QStringLiteral("token-%1").arg(invalidations + 1) : fixed; }

    int calls = 0;
    int invalidations = 0;
    QString failWith; // when set, every call fails with this message
    QString fixed; // when set, always this token (e.g. one the fake server issued)
};

} // namespace Sspr::Test
