// OutboxRepository: items are written with the store change they belong to (or not at all), sent one target at a
// time in order, claimed before sending, and moved between states only along the allowed edges.
#include "database.h"
#include "outboxrepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Sspr::Core::Error;
using Sspr::Core::Status;
using Sspr::Store::OutboxItem;
using Sspr::Store::OutboxRepository;

class TestOutboxRepository final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sspr::Store::Database> m_db;
    int m_count = 0;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    qint64 add(const QString &target, const QString &methodId = {}, const QString &kind = u"phone.add"_s)
    {
        OutboxRepository repo(*m_db);
        QJsonObject payload {{u"userId"_s, target}};
        if (!methodId.isEmpty())
            payload.insert(u"methodId"_s, methodId);
        auto id = repo.enqueue(kind, target, payload);
        return id ? id.value() : -1;
    }

    QList<qint64> ids(const QList<OutboxItem> &items)
    {
        QList<qint64> out;
        for (const OutboxItem &item : items)
            out << item.id;
        return out;
    }

    QString stateOf(qint64 id)
    {
        auto item = OutboxRepository(*m_db).item(id);
        return item && item->has_value() ? (*item)->state : QString();
    }

    void setState(qint64 id, const QString &state)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"UPDATE outbox SET state = ? WHERE id = ?"_s);
        q.bindValue(0, state);
        q.bindValue(1, id);
        QVERIFY(q.exec());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto db = Sspr::Store::Database::open(
            m_dir.filePath(u"outbox%1.sqlite"_s.arg(++m_count)), Sspr::Store::Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
    }

    void cleanup() { m_db.reset(); }

    void graphProfile_followsTenantKind()
    {
        QVERIFY(!OutboxRepository::isGraphProfile(*m_db)); // no tenant row yet
        QVERIFY(m_db->exec(u"INSERT INTO tenant (id, name, domain, kind, created_at) "
                           "VALUES (1, 'Contoso', 'contoso.com', 'local', '2025-01-01')"_s));
        QVERIFY(!OutboxRepository::isGraphProfile(*m_db));
        QVERIFY(m_db->exec(u"UPDATE tenant SET kind = 'graph'"_s));
        QVERIFY(OutboxRepository::isGraphProfile(*m_db));
    }

    void enqueue_storesEverything()
    {
        OutboxRepository repo(*m_db);
        const QJsonObject payload {
            {u"userId"_s, u"u1"_s}, {u"phoneNumber"_s, u"+1 4255550100"_s}, {u"expectedExisting"_s, QJsonValue::Null}};
        auto id = repo.enqueue(u"phone.add"_s, u"users/u1"_s, payload, u"key-1"_s);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        auto item = repo.item(id.value());
        QVERIFY(item && item->has_value());
        const OutboxItem &i = item->value();
        QCOMPARE(i.key, u"key-1"_s);
        QCOMPARE(i.kind, u"phone.add"_s);
        QCOMPARE(i.target, u"users/u1"_s);
        QCOMPARE(i.payload, payload);
        QCOMPARE(i.state, u"pending"_s);
        QCOMPARE(i.attempts, 0);
        QCOMPARE(i.lastStatus, 0);
        QVERIFY(i.createdAt.isValid());
        auto byKey = repo.itemByKey(u"key-1"_s);
        QVERIFY(byKey && byKey->has_value());
        QCOMPARE((*byKey)->id, id.value());
        // A generated key is a UUID, and a key is never used twice.
        auto other = repo.enqueue(u"phone.add"_s, u"users/u1"_s, payload);
        QVERIFY(other);
        QCOMPARE(repo.item(other.value())->value().key.size(), 36);
        QVERIFY(!repo.enqueue(u"phone.add"_s, u"users/u1"_s, payload, u"key-1"_s));
    }

    void enqueue_rollsBackWithTheChange()
    {
        // The item is written in the caller's transaction: when the store change fails, no item is left.
        const Status s = m_db->transaction([&]() -> Status {
            if (add(u"users/u1"_s) < 0)
                return Error {u"enqueue failed"_s};
            return Error {u"the store change failed"_s};
        });
        QVERIFY(!s);
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), 0);
        QVERIFY(m_db->transaction([&]() -> Status { return add(u"users/u1"_s) > 0 ? Status {} : Error {u"x"_s}; }));
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), 1);
    }

    void sendable_oneTargetAtATimeInOrder()
    {
        const qint64 a1 = add(u"users/a"_s);
        const qint64 a2 = add(u"users/a"_s);
        const qint64 b1 = add(u"users/b"_s);
        const qint64 c1 = add(u"users/c"_s);
        OutboxRepository repo(*m_db);
        QCOMPARE(ids(repo.sendable(10).value()), (QList<qint64> {a1, b1, c1}));
        QCOMPARE(ids(repo.sendable(2).value()), (QList<qint64> {a1, b1}));
        // Claimed (sending): its target waits, the others go on.
        QVERIFY(repo.markSending({a1, b1}));
        QCOMPARE(ids(repo.sendable(10).value()), (QList<qint64> {c1}));
        QCOMPARE(ids(repo.inDoubt(10).value()), (QList<qint64> {a1, b1}));
        QCOMPARE(repo.item(a1)->value().attempts, 1);
        // Done: the next change to the same object may go.
        QVERIFY(repo.settle(a1, u"done"_s, 201, {}));
        QCOMPARE(ids(repo.sendable(10).value()), (QList<qint64> {a2, c1}));
        // A failed item does not hold its target back.
        QVERIFY(repo.settle(b1, u"failed"_s, 403, u"Insufficient privileges"_s));
        const qint64 b2 = add(u"users/b"_s);
        QCOMPARE(ids(repo.sendable(10).value()), (QList<qint64> {a2, c1, b2}));
    }

    void settle_recordsOutcome()
    {
        const qint64 id = add(u"users/u"_s);
        OutboxRepository repo(*m_db);
        QVERIFY(repo.markSending({id}));
        QVERIFY(repo.settle(id, u"conflict"_s, 200, u"the tenant has another number"_s,
            QJsonObject {{u"conflict"_s, QJsonObject {{u"theirs"_s, u"+1 2065550100"_s}}}}));
        const OutboxItem item = repo.item(id)->value();
        QCOMPARE(item.state, u"conflict"_s);
        QCOMPARE(item.lastStatus, 200);
        QCOMPARE(item.lastError, u"the tenant has another number"_s);
        QCOMPARE(item.payload.value(u"conflict"_s).toObject().value(u"theirs"_s).toString(), u"+1 2065550100"_s);
        // No status (no answer): stored as NULL, read as 0; the payload is kept when none is given.
        QVERIFY(repo.settle(id, u"pending"_s, 0, u"no answer"_s));
        QCOMPARE(repo.item(id)->value().lastStatus, 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE last_status IS NULL"_s), 1);
        QVERIFY(repo.item(id)->value().payload.contains(u"conflict"_s));
    }

    void retry_onlyFailedOrConflict_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("retried");
        QTest::newRow("pending") << u"pending"_s << false;
        QTest::newRow("sending") << u"sending"_s << false;
        QTest::newRow("done") << u"done"_s << false;
        QTest::newRow("failed") << u"failed"_s << true;
        QTest::newRow("conflict") << u"conflict"_s << true;
        QTest::newRow("discarded") << u"discarded"_s << false;
    }

    void retry_onlyFailedOrConflict()
    {
        QFETCH(QString, state);
        QFETCH(bool, retried);
        const qint64 id = add(u"users/u"_s);
        setState(id, state);
        auto r = OutboxRepository(*m_db).retry(id, QJsonObject {{u"force"_s, true}});
        QVERIFY(r);
        QCOMPARE(r.value(), retried);
        QCOMPARE(stateOf(id), retried ? u"pending"_s : state);
        QCOMPARE(OutboxRepository(*m_db).item(id)->value().payload.value(u"force"_s).toBool(), retried);
    }

    void discard_onlyUnsentOrStopped_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("discarded");
        QTest::newRow("pending") << u"pending"_s << true;
        QTest::newRow("sending") << u"sending"_s << false; // on the wire: its outcome is not ours to drop
        QTest::newRow("done") << u"done"_s << false;
        QTest::newRow("failed") << u"failed"_s << true;
        QTest::newRow("conflict") << u"conflict"_s << true;
        QTest::newRow("discarded") << u"discarded"_s << false;
    }

    void discard_onlyUnsentOrStopped()
    {
        QFETCH(QString, state);
        QFETCH(bool, discarded);
        const qint64 id = add(u"users/u"_s);
        setState(id, state);
        auto r = OutboxRepository(*m_db).discard(id);
        QVERIFY(r);
        QCOMPARE(r.value(), discarded);
        QCOMPARE(stateOf(id), discarded ? u"discarded"_s : state);
    }

    void retryAllFailed_leavesConflicts()
    {
        const qint64 f1 = add(u"users/a"_s);
        const qint64 f2 = add(u"users/b"_s);
        const qint64 c = add(u"users/c"_s);
        setState(f1, u"failed"_s);
        setState(f2, u"failed"_s);
        setState(c, u"conflict"_s);
        auto n = OutboxRepository(*m_db).retryAllFailed();
        QVERIFY(n);
        QCOMPARE(n.value(), 2);
        QCOMPARE(stateOf(f1), u"pending"_s);
        QCOMPARE(stateOf(c), u"conflict"_s);
    }

    void listAndCounts()
    {
        QList<qint64> all;
        for (int i = 0; i < 7; ++i)
            all << add(u"users/%1"_s.arg(i));
        setState(all[1], u"done"_s);
        setState(all[2], u"failed"_s);
        setState(all[3], u"conflict"_s);
        setState(all[4], u"discarded"_s);
        setState(all[5], u"sending"_s);
        OutboxRepository repo(*m_db);
        auto counts = repo.counts();
        QVERIFY(counts);
        QCOMPARE(counts->pending, 2);
        QCOMPARE(counts->sending, 1);
        QCOMPARE(counts->done, 1);
        QCOMPARE(counts->failed, 1);
        QCOMPARE(counts->conflict, 1);
        QCOMPARE(counts->discarded, 1);
        QCOMPARE(counts->unsent(), 3);
        QCOMPARE(counts->needAttention(), 2);
        QCOMPARE(ids(repo.list({u"failed"_s, u"conflict"_s}).value()), (QList<qint64> {all[2], all[3]}));
        // Keyset pages: after an id, in id order.
        QCOMPARE(ids(repo.list({}, 3).value()), all.mid(0, 3));
        QCOMPARE(ids(repo.list({}, 3, all[2]).value()), all.mid(3, 3));
    }

    void pendingMarker_perUserAndMethod()
    {
        const QString mobile = u"3179e48a-750b-4051-897c-87b9720928f7"_s;
        const QString office = u"e37fc753-ff3b-4958-9484-eaa9425c82bc"_s;
        const QString kim = OutboxRepository::userTarget(u"kim-id"_s);
        const qint64 m1 = add(kim, mobile);
        const qint64 o1 = add(kim, office);
        const qint64 other = add(OutboxRepository::userTarget(u"lee-id"_s), mobile);
        OutboxRepository repo(*m_db);
        QCOMPARE(ids(repo.openFor(kim).value()), (QList<qint64> {m1, o1}));
        QCOMPARE(ids(repo.openFor(kim, mobile).value()), (QList<qint64> {m1}));
        setState(o1, u"failed"_s);
        auto states = repo.openMethodStates(u"kim-id"_s);
        QVERIFY(states);
        QCOMPARE(states->value(mobile), u"pending"_s);
        QCOMPARE(states->value(office), u"failed"_s);
        // Done or discarded: no marker any more.
        setState(m1, u"done"_s);
        setState(o1, u"discarded"_s);
        QVERIFY(repo.openFor(kim)->isEmpty());
        QVERIFY(repo.openMethodStates(u"kim-id"_s)->isEmpty());
        QCOMPARE(ids(repo.openFor(OutboxRepository::userTarget(u"lee-id"_s)).value()), (QList<qint64> {other}));
    }

    void sendable_fastWithManyItems()
    {
        // The import path queues thousands of items: picking the next ones must not scan the whole outbox per item.
        QVERIFY(m_db->transaction([&]() -> Status {
            for (int i = 0; i < 20000; ++i) {
                if (add(u"users/%1"_s.arg(i % 15000)) < 0)
                    return Error {u"enqueue failed"_s};
            }
            return {};
        }));
        OutboxRepository repo(*m_db);
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < 20; ++round) {
            auto next = repo.sendable(80);
            QVERIFY(next);
            QCOMPARE(next->size(), 80);
            QList<qint64> claimed = ids(next.value());
            QVERIFY(repo.markSending(claimed));
            QVERIFY(m_db->transaction([&]() -> Status {
                for (qint64 id : claimed) {
                    if (Status s = repo.settle(id, u"done"_s, 201, {}); !s)
                        return s;
                }
                return {};
            }));
        }
        QVERIFY2(timer.elapsed() < 3000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"
