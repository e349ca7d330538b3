// ssprctl users search / user show / add-phone / add-email / remove-method / can-reset, run as a script runs them:
// the real binary, its exit codes, its one-line errors, its JSON, and the store before and after.
#include "authmethod.h"
#include "database.h"
#include "userbrowserservice.h"
#include "userdirectory.h"

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

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}
} // namespace

class TestSsprctlUsers final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_path;
    std::unique_ptr<Sspr::Store::Database> m_db;
    QSet<QString> m_used; // users a test has changed; each test takes fresh ones

    Run run(QStringList args)
    {
        args.prepend(m_path);
        args.prepend(u"--db"_s);
        return ssprctl(args, m_home.path());
    }

    // Everything a refused command must leave alone: every method row and the audit log.
    QString snapshot()
    {
        QString out;
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT uid, id, type, value, phone_digits, usable FROM user_methods ORDER BY mid"_s);
        while (q.next())
            for (int c = 0; c < 6; ++c)
                out += q.value(c).toString() + u'|';
        q.exec(u"SELECT count(*), max(id) FROM audit_log"_s);
        q.next();
        out += u"audit "_s + q.value(0).toString() + u'/' + q.value(1).toString();
        q.exec(u"SELECT group_concat(method_mask) FROM users"_s);
        q.next();
        return out + q.value(0).toString();
    }

    QString scalar(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    // A member with no registered method, optionally in a usage location, not used by an earlier test.
    QString freshUser(const QString &usageLocation = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT upn FROM users u WHERE user_type = 'Member' AND admin_roles = '' AND "
                  "(? = '' OR usage_location = ?) AND NOT EXISTS (SELECT 1 FROM user_methods m WHERE m.uid = u.uid) "
                  "ORDER BY uid"_s);
        const QString location = usageLocation.isNull() ? u""_s : usageLocation; // a null QString binds NULL
        q.bindValue(0, location);
        q.bindValue(1, location);
        q.exec();
        while (q.next()) {
            const QString upn = q.value(0).toString();
            if (!m_used.contains(upn)) {
                m_used.insert(upn);
                return upn;
            }
        }
        return {};
    }

    static void verifyOneLineError(const Run &r, int code)
    {
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.startsWith(u"ssprctl: "_s), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_home.filePath(u"users.sqlite"_s);
        const Run seed
            = ssprctl({u"--db"_s, m_path, u"seed"_s, u"--users"_s, u"600"_s, u"--seed"_s, u"5"_s}, m_home.path());
        QVERIFY2(seed.code == 0, qPrintable(seed.err));
        auto db = Sspr::Store::Database::open(m_path, Sspr::Store::Database::OpenMode::OpenExisting);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
    }

    void usersSearch_jsonShape()
    {
        const Run r = run({u"users"_s, u"search"_s, u""_s, u"--limit"_s, u"5"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonObject json = r.json();
        QCOMPARE(keysOf(json), (QSet<QString> {u"query"_s, u"total"_s, u"returned"_s, u"users"_s}));
        QCOMPARE(json.value(u"total"_s).toInt(), 600);
        QCOMPARE(json.value(u"returned"_s).toInt(), 5);
        const QJsonArray users = json.value(u"users"_s).toArray();
        QCOMPARE(users.size(), 5);
        for (const QJsonValue &v : users) {
            const QJsonObject u = v.toObject();
            QCOMPARE(keysOf(u),
                (QSet<QString> {u"userPrincipalName"_s, u"displayName"_s, u"mail"_s, u"department"_s, u"country"_s,
                    u"accountEnabled"_s, u"adminRoles"_s, u"methods"_s}));
            QVERIFY(u.value(u"accountEnabled"_s).isBool());
            for (const QJsonValue &m : u.value(u"methods"_s).toArray()) {
                Sspr::Core::MethodType type;
                QVERIFY2(Sspr::Core::methodTypeFromKey(m.toString(), &type), qPrintable(m.toString()));
            }
        }
    }

    void usersSearch_findsByUpnNameAndDigits()
    {
        const QString upn
            = scalar(u"SELECT u.upn FROM users u JOIN user_methods m ON m.uid = u.uid WHERE m.type = 'mobile' "
                     "ORDER BY u.uid LIMIT 1"_s);
        const QString number = scalar(u"SELECT m.value FROM users u JOIN user_methods m ON m.uid = u.uid "
                                      "WHERE u.upn = ? AND m.type = 'mobile'"_s,
            {upn});
        QVERIFY(!upn.isEmpty() && !number.isEmpty());
        auto found = [this](const QString &text) {
            const Run r = run({u"users"_s, u"search"_s, text, u"--limit"_s, u"10000"_s, u"--json"_s});
            QStringList upns;
            for (const QJsonValue &v : r.json().value(u"users"_s).toArray())
                upns << v.toObject().value(u"userPrincipalName"_s).toString();
            return upns;
        };
        QCOMPARE(found(upn), QStringList {upn}); // a pasted UPN finds exactly that user
        QVERIFY(found(number.right(7)).contains(upn));
        const QString national = number.mid(number.indexOf(u' ') + 1);
        QVERIFY(found(national.left(3) + u'-' + national.mid(3)).contains(upn)); // digits, whatever punctuation
        QVERIFY(found(u"\"%_*NEAR("_s).isEmpty()); // syntax in the text never widens the search
        // Several words on the command line are one search.
        const QString display = scalar(u"SELECT display_name FROM users WHERE upn = ?"_s, {upn});
        const Run words = run(QStringList {u"users"_s, u"search"_s} + display.split(u' ') + QStringList {u"--json"_s});
        QCOMPARE(words.code, 0);
        QCOMPARE(words.json().value(u"query"_s).toString(), display);
        QVERIFY(words.json().value(u"total"_s).toInt() >= 1);
    }

    void usersSearch_text()
    {
        const Run r = run({u"users"_s, u"search"_s, u"a"_s, u"--limit"_s, u"3"_s});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // header, three users, "3 of N users shown."
        QVERIFY(lines.constFirst().startsWith(u"UPN"_s));
        QVERIFY(lines.constLast().startsWith(u"3 of "_s));
        const Run none = run({u"users"_s, u"search"_s, u"zzzqqq"_s});
        QCOMPARE(none.code, 0);
        QVERIFY(none.out.startsWith(u"No users match"_s));
        const Run noneJson = run({u"users"_s, u"search"_s, u"zzzqqq"_s, u"--json"_s});
        QCOMPARE(noneJson.json().value(u"users"_s).toArray().size(), 0);
        QCOMPARE(noneJson.json().value(u"total"_s).toInt(), 0);
    }

    void usageErrors_exit2AndStoreUnchanged_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("search without text") << QStringList {u"users"_s, u"search"_s} << u"text"_s;
        QTest::newRow("search limit 0") << QStringList {u"users"_s, u"search"_s, u"a"_s, u"--limit"_s, u"0"_s}
                                        << u"--limit"_s;
        QTest::newRow("search limit word")
            << QStringList {u"users"_s, u"search"_s, u"a"_s, u"--limit"_s, u"ten"_s} << u"--limit"_s;
        QTest::newRow("search limit huge")
            << QStringList {u"users"_s, u"search"_s, u"a"_s, u"--limit"_s, u"10001"_s} << u"--limit"_s;
        QTest::newRow("show without UPN") << QStringList {u"user"_s, u"show"_s} << u"one user"_s;
        QTest::newRow("show two UPNs") << QStringList {u"user"_s, u"show"_s, u"a@b"_s, u"c@d"_s} << u"one user"_s;
        QTest::newRow("show with --limit")
            << QStringList {u"user"_s, u"show"_s, u"a@b"_s, u"--limit"_s, u"1"_s} << u"does not take --limit"_s;
        QTest::newRow("add-phone without number") << QStringList {u"user"_s, u"add-phone"_s, u"a@b"_s} << u"phone"_s;
        QTest::newRow("add-phone bad type") << QStringList {u"user"_s, u"add-phone"_s, u"a@b"_s, u"+1 2015550123"_s,
            u"--type"_s, u"fax"_s} << u"--type"_s;
        QTest::newRow("add-phone type email") << QStringList {u"user"_s, u"add-phone"_s, u"a@b"_s, u"+1 2015550123"_s,
            u"--type"_s, u"email"_s} << u"--type"_s;
        QTest::newRow("add-phone bad region") << QStringList {u"user"_s, u"add-phone"_s, u"a@b"_s, u"2015550123"_s,
            u"--region"_s, u"XX"_s} << u"--region"_s;
        QTest::newRow("add-phone region name") << QStringList {u"user"_s, u"add-phone"_s, u"a@b"_s, u"2015550123"_s,
            u"--region"_s, u"Germany"_s} << u"--region"_s;
        QTest::newRow("add-email one argument") << QStringList {u"user"_s, u"add-email"_s, u"a@b"_s} << u"email"_s;
        QTest::newRow("remove-method one argument")
            << QStringList {u"user"_s, u"remove-method"_s, u"a@b"_s} << u"method"_s;
        QTest::newRow("remove-method per-registration kind")
            << QStringList {u"user"_s, u"remove-method"_s, u"a@b"_s, u"fido2"_s} << u"id per registration"_s;
        QTest::newRow("can-reset without UPN") << QStringList {u"user"_s, u"can-reset"_s} << u"one user"_s;
        QTest::newRow("user alone") << QStringList {u"user"_s} << u"unknown command"_s;
    }

    void usageErrors_exit2AndStoreUnchanged()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const QString before = snapshot();
        const Run r = run(args);
        verifyOneLineError(r, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(snapshot(), before);
    }

    void unknownUpn_exit1_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString nobody = u"nobody.here@contoso.com"_s;
        QTest::newRow("show") << QStringList {u"user"_s, u"show"_s, nobody};
        QTest::newRow("show json") << QStringList {u"user"_s, u"show"_s, nobody, u"--json"_s};
        QTest::newRow("add-phone") << QStringList {u"user"_s, u"add-phone"_s, nobody, u"+1 2015550123"_s};
        QTest::newRow("add-email") << QStringList {u"user"_s, u"add-email"_s, nobody, u"a@example.org"_s};
        QTest::newRow("remove-method") << QStringList {u"user"_s, u"remove-method"_s, nobody, u"mobile"_s};
        QTest::newRow("can-reset") << QStringList {u"user"_s, u"can-reset"_s, nobody, u"--json"_s};
    }

    void unknownUpn_exit1()
    {
        QFETCH(QStringList, args);
        const QString before = snapshot();
        const Run r = run(args);
        verifyOneLineError(r, 1);
        QVERIFY2(r.err.contains(u"no user \"nobody.here@contoso.com\""_s), qPrintable(r.err));
        QCOMPARE(snapshot(), before);
    }

    void userShow_jsonShape()
    {
        // A user with a shared number: the demo tenant has front-desk numbers on several accounts.
        const QString upn
            = scalar(u"SELECT u.upn FROM users u JOIN user_methods m ON m.uid = u.uid WHERE m.phone_digits IN "
                     "(SELECT phone_digits FROM user_methods WHERE phone_digits IS NOT NULL GROUP BY phone_digits "
                     "HAVING count(DISTINCT uid) > 1) AND EXISTS (SELECT 1 FROM group_members g WHERE g.uid = u.uid) "
                     "ORDER BY u.uid LIMIT 1"_s);
        QVERIFY(!upn.isEmpty());
        const Run r = run({u"user"_s, u"show"_s, upn, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject json = r.json();
        QCOMPARE(keysOf(json), (QSet<QString> {u"user"_s, u"methods"_s, u"profile"_s, u"memberships"_s, u"verdict"_s}));
        QCOMPARE(json.value(u"user"_s).toObject().value(u"userPrincipalName"_s).toString(), upn);
        for (const QString &key : {u"id"_s, u"displayName"_s, u"usageLocation"_s, u"accountEnabled"_s,
                 u"onPremisesSyncEnabled"_s, u"userType"_s, u"adminRoles"_s})
            QVERIFY2(json.value(u"user"_s).toObject().contains(key), qPrintable(key));

        bool sawShared = false;
        const QJsonArray methods = json.value(u"methods"_s).toArray();
        QVERIFY(!methods.isEmpty());
        for (const QJsonValue &v : methods) {
            const QJsonObject m = v.toObject();
            QVERIFY(m.value(u"usable"_s).isBool());
            QVERIFY(!m.value(u"reason"_s).toString().isEmpty());
            QVERIFY(!m.value(u"id"_s).toString().isEmpty());
            Sspr::Core::MethodType type;
            QVERIFY(Sspr::Core::methodTypeFromKey(m.value(u"type"_s).toString(), &type));
            if (Sspr::Core::isPhoneType(type)) {
                QVERIFY(m.value(u"sharedWith"_s).isArray());
                sawShared = sawShared || !m.value(u"sharedWith"_s).toArray().isEmpty();
                QVERIFY(!m.value(u"sharedWith"_s).toArray().contains(QJsonValue(upn)));
            }
        }
        QVERIFY(sawShared);

        const QJsonObject profile = json.value(u"profile"_s).toObject();
        QCOMPARE(profile.value(u"kind"_s).toString(), u"profileData"_s); // marked: not authentication methods
        QVERIFY(profile.value(u"businessPhones"_s).isArray());
        QVERIFY(profile.value(u"otherMails"_s).isArray());
        QVERIFY(profile.value(u"mobilePhone"_s).isString());

        const QJsonArray groups = json.value(u"memberships"_s).toArray();
        QVERIFY(!groups.isEmpty());
        for (const QJsonValue &v : groups) {
            const QJsonObject g = v.toObject();
            const QString kind = g.value(u"membership"_s).toString();
            QVERIFY(kind == u"direct"_s || kind == u"inherited"_s);
            QCOMPARE(g.contains(u"via"_s), kind == u"inherited"_s);
        }
        const QJsonObject verdict = json.value(u"verdict"_s).toObject();
        QCOMPARE(keysOf(verdict),
            (QSet<QString> {u"canReset"_s, u"inScope"_s, u"registered"_s, u"adminPolicy"_s, u"requiredMethods"_s,
                u"methods"_s, u"reasons"_s}));
        QVERIFY(!verdict.value(u"reasons"_s).toArray().isEmpty());

        // The text form names the same parts, and marks the profile fields as profile data.
        const Run text = run({u"user"_s, u"show"_s, upn});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(u"Authentication methods:"_s));
        QVERIFY(text.out.contains(u"Profile contact data (on the user object; not authentication methods):"_s));
        QVERIFY(text.out.contains(u"Group memberships:"_s));
        QVERIFY(text.out.contains(u"Can reset password: "_s));
        QVERIFY(text.out.contains(u"shared number"_s));
    }

    // What is typed becomes Graph's "+CC NUMBER[xEXT]", in several countries and notations; the region comes
    // from --region, else from the user's usage location. Each change lands with its audit entry.
    void addPhone_normalises_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("usageLocation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("US brackets") << u"+1 (201) 555-0123"_s << QString() << QString() << QString()
                                     << u"+1 2015550123"_s;
        QTest::newRow("US national, region")
            << u"(201) 555-0123"_s << u"mobile"_s << u"us"_s << QString() << u"+1 2015550123"_s;
        QTest::newRow("US office extension")
            << u"+1 201 555 0123 ext. 45"_s << u"office"_s << QString() << QString() << u"+1 2015550123x45"_s;
        QTest::newRow("GB national, usage location")
            << u"020 7946 0018"_s << u"office"_s << QString() << u"GB"_s << u"+44 2079460018"_s;
        QTest::newRow("GB 00 prefix") << u"0044 7400 123456"_s << QString() << QString() << QString()
                                      << u"+44 7400123456"_s;
        QTest::newRow("DE mobile, region")
            << u"0151 23456789"_s << QString() << u"DE"_s << QString() << u"+49 15123456789"_s;
        QTest::newRow("FR mobile, usage location")
            << u"06 12 34 56 78"_s << QString() << QString() << u"FR"_s << u"+33 612345678"_s;
        QTest::newRow("IN mobile") << u"+91 98765 43210"_s << QString() << QString() << QString()
                                   << u"+91 9876543210"_s;
        QTest::newRow("BR mobile") << u"+55 11 96123-4567"_s << QString() << QString() << QString()
                                   << u"+55 11961234567"_s;
        QTest::newRow("JP mobile, region")
            << u"090-1234-5678"_s << QString() << u"JP"_s << QString() << u"+81 9012345678"_s;
        QTest::newRow("unquoted pieces") << u"+44|20|7946|0018"_s << u"office"_s << QString() << QString()
                                         << u"+44 2079460018"_s;
    }

    void addPhone_normalises()
    {
        QFETCH(QString, typed);
        QFETCH(QString, type);
        QFETCH(QString, region);
        QFETCH(QString, usageLocation);
        QFETCH(QString, expected);
        const QString upn = freshUser(usageLocation);
        QVERIFY2(!upn.isEmpty(), "no fresh user left in the demo tenant");
        const QString auditBefore = scalar(u"SELECT count(*) FROM audit_log"_s);
        QStringList args {u"user"_s, u"add-phone"_s, upn};
        args << typed.split(u'|');
        if (!type.isEmpty())
            args << u"--type"_s << type;
        if (!region.isEmpty())
            args << u"--region"_s << region;
        args << u"--json"_s;
        const Run r = run(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(u"userPrincipalName"_s).toString(), upn);
        const QJsonObject method = json.value(u"method"_s).toObject();
        QCOMPARE(method.value(u"value"_s).toString(), expected);
        const QString typeKey = type.isEmpty() ? u"mobile"_s : type;
        QCOMPARE(method.value(u"type"_s).toString(), typeKey);
        QVERIFY(json.value(u"sharedWith"_s).isArray());
        QCOMPARE(scalar(u"SELECT m.value FROM user_methods m JOIN users u ON u.uid = m.uid WHERE u.upn = ? "
                        "AND m.type = ?"_s,
                     {upn, typeKey}),
            expected);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), auditBefore.toInt() + 1);
        QCOMPARE(scalar(u"SELECT source || ' ' || action || ' ' || target || ' ' || new_value FROM audit_log "
                        "ORDER BY id DESC LIMIT 1"_s),
            u"ssprctl method.add "_s + upn + u' ' + expected);
        // The new number is searchable at once.
        const Run search = run({u"users"_s, u"search"_s, expected.section(u' ', 1).left(10), u"--json"_s});
        bool found = false;
        for (const QJsonValue &v : search.json().value(u"users"_s).toArray())
            found = found || v.toObject().value(u"userPrincipalName"_s).toString() == upn;
        QVERIFY(found);
    }

    // Invalid numbers and rule violations: exit 2 with the reason on one line, the store exactly as it was.
    void addPhone_refusals_data()
    {
        QTest::addColumn<QString>("setup"); // "" or a method the user has first: "mobile"
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("expected");
        QTest::newRow("letters") << QString() << u"+1 201 CALL NOW"_s << QString() << u"letters"_s;
        QTest::newRow("too short") << QString() << u"+1 201"_s << QString() << u"not a phone number"_s;
        QTest::newRow("too long") << QString() << u"+1 2015550123456789"_s << QString() << u"not a phone number"_s;
        QTest::newRow("unknown country code") << QString() << u"+999 1234567"_s << QString() << u"not a phone number"_s;
        QTest::newRow("wrong country for number")
            << QString() << u"+33 201 555 0123"_s << QString() << u"not a phone number"_s;
        QTest::newRow("emoji") << QString() << u"+1 201 555 0123 📞"_s << QString() << u"not a phone number"_s;
        QTest::newRow("10 KB of digits") << QString() << QString(10240, u'5') << QString() << u"not a phone number"_s;
        QTest::newRow("empty") << QString() << QString() << QString() << u"not a phone number"_s;
        QTest::newRow("extension on mobile") << QString() << u"+1 201 555 0123 x12"_s << u"mobile"_s << u"xtension"_s;
        QTest::newRow("alternate without mobile")
            << QString() << u"+1 201 555 0124"_s << u"alternateMobile"_s << u"needs a mobile phone"_s;
        QTest::newRow("second mobile") << u"mobile"_s << u"+1 201 555 0125"_s << u"mobile"_s << u"once"_s;
    }

    void addPhone_refusals()
    {
        QFETCH(QString, setup);
        QFETCH(QString, typed);
        QFETCH(QString, type);
        QFETCH(QString, expected);
        const QString upn = freshUser();
        QVERIFY(!upn.isEmpty());
        if (setup == u"mobile"_s)
            QCOMPARE(run({u"user"_s, u"add-phone"_s, upn, u"+1 201 555 0199"_s}).code, 0);
        const QString before = snapshot();
        QStringList args {u"user"_s, u"add-phone"_s, upn, typed};
        if (!type.isEmpty())
            args << u"--type"_s << type;
        const Run r = run(args);
        verifyOneLineError(r, 2);
        QVERIFY2(r.err.contains(expected, Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY(r.err.size() < 2000); // the 10 KB input is not echoed back in full
        QCOMPARE(snapshot(), before);
    }

    void addEmail_addsOnceAndRefusesBadAddresses()
    {
        const QString upn = freshUser();
        const QString before = snapshot();
        const Run bad = run({u"user"_s, u"add-email"_s, upn, u"not-an-address"_s});
        verifyOneLineError(bad, 2);
        QCOMPARE(snapshot(), before);
        const Run ok = run({u"user"_s, u"add-email"_s, upn, u" kim@example.org "_s, u"--json"_s});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QCOMPARE(ok.json().value(u"method"_s).toObject().value(u"value"_s).toString(), u"kim@example.org"_s);
        QCOMPARE(ok.json().value(u"method"_s).toObject().value(u"id"_s).toString(),
            QString::fromUtf16(Sspr::Core::MethodIds::Email));
        const QString after = snapshot();
        const Run second = run({u"user"_s, u"add-email"_s, upn, u"other@example.org"_s});
        verifyOneLineError(second, 2);
        QVERIFY(second.err.contains(u"only one"_s));
        QCOMPARE(snapshot(), after);
    }

    void removeMethod_byKindAndIdUnderTheRules()
    {
        const QString upn = freshUser();
        QCOMPARE(run({u"user"_s, u"add-phone"_s, upn, u"+1 201 555 0150"_s}).code, 0);
        QCOMPARE(
            run({u"user"_s, u"add-phone"_s, upn, u"+1 201 555 0151"_s, u"--type"_s, u"alternateMobile"_s}).code, 0);
        const QString before = snapshot();
        // The mobile cannot go while an alternate mobile exists; the password never.
        const Run mobile = run({u"user"_s, u"remove-method"_s, upn, u"mobile"_s});
        verifyOneLineError(mobile, 2);
        QVERIFY(mobile.err.contains(u"alternate mobile"_s));
        const Run password = run({u"user"_s, u"remove-method"_s, upn, u"password"_s});
        verifyOneLineError(password, 2);
        const Run passwordId
            = run({u"user"_s, u"remove-method"_s, upn, QString::fromUtf16(Sspr::Core::MethodIds::Password)});
        verifyOneLineError(passwordId, 2);
        // A method the user does not have is a runtime failure, like an unknown user.
        const Run office = run({u"user"_s, u"remove-method"_s, upn, u"office"_s});
        verifyOneLineError(office, 1);
        const Run unknownId = run({u"user"_s, u"remove-method"_s, upn, u"0000-not-an-id"_s});
        verifyOneLineError(unknownId, 1);
        QCOMPARE(snapshot(), before);

        // By fixed id, then by kind.
        const Run alternate = run({u"user"_s, u"remove-method"_s, upn,
            QString::fromUtf16(Sspr::Core::MethodIds::AlternateMobile), u"--json"_s});
        QVERIFY2(alternate.code == 0, qPrintable(alternate.err));
        QCOMPARE(alternate.json().value(u"removed"_s).toObject().value(u"type"_s).toString(), u"alternateMobile"_s);
        const Run removed = run({u"user"_s, u"remove-method"_s, upn, u"Mobile"_s});
        QVERIFY2(removed.code == 0, qPrintable(removed.err));
        QVERIFY(removed.out.startsWith(u"Removed Mobile phone +1 2015550150"_s));
        QCOMPARE(scalar(u"SELECT count(*) FROM user_methods m JOIN users u ON u.uid = m.uid WHERE u.upn = ?"_s, {upn}),
            u"0"_s);
        QCOMPARE(scalar(u"SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"_s), u"method.delete"_s);

        // A per-registration method goes by its id.
        const QString appUpn = scalar(u"SELECT u.upn FROM users u JOIN user_methods m ON m.uid = u.uid "
                                      "WHERE m.type = 'microsoftAuthenticator' ORDER BY u.uid LIMIT 1"_s);
        const QString appId = scalar(u"SELECT m.id FROM users u JOIN user_methods m ON m.uid = u.uid "
                                     "WHERE u.upn = ? AND m.type = 'microsoftAuthenticator'"_s,
            {appUpn});
        m_used.insert(appUpn);
        const Run app = run({u"user"_s, u"remove-method"_s, appUpn, appId});
        QVERIFY2(app.code == 0, qPrintable(app.err));
        QCOMPARE(scalar(u"SELECT count(*) FROM user_methods WHERE id = ?"_s, {appId}), u"0"_s);
    }

    // Exit 0 whatever the answer; the JSON agrees with the service the console uses.
    void canReset_exit0AndAgreesWithTheVerdict()
    {
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT uid, upn FROM users ORDER BY uid LIMIT 40"_s);
        QList<QPair<qint64, QString>> users;
        while (q.next())
            users.append({q.value(0).toLongLong(), q.value(1).toString()});
        int yes = 0, no = 0;
        Sspr::Services::UserBrowserService service(*m_db);
        for (const auto &[uid, upn] : std::as_const(users)) {
            const Run r = run({u"user"_s, u"can-reset"_s, upn, u"--json"_s});
            QCOMPARE(r.code, 0);
            const QJsonObject json = r.json();
            QCOMPARE(keysOf(json),
                (QSet<QString> {u"userPrincipalName"_s, u"canReset"_s, u"inScope"_s, u"registered"_s, u"adminPolicy"_s,
                    u"requiredMethods"_s, u"methods"_s, u"reasons"_s}));
            auto verdict = service.verdict(uid);
            QVERIFY(verdict);
            QCOMPARE(json.value(u"canReset"_s).toBool(), verdict->canReset);
            QCOMPARE(json.value(u"reasons"_s).toArray().size(), verdict->reasons.size());
            QCOMPARE(json.value(u"methods"_s).toArray().size(), verdict->usableMethods.size());
            (verdict->canReset ? yes : no)++;
            if (yes > 0 && no > 0 && yes + no >= 12)
                break;
        }
        QVERIFY2(yes > 0 && no > 0, "the demo tenant should have users on both sides of the verdict");

        const Run text = run({u"user"_s, u"can-reset"_s, users.constFirst().second});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.startsWith(users.constFirst().second + u": Can reset password: "_s));
    }
};

QTEST_GUILESS_MAIN(TestSsprctlUsers)
#include "tst_ssprctl_users.moc"
