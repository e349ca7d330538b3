// UserDirectory against a hand-built tenant whose answers are known: keyset paging in every order, counts, every
// filter (shared numbers included), search quoting and partial phone digits.
#include "database.h"
#include "searchterms.h"
#include "ssprpolicy.h"
#include "tenantwriter.h"
#include "userdirectory.h"

#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using Sspr::Core::AuthMethod;
using Sspr::Core::MethodType;
using Sspr::Core::UserRecord;
using Sspr::Store::UserFilter;

Q_DECLARE_METATYPE(Sspr::Store::UserFilter)

namespace {

// Groups, by index (gid = index + 1): Password Self Reset contains Pilot, which contains Pilot Sub; Cycle A and
// Cycle B contain each other.
enum GroupIndex { GPsr, GPilot, GSales, GPilotSub, GCycleA, GCycleB, GroupCount };

struct Spec
{
    UserRecord user;
    QList<int> groups;
};

AuthMethod method(MethodType type, const QString &value, bool usable = true)
{
    AuthMethod m;
    m.type = type;
    m.id = Sspr::Core::fixedMethodId(type);
    if (m.id.isEmpty())
        m.id = u"id-"_s + value;
    m.value = value;
    m.usable = usable;
    if (!usable)
        m.unusableReason = u"Expired"_s;
    m.createdAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4), Qt::UTC);
    return m;
}

Spec person(const QString &given, const QString &surname, const QString &local, const QString &department,
    const QString &country)
{
    static int next = 0;
    Spec s;
    s.user.id = u"00000000-0000-0000-0000-"_s + QString::number(++next).rightJustified(12, u'0');
    s.user.givenName = given;
    s.user.surname = surname;
    s.user.displayName = surname.isEmpty() ? given : given + u' ' + surname;
    s.user.userPrincipalName = local + u"@contoso.com"_s;
    s.user.mail = s.user.userPrincipalName;
    s.user.department = department;
    s.user.country = country;
    s.user.usageLocation = u"US"_s;
    return s;
}

