#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Sspr::Secrets {

// Where secrets live: refresh tokens, client secrets, certificate passwords. Asynchronous, because the OS keychain
// is; callbacks run on the caller's thread, bound to a context object. Keys are "<tenantId>/<clientId>/<purpose>".
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // value is empty with ok status when there is no such secret ("not found" is not an error).
    using ReadCallback = std::function<void(Core::Result<QString> value)>;
    using WriteCallback = std::function<void(Core::Status status)>;

    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, WriteCallback done) = 0;

    static QString makeKey(const QString &tenantId, const QString &clientId, const QString &purpose)
    {
        return tenantId + QLatin1Char('/') + clientId + QLatin1Char('/') + purpose;
    }
};

} // namespace Sspr::Secrets
