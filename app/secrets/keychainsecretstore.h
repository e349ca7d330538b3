#pragma once

#include "secretstore.h"

namespace Sspr::Secrets {

// The product's SecretStore: the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows). Never falls back to a plain-text file: without a keychain, every call fails with a
// message that says how to get one. Error texts name the key's purpose, never the secret.
class KeychainSecretStore final : public SecretStore
{
public:
    // The service every entry is filed under (libsecret's "service" attribute, the Keychain item's service).
    static QString serviceName();

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;

    // Answers ok when a keychain is reachable and unlocked (it writes and removes a probe entry), else the reason.
    void probe(QObject *context, WriteCallback done);
};

} // namespace Sspr::Secrets
