#include <QJsonArray>
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

Run ssprctl(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, u"en"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SSPRCTL_PATH), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}
} // namespace

class TestSsprctlPolicy final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run run(QStringList args)
    {
        args.prepend(m_db);
        args.prepend(u"--db"_s);
        return ssprctl(args);
    }
    int auditCount()
    {
        return json(run({u"db"_s, u"info"_s, u"--json"_s})).value(u"tables"_s).toObject().value(u"audit_log"_s).toInt();
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(u"policy.sqlite"_s);
        QCOMPARE(ssprctl({u"--db"_s, m_db, u"seed"_s, u"--users"_s, u"400"_s}).code, 0);
    }

    void show_json_hasPortalShape()
    {
        const Run r = run({u"policy"_s, u"show"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject p = json(r);
        QCOMPARE(p.value(u"enablementType"_s).toInt(), 1);
        QCOMPARE(p.value(u"numberOfAuthenticationMethodsRequired"_s).toInt(), 1);
        QCOMPARE(p.value(u"passwordResetEnabledGroupIds"_s).toArray().size(), 1);
        QCOMPARE(p.value(u"passwordResetEnabledGroupName"_s).toString(), u"Password Self Reset"_s);
        QVERIFY(p.contains(u"registrationReconfirmIntevalInDays"_s));
    }

    void set_ruleViolation_exit2AndNothingChanges_data()
    {
        QTest::addColumn<QStringList>("assignments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("authenticator alone") << QStringList{u"emailOptionEnabled=false"_s, u"mobilePhoneOptionEnabled=false"_s}
                                            << u"mobile app"_s;
        QTest::newRow("reconfirm out of range") << QStringList{u"registrationReconfirmIntevalInDays=731"_s} << u"730"_s;
        QTest::newRow("three methods required") << QStringList{u"numberOfAuthenticationMethodsRequired=3"_s} << u"1 or 2"_s;
        QTest::newRow("unknown key") << QStringList{u"frobnicate=1"_s} << u"frobnicate"_s;
        QTest::newRow("bad boolean") << QStringList{u"emailOptionEnabled=perhaps"_s} << u"perhaps"_s;
        QTest::newRow("no equals sign") << QStringList{u"emailOptionEnabled"_s} << u"="_s;
        QTest::newRow("helpdesk javascript url") << QStringList{u"customizeHelpdeskLink=true"_s,
                                                                u"customHelpdeskEmailOrUrl=javascript:alert(1)"_s}
                                                 << u"javascript:"_s;
        QTest::newRow("unknown group") << QStringList{u"passwordResetEnabledGroupIds=11111111-2222-4333-8444-555555555555"_s}
                                       << u"group"_s;
    }

    void set_ruleViolation_exit2AndNothingChanges()
    {
        QFETCH(QStringList, assignments);
        QFETCH(QString, expected);
        const QString before = run({u"policy"_s, u"show"_s, u"--json"_s}).out;
        const int auditBefore = auditCount();
        const Run r = run(QStringList{u"policy"_s, u"set"_s} + assignments);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith(u"ssprctl: "_s));
        QVERIFY2(r.err.contains(expected, Qt::CaseInsensitive), qPrintable(r.err));
        QCOMPARE(run({u"policy"_s, u"show"_s, u"--json"_s}).out, before);
        QCOMPARE(auditCount(), auditBefore);
    }

    void set_valid_savesAndAudits()
    {
        const int auditBefore = auditCount();
        const Run r = run({u"policy"_s, u"set"_s, u"numberOfAuthenticationMethodsRequired=2"_s,
                           u"registrationReconfirmIntevalInDays=90"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r).value(u"changed"_s).toArray().size(), 2);
        QCOMPARE(auditCount(), auditBefore + 2);
        const QJsonObject p = json(run({u"policy"_s, u"show"_s, u"--json"_s}));
        QCOMPARE(p.value(u"numberOfAuthenticationMethodsRequired"_s).toInt(), 2);
        QCOMPARE(p.value(u"registrationReconfirmIntevalInDays"_s).toInt(), 90);
        // Setting the same values again changes nothing and logs nothing.
        QCOMPARE(run({u"policy"_s, u"set"_s, u"numberOfAuthenticationMethodsRequired=2"_s}).code, 0);
        QCOMPARE(auditCount(), auditBefore + 2);
    }

    void validate_reportsStoredPolicy()
    {
        const Run ok = run({u"policy"_s, u"validate"_s, u"--json"_s});
        QCOMPARE(ok.code, 0);
        QVERIFY(json(ok).value(u"valid"_s).toBool());
        const Run bad = run({u"policy"_s, u"validate"_s, u"numberOfQuestionsToRegister=9"_s, u"--json"_s});
        QCOMPARE(bad.code, 2);
        QVERIFY(!json(bad).value(u"valid"_s).toBool());
    }

    void impact_json_countsAndChangesNothing()
    {
        const QString before = run({u"policy"_s, u"show"_s, u"--json"_s}).out;
        const Run r = run({u"policy"_s, u"impact"_s, u"enablementType=none"_s, u"--json"_s, u"--limit"_s, u"5"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject j = json(r);
        QCOMPARE(j.value(u"usersConsidered"_s).toInt(), 400);
        const QJsonObject lose = j.value(u"loseReset"_s).toObject();
        QVERIFY(lose.value(u"count"_s).toInt() > 0);
        QCOMPARE(lose.value(u"users"_s).toArray().size(), qMin(5, lose.value(u"count"_s).toInt()));
        QCOMPARE(run({u"policy"_s, u"show"_s, u"--json"_s}).out, before);
        const QString csv = m_dir.filePath(u"lose.csv"_s);
        QCOMPARE(run({u"policy"_s, u"impact"_s, u"enablementType=none"_s, u"--category"_s, u"loseReset"_s, u"--csv"_s,
                      csv})
                     .code,
                 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()).count(u"@contoso.com"_s), lose.value(u"count"_s).toInt());
    }
};

QTEST_GUILESS_MAIN(TestSsprctlPolicy)
#include "tst_ssprctl_policy.moc"
