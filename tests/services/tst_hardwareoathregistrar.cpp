// HardwareOathRegistrar against the in-process fake Graph server: a key issued by TokenIssuer registered as a
// programmable hardware OATH token (beta API), assigned, and activated with a code Core::Totp computes; refused codes,
// refused roles and other clouds with readable messages; and no trace of the secret in the store.
#include "accesstokenprovider.h"
#include "auditlog.h"
#include "base32.h"
#include "database.h"
#include "fakegraphserver.h"
#include "graphclient.h"
#include "hardwareoathregistrar.h"
#include "tokenissuer.h"
#include "totp.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using Sspr::Services::HardwareOathRegistrar;
using Sspr::Services::HardwareOathToken;
using Sspr::Services::TokenIssuer;
using Sspr::Services::TokenRecipient;
using Sspr::Services::TotpHandoutEntry;
namespace Core = Sspr::Core;
namespace FakeGraph = Sspr::FakeGraph;

namespace {

constexpr int kTimeoutMs = 20000;

// App-only tokens straight from the fake server (its OAuth flows are tested elsewhere).
class ServerTokens final : public Sspr::Graph::AccessTokenProvider
{
public:
    explicit ServerTokens(FakeGraph::Server &server)
        : m_server(server)
    { }
    void accessToken(QObject *context, TokenCallback done) override
    {
        if (m_token.isEmpty())
            m_token = m_server.issueAccessToken();
        QTimer::singleShot(0, context, [done, token = m_token] { done(token); });
    }
    void invalidate() override { m_token.clear(); }

private:
    FakeGraph::Server &m_server;
    QString m_token;
};

struct Issued
{
    TokenRecipient recipient;
    QString graphId;
    TotpHandoutEntry entry;
};

} // namespace

