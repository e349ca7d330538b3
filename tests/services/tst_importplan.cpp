// Bulk import: the plan (every row class), hostile files, the durable run (resume, nothing twice), the report's
// formula guard, and the bulk writer's agreement with UserWriter.
#include "auditlog.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "database.h"
#include "enrollmentservice.h"
#include "importjournal.h"
#include "importlookup.h"
#include "importplanner.h"
#include "importreport.h"
#include "importrunner.h"
#include "importsource.h"
#include "localimportapplier.h"
#include "methodbatchwriter.h"
#include "tenantwriter.h"
#include "userdirectory.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Sspr::Core::AuthMethod;
using Sspr::Core::MethodType;
using Sspr::Core::UserRecord;
using Sspr::Services::ExistingPolicy;
using Sspr::Services::ImportDecision;
using Sspr::Services::ImportKind;
using Sspr::Services::ImportOptions;
using Sspr::Services::ImportPlan;
using Sspr::Services::ImportPlanner;
using Sspr::Services::ImportRowClass;
using Sspr::Services::ImportRunner;
using Sspr::Services::ImportSource;
using Sspr::Store::Database;

namespace {

AuthMethod method(MethodType type, const QString &value)
{
    AuthMethod m;
    m.type = type;
    m.id = Sspr::Core::fixedMethodId(type);
    m.value = value;
    return m;
}

UserRecord user(const QString &name, const QString &usageLocation, QList<AuthMethod> methods = {})
{
    static int n = 0;
    UserRecord u;
    u.id = u"20000000-0000-4000-8000-%1"_s.arg(++n, 12, 10, QChar(u'0'));
    u.displayName = name;
    u.givenName = name;
    u.userPrincipalName = name.toLower() + u"@contoso.com"_s;
    u.usageLocation = usageLocation;
    u.methods = std::move(methods);
    return u;
}

// A tenant small enough to know every answer (users in name order, as the writer wants them).
std::unique_ptr<Database> makeStore(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        return {};
    Sspr::Store::TenantWriter writer(*db.value());
    if (!writer.begin(u"Known"_s, u"contoso.com"_s))
        return {};
    using M = MethodType;
    writer.addUser(user(u"Alice"_s, u"US"_s, {method(M::MobilePhone, u"+1 4255550100"_s)}), {});
    writer.addUser(user(u"Bob"_s, u"DE"_s), {});
    writer.addUser(user(u"Carol"_s, u"US"_s,
                       {method(M::MobilePhone, u"+1 4255550111"_s), method(M::Email, u"carol@example.org"_s)}),
        {});
    writer.addUser(user(u"Dave"_s, u"US"_s, {method(M::OfficePhone, u"+1 4255550123x12"_s)}), {});
    writer.addUser(user(u"Erin"_s, QString()), {});
    writer.addUser(user(u"Frank"_s, u"US"_s, {method(M::MobilePhone, u"+1 4255550199"_s)}), {});
    writer.addUser(user(u"Gina"_s, u"US"_s, {method(M::MobilePhone, u"+1 4255550199"_s)}), {});
    writer.addUser(user(u"Henry"_s, u"US"_s), {});
    writer.addUser(user(u"Ivan"_s, u"GB"_s), {});
    writer.addUser(user(u"Judy"_s, u"GB"_s), {});
    writer.addUser(user(u"Kim"_s, u"US"_s), {});
    for (int i = 0; i < 40; ++i)
        writer.addUser(user(u"Zed%1"_s.arg(i, 2, 10, QChar(u'0')), u"US"_s), {});
    if (!writer.finish(Sspr::Core::SsprPolicy()))
        return {};
    return std::move(db).value();
}

// What an import may change, to compare a store before and after.
QString fingerprint(Database &db)
{
    QStringList parts;
    QSqlQuery q(db.connection());
    for (const QString &sql : {u"SELECT uid, id, type, value, phone_digits FROM user_methods ORDER BY uid, id"_s,
             u"SELECT uid, method_mask FROM users ORDER BY uid"_s,
             u"SELECT rowid, digits FROM users_phone_fts ORDER BY rowid"_s, u"SELECT count(*) FROM audit_log"_s,
             u"SELECT count(*) FROM import_runs"_s, u"SELECT count(*) FROM import_rows"_s}) {
        q.exec(sql);
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < q.record().count(); ++c)
                row << q.value(c).toString();
            parts << row.join(u'|');
        }
    }
    return parts.join(u'\n');
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

struct Checked
{
    Sspr::Core::Result<ImportPlan> plan = Sspr::Core::Error {};
    QString error; // file-level refusal
};

Checked check(Database &db, const QByteArray &bytes, ImportOptions options = {})
{
    Checked out;
    auto source = ImportSource::fromBytes(bytes, u"test.csv"_s);
    if (!source) {
        out.error = source.errorMessage();
        return out;
    }
    const auto mapping = ImportPlanner::detectMapping(source->table, options.kind);
    if (auto s = ImportPlanner::validate(source->table, mapping, options); !s) {
        out.error = s.errorMessage();
        return out;
    }
    out.plan = ImportPlanner(db).plan(source.value(), mapping, options);
    if (!out.plan)
        out.error = out.plan.errorMessage();
    return out;
}

