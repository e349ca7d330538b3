#include "testsupport.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run ssprctl(const QStringList &args, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home); // keeps the default profile out of the developer's data
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SSPRCTL_PATH), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

class TestSsprctl final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void version_printsAndSucceeds()
    {
        const Run r = ssprctl({u"--version"_s}, m_home.path());
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"ssprctl "_s));
    }

    void help_listsCommands()
    {
        const Run r = ssprctl({u"--help"_s}, m_home.path());
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"seed"_s));
        QVERIFY(r.out.contains(u"db info"_s));
        const Run sub = ssprctl({u"seed"_s, u"--help"_s}, m_home.path());
        QCOMPARE(sub.code, 0);
        QVERIFY(sub.out.contains(u"--users"_s));
    }

    void usageErrors_exit2WithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no command") << QStringList{} << u"Usage"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command"_s;
        QTest::newRow("unknown option") << QStringList{u"db"_s, u"info"_s, u"--frob"_s} << u"frob"_s;
        QTest::newRow("option of another command") << QStringList{u"db"_s, u"info"_s, u"--users"_s, u"5"_s}
                                                   << u"does not take --users"_s;
        QTest::newRow("users not a number") << QStringList{u"seed"_s, u"--users"_s, u"many"_s} << u"--users"_s;
        QTest::newRow("users zero") << QStringList{u"seed"_s, u"--users"_s, u"0"_s} << u"--users"_s;
        QTest::newRow("users too many") << QStringList{u"seed"_s, u"--users"_s, u"99999999999"_s} << u"--users"_s;
        QTest::newRow("seed negative") << QStringList{u"seed"_s, u"--seed"_s, u"-4"_s} << u"--seed"_s;
        QTest::newRow("db and profile") << QStringList{u"--db"_s, u"x"_s, u"--profile"_s, u"y"_s, u"db"_s, u"info"_s}
                                        << u"either --db or --profile"_s;
        QTest::newRow("bad profile name") << QStringList{u"--profile"_s, u"../etc"_s, u"seed"_s} << u"profile"_s;
        QTest::newRow("extra argument") << QStringList{u"db"_s, u"info"_s, u"now"_s} << u"no arguments"_s;
    }

    void usageErrors_exit2WithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = ssprctl(args, m_home.path());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        if (!args.isEmpty()) {
            QCOMPARE(r.err.count(u'\n'), 1);
            QVERIFY(r.err.startsWith(u"ssprctl: "_s));
        }
        QVERIFY(r.out.isEmpty());
    }

    void badStoreFile_exit1AndFileUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("garbage\0garbage", 15);
        QTest::newRow("truncated sqlite") << QByteArray("SQLite format 3\0\x01\x01", 18);
    }

    void badStoreFile_exit1AndFileUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"corrupt.sqlite"_s);
        QVERIFY(Sspr::Test::writeAll(path, content));
        const Run r = ssprctl({u"--db"_s, path, u"db"_s, u"info"_s}, m_home.path());
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.contains(u"left unchanged"_s), qPrintable(r.err));
        QCOMPARE(Sspr::Test::readAll(path), content);
        // Seeding into it is refused the same way.
        const Run s = ssprctl({u"--db"_s, path, u"seed"_s, u"--users"_s, u"10"_s}, m_home.path());
        QCOMPARE(s.code, 1);
        QCOMPARE(Sspr::Test::readAll(path), content);
    }

    void missingStore_exit1WithHint()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"absent.sqlite"_s);
        const Run r = ssprctl({u"--db"_s, path, u"db"_s, u"info"_s}, m_home.path());
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"ssprctl seed --db"_s));
        QVERIFY(!QFileInfo::exists(path));
    }

    void seedThenInfo_json()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"seeded.sqlite"_s);
        const Run seed = ssprctl({u"--db"_s, path, u"seed"_s, u"--users"_s, u"300"_s, u"--json"_s}, m_home.path());
        QCOMPARE(seed.code, 0);
        const QJsonObject seedJson = QJsonDocument::fromJson(seed.out.toUtf8()).object();
        QCOMPARE(seedJson.value(u"users"_s).toInt(), 300);
        const Run info = ssprctl({u"--db"_s, path, u"db"_s, u"info"_s, u"--json"_s}, m_home.path());
        QCOMPARE(info.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QVERIFY(json.value(u"schemaVersion"_s).toInt() >= 1);
        QCOMPARE(json.value(u"tenant"_s).toString(), u"Contoso"_s);
        QCOMPARE(json.value(u"tables"_s).toObject().value(u"users"_s).toInt(), 300);
        QVERIFY(!json.value(u"tables"_s).toObject().contains(u"users_fts_data"_s));
        // A second seed into the same file is refused and changes nothing.
        const Run again = ssprctl({u"--db"_s, path, u"seed"_s, u"--users"_s, u"5"_s}, m_home.path());
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(u"already"_s));
    }

    void defaultProfile_createdOnFirstUse()
    {
        QTemporaryDir home;
        const Run r = ssprctl({u"db"_s, u"info"_s, u"--json"_s}, home.path());
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(u"tables"_s).toObject().value(u"users"_s).toInt(), 2000);
        QVERIFY(json.value(u"path"_s).toString().startsWith(home.path()));
        QVERIFY(json.value(u"path"_s).toString().endsWith(u"/profiles/demo.sqlite"_s));
    }
};

QTEST_GUILESS_MAIN(TestSsprctl)
#include "tst_ssprctl.moc"
