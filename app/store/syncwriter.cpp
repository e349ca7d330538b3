#include "syncwriter.h"

#include "database.h"
#include "policyrepository.h"
#include "searchterms.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <functional>
#include <future>

#include <sqlite3.h>

namespace Sspr::Store {

using Core::Error;
using Core::Result;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Store::SyncWriter)
};

const QString kFull = u"full"_s;
const QString kDelta = u"delta"_s;

// A full round parks users it adds after everyone else (the browser shows them at the end) until its last page
// renumbers all sort keys in name order.
constexpr qint64 kTemporaryKeyBase = qint64(1) << 52;
// A local respacing leaves at least this much room between neighbours.
constexpr qint64 kMinSpacing = 1024;

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString modeText(SyncWriter::Mode mode)
{
    return mode == SyncWriter::Mode::Full ? kFull : kDelta;
}

Status sqliteError(sqlite3 *db)
{
    return Error {QString::fromUtf8(sqlite3_errmsg(db))};
}

// The fields of a stored user a sync page can change, in the users table's terms.
struct StoredUser
{
    qint64 uid = 0;
    qint64 sortKey = 0;
    qint64 generation = 0;
    Core::UserRecord user;
};

void merge(Core::UserRecord &to, const Core::UserRecord &from, quint32 fields)
{
    using namespace SyncField;
    if (fields & DisplayName)
        to.displayName = from.displayName;
    if (fields & GivenName)
        to.givenName = from.givenName;
    if (fields & Surname)
        to.surname = from.surname;
    if (fields & UserPrincipalName)
        to.userPrincipalName = from.userPrincipalName;
    if (fields & Mail)
        to.mail = from.mail;
    if (fields & MobilePhone)
        to.mobilePhone = from.mobilePhone;
    if (fields & BusinessPhones)
        to.businessPhones = from.businessPhones;
    if (fields & OtherMails)
        to.otherMails = from.otherMails;
    if (fields & AccountEnabled)
        to.accountEnabled = from.accountEnabled;
    if (fields & OnPremisesSync)
        to.onPremisesSynced = from.onPremisesSynced;
    if (fields & UserType)
        to.userType = from.userType;
    if (fields & UsageLocation)
        to.usageLocation = from.usageLocation;
    if (fields & Country)
        to.country = from.country;
    if (fields & Department)
        to.department = from.department;
    if (fields & JobTitle)
        to.jobTitle = from.jobTitle;
}

bool sameStoredFields(const Core::UserRecord &a, const Core::UserRecord &b)
{
    return a.displayName == b.displayName && a.givenName == b.givenName && a.surname == b.surname
        && a.userPrincipalName == b.userPrincipalName && a.mail == b.mail && a.mobilePhone == b.mobilePhone
        && a.businessPhones == b.businessPhones && a.otherMails == b.otherMails && a.accountEnabled == b.accountEnabled
        && a.onPremisesSynced == b.onPremisesSynced && a.userType == b.userType && a.usageLocation == b.usageLocation
        && a.country == b.country && a.department == b.department && a.jobTitle == b.jobTitle;
}

// What the name index holds comes from these fields only.
bool sameNameTerms(const Core::UserRecord &a, const Core::UserRecord &b)
{
    return a.displayName == b.displayName && a.givenName == b.givenName && a.surname == b.surname
        && a.userPrincipalName == b.userPrincipalName && a.mail == b.mail;
}

bool sameOrder(const Core::UserRecord &a, const Core::UserRecord &b)
{
    // The store orders by (display_name COLLATE NOCASE, upn COLLATE NOCASE): a change of case alone keeps the place
    // only if NOCASE (ASCII folding) says so, and comparing exactly is the safe side.
    return a.displayName == b.displayName && a.userPrincipalName == b.userPrincipalName;
}

struct GroupFields
{
    qint64 gid = 0;
    qint64 generation = 0;
    Core::GroupRecord group;
};

void merge(Core::GroupRecord &to, const Core::GroupRecord &from, quint32 fields)
{
    using namespace SyncField;
    if (fields & GroupDisplayName)
        to.displayName = from.displayName;
    if (fields & GroupDescription)
        to.description = from.description;
    if (fields & GroupMailNickname)
        to.mailNickname = from.mailNickname;
    if (fields & GroupSecurityEnabled)
        to.securityEnabled = from.securityEnabled;
    if (fields & GroupMailEnabled)
        to.mailEnabled = from.mailEnabled;
}

bool sameGroup(const Core::GroupRecord &a, const Core::GroupRecord &b)
{
    return a.displayName == b.displayName && a.description == b.description && a.mailNickname == b.mailNickname
        && a.securityEnabled == b.securityEnabled && a.mailEnabled == b.mailEnabled;
}

