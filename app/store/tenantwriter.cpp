#include "tenantwriter.h"

#include "database.h"
#include "policyrepository.h"
#include "searchterms.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace Sspr::Store {

using Core::Error;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Store::TenantWriter)
};

// Sort keys leave room for about a million inserts between neighbours before a renumbering is needed.
constexpr qint64 kSortGap = qint64(1) << 20;
} // namespace

struct TenantWriter::Statements
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *group = nullptr;
    sqlite3_stmt *user = nullptr;
    sqlite3_stmt *fts = nullptr;
    sqlite3_stmt *phoneFts = nullptr;
    sqlite3_stmt *member = nullptr;
    sqlite3_stmt *nesting = nullptr;
    sqlite3_stmt *method = nullptr;
    bool inTransaction = false;

    ~Statements()
    {
        for (sqlite3_stmt *s : {group, user, fts, phoneFts, member, nesting, method})
            sqlite3_finalize(s);
    }
    bool prepare(sqlite3_stmt **out, const char *sql)
    {
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, out, nullptr) == SQLITE_OK;
    }
};

namespace {
// Binds a QString as UTF-8; SQLITE_TRANSIENT copies it, the QByteArray dies at the end of the statement.
void bindText(sqlite3_stmt *st, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(st, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

bool step(sqlite3_stmt *st)
{
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE;
}
} // namespace

TenantWriter::TenantWriter(Database &db)
    : m_db(db)
    , m_st(std::make_unique<Statements>())
{
}

TenantWriter::~TenantWriter()
{
    abort();
}

Status TenantWriter::begin(const QString &tenantName, const QString &domain)
{
    m_st->db = m_db.rawHandle();
    if (!m_st->db)
        return Error {Tr::tr("The SQLite driver did not expose its connection.")};
    QSqlQuery existing(m_db.connection());
    if (existing.exec(u"SELECT count(*) FROM users"_s) && existing.next() && existing.value(0).toLongLong() > 0)
        return Error {Tr::tr("The store already holds a tenant; seed into a new file instead.")};
    existing.finish();

    // Bulk load: nothing else reads this file yet, and a failed seed is rolled back as a whole.
    sqlite3_exec(m_st->db, "PRAGMA synchronous = OFF", nullptr, nullptr, nullptr);
    sqlite3_exec(m_st->db, "PRAGMA cache_size = -262144", nullptr, nullptr, nullptr);
    if (sqlite3_exec(m_st->db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error {Tr::tr("Cannot start the seed transaction: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_st->db)))};
    m_st->inTransaction = true;

    // Bulk load into empty tables: drop their secondary indexes now and build each once at finish(), from the
    // statements that created them (sorting a million keys once beats a million B-tree inserts).
    {
        QSqlQuery indexes(m_db.connection());
        if (!indexes.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                          "tbl_name IN ('users', 'user_methods', 'group_members')"_s)) {
            const QString text = Database::errorText(indexes);
            abort();
            return Error{Tr::tr("Cannot prepare the seed: %1").arg(text)};
        }
        QStringList names;
        while (indexes.next()) {
            names << indexes.value(0).toString();
            m_droppedIndexes << indexes.value(1).toString();
        }
        indexes.finish();
        for (const QString &name : std::as_const(names)) {
            QString quoted = name;
            quoted.replace(u'"', u"\"\""_s);
            const QByteArray sql = (u"DROP INDEX \""_s + quoted + u'"').toUtf8();
            if (sqlite3_exec(m_st->db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
                const QString text = QString::fromUtf8(sqlite3_errmsg(m_st->db));
                abort();
                return Error{Tr::tr("Cannot prepare the seed: %1").arg(text)};
            }
        }
    }

    const bool ok = m_st->prepare(&m_st->group,
                                  "INSERT INTO groups (gid, id, display_name, description, mail_nickname, "
                                  "security_enabled, mail_enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        && m_st->prepare(&m_st->user,
                         "INSERT INTO users (uid, id, sort_key, upn, display_name, given_name, surname, mail, "
                         "mobile_phone, business_phones, other_mails, usage_location, country, department, "
                         "job_title, account_enabled, on_prem_sync, user_type, admin_roles, method_mask) "
                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        && m_st->prepare(&m_st->fts, "INSERT INTO users_fts (rowid, terms) VALUES (?, ?)")
        && m_st->prepare(&m_st->phoneFts, "INSERT INTO users_phone_fts (rowid, digits) VALUES (?, ?)")
        && m_st->prepare(&m_st->member, "INSERT INTO group_members (gid, uid) VALUES (?, ?)")
        && m_st->prepare(&m_st->nesting, "INSERT INTO group_nesting (parent_gid, child_gid) VALUES (?, ?)")
        && m_st->prepare(&m_st->method,
                         "INSERT INTO user_methods (uid, id, type, value, phone_digits, detail, created_at, usable, "
                         "unusable_reason) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!ok) {
        const QString text = QString::fromUtf8(sqlite3_errmsg(m_st->db));
        abort();
        return Error {Tr::tr("Cannot prepare the seed: %1").arg(text)};
    }

    QSqlQuery tenant(m_db.connection());
    tenant.prepare(u"INSERT INTO tenant (id, name, domain, kind, created_at) VALUES (1, :name, :domain, 'local', "
                   ":at)"_s);
    tenant.bindValue(u":name"_s, tenantName);
    tenant.bindValue(u":domain"_s, domain);
    tenant.bindValue(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!tenant.exec()) {
        const QString text = Database::errorText(tenant);
        abort();
        return Error {Tr::tr("Cannot write the tenant: %1").arg(text)};
    }
    return {};
}

void TenantWriter::addGroup(const Core::GroupRecord &group)
{
    if (!m_error.isEmpty())
        return;
    sqlite3_stmt *st = m_st->group;
    const qint64 gid = m_groupIds.size() + 1;
    sqlite3_bind_int64(st, 1, gid);
    bindText(st, 2, group.id);
    bindText(st, 3, group.displayName);
    bindText(st, 4, group.description);
    bindText(st, 5, group.mailNickname);
    sqlite3_bind_int(st, 6, group.securityEnabled ? 1 : 0);
    sqlite3_bind_int(st, 7, group.mailEnabled ? 1 : 0);
    bindText(st, 8, u"2023-06-01T09:00:00Z"_s);
    if (!step(st))
        m_error = QString::fromUtf8(sqlite3_errmsg(m_st->db));
    m_groupIds.append(group.id);
}

void TenantWriter::addNestedGroup(int parentIndex, int childIndex)
{
    if (!m_error.isEmpty())
        return;
    sqlite3_bind_int64(m_st->nesting, 1, parentIndex + 1);
    sqlite3_bind_int64(m_st->nesting, 2, childIndex + 1);
    if (!step(m_st->nesting))
        m_error = QString::fromUtf8(sqlite3_errmsg(m_st->db));
}

TenantWriter::PreparedUser TenantWriter::prepare(const Core::UserRecord &user, const QList<int> &groupIndexes)
{
    PreparedUser prepared{user, groupIndexes, SearchTerms::nameTerms(user), {}};
    QStringList phones;
    if (!user.mobilePhone.isEmpty())
        phones << user.mobilePhone;
    phones << user.businessPhones;
    for (const Core::AuthMethod &m : user.methods) {
        if (Core::isPhoneType(m.type))
            phones << m.value;
    }
    prepared.phoneTerms = SearchTerms::phoneTerms(phones);
    return prepared;
}

void TenantWriter::addUser(const Core::UserRecord &user, const QList<int> &groupIndexes)
{
    addPrepared(prepare(user, groupIndexes));
}

void TenantWriter::addPrepared(const PreparedUser &prepared)
{
    if (!m_error.isEmpty())
        return;
    const Core::UserRecord &user = prepared.user;
    const qint64 uid = m_nextUid++;
    const qint64 sortKey = uid * kSortGap;
    int mask = 0;
    for (const Core::AuthMethod &m : user.methods) {
        if (m.usable)
            mask |= Core::methodBit(m.type);
    }

    sqlite3_stmt *st = m_st->user;
    sqlite3_bind_int64(st, 1, uid);
    bindText(st, 2, user.id);
    sqlite3_bind_int64(st, 3, sortKey);
    bindText(st, 4, user.userPrincipalName);
    bindText(st, 5, user.displayName);
    bindText(st, 6, user.givenName);
    bindText(st, 7, user.surname);
    bindText(st, 8, user.mail);
    bindText(st, 9, user.mobilePhone);
    bindText(st, 10, user.businessPhones.join(u'\n'));
    bindText(st, 11, user.otherMails.join(u'\n'));
    bindText(st, 12, user.usageLocation);
    bindText(st, 13, user.country);
    bindText(st, 14, user.department);
    bindText(st, 15, user.jobTitle);
    sqlite3_bind_int(st, 16, user.accountEnabled ? 1 : 0);
    sqlite3_bind_int(st, 17, user.onPremisesSynced ? 1 : 0);
    bindText(st, 18, user.userType);
    bindText(st, 19, user.adminRoles.join(u'\n'));
    sqlite3_bind_int(st, 20, mask);
    if (!step(st)) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_st->db));
        return;
    }

    sqlite3_bind_int64(m_st->fts, 1, sortKey);
    bindText(m_st->fts, 2, prepared.nameTerms);
    if (!step(m_st->fts)) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_st->db));
        return;
    }

    for (const Core::AuthMethod &m : user.methods) {
        sqlite3_stmt *ms = m_st->method;
        sqlite3_bind_int64(ms, 1, uid);
        bindText(ms, 2, m.id);
        bindText(ms, 3, Core::methodTypeKey(m.type));
        bindText(ms, 4, m.value);
        if (Core::isPhoneType(m.type))
            bindText(ms, 5, SearchTerms::phoneKey(m.value));
        else
            sqlite3_bind_null(ms, 5);
        bindText(ms, 6, m.detail);
        bindText(ms, 7, m.createdAt.toString(Qt::ISODate));
        sqlite3_bind_int(ms, 8, m.usable ? 1 : 0);
        bindText(ms, 9, m.unusableReason);
        if (!step(ms)) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_st->db));
            return;
        }
    }
    if (!prepared.phoneTerms.isEmpty()) {
        sqlite3_bind_int64(m_st->phoneFts, 1, sortKey);
        bindText(m_st->phoneFts, 2, prepared.phoneTerms);
        if (!step(m_st->phoneFts)) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_st->db));
            return;
        }
    }
    for (int index : prepared.groupIndexes) {
        sqlite3_bind_int64(m_st->member, 1, index + 1);
        sqlite3_bind_int64(m_st->member, 2, uid);
        if (!step(m_st->member)) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_st->db));
            return;
        }
    }
}

