// The keychain for real: a Secret Service (gnome-keyring inside dbus-run-session under `packaging/dev.sh test`).
// "After a restart" means another process: the test re-runs its own executable with --child to read or write.
#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>
#include <QTextStream>
#include <QUuid>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using Sspr::Secrets::KeychainSecretStore;
using Sspr::Secrets::SecretStore;

namespace {

constexpr int kTimeoutMs = 20000;

Sspr::Core::Result<QString> readNow(SecretStore &store, const QString &key)
{
    std::optional<Sspr::Core::Result<QString>> result;
    QObject context;
    store.read(key, &context, [&](Sspr::Core::Result<QString> value) { result = std::move(value); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kTimeoutMs))
        return Sspr::Core::Error {u"timed out"_s};
    return *result;
}

Sspr::Core::Status writeNow(SecretStore &store, const QString &key, const QString &secret)
{
    std::optional<Sspr::Core::Status> result;
    QObject context;
    store.write(key, secret, &context, [&](Sspr::Core::Status status) { result = std::move(status); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kTimeoutMs))
        return Sspr::Core::Error {u"timed out"_s};
    return *result;
}

Sspr::Core::Status removeNow(SecretStore &store, const QString &key)
{
    std::optional<Sspr::Core::Status> result;
    QObject context;
    store.remove(key, &context, [&](Sspr::Core::Status status) { result = std::move(status); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kTimeoutMs))
        return Sspr::Core::Error {u"timed out"_s};
    return *result;
}

Sspr::Core::Status probeNow(KeychainSecretStore &store)
{
    std::optional<Sspr::Core::Status> result;
    QObject context;
    store.probe(&context, [&](Sspr::Core::Status status) { result = std::move(status); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kTimeoutMs))
        return Sspr::Core::Error {u"timed out waiting for the keychain"_s};
    return *result;
}

struct ChildRun
{
    int code = -1;
    QByteArray out;
    QString err;
};

// Runs this executable again: "--child read KEY" prints the secret (UTF-8, nothing else) or the error on stderr;
// "--child write KEY" stores what it reads on stdin (secrets never go on a command line).
ChildRun runChild(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &env = {})
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(QCoreApplication::applicationFilePath(), QStringList {u"--child"_s} + args);
    if (!process.waitForStarted(kTimeoutMs))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(kTimeoutMs))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

int childMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(2);
    if (args.size() != 2)
        return 2;
    KeychainSecretStore store;
    if (args.at(0) == "read"_L1) {
        const auto value = readNow(store, args.at(1));
        if (!value) {
            QTextStream(stderr) << value.errorMessage() << Qt::endl;
            return 1;
        }
        std::fwrite(value->toUtf8().constData(), 1, size_t(value->toUtf8().size()), stdout);
        return 0;
    }
    if (args.at(0) == "write"_L1) {
        QTextStream in(stdin);
        const auto status = writeNow(store, args.at(1), in.readAll());
        if (!status) {
            QTextStream(stderr) << status.errorMessage() << Qt::endl;
            return 1;
        }
        return 0;
    }
    return 2;
}

} // namespace

// Skipped where no Secret Service is reachable, unless SSPR_REQUIRE_KEYCHAIN=1 (packaging/dev.sh test sets it):
// there a missing keychain is a failure, not a reason to skip.
#define REQUIRE_KEYCHAIN()                                                                                             \
    do {                                                                                                               \
        if (!m_available) {                                                                                            \
            if (qEnvironmentVariable("SSPR_REQUIRE_KEYCHAIN") == "1"_L1)                                               \
                QFAIL(qPrintable(u"SSPR_REQUIRE_KEYCHAIN=1 but no keychain: "_s + m_unavailableReason));               \
            QSKIP(qPrintable(u"no Secret Service reachable: "_s + m_unavailableReason));                               \
        }                                                                                                              \
    } while (false)

class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_store;
    bool m_available = false;
    QString m_unavailableReason;
    QString m_tenant; // unique per run, so parallel runs and leftovers never collide
    QStringList m_written;

    QString key(const QString &purpose, const QString &tenant = {})
    {
        const QString k = SecretStore::makeKey(
            tenant.isEmpty() ? m_tenant : tenant, u"00000000-0000-0000-0000-00000000c11e"_s, purpose);
        m_written << k;
        return k;
    }

