#include "memorysecretstore.h"

#include <QTimer>

namespace Sspr::Secrets {

// Callbacks are queued, as the keychain's are, so callers cannot come to rely on synchronous answers.
void MemorySecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    const QString value = m_values.value(key);
    QTimer::singleShot(0, context, [done = std::move(done), value] { done(value); });
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context, WriteCallback done)
{
    m_values.insert(key, secret);
    QTimer::singleShot(0, context, [done = std::move(done)] { done({}); });
}

void MemorySecretStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    m_values.remove(key);
    QTimer::singleShot(0, context, [done = std::move(done)] { done({}); });
}

} // namespace Sspr::Secrets