// The tenant, in the order the writer needs: by display name (then UPN), because sort_key follows insertion.
QList<Spec> tenant()
{
    QList<Spec> specs;
    auto add = [&specs](Spec s) -> Spec & {
        specs.append(std::move(s));
        return specs.last();
    };
    add(person(u"Adele"_s, u"Vance"_s, u"adele.vance"_s, u"Sales"_s, u"United States"_s));
    specs.last().user.methods
        = {method(MethodType::MobilePhone, u"+1 4255550100"_s), method(MethodType::Email, u"adele@example.org"_s)};
    specs.last().groups = {GPsr, GSales};
    add(person(u"Alex"_s, u"Wilber"_s, u"alex.wilber"_s, u"Sales"_s, u"United States"_s));
    specs.last().user.methods = {method(MethodType::MobilePhone, u"+1 4255550100"_s)};
    specs.last().groups = {GPilot};
    // The same number as an office phone with an extension: shared only with the same extension (Orla), not with
    // the number without one (Adele, Alex) nor with another extension (Anna): a switchboard's lines are not shared.
    add(person(u"Carol"_s, u"Ng"_s, u"carol.ng"_s, u"IT"_s, QString()));
    specs.last().user.methods = {method(MethodType::OfficePhone, u"+1 4255550100x12"_s)};
    specs.last().groups = {GPilotSub};
    add(person(u"Dan"_s, u"Jump"_s, u"dan.jump"_s, u"IT"_s, u"United Kingdom"_s));
    specs.last().user.methods = {method(MethodType::MobilePhone, u"+44 7400123400"_s),
        method(MethodType::AlternateMobilePhone, u"+44 7400123456"_s)};
    specs.last().user.adminRoles = {u"Global Administrator"_s};
    add(person(u"Erin"_s, u"Lake"_s, u"erin.lake"_s, QString(), u"United Kingdom"_s));
    specs.last().user.methods = {method(MethodType::MobilePhone, u"+44 7400123456"_s)};
    specs.last().user.accountEnabled = false;
    // A profile mobile phone equal to Adele's method: profile data, so not a shared method (but found by search).
    add(person(u"Frank"_s, u"Hill"_s, u"frank.hill"_s, u"Ops"_s, u"Germany"_s));
    specs.last().user.mobilePhone = u"+1 4255550100"_s;
    // One account with the same number twice: not shared with anybody.
    add(person(u"Hank"_s, u"Moss"_s, u"hank.moss"_s, u"Ops"_s, u"Germany"_s));
    specs.last().user.methods = {
        method(MethodType::MobilePhone, u"+49 15112345678"_s), method(MethodType::OfficePhone, u"+49 15112345678"_s)};
    add(person(u"Hundred"_s, u"Percent"_s, u"100percent"_s, u"Ops"_s, QString()));
    add(person(u"Iris"_s, u"Cycle"_s, u"iris.cycle"_s, u"Sales"_s, u"Germany"_s));
    specs.last().user.businessPhones = {u"+1 (206) 555-0199"_s};
    specs.last().groups = {GCycleA};
    add(person(u"Jean-Luc"_s, u"Picard"_s, u"jean-luc.picard"_s, u"IT"_s, u"France"_s));
    specs.last().user.methods
        = {method(MethodType::MicrosoftAuthenticator, u"Pixel 8"_s), method(MethodType::Email, u"jl@example.org"_s)};
    specs.last().groups = {GPsr};
    add(person(u"Kim"_s, u"Akers"_s, u"kim.akers"_s, u"Sales"_s, u"United States"_s));
    specs.last().user.methods = {method(MethodType::Email, u"kim@example.org"_s)};
    specs.last().user.userType = u"Guest"_s;
    specs.last().groups = {GPsr};
    add(person(u"Kim"_s, u"O'Brien"_s, u"kim.obrien"_s, u"Legal"_s, u"Ireland"_s));
    specs.last().user.methods = {method(MethodType::OfficePhone, u"+44 2079460018"_s)};
    specs.last().user.adminRoles = {u"Helpdesk Administrator"_s, u"User Administrator"_s};
    add(person(u"Kimberly"_s, u"Ross"_s, u"kimberly.ross"_s, u"Legal"_s, u"United States"_s));
    specs.last().user.methods = {method(MethodType::MicrosoftAuthenticator, u"iPhone"_s),
        method(MethodType::TemporaryAccessPass, u"TAP"_s, false)};
    add(person(u"Orla"_s, u"Andrews"_s, u"orla.andrews"_s, u"Sales"_s, u"Ireland"_s));
    specs.last().user.methods = {method(MethodType::OfficePhone, u"+1 4255550100x12"_s)};
    specs.last().groups = {GSales};
    add(person(u"Anna"_s, u"Near"_s, u"anna.near"_s, u"Ops"_s, u"Germany"_s));
    specs.last().user.methods = {method(MethodType::OfficePhone, u"+1 4255550100x13"_s)};
    add(person(u"Zoë"_s, u"Keller"_s, u"zoe.keller"_s, u"Legal"_s, u"Switzerland"_s));
    specs.last().user.methods = {method(MethodType::Email, u"zoe@example.org"_s, false)};

    // Fillers: many ties in department and country, so that keyset pages must break ties by sort_key.
    const QString departments[] = {u"Sales"_s, QString(), u"IT"_s, u"Ops"_s};
    const QString countries[] = {u"Germany"_s, u"United States"_s, QString()};
    for (int i = 1; i <= 40; ++i) {
        const QString n = QString::number(i).rightJustified(2, u'0');
        Spec &s = add(person(u"Filler"_s, n, u"filler"_s + n, departments[i % 4], countries[i % 3]));
        if (i % 5 == 0)
            s.user.methods = {method(MethodType::Email, u"filler"_s + n + u"@example.org"_s)};
        if (i % 7 == 0)
            s.user.methods.append(method(MethodType::MobilePhone, u"+33 61234%1"_s.arg(5000 + i)));
        if (i % 3 == 0)
            s.groups = {GPilotSub};
        if (i % 11 == 0)
            s.user.accountEnabled = false;
        if (i == 13)
            s.user.userPrincipalName = u"FILLER13@contoso.com"_s; // mixed case: UPN order is case-insensitive
    }
    std::stable_sort(specs.begin(), specs.end(), [](const Spec &a, const Spec &b) {
        const int c = a.user.displayName.compare(b.user.displayName, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.user.userPrincipalName.compare(b.user.userPrincipalName, Qt::CaseInsensitive) < 0;
    });
    return specs;
}

// What makes two numbers the same line: every digit, the extension's included ("+1 425x12" -> "1425x12").
QString lineOf(const QString &number)
{
    QString out;
    for (QChar c : number) {
        if (c == u'x' || c.isDigit())
            out += c;
    }
    return out;
}

QString localOf(const QString &upn)
{
    return upn.left(upn.indexOf(u'@')).toLower();
}

int bit(MethodType t)
{
    return Sspr::Core::methodBit(t);
}

// What each filter must answer, straight from the specs (the oracle).
bool expected(const UserFilter &f, const QList<Spec> &specs, int index, const QList<qint64> &scopeGids)
{
    const UserRecord &u = specs.at(index).user;
    int mask = 0;
    for (const AuthMethod &m : u.methods)
        if (m.usable)
            mask |= Sspr::Core::methodBit(m.type);
    if (f.inSsprScope != UserFilter::Tri::Any) {
        bool inScope = false;
        switch (f.scope) {
        case UserFilter::Scope::None:
            break;
        case UserFilter::Scope::All:
            inScope = u.userType == u"Member"_s;
            break;
        case UserFilter::Scope::Groups:
            inScope = u.userType == u"Member"_s
                && std::any_of(specs.at(index).groups.cbegin(), specs.at(index).groups.cend(),
                    [&](int g) { return scopeGids.contains(g + 1); });
            break;
        }
        if (inScope != (f.inSsprScope == UserFilter::Tri::Yes))
            return false;
    }
    if (f.ssprRegistered != UserFilter::Tri::Any) {
        int n = 0;
        for (int b : f.registeredMethodBits)
            n += (mask & b) ? 1 : 0;
        if ((n >= f.requiredMethods) != (f.ssprRegistered == UserFilter::Tri::Yes))
            return false;
    }
    if (f.adminsOnly && u.adminRoles.isEmpty())
        return false;
    if (f.disabledOnly && u.accountEnabled)
        return false;
    if (f.noMethodsOnly && mask != 0)
        return false;
    if (f.sharedNumberOnly) {
        bool shared = false;
        for (const AuthMethod &m : u.methods) {
            if (!Sspr::Core::isPhoneType(m.type))
                continue;
            for (int j = 0; j < specs.size() && !shared; ++j) {
                if (j == index)
                    continue;
                for (const AuthMethod &o : specs.at(j).user.methods)
                    shared = shared || (Sspr::Core::isPhoneType(o.type) && lineOf(o.value) == lineOf(m.value));
            }
        }
        if (!shared)
            return false;
    }
    if (f.text == u"filler"_s)
        return u.displayName.startsWith(u"Filler"_s);
    if (f.text == u"kim"_s)
        return u.givenName == u"Kim"_s || u.givenName == u"Kimberly"_s;
    return f.text.isEmpty();
}

QString sortValue(const Sspr::Store::UserRow &row, UserFilter::SortColumn column)
{
    switch (column) {
    case UserFilter::SortColumn::DisplayName:
        return {};
    case UserFilter::SortColumn::UserPrincipalName:
        return row.userPrincipalName.toLower(); // the column is COLLATE NOCASE
    case UserFilter::SortColumn::Department:
        return row.department;
    case UserFilter::SortColumn::Country:
        return row.country;
    }
    return {};
}

} // namespace