private slots:
    void initTestCase()
    {
        m_tenant = u"sspr-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto probe = probeNow(m_store);
        m_available = probe.ok();
        m_unavailableReason = probe.errorMessage();
        if (!m_available)
            qInfo("keychain unavailable: %s", qPrintable(m_unavailableReason));
    }

    void cleanupTestCase()
    {
        if (!m_available)
            return;
        for (const QString &k : std::as_const(m_written))
            QVERIFY(removeNow(m_store, k));
    }

    void serviceName_isTheProductName() { QCOMPARE(KeychainSecretStore::serviceName(), u"SSPR Console"_s); }

    void writeRead_roundTripsInAnotherProcess_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("ascii") << u"s3cr3t~Value.With-Symbols_"_s;
        QTest::newRow("unicode") << u"Pässwört-秘密-🔑"_s;
        QTest::newRow("newlines and quotes") << u"line one\nline \"two\"\t'three'"_s;
        QTest::newRow("4 KB token") << QString(4096, u'x');
    }

    void writeRead_roundTripsInAnotherProcess()
    {
        REQUIRE_KEYCHAIN();
        QFETCH(QString, secret);
        const QString k = key(u"client-secret-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        const auto written = writeNow(m_store, k, secret);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        const auto here = readNow(m_store, k);
        QVERIFY2(here, qPrintable(here.errorMessage()));
        QCOMPARE(here.value(), secret);
        const ChildRun child = runChild({u"read"_s, k});
        QVERIFY2(child.code == 0, qPrintable(child.err));
        QCOMPARE(QString::fromUtf8(child.out), secret);
    }

    // The sequence: written, read back after a restart, overwritten, removed (sign-out), read -> empty.
    void secret_survivesRestart_overwriteThenRemove()
    {
        REQUIRE_KEYCHAIN();
        const QString k = key(u"refresh-token"_s);
        // Written by one process ...
        ChildRun child = runChild({u"write"_s, k}, "first-refresh-token");
        QVERIFY2(child.code == 0, qPrintable(child.err));
        // ... read by another.
        auto value = readNow(m_store, k);
        QVERIFY2(value, qPrintable(value.errorMessage()));
        QCOMPARE(value.value(), u"first-refresh-token"_s);

        QVERIFY(writeNow(m_store, k, u"rotated-refresh-token"_s));
        child = runChild({u"read"_s, k});
        QVERIFY2(child.code == 0, qPrintable(child.err));
        QCOMPARE(child.out, QByteArray("rotated-refresh-token"));

        QVERIFY(removeNow(m_store, k));
        child = runChild({u"read"_s, k});
        QVERIFY2(child.code == 0, qPrintable(child.err));
        QVERIFY(child.out.isEmpty());
        value = readNow(m_store, k);
        QVERIFY(value);
        QVERIFY(value->isEmpty());
    }

    void missingEntry_readsEmptyAndRemovesOk()
    {
        REQUIRE_KEYCHAIN();
        const QString k = key(u"never-written"_s);
        const auto value = readNow(m_store, k);
        QVERIFY2(value, qPrintable(value.errorMessage()));
        QVERIFY(value->isEmpty());
        const auto removed = removeNow(m_store, k);
        QVERIFY2(removed, qPrintable(removed.errorMessage()));
    }

    void keys_areNamespacedPerTenant()
    {
        REQUIRE_KEYCHAIN();
        const QString otherTenant = m_tenant + u"-other"_s;
        const QString mine = key(u"client-secret"_s);
        const QString theirs = key(u"client-secret"_s, otherTenant);
        QVERIFY(mine != theirs);
        QVERIFY(writeNow(m_store, mine, u"mine"_s));
        QVERIFY(writeNow(m_store, theirs, u"theirs"_s));
        QCOMPARE(readNow(m_store, mine).value(), u"mine"_s);
        QCOMPARE(readNow(m_store, theirs).value(), u"theirs"_s);
        QVERIFY(removeNow(m_store, theirs));
        QCOMPARE(readNow(m_store, mine).value(), u"mine"_s);
        QVERIFY(readNow(m_store, theirs)->isEmpty());
    }

    void destroyedContext_dropsTheCallback()
    {
        REQUIRE_KEYCHAIN();
        const QString k = key(u"context"_s);
        bool called = false;
        auto *context = new QObject;
        m_store.write(k, u"value"_s, context, [&called](Sspr::Core::Status) { called = true; });
        delete context;
        // A later call on the same (serialised) keychain queue finishing proves the first one finished too.
        QVERIFY(readNow(m_store, k));
        QVERIFY(!called);
    }

    // No Secret Service at all (a session bus address that leads nowhere): a readable message, never the secret.
    void noSecretService_readableErrorWithoutTheSecret()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/sspr-test-bus"_s);
        const QByteArray secret = "do-not-print-this-secret-4711";
        ChildRun child = runChild({u"write"_s, key(u"client-secret"_s)}, secret, env);
        QCOMPARE(child.code, 1);
        QVERIFY2(child.err.contains(u"No keychain is available"_s), qPrintable(child.err));
        QVERIFY2(child.err.contains(u"client-secret"_s), qPrintable(child.err));
        QVERIFY(!child.err.contains(QString::fromUtf8(secret)));
        child = runChild({u"read"_s, key(u"client-secret"_s)}, {}, env);
        QCOMPARE(child.code, 1);
        QVERIFY2(child.err.contains(u"No keychain is available"_s), qPrintable(child.err));
        QVERIFY(child.out.isEmpty());
    }
};

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychainSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
