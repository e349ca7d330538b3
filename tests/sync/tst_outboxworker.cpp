// OutboxWorker against the fake Graph server: every change kind end to end, exactly once after an interruption at
// any point (items left 'sending'), conflicts that show both values and never overwrite silently, per-item 429s
// inside $batch, role refusals with their reason, import rows settled with their items.
#include "accesstokenprovider.h"
#include "database.h"
#include "fakegraphserver.h"
#include "graphclient.h"
#include "outboxchange.h"
#include "outboxlocaleffects.h"
#include "outboxrepository.h"
#include "outboxworker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using Sspr::Core::Error;
using Sspr::Core::MethodType;
using Sspr::Core::Status;
using Sspr::Store::OutboxItem;
using Sspr::Store::OutboxRepository;
using Sspr::Sync::OutboxChange;
using Sspr::Sync::OutboxWorker;
using Sspr::Sync::OutboxWorkerOptions;
namespace FakeGraph = Sspr::FakeGraph;

namespace {

const QString kMobileId = u"3179e48a-750b-4051-897c-87b9720928f7"_s;
const QString kOfficeId = u"e37fc753-ff3b-4958-9484-eaa9425c82bc"_s;
const QString kEmailId = u"3ddfcfc8-9383-446f-83cc-3ab9be4be18f"_s;

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

struct TestUser
{
    QString id;
    QString upn;
    qint64 uid = 0;
};

} // namespace

