#include "database.h"
#include "migrations.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using Sspr::Store::Database;

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void create_emptyFile_migratesToLatest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/folder/store.sqlite"_s);
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QVERIFY(db.value()->isNew());
        QCOMPARE(db.value()->schemaVersion(), Sspr::Store::latestSchemaVersion());
        QCOMPARE(db.value()->metaValue(u"application"_s), u"ssprconsole"_s);
        auto counts = db.value()->tableCounts();
        QVERIFY(counts);
        QStringList names;
        for (const auto &[name, count] : counts.value())
            names << name;
        for (const QString &table : {u"users"_s, u"groups"_s, u"group_members"_s, u"user_methods"_s,
                                     u"sspr_policy"_s, u"security_questions"_s, u"method_configurations"_s,
                                     u"method_targets"_s, u"outbox"_s, u"audit_log"_s, u"sync_state"_s,
                                     u"oath_tokens"_s, u"users_fts"_s, u"tenant"_s})
            QVERIFY2(names.contains(table), qPrintable(table));
    }

    void open_twice_keepsDataAndVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"store.sqlite"_s);
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db);
            QVERIFY(db.value()->setMetaValue(u"marker"_s, u"kept"_s));
        }
        auto again = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QVERIFY(!again.value()->isNew());
        QCOMPARE(again.value()->metaValue(u"marker"_s), u"kept"_s);
        QCOMPARE(again.value()->schemaVersion(), Sspr::Store::latestSchemaVersion());
    }

    void create_setsOwnerOnlyMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"store.sqlite"_s);
        const mode_t old = ::umask(0);
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        ::umask(old);
        QVERIFY(db);
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QVERIFY(db.value()->exec(u"CREATE TABLE scratch (x)"_s)); // forces the WAL file into existence
        QCOMPARE(::stat(QFile::encodeName(path + u"-wal"_s).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0077, mode_t(0));
    }

    void pragmas_walAndForeignKeys()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"s.sqlite"_s), Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // A membership for a missing user is refused.
        QVERIFY(!q.exec(u"INSERT INTO group_members (gid, uid) VALUES (1, 1)"_s));
    }

    void open_missingWithOpenExisting_failsAndCreatesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nothing.sqlite"_s);
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(!db);
        QVERIFY(db.errorMessage().contains(u"no store"_s));
        QVERIFY(!QFileInfo::exists(path));
    }

    void open_badFile_failsAndLeavesFileUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArray("hello, this is not a database\n") << u"not an SSPR Console store"_s;
        QTest::newRow("binary noise") << QByteArray(4096, '\xA5') << u"not an SSPR Console store"_s;
        QByteArray truncated("SQLite format 3\0", 16);
        truncated.append(QByteArray(80, '\x01'));
        QTest::newRow("truncated sqlite header") << truncated << u"cannot be read"_s;
    }

    void open_badFile_failsAndLeavesFileUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.sqlite"_s);
        QVERIFY(Sspr::Test::writeAll(path, content));
        for (auto mode : {Database::OpenMode::OpenExisting, Database::OpenMode::CreateIfMissing}) {
            auto db = Database::open(path, mode);
            QVERIFY(!db);
            QVERIFY2(db.errorMessage().contains(expected), qPrintable(db.errorMessage()));
            QVERIFY(db.errorMessage().contains(u"left unchanged"_s));
        }
        QCOMPARE(Sspr::Test::readAll(path), content);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    }

    void open_foreignSqliteDatabase_refused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"foreign.sqlite"_s);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(u"CREATE TABLE bookmarks (url TEXT)"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        const QByteArray before = Sspr::Test::readAll(path);
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(u"another application"_s), qPrintable(db.errorMessage()));
        QCOMPARE(Sspr::Test::readAll(path), before);
    }

    void open_newerSchema_refused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"newer.sqlite"_s);
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db);
            QVERIFY(db.value()->setMetaValue(u"schema_version"_s, u"999"_s));
        }
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(u"newer"_s), qPrintable(db.errorMessage()));
    }

    void open_directory_refused()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path(), Database::OpenMode::CreateIfMissing);
        QVERIFY(!db);
        QVERIFY(db.errorMessage().contains(u"folder"_s));
    }

    void transaction_failure_rollsBack()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"t.sqlite"_s), Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        Database &d = *db.value();
        const auto status = d.transaction([&]() -> Sspr::Core::Status {
            if (auto s = d.setMetaValue(u"half"_s, u"done"_s); !s)
                return s;
            return Sspr::Core::Error{u"stop"_s};
        });
        QVERIFY(!status);
        QCOMPARE(d.metaValue(u"half"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
