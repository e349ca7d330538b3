// ssprctl import: exit codes, dry run, the report, and a run killed with SIGKILL and resumed, compared with the
// same import run without interruption.
#include "csvreader.h"
#include "csvwriter.h"
#include "database.h"
#include "importreport.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using Sspr::Store::Database;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QProcessEnvironment environment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    return env;
}

Run ssprctl(const QStringList &args, const QString &home)
{
    QProcess process;
    process.setProcessEnvironment(environment(home));
    process.start(QStringLiteral(SSPRCTL_PATH), args);
    if (!process.waitForFinished(240000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QStringList rows(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return {u"error: "_s + Database::errorText(q)};
    while (q.next()) {
        QStringList row;
        for (int c = 0; c < q.record().count(); ++c)
            row << q.value(c).toString();
        out << row.join(u'|');
    }
    return out;
}

// Everything an import changes, without timestamps: methods, derived data, audit entries, the journal.
QStringList storeState(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db)
        return {db.errorMessage()};
    QStringList state;
    state << rows(
        *db.value(), u"SELECT uid, id, type, value, coalesce(phone_digits, '') FROM user_methods ORDER BY uid, id"_s);
    state << rows(*db.value(), u"SELECT uid, method_mask FROM users ORDER BY uid"_s);
    QSqlQuery q(db.value()->connection());
    q.exec(u"SELECT rowid, digits FROM users_phone_fts ORDER BY rowid"_s);
    while (q.next()) {
        QStringList terms = q.value(1).toString().split(u' ', Qt::SkipEmptyParts);
        terms.sort();
        state << q.value(0).toString() + u' ' + terms.join(u' ');
    }
    state << rows(*db.value(),
        u"SELECT action, target, setting, old_value, new_value FROM audit_log "
        "WHERE action LIKE 'method.%' ORDER BY target, setting, action"_s);
    state << rows(
        *db.value(), u"SELECT seq, line, upn, state, outcome, value, old_value FROM import_rows ORDER BY seq"_s);
    return state;
}

bool copyStore(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace

class TestSsprctlImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_pristine; // a seeded store nothing is imported into
    QStringList m_noMobile; // users of the pristine store without a mobile phone
    QStringList m_users; // every user, in uid order
    int m_copies = 0;

    QString freshStore()
    {
        const QString path = m_home.filePath(u"store%1.sqlite"_s.arg(++m_copies));
        return copyStore(m_pristine, path) ? path : QString();
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_home.filePath(name);
        return Sspr::Test::writeAll(path, bytes) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        m_pristine = m_home.filePath(u"pristine.sqlite"_s);
        const Run seed = ssprctl({u"--db"_s, m_pristine, u"seed"_s, u"--users"_s, u"3000"_s}, m_home.path());
        QCOMPARE(seed.code, 0);
        auto db = Database::open(m_pristine, Database::OpenMode::OpenExisting);
        QVERIFY(db);
        m_users = rows(*db.value(), u"SELECT upn FROM users ORDER BY uid"_s);
        m_noMobile = rows(*db.value(),
            u"SELECT upn FROM users u WHERE usage_location = 'US' AND NOT EXISTS "
            "(SELECT 1 FROM user_methods m WHERE m.uid = u.uid AND m.type IN "
            "('mobile', 'alternateMobile')) ORDER BY uid LIMIT 20"_s);
        QVERIFY(m_users.size() == 3000 && m_noMobile.size() == 20);
        db.value()->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }

    void help_listsImportCommands()
    {
        const Run r = ssprctl({u"--help"_s}, m_home.path());
        QCOMPARE(r.code, 0);
        for (const QString &command : {u"import phones"_s, u"import emails"_s, u"import resume"_s})
            QVERIFY2(r.out.contains(command), qPrintable(command));
        const Run sub = ssprctl({u"import"_s, u"phones"_s, u"--help"_s}, m_home.path());
        QCOMPARE(sub.code, 0);
        for (const QString &option : {u"--dry-run"_s, u"--type"_s, u"--region"_s, u"--existing"_s, u"--report"_s})
            QVERIFY2(sub.out.contains(option), qPrintable(option));
    }

    void unusableFileOrMapping_exit2AndStoreUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content"); // "<missing>" for no file
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing file") << QByteArray("<missing>") << QStringList() << u"no file"_s;
        QTest::newRow("empty") << QByteArray() << QStringList() << u"empty"_s;
        QTest::newRow("header only") << QByteArray("UPN,Mobile\r\n") << QStringList() << u"no data rows"_s;
        QTest::newRow("NUL bytes") << QByteArray("UPN,Mobile\na@b.c,1\0\n", 20) << QStringList() << u"NUL"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("UPN,Mobile\n\xFF\xFE\x41,1\n") << QStringList() << u"UTF-8"_s;
        QTest::newRow("unbalanced quotes") << QByteArray("UPN,Mobile\n\"a@b.c,1\n") << QStringList() << u"quote"_s;
        QTest::newRow("no user column") << QByteArray("Name,Mobile\nA,1\n") << QStringList() << u"user"_s;
        QTest::newRow("bad --existing") << QByteArray("UPN,Mobile\na@b.c,1\n")
                                        << QStringList {u"--existing"_s, u"maybe"_s} << u"--existing"_s;
        QTest::newRow("ask is for the console")
            << QByteArray("UPN,Mobile\na@b.c,1\n") << QStringList {u"--existing"_s, u"ask"_s} << u"--existing"_s;
        QTest::newRow("bad --type") << QByteArray("UPN,Mobile\na@b.c,1\n") << QStringList {u"--type"_s, u"fax"_s}
                                    << u"--type"_s;
        QTest::newRow("bad --region") << QByteArray("UPN,Mobile\na@b.c,1\n") << QStringList {u"--region"_s, u"XQ"_s}
                                      << u"--region"_s;
        QTest::newRow("bad --column") << QByteArray("UPN,Mobile\na@b.c,1\n")
                                      << QStringList {u"--column"_s, u"mobile=9"_s} << u"--column"_s;
        QTest::newRow("two files") << QByteArray("UPN,Mobile\na@b.c,1\n") << QStringList {u"second.csv"_s}
                                   << u"one CSV file"_s;
    }

    void unusableFileOrMapping_exit2AndStoreUnchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, extra);
        QFETCH(QString, expected);
        const QString store = freshStore();
        const QStringList before = storeState(store);
        const QString file
            = content == "<missing>" ? m_home.filePath(u"absent.csv"_s) : writeFile(u"bad.csv"_s, content);
        const Run r = ssprctl(QStringList {u"--db"_s, store, u"import"_s, u"phones"_s, file} + extra, m_home.path());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.err.startsWith(u"ssprctl: "_s));
        QCOMPARE(r.err.count(u'\n'), 1);
        QCOMPARE(storeState(store), before);
    }

    void exitCodes_0WhenEveryRowSucceeds_1WhenSomeFail()
    {
        const QString store = freshStore();
        QByteArray good = "UPN,Mobile\r\n";
        good += m_noMobile.at(0).toUtf8() + ",+1 206 555 0101\r\n";
        good += m_noMobile.at(1).toUtf8() + ",(206) 555-0102\r\n";
        const Run ok
            = ssprctl({u"--db"_s, store, u"import"_s, u"phones"_s, writeFile(u"good.csv"_s, good)}, m_home.path());
        QVERIFY2(ok.code == 0, qPrintable(ok.out + ok.err));
        QVERIFY(ok.out.contains(u"2 added"_s));
        QVERIFY(ok.err.isEmpty());
        // The same file again: every row is now unchanged, which is success too.
        const Run again
            = ssprctl({u"--db"_s, store, u"import"_s, u"phones"_s, m_home.filePath(u"good.csv"_s)}, m_home.path());
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains(u"2 unchanged"_s));

        QByteArray mixed = "UPN,Mobile\n";
        mixed += m_noMobile.at(2).toUtf8() + ",+1 206 555 0103\n";
        mixed += "nobody@contoso.com,+1 206 555 0104\n";
        const Run some = ssprctl(
            {u"--db"_s, store, u"import"_s, u"phones"_s, writeFile(u"mixed.csv"_s, mixed), u"--json"_s}, m_home.path());
        QCOMPARE(some.code, 1);
        const QJsonObject json = QJsonDocument::fromJson(some.out.toUtf8()).object();
        QCOMPARE(json.value(u"outcomes"_s).toObject().value(u"added"_s).toInt(), 1);
        QCOMPARE(json.value(u"outcomes"_s).toObject().value(u"failed"_s).toInt(), 1);
        QCOMPARE(json.value(u"classes"_s).toObject().value(u"unknownUser"_s).toInt(), 1);
        QCOMPARE(json.value(u"state"_s).toString(), u"completed"_s);
        const QJsonArray problems = json.value(u"problems"_s).toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).toObject().value(u"row"_s).toInt(), 3);
        QCOMPARE(problems.at(0).toObject().value(u"class"_s).toString(), u"unknownUser"_s);
    }

    void dryRun_changesNothing()
    {
        const QString store = freshStore();
        const QStringList before = storeState(store);
        QByteArray file = "UPN,Mobile\n";
        for (int i = 3; i < 8; ++i)
            file += m_noMobile.at(i).toUtf8() + ",+1 206 555 01" + QByteArray::number(10 + i) + "\n";
        const QString report = m_home.filePath(u"dry.csv"_s);
        const Run r = ssprctl({u"--db"_s, store, u"import"_s, u"phones"_s, writeFile(u"dry-in.csv"_s, file),
                                  u"--dry-run"_s, u"--report"_s, report},
            m_home.path());
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"nothing was changed"_s));
        QCOMPARE(storeState(store), before);
        auto table = Sspr::Core::CsvReader().readFile(report);
        QVERIFY(table);
        QCOMPARE(table->records.size(), 6);
        for (qsizetype i = 1; i < table->records.size(); ++i)
            QCOMPARE(table->records.at(i).fields.at(5), u"wouldAdd"_s);
    }

    void report_everyRowAndFormulasNeutralised()
    {
        const QString store = freshStore();
        QByteArray file = "UPN,Mobile\n";
        file += m_noMobile.at(8).toUtf8() + ",+1 206 555 0120\n";
        file += "\"=cmd|' /C calc'!A0\",+1 206 555 0121\n";
        file += m_noMobile.at(9).toUtf8() + ",\"=HYPERLINK(\"\"http://evil\"\")\"\n";
        file += "@SUM(A1),-1+2\n";
        const QString report = m_home.filePath(u"report.csv"_s);
        const Run r = ssprctl(
            {u"--db"_s, store, u"import"_s, u"phones"_s, writeFile(u"formula.csv"_s, file), u"--report"_s, report},
            m_home.path());
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(report));
        const QByteArray bytes = Sspr::Test::readAll(report);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads it as UTF-8
        auto table = Sspr::Core::CsvReader().readAll(bytes);
        QVERIFY2(table, qPrintable(table.errorMessage()));
        QCOMPARE(table->records.size(), 5);
        QCOMPARE(table->records.at(0).fields, Sspr::Services::ImportReport::header());
        QCOMPARE(table->records.at(1).fields.at(0), u"2"_s);
        QCOMPARE(table->records.at(1).fields.at(1), m_noMobile.at(8));
        QCOMPARE(table->records.at(1).fields.at(3), u"+1 2065550120"_s);
        QCOMPARE(table->records.at(1).fields.at(5), u"added"_s);
        QCOMPARE(table->records.at(2).fields.at(1), u"'=cmd|' /C calc'!A0"_s);
        QCOMPARE(table->records.at(3).fields.at(3), u"'=HYPERLINK(\"http://evil\")"_s);
        QCOMPARE(table->records.at(4).fields.at(1), u"'@SUM(A1)"_s);
        for (const auto &record : std::as_const(table->records)) {
            for (const QString &field : record.fields) {
                if (Sspr::Core::CsvWriter::startsLikeFormula(field))
                    QVERIFY2(Sspr::Core::CsvWriter::isPlainNumber(field), qPrintable(field));
            }
        }
    }

    void emails_importAndShowAndList()
    {
        const QString store = freshStore();
        QByteArray file = "userPrincipalName;Email\n";
        file += m_users.at(10).toUtf8() + ";someone.new@example.org\n";
        const Run r = ssprctl({u"--db"_s, store, u"import"_s, u"emails"_s, writeFile(u"emails.csv"_s, file),
                                  u"--existing"_s, u"overwrite"_s},
            m_home.path());
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const Run show = ssprctl({u"--db"_s, store, u"user"_s, u"show"_s, m_users.at(10), u"--json"_s}, m_home.path());
        QVERIFY(show.out.contains(u"someone.new@example.org"_s));
        const Run list = ssprctl({u"--db"_s, store, u"import"_s, u"list"_s, u"--json"_s}, m_home.path());
        QCOMPARE(list.code, 0);
        const QJsonArray runs = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0).toObject().value(u"kind"_s).toString(), u"emails"_s);
        QCOMPARE(runs.at(0).toObject().value(u"state"_s).toString(), u"completed"_s);
        const Run showRun = ssprctl({u"--db"_s, store, u"import"_s, u"show"_s, u"1"_s}, m_home.path());
        QCOMPARE(showRun.code, 0);
        QVERIFY(showRun.out.contains(u"completed"_s));
        const Run cancel = ssprctl({u"--db"_s, store, u"import"_s, u"cancel"_s, u"1"_s}, m_home.path());
        QCOMPARE(cancel.code, 1); // already completed
        const Run nothing = ssprctl({u"--db"_s, store, u"import"_s, u"resume"_s}, m_home.path());
        QCOMPARE(nothing.code, 1);
        QVERIFY(nothing.err.contains(u"no unfinished import"_s));
    }

    // kill -9 in the middle of a run, twice, then resume: the store ends exactly as after an uninterrupted run of
    // the same file: nothing lost, nothing applied twice (one audit entry per changed method).
    void killedMidRun_resumesToTheSameResult()
    {
        // Every user gets a new mobile number: a mix of adds and updates.
        QByteArray file = "UPN,Mobile\n";
        for (int i = 0; i < m_users.size(); ++i) {
            file += m_users.at(i).toUtf8() + ",+44 7400 1" + QByteArray::number(i).rightJustified(5, '0') + "\n";
        }
        const QString csv = writeFile(u"everyone.csv"_s, file);
        const QStringList args = {u"import"_s, u"phones"_s, csv, u"--existing"_s, u"overwrite"_s, u"--allow-shared"_s};

        const QString reference = freshStore();
        const Run straight = ssprctl(QStringList {u"--db"_s, reference} + args, m_home.path());
        QVERIFY2(straight.code == 0 || straight.code == 1, qPrintable(straight.err));
        {
            auto ref = Database::open(reference, Database::OpenMode::OpenExisting);
            QVERIFY(ref);
            // Most rows are applied (the few others: shared front-desk numbers and the like).
            QVERIFY(scalar(*ref.value(), u"SELECT count(*) FROM import_rows WHERE state = 'done'"_s) > 2900);
        }

        const QString store = freshStore();
        auto killMidway = [&](const QStringList &command) -> qint64 {
            QProcess process;
            process.setProcessEnvironment(environment(m_home.path()));
            // Small batches, and at low priority where nice exists, so that on a busy machine the run is still
            // going when this test gets to kill it.
            const QStringList arguments
                = QStringList {u"--db"_s, store} + command + QStringList {u"--batch-size"_s, u"5"_s};
            if (QFileInfo::exists(u"/usr/bin/nice"_s))
                process.start(
                    u"/usr/bin/nice"_s, QStringList {u"-n"_s, u"10"_s, QStringLiteral(SSPRCTL_PATH)} + arguments);
            else
                process.start(QStringLiteral(SSPRCTL_PATH), arguments);
            if (!process.waitForStarted())
                return -1;
            auto db = Database::open(store, Database::OpenMode::OpenExisting);
            if (!db)
                return -1;
            // Wait until some rows (beyond those of an earlier life) are applied, then kill without warning.
            const qint64 startDone
                = qMax<qint64>(0, scalar(*db.value(), u"SELECT count(*) FROM import_rows WHERE state = 'done'"_s));
            QElapsedTimer timer;
            timer.start();
            qint64 done = 0;
            while (process.state() == QProcess::Running && timer.elapsed() < 60000) {
                done = scalar(*db.value(), u"SELECT count(*) FROM import_rows WHERE state = 'done'"_s);
                if (done >= startDone + 200)
                    break;
                QThread::msleep(2);
            }
            if (process.state() != QProcess::Running)
                return -2; // finished before it could be killed
            ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished();
            if (process.exitStatus() != QProcess::CrashExit)
                return -3;
            return scalar(*db.value(), u"SELECT count(*) FROM import_rows WHERE state = 'done'"_s);
        };

        const qint64 firstLife = killMidway(args);
        QVERIFY2(firstLife > 0, qPrintable(QString::number(firstLife)));
        QVERIFY(firstLife < 2900);
        const qint64 secondLife = killMidway({u"import"_s, u"resume"_s});
        QVERIFY2(secondLife > firstLife, qPrintable(QString::number(secondLife)));
        QVERIFY(secondLife < 2900);
        qInfo("killed with %lld, then %lld rows of %lld applied", firstLife, secondLife, qint64(m_users.size()));

        // Importing the same file again resumes its unfinished run instead of starting another.
        const Run resumed = ssprctl(QStringList {u"--db"_s, store} + args, m_home.path());
        QCOMPARE(resumed.code, straight.code);
        QVERIFY2(resumed.err.contains(u"Resuming import #1"_s), qPrintable(resumed.err));
        QVERIFY(resumed.out.contains(u"resumed"_s));

        const QStringList expected = storeState(reference);
        const QStringList got = storeState(store);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i)
            QCOMPARE(got.at(i), expected.at(i));
        auto db = Database::open(store, Database::OpenMode::OpenExisting);
        QCOMPARE(scalar(*db.value(), u"SELECT count(*) FROM import_runs"_s), 1);
        QCOMPARE(scalar(*db.value(), u"SELECT count(*) FROM audit_log WHERE action = 'import.finish'"_s), 1);
        // One audit entry per changed method: none doubled by the lives that were killed.
        QCOMPARE(scalar(*db.value(),
                     u"SELECT count(*) FROM (SELECT target, setting FROM audit_log WHERE action LIKE 'method.%' "
                     "GROUP BY target, setting HAVING count(*) > 1)"_s),
            0);
        QCOMPARE(scalar(*db.value(), u"SELECT count(*) FROM audit_log WHERE action LIKE 'method.%'"_s),
            scalar(*db.value(), u"SELECT count(*) FROM import_rows WHERE state = 'done'"_s));
    }
};

QTEST_GUILESS_MAIN(TestSsprctlImport)
#include "tst_ssprctl_import.moc"
