// Store::SyncWriter on a real store file: rounds, resume after an interruption, mark and sweep, sort keys and both
// search indexes kept right, groups with members across pages, methods and the registration report.
#include "database.h"
#include "searchterms.h"
#include "syncwriter.h"
#include "userdirectory.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sspr;
using Store::SyncWriter;

namespace {

Store::SyncUser user(const QString &id, const QString &name, const QString &mobile = {})
{
    Store::SyncUser u;
    u.user.id = id;
    u.user.displayName = name;
    const QStringList parts = name.split(u' ');
    u.user.givenName = parts.value(0);
    u.user.surname = parts.value(1);
    u.user.userPrincipalName = name.toLower().replace(u' ', u'.') + u"@contoso.test"_s;
    u.user.mail = u.user.userPrincipalName;
    u.user.mobilePhone = mobile;
    u.user.usageLocation = u"US"_s;
    return u;
}

Store::SyncUser removal(const QString &id)
{
    Store::SyncUser u;
    u.user.id = id;
    u.removed = true;
    u.fields = 0;
    return u;
}

Store::SyncGroup group(const QString &id, const QString &name, const QList<Store::SyncMember> &members = {})
{
    Store::SyncGroup g;
    g.group.id = id;
    g.group.displayName = name;
    g.group.mailNickname = name.toLower();
    g.members = members;
    return g;
}

Store::SyncMember member(const QString &id, bool isGroup = false, bool removed = false)
{
    return {id, isGroup, removed};
}

template<typename T> Store::SyncPage<T> page(const QList<T> &items, const QString &next, const QString &delta = {})
{
    return {items, next, delta, {}};
}

} // namespace