class TestUserDirectory final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sspr::Store::Database> m_db;
    QList<Spec> m_specs;
    QList<qint64> m_psrScope; // Password Self Reset, nesting expanded

    QStringList upns(const UserFilter &filter, int pageSize = 10000)
    {
        Sspr::Store::UserDirectory directory(*m_db);
        QStringList out;
        Sspr::Store::UserCursor cursor;
        for (;;) {
            auto page = directory.page(filter, cursor, pageSize);
            if (!page) {
                qWarning("page failed: %s", qPrintable(page.errorMessage()));
                return {u"<error>"_s};
            }
            for (const auto &row : page.value())
                out << localOf(row.userPrincipalName);
            if (page->size() < pageSize)
                break;
            cursor = Sspr::Store::UserDirectory::cursorAfter(filter, page->constLast());
        }
        return out;
    }

    QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto db = Sspr::Store::Database::open(
            m_dir.filePath(u"directory.sqlite"_s), Sspr::Store::Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        m_specs = tenant();

        Sspr::Store::TenantWriter writer(*m_db);
        QVERIFY(writer.begin(u"Hand-built"_s, u"contoso.com"_s));
        const QString names[GroupCount]
            = {u"Password Self Reset"_s, u"Pilot"_s, u"Sales"_s, u"Pilot Sub"_s, u"Cycle A"_s, u"Cycle B"_s};
        for (int g = 0; g < GroupCount; ++g) {
            Sspr::Core::GroupRecord group;
            group.id = u"group-%1"_s.arg(g);
            group.displayName = names[g];
            writer.addGroup(group);
        }
        writer.addNestedGroup(GPsr, GPilot);
        writer.addNestedGroup(GPilot, GPilotSub);
        writer.addNestedGroup(GCycleA, GCycleB);
        writer.addNestedGroup(GCycleB, GCycleA);
        for (int i = 0; i < m_specs.size(); ++i) {
            writer.addUser(m_specs.at(i).user, m_specs.at(i).groups);
        }
        QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
        QVERIFY(writer.finish(Sspr::Core::SsprPolicy()));

        Sspr::Store::UserDirectory directory(*m_db);
        auto scope = directory.expandNestedGroups({GPsr + 1});
        QVERIFY(scope);
        m_psrScope = scope.value();
    }

    void expandNestedGroups_followsDepthAndStopsAtCycles()
    {
        Sspr::Store::UserDirectory directory(*m_db);
        QCOMPARE(m_psrScope, (QList<qint64> {GPsr + 1, GPilot + 1, GPilotSub + 1}));
        auto cycle = directory.expandNestedGroups({GCycleB + 1});
        QVERIFY(cycle);
        QCOMPARE(cycle.value(), (QList<qint64> {GCycleA + 1, GCycleB + 1}));
        auto none = directory.expandNestedGroups({});
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        auto gid = directory.groupIdFor(u"group-3"_s);
        QVERIFY(gid);
        QCOMPARE(gid.value(), qint64(GPilotSub + 1));
    }

    void userAndUid_roundTrip()
    {
        Sspr::Store::UserDirectory directory(*m_db);
        auto uid = directory.uidForUpn(u"  KIM.OBRIEN@contoso.com "_s);
        QVERIFY(uid);
        QVERIFY(uid.value() > 0);
        auto user = directory.user(uid.value());
        QVERIFY(user);
        QCOMPARE(user->displayName, u"Kim O'Brien"_s);
        QCOMPARE(user->adminRoles, (QStringList {u"Helpdesk Administrator"_s, u"User Administrator"_s}));
        QCOMPARE(user->methods.size(), 1);
        QCOMPARE(user->methods.constFirst().value, u"+44 2079460018"_s);
        auto missing = directory.uidForUpn(u"nobody@contoso.com"_s);
        QVERIFY(missing);
        QCOMPARE(missing.value(), qint64(0));
        QVERIFY(!directory.user(999999));
    }

    // Every filter in every sort order, both directions, in pages of 7: no duplicates, no gaps, the same rows as
    // one big page, ordered, and COUNT(*) equal to the rows paged through.
    void paging_everyFilterEverySortOrder_data()
    {
        QTest::addColumn<UserFilter>("filter");
        QList<QPair<QString, UserFilter>> filters;
        auto make = [&filters](const QString &name, const std::function<void(UserFilter &)> &set) {
            UserFilter f;
            set(f);
            filters.append({name, f});
        };
        make(u"all"_s, [](UserFilter &) {});
        make(u"text filler"_s, [](UserFilter &f) { f.text = u"filler"_s; });
        make(u"text kim"_s, [](UserFilter &f) { f.text = u"kim"_s; });
        make(u"scope none yes"_s, [](UserFilter &f) {
            f.scope = UserFilter::Scope::None;
            f.inSsprScope = UserFilter::Tri::Yes;
        });
        make(u"scope none no"_s, [](UserFilter &f) {
            f.scope = UserFilter::Scope::None;
            f.inSsprScope = UserFilter::Tri::No;
        });
        make(u"scope all yes"_s, [](UserFilter &f) { f.inSsprScope = UserFilter::Tri::Yes; });
        make(u"scope all no"_s, [](UserFilter &f) { f.inSsprScope = UserFilter::Tri::No; });
        const QList<qint64> psr = {GPsr + 1, GPilot + 1, GPilotSub + 1};
        make(u"scope group yes"_s, [psr](UserFilter &f) {
            f.scope = UserFilter::Scope::Groups;
            f.scopeGroupIds = psr;
            f.inSsprScope = UserFilter::Tri::Yes;
        });
        make(u"scope group no"_s, [psr](UserFilter &f) {
            f.scope = UserFilter::Scope::Groups;
            f.scopeGroupIds = psr;
            f.inSsprScope = UserFilter::Tri::No;
        });
        make(u"scope group, no groups"_s, [](UserFilter &f) {
            f.scope = UserFilter::Scope::Groups;
            f.inSsprScope = UserFilter::Tri::Yes;
        });
        const QList<int> phoneEmail
            = {bit(MethodType::MobilePhone), bit(MethodType::OfficePhone), bit(MethodType::Email)};
        make(u"registered 1 of phone/email"_s, [phoneEmail](UserFilter &f) {
            f.registeredMethodBits = phoneEmail;
            f.ssprRegistered = UserFilter::Tri::Yes;
        });
        make(u"not registered 1 of phone/email"_s, [phoneEmail](UserFilter &f) {
            f.registeredMethodBits = phoneEmail;
            f.ssprRegistered = UserFilter::Tri::No;
        });
        make(u"registered 2 of phone/email/app"_s, [phoneEmail](UserFilter &f) {
            f.registeredMethodBits = phoneEmail;
            f.registeredMethodBits << bit(MethodType::MicrosoftAuthenticator);
            f.requiredMethods = 2;
            f.ssprRegistered = UserFilter::Tri::Yes;
        });
        make(u"registered, no qualifying methods"_s, [](UserFilter &f) { f.ssprRegistered = UserFilter::Tri::Yes; });
        make(u"admins"_s, [](UserFilter &f) { f.adminsOnly = true; });
        make(u"disabled"_s, [](UserFilter &f) { f.disabledOnly = true; });
        make(u"no methods"_s, [](UserFilter &f) { f.noMethodsOnly = true; });
        make(u"shared number"_s, [](UserFilter &f) { f.sharedNumberOnly = true; });
        make(u"shared number + disabled"_s, [](UserFilter &f) {
            f.sharedNumberOnly = true;
            f.disabledOnly = true;
        });
        make(u"filler in scope, no methods"_s, [psr](UserFilter &f) {
            f.text = u"filler"_s;
            f.scope = UserFilter::Scope::Groups;
            f.scopeGroupIds = psr;
            f.inSsprScope = UserFilter::Tri::Yes;
            f.noMethodsOnly = true;
        });

        const QPair<QString, UserFilter::SortColumn> columns[] = {
            {u"name"_s, UserFilter::SortColumn::DisplayName},
            {u"upn"_s, UserFilter::SortColumn::UserPrincipalName},
            {u"department"_s, UserFilter::SortColumn::Department},
            {u"country"_s, UserFilter::SortColumn::Country},
        };
        for (const auto &[name, filter] : std::as_const(filters)) {
            for (const auto &[columnName, column] : columns) {
                for (bool descending : {false, true}) {
                    UserFilter f = filter;
                    f.sortColumn = column;
                    f.descending = descending;
                    QTest::addRow("%s, %s %s", qPrintable(name), qPrintable(columnName), descending ? "desc" : "asc")
                        << f;
                }
            }
        }
    }

    void paging_everyFilterEverySortOrder()
    {
        QFETCH(UserFilter, filter);
        QStringList want;
        for (int i = 0; i < m_specs.size(); ++i)
            if (expected(filter, m_specs, i, filter.scopeGroupIds))
                want << localOf(m_specs.at(i).user.userPrincipalName);

        Sspr::Store::UserDirectory directory(*m_db);
        auto whole = directory.page(filter, {}, 10000);
        QVERIFY2(whole, qPrintable(whole.errorMessage()));
        QList<Sspr::Store::UserRow> rows;
        Sspr::Store::UserCursor cursor;
        for (int guard = 0; guard < 100; ++guard) {
            auto page = directory.page(filter, cursor, 7);
            QVERIFY2(page, qPrintable(page.errorMessage()));
            QVERIFY(page->size() <= 7);
            rows << page.value();
            if (page->size() < 7)
                break;
            cursor = Sspr::Store::UserDirectory::cursorAfter(filter, page->constLast());
        }
        QStringList paged;
        QSet<qint64> uids;
        for (const auto &row : std::as_const(rows)) {
            paged << localOf(row.userPrincipalName);
            uids.insert(row.uid);
        }
        QCOMPARE(uids.size(), rows.size()); // no duplicates
        QCOMPARE(sorted(paged), sorted(want)); // no gaps, nothing extra
        QStringList wholeUpns;
        for (const auto &row : whole.value())
            wholeUpns << localOf(row.userPrincipalName);
        QCOMPARE(paged, wholeUpns); // pages join up into the same order as one query

        // Ordered by (sort value, sort_key), strictly, in the requested direction.
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const auto &a = rows.at(i - 1);
            const auto &b = rows.at(i);
            const int c = QString::compare(sortValue(a, filter.sortColumn), sortValue(b, filter.sortColumn));
            const bool inOrder = filter.descending ? (c > 0 || (c == 0 && a.sortKey > b.sortKey))
                                                   : (c < 0 || (c == 0 && a.sortKey < b.sortKey));
            QVERIFY2(inOrder, qPrintable(u"%1 then %2"_s.arg(a.userPrincipalName, b.userPrincipalName)));
        }

        auto count = directory.count(filter);
        QVERIFY2(count, qPrintable(count.errorMessage()));
        QCOMPARE(count.value(), qint64(rows.size()));
    }

    // The answers a person would check by hand, spelled out (the oracle above could share a mistake with the SQL).
    void filters_knownAnswers()
    {
        UserFilter shared;
        shared.sharedNumberOnly = true;
        // Adele and Alex share a mobile; Carol and Orla share an office line with the same extension (Anna's
        // extension differs); Dan's alternate mobile is Erin's mobile. Frank only has the number as profile data;
        // Hank has one number twice on his own account.
        QCOMPARE(sorted(upns(shared)),
            (QStringList {
                u"adele.vance"_s, u"alex.wilber"_s, u"carol.ng"_s, u"dan.jump"_s, u"erin.lake"_s, u"orla.andrews"_s}));
        UserFilter admins;
        admins.adminsOnly = true;
        QCOMPARE(upns(admins), (QStringList {u"dan.jump"_s, u"kim.obrien"_s}));
        UserFilter scope;
        scope.scope = UserFilter::Scope::Groups;
        scope.scopeGroupIds = m_psrScope;
        scope.inSsprScope = UserFilter::Tri::Yes;
        scope.text = u"a"_s; // words starting with "a": Adele, Alex, Akers (a guest: never in scope), Andrews, Anna
        QCOMPARE(upns(scope), (QStringList {u"adele.vance"_s, u"alex.wilber"_s}));
        UserFilter none;
        none.noMethodsOnly = true;
        none.text = u"k"_s; // Kimberly's only usable method is the app; Zoë's email is marked not usable
        QCOMPARE(upns(none), (QStringList {u"zoe.keller"_s}));
    }

    // Typed text never breaks a query and never widens it: FTS5 syntax, LIKE wildcards and quotes are searched
    // for literally (or dropped as separators), so each row's answer is exactly the users listed.
    void search_quoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QStringList kims = {u"kim.akers"_s, u"kim.obrien"_s, u"kimberly.ross"_s};
        const QStringList none;
        QTest::newRow("plain") << u"kim"_s << kims;
        QTest::newRow("upper case") << u"KIM"_s << kims;
        QTest::newRow("leading quote") << u"\"kim"_s << kims;
        QTest::newRow("trailing quote") << u"kim\""_s << kims;
        QTest::newRow("quoted") << u"\"kim\""_s << kims;
        QTest::newRow("doubled quotes") << u"\"\"kim\"\""_s << kims;
        QTest::newRow("apostrophe") << u"o'brien"_s << QStringList {u"kim.obrien"_s};
        QTest::newRow("apostrophe upper") << u"O'BRIEN"_s << QStringList {u"kim.obrien"_s};
        QTest::newRow("star suffix") << u"kim*"_s << kims;
        QTest::newRow("star prefix") << u"*kim"_s << kims;
        QTest::newRow("percent around") << u"%kim%"_s << kims;
        QTest::newRow("percent in word") << u"ki%"_s << kims;
        QTest::newRow("underscore is no wildcard") << u"k_m"_s << none;
        QTest::newRow("percent after digits") << u"100%"_s << QStringList {u"100percent"_s};
        QTest::newRow("percent underscore") << u"100%_"_s << QStringList {u"100percent"_s};
        QTest::newRow("only percent") << u"%"_s << none;
        QTest::newRow("only underscore") << u"_"_s << none;
        QTest::newRow("only star") << u"*"_s << none;
        QTest::newRow("only quote") << u"\""_s << none;
        QTest::newRow("two quotes") << u"\"\""_s << none;
        QTest::newRow("only apostrophe") << u"'"_s << none;
        QTest::newRow("punctuation soup") << u"%%_*\"^()-:{}+"_s << none;
        QTest::newRow("NEAR as a word") << u"NEAR"_s << QStringList {u"anna.near"_s};
        QTest::newRow("NEAR group, no match") << u"NEAR(kim akers)"_s << none;
        QTest::newRow("NEAR group, literal") << u"NEAR(anna near)"_s << QStringList {u"anna.near"_s};
        QTest::newRow("NEAR with distance") << u"NEAR(kim akers, 5)"_s << none;
        QTest::newRow("AND is a word") << u"kim AND akers"_s << none;
        QTest::newRow("OR does not widen") << u"kim OR zzz"_s << none;
        QTest::newRow("OR as a prefix") << u"orla OR andrews"_s << QStringList {u"orla.andrews"_s};
        QTest::newRow("NOT does not exclude") << u"kim NOT akers"_s << none;
        QTest::newRow("leading NOT") << u"NOT kim"_s << none;
        QTest::newRow("minus is no exclusion") << u"kim -akers"_s << QStringList {u"kim.akers"_s};
        QTest::newRow("leading minus") << u"-kim"_s << kims;
        QTest::newRow("caret") << u"^kim"_s << kims;
        QTest::newRow("column filter") << u"terms:kim"_s << none;
        QTest::newRow("column set filter") << u"{terms}: kim"_s << none;
        QTest::newRow("parentheses") << u"(kim)"_s << kims;
        QTest::newRow("unbalanced parenthesis") << u"kim)"_s << kims;
        QTest::newRow("only parenthesis") << u"("_s << none;
        QTest::newRow("plus") << u"kim + akers"_s << QStringList {u"kim.akers"_s};
        QTest::newRow("two words") << u"kim akers"_s << QStringList {u"kim.akers"_s};
        QTest::newRow("two words reversed") << u"akers kim"_s << QStringList {u"kim.akers"_s};
        QTest::newRow("hyphenated name") << u"jean-luc"_s << QStringList {u"jean-luc.picard"_s};
        QTest::newRow("diacritic typed") << u"Zoë"_s << QStringList {u"zoe.keller"_s};
        QTest::newRow("diacritic not typed") << u"zoe"_s << QStringList {u"zoe.keller"_s};
        QTest::newRow("full UPN") << u"adele.vance@contoso.com"_s << QStringList {u"adele.vance"_s};
        QTest::newRow("full UPN upper case") << u"ADELE.VANCE@CONTOSO.COM"_s << QStringList {u"adele.vance"_s};
        QTest::newRow("local part and @") << u"adele@"_s << QStringList {u"adele.vance"_s};
        QTest::newRow("SQL injection") << u"'; DROP TABLE users; --"_s << none;
        QTest::newRow("SQL comment") << u"kim' --"_s << kims;
        QTest::newRow("backslash") << u"kim\\"_s << kims;
        QTest::newRow("emoji") << u"😀"_s << none;
        QTest::newRow("emoji and word") << u"😀kim"_s << kims;
        QTest::newRow("10 KB of letters") << QString(10240, u'x') << none;
        QTest::newRow("control characters") << u"kim\t\n\r"_s << kims;
        QTest::newRow("white space only") << u"   "_s << QStringList(); // handled below: means "no text"
    }

    void search_quoting()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        UserFilter filter;
        filter.text = text;
        const QStringList got = upns(filter, 7);
        if (text.trimmed().isEmpty()) {
            QCOMPARE(got.size(), m_specs.size()); // no text: everybody, as the browser opens
            return;
        }
        QCOMPARE(sorted(got), sorted(expected));
        Sspr::Store::UserDirectory directory(*m_db);
        auto count = directory.count(filter);
        QVERIFY2(count, qPrintable(count.errorMessage()));
        QCOMPARE(count.value(), qint64(expected.size()));
        // And the store is as it was.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM users"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), m_specs.size());
    }

    // Any run of four or more digits finds a number, whatever punctuation, spaces, + / 00 / 0 prefixes are typed.
    // Profile phone fields (Frank's mobilePhone, Iris's businessPhones) are searched too.
    void search_partialPhoneDigits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        // Search matches the digits before any extension: every holder of the Redmond number, profile data too.
        const QStringList redmond
            = {u"adele.vance"_s, u"alex.wilber"_s, u"anna.near"_s, u"carol.ng"_s, u"frank.hill"_s, u"orla.andrews"_s};
        QTest::newRow("national digits") << u"4255550100"_s << redmond;
        QTest::newRow("last seven") << u"5550100"_s << redmond;
        QTest::newRow("last four") << u"0100"_s << redmond;
        QTest::newRow("middle digits") << u"2555"_s << redmond;
        QTest::newRow("dash") << u"555-0100"_s << redmond;
        QTest::newRow("brackets") << u"(425) 555-0100"_s << redmond;
        QTest::newRow("dots") << u"425.555.0100"_s << redmond;
        QTest::newRow("slash") << u"425/555 0100"_s << redmond;
        QTest::newRow("international") << u"+1 425 555 0100"_s << redmond;
        QTest::newRow("international dashes") << u"+1-425-555-0100"_s << redmond;
        QTest::newRow("international no spaces") << u"+14255550100"_s << redmond;
        QTest::newRow("00 prefix") << u"001 425 555 0100"_s << redmond;
        QTest::newRow("trunk 0") << u"0425 555 0100"_s << redmond;
        QTest::newRow("shared suffix") << u"123456"_s << QStringList {u"dan.jump"_s, u"erin.lake"_s, u"hank.moss"_s};
        QTest::newRow("UK spaced") << u"7400 123456"_s << QStringList {u"dan.jump"_s, u"erin.lake"_s};
        QTest::newRow("UK national with 0") << u"020 7946 0018"_s << QStringList {u"kim.obrien"_s};
        QTest::newRow("UK international") << u"+44 20 7946 0018"_s << QStringList {u"kim.obrien"_s};
        QTest::newRow("profile business phone") << u"206 555 0199"_s << QStringList {u"iris.cycle"_s};
        QTest::newRow("German mobile") << u"0151 1234 5678"_s << QStringList {u"hank.moss"_s};
        QTest::newRow("three digits is a word") << u"555"_s << QStringList();
        QTest::newRow("no such digits") << u"9999 9999"_s << QStringList();
        QTest::newRow("plus only") << u"+"_s << QStringList();
        QTest::newRow("10 KB of digits") << QString(10240, u'7') << QStringList();
    }

    void search_partialPhoneDigits()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        UserFilter filter;
        filter.text = text;
        QCOMPARE(sorted(upns(filter, 3)), sorted(expected));
        auto count = Sspr::Store::UserDirectory(*m_db).count(filter);
        QVERIFY2(count, qPrintable(count.errorMessage()));
        QCOMPARE(count.value(), qint64(expected.size()));
    }
};

QTEST_GUILESS_MAIN(TestUserDirectory)
#include "tst_userdirectory.moc"
