#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUuid>

#include <qt6keychain/keychain.h>

namespace Sspr::Secrets {

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Secrets::KeychainSecretStore)
};

enum class Operation { Read, Write, Remove };

// QtKeychain reports a missing Secret Service (no D-Bus session, no daemon, nothing providing
// org.freedesktop.secrets) as OtherError with GLib's or D-Bus's text; those texts are recognised here so that the
// person is told what to install rather than shown a D-Bus error name alone.
bool looksLikeNoService(const QString &detail)
{
    static const QLatin1String markers[] = {
        "org.freedesktop.secrets"_L1,
        "D-Bus"_L1,
        "DBus"_L1,
        "Could not connect"_L1,
        "autolaunch"_L1,
    };
    for (const QLatin1String marker : markers) {
        if (detail.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The part of the key after the last '/', e.g. "refresh-token": enough to say what failed, and not a secret.
QString purposeOf(const QString &key)
{
    const qsizetype slash = key.lastIndexOf(u'/');
    return slash < 0 ? key : key.mid(slash + 1);
}

QString describe(Operation operation, const QString &key, QKeychain::Error error, const QString &detail)
{
    QString what;
    switch (operation) {
    case Operation::Read:
        what = Tr::tr("Could not read the %1 from the keychain").arg(purposeOf(key));
        break;
    case Operation::Write:
        what = Tr::tr("Could not store the %1 in the keychain").arg(purposeOf(key));
        break;
    case Operation::Remove:
        what = Tr::tr("Could not remove the %1 from the keychain").arg(purposeOf(key));
        break;
    }
    QString why;
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        why = Tr::tr("No keychain is available: install and unlock a Secret Service such as GNOME Keyring or KWallet");
        break;
    case QKeychain::AccessDenied:
        why = Tr::tr("the keychain is locked or refused access: unlock it and try again");
        break;
    case QKeychain::AccessDeniedByUser:
        why = Tr::tr("access to the keychain was refused");
        break;
    case QKeychain::CouldNotDeleteEntry:
        why = Tr::tr("the keychain could not delete the entry");
        break;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::OtherError:
        if (looksLikeNoService(detail))
            why = Tr::tr(
                "No keychain is available: install and unlock a Secret Service such as GNOME Keyring or KWallet");
        else
            why = Tr::tr("the keychain reported an error");
        break;
    }
    // QtKeychain's own text (a D-Bus or platform message) helps support; it never contains the secret, which is only
    // ever handed to the keychain, not to its error paths.
    if (!detail.isEmpty())
        return Tr::tr("%1: %2 (%3).").arg(what, why, detail);
    return Tr::tr("%1: %2.").arg(what, why);
}

// Jobs are deleted by us once finished (autoDelete is off), whether or not the context still exists; the callback
// runs only while the context is alive.
template<typename Job, typename Handler> void start(Job *job, QObject *context, Handler handler)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    QObject::connect(job, &QKeychain::Job::finished, context,
        [handler = std::move(handler)](QKeychain::Job *finished) { handler(static_cast<Job *>(finished)); });
    job->start();
}
} // namespace

QString KeychainSecretStore::serviceName()
{
    return u"SSPR Console"_s;
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(key);
    start(job, context, [key, done = std::move(done)](QKeychain::ReadPasswordJob *job) {
        if (job->error() == QKeychain::NoError)
            done(job->textData());
        else if (job->error() == QKeychain::EntryNotFound)
            done(QString());
        else
            done(Core::Error {describe(Operation::Read, key, job->error(), job->errorString())});
    });
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(key);
    job->setTextData(secret);
    start(job, context, [key, done = std::move(done)](QKeychain::WritePasswordJob *job) {
        if (job->error() == QKeychain::NoError)
            done({});
        else
            done(Core::Error {describe(Operation::Write, key, job->error(), job->errorString())});
    });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(key);
    start(job, context, [key, done = std::move(done)](QKeychain::DeletePasswordJob *job) {
        // Removing what is not there leaves the keychain as asked: not an error.
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            done({});
        else
            done(Core::Error {describe(Operation::Remove, key, job->error(), job->errorString())});
    });
}

void KeychainSecretStore::probe(QObject *context, WriteCallback done)
{
    // A lookup of a missing entry can succeed on a locked keyring, so the probe writes (and removes) an entry.
    const QString key = u"probe/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u"/probe"_s;
    write(key, u"probe"_s, context, [key, context, done = std::move(done)](Core::Status written) mutable {
        if (!written) {
            done(written);
            return;
        }
        KeychainSecretStore().remove(key, context, std::move(done)); // stateless: no need to capture this
    });
}

} // namespace Sspr::Secrets