const Sspr::Services::ImportPlanItem *itemAtLine(const ImportPlan &plan, qint64 line, MethodType type)
{
    for (const auto &item : plan.items) {
        if (item.line == line && item.type == type)
            return &item;
    }
    return nullptr;
}

// Applies a plan to its end; returns the run id.
qint64 applyPlan(Database &db, const ImportPlan &plan, int batch = 1000)
{
    auto id = ImportRunner::createRun(db, plan, u"test"_s, u"test"_s);
    if (!id)
        return 0;
    Sspr::Services::LocalImportApplier applier(db, u"test"_s);
    ImportRunner runner(db, applier);
    if (!runner.open(id.value()))
        return 0;
    runner.setBatchSize(batch);
    if (!runner.runToEnd())
        return 0;
    return id.value();
}

} // namespace

class TestImportPlan final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    std::unique_ptr<Database> freshStore() { return makeStore(m_dir.filePath(u"store%1.sqlite"_s.arg(++m_stores))); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // One file with every class of row; the counts and each row's class, action and message.
    void plan_classifiesEveryRow()
    {
        auto db = freshStore();
        QVERIFY(db);
        const QByteArray file = "UPN,Mobile,Alternate mobile\n"
                                "bob@contoso.com,+49 170 1234567,\n" // 2 will add
                                "carol@contoso.com,+1 425 555 0112,\n" // 3 will update (old → new)
                                "alice@contoso.com,(425) 555-0100,\n" // 4 already set (US national format)
                                "alicia@contoso.com,+1 425 555 0101,\n" // 5 unknown user, close match alice
                                "erin@contoso.com,12,\n" // 6 invalid number
                                "Bob@Contoso.com,+49 170 7654321,\n" // 7 duplicate of line 2 (any case)
                                "henry@contoso.com,+1 425 555 0199,\n" // 8 shared: frank and gina have it
                                "ivan@contoso.com,+44 20 7946 0000,\n" // 9 shared within the file
                                "judy@contoso.com,+44 20 7946 0000,\n" // 10 shared within the file
                                "kim@contoso.com,+1 425 555 0150 x12,\n" // 11 rule: extension on a mobile
                                "erin@contoso.com,,+1 425 555 0160\n" // 12 rule: alternate without mobile
                                "dave@contoso.com,+1 425 555 0170,+1 425 555 0171\n"; // 13 mobile then alternate
        ImportOptions options;
        options.defaultRegion = u"US"_s;
        const Checked c = check(*db, file, options);
        QVERIFY2(c.plan, qPrintable(c.error));
        const ImportPlan &plan = c.plan.value();
        QCOMPARE(plan.records, 12);
        QCOMPARE(plan.items.size(), 13);

        using C = ImportRowClass;
        using M = MethodType;
        const struct
        {
            qint64 line;
            M type;
            C rowClass;
        } expected[] = {
            {2, M::MobilePhone, C::WillAdd},
            {3, M::MobilePhone, C::WillUpdate},
            {4, M::MobilePhone, C::AlreadySet},
            {5, M::MobilePhone, C::UnknownUser},
            {6, M::MobilePhone, C::InvalidValue},
            {7, M::MobilePhone, C::Duplicate},
            {8, M::MobilePhone, C::SharedNumber},
            {9, M::MobilePhone, C::SharedNumber},
            {10, M::MobilePhone, C::SharedNumber},
            {11, M::MobilePhone, C::RuleViolation},
            {12, M::AlternateMobilePhone, C::RuleViolation},
            {13, M::MobilePhone, C::WillAdd},
            {13, M::AlternateMobilePhone, C::WillAdd},
        };
        for (const auto &e : expected) {
            const auto *item = itemAtLine(plan, e.line, e.type);
            QVERIFY2(item, qPrintable(u"line %1"_s.arg(e.line)));
            QVERIFY2(item->rowClass == e.rowClass,
                qPrintable(u"line %1: %2 (%3)"_s.arg(e.line).arg(ImportPlan::classKey(item->rowClass), item->message)));
        }
        QCOMPARE(plan.count(C::WillAdd), 3);
        QCOMPARE(plan.count(C::WillUpdate), 1);
        QCOMPARE(plan.count(C::AlreadySet), 1);
        QCOMPARE(plan.count(C::UnknownUser), 1);
        QCOMPARE(plan.count(C::InvalidValue), 1);
        QCOMPARE(plan.count(C::Duplicate), 1);
        QCOMPARE(plan.count(C::SharedNumber), 3);
        QCOMPARE(plan.count(C::RuleViolation), 2);

        const auto *update = itemAtLine(plan, 3, M::MobilePhone);
        QCOMPARE(update->oldValue, u"+1 4255550111"_s);
        QCOMPARE(update->value, u"+1 4255550112"_s);
        const auto *unknown = itemAtLine(plan, 5, M::MobilePhone);
        QVERIFY(unknown->suggestions.contains(u"alice@contoso.com"_s));
        QVERIFY(unknown->message.contains(u"alice@contoso.com"_s));
        const auto *shared = itemAtLine(plan, 8, M::MobilePhone);
        QCOMPARE(shared->sharedWith, (QStringList {u"frank@contoso.com"_s, u"gina@contoso.com"_s}));
        QVERIFY(itemAtLine(plan, 9, M::MobilePhone)->sharedWith.contains(u"judy@contoso.com"_s));
        QVERIFY(itemAtLine(plan, 11, M::MobilePhone)->message.contains(u"extension"_s));
        QVERIFY(itemAtLine(plan, 12, M::AlternateMobilePhone)->message.contains(u"needs a mobile phone"_s));
        QVERIFY(itemAtLine(plan, 6, M::MobilePhone)->message.contains(u"too short"_s, Qt::CaseInsensitive)
            || itemAtLine(plan, 6, M::MobilePhone)->message.contains(u"too few"_s));
        QVERIFY(itemAtLine(plan, 7, M::MobilePhone)->message.contains(u"Line 2"_s));

        // Default policy: skip the update; shared numbers held back.
        QCOMPARE(update->decision, ImportDecision::Skip);
        QCOMPARE(plan.toApply(), 3);
        QCOMPARE(plan.problems(), 8); // unknown, invalid, duplicate, 3 shared, 2 rules
    }