// BEGIN IMMEDIATE on SQLite's handle: the page, its derived rows and its cursor commit together or not at all.
class Transaction
{
public:
    explicit Transaction(sqlite3 *db)
        : m_db(db)
    { }
    ~Transaction()
    {
        if (m_open)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    Status begin()
    {
        if (sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
            return Error {
                Tr::tr("Cannot start writing the sync page: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)))};
        m_open = true;
        return {};
    }
    Status commit()
    {
        if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return Error {Tr::tr("Cannot commit the sync page: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)))};
        m_open = false;
        return {};
    }

private:
    sqlite3 *m_db;
    bool m_open = false;
};

} // namespace

struct SyncWriter::Private
{
    explicit Private(Database &database)
        : db(database)
    { }

    Database &db;
    sqlite3 *handle = nullptr;
    std::atomic<sqlite3 *> interruptible {nullptr}; // handle, for interrupt() from another thread

    SqliteStatement readCursor;
    SqliteStatement writeCursor;

    SqliteStatement selectUser;
    SqliteStatement insertUser;
    SqliteStatement tryInsertUser;
    SqliteStatement updateUser;
    SqliteStatement touchUser;
    SqliteStatement userById;
    SqliteStatement deleteUser;
    SqliteStatement upnHolder;
    SqliteStatement displaceUpn;
    SqliteStatement maxSortKey;
    SqliteStatement previousKey;
    SqliteStatement nextKey;
    SqliteStatement phoneMethods;
    SqliteStatement insertNameTerms;
    SqliteStatement insertPhoneTerms;
    SqliteStatement deleteNameTerms;
    SqliteStatement deletePhoneTerms;
    SqliteStatement nameTermsAt;
    SqliteStatement phoneTermsAt;
    SqliteStatement setSortKey;
    SqliteStatement keysBelow;
    SqliteStatement keysAbove;
    SqliteStatement keyBelow;
    SqliteStatement keyAbove;

    SqliteStatement selectGroup;
    SqliteStatement insertGroup;
    SqliteStatement updateGroup;
    SqliteStatement touchGroup;
    SqliteStatement deleteGroup;
    SqliteStatement stubGroup;
    SqliteStatement insertMember;
    SqliteStatement touchMember;
    SqliteStatement deleteMember;
    SqliteStatement insertNesting;
    SqliteStatement touchNesting;
    SqliteStatement deleteNesting;
    SqliteStatement insertPending;
    SqliteStatement touchPending;
    SqliteStatement deletePending;

    SqliteStatement registration;
    SqliteStatement methodsUser;
    SqliteStatement deleteMethods;
    SqliteStatement insertMethod;
    SqliteStatement methodsDone;

    qint64 nextTemporaryKey = 0;

    Status prepareAll();
    Status exec(const char *sql);
    Result<SyncCursor> cursor(const QString &resource);
    Status saveCursor(const SyncCursor &cursor);
    Status checkFollows(const Round &round, const QString &link);
    Status advanceCursor(const Round &round, const QString &nextLink, const QString &deltaLink, qint64 count,
        bool complete, SyncPageStats &stats);

    Result<StoredUser> loadUser(const QString &id, bool *found);
    Status upsertUser(const Round &round, const SyncUser &in, SyncPageStats &stats);
    Status removeUser(const QString &id, SyncPageStats &stats);
    Status freeUpn(const QString &upn, qint64 uid);
    Result<qint64> allocateSortKey(const Core::UserRecord &user, qint64 excludeUid);
    Result<qint64> respace(qint64 previous, qint64 next, qint64 excludeUid);
    Status moveSortKeys(const QList<QPair<qint64, qint64>> &moves);
    Status writeSearchRows(qint64 uid, qint64 sortKey, const Core::UserRecord &user);
    Status deleteSearchRows(qint64 sortKey);
    Result<QStringList> methodPhones(qint64 uid);
    Status deferIndexes(const QString &resource, const QStringList &names);
    Status restoreIndexes(const QString &resource);
    Result<qint64> finishFullUsers(qint64 generation);
    Status renumberAndRebuildSearch();

    Result<qint64> groupFor(const QString &id, bool createStub);
    Status upsertGroup(const Round &round, const SyncGroup &in, SyncPageStats &stats);
    Status applyMembers(const Round &round, qint64 gid, const QList<SyncMember> &members, SyncPageStats &stats);
    Result<qint64> resolvePending();
    Result<qint64> finishFullGroups(qint64 generation);
    // The end of a users or groups page: on the round's last page, the sweep of a full round and the parked
    // memberships; then the cursor. roundComplete is set in stats (the caller commits).
    Status endPage(const Round &round, const QString &nextLink, const QString &deltaLink, qint64 count,
        SyncPageStats &stats, const std::function<Result<qint64>(qint64)> &sweepFull);
};

Status SyncWriter::Private::exec(const char *sql)
{
    if (sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(handle);
    return {};
}

Status SyncWriter::Private::prepareAll()
{
    if (handle)
        return {};
    handle = db.rawHandle();
    if (!handle)
        return Error {Tr::tr("The SQLite driver does not expose its connection; sync is unavailable.")};
    interruptible = handle;
    struct Item
    {
        SqliteStatement *statement;
        const char *sql;
    };
    const Item items[] = {
        {&readCursor,
            "SELECT delta_link, next_link, round, generation, items, last_full_sync, last_sync "
            "FROM sync_state WHERE resource = ?"},
        {&writeCursor,
            "INSERT INTO sync_state (resource, delta_link, next_link, round, generation, items, "
            "last_full_sync, last_sync) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (resource) DO "
            "UPDATE SET delta_link = ?2, next_link = ?3, round = ?4, generation = ?5, items = ?6, "
            "last_full_sync = ?7, last_sync = ?8"},
        {&selectUser,
            "SELECT uid, sort_key, sync_gen, upn, display_name, given_name, surname, mail, mobile_phone, "
            "business_phones, other_mails, usage_location, country, department, job_title, "
            "account_enabled, on_prem_sync, user_type FROM users WHERE id = ?"},
        {&insertUser,
            "INSERT INTO users (id, sort_key, upn, display_name, given_name, surname, mail, mobile_phone, "
            "business_phones, other_mails, usage_location, country, department, job_title, "
            "account_enabled, on_prem_sync, user_type, sync_gen) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)"},
        // A full round's users are mostly new: insert first, look up only when the id (or the UPN) is taken.
        {&tryInsertUser,
            "INSERT INTO users (id, sort_key, upn, display_name, given_name, surname, mail, "
            "mobile_phone, business_phones, other_mails, usage_location, country, department, job_title, "
            "account_enabled, on_prem_sync, user_type, sync_gen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
            "?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) ON CONFLICT (id) DO NOTHING"},
        {&updateUser,
            "UPDATE users SET sort_key = ?2, upn = ?3, display_name = ?4, given_name = ?5, surname = ?6, "
            "mail = ?7, mobile_phone = ?8, business_phones = ?9, other_mails = ?10, usage_location = ?11, "
            "country = ?12, department = ?13, job_title = ?14, account_enabled = ?15, on_prem_sync = ?16, "
            "user_type = ?17, sync_gen = ?18 WHERE uid = ?1"},
        {&touchUser, "UPDATE users SET sync_gen = ?2 WHERE uid = ?1"},
        {&userById, "SELECT uid FROM users WHERE id = ?"},
        {&deleteUser, "DELETE FROM users WHERE uid = ?"},
        {&upnHolder, "SELECT uid, id FROM users WHERE upn = ?1 AND uid <> ?2"},
        {&displaceUpn, "UPDATE users SET upn = ?2 WHERE uid = ?1"},
        {&maxSortKey, "SELECT max(sort_key) FROM users"},
        // Neighbours in name order, from the users_by_name index.
        {&previousKey,
            "SELECT sort_key FROM users WHERE (display_name COLLATE NOCASE, upn) < (?1, ?2) AND uid <> ?3 "
            "ORDER BY display_name COLLATE NOCASE DESC, upn DESC LIMIT 1"},
        {&nextKey,
            "SELECT sort_key FROM users WHERE (display_name COLLATE NOCASE, upn) > (?1, ?2) AND uid <> ?3 "
            "ORDER BY display_name COLLATE NOCASE, upn LIMIT 1"},
        {&phoneMethods, "SELECT value FROM user_methods WHERE uid = ? AND phone_digits IS NOT NULL ORDER BY mid"},
        {&insertNameTerms, "INSERT INTO users_fts (rowid, terms) VALUES (?, ?)"},
        {&insertPhoneTerms, "INSERT INTO users_phone_fts (rowid, digits) VALUES (?, ?)"},
        {&deleteNameTerms, "DELETE FROM users_fts WHERE rowid = ?"},
        {&deletePhoneTerms, "DELETE FROM users_phone_fts WHERE rowid = ?"},
        {&nameTermsAt, "SELECT terms FROM users_fts WHERE rowid = ?"},
        {&phoneTermsAt, "SELECT digits FROM users_phone_fts WHERE rowid = ?"},
        {&setSortKey, "UPDATE users SET sort_key = ?2 WHERE sort_key = ?1"},
        {&keysBelow, "SELECT sort_key FROM users WHERE sort_key <= ?1 AND uid <> ?2 ORDER BY sort_key DESC LIMIT ?3"},
        {&keysAbove, "SELECT sort_key FROM users WHERE sort_key >= ?1 AND uid <> ?2 ORDER BY sort_key LIMIT ?3"},
        {&keyBelow, "SELECT sort_key FROM users WHERE sort_key < ?1 AND uid <> ?2 ORDER BY sort_key DESC LIMIT 1"},
        {&keyAbove, "SELECT sort_key FROM users WHERE sort_key > ?1 AND uid <> ?2 ORDER BY sort_key LIMIT 1"},

        {&selectGroup,
            "SELECT gid, sync_gen, display_name, description, mail_nickname, security_enabled, "
            "mail_enabled FROM groups WHERE id = ?"},
        {&insertGroup,
            "INSERT INTO groups (id, display_name, description, mail_nickname, security_enabled, "
            "mail_enabled, sync_gen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
        {&updateGroup,
            "UPDATE groups SET display_name = ?2, description = ?3, mail_nickname = ?4, "
            "security_enabled = ?5, mail_enabled = ?6, sync_gen = ?7 WHERE gid = ?1"},
        {&touchGroup, "UPDATE groups SET sync_gen = ?2 WHERE gid = ?1"},
        {&deleteGroup, "DELETE FROM groups WHERE id = ?"},
        // A nested group named before its own entry arrives: a placeholder the group's entry fills (or, if it never
        // comes, the end of a full round sweeps; generation 0 belongs to no round).
        {&stubGroup, "INSERT INTO groups (id, display_name, sync_gen) VALUES (?, '', 0)"},
        {&insertMember, "INSERT OR IGNORE INTO group_members (gid, uid, sync_gen) VALUES (?1, ?2, ?3)"},
        {&touchMember, "UPDATE group_members SET sync_gen = ?3 WHERE gid = ?1 AND uid = ?2"},
        {&deleteMember, "DELETE FROM group_members WHERE gid = ?1 AND uid = ?2"},
        {&insertNesting, "INSERT OR IGNORE INTO group_nesting (parent_gid, child_gid, sync_gen) VALUES (?1, ?2, ?3)"},
        {&touchNesting, "UPDATE group_nesting SET sync_gen = ?3 WHERE parent_gid = ?1 AND child_gid = ?2"},
        {&deleteNesting, "DELETE FROM group_nesting WHERE parent_gid = ?1 AND child_gid = ?2"},
        {&insertPending, "INSERT OR IGNORE INTO sync_pending_members (gid, member_id, sync_gen) VALUES (?1, ?2, ?3)"},
        {&touchPending, "UPDATE sync_pending_members SET sync_gen = ?3 WHERE gid = ?1 AND member_id = ?2"},
        {&deletePending, "DELETE FROM sync_pending_members WHERE gid = ?1 AND member_id = ?2"},

        // The report says who is an administrator but not which role: a marker the report alone sets and clears,
        // so roles read otherwise are never overwritten.
        {&registration,
            "UPDATE users SET registered_methods = ?2, "
            "admin_roles = CASE WHEN ?3 = 1 AND admin_roles = '' THEN 'Administrator' "
            "WHEN ?3 = 0 AND admin_roles = 'Administrator' THEN '' ELSE admin_roles END, "
            "method_mask = CASE WHEN methods_synced_at IS NULL THEN ?4 ELSE method_mask END "
            "WHERE id = ?1"},
        // A user with changes still waiting in the outbox keeps the store's view (the changes shown as made) until
        // the worker has settled them; the next fetch after that reads the tenant's.
        {&methodsUser,
            "SELECT uid, sort_key, mobile_phone, business_phones FROM users WHERE id = ?1 AND NOT EXISTS ("
            "SELECT 1 FROM outbox WHERE target = 'users/' || ?1 "
            "AND state IN ('pending', 'sending', 'failed', 'conflict'))"},
        {&deleteMethods, "DELETE FROM user_methods WHERE uid = ?"},
        {&insertMethod,
            "INSERT INTO user_methods (uid, id, type, value, phone_digits, detail, created_at, usable, "
            "unusable_reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"},
        {&methodsDone, "UPDATE users SET method_mask = ?2, methods_synced_at = ?3 WHERE uid = ?1"},
    };
    for (const Item &item : items) {
        if (Status s = item.statement->prepare(db, item.sql); !s) {
            handle = nullptr;
            return Error {Tr::tr("Cannot prepare the sync: %1").arg(s.errorMessage())};
        }
    }
    return {};
}

// ---- Cursor ----

Result<SyncCursor> SyncWriter::Private::cursor(const QString &resource)
{
    SyncCursor c;
    c.resource = resource;
    readCursor.bind(1, resource);
    if (readCursor.next()) {
        c.deltaLink = readCursor.text(0);
        c.nextLink = readCursor.text(1);
        c.round = readCursor.text(2);
        c.generation = readCursor.integer(3);
        c.items = readCursor.integer(4);
        c.lastFullSync = QDateTime::fromString(readCursor.text(5), Qt::ISODateWithMs);
        c.lastSync = QDateTime::fromString(readCursor.text(6), Qt::ISODateWithMs);
    }
    const Status s = readCursor.error();
    readCursor.finish();
    if (!s)
        return s.error();
    return c;
}

Status SyncWriter::Private::saveCursor(const SyncCursor &c)
{
    auto textOrNull = [this](int index, const QString &text) {
        if (text.isEmpty())
            writeCursor.bindNull(index);
        else
            writeCursor.bind(index, text);
    };
    writeCursor.bind(1, c.resource);
    textOrNull(2, c.deltaLink);
    textOrNull(3, c.nextLink);
    textOrNull(4, c.round);
    writeCursor.bind(5, c.generation);
    writeCursor.bind(6, c.items);
    textOrNull(7, c.lastFullSync.isValid() ? c.lastFullSync.toString(Qt::ISODateWithMs) : QString());
    textOrNull(8, c.lastSync.isValid() ? c.lastSync.toString(Qt::ISODateWithMs) : QString());
    return writeCursor.exec();
}

// Pages must follow each other: a page whose predecessor was not committed (its write failed, or was interrupted)
// would move the cursor past that page's items and lose them.
Status SyncWriter::Private::checkFollows(const Round &round, const QString &link)
{
    auto stored = cursor(round.resource);
    if (!stored)
        return stored.error();
    const SyncCursor &c = stored.value();
    const bool sameRound = c.round == modeText(round.mode) && c.generation == round.generation;
    if (sameRound && !link.isEmpty() && link != c.nextLink)
        return Error {Tr::tr("A sync page arrived out of order; nothing was written. The next sync resumes.")};
    return {};
}

Status SyncWriter::Private::advanceCursor(const Round &round, const QString &nextLink, const QString &deltaLink,
    qint64 count, bool complete, SyncPageStats &stats)
{
    auto stored = cursor(round.resource);
    if (!stored)
        return stored.error();
    SyncCursor c = stored.value();
    const bool sameRound = c.round == modeText(round.mode) && c.generation == round.generation;
    c.items = (sameRound ? c.items : 0) + count;
    c.generation = round.generation;
    stats.items = c.items;
    if (complete) {
        c.round.clear();
        c.nextLink.clear();
        c.deltaLink = deltaLink;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        c.lastSync = now;
        if (round.mode == Mode::Full)
            c.lastFullSync = now;
    } else {
        c.round = modeText(round.mode);
        c.nextLink = nextLink;
    }
    return saveCursor(c);
}

// ---- Users ----

Result<StoredUser> SyncWriter::Private::loadUser(const QString &id, bool *found)
{
    StoredUser s;
    selectUser.bind(1, id);
    *found = selectUser.next();
    if (*found) {
        int c = 0;
        s.uid = selectUser.integer(c++);
        s.sortKey = selectUser.integer(c++);
        s.generation = selectUser.integer(c++);
        Core::UserRecord &u = s.user;
        u.id = id;
        u.userPrincipalName = selectUser.text(c++);
        u.displayName = selectUser.text(c++);
        u.givenName = selectUser.text(c++);
        u.surname = selectUser.text(c++);
        u.mail = selectUser.text(c++);
        u.mobilePhone = selectUser.text(c++);
        u.businessPhones = selectUser.text(c++).split(u'\n', Qt::SkipEmptyParts);
        u.otherMails = selectUser.text(c++).split(u'\n', Qt::SkipEmptyParts);
        u.usageLocation = selectUser.text(c++);
        u.country = selectUser.text(c++);
        u.department = selectUser.text(c++);
        u.jobTitle = selectUser.text(c++);
        u.accountEnabled = selectUser.integer(c++) != 0;
        u.onPremisesSynced = selectUser.integer(c++) != 0;
        u.userType = selectUser.text(c++);
    }
    const Status st = selectUser.error();
    selectUser.finish();
    if (!st)
        return st.error();
    return s;
}

Status SyncWriter::Private::freeUpn(const QString &upn, qint64 uid)
{
    // UPNs are unique on the server at any moment, but a page can bring a user's new UPN before the page that
    // renames or deletes its previous holder. The holder gets a placeholder until its own entry arrives (or the end
    // of a full round sweeps it).
    upnHolder.bind(1, upn);
    upnHolder.bind(2, uid);
    qint64 holder = 0;
    QString holderId;
    if (upnHolder.next()) {
        holder = upnHolder.integer(0);
        holderId = upnHolder.text(1);
    }
    const Status s = upnHolder.error();
    upnHolder.finish();
    if (!s || holder == 0)
        return s;
    displaceUpn.bind(1, holder);
    displaceUpn.bind(2, upn + u"#stale-"_s + holderId);
    return displaceUpn.exec();
}

Result<QStringList> SyncWriter::Private::methodPhones(qint64 uid)
{
    QStringList phones;
    phoneMethods.bind(1, uid);
    while (phoneMethods.next())
        phones << phoneMethods.text(0);
    const Status s = phoneMethods.error();
    phoneMethods.finish();
    if (!s)
        return s.error();
    return phones;
}

Status SyncWriter::Private::writeSearchRows(qint64 uid, qint64 sortKey, const Core::UserRecord &user)
{
    insertNameTerms.bind(1, sortKey);
    insertNameTerms.bind(2, SearchTerms::nameTerms(user));
    if (Status s = insertNameTerms.exec(); !s)
        return s;
    QStringList phones;
    if (!user.mobilePhone.isEmpty())
        phones << user.mobilePhone;
    phones << user.businessPhones;
    auto methods = methodPhones(uid);
    if (!methods)
        return methods.error();
    phones << methods.value();
    const QString terms = SearchTerms::phoneTerms(phones);
    if (terms.isEmpty())
        return {};
    insertPhoneTerms.bind(1, sortKey);
    insertPhoneTerms.bind(2, terms);
    return insertPhoneTerms.exec();
}

Status SyncWriter::Private::deleteSearchRows(qint64 sortKey)
{
    deleteNameTerms.bind(1, sortKey);
    if (Status s = deleteNameTerms.exec(); !s)
        return s;
    deletePhoneTerms.bind(1, sortKey);
    return deletePhoneTerms.exec();
}

Result<qint64> SyncWriter::Private::allocateSortKey(const Core::UserRecord &user, qint64 excludeUid)
{
    auto neighbour = [&](SqliteStatement &st, qint64 *key) -> Status {
        st.bind(1, user.displayName);
        st.bind(2, user.userPrincipalName);
        st.bind(3, excludeUid);
        *key = st.next() ? st.integer(0) : -1;
        const Status s = st.error();
        st.finish();
        return s;
    };
    qint64 previous = -1;
    qint64 next = -1;
    if (Status s = neighbour(previousKey, &previous); !s)
        return s.error();
    if (Status s = neighbour(nextKey, &next); !s)
        return s.error();
    if (previous < 0 && next < 0)
        return kSortGap;
    if (next < 0)
        return previous + kSortGap;
    if (previous < 0) {
        // Keys stay positive: a cursor with sort key 0 means "from the start" to the browser.
        if (next > 1)
            return next / 2;
        return respace(0, next, excludeUid);
    }
    if (previous >= next) {
        // Not in name order, which the store never leaves: append rather than respace an inconsistent range.
        maxSortKey.next();
        const qint64 max = maxSortKey.isNull(0) ? 0 : maxSortKey.integer(0);
        maxSortKey.finish();
        return max + kSortGap;
    }
    if (next - previous >= 2)
        return previous + (next - previous) / 2;
    return respace(previous, next, excludeUid);
}

// No room between two neighbours: spread the keys of a window around them evenly over the room the window spans,
// widening it until each gets kMinSpacing. A window that reaches both ends of the table always has room.
Result<qint64> SyncWriter::Private::respace(qint64 previous, qint64 next, qint64 excludeUid)
{
    for (qint64 width = 32;; width *= 4) {
        auto collect = [&](SqliteStatement &st, qint64 from, QList<qint64> *keys) -> Status {
            st.bind(1, from);
            st.bind(2, excludeUid);
            st.bind(3, width);
            while (st.next())
                keys->append(st.integer(0));
            const Status s = st.error();
            st.finish();
            return s;
        };
        QList<qint64> below; // descending, starting at `previous`
        QList<qint64> above; // ascending, starting at `next`
        if (previous > 0) {
            if (Status s = collect(keysBelow, previous, &below); !s)
                return s.error();
        }
        if (Status s = collect(keysAbove, next, &above); !s)
            return s.error();
        auto bound = [&](SqliteStatement &st, qint64 from, qint64 *key) -> Status {
            st.bind(1, from);
            st.bind(2, excludeUid);
            *key = st.next() ? st.integer(0) : -1;
            const Status s = st.error();
            st.finish();
            return s;
        };
        qint64 low = 0;
        if (!below.isEmpty()) {
            if (Status s = bound(keyBelow, below.constLast(), &low); !s)
                return s.error();
            low = qMax<qint64>(low, 0);
        }
        qint64 high = -1;
        if (!above.isEmpty()) {
            if (Status s = bound(keyAbove, above.constLast(), &high); !s)
                return s.error();
        }
        const qint64 places = below.size() + above.size() + 1;
        if (high < 0)
            high = (above.isEmpty() ? next : above.constLast()) + kSortGap * (places + 1);
        const qint64 spacing = (high - low) / (places + 1);
        const bool wholeTable = below.size() < width && above.size() < width;
        if (spacing < kMinSpacing && !wholeTable)
            continue;
        QList<QPair<qint64, qint64>> moves;
        qint64 key = low;
        for (auto it = below.crbegin(); it != below.crend(); ++it) {
            key += spacing;
            moves.append({*it, key});
        }
        key += spacing;
        const qint64 free = key;
        for (const qint64 old : std::as_const(above)) {
            key += spacing;
            moves.append({old, key});
        }
        if (Status s = moveSortKeys(moves); !s)
            return s.error();
        return free;
    }
}

// Moves users (and their search rows, whose rowid is the sort key) to new keys, through negative keys so that the
// unique index never sees two users on one key.
Status SyncWriter::Private::moveSortKeys(const QList<QPair<qint64, qint64>> &moves)
{
    struct Terms
    {
        qint64 to;
        QString name;
        QString phone;
        bool hasName = false;
        bool hasPhone = false;
    };
    QList<Terms> terms;
    for (const auto &[from, to] : moves) {
        if (from == to)
            continue;
        Terms t {to, {}, {}};
        nameTermsAt.bind(1, from);
        if (nameTermsAt.next()) {
            t.name = nameTermsAt.text(0);
            t.hasName = true;
        }
        nameTermsAt.finish();
        phoneTermsAt.bind(1, from);
        if (phoneTermsAt.next()) {
            t.phone = phoneTermsAt.text(0);
            t.hasPhone = true;
        }
        phoneTermsAt.finish();
        if (Status s = deleteSearchRows(from); !s)
            return s;
        setSortKey.bind(1, from);
        setSortKey.bind(2, -to);
        if (Status s = setSortKey.exec(); !s)
            return s;
        terms.append(t);
    }
    for (const Terms &t : std::as_const(terms)) {
        setSortKey.bind(1, -t.to);
        setSortKey.bind(2, t.to);
        if (Status s = setSortKey.exec(); !s)
            return s;
        if (t.hasName) {
            insertNameTerms.bind(1, t.to);
            insertNameTerms.bind(2, t.name);
            if (Status s = insertNameTerms.exec(); !s)
                return s;
        }
        if (t.hasPhone) {
            insertPhoneTerms.bind(1, t.to);
            insertPhoneTerms.bind(2, t.phone);
            if (Status s = insertPhoneTerms.exec(); !s)
                return s;
        }
    }
    return {};
}

Status SyncWriter::Private::removeUser(const QString &id, SyncPageStats &stats)
{
    bool found = false;
    auto stored = loadUser(id, &found);
    if (!stored)
        return stored.error();
    if (!found)
        return {};
    if (Status s = deleteSearchRows(stored->sortKey); !s)
        return s;
    deleteUser.bind(1, stored->uid);
    if (Status s = deleteUser.exec(); !s)
        return s;
    ++stats.removed;
    return {};
}

Status SyncWriter::Private::upsertUser(const Round &round, const SyncUser &in, SyncPageStats &stats)
{
    if (in.user.id.isEmpty())
        return {};
    if (in.removed)
        return removeUser(in.user.id, stats);
    const bool full = round.mode == Mode::Full;
    auto bindUser = [](SqliteStatement &st, const Core::UserRecord &u) {
        st.bind(3, u.userPrincipalName);
        st.bind(4, u.displayName);
        st.bind(5, u.givenName);
        st.bind(6, u.surname);
        st.bind(7, u.mail);
        st.bind(8, u.mobilePhone);
        st.bind(9, u.businessPhones.join(u'\n'));
        st.bind(10, u.otherMails.join(u'\n'));
        st.bind(11, u.usageLocation);
        st.bind(12, u.country);
        st.bind(13, u.department);
        st.bind(14, u.jobTitle);
        st.bind(15, qint64(u.accountEnabled ? 1 : 0));
        st.bind(16, qint64(u.onPremisesSynced ? 1 : 0));
        st.bind(17, u.userType);
    };

    if (full && in.fields == SyncField::AllUserFields && !in.user.userPrincipalName.isEmpty()) {
        Core::UserRecord u = in.user;
        if (u.userType.isEmpty())
            u.userType = u"Member"_s;
        const qint64 key = nextTemporaryKey;
        tryInsertUser.bind(1, u.id);
        tryInsertUser.bind(2, key);
        bindUser(tryInsertUser, u);
        tryInsertUser.bind(18, round.generation);
        // A failure here is the UPN held by another user: the path below frees it first.
        if (tryInsertUser.exec() && tryInsertUser.changes() > 0) {
            ++nextTemporaryKey;
            ++stats.added;
            return {};
        }
    }

    bool found = false;
    auto loaded = loadUser(in.user.id, &found);
    if (!loaded)
        return loaded.error();
    StoredUser stored = std::move(loaded).value();

    if (!found) {
        Core::UserRecord u;
        u.id = in.user.id;
        merge(u, in.user, in.fields);
        if (u.userPrincipalName.isEmpty())
            u.userPrincipalName = u.id; // the column is unique and required; Graph always sends one for a new user
        if (u.userType.isEmpty())
            u.userType = u"Member"_s;
        if (Status s = freeUpn(u.userPrincipalName, 0); !s)
            return s;
        qint64 key = 0;
        if (full) {
            key = nextTemporaryKey++;
        } else {
            auto allocated = allocateSortKey(u, 0);
            if (!allocated)
                return allocated.error();
            key = allocated.value();
        }
        insertUser.bind(1, u.id);
        insertUser.bind(2, key);
        bindUser(insertUser, u);
        insertUser.bind(18, round.generation);
        if (Status s = insertUser.exec(); !s)
            return s;
        ++stats.added;
        if (!full)
            return writeSearchRows(sqlite3_last_insert_rowid(handle), key, u);
        return {};
    }

    Core::UserRecord u = stored.user;
    merge(u, in.user, in.fields);
    if (u.userPrincipalName.isEmpty())
        u.userPrincipalName = stored.user.userPrincipalName;
    if (sameStoredFields(u, stored.user)) {
        ++stats.unchanged;
        if (stored.generation == round.generation)
            return {};
        touchUser.bind(1, stored.uid);
        touchUser.bind(2, round.generation);
        return touchUser.exec();
    }
    if (u.userPrincipalName.compare(stored.user.userPrincipalName, Qt::CaseInsensitive) != 0) {
        if (Status s = freeUpn(u.userPrincipalName, stored.uid); !s)
            return s;
    }
    qint64 key = stored.sortKey;
    const bool moves = !full && !sameOrder(u, stored.user);
    const bool reindex = !full
        && (moves || !sameNameTerms(u, stored.user) || u.mobilePhone != stored.user.mobilePhone
            || u.businessPhones != stored.user.businessPhones);
    if (reindex) {
        if (Status s = deleteSearchRows(stored.sortKey); !s)
            return s;
    }
    if (moves) {
        // Off its key while the neighbours may be respaced around the new place.
        setSortKey.bind(1, stored.sortKey);
        setSortKey.bind(2, -(kTemporaryKeyBase + stored.uid));
        if (Status s = setSortKey.exec(); !s)
            return s;
        auto allocated = allocateSortKey(u, stored.uid);
        if (!allocated)
            return allocated.error();
        key = allocated.value();
    }
    updateUser.bind(1, stored.uid);
    updateUser.bind(2, key);
    bindUser(updateUser, u);
    updateUser.bind(18, round.generation);
    if (Status s = updateUser.exec(); !s)
        return s;
    ++stats.updated;
    if (reindex)
        return writeSearchRows(stored.uid, key, u);
    return {};
}

// A full round writes every row: secondary indexes that only readers need are dropped for it and built once, from
// their own CREATE statements, by the round's last transaction (sorting once beats random B-tree inserts, and the
// write-ahead log stays small). The statements are kept in meta, committed with the page that dropped them, so a
// round resumed after a crash still rebuilds them.
Status SyncWriter::Private::deferIndexes(const QString &resource, const QStringList &names)
{
    const QString key = u"sync_deferred_indexes_"_s + resource;
    QStringList deferred = db.metaValue(key).split(u'\n', Qt::SkipEmptyParts);
    bool changed = false;
    QSqlQuery q(db.connection());
    for (const QString &name : names) {
        q.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"_s);
        q.addBindValue(name);
        if (!q.exec())
            return Error {Database::errorText(q)};
        if (!q.next())
            continue;
        const QString sql = q.value(0).toString().simplified();
        q.finish();
        if (!deferred.contains(sql))
            deferred << sql;
        if (!q.exec(u"DROP INDEX \"%1\""_s.arg(QString(name).replace(u'"', u"\"\""_s))))
            return Error {Database::errorText(q)};
        changed = true;
    }
    return changed ? db.setMetaValue(key, deferred.join(u'\n')) : Status {};
}

Status SyncWriter::Private::restoreIndexes(const QString &resource)
{
    const QString key = u"sync_deferred_indexes_"_s + resource;
    const QStringList deferred = db.metaValue(key).split(u'\n', Qt::SkipEmptyParts);
    if (deferred.isEmpty())
        return {};
    for (const QString &sql : deferred) {
        if (Status s = exec(sql.toUtf8().constData()); !s)
            return s;
    }
    return db.setMetaValue(key, Database::text(QString()));
}

Result<qint64> SyncWriter::Private::finishFullUsers(qint64 generation)
{
    // Only now, with the whole round seen, is "not marked" the same as "gone from the server".
    QSqlQuery sweep(db.connection());
    sweep.prepare(u"DELETE FROM users WHERE sync_gen <> ?"_s);
    sweep.bindValue(0, generation);
    if (!sweep.exec())
        return Error {Database::errorText(sweep)};
    const qint64 removed = sweep.numRowsAffected();
    if (Status s = restoreIndexes(Users); !s)
        return s.error();
    if (Status s = renumberAndRebuildSearch(); !s)
        return s.error();
    return removed;
}

// Sort keys in name order with even gaps, and both search indexes rebuilt from scratch (dropping and recreating an
// FTS5 table is far cheaper than deleting its rows one by one).
Status SyncWriter::Private::renumberAndRebuildSearch()
{
    QHash<QString, QByteArray> schema;
    {
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT name, sql FROM sqlite_master WHERE name IN ('users_by_sort_key', 'users_fts', "
                    "'users_phone_fts')"_s))
            return Error {Database::errorText(q)};
        while (q.next())
            schema.insert(q.value(0).toString(), q.value(1).toString().toUtf8());
        if (schema.size() != 3)
            return Error {Tr::tr("The store's search schema is incomplete; it cannot be synced.")};
    }
    if (Status s = exec("DROP INDEX users_by_sort_key"); !s)
        return s;
    const QByteArray renumber = "UPDATE users SET sort_key = o.k FROM (SELECT uid, ROW_NUMBER() OVER (ORDER BY "
                                "display_name COLLATE NOCASE, upn) * "
        + QByteArray::number(kSortGap) + " AS k FROM users) AS o WHERE o.uid = users.uid";
    if (Status s = exec(renumber.constData()); !s)
        return s;
    if (Status s = exec(schema.value(u"users_by_sort_key"_s).constData()); !s)
        return s;
    if (Status s = exec("DROP TABLE users_fts"); !s)
        return s;
    if (Status s = exec("DROP TABLE users_phone_fts"); !s)
        return s;
    if (Status s = exec(schema.value(u"users_fts"_s).constData()); !s)
        return s;
    if (Status s = exec(schema.value(u"users_phone_fts"_s).constData()); !s)
        return s;

    SqliteStatement all;
    if (Status s = all.prepare(db,
            "SELECT u.sort_key, u.display_name, u.given_name, u.surname, u.upn, u.mail, "
            "u.mobile_phone, u.business_phones, (SELECT group_concat(m.value, char(10)) FROM "
            "user_methods m WHERE m.uid = u.uid AND m.phone_digits IS NOT NULL) FROM users u "
            "ORDER BY u.sort_key");
        !s)
        return s;
    // Reading rows and writing index rows stay on this connection; computing the terms (a third of the work) runs
    // on a helper thread, one chunk ahead.
    constexpr int kChunk = 4096;
    struct Row
    {
        qint64 key = 0;
        Core::UserRecord user; // names, mail, profile phones
        QStringList methodPhones;
    };
    struct Terms
    {
        qint64 key = 0;
        QString name;
        QString phone;
    };
    bool exhausted = false; // SqliteStatement::next() after the last row would run the query again
    auto readChunk = [&all, &exhausted](QList<Row> *rows) {
        rows->clear();
        while (!exhausted && rows->size() < kChunk) {
            if (!all.next()) {
                exhausted = true;
                break;
            }
            Row r;
            r.key = all.integer(0);
            r.user.displayName = all.text(1);
            r.user.givenName = all.text(2);
            r.user.surname = all.text(3);
            r.user.userPrincipalName = all.text(4);
            r.user.mail = all.text(5);
            r.user.mobilePhone = all.text(6);
            r.user.businessPhones = all.text(7).split(u'\n', Qt::SkipEmptyParts);
            if (!all.isNull(8))
                r.methodPhones = all.text(8).split(u'\n', Qt::SkipEmptyParts);
            rows->append(std::move(r));
        }
    };
    auto compute = [](QList<Row> rows) {
        QList<Terms> out;
        out.reserve(rows.size());
        for (const Row &r : std::as_const(rows)) {
            QStringList phones;
            if (!r.user.mobilePhone.isEmpty())
                phones << r.user.mobilePhone;
            phones << r.user.businessPhones << r.methodPhones;
            out.append({r.key, SearchTerms::nameTerms(r.user), SearchTerms::phoneTerms(phones)});
        }
        return out;
    };
    auto insert = [this](const QList<Terms> &terms) -> Status {
        for (const Terms &t : terms) {
            insertNameTerms.bind(1, t.key);
            insertNameTerms.bind(2, t.name);
            if (Status s = insertNameTerms.exec(); !s)
                return s;
            if (t.phone.isEmpty())
                continue;
            insertPhoneTerms.bind(1, t.key);
            insertPhoneTerms.bind(2, t.phone);
            if (Status s = insertPhoneTerms.exec(); !s)
                return s;
        }
        return {};
    };
    QList<Row> rows;
    readChunk(&rows);
    while (!rows.isEmpty()) {
        std::future<QList<Terms>> computing = std::async(std::launch::async, compute, std::move(rows));
        rows = {};
        readChunk(&rows);
        if (Status s = insert(computing.get()); !s)
            return s;
    }
    return all.error();
}

// ---- Groups ----

Result<qint64> SyncWriter::Private::groupFor(const QString &id, bool createStub)
{
    selectGroup.bind(1, id);
    const qint64 gid = selectGroup.next() ? selectGroup.integer(0) : 0;
    const Status s = selectGroup.error();
    selectGroup.finish();
    if (!s)
        return s.error();
    if (gid != 0 || !createStub)
        return gid;
    stubGroup.bind(1, id);
    if (Status st = stubGroup.exec(); !st)
        return st.error();
    return qint64(sqlite3_last_insert_rowid(handle));
}

Status SyncWriter::Private::upsertGroup(const Round &round, const SyncGroup &in, SyncPageStats &stats)
{
    if (in.group.id.isEmpty())
        return {};
    if (in.removed) {
        deleteGroup.bind(1, in.group.id);
        if (Status s = deleteGroup.exec(); !s)
            return s;
        stats.removed += deleteGroup.changes();
        return {};
    }
    GroupFields stored;
    selectGroup.bind(1, in.group.id);
    const bool found = selectGroup.next();
    if (found) {
        stored.gid = selectGroup.integer(0);
        stored.generation = selectGroup.integer(1);
        stored.group.displayName = selectGroup.text(2);
        stored.group.description = selectGroup.text(3);
        stored.group.mailNickname = selectGroup.text(4);
        stored.group.securityEnabled = selectGroup.integer(5) != 0;
        stored.group.mailEnabled = selectGroup.integer(6) != 0;
    }
    const Status read = selectGroup.error();
    selectGroup.finish();
    if (!read)
        return read;

    qint64 gid = stored.gid;
    Core::GroupRecord g = stored.group;
    merge(g, in.group, in.fields);
    if (!found) {
        insertGroup.bind(1, in.group.id);
        insertGroup.bind(2, g.displayName);
        insertGroup.bind(3, g.description);
        insertGroup.bind(4, g.mailNickname);
        insertGroup.bind(5, qint64(g.securityEnabled ? 1 : 0));
        insertGroup.bind(6, qint64(g.mailEnabled ? 1 : 0));
        insertGroup.bind(7, round.generation);
        if (Status s = insertGroup.exec(); !s)
            return s;
        gid = sqlite3_last_insert_rowid(handle);
        ++stats.added;
    } else if (!sameGroup(g, stored.group) || stored.generation == 0) {
        // generation 0: a placeholder for a nested group, filled now (counted as added: it is new to the reader)
        updateGroup.bind(1, gid);
        updateGroup.bind(2, g.displayName);
        updateGroup.bind(3, g.description);
        updateGroup.bind(4, g.mailNickname);
        updateGroup.bind(5, qint64(g.securityEnabled ? 1 : 0));
        updateGroup.bind(6, qint64(g.mailEnabled ? 1 : 0));
        updateGroup.bind(7, round.generation);
        if (Status s = updateGroup.exec(); !s)
            return s;
        if (stored.generation == 0)
            ++stats.added;
        else
            ++stats.updated;
    } else {
        ++stats.unchanged;
        if (stored.generation != round.generation) {
            touchGroup.bind(1, gid);
            touchGroup.bind(2, round.generation);
            if (Status s = touchGroup.exec(); !s)
                return s;
        }
    }
    return applyMembers(round, gid, in.members, stats);
}

Status SyncWriter::Private::applyMembers(
    const Round &round, qint64 gid, const QList<SyncMember> &members, SyncPageStats &stats)
{
    const bool full = round.mode == Mode::Full;
    // Adds (or, in a full round, marks an existing row as seen) or removes one row; counts real changes only.
    auto apply = [&](SqliteStatement &insert, SqliteStatement &touch, SqliteStatement &remove, qint64 parent,
                     const std::function<void(SqliteStatement &)> &bindMember, bool removed, bool counted) -> Status {
        if (removed) {
            remove.bind(1, parent);
            bindMember(remove);
            if (Status s = remove.exec(); !s)
                return s;
            if (counted)
                stats.membershipsRemoved += remove.changes();
            return {};
        }
        insert.bind(1, parent);
        bindMember(insert);
        insert.bind(3, round.generation);
        if (Status s = insert.exec(); !s)
            return s;
        if (insert.changes() > 0) {
            if (counted)
                ++stats.membershipsAdded;
        } else if (full) {
            touch.bind(1, parent);
            bindMember(touch);
            touch.bind(3, round.generation);
            if (Status s = touch.exec(); !s)
                return s;
        }
        return {};
    };
    for (const SyncMember &m : members) {
        if (m.id.isEmpty())
            continue;
        if (m.isGroup) {
            auto child = groupFor(m.id, !m.removed);
            if (!child)
                return child.error();
            const qint64 childGid = child.value();
            if (childGid == 0 || childGid == gid)
                continue;
            if (Status s = apply(
                    insertNesting, touchNesting, deleteNesting, gid,
                    [childGid](SqliteStatement &st) { st.bind(2, childGid); }, m.removed, true);
                !s)
                return s;
            continue;
        }
        userById.bind(1, m.id);
        const qint64 uid = userById.next() ? userById.integer(0) : 0;
        const Status read = userById.error();
        userById.finish();
        if (!read)
            return read;
        Status s;
        if (uid != 0) {
            s = apply(
                insertMember, touchMember, deleteMember, gid, [uid](SqliteStatement &st) { st.bind(2, uid); },
                m.removed, true);
        } else {
            // A member the users round has not brought yet (created since): kept until it arrives.
            const QString id = m.id;
            s = apply(
                insertPending, touchPending, deletePending, gid, [&id](SqliteStatement &st) { st.bind(2, id); },
                m.removed, false);
        }
        if (!s)
            return s;
    }
    return {};
}

Result<qint64> SyncWriter::Private::resolvePending()
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"INSERT OR IGNORE INTO group_members (gid, uid, sync_gen) SELECT p.gid, u.uid, p.sync_gen "
                "FROM sync_pending_members p JOIN users u ON u.id = p.member_id"_s))
        return Error {Database::errorText(q)};
    const qint64 added = q.numRowsAffected();
    if (!q.exec(u"DELETE FROM sync_pending_members WHERE member_id IN (SELECT id FROM users)"_s))
        return Error {Database::errorText(q)};
    return added;
}

Result<qint64> SyncWriter::Private::finishFullGroups(qint64 generation)
{
    QSqlQuery q(db.connection());
    qint64 removedGroups = 0;
    for (const QString &sql : {u"DELETE FROM groups WHERE sync_gen <> ?"_s,
             u"DELETE FROM group_members WHERE sync_gen <> ?"_s, u"DELETE FROM group_nesting WHERE sync_gen <> ?"_s,
             u"DELETE FROM sync_pending_members WHERE sync_gen <> ?"_s}) {
        q.prepare(sql);
        q.bindValue(0, generation);
        if (!q.exec())
            return Error {Database::errorText(q)};
        if (removedGroups == 0 && sql.contains(u"FROM groups"_s))
            removedGroups = q.numRowsAffected();
    }
    if (Status s = restoreIndexes(Groups); !s)
        return s.error();
    return removedGroups;
}

// ---- Public ----

SyncWriter::SyncWriter(Database &db)
    : d(std::make_unique<Private>(db))
{ }

SyncWriter::~SyncWriter() = default;

void SyncWriter::interrupt()
{
    if (sqlite3 *db = d->interruptible.load())
        sqlite3_interrupt(db);
}

Status SyncWriter::checkSyncable()
{
    QSqlQuery q(d->db.connection());
    if (!q.exec(u"SELECT kind FROM tenant WHERE id = 1"_s))
        return Error {Database::errorText(q)};
    if (q.next() && q.value(0).toString() == u"local"_s)
        return Error {Tr::tr("This store holds an offline tenant (such as the demo); only a Graph profile can be "
                             "synced.")};
    return {};
}

Result<SyncCursor> SyncWriter::cursor(const QString &resource)
{
    if (Status s = d->prepareAll(); !s)
        return s.error();
    return d->cursor(resource);
}

Result<SyncWriter::Round> SyncWriter::openRound(const QString &resource, bool forceFull)
{
    auto stored = cursor(resource);
    if (!stored)
        return stored.error();
    const SyncCursor &c = stored.value();
    Round round;
    round.resource = resource;
    if (!c.round.isEmpty() && !c.nextLink.isEmpty() && (c.round == kFull || !forceFull)) {
        round.mode = c.round == kFull ? Mode::Full : Mode::Delta;
        round.generation = c.generation;
        round.startLink = c.nextLink;
        round.resuming = true;
        return round;
    }
    if (!forceFull && !c.deltaLink.isEmpty()) {
        round.mode = Mode::Delta;
        round.generation = c.generation;
        round.startLink = c.deltaLink;
        return round;
    }
    round.mode = Mode::Full;
    round.generation = c.generation + 1;
    return round;
}

Result<SyncWriter::Round> SyncWriter::restartFull(const QString &resource)
{
    // A new generation even when a full round was open: what that round marked may have gone since.
    auto stored = cursor(resource);
    if (!stored)
        return stored.error();
    Round round;
    round.resource = resource;
    round.mode = Mode::Full;
    round.generation = stored->generation + 1;
    return round;
}

Status SyncWriter::Private::endPage(const Round &round, const QString &nextLink, const QString &deltaLink, qint64 count,
    SyncPageStats &stats, const std::function<Result<qint64>(qint64)> &sweepFull)
{
    const bool complete = nextLink.isEmpty();
    if (complete) {
        if (round.mode == Mode::Full) {
            auto swept = sweepFull(round.generation);
            if (!swept)
                return swept.error();
            stats.removed += swept.value();
        }
        auto resolved = resolvePending();
        if (!resolved)
            return resolved.error();
        stats.membershipsAdded += resolved.value();
    }
    if (Status s = advanceCursor(round, nextLink, deltaLink, count, complete, stats); !s)
        return s;
    stats.roundComplete = complete;
    return {};
}

Result<SyncPageStats> SyncWriter::writeUsers(const Round &round, const SyncPage<SyncUser> &page)
{
    if (Status s = d->prepareAll(); !s)
        return s.error();
    SyncPageStats stats;
    Transaction transaction(d->handle);
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = d->checkFollows(round, page.link); !s)
        return s.error();
    if (round.mode == Mode::Full) {
        if (Status s = d->deferIndexes(Users, {u"users_by_name"_s}); !s)
            return s.error();
        d->maxSortKey.next();
        const qint64 max = d->maxSortKey.isNull(0) ? 0 : d->maxSortKey.integer(0);
        d->maxSortKey.finish();
        d->nextTemporaryKey = qMax(max + 1, kTemporaryKeyBase);
    }
    for (const SyncUser &user : page.items) {
        if (Status s = d->upsertUser(round, user, stats); !s)
            return Error {Tr::tr("Cannot store user %1: %2").arg(user.user.id, s.errorMessage())};
    }
    if (Status s = d->endPage(round, page.nextLink, page.deltaLink, page.items.size(), stats,
            [this](qint64 generation) { return d->finishFullUsers(generation); });
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return stats;
}

Result<SyncPageStats> SyncWriter::writeGroups(const Round &round, const SyncPage<SyncGroup> &page)
{
    if (Status s = d->prepareAll(); !s)
        return s.error();
    SyncPageStats stats;
    Transaction transaction(d->handle);
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = d->checkFollows(round, page.link); !s)
        return s.error();
    if (round.mode == Mode::Full) {
        if (Status s = d->deferIndexes(Groups, {u"group_members_by_user"_s}); !s)
            return s.error();
    }
    for (const SyncGroup &group : page.items) {
        if (Status s = d->upsertGroup(round, group, stats); !s)
            return Error {Tr::tr("Cannot store group %1: %2").arg(group.group.id, s.errorMessage())};
    }
    if (Status s = d->endPage(round, page.nextLink, page.deltaLink, page.items.size(), stats,
            [this](qint64 generation) { return d->finishFullGroups(generation); });
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return stats;
}

Result<SyncPageStats> SyncWriter::writeRegistrations(const Round &round, const SyncPage<SyncRegistration> &page)
{
    if (Status s = d->prepareAll(); !s)
        return s.error();
    SyncPageStats stats;
    Transaction transaction(d->handle);
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = d->checkFollows(round, page.link); !s)
        return s.error();
    for (const SyncRegistration &r : page.items) {
        d->registration.bind(1, r.userId);
        d->registration.bind(2, r.methodsRegistered.join(u'\n'));
        d->registration.bind(3, qint64(r.isAdmin ? 1 : 0));
        d->registration.bind(4, qint64(r.methodMask));
        if (Status s = d->registration.exec(); !s)
            return s.error();
        if (d->registration.changes() > 0)
            ++stats.updated;
        else
            ++stats.unchanged;
    }
    const bool complete = page.nextLink.isEmpty();
    if (Status s = d->advanceCursor(round, page.nextLink, {}, page.items.size(), complete, stats); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    stats.roundComplete = complete;
    return stats;
}

Status SyncWriter::saveAuthMethodsPolicy(const Core::AuthMethodsPolicy &policy)
{
    PolicyRepository policies(d->db);
    return policies.saveAuthMethodsPolicy(policy);
}

Status SyncWriter::saveAllowedToUseSspr(bool allowed)
{
    return d->db.transaction([&]() -> Status {
        QSqlQuery q(d->db.connection());
        if (!q.exec(u"INSERT OR IGNORE INTO sspr_policy (id) VALUES (1)"_s))
            return Error {Database::errorText(q)};
        q.prepare(u"UPDATE sspr_policy SET allowed_to_use_sspr = ?, updated_at = ? WHERE id = 1"_s);
        q.bindValue(0, allowed);
        q.bindValue(1, nowText());
        if (!q.exec())
            return Error {Database::errorText(q)};
        return {};
    });
}

Result<int> SyncWriter::replaceMethods(const QList<SyncUserMethods> &users)
{
    if (Status s = d->prepareAll(); !s)
        return s.error();
    Transaction transaction(d->handle);
    if (Status s = transaction.begin(); !s)
        return s.error();
    int written = 0;
    const QString now = nowText();
    for (const SyncUserMethods &entry : users) {
        d->methodsUser.bind(1, entry.userId);
        if (!d->methodsUser.next()) {
            const Status s = d->methodsUser.error();
            d->methodsUser.finish();
            if (!s)
                return s.error();
            continue;
        }
        const qint64 uid = d->methodsUser.integer(0);
        const qint64 sortKey = d->methodsUser.integer(1);
        QStringList phones;
        if (const QString mobile = d->methodsUser.text(2); !mobile.isEmpty())
            phones << mobile;
        phones << d->methodsUser.text(3).split(u'\n', Qt::SkipEmptyParts);
        d->methodsUser.finish();

        d->deleteMethods.bind(1, uid);
        if (Status s = d->deleteMethods.exec(); !s)
            return s.error();
        int mask = 0;
        for (const Core::AuthMethod &m : entry.methods) {
            // An Authentication Administrator reads masked numbers ("+1 XXXXXXXX34", graph-facts §3.1): kept for
            // display, but neither a searchable number nor one to compare between accounts.
            const bool phone = Core::isPhoneType(m.type) && !m.value.contains(u'X') && !m.value.contains(u'*');
            d->insertMethod.bind(1, uid);
            d->insertMethod.bind(2, m.id);
            d->insertMethod.bind(3, Core::methodTypeKey(m.type));
            d->insertMethod.bind(4, m.value);
            if (phone)
                d->insertMethod.bind(5, SearchTerms::phoneKey(m.value));
            else
                d->insertMethod.bindNull(5);
            d->insertMethod.bind(6, m.detail);
            if (m.createdAt.isValid())
                d->insertMethod.bind(7, m.createdAt.toString(Qt::ISODate));
            else
                d->insertMethod.bindNull(7);
            d->insertMethod.bind(8, qint64(m.usable ? 1 : 0));
            d->insertMethod.bind(9, m.unusableReason);
            if (Status s = d->insertMethod.exec(); !s)
                return Error {Tr::tr("Cannot store the methods of user %1: %2").arg(entry.userId, s.errorMessage())};
            if (m.usable)
                mask |= Core::methodBit(m.type);
            if (phone)
                phones << m.value;
        }
        d->methodsDone.bind(1, uid);
        d->methodsDone.bind(2, qint64(mask));
        d->methodsDone.bind(3, now);
        if (Status s = d->methodsDone.exec(); !s)
            return s.error();
        d->deletePhoneTerms.bind(1, sortKey);
        if (Status s = d->deletePhoneTerms.exec(); !s)
            return s.error();
        const QString terms = SearchTerms::phoneTerms(phones);
        if (!terms.isEmpty()) {
            d->insertPhoneTerms.bind(1, sortKey);
            d->insertPhoneTerms.bind(2, terms);
            if (Status s = d->insertPhoneTerms.exec(); !s)
                return s.error();
        }
        ++written;
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return written;
}

} // namespace Sspr::Store
