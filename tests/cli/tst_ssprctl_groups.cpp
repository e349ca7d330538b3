// ssprctl groups search / group create / group members, run as a script runs them.
#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run ssprctl(const QStringList &args, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
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

class TestSsprctlGroups final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_path;
    std::unique_ptr<Sspr::Store::Database> m_db;

    Run run(QStringList args)
    {
        args.prepend(m_path);
        args.prepend(u"--db"_s);
        return ssprctl(args, m_home.path());
    }

    qint64 scalar(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    QString groupsSnapshot()
    {
        QString out;
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT gid, id, display_name, description, mail_nickname FROM groups ORDER BY gid"_s);
        while (q.next())
            for (int c = 0; c < 5; ++c)
                out += q.value(c).toString() + u'|';
        return out + QString::number(scalar(u"SELECT count(*) FROM audit_log"_s));
    }

    // Members of a group and, with transitive, of every group nested in it (each user once): the oracle.
    qint64 expectedMembers(const QString &group, bool transitive)
    {
        if (!transitive)
            return scalar(u"SELECT count(*) FROM group_members m JOIN groups g ON g.gid = m.gid "
                          "WHERE g.display_name = ?"_s,
                {group});
        return scalar(u"WITH RECURSIVE c(gid) AS (SELECT gid FROM groups WHERE display_name = ? UNION "
                      "SELECT n.child_gid FROM group_nesting n JOIN c ON n.parent_gid = c.gid) "
                      "SELECT count(DISTINCT uid) FROM group_members WHERE gid IN (SELECT gid FROM c)"_s,
            {group});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_home.filePath(u"groups.sqlite"_s);
        const Run seed = ssprctl({u"--db"_s, m_path, u"seed"_s, u"--users"_s, u"500"_s}, m_home.path());
        QVERIFY2(seed.code == 0, qPrintable(seed.err));
        auto db = Sspr::Store::Database::open(m_path, Sspr::Store::Database::OpenMode::OpenExisting);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
    }

    void groupsSearch_jsonShapeAndCounts()
    {
        const Run r = run({u"groups"_s, u"search"_s, u"password"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray groups = r.json().value(u"groups"_s).toArray();
        QVERIFY(!groups.isEmpty());
        const QJsonObject first = groups.first().toObject();
        const QStringList keys = first.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
            (QSet<QString> {u"id"_s, u"displayName"_s, u"description"_s, u"mailNickname"_s, u"securityEnabled"_s,
                u"directMembers"_s}));
        QCOMPARE(first.value(u"displayName"_s).toString(), u"Password Self Reset"_s);
        QCOMPARE(first.value(u"directMembers"_s).toInteger(), expectedMembers(u"Password Self Reset"_s, false));

        const Run text = run({u"groups"_s, u"search"_s, u"Sales"_s, u"--limit"_s, u"2"_s});
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.split(u'\n', Qt::SkipEmptyParts).size(), 3); // header + 2

        // LIKE wildcards in the text are literal: nothing contains "%" or "_", so nothing matches.
        for (const QString &hostile : {u"%"_s, u"_"_s, u"%_%"_s, u"\\"_s, u"' OR 1=1 --"_s}) {
            const Run h = run({u"groups"_s, u"search"_s, hostile, u"--json"_s});
            QCOMPARE(h.code, 0);
            QVERIFY2(h.json().value(u"groups"_s).toArray().isEmpty(), qPrintable(hostile));
        }
        const Run usage = run({u"groups"_s, u"search"_s});
        QCOMPARE(usage.code, 2);
        QCOMPARE(usage.err.count(u'\n'), 1);
    }

    void groupCreate_derivesNicknameAndAudits()
    {
        const qint64 audits = scalar(u"SELECT count(*) FROM audit_log"_s);
        const Run r = run({u"group"_s, u"create"_s, u"Helpdesk – Zürich (Tier 2)"_s, u"--description"_s,
            u"Second line"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(u"displayName"_s).toString(), u"Helpdesk – Zürich (Tier 2)"_s);
        QCOMPARE(json.value(u"mailNickname"_s).toString(), u"helpdesk-zurich-tier-2"_s);
        QCOMPARE(json.value(u"securityEnabled"_s).toBool(), true);
        QCOMPARE(json.value(u"directMembers"_s).toInt(), 0);
        QVERIFY(!json.value(u"id"_s).toString().isEmpty());
        QCOMPARE(scalar(u"SELECT count(*) FROM groups WHERE id = ? AND description = 'Second line' AND "
                        "mail_enabled = 0 AND security_enabled = 1"_s,
                     {json.value(u"id"_s).toString()}),
            1);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log"_s), audits + 1);

        const Run named
            = run({u"group"_s, u"create"_s, u"Pilot"_s, u"Wave"_s, u"3"_s, u"--mail-nickname"_s, u"pilot-wave-3"_s});
        QVERIFY2(named.code == 0, qPrintable(named.err));
        QVERIFY(named.out.startsWith(u"Created the security group \"Pilot Wave 3\""_s));
        const Run members = run({u"group"_s, u"members"_s, u"Pilot Wave 3"_s, u"--json"_s});
        QCOMPARE(members.code, 0);
        QCOMPARE(members.json().value(u"members"_s).toArray().size(), 0);
    }

    void groupCreate_refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << QStringList {} << u"display name"_s;
        QTest::newRow("blank name") << QStringList {u"   "_s} << u"display name"_s;
        QTest::newRow("nickname taken, derived")
            << QStringList {u"Password Self Reset"_s} << u"already used by the group \"Password Self Reset\""_s;
        QTest::newRow("nickname taken, other case")
            << QStringList {u"Another"_s, u"--mail-nickname"_s, u"PASSWORD-SELF-RESET"_s} << u"already used"_s;
        QTest::newRow("nickname with space") << QStringList {u"X"_s, u"--mail-nickname"_s, u"a b"_s} << u"spaces"_s;
        QTest::newRow("nickname with @") << QStringList {u"X"_s, u"--mail-nickname"_s, u"a@b"_s} << u"@"_s;
        QTest::newRow("nickname with dot") << QStringList {u"X"_s, u"--mail-nickname"_s, u"a.b"_s} << u"."_s;
        QTest::newRow("nickname non-ASCII") << QStringList {u"X"_s, u"--mail-nickname"_s, u"zürich"_s} << u"ASCII"_s;
        QTest::newRow("nickname empty") << QStringList {u"X"_s, u"--mail-nickname"_s, u""_s} << u"nickname"_s;
        QTest::newRow("nickname too long") << QStringList {u"X"_s, u"--mail-nickname"_s, QString(65, u'a')} << u"64"_s;
        QTest::newRow("no nickname from the name") << QStringList {u"日本語"_s} << u"--mail-nickname"_s;
        QTest::newRow("name too long") << QStringList {QString(257, u'n')} << u"256"_s;
        QTest::newRow("description too long")
            << QStringList {u"X"_s, u"--description"_s, QString(1025, u'd')} << u"--description"_s;
    }

    void groupCreate_refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const QString before = groupsSnapshot();
        const Run r = run(QStringList {u"group"_s, u"create"_s} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(u"ssprctl: "_s), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(groupsSnapshot(), before);
    }

    void groupMembers_directAndTransitive_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<bool>("transitive");
        for (const QString &group :
            {u"Password Self Reset"_s, u"All Employees"_s, u"Engineering"_s, u"Break Glass Accounts"_s}) {
            QTest::addRow("%s, direct", qPrintable(group)) << group << false;
            QTest::addRow("%s, transitive", qPrintable(group)) << group << true;
        }
    }

    void groupMembers_directAndTransitive()
    {
        QFETCH(QString, group);
        QFETCH(bool, transitive);
        QStringList args {u"group"_s, u"members"_s, group, u"--json"_s};
        if (transitive)
            args << u"--transitive"_s;
        const Run r = run(args);
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError); // streamed page by page, still one JSON document
        const qint64 expected = expectedMembers(group, transitive);
        QCOMPARE(json.value(u"total"_s).toInteger(), expected);
        QCOMPARE(json.value(u"transitive"_s).toBool(), transitive);
        QCOMPARE(json.value(u"group"_s).toObject().value(u"displayName"_s).toString(), group);
        const QJsonArray members = json.value(u"members"_s).toArray();
        QCOMPARE(members.size(), expected);
        QSet<QString> upns;
        int direct = 0;
        for (const QJsonValue &v : members) {
            const QJsonObject m = v.toObject();
            upns.insert(m.value(u"userPrincipalName"_s).toString());
            direct += m.value(u"direct"_s).toBool() ? 1 : 0;
        }
        QCOMPARE(upns.size(), members.size()); // each user once
        QCOMPARE(qint64(direct), expectedMembers(group, false));

        QStringList textArgs = args;
        textArgs.removeAll(u"--json"_s);
        const Run text = run(textArgs);
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.split(u'\n', Qt::SkipEmptyParts).size(), expected + 1); // header + one line each
    }

    void groupMembers_limitAndErrors()
    {
        const Run limited = run({u"group"_s, u"members"_s, u"All Employees"_s, u"--limit"_s, u"3"_s, u"--json"_s});
        QCOMPARE(limited.code, 0);
        QCOMPARE(limited.json().value(u"members"_s).toArray().size(), 3);
        const Run missing = run({u"group"_s, u"members"_s, u"No Such Group"_s});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.startsWith(u"ssprctl: no group named \"No Such Group\""_s));
        QCOMPARE(missing.err.count(u'\n'), 1);
        const Run badLimit = run({u"group"_s, u"members"_s, u"All Employees"_s, u"--limit"_s, u"-1"_s});
        QCOMPARE(badLimit.code, 2);
        const Run noName = run({u"group"_s, u"members"_s});
        QCOMPARE(noName.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestSsprctlGroups)
#include "tst_ssprctl_groups.moc"