    void plan_existingPolicyAndAsk()
    {
        auto db = freshStore();
        const QByteArray file = "UPN,Mobile\ncarol@contoso.com,+1 425 555 0112\nalice@contoso.com,+1 425 555 0113\n";
        ImportOptions options;
        options.existing = ExistingPolicy::Ask;
        Checked c = check(*db, file, options);
        QVERIFY(c.plan);
        ImportPlan &plan = c.plan.value();
        QCOMPARE(plan.count(ImportRowClass::WillUpdate), 2);
        QCOMPARE(plan.undecided(), 2);
        // A run cannot start while a row is undecided.
        auto refused = ImportRunner::createRun(*db, plan, u"t"_s, u"t"_s);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"decision"_s));
        plan.decide(0, ImportDecision::Apply);
        plan.decide(1, ImportDecision::Skip);
        QCOMPARE(plan.undecided(), 0);
        QCOMPARE(plan.toApply(), 1);
        // Overwrite decides every update; back to ask keeps the hand-made choices out (re-derived).
        plan.setExistingPolicy(ExistingPolicy::Overwrite);
        QCOMPARE(plan.toApply(), 2);
        plan.setExistingPolicy(ExistingPolicy::Skip);
        QCOMPARE(plan.toApply(), 0);
        plan.setAllowShared(true);
        QCOMPARE(plan.toApply(), 0);

        plan.setExistingPolicy(ExistingPolicy::Ask);
        plan.decideAllUndecided(ImportDecision::Apply);
        const qint64 run = applyPlan(*db, plan);
        QVERIFY(run > 0);
        auto carol = Sspr::Store::UserDirectory(*db).user(3);
        QVERIFY(carol);
        QCOMPARE(carol->methods.constFirst().value, u"+1 4255550112"_s);
    }

    void plan_allowSharedAppliesSharedNumbers()
    {
        auto db = freshStore();
        const QByteArray file = "UPN,Mobile\nhenry@contoso.com,+1 425 555 0199\n";
        ImportOptions options;
        Checked c = check(*db, file, options);
        QVERIFY(c.plan);
        QCOMPARE(c.plan->count(ImportRowClass::SharedNumber), 1);
        QCOMPARE(c.plan->toApply(), 0);
        c.plan.value().setAllowShared(true);
        QCOMPARE(c.plan->toApply(), 1);
        QVERIFY(applyPlan(*db, c.plan.value()) > 0);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM user_methods WHERE phone_digits = '14255550199'"_s), 3);
    }

    // Numbers as people write them, all read to the same Graph form.
    void plan_readsEveryCommonNotation_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("graphForm");
        QTest::newRow("spaces") << u"+1 425 555 0142"_s << QString() << u"+1 4255550142"_s;
        QTest::newRow("dashes") << u"+1-425-555-0142"_s << QString() << u"+1 4255550142"_s;
        QTest::newRow("dots") << u"+1.425.555.0142"_s << QString() << u"+1 4255550142"_s;
        QTest::newRow("brackets") << u"+1 (425) 555-0142"_s << QString() << u"+1 4255550142"_s;
        QTest::newRow("leading 00") << u"001 425 555 0142"_s << QString() << u"+1 4255550142"_s;
        QTest::newRow("national, usage location US") << u"(425) 555-0142"_s << QString() << u"+1 4255550142"_s;
        QTest::newRow("national, country column DE") << u"0170 1234567"_s << u"DE"_s << u"+49 1701234567"_s;
        QTest::newRow("national, country name") << u"0170 1234567"_s << u"Germany"_s << u"+49 1701234567"_s;
        QTest::newRow("national, country lower case") << u"020 7946 0018"_s << u"gb"_s << u"+44 2079460018"_s;
        QTest::newRow("national, UK alias") << u"07400 123456"_s << u"UK"_s << u"+44 7400123456"_s;
        QTest::newRow("international beats country") << u"+44 20 7946 0018"_s << u"DE"_s << u"+44 2079460018"_s;
        QTest::newRow("slashes") << u"0170/1234567"_s << u"DE"_s << u"+49 1701234567"_s;
    }

    void plan_readsEveryCommonNotation()
    {
        QFETCH(QString, typed);
        QFETCH(QString, country);
        QFETCH(QString, graphForm);
        auto db = freshStore();
        const QByteArray file
            = "UPN,Mobile,Country\r\nhenry@contoso.com,\"" + typed.toUtf8() + "\"," + country.toUtf8() + "\r\n";
        const Checked c = check(*db, file);
        QVERIFY2(c.plan, qPrintable(c.error));
        QCOMPARE(c.plan->items.size(), 1);
        const auto &item = c.plan->items.constFirst();
        QVERIFY2(item.rowClass == ImportRowClass::WillAdd, qPrintable(item.message));
        QCOMPARE(item.value, graphForm);
    }

    void plan_unknownCountryIsExplained()
    {
        auto db = freshStore();
        const Checked c = check(*db, "UPN,Mobile,Country\nhenry@contoso.com,0170 1234567,Atlantis\n");
        QVERIFY(c.plan);
        QCOMPARE(c.plan->items.constFirst().rowClass, ImportRowClass::InvalidValue);
        QVERIFY(c.plan->items.constFirst().message.contains(u"Atlantis"_s));
    }

    // Files that cannot be imported: a clear message, and the store exactly as it was.
    void hostileFiles_refusedAndStoreUnchanged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << u"empty"_s;
        QTest::newRow("header only") << QByteArray("UPN,Mobile\r\n") << u"no data rows"_s;
        QTest::newRow("unbalanced quotes")
            << QByteArray("UPN,Mobile\nbob@contoso.com,\"+49 170 1234567\n") << u"quote"_s;
        QTest::newRow("NUL bytes") << QByteArray("UPN,Mobile\nbob@contoso.com,+49\0 170\n", 37) << u"NUL"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("UPN,Mobile\nb\xF6\x62@contoso.com,+49 170 1234567\n")
                                       << u"UTF-8"_s;
        QTest::newRow("no user column") << QByteArray("Name,Mobile\nBob,+49 170 1234567\n") << u"user"_s;
        QTest::newRow("no phone column") << QByteArray("UPN,Department\nbob@contoso.com,Sales\n") << u"phone"_s;
        QTest::newRow("two user columns")
            << QByteArray("UPN,User,Mobile\na@contoso.com,b@contoso.com,+1\n") << u"choose"_s;
        QTest::newRow("1 MB field") << (QByteArray("UPN,Mobile\nbob@contoso.com,\"") + QByteArray(1 << 20, '1')
            + "\"\n") << u"long"_s;
        // 50 MB of ordinary rows, then a quote that never closes: the whole file is read, then refused.
        QByteArray big("UPN,Mobile\n");
        const QByteArray row("someone.with.a.long.name@contoso.com,+1 425 555 0100\n");
        big.reserve(50 * 1024 * 1024 + 64);
        while (big.size() < 50 * 1024 * 1024)
            big += row;
        big += "bob@contoso.com,\"+49 170 1234567\n";
        QTest::newRow("50 MB, unbalanced quote at the end") << big << u"quote"_s;
    }

    void hostileFiles_refusedAndStoreUnchanged()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        auto db = freshStore();
        const QString before = fingerprint(*db);
        const Checked c = check(*db, bytes);
        QVERIFY(!c.plan);
        QVERIFY2(c.error.contains(expected, Qt::CaseInsensitive), qPrintable(c.error));
        QCOMPARE(fingerprint(*db), before);
    }

    // A file whose rows all fail changes nothing either (no method, no audit entry for a method).
    void allRowsRefused_storeMethodsUnchanged()
    {
        auto db = freshStore();
        const QString methodsBefore = fingerprint(*db).section(u'\n', 0, 2);
        const Checked c = check(*db, "UPN,Mobile\nnobody@contoso.com,+1 425 555 0100\nerin@contoso.com,abc\n");
        QVERIFY(c.plan);
        QCOMPARE(c.plan->toApply(), 0);
        QVERIFY(applyPlan(*db, c.plan.value()) > 0);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM audit_log WHERE action LIKE 'method.%'"_s), 0);
        QCOMPARE(fingerprint(*db).section(u'\n', 0, 2), methodsBefore);
    }

    // Values from the file never reach the report as formulas.
    void report_neutralisesFormulas()
    {
        auto db = freshStore();
        const QByteArray file = "UPN,Mobile\n"
                                "\"=cmd|' /C calc'!A0\",+1 425 555 0100\n"
                                "bob@contoso.com,=HYPERLINK(\"http://x\")\n"
                                "+SUM(1;2)@contoso.com,@foo\n"
                                "-2+3,\"\t=1+1\"\n"
                                "henry@contoso.com,+1 425 555 0177\n";
        Checked c = check(*db, file);
        QVERIFY(c.plan);
        const qint64 run = applyPlan(*db, c.plan.value());
        QVERIFY(run > 0);
        for (const bool dry : {true, false}) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            if (dry)
                QVERIFY(Sspr::Services::ImportReport::write(&buffer, c.plan->journalRows(), true));
            else
                QVERIFY(Sspr::Services::ImportReport::writeRun(*db, run, &buffer));
            auto table = Sspr::Core::CsvReader().readAll(bytes);
            QVERIFY2(table, qPrintable(table.errorMessage()));
            QCOMPARE(table->records.size(), 6);
            QCOMPARE(table->records.constFirst().fields, Sspr::Services::ImportReport::header());
            int neutralised = 0;
            for (const auto &record : std::as_const(table->records)) {
                for (const QString &field : record.fields) {
                    if (Sspr::Core::CsvWriter::startsLikeFormula(field))
                        QVERIFY2(Sspr::Core::CsvWriter::isPlainNumber(field), qPrintable(field));
                    if (field.startsWith(u"'="_s) || field.startsWith(u"'@"_s) || field.startsWith(u"'+S"_s)
                        || field.startsWith(u"'-2"_s) || field.startsWith(u"'\t"_s))
                        ++neutralised;
                }
            }
            QVERIFY2(neutralised >= 5, qPrintable(QString::fromUtf8(bytes)));
            QVERIFY(!bytes.contains("\n=") && !bytes.contains(",=") && !bytes.contains(",@"));
        }
    }

    void report_outcomesAndSummary()
    {
        auto db = freshStore();
        Checked c = check(*db,
            "UPN,Mobile\nbob@contoso.com,+49 170 1234567\nalice@contoso.com,+1 425 555 0100\n"
            "nobody@contoso.com,+1 425 555 0101\ncarol@contoso.com,+1 425 555 0112\n");
        QVERIFY(c.plan);
        const auto dry = Sspr::Services::ImportReport::summarize(c.plan->journalRows(), true);
        QCOMPARE(dry.outcome(u"wouldAdd"_s), 1);
        QCOMPARE(dry.outcome(u"unchanged"_s), 1);
        QCOMPARE(dry.outcome(u"failed"_s), 1);
        QCOMPARE(dry.outcome(u"skipped"_s), 1);
        QCOMPARE(dry.unsuccessful(), 1);
        const qint64 run = applyPlan(*db, c.plan.value());
        auto summary = Sspr::Services::ImportReport::summarizeRun(*db, run);
        QVERIFY(summary);
        QCOMPARE(summary->outcome(u"added"_s), 1);
        QCOMPARE(summary->outcome(u"unchanged"_s), 1);
        QCOMPARE(summary->outcome(u"skipped"_s), 1);
        QCOMPARE(summary->failedClasses.value(u"unknownUser"_s), 1);
        const QStringList fields = Sspr::Services::ImportReport::fields(
            [&] {
                Sspr::Store::ImportRowRecord first;
                Sspr::Store::ImportJournal(*db).forEachRow(run, [&first](const auto &row) {
                    first = row;
                    return false;
                });
                return first;
            }(),
            false);
        QCOMPARE(fields.at(0), u"2"_s);
        QCOMPARE(fields.at(1), u"bob@contoso.com"_s);
        QCOMPARE(fields.at(3), u"+49 1701234567"_s);
        QCOMPARE(fields.at(5), u"added"_s);
    }

    void duplicates_thousandsOfRowsOneChange()
    {
        auto db = freshStore();
        QByteArray file = "UPN,Mobile\n";
        for (int i = 0; i < 5000; ++i)
            file += "henry@contoso.com,+1 425 555 " + QByteArray::number(1000 + i % 9000) + "\n";
        Checked c = check(*db, file);
        QVERIFY(c.plan);
        QCOMPARE(c.plan->count(ImportRowClass::WillAdd), 1);
        QCOMPARE(c.plan->count(ImportRowClass::Duplicate), 4999);
        QVERIFY(applyPlan(*db, c.plan.value(), 100) > 0);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM user_methods WHERE uid = 8"_s), 1);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM audit_log WHERE action = 'method.add'"_s), 1);
    }

    void emails_mappedAndClassified()
    {
        auto db = freshStore();
        ImportOptions options;
        options.kind = ImportKind::Emails;
        Checked c = check(*db,
            "UPN,Email\nbob@contoso.com,bob.private@example.org\ncarol@contoso.com,carol@example.org\n"
            "alice@contoso.com,not an address\ndave@contoso.com,DAVE@example.org\n",
            options);
        QVERIFY2(c.plan, qPrintable(c.error));
        QCOMPARE(c.plan->count(ImportRowClass::WillAdd), 2);
        QCOMPARE(c.plan->count(ImportRowClass::AlreadySet), 1);
        QCOMPARE(c.plan->count(ImportRowClass::InvalidValue), 1);
        QVERIFY(applyPlan(*db, c.plan.value()) > 0);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM user_methods WHERE type = 'email'"_s), 3);
        // Phone options do not apply to an email import.
        options.phoneType = MethodType::OfficePhone;
        QVERIFY(!check(*db, "UPN,Email\nbob@contoso.com,b@example.org\n", options).plan);
    }

    void valueColumns_typeOption_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("type"); // -1: none
        QTest::addColumn<QString>("result"); // "column:type,…" or "error"
        QTest::newRow("one column, no type") << QByteArray("UPN,Phone") << -1 << u"1:mobile"_s;
        QTest::newRow("one column as office")
            << QByteArray("UPN,Phone") << int(MethodType::OfficePhone) << u"1:office"_s;
        QTest::newRow("every column") << QByteArray("UPN,Mobile,Office,Alternate") << -1
                                      << u"1:mobile,3:alternateMobile,2:office"_s;
        QTest::newRow("pick the office column")
            << QByteArray("UPN,Mobile,Office") << int(MethodType::OfficePhone) << u"2:office"_s;
        QTest::newRow("no column of that type")
            << QByteArray("UPN,Mobile,Office") << int(MethodType::AlternateMobilePhone) << u"error"_s;
    }

    void valueColumns_typeOption()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, type);
        QFETCH(QString, result);
        auto source = ImportSource::fromBytes(header + "\nbob@contoso.com,1,2,3\n", u"t.csv"_s);
        QVERIFY(source);
        ImportOptions options;
        if (type >= 0)
            options.phoneType = MethodType(type);
        auto columns
            = ImportPlanner::valueColumns(ImportPlanner::detectMapping(source->table, ImportKind::Phones), options);
        if (result == u"error") {
            QVERIFY(!columns);
            return;
        }
        QVERIFY2(columns, qPrintable(columns.errorMessage()));
        QStringList got;
        for (const auto &[column, t] : columns.value())
            got << u"%1:%2"_s.arg(column).arg(Sspr::Core::methodTypeKey(t));
        QCOMPARE(got.join(u','), result);
    }

    void pastedText_twoColumnsFromASpreadsheet()
    {
        auto db = freshStore();
        auto source
            = ImportSource::fromText(u"bob@contoso.com\t+49 170 1234567\r\nhenry@contoso.com\t+1 425 555 0133\r\n"_s);
        QVERIFY(source);
        QVERIFY(source->pasted);
        const auto mapping = ImportPlanner::detectMapping(source->table, ImportKind::Phones);
        QVERIFY(!mapping.hasHeaderRow());
        auto plan = ImportPlanner(*db).plan(source.value(), mapping, {});
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        QCOMPARE(plan->count(ImportRowClass::WillAdd), 2);
    }

    // A run interrupted between batches (as by kill -9 after a commit) and resumed by a new runner applies every
    // row exactly once.
    void run_resumesWhereItStopped()
    {
        auto db = freshStore();
        QByteArray file = "UPN,Mobile\n";
        for (int i = 0; i < 40; ++i)
            file += "zed" + QByteArray::number(i).rightJustified(2, '0') + "@contoso.com,+1 425 555 "
                + QByteArray::number(2000 + i) + "\n";
        Checked c = check(*db, file);
        QVERIFY(c.plan);
        QCOMPARE(c.plan->toApply(), 40);
        auto id = ImportRunner::createRun(*db, c.plan.value(), u"t"_s, u"t"_s);
        QVERIFY(id);
        {
            Sspr::Services::LocalImportApplier applier(*db, u"t"_s);
            ImportRunner first(*db, applier);
            QVERIFY(first.open(id.value()));
            first.setBatchSize(7);
            QVERIFY(first.step());
            QVERIFY(first.step());
            QCOMPARE(first.progress().finished, 14);
        } // the process "dies": the runner and its state are gone
        auto unfinished = Sspr::Store::ImportJournal(*db).latestUnfinished(c.plan->sourceHash, u"phones"_s);
        QVERIFY(unfinished && unfinished->has_value());
        QCOMPARE(unfinished->value().id, id.value());
        Sspr::Services::LocalImportApplier applier(*db, u"t"_s);
        ImportRunner second(*db, applier);
        QVERIFY(second.open(id.value()));
        QCOMPARE(second.progress().pending, 26);
        second.setBatchSize(7);
        QVERIFY(second.runToEnd());
        QCOMPARE(second.run().state, u"completed"_s);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM user_methods WHERE value LIKE '+1 42555520%'"_s), 40);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM audit_log WHERE action = 'method.add'"_s), 40);
        QCOMPARE(scalar(*db, u"SELECT count(DISTINCT target) FROM audit_log WHERE action = 'method.add'"_s), 40);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM audit_log WHERE action = 'import.finish'"_s), 1);
        // Nothing left to resume.
        auto none = Sspr::Store::ImportJournal(*db).latestUnfinished();
        QVERIFY(none && !none->has_value());
    }

    // A batch that fails half-way is rolled back whole: the journal and the store stay in step.
    void run_failedBatchRollsBackEverything()
    {
        auto db = freshStore();
        Checked c = check(*db, "UPN,Mobile\nhenry@contoso.com,+1 425 555 0101\nkim@contoso.com,+1 425 555 0102\n");
        QVERIFY(c.plan);
        auto id = ImportRunner::createRun(*db, c.plan.value(), u"t"_s, u"t"_s);
        QVERIFY(id);
        class FailingApplier final : public Sspr::Services::ImportApplier
        {
        public:
            explicit FailingApplier(Database &db)
                : m_local(db, u"t"_s)
            { }
            QString backend() const override { return u"failing"_s; }
            Sspr::Core::Result<Sspr::Store::ImportRowRecord> apply(
                const Sspr::Store::ImportRunRecord &run, const Sspr::Store::ImportRowRecord &row) override
            {
                if (row.seq == 2)
                    return Sspr::Core::Error {u"disk full"_s};
                return m_local.apply(run, row);
            }

        private:
            Sspr::Services::LocalImportApplier m_local;
        } failing(*db);
        const QString before = fingerprint(*db);
        ImportRunner runner(*db, failing);
        QVERIFY(runner.open(id.value()));
        QSignalSpy errors(&runner, &ImportRunner::errorOccurred);
        const auto s = runner.runToEnd();
        QVERIFY(!s);
        QCOMPARE(s.errorMessage(), u"disk full"_s);
        QCOMPARE(fingerprint(*db), before);
        QCOMPARE(Sspr::Store::ImportJournal(*db).counts(id.value())->pending, 2);
    }

    void run_eventLoopProgressPauseCancel()
    {
        auto db = freshStore();
        QByteArray file = "UPN,Mobile\n";
        for (int i = 0; i < 40; ++i)
            file += "zed" + QByteArray::number(i).rightJustified(2, '0') + "@contoso.com,+1 425 555 "
                + QByteArray::number(3000 + i) + "\n";
        Checked c = check(*db, file);
        QVERIFY(c.plan);
        auto id = ImportRunner::createRun(*db, c.plan.value(), u"t"_s, u"t"_s);
        Sspr::Services::LocalImportApplier applier(*db, u"t"_s);
        ImportRunner runner(*db, applier);
        QVERIFY(runner.open(id.value()));
        runner.setBatchSize(4);
        QSignalSpy progressed(&runner, &ImportRunner::progressed);
        QSignalSpy finished(&runner, &ImportRunner::finished);
        // Pause after the second batch, from a slot, as the wizard's Pause button does.
        connect(&runner, &ImportRunner::progressed, &runner, [&runner](const Sspr::Services::ImportProgress &p) {
            if (p.finished == 8)
                runner.pause();
        });
        runner.start();
        QTRY_COMPARE(runner.state(), ImportRunner::State::Paused);
        QCOMPARE(runner.progress().finished, 8);
        QCOMPARE(Sspr::Store::ImportJournal(*db).run(id.value())->state, u"paused"_s);
        QVERIFY(runner.progress().rowsPerSecond >= 0);
        const int before = int(progressed.count());
        runner.start(); // resume
        QTRY_VERIFY(progressed.count() > before + 1);
        runner.cancel();
        QCOMPARE(runner.state(), ImportRunner::State::Cancelled);
        QCOMPARE(finished.count(), 1);
        const auto counts = Sspr::Store::ImportJournal(*db).counts(id.value()).value();
        QCOMPARE(counts.pending, 0);
        QCOMPARE(counts.done + counts.skipped, 40);
        QVERIFY(counts.done >= 12 && counts.done < 40);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM user_methods WHERE value LIKE '+1 42555530%'"_s), counts.done);
        QCOMPARE(Sspr::Store::ImportJournal(*db).run(id.value())->state, u"cancelled"_s);
    }

    // The bulk writer keeps the method mask and the phone index exactly as UserWriter does.
    void batchWriter_agreesWithUserWriter()
    {
        auto viaImport = freshStore();
        auto viaService = freshStore();
        QVERIFY(viaImport && viaService);
        Checked c = check(*viaImport,
            "UPN,Mobile,Office\nbob@contoso.com,+49 170 1234567,+49 30 1234567 x9\n"
            "carol@contoso.com,+1 425 555 0112,\nerin@contoso.com,,+44 20 7946 0018\n");
        QVERIFY(c.plan);
        c.plan.value().setExistingPolicy(ExistingPolicy::Overwrite);
        QVERIFY(applyPlan(*viaImport, c.plan.value()) > 0);

        Sspr::Services::EnrollmentService service(*viaService, u"t"_s, u"t"_s);
        QVERIFY(service.addPhone(2, MethodType::MobilePhone, u"+49 170 1234567"_s));
        QVERIFY(service.addPhone(2, MethodType::OfficePhone, u"+49 30 1234567 x9"_s));
        QVERIFY(service.updatePhone(3, Sspr::Core::fixedMethodId(MethodType::MobilePhone), u"+1 425 555 0112"_s));
        QVERIFY(service.addPhone(5, MethodType::OfficePhone, u"+44 20 7946 0018"_s));

        auto tokens = [](Database &db) {
            QStringList out;
            QSqlQuery q(db.connection());
            q.exec(u"SELECT u.uid, u.method_mask, coalesce(f.digits, '') FROM users u "
                   "LEFT JOIN users_phone_fts f ON f.rowid = u.sort_key ORDER BY u.uid"_s);
            while (q.next()) {
                QStringList terms = q.value(2).toString().split(u' ', Qt::SkipEmptyParts);
                terms.sort();
                out << u"%1 %2 %3"_s.arg(q.value(0).toString(), q.value(1).toString(), terms.join(u' '));
            }
            q.exec(u"SELECT uid, id, type, value, phone_digits FROM user_methods ORDER BY uid, id"_s);
            while (q.next())
                out << u"%1 %2 %3 %4 %5"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString());
            return out;
        };
        QCOMPARE(tokens(*viaImport), tokens(*viaService));
        // Search finds the imported number by any run of its digits.
        Sspr::Store::UserFilter filter;
        filter.text = u"1234567"_s;
        auto found = Sspr::Store::UserDirectory(*viaImport).page(filter, {}, 10);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->constFirst().userPrincipalName, u"bob@contoso.com"_s);
    }

    // The store changed between the preview and the apply: every row is checked again.
    void apply_rechecksAgainstTheStoreAsItIsNow()
    {
        auto db = freshStore();
        Checked c = check(*db,
            "UPN,Mobile,Alternate\nhenry@contoso.com,+1 425 555 0101,\n"
            "kim@contoso.com,+1 425 555 0102,\n");
        QVERIFY(c.plan);
        auto id = ImportRunner::createRun(*db, c.plan.value(), u"t"_s, u"t"_s);
        QVERIFY(id);
        // Meanwhile someone gives Henry a mobile phone.
        Sspr::Services::EnrollmentService service(*db, u"t"_s, u"t"_s);
        QVERIFY(service.addPhone(8, MethodType::MobilePhone, u"+1 425 555 0999"_s));
        Sspr::Services::LocalImportApplier applier(*db, u"t"_s);
        ImportRunner runner(*db, applier);
        QVERIFY(runner.open(id.value()));
        QVERIFY(runner.runToEnd());
        QCOMPARE(runner.progress().done, 1);
        QCOMPARE(runner.progress().skipped, 1);
        QCOMPARE(Sspr::Store::UserDirectory(*db).user(8)->methods.constFirst().value, u"+1 4255550999"_s);
    }

    void lookup_similarUpns()
    {
        auto db = freshStore();
        Sspr::Store::ImportLookup lookup(*db);
        auto similar = lookup.similarUpns(u"alice@fabrikam.com"_s);
        QVERIFY(similar);
        QCOMPARE(similar->value(0), u"alice@contoso.com"_s); // same name, other domain
        similar = lookup.similarUpns(u"jduy@contoso.com"_s);
        QVERIFY(similar);
        QVERIFY(similar->contains(u"judy@contoso.com"_s));
        QVERIFY(lookup.similarUpns(u"qqqqqqq@contoso.com"_s)->isEmpty());
        auto users = lookup.usersByUpn({u"ALICE@contoso.com"_s, u"nobody@contoso.com"_s, u"\"'; DROP"_s});
        QVERIFY(users);
        QCOMPARE(users->size(), 1);
        QCOMPARE(users->value(u"ALICE@contoso.com"_s).userPrincipalName, u"alice@contoso.com"_s);
        QCOMPARE(users->value(u"ALICE@contoso.com"_s).methods.size(), 1);
    }

    void options_roundTripThroughJson()
    {
        ImportOptions options;
        options.kind = ImportKind::Phones;
        options.phoneType = MethodType::OfficePhone;
        options.defaultRegion = u"de"_s;
        options.existing = ExistingPolicy::Overwrite;
        options.allowShared = true;
        const auto back = ImportOptions::fromJson(options.toJson({}));
        QVERIFY(back);
        QVERIFY(back->sameChoices(options));
        QVERIFY(!ImportOptions::fromJson(u"{\"kind\":\"faxes\"}"_s));
    }
};

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
