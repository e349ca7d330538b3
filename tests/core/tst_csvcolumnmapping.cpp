#include "csvcolumnmapping.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using Sspr::Core::CsvColumnMapping;
using Sspr::Core::CsvColumnRole;
using Sspr::Core::CsvRecord;
using Sspr::Core::CsvTable;

namespace {

CsvRecord record(const QStringList &fields, qsizetype line = 1)
{
    return CsvRecord {line, fields};
}

CsvTable table(const QList<QStringList> &rows)
{
    CsvTable table;
    qsizetype line = 0;
    for (const QStringList &row : rows)
        table.records.append(record(row, ++line));
    return table;
}

const QList<CsvColumnRole> kPhoneRoles {CsvColumnRole::Mobile, CsvColumnRole::Office, CsvColumnRole::AlternateMobile};

} // namespace

class TestCsvColumnMapping final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roleForHeader_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("role"); // -1: none

        const auto add = [](const QString &header, int role) {
            QTest::newRow(qPrintable(header)) << header << role;
        };
        const int user = int(CsvColumnRole::User);
        const int mobile = int(CsvColumnRole::Mobile);
        const int office = int(CsvColumnRole::Office);
        const int alternate = int(CsvColumnRole::AlternateMobile);
        const int email = int(CsvColumnRole::AlternateEmail);
        const int country = int(CsvColumnRole::Country);
        for (const QString &h : {u"UPN"_s, u"userPrincipalName"_s, u"User Principal Name"_s, u"user_principal_name"_s,
                 u"user"_s, u"Login"_s, u"email"_s, u"Mail"_s, u"E-Mail"_s, u" e_mail "_s})
            add(h, user);
        for (const QString &h : {u"mobile"_s, u"MobilePhone"_s, u"Mobile phone"_s, u"phone"_s, u"Phone Number"_s,
                 u"phone_number"_s, u"Mobile number"_s, u"cell"_s, u"Handy"_s, u"Telefone"_s, u"Celular"_s, u"Móvil"_s})
            add(h, mobile);
        for (const QString &h : {u"office"_s, u"OfficePhone"_s, u"Business Phone"_s, u"businessPhones"_s,
                 u"Work phone"_s, u"telephoneNumber"_s})
            add(h, office);
        for (const QString &h :
            {u"alternate"_s, u"AlternateMobile"_s, u"Alternate mobile phone"_s, u"alternate_mobile_phone"_s})
            add(h, alternate);
        for (const QString &h : {u"alternateEmail"_s, u"Alternate email"_s, u"otherEmail"_s, u"otherMails"_s})
            add(h, email);
        for (const QString &h : {u"country"_s, u"Region"_s, u"Country code"_s, u"usageLocation"_s, u"Country/Region"_s})
            add(h, country);
        for (const QString &h :
            {QString(), u"  "_s, u"Name"_s, u"Display name"_s, u"phones"_s, u"mobile2"_s, u"alternate office"_s})
            add(h.isEmpty() ? u"(empty)"_s : h, -1);
    }

    void roleForHeader()
    {
        QFETCH(QString, header);
        QFETCH(int, role);
        const auto found = CsvColumnMapping::roleForHeader(header == u"(empty)"_s ? QString() : header);
        QCOMPARE(found ? int(*found) : -1, role);
    }

    void roleKeys_roundTrip()
    {
        for (int i = 0; i < Sspr::Core::CsvColumnRoleCount; ++i) {
            const auto role = CsvColumnRole(i);
            QCOMPARE(CsvColumnMapping::roleFromKey(CsvColumnMapping::roleKey(role)), role);
            QVERIFY(!CsvColumnMapping::roleDisplayName(role).isEmpty());
        }
        QCOMPARE(CsvColumnMapping::roleKey(CsvColumnRole::AlternateMobile), u"alternateMobile"_s);
        QVERIFY(!CsvColumnMapping::roleFromKey(u"pager"_s));
    }

    void detect_data()
    {
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<bool>("hasHeader");
        QTest::addColumn<QList<int>>("columns"); // by role: user, mobile, office, alternate, email, country

        QTest::newRow("portal export") << QStringList {u"\uFEFFUser Principal Name"_s, u"Mobile Phone"_s,
            u"Office Phone"_s, u"Usage Location"_s}
                                       << true << QList<int> {0, 1, 2, -1, -1, 3};
        QTest::newRow("every role") << QStringList {u"Country"_s, u"alternate email"_s, u"alternate"_s, u"office"_s,
            u"mobile"_s, u"upn"_s} << true
                                    << QList<int> {5, 4, 3, 2, 1, 0};
        QTest::newRow("unknown columns ignored") << QStringList {u"Display name"_s, u"UPN"_s, u"Department"_s,
            u"Phone"_s} << true << QList<int> {1, 3, -1, -1, -1, -1};
        QTest::newRow("email is the user without a UPN column")
            << QStringList {u"Email"_s, u"Mobile"_s} << true << QList<int> {0, 1, -1, -1, -1, -1};
        QTest::newRow("UPN wins over email")
            << QStringList {u"Email"_s, u"UPN"_s, u"Mobile"_s} << true << QList<int> {1, 2, -1, -1, -1, -1};
        QTest::newRow("no header, user then phone")
            << QStringList {u"alice@contoso.com"_s, u"+1 425 555 0100"_s} << false << QList<int> {0, 1, -1, -1, -1, -1};
        QTest::newRow("no header, phone then user")
            << QStringList {u"+1 425 555 0100"_s, u"alice@contoso.com"_s} << false << QList<int> {1, 0, -1, -1, -1, -1};
        QTest::newRow("no header, user and email") << QStringList {u"alice@contoso.com"_s, u"alice@example.org"_s}
                                                   << false << QList<int> {0, -1, -1, -1, 1, -1};
        QTest::newRow("unknown header") << QStringList {u"Name"_s, u"Number"_s} << true
                                        << QList<int> {-1, -1, -1, -1, -1, -1};
        QTest::newRow("empty record") << QStringList {} << false << QList<int> {-1, -1, -1, -1, -1, -1};
    }

    void detect()
    {
        QFETCH(QStringList, first);
        QFETCH(bool, hasHeader);
        QFETCH(QList<int>, columns);

        const CsvColumnMapping mapping = CsvColumnMapping::detect(record(first));
        QCOMPARE(mapping.hasHeaderRow(), hasHeader);
        QCOMPARE(mapping.firstDataRecord(), hasHeader ? 1 : 0);
        QList<int> got;
        for (int role = 0; role < Sspr::Core::CsvColumnRoleCount; ++role)
            got.append(mapping.column(CsvColumnRole(role)));
        QCOMPARE(got, columns);
        QVERIFY(mapping.ambiguities().isEmpty());
        QCOMPARE(mapping.columnCount(), first.size());
    }

    void ambiguity_reportedAndResolvedByHand()
    {
        CsvColumnMapping mapping
            = CsvColumnMapping::detect(record({u"UPN"_s, u"Mobile"_s, u"Phone"_s, u"userPrincipalName"_s}));
        QVERIFY(!mapping.isMapped(CsvColumnRole::Mobile));
        QVERIFY(!mapping.isMapped(CsvColumnRole::User));
        QCOMPARE(mapping.ambiguities().size(), 2);
        QCOMPARE(mapping.ambiguities().at(0), (CsvColumnMapping::Ambiguity {CsvColumnRole::User, {0, 3}}));
        QCOMPARE(mapping.ambiguities().at(1), (CsvColumnMapping::Ambiguity {CsvColumnRole::Mobile, {1, 2}}));

        const QStringList problems = mapping.problems(kPhoneRoles);
        QCOMPARE(problems.size(), 2); // one per ambiguity; no "no user column" or "no value column" on top
        QCOMPARE(problems.at(1),
            u"\"Mobile\" (column 2), \"Phone\" (column 3) all look like the mobile phone column; choose the "
            "one to use."_s);

        mapping.setColumn(CsvColumnRole::Mobile, 2);
        mapping.setColumn(CsvColumnRole::User, 0);
        QVERIFY(mapping.ambiguities().isEmpty());
        QCOMPARE(mapping.column(CsvColumnRole::Mobile), 2);
        QVERIFY(mapping.problems(kPhoneRoles).isEmpty());
    }

    void setColumn_movesAColumnBetweenRoles()
    {
        CsvColumnMapping mapping = CsvColumnMapping::detect(record({u"UPN"_s, u"Mobile"_s, u"Office"_s}));
        mapping.setColumn(CsvColumnRole::AlternateMobile, 1);
        QCOMPARE(mapping.column(CsvColumnRole::AlternateMobile), 1);
        QVERIFY(!mapping.isMapped(CsvColumnRole::Mobile));
        QCOMPARE(mapping.roleOfColumn(1), CsvColumnRole::AlternateMobile);
        QCOMPARE(mapping.roleOfColumn(2), CsvColumnRole::Office);
        QVERIFY(!mapping.roleOfColumn(7));

        mapping.setColumn(CsvColumnRole::Office, -1);
        QVERIFY(!mapping.isMapped(CsvColumnRole::Office));
        QVERIFY(!mapping.roleOfColumn(2));

        mapping.setColumn(CsvColumnRole::Country, 5);
        const QStringList problems = mapping.problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.front().contains(u"only 3 columns"_s), qPrintable(problems.front()));
    }

    void problems_data()
    {
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QString>("problem");

        QTest::newRow("no user column") << QStringList {u"Name"_s, u"Mobile"_s}
                                        << u"No column was recognised as the user (user principal name) column; "
                                           "choose it."_s;
        QTest::newRow("no value column")
            << QStringList {u"UPN"_s, u"Country"_s}
            << u"No column was recognised for the value to import (mobile phone, office phone, alternate mobile "
               "phone); choose it."_s;
        QTest::newRow("usable") << QStringList {u"UPN"_s, u"Office"_s} << QString();
    }

    void problems()
    {
        QFETCH(QStringList, first);
        QFETCH(QString, problem);
        const QStringList problems = CsvColumnMapping::detect(record(first)).problems(kPhoneRoles);
        QCOMPARE(problems, problem.isEmpty() ? QStringList() : QStringList {problem});
    }

    void validate_tableOutcomes()
    {
        const CsvTable empty;
        CsvColumnMapping mapping = CsvColumnMapping::detect(empty);
        QCOMPARE(mapping.validate(empty, kPhoneRoles).errorMessage(), u"The file is empty: it contains no rows."_s);

        const CsvTable headerOnly = table({{u"UPN"_s, u"Mobile"_s}});
        mapping = CsvColumnMapping::detect(headerOnly);
        QCOMPARE(
            mapping.validate(headerOnly, kPhoneRoles).errorMessage(), u"The file has a header row but no data rows."_s);

        const CsvTable oneDataRowNoHeader = table({{u"alice@contoso.com"_s, u"+1 425 555 0100"_s}});
        mapping = CsvColumnMapping::detect(oneDataRowNoHeader);
        QVERIFY(mapping.validate(oneDataRowNoHeader, kPhoneRoles));

        const CsvTable good = table({{u"UPN"_s, u"Mobile"_s}, {u"alice@contoso.com"_s, u"+1 425 555 0100"_s}});
        mapping = CsvColumnMapping::detect(good);
        QVERIFY(mapping.validate(good, kPhoneRoles));
        QVERIFY(!mapping.validate(good, {CsvColumnRole::AlternateEmail}));
    }

    void value_trimsAndToleratesShortRows()
    {
        const CsvColumnMapping mapping = CsvColumnMapping::detect(record({u"UPN"_s, u"Mobile"_s, u"Country"_s}));
        const CsvRecord full = record({u" alice@contoso.com "_s, u"\t+1 425 555 0100 "_s, u"US"_s}, 2);
        QCOMPARE(mapping.value(full, CsvColumnRole::User), u"alice@contoso.com"_s);
        QCOMPARE(mapping.value(full, CsvColumnRole::Mobile), u"+1 425 555 0100"_s);
        QCOMPARE(mapping.value(full, CsvColumnRole::Office), QString());
        const CsvRecord shortRow = record({u"bob@contoso.com"_s}, 3);
        QCOMPARE(mapping.value(shortRow, CsvColumnRole::Country), QString());
    }

    void columnName()
    {
        CsvColumnMapping mapping = CsvColumnMapping::detect(record({u"UPN"_s, QString()}));
        QCOMPARE(mapping.columnName(0), u"\"UPN\" (column 1)"_s);
        QCOMPARE(mapping.columnName(1), u"column 2"_s);
        mapping.setHasHeaderRow(false);
        QCOMPARE(mapping.columnName(0), u"column 1"_s);
    }
};

QTEST_GUILESS_MAIN(TestCsvColumnMapping)
#include "tst_csvcolumnmapping.moc"