class tst_SyncWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Store::Database> newStore()
    {
        auto db = Store::Database::open(
            m_dir.filePath(u"s%1.sqlite"_s.arg(++m_files)), Store::Database::OpenMode::CreateIfMissing);
        if (!db)
            qFatal("%s", qPrintable(db.errorMessage()));
        QSqlQuery q(db.value()->connection());
        q.exec(u"INSERT INTO tenant (id, name, domain, kind, created_at) VALUES (1, 'Contoso', 'contoso.test', "
               "'graph', '2024-01-01T00:00:00Z')"_s);
        return std::move(db).value();
    }

    static QStringList column(Store::Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            qWarning("%s", qPrintable(Store::Database::errorText(q)));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    static qint64 scalar(Store::Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // The invariants the browser relies on: sort keys in name order, one name row per user at its sort key holding
    // exactly its terms, phone rows only at users' keys.
    static void verifyConsistent(Store::Database &db)
    {
        QCOMPARE(column(db, u"SELECT id FROM users ORDER BY sort_key"_s),
            column(db, u"SELECT id FROM users ORDER BY display_name COLLATE NOCASE, upn"_s));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM users WHERE sort_key <= 0"_s), 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM users_fts"_s), scalar(db, u"SELECT count(*) FROM users"_s));
        QCOMPARE(
            scalar(db, u"SELECT count(*) FROM users_phone_fts WHERE rowid NOT IN (SELECT sort_key FROM users)"_s), 0);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT u.display_name, u.given_name, u.surname, u.upn, u.mail, f.terms, u.mobile_phone, "
                       "p.digits FROM users u LEFT JOIN users_fts f ON f.rowid = u.sort_key "
                       "LEFT JOIN users_phone_fts p ON p.rowid = u.sort_key"_s));
        while (q.next()) {
            Core::UserRecord u;
            u.displayName = q.value(0).toString();
            u.givenName = q.value(1).toString();
            u.surname = q.value(2).toString();
            u.userPrincipalName = q.value(3).toString();
            u.mail = q.value(4).toString();
            QCOMPARE(q.value(5).toString(), Store::SearchTerms::nameTerms(u));
            const QString mobile = q.value(6).toString();
            if (!mobile.isEmpty())
                QVERIFY2(q.value(7).toString().contains(Store::SearchTerms::phoneDigits(mobile)), qPrintable(mobile));
        }
    }

    static QList<qint64> search(Store::Database &db, const QString &text)
    {
        Store::UserDirectory directory(db);
        Store::UserFilter filter;
        filter.text = text;
        auto rows = directory.page(filter, {}, 100);
        QList<qint64> uids;
        if (rows) {
            for (const Store::UserRow &row : rows.value())
                uids << row.uid;
        }
        return uids;
    }

    static qint64 uidOf(Store::Database &db, const QString &id)
    {
        QSqlQuery q(db.connection());
        q.prepare(u"SELECT uid FROM users WHERE id = ?"_s);
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    // A finished full round with the given users, as the first sync leaves the store.
    static void fullRound(SyncWriter &writer, const QList<Store::SyncUser> &users)
    {
        auto round = writer.openRound(SyncWriter::Users, true);
        QVERIFY(round);
        auto stats = writer.writeUsers(round.value(), page(users, {}, u"https://graph/delta?token=1"_s));
        QVERIFY2(stats, qPrintable(stats.errorMessage()));
        QVERIFY(stats->roundComplete);
    }

private Q_SLOTS:
    void fullRound_ordersUsersByNameAndIndexesThem()
    {
        auto db = newStore();
        SyncWriter writer(*db);
        auto round = writer.openRound(SyncWriter::Users, false);
        QVERIFY(round);
        QCOMPARE(round->mode, SyncWriter::Mode::Full);
        QVERIFY(!round->resuming);
        QVERIFY(round->startLink.isEmpty());

        auto first = writer.writeUsers(round.value(),
            page<Store::SyncUser>({user(u"3"_s, u"Zoe Adams"_s, u"+1 4255550103"_s), user(u"1"_s, u"anna Berg"_s)},
                u"https://graph/next?skip=1"_s));
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QVERIFY(!first->roundComplete);
        QCOMPARE(first->added, 2);
        auto cursor = writer.cursor(SyncWriter::Users);
        QCOMPARE(cursor->nextLink, u"https://graph/next?skip=1"_s);
        QCOMPARE(cursor->round, u"full"_s);
        QCOMPARE(cursor->items, 2);

        auto last = writer.writeUsers(round.value(),
            page<Store::SyncUser>({user(u"2"_s, u"Anna Adams"_s, u"+49 1701234567"_s), user(u"4"_s, u"Émile Zola"_s)},
                {}, u"https://graph/delta?token=A"_s));
        QVERIFY2(last, qPrintable(last.errorMessage()));
        QVERIFY(last->roundComplete);
        QCOMPARE(last->items, 4);
        cursor = writer.cursor(SyncWriter::Users);
        QCOMPARE(cursor->deltaLink, u"https://graph/delta?token=A"_s);
        QVERIFY(cursor->nextLink.isEmpty());
        QVERIFY(cursor->round.isEmpty());
        QVERIFY(cursor->lastFullSync.isValid());

        QCOMPARE(
            column(*db, u"SELECT id FROM users ORDER BY sort_key"_s), (QStringList {u"2"_s, u"1"_s, u"3"_s, u"4"_s}));
        QCOMPARE(
            column(*db, u"SELECT sort_key FROM users ORDER BY sort_key"_s).first().toLongLong(), SyncWriter::kSortGap);
        verifyConsistent(*db);
        QCOMPARE(search(*db, u"zoe"_s), QList<qint64> {uidOf(*db, u"3"_s)});
        QCOMPARE(search(*db, u"emile"_s), QList<qint64> {uidOf(*db, u"4"_s)});
        QCOMPARE(search(*db, u"0170 1234567"_s), QList<qint64> {uidOf(*db, u"2"_s)});
        QCOMPARE(search(*db, u"555-0103"_s), QList<qint64> {uidOf(*db, u"3"_s)});
    }

    void fullRound_resumesAfterInterruption()
    {
        auto db = newStore();
        const QString path = db->path();
        {
            SyncWriter writer(*db);
            auto round = writer.openRound(SyncWriter::Users, false);
            QVERIFY(writer.writeUsers(
                round.value(), page<Store::SyncUser>({user(u"1"_s, u"Ann One"_s)}, u"https://graph/next?skip=1"_s)));
        }
        db.reset(); // as if the process died after the first page
        auto reopened = Store::Database::open(path, Store::Database::OpenMode::OpenExisting);
        QVERIFY(reopened);
        SyncWriter writer(*reopened.value());
        auto round = writer.openRound(SyncWriter::Users, false);
        QVERIFY(round);
        QVERIFY(round->resuming);
        QCOMPARE(round->mode, SyncWriter::Mode::Full);
        QCOMPARE(round->startLink, u"https://graph/next?skip=1"_s);
        QCOMPARE(round->generation, 1);
        // The server sends the first page's user again: upserted, not doubled.
        auto last = writer.writeUsers(round.value(),
            page<Store::SyncUser>(
                {user(u"1"_s, u"Ann One"_s), user(u"2"_s, u"Bob Two"_s)}, {}, u"https://graph/delta?token=1"_s));
        QVERIFY2(last, qPrintable(last.errorMessage()));
        QCOMPARE(last->added, 1);
        QCOMPARE(last->unchanged, 1);
        QCOMPARE(last->items, 3);
        QCOMPARE(scalar(*reopened.value(), u"SELECT count(*) FROM users"_s), 2);
        verifyConsistent(*reopened.value());
    }

    void fullRound_sweepsOnlyWhenComplete()
    {
        auto db = newStore();
        SyncWriter writer(*db);
        fullRound(writer, {user(u"a"_s, u"Al A"_s), user(u"b"_s, u"Bo B"_s), user(u"c"_s, u"Cy C"_s)});
        const qint64 uidA = uidOf(*db, u"a"_s);

        auto round = writer.openRound(SyncWriter::Users, true);
        QCOMPARE(round->generation, 2);
        QVERIFY(!round->resuming);
        Store::SyncUser renamed = user(u"a"_s, u"Zed A"_s);
        QVERIFY(writer.writeUsers(round.value(), page<Store::SyncUser>({renamed}, u"https://graph/next"_s)));
        // Mid-round nothing is removed: b and c may still come on a later page.
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM users"_s), 3);
        auto last = writer.writeUsers(
            round.value(), page<Store::SyncUser>({user(u"d"_s, u"Di D"_s)}, {}, u"https://graph/delta?2"_s));
        QVERIFY(last);
        QCOMPARE(last->removed, 2);
        QCOMPARE(column(*db, u"SELECT id FROM users ORDER BY sort_key"_s), (QStringList {u"d"_s, u"a"_s}));
        QCOMPARE(uidOf(*db, u"a"_s), uidA); // upserted by Graph id: the uid stays
        verifyConsistent(*db);
        QCOMPARE(search(*db, u"zed"_s), QList<qint64> {uidA});
        QVERIFY(search(*db, u"bo"_s).isEmpty());
    }

    void deltaRound_keepsOrderAndIndexes()
    {
        auto db = newStore();
        SyncWriter writer(*db);
        fullRound(
            writer, {user(u"a"_s, u"Al A"_s, u"+1 2065550100"_s), user(u"m"_s, u"Mo M"_s), user(u"z"_s, u"Zu Z"_s)});
        const qint64 uidA = uidOf(*db, u"a"_s);

        auto round = writer.openRound(SyncWriter::Users, false);
        QCOMPARE(round->mode, SyncWriter::Mode::Delta);
        QCOMPARE(round->startLink, u"https://graph/delta?token=1"_s);

        Store::SyncUser rename; // a delta entry carries changed properties only
        rename.user.id = u"a"_s;
        rename.user.displayName = u"Xa Renamed"_s;
        rename.user.mobilePhone = u"+1 2065550199"_s;
        rename.fields = Store::SyncField::DisplayName | Store::SyncField::MobilePhone;
        auto stats = writer.writeUsers(round.value(),
            page<Store::SyncUser>({rename, user(u"n"_s, u"Nia N"_s, u"+44 7700900123"_s), removal(u"m"_s)}, {},
                u"https://graph/delta?token=2"_s));
        QVERIFY2(stats, qPrintable(stats.errorMessage()));
        QCOMPARE(stats->added, 1);
        QCOMPARE(stats->updated, 1);
        QCOMPARE(stats->removed, 1);
        QCOMPARE(column(*db, u"SELECT id FROM users ORDER BY sort_key"_s), (QStringList {u"n"_s, u"a"_s, u"z"_s}));
        QCOMPARE(uidOf(*db, u"a"_s), uidA);
        QCOMPARE(column(*db, u"SELECT upn FROM users WHERE id = 'a'"_s), QStringList {u"al.a@contoso.test"_s});
        verifyConsistent(*db);
        QCOMPARE(search(*db, u"renamed"_s), QList<qint64> {uidA});
        QVERIFY(search(*db, u"al"_s).contains(uidA)); // the UPN's local part is still "al.a"
        QCOMPARE(search(*db, u"5550199"_s), QList<qint64> {uidA});
        QVERIFY(search(*db, u"5550100"_s).isEmpty());
        QCOMPARE(search(*db, u"07700 900123"_s), QList<qint64> {uidOf(*db, u"n"_s)});
        QCOMPARE(writer.cursor(SyncWriter::Users)->deltaLink, u"https://graph/delta?token=2"_s);
    }

    void deltaRound_respacesWhenNoGapIsLeft()
    {
        auto db = newStore();
        SyncWriter writer(*db);
        fullRound(writer, {user(u"a"_s, u"Ann A"_s), user(u"z"_s, u"Ann Z"_s), user(u"zz"_s, u"Zed Z"_s)});
        // 60 new users between two neighbours, each after the previous: the gap halves each time until none is
        // left, then the neighbourhood is respaced.
        QList<Store::SyncUser> users;
        for (int i = 0; i < 60; ++i)
            users << user(u"n%1"_s.arg(i), u"Ann M%1"_s.arg(i, 3, 10, QLatin1Char('0')));
        auto round = writer.openRound(SyncWriter::Users, false);
        auto stats = writer.writeUsers(round.value(), page(users, {}, u"https://graph/delta?token=2"_s));
        QVERIFY2(stats, qPrintable(stats.errorMessage()));
        QCOMPARE(stats->added, 60);
        verifyConsistent(*db);
        QCOMPARE(search(*db, u"m042"_s), QList<qint64> {uidOf(*db, u"n42"_s)});
        QCOMPARE(search(*db, u"ann z"_s), QList<qint64> {uidOf(*db, u"z"_s)});
    }

    void deltaRound_upnMovesBetweenUsers()
    {
        auto db = newStore();
        SyncWriter writer(*db);
        Store::SyncUser a = user(u"a"_s, u"Al A"_s);
        Store::SyncUser b = user(u"b"_s, u"Bo B"_s);
        fullRound(writer, {a, b});
        // b's UPN is given to a on the same page that renames b: the page order must not matter.
        Store::SyncUser takes;
        takes.user.id = u"a"_s;
        takes.user.userPrincipalName = b.user.userPrincipalName;
        takes.fields = Store::SyncField::UserPrincipalName;
        Store::SyncUser gives;
        gives.user.id = u"b"_s;
        gives.user.userPrincipalName = u"bo.new@contoso.test"_s;
        gives.fields = Store::SyncField::UserPrincipalName;
        auto round = writer.openRound(SyncWriter::Users, false);
        QVERIFY2(
            writer.writeUsers(round.value(), page<Store::SyncUser>({takes, gives}, {}, u"https://graph/delta?2"_s)),
            "the page was refused");
        QCOMPARE(column(*db, u"SELECT upn FROM users ORDER BY id"_s),
            (QStringList {u"bo.b@contoso.test"_s, u"bo.new@contoso.test"_s}));
        verifyConsistent(*db);
    }

    void groups_membersAcrossPagesNestedAndPending()
    {
        auto db = newStore();
        SyncWriter writer(*db);
        fullRound(writer, {user(u"u1"_s, u"Al A"_s), user(u"u2"_s, u"Bo B"_s)});
        auto round = writer.openRound(SyncWriter::Groups, false);
        QCOMPARE(round->mode, SyncWriter::Mode::Full);
        // g1 names nested group g2 before g2's own entry, and a user the users round has not seen yet.
        auto first = writer.writeGroups(round.value(),
            page<Store::SyncGroup>(
                {group(u"g1"_s, u"Sales"_s, {member(u"u1"_s), member(u"g2"_s, true), member(u"u3"_s)})},
                u"https://graph/groups?skip=1"_s));
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QCOMPARE(first->membershipsAdded, 2);
        Store::SyncGroup more = group(u"g1"_s, u"Sales"_s, {member(u"u2"_s)}); // the same group again, more members
        auto last = writer.writeGroups(round.value(),
            page<Store::SyncGroup>({group(u"g2"_s, u"Sales EMEA"_s), more}, {}, u"https://graph/groups/delta?1"_s));
        QVERIFY2(last, qPrintable(last.errorMessage()));
        QCOMPARE(
            column(*db, u"SELECT display_name FROM groups ORDER BY id"_s), (QStringList {u"Sales"_s, u"Sales EMEA"_s}));
        QCOMPARE(column(*db, u"SELECT u.id FROM group_members m JOIN users u USING (uid) ORDER BY u.id"_s),
            (QStringList {u"u1"_s, u"u2"_s}));
        QCOMPARE(column(*db, u"SELECT c.id FROM group_nesting n JOIN groups c ON c.gid = n.child_gid"_s),
            QStringList {u"g2"_s});
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM sync_pending_members"_s), 1);

        // The next users round brings u3; its membership follows.
        auto users = writer.openRound(SyncWriter::Users, false);
        QVERIFY(writer.writeUsers(
            users.value(), page<Store::SyncUser>({user(u"u3"_s, u"Cy C"_s)}, {}, u"https://graph/delta?3"_s)));
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM sync_pending_members"_s), 0);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM group_members"_s), 3);

        // Delta: u1 leaves g1, g2 is no longer nested.
        auto delta = writer.openRound(SyncWriter::Groups, false);
        QCOMPARE(delta->mode, SyncWriter::Mode::Delta);
        Store::SyncGroup change;
        change.group.id = u"g1"_s;
        change.fields = 0;
        change.members = {member(u"u1"_s, false, true), member(u"g2"_s, true, true)};
        auto stats = writer.writeGroups(
            delta.value(), page<Store::SyncGroup>({change}, {}, u"https://graph/groups/delta?2"_s));
        QVERIFY(stats);
        QCOMPARE(stats->membershipsRemoved, 2);
        QCOMPARE(column(*db, u"SELECT display_name FROM groups WHERE id = 'g1'"_s), QStringList {u"Sales"_s});
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM group_nesting"_s), 0);

        // A full round that no longer lists u2 in g1 and no longer has g2: both swept at its end only.
        auto full = writer.openRound(SyncWriter::Groups, true);
        QVERIFY(writer.writeGroups(full.value(),
            page<Store::SyncGroup>({group(u"g1"_s, u"Sales"_s, {member(u"u3"_s)})}, u"https://graph/groups?skip=9"_s)));
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM group_members"_s), 2);
        auto end = writer.writeGroups(full.value(), page<Store::SyncGroup>({}, {}, u"https://graph/groups/delta?3"_s));
        QVERIFY(end);
        QCOMPARE(end->removed, 1);
        QCOMPARE(column(*db, u"SELECT u.id FROM group_members m JOIN users u USING (uid)"_s), QStringList {u"u3"_s});
        QCOMPARE(column(*db, u"SELECT id FROM groups"_s), QStringList {u"g1"_s});
    }

    void pageOutOfOrder_isRefused()
    {
        auto db = newStore();
        SyncWriter writer(*db);
        auto round = writer.openRound(SyncWriter::Users, false);
        Store::SyncPage<Store::SyncUser> first {
            {user(u"a"_s, u"Al A"_s)}, u"https://graph/p2"_s, {}, u"https://graph/p1"_s};
        QVERIFY(writer.writeUsers(round.value(), first));
        // The page after p3, while p2 was never committed (its write failed): refused, nothing written.
        Store::SyncPage<Store::SyncUser> skipped {
            {user(u"c"_s, u"Cy C"_s)}, {}, u"https://graph/delta"_s, u"https://graph/p3"_s};
        QVERIFY(!writer.writeUsers(round.value(), skipped));
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM users"_s), 1);
        QCOMPARE(writer.cursor(SyncWriter::Users)->nextLink, u"https://graph/p2"_s);
        Store::SyncPage<Store::SyncUser> second {
            {user(u"b"_s, u"Bo B"_s)}, {}, u"https://graph/delta"_s, u"https://graph/p2"_s};
        QVERIFY(writer.writeUsers(round.value(), second));
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM users"_s), 2);
    }

    void restartFull_takesANewGeneration()
    {
        auto db = newStore();
        SyncWriter writer(*db);
        fullRound(writer, {user(u"a"_s, u"Al A"_s)});
        auto round = writer.openRound(SyncWriter::Users, true);
        QVERIFY(writer.writeUsers(
            round.value(), page<Store::SyncUser>({user(u"a"_s, u"Al A"_s)}, u"https://graph/next"_s)));
        auto again = writer.restartFull(SyncWriter::Users);
        QVERIFY(again);
        QCOMPARE(again->mode, SyncWriter::Mode::Full);
        QVERIFY(again->startLink.isEmpty());
        QCOMPARE(again->generation, round->generation + 1);
        // A forced full sync resumes an open full round; it abandons an open delta round.
        auto resumed = writer.openRound(SyncWriter::Users, true);
        QVERIFY(resumed->resuming);
    }

    void replaceMethods_updatesMaskAndPhoneIndex()
    {
        auto db = newStore();
        SyncWriter writer(*db);
        fullRound(writer, {user(u"a"_s, u"Al A"_s, u"+1 2065550100"_s), user(u"b"_s, u"Bo B"_s)});
        Core::AuthMethod phone;
        phone.id = Core::fixedMethodId(Core::MethodType::AlternateMobilePhone);
        phone.type = Core::MethodType::AlternateMobilePhone;
        phone.value = u"+1 4255550177"_s;
        Core::AuthMethod tap;
        tap.id = u"tap-1"_s;
        tap.type = Core::MethodType::TemporaryAccessPass;
        tap.usable = false;
        auto written = writer.replaceMethods({{u"a"_s, {phone, tap}}, {u"nobody"_s, {}}});
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(written.value(), 1);
        QCOMPARE(scalar(*db, u"SELECT method_mask FROM users WHERE id = 'a'"_s),
            Core::methodBit(Core::MethodType::AlternateMobilePhone));
        QCOMPARE(column(*db, u"SELECT phone_digits FROM user_methods WHERE type = 'alternateMobile'"_s),
            QStringList {u"14255550177"_s});
        QCOMPARE(search(*db, u"5550177"_s), QList<qint64> {uidOf(*db, u"a"_s)});
        QCOMPARE(search(*db, u"5550100"_s), QList<qint64> {uidOf(*db, u"a"_s)}); // the profile phone stays indexed
        QVERIFY(!column(*db, u"SELECT methods_synced_at FROM users WHERE id = 'a'"_s).value(0).isEmpty());

        // Replaced, not added to.
        QVERIFY(writer.replaceMethods({{u"a"_s, {}}}));
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM user_methods"_s), 0);
        QVERIFY(search(*db, u"5550177"_s).isEmpty());
    }

    void registrations_setAdminMarkerAndMask()
    {
        auto db = newStore();
        SyncWriter writer(*db);
        fullRound(writer, {user(u"a"_s, u"Al A"_s), user(u"b"_s, u"Bo B"_s)});
        QVERIFY(writer.replaceMethods({{u"b"_s, {}}})); // b's methods were read: the report does not touch its mask
        auto round = writer.openRound(SyncWriter::RegistrationReport, false);
        const int mask = Core::methodBit(Core::MethodType::MobilePhone) | Core::methodBit(Core::MethodType::Email);
        Store::SyncRegistration a {u"a"_s, true, {u"mobilePhone"_s, u"email"_s}, mask};
        Store::SyncRegistration b {u"b"_s, false, {u"mobilePhone"_s}, Core::methodBit(Core::MethodType::MobilePhone)};
        auto stats = writer.writeRegistrations(round.value(), page<Store::SyncRegistration>({a, b}, {}));
        QVERIFY2(stats, qPrintable(stats.errorMessage()));
        QCOMPARE(stats->updated, 2);
        QCOMPARE(
            column(*db, u"SELECT admin_roles FROM users ORDER BY id"_s), (QStringList {u"Administrator"_s, QString()}));
        QCOMPARE(scalar(*db, u"SELECT method_mask FROM users WHERE id = 'a'"_s), mask);
        QCOMPARE(scalar(*db, u"SELECT method_mask FROM users WHERE id = 'b'"_s), 0);
        QCOMPARE(column(*db, u"SELECT registered_methods FROM users WHERE id = 'a'"_s),
            QStringList {u"mobilePhone\nemail"_s});
        a.isAdmin = false;
        QVERIFY(writer.writeRegistrations(
            writer.openRound(SyncWriter::RegistrationReport, false).value(), page<Store::SyncRegistration>({a}, {})));
        QCOMPARE(column(*db, u"SELECT admin_roles FROM users WHERE id = 'a'"_s), QStringList {QString()});
    }

    void localTenant_isRefused()
    {
        auto db = newStore();
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"UPDATE tenant SET kind = 'local'"_s));
        SyncWriter writer(*db);
        QVERIFY(!writer.checkSyncable());
    }
};

QTEST_GUILESS_MAIN(tst_SyncWriter)
#include "tst_syncwriter.moc"
