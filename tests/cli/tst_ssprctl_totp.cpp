#include "base32.h"
#include "database.h"
#include "otpauthuri.h"
#include "testsupport.h"
#include "totp.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Sspr;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// Runs the real ssprctl. platform: the QT_QPA_PLATFORM to pass, or empty to leave it unset (as in a cron job).
Run ssprctl(const QStringList &args, const QString &home, const QByteArray &input = {},
    const QString &platform = u"offscreen"_s)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    if (platform.isEmpty())
        env.remove(u"QT_QPA_PLATFORM"_s);
    else
        env.insert(u"QT_QPA_PLATFORM"_s, platform);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SSPRCTL_PATH), args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

QByteArray runTool(const QString &name, const QStringList &args)
{
    QProcess process;
    process.start(tool(name), args);
    process.waitForFinished(60000);
    return process.readAllStandardOutput();
}

mode_t fileMode(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 0777;
}

} // namespace

class TestSsprctlTotp final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_db;
    std::unique_ptr<Store::Database> m_store;

    QStringList withDb(QStringList args) const { return QStringList {u"--db"_s, m_db} + args; }
    Run ctl(const QStringList &args, const QByteArray &input = {})
    {
        return ssprctl(withDb(args), m_home.path(), input);
    }

    QString anyUpn(int offset = 0)
    {
        QSqlQuery q(m_store->connection());
        q.prepare(u"SELECT upn FROM users WHERE user_type = 'Member' ORDER BY uid LIMIT 1 OFFSET :o"_s);
        q.bindValue(u":o"_s, offset);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    qint64 tokenCount()
    {
        QSqlQuery q(m_store->connection());
        return q.exec(u"SELECT count(*) FROM oath_tokens"_s) && q.next() ? q.value(0).toLongLong() : -1;
    }
    // Every value of every oath_tokens row, to look for secrets that must not be there.
    QString allTokenData()
    {
        QSqlQuery q(m_store->connection());
        QString all;
        q.exec(u"SELECT * FROM oath_tokens"_s);
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                all += q.value(i).toString() + u'|';
        }
        return all;
    }
    // Members of a group and its nested groups, guests excluded, walked here with plain queries.
    QSet<QString> expectedMembers(const QString &groupName)
    {
        QSqlQuery q(m_store->connection());
        q.prepare(u"SELECT gid FROM groups WHERE display_name = :n"_s);
        q.bindValue(u":n"_s, groupName);
        if (!q.exec() || !q.next())
            return {};
        QList<qint64> queue {q.value(0).toLongLong()};
        QSet<qint64> seen(queue.cbegin(), queue.cend());
        QSet<QString> upns;
        while (!queue.isEmpty()) {
            const qint64 gid = queue.takeFirst();
            QSqlQuery m(m_store->connection());
            m.prepare(u"SELECT u.upn, u.user_type FROM group_members gm JOIN users u ON u.uid = gm.uid "
                      "WHERE gm.gid = :g"_s);
            m.bindValue(u":g"_s, gid);
            m.exec();
            while (m.next()) {
                if (m.value(1).toString() != u"Guest"_s)
                    upns.insert(m.value(0).toString());
            }
            QSqlQuery n(m_store->connection());
            n.prepare(u"SELECT child_gid FROM group_nesting WHERE parent_gid = :g"_s);
            n.bindValue(u":g"_s, gid);
            n.exec();
            while (n.next()) {
                if (!seen.contains(n.value(0).toLongLong())) {
                    seen.insert(n.value(0).toLongLong());
                    queue.append(n.value(0).toLongLong());
                }
            }
        }
        return upns;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_home.filePath(u"store.sqlite"_s);
        const Run seed = ssprctl({u"--db"_s, m_db, u"seed"_s, u"--users"_s, u"50"_s}, m_home.path());
        QVERIFY2(seed.code == 0, qPrintable(seed.err));
        auto db = Store::Database::open(m_db, Store::Database::OpenMode::OpenExisting);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_store = std::move(db).value();
    }

    void help_listsTotpCommands()
    {
        const Run r = ssprctl({u"--help"_s}, m_home.path());
        QCOMPARE(r.code, 0);
        for (const QString &command : {u"totp new UPN"_s, u"totp code"_s, u"totp batch"_s})
            QVERIFY2(r.out.contains(command), qPrintable(r.out));
        const Run sub = ssprctl({u"totp"_s, u"new"_s, u"--help"_s}, m_home.path());
        QCOMPARE(sub.code, 0);
        for (const QString &option : {u"--issuer"_s, u"--png"_s, u"--svg"_s, u"--pdf"_s, u"--uri"_s, u"--digits"_s})
            QVERIFY2(sub.out.contains(option), qPrintable(sub.out));
    }

    // RFC 6238 Appendix B through the command line.
    void code_rfcVectors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QString sha1 = Core::Base32::encode("12345678901234567890"_ba);
        const QString sha256 = Core::Base32::encode("12345678901234567890123456789012"_ba);
        const QString sha512
            = Core::Base32::encode("1234567890123456789012345678901234567890123456789012345678901234"_ba);
        QTest::newRow("sha1 59") << QStringList {u"--secret"_s, sha1, u"--time"_s, u"59"_s, u"--digits"_s, u"8"_s}
                                 << u"94287082"_s;
        QTest::newRow("sha1 6 digits") << QStringList {u"--secret"_s, sha1, u"--time"_s, u"1111111109"_s}
                                       << u"081804"_s;
        QTest::newRow("sha256") << QStringList {u"--secret"_s, sha256, u"--time"_s, u"1234567890"_s, u"--digits"_s,
            u"8"_s, u"--algorithm"_s, u"SHA256"_s}
                                << u"91819424"_s;
        QTest::newRow("sha512 after 2038") << QStringList {u"--secret"_s, sha512, u"--time"_s, u"20000000000"_s,
            u"--digits"_s, u"8"_s, u"--algorithm"_s, u"sha512"_s}
                                           << u"47863826"_s;
        QTest::newRow("lower case, spaced") << QStringList {u"--secret"_s, u"gezd gnbv gy3t qojq gezd gnbv gy3t qojq"_s,
            u"--time"_s, u"59"_s} << u"287082"_s;
        QTest::newRow("60 s period") << QStringList {u"--secret"_s, sha1, u"--time"_s, u"119"_s, u"--period"_s, u"60"_s}
                                     << u"287082"_s;
    }
    void code_rfcVectors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = ssprctl(QStringList {u"totp"_s, u"code"_s} + args, m_home.path());
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, expected + u'\n');
        QCOMPARE(r.err, QString());
    }

    void code_secretFromStandardInput()
    {
        const Run r = ssprctl({u"totp"_s, u"code"_s, u"--secret"_s, u"-"_s, u"--time"_s, u"59"_s, u"--json"_s},
            m_home.path(), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\n");
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(u"code"_s).toString(), u"287082"_s);
        QCOMPARE(json.value(u"secondsRemaining"_s).toInt(), 1);
    }

    void code_now_isVerifiable()
    {
        const QString secret = u"JBSWY3DPEHPK3PXP"_s;
        const Run r = ssprctl({u"totp"_s, u"code"_s, u"--secret"_s, secret}, m_home.path());
        QCOMPARE(r.code, 0);
        QVERIFY(QRegularExpression(u"^\\d{6}\\n$"_s).match(r.out).hasMatch());
        // Within a step of now (the clock may tick between the two reads).
        QVERIFY(Core::Totp::verify(Core::Base32::decode(secret).value(), r.out, QDateTime::currentSecsSinceEpoch(), {})
                    .has_value());
    }

    void usageErrors_exit2WithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QString s = u"GEZDGNBVGY3TQOJQ"_s;
        QTest::newRow("code without secret") << QStringList {u"totp"_s, u"code"_s} << u"--secret"_s;
        QTest::newRow("code bad secret") << QStringList {u"totp"_s, u"code"_s, u"--secret"_s, u"GEZD1NBV"_s}
                                         << u"\"1\" at position 5"_s;
        QTest::newRow("code empty secret") << QStringList {u"totp"_s, u"code"_s, u"--secret"_s, u"  "_s} << u"empty"_s;
        QTest::newRow("code 7 digits") << QStringList {u"totp"_s, u"code"_s, u"--secret"_s, s, u"--digits"_s, u"7"_s}
                                       << u"--digits"_s;
        QTest::newRow("code 45 s") << QStringList {u"totp"_s, u"code"_s, u"--secret"_s, s, u"--period"_s, u"45"_s}
                                   << u"--period"_s;
        QTest::newRow("code md5") << QStringList {u"totp"_s, u"code"_s, u"--secret"_s, s, u"--algorithm"_s, u"MD5"_s}
                                  << u"--algorithm"_s;
        QTest::newRow("code bad time") << QStringList {u"totp"_s, u"code"_s, u"--secret"_s, s, u"--time"_s, u"soon"_s}
                                       << u"--time"_s;
        QTest::newRow("code negative time")
            << QStringList {u"totp"_s, u"code"_s, u"--secret"_s, s, u"--time"_s, u"-1"_s} << u"--time"_s;
        QTest::newRow("code extra argument")
            << QStringList {u"totp"_s, u"code"_s, u"now"_s, u"--secret"_s, s} << u"no arguments"_s;
        QTest::newRow("code with --png") << QStringList {u"totp"_s, u"code"_s, u"--secret"_s, s, u"--png"_s, u"x"_s}
                                         << u"does not take --png"_s;
        QTest::newRow("new without upn") << QStringList {u"totp"_s, u"new"_s, u"--uri"_s} << u"one user"_s;
        QTest::newRow("new with two upns")
            << QStringList {u"totp"_s, u"new"_s, u"a@x"_s, u"b@x"_s, u"--uri"_s} << u"one user"_s;
        QTest::newRow("new without output") << QStringList {u"totp"_s, u"new"_s, u"a@x"_s} << u"would be lost"_s;
        QTest::newRow("new 9 digits") << QStringList {u"totp"_s, u"new"_s, u"a@x"_s, u"--uri"_s, u"--digits"_s, u"9"_s}
                                      << u"--digits"_s;
        QTest::newRow("batch without group")
            << QStringList {u"totp"_s, u"batch"_s, u"--pdf"_s, u"a"_s, u"--oath-csv"_s, u"b"_s} << u"--group"_s;
        QTest::newRow("batch without csv")
            << QStringList {u"totp"_s, u"batch"_s, u"--group"_s, u"G"_s, u"--pdf"_s, u"a"_s} << u"--oath-csv"_s;
        QTest::newRow("batch same file") << QStringList {u"totp"_s, u"batch"_s, u"--group"_s, u"G"_s, u"--pdf"_s,
            u"a"_s, u"--oath-csv"_s, u"a"_s}
                                         << u"different files"_s;
        QTest::newRow("batch with digits") << QStringList {u"totp"_s, u"batch"_s, u"--group"_s, u"G"_s, u"--pdf"_s,
            u"a"_s, u"--oath-csv"_s, u"b"_s, u"--digits"_s, u"8"_s}
                                           << u"does not take --digits"_s;
    }
    void usageErrors_exit2WithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const qint64 before = tokenCount();
        const Run r = ctl(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(r.err.startsWith(u"ssprctl: "_s));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(tokenCount(), before);
    }

    void new_writesFilesAndRecordsToken()
    {
        const QString upn = anyUpn();
        QTemporaryDir out;
        const QString png = out.filePath(u"qr.png"_s), svg = out.filePath(u"qr.svg"_s),
                      pdf = out.filePath(u"handout.pdf"_s);
        const qint64 before = tokenCount();
        const Run r
            = ctl({u"totp"_s, u"new"_s, upn.toUpper(), u"--png"_s, png, u"--svg"_s, svg, u"--pdf"_s, pdf, u"--uri"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.err, QString()); // defaults: no warnings, and no Qt start-up noise
        QCOMPARE(tokenCount(), before + 1);
        for (const QString &file : {png, svg, pdf})
            QCOMPARE(fileMode(file), mode_t(0600));

        const QStringList lines = r.out.trimmed().split(u'\n');
        const QString uri = lines.constLast();
        const auto key = Core::OtpauthUri::parse(uri);
        QVERIFY2(key, qPrintable(uri));
        QCOMPARE(key.value().account, upn); // the stored spelling, not the typed one
        QCOMPARE(key.value().issuer, u"Contoso"_s); // the tenant name by default
        QCOMPARE(key.value().secret.size(), 20);
        QVERIFY(key.value().parameters.isDefault());
        const QString secret = Core::Base32::encode(key.value().secret);
        QVERIFY(r.out.contains(u"Secret: "_s + secret));

        // The store knows who got which serial, and nothing of the secret.
        const QRegularExpressionMatch serial = QRegularExpression(u"token (SSPR\\d{12})"_s).match(r.out);
        QVERIFY(serial.hasMatch());
        {
            QSqlQuery q(m_store->connection());
            q.prepare(
                u"SELECT t.upn, t.issuer, t.algorithm, t.digits, t.period, t.uid = u.uid, t.issued_at, t.issued_by "
                "FROM oath_tokens t JOIN users u ON u.upn = :upn WHERE t.serial = :serial"_s);
            q.bindValue(u":upn"_s, upn);
            q.bindValue(u":serial"_s, serial.captured(1));
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), upn);
            QCOMPARE(q.value(1).toString(), u"Contoso"_s);
            QCOMPARE(q.value(2).toString(), u"SHA1"_s);
            QCOMPARE(q.value(3).toInt(), 6);
            QCOMPARE(q.value(4).toInt(), 30);
            QVERIFY(q.value(5).toBool());
            QVERIFY(QDateTime::fromString(q.value(6).toString(), Qt::ISODate).isValid());
            const QString issuedBy = q.value(7).toString();
            QVERIFY(!issuedBy.isEmpty());
            // And the audit log says who issued which serial to whom, as the console does.
            q.prepare(u"SELECT count(*) FROM audit_log WHERE action = 'token.issue' AND source = 'ssprctl' AND "
                      "target = :upn AND actor = :actor AND new_value LIKE :serial"_s);
            q.bindValue(u":upn"_s, upn);
            q.bindValue(u":actor"_s, issuedBy);
            q.bindValue(u":serial"_s, serial.captured(1) + u"%"_s);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QVERIFY(!allTokenData().contains(secret));
        // Nor do the raw bytes hold it. Closing another descriptor of the file would drop SQLite's POSIX locks, so
        // the test's own connection is closed while the file is read.
        m_store.reset();
        QVERIFY(!Test::readAll(m_db).contains(secret.toLatin1()));
        QVERIFY(!Test::readAll(m_db + u"-wal"_s).contains(secret.toLatin1()));
        auto reopened = Store::Database::open(m_db, Store::Database::OpenMode::OpenExisting);
        QVERIFY(reopened);
        m_store = std::move(reopened).value();

        if (tool(u"zbarimg"_s).isEmpty())
            QSKIP("zbarimg (package zbar-tools) is not installed");
        for (const QString &file : {png, svg})
            QCOMPARE(QString::fromUtf8(runTool(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, file})).trimmed(), uri);
        if (tool(u"pdftoppm"_s).isEmpty())
            QSKIP("pdftoppm (package poppler-utils) is not installed");
        runTool(u"pdftoppm"_s, {u"-r"_s, u"150"_s, u"-png"_s, u"-singlefile"_s, pdf, out.filePath(u"page"_s)});
        QCOMPARE(QString::fromUtf8(runTool(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, out.filePath(u"page.png"_s)})).trimmed(),
            uri);
    }

    void new_withoutUri_printsNoSecret()
    {
        QTemporaryDir out;
        const Run r = ctl({u"totp"_s, u"new"_s, anyUpn(1), u"--png"_s, out.filePath(u"a.png"_s)});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(u"otpauth"_s));
        QVERIFY(!r.out.contains(u"Secret"_s));
        QVERIFY(r.out.contains(u"Wrote PNG"_s));
    }

    void new_issuerParametersAndJson()
    {
        const QString upn = anyUpn(2);
        const Run r = ctl({u"totp"_s, u"new"_s, upn, u"--uri"_s, u"--json"_s, u"--issuer"_s, u"Help Desk: IT"_s,
            u"--digits"_s, u"8"_s, u"--period"_s, u"60"_s, u"--algorithm"_s, u"sha256"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(u"upn"_s).toString(), upn);
        QCOMPARE(json.value(u"issuer"_s).toString(), u"Help Desk: IT"_s);
        QCOMPARE(json.value(u"digits"_s).toInt(), 8);
        const auto key = Core::OtpauthUri::parse(json.value(u"uri"_s).toString());
        QVERIFY(key);
        QCOMPARE(key.value().issuer, u"Help Desk: IT"_s);
        QCOMPARE(key.value().parameters, (Core::TotpParameters {Core::OtpAlgorithm::Sha256, 8, 60}));
        QCOMPARE(Core::Base32::encode(key.value().secret), json.value(u"secret"_s).toString());
        // Non-defaults and the colon are warned about, one line each.
        QCOMPARE(r.err.count(u"ssprctl: warning: "_s), 4);
        QCOMPARE(r.err.count(u'\n'), 4);
    }

    void new_runtimeErrors_exit1_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown user") << QStringList {u"totp"_s, u"new"_s, u"nobody@nowhere.example"_s, u"--uri"_s}
                                      << u"no user nobody@nowhere.example"_s;
        QTest::newRow("unwritable png") << QStringList {u"totp"_s, u"new"_s, u"<upn>"_s, u"--png"_s,
            u"/nonexistent/dir/a.png"_s} << u"a.png"_s;
        QTest::newRow("unknown group") << QStringList {u"totp"_s, u"batch"_s, u"--group"_s, u"No Such Group"_s,
            u"--pdf"_s, u"<tmp>/a.pdf"_s, u"--oath-csv"_s, u"<tmp>/a.csv"_s}
                                       << u"no group named"_s;
    }
    void new_runtimeErrors_exit1()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QTemporaryDir tmp;
        for (QString &arg : args)
            arg.replace(u"<upn>"_s, anyUpn()).replace(u"<tmp>"_s, tmp.path());
        const qint64 before = tokenCount();
        const Run r = ctl(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QCOMPARE(tokenCount(), before);
        QVERIFY(QDir(tmp.path()).isEmpty());
    }

    // A group with nested groups: every member gets a page and a CSV row, guests are left out, PDF and CSV agree.
    void batch_nestedGroup()
    {
        const QString group = u"Password Self Reset"_s;
        const QSet<QString> expected = expectedMembers(group);
        QVERIFY(expected.size() > 1);
        QTemporaryDir out;
        const QString pdf = out.filePath(u"sheets.pdf"_s), csv = out.filePath(u"tokens.csv"_s);
        const qint64 before = tokenCount();
        const Run r = ctl(
            {u"totp"_s, u"batch"_s, u"--group"_s, group.toLower(), u"--pdf"_s, pdf, u"--oath-csv"_s, csv, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(fileMode(pdf), mode_t(0600));
        QCOMPARE(fileMode(csv), mode_t(0600));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(u"group"_s).toString(), group);
        QCOMPARE(json.value(u"tokens"_s).toArray().size(), expected.size());
        QCOMPARE(tokenCount(), before + expected.size());

        const QStringList lines = QString::fromUtf8(Test::readAll(csv)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.constFirst(), u"upn,serial number,secret key,time interval,manufacturer,model"_s);
        QCOMPARE(lines.size(), expected.size() + 1);
        QSet<QString> upns;
        QHash<QString, QString> secretOf;
        for (const QString &line : lines.mid(1)) {
            const QStringList fields = line.split(u',');
            QCOMPARE(fields.size(), 6);
            upns.insert(fields.at(0));
            QVERIFY(QRegularExpression(u"^SSPR\\d{12}$"_s).match(fields.at(1)).hasMatch());
            QCOMPARE(fields.at(2).size(), 32);
            QVERIFY(Core::Base32::decode(fields.at(2)));
            QCOMPARE(fields.at(3), u"30"_s);
            secretOf.insert(fields.at(0), fields.at(2));
        }
        QCOMPARE(upns, expected);
        QVERIFY(!allTokenData().contains(secretOf.cbegin().value()));

        if (tool(u"pdfinfo"_s).isEmpty() || tool(u"pdftoppm"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        QVERIFY(QString::fromUtf8(runTool(u"pdfinfo"_s, {pdf}))
                    .contains(QRegularExpression(u"Pages:\\s+%1\\n"_s.arg(expected.size()))));
        if (tool(u"zbarimg"_s).isEmpty())
            QSKIP("zbarimg (package zbar-tools) is not installed");
        // The QR code on page 2 holds the same secret as that user's CSV row.
        runTool(u"pdftoppm"_s,
            {u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, u"-r"_s, u"120"_s, u"-png"_s, u"-singlefile"_s, pdf,
                out.filePath(u"p2"_s)});
        const auto key = Core::OtpauthUri::parse(
            QString::fromUtf8(runTool(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, out.filePath(u"p2.png"_s)})).trimmed());
        QVERIFY2(key, qPrintable(key.errorMessage()));
        QVERIFY(expected.contains(key.value().account));
        QCOMPARE(Core::Base32::encode(key.value().secret), secretOf.value(key.value().account));
    }

    // Only totp commands need the GUI platform: with none available the others still run, and totp picks
    // "offscreen" by itself when QT_QPA_PLATFORM is unset.
    void platform_onlyForTotp()
    {
        const Run info = ssprctl(withDb({u"db"_s, u"info"_s}), m_home.path(), {}, u"no-such-platform"_s);
        QCOMPARE(info.code, 0);
        QTemporaryDir out;
        const Run made = ssprctl(withDb({u"totp"_s, u"new"_s, anyUpn(3), u"--pdf"_s, out.filePath(u"x.pdf"_s)}),
            m_home.path(), {}, QString());
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QCOMPARE(made.err, QString());
        // Options before the command words are skipped correctly when finding the command.
        const Run code = ssprctl(
            {u"--db"_s, m_db, u"--secret"_s, u"GEZDGNBVGY3TQOJQ"_s, u"--time"_s, u"59"_s, u"totp"_s, u"code"_s},
            m_home.path(), {}, QString());
        QCOMPARE(code.code, 0);
        QCOMPARE(code.err, QString());
    }
};

QTEST_GUILESS_MAIN(TestSsprctlTotp)
#include "tst_ssprctl_totp.moc"