class TestOutboxWorker final : public QObject
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

    TestUser freshUser()
    {
        const int n = ++m_users;
        TestUser user;
        user.upn = u"outbox.user%1@contoso.onmicrosoft.com"_s.arg(n);
        user.id = m_server->addUser(QJsonObject {{u"displayName"_s, u"Outbox User %1"_s.arg(n)},
            {u"userPrincipalName"_s, user.upn}, {u"usageLocation"_s, u"US"_s}});
        QSqlQuery q(m_db->connection());
        q.prepare(u"INSERT INTO users (id, sort_key, upn, display_name) VALUES (?, ?, ?, ?)"_s);
        q.bindValue(0, user.id);
        q.bindValue(1, qint64(n) << 20);
        q.bindValue(2, user.upn);
        q.bindValue(3, u"Outbox User %1"_s.arg(n));
        if (!q.exec())
            qFatal("cannot insert a user: %s", qPrintable(Sspr::Store::Database::errorText(q)));
        user.uid = q.lastInsertId().toLongLong();
        return user;
    }

    void storeMethod(const TestUser &user, const QString &id, const QString &type, const QString &value)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"INSERT INTO user_methods (uid, id, type, value) VALUES (?, ?, ?, ?)"_s);
        q.bindValue(0, user.uid);
        q.bindValue(1, id);
        q.bindValue(2, type);
        q.bindValue(3, value);
        QVERIFY(q.exec());
    }

    QString storedValue(const TestUser &user, const QString &methodId)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT value FROM user_methods WHERE uid = ? AND id = ?"_s);
        q.bindValue(0, user.uid);
        q.bindValue(1, methodId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    qint64 enqueue(const OutboxChange &change)
    {
        auto id = change.enqueue(*m_db);
        if (!id)
            qWarning("enqueue: %s", qPrintable(id.errorMessage()));
        return id ? id.value() : -1;
    }

    OutboxItem item(qint64 id) { return OutboxRepository(*m_db).item(id)->value(); }

    void setState(qint64 id, const QString &state)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"UPDATE outbox SET state = ? WHERE id = ?"_s);
        q.bindValue(0, state);
        q.bindValue(1, id);
        QVERIFY(q.exec());
    }

    Sspr::Sync::OutboxProgress push(OutboxWorkerOptions options = {}, OutboxWorker **keep = nullptr)
    {
        options.transientBaseDelayMs = qMin(options.transientBaseDelayMs, 100);
        OutboxWorker worker(*m_db, *m_client);
        worker.setOptions(options);
        QSignalSpy finished(&worker, &OutboxWorker::finished);
        worker.start();
        if (!finished.wait(60000))
            qWarning("the worker did not finish");
        if (!worker.errorString().isEmpty())
            qWarning("worker: %s", qPrintable(worker.errorString()));
        Q_UNUSED(keep);
        return worker.progress();
    }

    QJsonObject phoneOf(const QString &userId, const QString &type)
    {
        for (const QJsonValue &v : m_server->methods(userId)) {
            const QJsonObject m = v.toObject();
            if (m.value(u"phoneType"_s).toString() == type)
                return m;
        }
        return {};
    }

    QString emailOf(const QString &userId)
    {
        for (const QJsonValue &v : m_server->methods(userId)) {
            if (v.toObject().contains(u"emailAddress"_s))
                return v.toObject().value(u"emailAddress"_s).toString();
        }
        return {};
    }

    QJsonObject serverConfiguration(const QString &id)
    {
        const QJsonArray configs
            = m_server->authenticationMethodsPolicy().value(u"authenticationMethodConfigurations"_s).toArray();
        for (const QJsonValue &v : configs) {
            if (v.toObject().value(u"id"_s).toString().compare(id, Qt::CaseInsensitive) == 0)
                return v.toObject();
        }
        return {};
    }

    QJsonObject serverGroupByNickname(const QString &nickname)
    {
        for (const QJsonValue &v : m_server->groups()) {
            if (v.toObject().value(u"mailNickname"_s).toString().compare(nickname, Qt::CaseInsensitive) == 0)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        FakeGraph::Options options;
        options.users = 20;
        options.groups = 5;
        m_server = std::make_unique<FakeGraph::Server>(options);
        QVERIFY(m_server->start());
        m_tokens = std::make_unique<ServerTokens>(*m_server);
        m_client = std::make_unique<Sspr::Graph::GraphClient>(m_server->graphRoot(), m_tokens.get());
        Sspr::Graph::RetryPolicy retry;
        retry.baseDelayMs = 20;
        retry.maxDelayMs = 200;
        m_client->setRetryPolicy(retry);
        auto db = Sspr::Store::Database::open(
            m_dir.filePath(u"worker%1.sqlite"_s.arg(++m_count)), Sspr::Store::Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        QVERIFY(m_db->exec(u"INSERT INTO tenant (id, name, domain, kind, created_at) "
                           "VALUES (1, 'Contoso', 'contoso.onmicrosoft.com', 'graph', '2025-01-01')"_s));
        m_server->resetCounters();
    }

    void cleanup()
    {
        m_client.reset();
        m_tokens.reset();
        m_server.reset();
        m_db.reset();
    }

    // ---- each kind, end to end

    void phoneAdd_createdOnce()
    {
        const TestUser kim = freshUser();
        const qint64 id = enqueue(OutboxChange::phoneAdd(kim.id, kim.upn, MethodType::MobilePhone, u"+1 4255550100"_s));
        const auto progress = push();
        QCOMPARE(progress.done, 1);
        QCOMPARE(item(id).state, u"done"_s);
        QCOMPARE(phoneOf(kim.id, u"mobile"_s).value(u"phoneNumber"_s).toString(), u"+1 4255550100"_s);
        QCOMPARE(m_server->counters().phoneCreates, 1);
        // Nothing left: a second push sends nothing.
        const auto again = push();
        QCOMPARE(again.requests, 0);
        QCOMPARE(m_server->counters().phoneCreates, 1);
    }

    void phoneUpdate_andDelete()
    {
        const TestUser kim = freshUser();
        m_server->addPhoneMethod(kim.id, u"mobile"_s, u"+1 4255550101"_s);
        m_server->addPhoneMethod(kim.id, u"office"_s, u"+1 2065550100x12"_s);
        m_server->resetCounters();
        const qint64 update = enqueue(OutboxChange::phoneUpdate(
            kim.id, kim.upn, kMobileId, MethodType::MobilePhone, u"+1 4255550101"_s, u"+1 4255550199"_s));
        const qint64 remove = enqueue(
            OutboxChange::methodDelete(kim.id, kim.upn, kOfficeId, MethodType::OfficePhone, u"+1 2065550100x12"_s));
        const auto progress = push();
        QCOMPARE(progress.done, 2);
        QCOMPARE(item(update).state, u"done"_s);
        QCOMPARE(item(remove).state, u"done"_s);
        QCOMPARE(phoneOf(kim.id, u"mobile"_s).value(u"phoneNumber"_s).toString(), u"+1 4255550199"_s);
        QVERIFY(phoneOf(kim.id, u"office"_s).isEmpty());
        QCOMPARE(m_server->counters().updates, 1);
        QCOMPARE(m_server->counters().deletes, 1);
    }

    void emailAdd_update_delete()
    {
        const TestUser kim = freshUser();
        const qint64 add = enqueue(OutboxChange::emailAdd(kim.id, kim.upn, u"kim.private@example.com"_s));
        QCOMPARE(push().done, 1);
        QCOMPARE(item(add).state, u"done"_s);
        QCOMPARE(emailOf(kim.id), u"kim.private@example.com"_s);
        const qint64 update = enqueue(OutboxChange::emailUpdate(
            kim.id, kim.upn, kEmailId, u"kim.private@example.com"_s, u"kim.new@example.com"_s));
        QCOMPARE(push().done, 1);
        QCOMPARE(item(update).state, u"done"_s);
        QCOMPARE(emailOf(kim.id), u"kim.new@example.com"_s);
        enqueue(OutboxChange::methodDelete(kim.id, kim.upn, kEmailId, MethodType::Email, u"kim.new@example.com"_s));
        QCOMPARE(push().done, 1);
        QVERIFY(emailOf(kim.id).isEmpty());
        QCOMPARE(m_server->counters().emailCreates, 1);
    }

    void groupCreate_adoptsGraphId()
    {
        const QString localId = u"00000000-0000-4000-8000-000000000abc"_s;
        QVERIFY(m_db->exec(u"INSERT INTO groups (id, display_name, mail_nickname) "
                           "VALUES ('00000000-0000-4000-8000-000000000abc', 'Outbox pilot', 'outbox-pilot')"_s));
        QVERIFY(m_db->exec(u"INSERT INTO sspr_policy (id, enablement, group_id) "
                           "VALUES (1, 1, '00000000-0000-4000-8000-000000000abc')"_s));
        const qint64 id = enqueue(OutboxChange::groupCreate(u"Outbox pilot"_s, u"outbox-pilot"_s, u"Pilot"_s, localId));
        push();
        QVERIFY2(item(id).state == u"done", qPrintable(item(id).state + u": "_s + item(id).lastError));
        const QJsonObject group = serverGroupByNickname(u"outbox-pilot"_s);
        QVERIFY(!group.isEmpty());
        const QString graphId = group.value(u"id"_s).toString();
        QCOMPARE(item(id).payload.value(u"createdId"_s).toString(), graphId);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT g.id, p.group_id FROM groups g, sspr_policy p"_s) && q.next());
        QCOMPARE(q.value(0).toString(), graphId);
        QCOMPARE(q.value(1).toString(), graphId);
        QCOMPARE(m_server->counters().groupCreates, 1);
    }

    void policyChanges()
    {
        // A method configuration: what the console last saw, and the change.
        const QJsonObject sms = serverConfiguration(u"Sms"_s);
        QVERIFY(!sms.isEmpty());
        QJsonObject seen {{u"@odata.type"_s, sms.value(u"@odata.type"_s)}, {u"state"_s, sms.value(u"state"_s)}};
        QJsonObject body = seen;
        const QString newState = sms.value(u"state"_s).toString() == u"enabled" ? u"disabled"_s : u"enabled"_s;
        body.insert(u"state"_s, newState);
        const qint64 config = enqueue(OutboxChange::methodConfigurationPatch(u"Sms"_s, body, seen));
        // The registration campaign.
        const QJsonObject policy = m_server->authenticationMethodsPolicy();
        const QJsonObject campaign = policy.value(u"registrationEnforcement"_s)
                                         .toObject()
                                         .value(u"authenticationMethodsRegistrationCampaign"_s)
                                         .toObject();
        QJsonObject newCampaign = campaign;
        newCampaign.insert(u"state"_s, u"enabled"_s);
        newCampaign.insert(u"snoozeDurationInDays"_s, 3);
        auto enforcement = [](const QJsonObject &c) {
            return QJsonObject {
                {u"registrationEnforcement"_s, QJsonObject {{u"authenticationMethodsRegistrationCampaign"_s, c}}}};
        };
        const qint64 campaignItem
            = enqueue(OutboxChange::authMethodsPolicyPatch(enforcement(newCampaign), enforcement(campaign), {}));
        // allowedToUseSSPR.
        const bool allowed = m_server->allowedToUseSspr();
        const qint64 admin = enqueue(OutboxChange::authorizationPolicyPatch(allowed, !allowed));

        QCOMPARE(push().done, 3);
        QCOMPARE(item(config).state, u"done"_s);
        QCOMPARE(item(campaignItem).state, u"done"_s);
        QCOMPARE(item(admin).state, u"done"_s);
        QCOMPARE(serverConfiguration(u"Sms"_s).value(u"state"_s).toString(), newState);
        const QJsonObject after = m_server->authenticationMethodsPolicy()
                                      .value(u"registrationEnforcement"_s)
                                      .toObject()
                                      .value(u"authenticationMethodsRegistrationCampaign"_s)
                                      .toObject();
        QCOMPARE(after.value(u"state"_s).toString(), u"enabled"_s);
        QCOMPARE(after.value(u"snoozeDurationInDays"_s).toInt(), 3);
        QCOMPARE(m_server->allowedToUseSspr(), !allowed);
    }

    void tapCreate_passIsHandedOutNotStored()
    {
        const TestUser kim = freshUser();
        // TAP is disabled in a new tenant's policy: enable it first, through the outbox too.
        const QJsonObject tap = serverConfiguration(u"TemporaryAccessPass"_s);
        QJsonObject seen {{u"@odata.type"_s, tap.value(u"@odata.type"_s)}, {u"state"_s, tap.value(u"state"_s)}};
        QJsonObject body = seen;
        body.insert(u"state"_s, u"enabled"_s);
        enqueue(OutboxChange::methodConfigurationPatch(u"TemporaryAccessPass"_s, body, seen));
        QCOMPARE(push().done, 1);

        const qint64 id = enqueue(OutboxChange::tapCreate(kim.id, kim.upn, 60, true));
        OutboxWorker worker(*m_db, *m_client);
        QSignalSpy issued(&worker, &OutboxWorker::temporaryAccessPassIssued);
        QSignalSpy finished(&worker, &OutboxWorker::finished);
        worker.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(item(id).state, u"done"_s);
        QCOMPARE(issued.size(), 1);
        const QString pass = issued.constFirst().at(2).toString();
        QVERIFY(pass.size() >= 8);
        QCOMPARE(issued.constFirst().at(1).toString(), kim.upn);
        // Nowhere in the store: not in the outbox, not in any file of it.
        m_db->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile file(m_db->path() + suffix);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY(!file.readAll().contains(pass.toUtf8()));
        }
        QCOMPARE(m_server->counters().tapCreates, 1);
    }

    // ---- conflicts

    void conflict_phoneTypeTakenShowsBoth_thenDiscardKeepsTheirs()
    {
        const TestUser kim = freshUser();
        m_server->addPhoneMethod(kim.id, u"mobile"_s, u"+1 4255550177"_s); // set in the tenant meanwhile
        m_server->resetCounters();
        storeMethod(kim, kMobileId, u"mobile"_s, u"+1 4255550100"_s); // the console's change, shown locally
        const qint64 id = enqueue(OutboxChange::phoneAdd(kim.id, kim.upn, MethodType::MobilePhone, u"+1 4255550100"_s));
        const auto progress = push();
        QCOMPARE(progress.conflicts, 1);
        const OutboxItem conflict = item(id);
        QCOMPARE(conflict.state, u"conflict"_s);
        QVERIFY2(conflict.lastError.contains(u"+1 4255550177"_s) && conflict.lastError.contains(u"+1 4255550100"_s),
            qPrintable(conflict.lastError));
        const QJsonObject both = conflict.payload.value(u"conflict"_s).toObject();
        QCOMPARE(both.value(u"theirs"_s).toString(), u"+1 4255550177"_s);
        QCOMPARE(both.value(u"ours"_s).toString(), u"+1 4255550100"_s);
        // Never overwritten silently.
        QCOMPARE(phoneOf(kim.id, u"mobile"_s).value(u"phoneNumber"_s).toString(), u"+1 4255550177"_s);
        QCOMPARE(m_server->counters().updates, 0);
        // Discard: the local store takes the tenant's value.
        auto discarded = Sspr::Sync::OutboxLocalEffects(*m_db).discard(id, u"tester"_s, u"test"_s);
        QVERIFY(discarded && discarded.value());
        QCOMPARE(item(id).state, u"discarded"_s);
        QCOMPARE(storedValue(kim, kMobileId), u"+1 4255550177"_s);
    }

    void conflict_retryOverwrites()
    {
        const TestUser kim = freshUser();
        m_server->addPhoneMethod(kim.id, u"mobile"_s, u"+1 4255550177"_s);
        m_server->resetCounters();
        const qint64 id = enqueue(OutboxChange::phoneAdd(kim.id, kim.upn, MethodType::MobilePhone, u"+1 4255550100"_s));
        QCOMPARE(push().conflicts, 1);
        auto retried = Sspr::Sync::OutboxLocalEffects(*m_db).retry(id, u"tester"_s, u"test"_s);
        QVERIFY(retried && retried.value());
        QCOMPARE(push().done, 1);
        QCOMPARE(item(id).state, u"done"_s);
        QCOMPARE(phoneOf(kim.id, u"mobile"_s).value(u"phoneNumber"_s).toString(), u"+1 4255550100"_s);
        QCOMPARE(m_server->counters().phoneCreates, 0); // replaced in place, not created twice
        QCOMPARE(m_server->counters().updates, 1);
    }

    void conflict_changedInTenantBeforeUpdate()
    {
        const TestUser kim = freshUser();
        m_server->addPhoneMethod(kim.id, u"mobile"_s, u"+1 4255550155"_s); // the tenant's value now
        m_server->resetCounters();
        const qint64 id = enqueue(OutboxChange::phoneUpdate(
            kim.id, kim.upn, kMobileId, MethodType::MobilePhone, u"+1 4255550101"_s, u"+1 4255550199"_s));
        QCOMPARE(push().conflicts, 1);
        const OutboxItem conflict = item(id);
        QVERIFY2(conflict.lastError.contains(u"+1 4255550155"_s) && conflict.lastError.contains(u"+1 4255550199"_s),
            qPrintable(conflict.lastError));
        QCOMPARE(phoneOf(kim.id, u"mobile"_s).value(u"phoneNumber"_s).toString(), u"+1 4255550155"_s);
        QCOMPARE(m_server->counters().updates, 0);
    }

    void conflict_userDeleted()
    {
        const TestUser kim = freshUser();
        m_server->deleteUser(kim.id);
        const qint64 id = enqueue(OutboxChange::phoneAdd(kim.id, kim.upn, MethodType::MobilePhone, u"+1 4255550100"_s));
        QCOMPARE(push().conflicts, 1);
        const OutboxItem conflict = item(id);
        QCOMPARE(conflict.state, u"conflict"_s);
        QVERIFY2(conflict.lastError.contains(kim.upn), qPrintable(conflict.lastError));
        QVERIFY(conflict.payload.value(u"conflict"_s).toObject().value(u"userDeleted"_s).toBool());
    }

    void conflict_groupNicknameTaken()
    {
        enqueue(OutboxChange::groupCreate(u"Front desk"_s, u"front-desk-x"_s, {}, u"local-a"_s));
        QCOMPARE(push().done, 1);
        const qint64 id = enqueue(OutboxChange::groupCreate(u"Reception"_s, u"front-desk-x"_s, {}, u"local-b"_s));
        QCOMPARE(push().conflicts, 1);
        QVERIFY2(item(id).lastError.contains(u"Front desk"_s) && item(id).lastError.contains(u"Reception"_s),
            qPrintable(item(id).lastError));
        QCOMPARE(m_server->counters().groupCreates, 1);
    }

    void conflict_policyModifiedSinceSync()
    {
        const QJsonObject voice = serverConfiguration(u"Voice"_s);
        // What the console saw at its last sync differs from the tenant now (someone else changed the state).
        const QString tenantState = voice.value(u"state"_s).toString();
        const QString staleState = tenantState == u"enabled" ? u"disabled"_s : u"enabled"_s;
        const QJsonObject seen {{u"@odata.type"_s, voice.value(u"@odata.type"_s)}, {u"state"_s, staleState},
            {u"isOfficePhoneAllowed"_s, voice.value(u"isOfficePhoneAllowed"_s)}};
        QJsonObject body = seen;
        body.insert(u"isOfficePhoneAllowed"_s, !voice.value(u"isOfficePhoneAllowed"_s).toBool());
        const qint64 id = enqueue(OutboxChange::methodConfigurationPatch(u"Voice"_s, body, seen));
        QCOMPARE(push().conflicts, 1);
        const OutboxItem conflict = item(id);
        QCOMPARE(conflict.state, u"conflict"_s);
        QCOMPARE(conflict.payload.value(u"conflict"_s).toObject().value(u"theirs"_s).toObject().value(u"state"_s),
            QJsonValue(tenantState));
        QCOMPARE(serverConfiguration(u"Voice"_s), voice); // untouched
    }

    // ---- exactly once after an interruption

    void inDoubt_data()
    {
        QTest::addColumn<bool>("appliedBeforeCrash");
        QTest::newRow("killed before the reply (applied)") << true;
        QTest::newRow("killed before sending (not applied)") << false;
    }

    void inDoubt()
    {
        QFETCH(bool, appliedBeforeCrash);
        const TestUser kim = freshUser();
        const TestUser lee = freshUser();
        const qint64 phone
            = enqueue(OutboxChange::phoneAdd(kim.id, kim.upn, MethodType::MobilePhone, u"+1 4255550100"_s));
        const qint64 email = enqueue(OutboxChange::emailAdd(lee.id, lee.upn, u"lee@example.com"_s));
        const qint64 group
            = enqueue(OutboxChange::groupCreate(u"Outbox test desk"_s, u"outbox-test-desk"_s, {}, u"local-1"_s));
        if (appliedBeforeCrash) {
            // The first process sent everything and died before recording it.
            QVERIFY(OutboxRepository(*m_db).markSending({phone, email, group}));
            QCOMPARE(push().done, 3);
            QVERIFY(m_db->exec(u"UPDATE outbox SET state = 'sending'"_s));
        } else {
            QVERIFY(OutboxRepository(*m_db).markSending({phone, email, group}));
        }
        m_server->resetCounters();
        const auto progress = push();
        QCOMPARE(progress.done, 3);
        for (qint64 id : {phone, email, group})
            QCOMPARE(item(id).state, u"done"_s);
        const qint64 expectedCreates = appliedBeforeCrash ? 0 : 1;
        QCOMPARE(m_server->counters().phoneCreates, expectedCreates);
        QCOMPARE(m_server->counters().emailCreates, expectedCreates);
        QCOMPARE(m_server->counters().groupCreates, expectedCreates);
        // Not even attempted again: a resend would have been refused (one phone per type) but still be a write.
        QCOMPARE(m_server->counters().writes, 3 * expectedCreates);
        QCOMPARE(phoneOf(kim.id, u"mobile"_s).value(u"phoneNumber"_s).toString(), u"+1 4255550100"_s);
        QCOMPARE(emailOf(lee.id), u"lee@example.com"_s);
    }

    void droppedConnections_neverDoubled()
    {
        // Answers lost on the wire: the items stay pending, marked in doubt; the next run reads back first.
        QList<TestUser> users;
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i) {
            users << freshUser();
            ids << enqueue(OutboxChange::phoneAdd(users.last().id, users.last().upn, MethodType::MobilePhone,
                u"+1 42555501%1"_s.arg(i, 2, 10, QChar(u'0'))));
        }
        m_server->setFaults(0, 0, 1.0, 0);
        OutboxWorkerOptions options;
        options.maxTransientAttempts = 2;
        Sspr::Graph::RetryPolicy once;
        once.maxAttempts = 1;
        m_client->setRetryPolicy(once);
        const auto first = push(options);
        QCOMPARE(first.notSent, 6);
        for (qint64 id : ids) {
            QCOMPARE(item(id).state, u"pending"_s);
            QVERIFY(item(id).payload.value(u"inDoubt"_s).toBool());
        }
        // (Qt's HTTP stack itself sends a request again once when the connection closes before any answer, so
        // the first push may have written twice; Graph refuses the second phone of a type.)
        const qint64 writesBefore = m_server->counters().writes;
        m_server->setFaults(0, 0, 0, 0);
        const auto second = push(options);
        QCOMPARE(second.done, 6);
        for (int i = 0; i < users.size(); ++i)
            QVERIFY(!phoneOf(users.at(i).id, u"mobile"_s).isEmpty());
        // The fake drops its answers after processing the requests: the second push read back and wrote nothing.
        QCOMPARE(m_server->counters().phoneCreates, 6);
        QCOMPARE(m_server->counters().writes, writesBefore);
    }

    // ---- throttling, batching, ordering

    void perItem429InsideBatch()
    {
        QList<TestUser> users;
        for (int i = 0; i < 60; ++i) {
            users << freshUser();
            enqueue(OutboxChange::phoneAdd(users.last().id, users.last().upn, MethodType::MobilePhone,
                u"+1 42555502%1"_s.arg(i, 2, 10, QChar(u'0'))));
        }
        m_server->resetCounters();
        m_server->setFaults(0.25, 0, 0, 0);
        const auto progress = push();
        QCOMPARE(progress.done, 60);
        QCOMPARE(m_server->counters().phoneCreates, 60); // each once, whatever was retried
        QVERIFY(m_server->counters().throttled > 0);
        QVERIFY2(progress.requests < 40, qPrintable(QString::number(progress.requests))); // batched
        for (const TestUser &user : users)
            QVERIFY(!phoneOf(user.id, u"mobile"_s).isEmpty());
    }

    void sameUserInOrder()
    {
        // An alternate mobile needs the mobile first: changes to one user go in the order they were made.
        const TestUser kim = freshUser();
        const qint64 mobile
            = enqueue(OutboxChange::phoneAdd(kim.id, kim.upn, MethodType::MobilePhone, u"+1 4255550100"_s));
        const qint64 alternate
            = enqueue(OutboxChange::phoneAdd(kim.id, kim.upn, MethodType::AlternateMobilePhone, u"+1 4255550111"_s));
        QCOMPARE(push().done, 2);
        QCOMPARE(item(mobile).state, u"done"_s);
        QCOMPARE(item(alternate).state, u"done"_s);
        QVERIFY(!phoneOf(kim.id, u"alternateMobile"_s).isEmpty());
    }

    void policyWaitsForItsGroup()
    {
        const QString localId = u"00000000-0000-4000-8000-00000000beef"_s;
        QVERIFY(m_db->exec(u"INSERT INTO groups (id, display_name, mail_nickname) "
                           "VALUES ('00000000-0000-4000-8000-00000000beef', 'SMS users', 'sms-users')"_s));
        enqueue(OutboxChange::groupCreate(u"SMS users"_s, u"sms-users"_s, {}, localId));
        const QJsonObject sms = serverConfiguration(u"Sms"_s);
        const QJsonObject seen {
            {u"@odata.type"_s, sms.value(u"@odata.type"_s)}, {u"includeTargets"_s, sms.value(u"includeTargets"_s)}};
        QJsonObject body = seen;
        body.insert(u"includeTargets"_s,
            QJsonArray {QJsonObject {{u"id"_s, localId}, {u"targetType"_s, u"group"_s},
                {u"isRegistrationRequired"_s, false}, {u"isUsableForSignIn"_s, true}}});
        const qint64 patch = enqueue(OutboxChange::methodConfigurationPatch(u"Sms"_s, body, seen));
        QCOMPARE(push().done, 2);
        const QString graphId = serverGroupByNickname(u"sms-users"_s).value(u"id"_s).toString();
        QVERIFY(!graphId.isEmpty());
        QCOMPARE(item(patch).state, u"done"_s);
        const QJsonArray targets = serverConfiguration(u"Sms"_s).value(u"includeTargets"_s).toArray();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.at(0).toObject().value(u"id"_s).toString(), graphId);
    }

    // ---- refusals

    void roleRefusal_readableThenRetry()
    {
        const TestUser kim = freshUser();
        m_server->setRole(u"globalReader"_s);
        const qint64 id = enqueue(OutboxChange::phoneAdd(kim.id, kim.upn, MethodType::MobilePhone, u"+1 4255550100"_s));
        QCOMPARE(push().failed, 1);
        const OutboxItem failed = item(id);
        QCOMPARE(failed.state, u"failed"_s);
        QCOMPARE(failed.lastStatus, 403);
        QVERIFY(!failed.lastError.isEmpty());
        QVERIFY2(failed.lastError.contains(u"Administrator"_s, Qt::CaseInsensitive)
                || failed.lastError.contains(u"role"_s, Qt::CaseInsensitive)
                || failed.lastError.contains(u"permission"_s, Qt::CaseInsensitive),
            qPrintable(failed.lastError));
        m_server->setRole(u"privilegedAuthenticationAdministrator"_s);
        auto retried = Sspr::Sync::OutboxLocalEffects(*m_db).retry(id, u"tester"_s, u"test"_s);
        QVERIFY(retried && retried.value());
        QCOMPARE(push().done, 1);
        QCOMPARE(m_server->counters().phoneCreates, 1);
    }

    void ruleRefusal_isFailedWithGraphsReason()
    {
        // An alternate mobile without a mobile: Graph refuses, nothing else is there, so it fails (not a conflict).
        const TestUser kim = freshUser();
        const qint64 id
            = enqueue(OutboxChange::phoneAdd(kim.id, kim.upn, MethodType::AlternateMobilePhone, u"+1 4255550111"_s));
        QCOMPARE(push().failed, 1);
        QCOMPARE(item(id).state, u"failed"_s);
        QCOMPARE(item(id).lastStatus, 400);
        QVERIFY(!item(id).lastError.isEmpty());
    }

    // ---- import rows

    void importRows_settledWithTheirItems()
    {
        QVERIFY(m_db->exec(u"INSERT INTO import_runs (id, run_key, kind, source_name, source_hash, backend, state, "
                           "actor, origin, total_rows, created_at, updated_at, finished_at) VALUES (1, 'run-key', "
                           "'phones', 'users.csv', 'abc', 'graph', 'completed', 'tester', 'ssprctl', 3, "
                           "'2025-01-01', '2025-01-01', '2025-01-01')"_s));
        m_server->setRole(u"privilegedAuthenticationAdministrator"_s);
        QList<TestUser> users;
        for (int seq = 1; seq <= 3; ++seq) {
            users << freshUser();
            QSqlQuery q(m_db->connection());
            q.prepare(u"INSERT INTO import_rows (run_id, seq, line, upn, uid, method_type, value, row_class, action, "
                      "state, outcome) VALUES (1, ?, ?, ?, ?, ?, ?, 'add', 'add', 'queued', 'queued')"_s);
            const QString type = seq == 3 ? u"alternateMobile"_s : u"mobile"_s; // row 3 breaks a rule
            q.bindValue(0, seq);
            q.bindValue(1, seq + 1);
            q.bindValue(2, users.last().upn);
            q.bindValue(3, users.last().uid);
            q.bindValue(4, type);
            q.bindValue(5, u"+1 425555030%1"_s.arg(seq));
            QVERIFY(q.exec());
            OutboxChange change = OutboxChange::phoneAdd(users.last().id, users.last().upn,
                seq == 3 ? MethodType::AlternateMobilePhone : MethodType::MobilePhone, u"+1 425555030%1"_s.arg(seq));
            change.forImportRow(1, seq);
            QVERIFY(change.enqueue(*m_db, u"run-key:%1"_s.arg(seq)));
        }
        push();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT seq, state, outcome, message FROM import_rows ORDER BY seq"_s));
        QStringList states;
        while (q.next())
            states << q.value(1).toString() + u'/' + q.value(2).toString();
        QCOMPARE(states, (QStringList {u"done/added"_s, u"done/added"_s, u"failed/failed"_s}));
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'import.settled'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // A key per row: the same row cannot be queued twice.
        QVERIFY(!OutboxChange::phoneAdd(users.at(0).id, users.at(0).upn, MethodType::MobilePhone, u"+1 4255550301"_s)
                     .enqueue(*m_db, u"run-key:1"_s));
    }

    void secondWorkerIsRefused()
    {
        const TestUser kim = freshUser();
        enqueue(OutboxChange::phoneAdd(kim.id, kim.upn, MethodType::MobilePhone, u"+1 4255550100"_s));
        m_server->setLatencyMs(200);
        OutboxWorker first(*m_db, *m_client);
        OutboxWorker second(*m_db, *m_client);
        QSignalSpy firstDone(&first, &OutboxWorker::finished);
        QSignalSpy secondDone(&second, &OutboxWorker::finished);
        first.start();
        second.start();
        QVERIFY(secondDone.wait(5000));
        QCOMPARE(secondDone.constFirst().at(0).toBool(), false);
        QVERIFY(!second.errorString().isEmpty());
        QVERIFY(firstDone.wait(10000));
        QCOMPARE(firstDone.constFirst().at(0).toBool(), true);
        QCOMPARE(m_server->counters().phoneCreates, 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxWorker)
#include "tst_outboxworker.moc"