class TestHardwareOathRegistrar final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeGraph::Server> m_server;
    std::unique_ptr<ServerTokens> m_tokens;
    std::unique_ptr<Sspr::Graph::GraphClient> m_client;
    std::unique_ptr<Sspr::Store::Database> m_db;
    int m_count = 0;
    int m_users = 0;

    // A user in the fake tenant and in the store, with a key issued and recorded the way the QR page does it.
    Issued issue(Core::TotpParameters parameters = {})
    {
        const int n = ++m_users;
        Issued issued;
        issued.recipient.upn = u"oath.user%1@contoso.onmicrosoft.com"_s.arg(n);
        issued.recipient.displayName = u"OATH User %1"_s.arg(n);
        issued.graphId = m_server->addUser(QJsonObject {{u"displayName"_s, issued.recipient.displayName},
            {u"userPrincipalName"_s, issued.recipient.upn}, {u"usageLocation"_s, u"US"_s}});
        QSqlQuery q(m_db->connection());
        q.prepare(u"INSERT INTO users (id, sort_key, upn, display_name) VALUES (?, ?, ?, ?)"_s);
        q.bindValue(0, issued.graphId);
        q.bindValue(1, qint64(n) << 20);
        q.bindValue(2, issued.recipient.upn);
        q.bindValue(3, issued.recipient.displayName);
        if (!q.exec())
            qFatal("cannot insert a user: %s", qPrintable(Sspr::Store::Database::errorText(q)));
        issued.recipient.uid = q.lastInsertId().toLongLong();
        issued.entry
            = TokenIssuer::newEntry(issued.recipient, u"Contoso"_s, parameters, QDateTime::currentDateTimeUtc());
        const Core::Status recorded
            = TokenIssuer(*m_db, u"tester"_s, u"console"_s).record({issued.recipient}, {issued.entry});
        if (!recorded)
            qFatal("cannot record the token: %s", qPrintable(recorded.errorMessage()));
        return issued;
    }

    HardwareOathToken tokenFor(const Issued &issued)
    {
        HardwareOathToken token;
        auto graphId = HardwareOathRegistrar::graphUserId(*m_db, issued.recipient.uid);
        token.userId = graphId ? graphId.value() : QString();
        token.upn = issued.recipient.upn;
        token.secretBase32 = Core::Base32::encode(issued.entry.key.secret);
        token.period = issued.entry.key.parameters.period;
        token.algorithm = issued.entry.key.parameters.algorithm;
        token.digits = issued.entry.key.parameters.digits;
        token.serial = issued.entry.serial;
        token.displayName = u"Contoso authenticator app"_s;
        return token;
    }

    // Registers and waits; returns the failure message, empty on success.
    static QString registerNow(HardwareOathRegistrar &registrar, const HardwareOathToken &token)
    {
        QSignalSpy ok(&registrar, &HardwareOathRegistrar::registered);
        QSignalSpy failed(&registrar, &HardwareOathRegistrar::failed);
        registrar.registerToken(token);
        if (!QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, kTimeoutMs))
            return u"timed out"_s;
        return failed.isEmpty() ? QString() : failed.constFirst().constFirst().toString();
    }

    static QString activateNow(HardwareOathRegistrar &registrar, const QString &code)
    {
        QSignalSpy ok(&registrar, &HardwareOathRegistrar::activated);
        QSignalSpy failed(&registrar, &HardwareOathRegistrar::failed);
        registrar.activate(code);
        if (!QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, kTimeoutMs))
            return u"timed out"_s;
        return failed.isEmpty() ? QString() : failed.constFirst().constFirst().toString();
    }

    QJsonObject device(const QString &id) const
    {
        for (const QJsonValue &v : m_server->hardwareOathDevices()) {
            if (v.toObject().value(u"id"_s).toString() == id)
                return v.toObject();
        }
        return {};
    }

    QString storedDeviceId(const QString &serial)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT graph_device_id FROM oath_tokens WHERE serial = ?"_s);
        q.bindValue(0, serial);
        return q.exec() && q.next() ? q.value(0).toString() : u"<no row>"_s;
    }

    QStringList auditActions(const QString &upn)
    {
        QStringList actions;
        auto entries = Sspr::Store::AuditLog(*m_db).list(upn);
        if (entries) {
            for (const Sspr::Store::AuditEntry &e : entries.value())
                actions.prepend(e.action);
        }
        return actions;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        FakeGraph::Options options;
        options.users = 5;
        options.groups = 1;
        m_server = std::make_unique<FakeGraph::Server>(options);
        QVERIFY(m_server->start());
        m_tokens = std::make_unique<ServerTokens>(*m_server);
        m_client = std::make_unique<Sspr::Graph::GraphClient>(m_server->graphRoot(), m_tokens.get());
        Sspr::Graph::RetryPolicy retry;
        retry.baseDelayMs = 20;
        retry.maxDelayMs = 200;
        m_client->setRetryPolicy(retry);
        auto db = Sspr::Store::Database::open(
            m_dir.filePath(u"oath%1.sqlite"_s.arg(++m_count)), Sspr::Store::Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        QVERIFY(m_db->exec(u"INSERT INTO tenant (id, name, domain, kind, created_at) "
                           "VALUES (1, 'Contoso', 'contoso.onmicrosoft.com', 'graph', '2025-01-01')"_s));
        m_server->resetCounters();
    }

    void cleanup()
    {
        m_db.reset();
        m_client.reset();
        m_tokens.reset();
        m_server.reset();
    }

    void registersAssignsAndActivates()
    {
        const Issued issued = issue();
        HardwareOathRegistrar registrar(m_client.get(), *m_db, u"tester"_s, u"console"_s);
        QCOMPARE(registerNow(registrar, tokenFor(issued)), QString());
        QCOMPARE(registrar.state(), HardwareOathRegistrar::State::Registered);
        const QString deviceId = registrar.deviceId();
        QVERIFY(!deviceId.isEmpty());
        QCOMPARE(m_server->counters().oathDeviceCreates, 1);

        QJsonObject d = device(deviceId);
        QCOMPARE(d.value(u"status"_s).toString(), u"assigned"_s);
        QCOMPARE(d.value(u"assignedTo"_s).toObject().value(u"id"_s).toString(), issued.graphId);
        QCOMPARE(d.value(u"serialNumber"_s).toString(), issued.entry.serial);
        QCOMPARE(d.value(u"manufacturer"_s).toString(), u"SSPR Console"_s);
        QCOMPARE(d.value(u"model"_s).toString(), u"Authenticator app (programmable token)"_s);
        QCOMPARE(d.value(u"timeIntervalInSeconds"_s).toInt(), 30);
        QVERIFY(d.value(u"secretKey"_s).isNull());
        QCOMPARE(storedDeviceId(issued.entry.serial), deviceId);
        QVERIFY(registrar.recordWarning().isEmpty());

        const QString code = Core::Totp::code(
            issued.entry.key.secret, QDateTime::currentSecsSinceEpoch(), issued.entry.key.parameters);
        QCOMPARE(activateNow(registrar, code), QString());
        QCOMPARE(registrar.state(), HardwareOathRegistrar::State::Activated);
        d = device(deviceId);
        QCOMPARE(d.value(u"status"_s).toString(), u"activated"_s);
        QCOMPARE(d.value(u"assignedTo"_s).toObject().value(u"id"_s).toString(), issued.graphId);
        QCOMPARE(m_server->counters().oathDeviceCreates, 1);

        // The user's methods (beta) show the token.
        bool listed = false;
        for (const QJsonValue &v : m_server->methods(issued.graphId))
            listed = listed || v.toObject().value(u"id"_s).toString() == deviceId;
        QVERIFY(listed);

        const QStringList actions = auditActions(issued.recipient.upn);
        QVERIFY2(actions.contains(u"oath.register"_s), qPrintable(actions.join(u", "_s)));
        QVERIFY2(actions.contains(u"oath.activate"_s), qPrintable(actions.join(u", "_s)));
        QVERIFY(actions.indexOf(u"oath.register"_s) < actions.indexOf(u"oath.activate"_s));
    }

    void sha256And60Seconds()
    {
        Core::TotpParameters parameters;
        parameters.algorithm = Core::OtpAlgorithm::Sha256;
        parameters.period = 60;
        const Issued issued = issue(parameters);
        HardwareOathRegistrar registrar(m_client.get(), *m_db, u"tester"_s, u"console"_s);
        QCOMPARE(registerNow(registrar, tokenFor(issued)), QString());
        const QJsonObject d = device(registrar.deviceId());
        QCOMPARE(d.value(u"hashFunction"_s).toString(), u"hmacsha256"_s);
        QCOMPARE(d.value(u"timeIntervalInSeconds"_s).toInt(), 60);
        const QString code = Core::Totp::code(issued.entry.key.secret, QDateTime::currentSecsSinceEpoch(), parameters);
        QCOMPARE(activateNow(registrar, code), QString());
        QCOMPARE(device(registrar.deviceId()).value(u"status"_s).toString(), u"activated"_s);
    }

    void wrongCodeIsRefusedReadably()
    {
        const Issued issued = issue();
        HardwareOathRegistrar registrar(m_client.get(), *m_db, u"tester"_s, u"console"_s);
        QCOMPARE(registerNow(registrar, tokenFor(issued)), QString());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const Core::TotpParameters &p = issued.entry.key.parameters;
        // A code of this key, but from an hour ago: the right shape, not valid now.
        QString wrong = Core::Totp::code(issued.entry.key.secret, now - 3600, p);
        for (int step = -1; step <= 1; ++step) {
            if (Core::Totp::code(issued.entry.key.secret, now + step * p.period, p) == wrong)
                QSKIP("the hour-old code happens to be valid now");
        }
        const QString message = activateNow(registrar, wrong);
        QVERIFY2(message.contains(u"did not activate"_s), qPrintable(message));
        QVERIFY2(message.contains(u"verification code"_s), qPrintable(message));
        QCOMPARE(device(registrar.deviceId()).value(u"status"_s).toString(), u"failedActivation"_s);
        QVERIFY(!auditActions(issued.recipient.upn).contains(u"oath.activate"_s));

        // Local refusals before any request: wrong length, letters.
        const qint64 before = m_server->counters().graphRequests;
        QVERIFY(activateNow(registrar, u"1234"_s).contains(u"6-digit"_s));
        QVERIFY(activateNow(registrar, u"12a456"_s).contains(u"digits"_s));
        QCOMPARE(m_server->counters().graphRequests, before);

        // A right code afterwards still activates.
        const QString code = Core::Totp::code(issued.entry.key.secret, QDateTime::currentSecsSinceEpoch(), p);
        QCOMPARE(activateNow(registrar, code), QString());
        QCOMPARE(device(registrar.deviceId()).value(u"status"_s).toString(), u"activated"_s);
    }

    void roleRefusalIsReadable()
    {
        const Issued issued = issue();
        m_server->setRole(u"globalReader"_s);
        HardwareOathRegistrar registrar(m_client.get(), *m_db, u"tester"_s, u"console"_s);
        const QString message = registerNow(registrar, tokenFor(issued));
        QVERIFY2(message.contains(u"Policy.ReadWrite.AuthenticationMethod"_s), qPrintable(message));
        QVERIFY2(message.contains(u"Authentication Policy Administrator"_s), qPrintable(message));
        QCOMPARE(registrar.state(), HardwareOathRegistrar::State::Failed);
        QVERIFY(registrar.deviceId().isEmpty());
        QCOMPARE(m_server->counters().oathDeviceCreates, 0);
        QVERIFY(m_server->hardwareOathDevices().isEmpty());
        QCOMPARE(storedDeviceId(issued.entry.serial), QString());
        QVERIFY(!auditActions(issued.recipient.upn).contains(u"oath.register"_s));
    }

    void refusesWhatEntraCannotTake_data()
    {
        QTest::addColumn<int>("cloud");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("expected");
        QTest::newRow("usgov") << int(Sspr::Graph::Cloud::UsGov) << int(Core::OtpAlgorithm::Sha1) << 6
                               << u"only in the global cloud"_s;
        QTest::newRow("china") << int(Sspr::Graph::Cloud::China) << int(Core::OtpAlgorithm::Sha1) << 6
                               << u"only in the global cloud"_s;
        QTest::newRow("sha512") << int(Sspr::Graph::Cloud::Global) << int(Core::OtpAlgorithm::Sha512) << 6
                                << u"SHA1 or SHA256"_s;
        QTest::newRow("8 digits") << int(Sspr::Graph::Cloud::Global) << int(Core::OtpAlgorithm::Sha1) << 8
                                  << u"6-digit"_s;
    }

    void refusesWhatEntraCannotTake()
    {
        QFETCH(int, cloud);
        QFETCH(int, algorithm);
        QFETCH(int, digits);
        QFETCH(QString, expected);
        const Issued issued = issue();
        HardwareOathToken token = tokenFor(issued);
        token.cloud = Sspr::Graph::Cloud(cloud);
        token.algorithm = Core::OtpAlgorithm(algorithm);
        token.digits = digits;
        HardwareOathRegistrar registrar(m_client.get(), *m_db, u"tester"_s, u"console"_s);
        const QString message = registerNow(registrar, token);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(m_server->counters().graphRequests, 0);
    }

    void refusesWithoutClientOrUser()
    {
        const Issued issued = issue();
        HardwareOathRegistrar offline(nullptr, *m_db, u"tester"_s, u"console"_s);
        QVERIFY(registerNow(offline, tokenFor(issued)).contains(u"Sign in"_s));
        HardwareOathToken token = tokenFor(issued);
        token.userId.clear();
        HardwareOathRegistrar registrar(m_client.get(), *m_db, u"tester"_s, u"console"_s);
        QVERIFY(registerNow(registrar, token).contains(u"Graph id"_s));
        QVERIFY(activateNow(registrar, u"123456"_s).contains(u"Register the token"_s));
        QCOMPARE(m_server->counters().graphRequests, 0);
    }

    void secretNeverReachesTheStore()
    {
        const Issued issued = issue();
        const QString base32 = Core::Base32::encode(issued.entry.key.secret);
        {
            HardwareOathRegistrar registrar(m_client.get(), *m_db, u"tester"_s, u"console"_s);
            QCOMPARE(registerNow(registrar, tokenFor(issued)), QString());
            const QString code = Core::Totp::code(
                issued.entry.key.secret, QDateTime::currentSecsSinceEpoch(), issued.entry.key.parameters);
            QCOMPARE(activateNow(registrar, code), QString());
        }
        const QString path = m_db->path();
        m_db.reset(); // checkpoint and close, then read every file SQLite may have written
        const QFileInfo info(path);
        const QStringList files = QDir(info.absolutePath()).entryList({info.fileName() + u'*'}, QDir::Files);
        QVERIFY(!files.isEmpty());
        const QByteArray lowerBase32 = base32.toLower().toLatin1();
        for (const QString &name : files) {
            QFile file(QDir(info.absolutePath()).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(base32.toLatin1()), qPrintable(name));
            QVERIFY2(!bytes.contains(lowerBase32), qPrintable(name));
            QVERIFY2(!bytes.contains(issued.entry.key.secret), qPrintable(name));
            QVERIFY2(!bytes.contains(issued.entry.key.secret.toHex()), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestHardwareOathRegistrar)
#include "tst_hardwareoathregistrar.moc"
