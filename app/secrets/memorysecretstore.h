#pragma once

#include "secretstore.h"

#include <QHash>

namespace Sspr::Secrets {

// For tests of code above the store only; the product always uses the keychain.
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;

private:
    QHash<QString, QString> m_values;
};

} // namespace Sspr::Secrets