Status TenantWriter::finish(const Core::SsprPolicy &policy)
{
    if (!m_error.isEmpty()) {
        const QString text = m_error;
        abort();
        return Error {Tr::tr("The seed failed: %1").arg(text)};
    }
    PolicyRepository policies(m_db);
    if (Status s = policies.saveWithoutTransaction(policy); !s) {
        abort();
        return s;
    }
    if (Status s = policies.writeDefaultAuthMethodsPolicy(); !s) {
        abort();
        return s;
    }
    for (const QString &sql : std::as_const(m_droppedIndexes)) {
        if (sqlite3_exec(m_st->db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            const QString text = QString::fromUtf8(sqlite3_errmsg(m_st->db));
            abort();
            return Error{Tr::tr("The seed produced inconsistent data (%1); nothing was written.").arg(text)};
        }
    }
    m_droppedIndexes.clear();
    if (sqlite3_exec(m_st->db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString text = QString::fromUtf8(sqlite3_errmsg(m_st->db));
        abort();
        return Error {Tr::tr("Cannot commit the seed: %1").arg(text)};
    }
    m_st->inTransaction = false;
    // Merge the FTS segments written in many small batches; later searches read fewer of them.
    sqlite3_exec(m_st->db, "INSERT INTO users_fts (users_fts) VALUES ('optimize')", nullptr, nullptr, nullptr);
    sqlite3_exec(m_st->db, "INSERT INTO users_phone_fts (users_phone_fts) VALUES ('optimize')", nullptr, nullptr,
                 nullptr);
    sqlite3_exec(m_st->db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    sqlite3_exec(m_st->db, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    sqlite3_exec(m_st->db, "ANALYZE", nullptr, nullptr, nullptr);
    return {};
}

void TenantWriter::abort()
{
    if (m_st && m_st->inTransaction) {
        sqlite3_exec(m_st->db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_st->inTransaction = false;
        sqlite3_exec(m_st->db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    }
}

} // namespace Sspr::Store
