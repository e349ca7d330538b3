#include "tokenissuer.h"

#include "auditlog.h"
#include "database.h"
#include "totpsecret.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Sspr::Services {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Services::TokenIssuer)
};

const QString kRecipientColumns = u"u.uid, u.upn, u.display_name, u.user_type"_s;

TokenRecipient recipientFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString().compare(u"Guest"_s, Qt::CaseInsensitive) == 0};
}

// What the audit log shows about a token: the serial and what an app needs to agree on, never the secret.
QString tokenDescription(const TotpHandoutEntry &entry)
{
    const Core::TotpParameters &p = entry.key.parameters;
    // Concatenated, not arg()-chained: an issuer may itself contain "%4".
    return entry.serial + u" (issuer \""_s + entry.key.issuer + u"\", "_s + Core::Totp::algorithmName(p.algorithm)
        + u", "_s + QString::number(p.digits) + u" digits, "_s + QString::number(p.period) + u" s)"_s;
}

} // namespace

TokenIssuer::TokenIssuer(Store::Database &db, QString actor, QString source)
    : m_db(db)
    , m_actor(actor.isEmpty() ? Store::AuditLog::localActor() : std::move(actor))
    , m_source(std::move(source))
{ }

Core::Result<QString> TokenIssuer::tenantIssuer()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT name FROM tenant WHERE id = 1"_s))
        return Core::Error {Store::Database::errorText(q)};
    const QString name = q.next() ? q.value(0).toString().trimmed() : QString();
    return name.isEmpty() ? u"SSPR Console"_s : name;
}

Core::Result<std::optional<TokenRecipient>> TokenIssuer::recipient(qint64 uid)
{
    auto q = m_db.prepare(u"SELECT "_s + kRecipientColumns + u" FROM users u WHERE u.uid = :uid"_s);
    if (!q)
        return q.error();
    q.value().bindValue(u":uid"_s, uid);
    if (const Core::Status s = m_db.exec(q.value()); !s)
        return s.error();
    if (!q.value().next())
        return std::optional<TokenRecipient>();
    return std::optional<TokenRecipient>(recipientFrom(q.value()));
}

Core::Result<std::optional<TokenRecipient>> TokenIssuer::recipientByUpn(const QString &upn)
{
    auto q = m_db.prepare(u"SELECT "_s + kRecipientColumns + u" FROM users u WHERE u.upn = :upn"_s);
    if (!q)
        return q.error();
    q.value().bindValue(u":upn"_s, upn.trimmed());
    if (const Core::Status s = m_db.exec(q.value()); !s)
        return s.error();
    if (!q.value().next())
        return std::optional<TokenRecipient>();
    return std::optional<TokenRecipient>(recipientFrom(q.value()));
}

Core::Result<QList<TokenRecipient>> TokenIssuer::groupMembers(qint64 gid)
{
    // UNION (not UNION ALL) ends cycles in the nesting.
    auto q = m_db.prepare(u"WITH RECURSIVE tree(gid) AS (SELECT :gid UNION SELECT n.child_gid FROM group_nesting n "
                          "JOIN tree t ON n.parent_gid = t.gid) "
                          "SELECT DISTINCT "_s
        + kRecipientColumns
        + u" FROM tree t JOIN group_members m ON m.gid = t.gid JOIN users u ON u.uid = m.uid "
          "ORDER BY u.display_name COLLATE NOCASE, u.upn"_s);
    if (!q)
        return q.error();
    q.value().bindValue(u":gid"_s, gid);
    if (const Core::Status s = m_db.exec(q.value()); !s)
        return s.error();
    QList<TokenRecipient> members;
    while (q.value().next())
        members.append(recipientFrom(q.value()));
    return members;
}

TotpHandoutEntry TokenIssuer::newEntry(const TokenRecipient &recipient, const QString &issuer,
    const Core::TotpParameters &parameters, const QDateTime &issuedAt)
{
    TotpHandoutEntry entry;
    entry.displayName = recipient.displayName;
    entry.key = {issuer.trimmed(), recipient.upn, Core::TotpSecret::generate(), parameters};
    entry.serial = Core::TotpSecret::generateSerial();
    entry.issuedAt = issuedAt;
    return entry;
}

Core::Status TokenIssuer::record(const QList<TokenRecipient> &recipients, const QList<TotpHandoutEntry> &entries)
{
    if (recipients.size() != entries.size())
        return Core::Error {
            Tr::tr("Internal error: %1 users but %2 tokens to record.").arg(recipients.size()).arg(entries.size())};
    return m_db.transaction([&]() -> Core::Status {
        auto q = m_db.prepare(u"INSERT INTO oath_tokens (uid, upn, serial, issuer, algorithm, digits, period, "
                              "issued_at, issued_by) VALUES (:uid, :upn, :serial, :issuer, :algorithm, :digits, "
                              ":period, :issued_at, :issued_by)"_s);
        if (!q)
            return q.error();
        Store::AuditLog audit(m_db);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const TotpHandoutEntry &entry = entries.at(i);
            const TokenRecipient &recipient = recipients.at(i);
            const QDateTime issuedAt = entry.issuedAt.isValid() ? entry.issuedAt : QDateTime::currentDateTimeUtc();
            q.value().bindValue(u":uid"_s, recipient.uid > 0 ? QVariant(recipient.uid) : QVariant());
            q.value().bindValue(u":upn"_s, Store::Database::text(recipient.upn));
            q.value().bindValue(u":serial"_s, Store::Database::text(entry.serial));
            q.value().bindValue(u":issuer"_s, Store::Database::text(entry.key.issuer));
            q.value().bindValue(u":algorithm"_s, Core::Totp::algorithmName(entry.key.parameters.algorithm));
            q.value().bindValue(u":digits"_s, entry.key.parameters.digits);
            q.value().bindValue(u":period"_s, entry.key.parameters.period);
            q.value().bindValue(u":issued_at"_s, issuedAt.toUTC().toString(Qt::ISODate));
            q.value().bindValue(u":issued_by"_s, m_actor);
            if (const Core::Status s = m_db.exec(q.value()); !s)
                return s;
            if (const Core::Status s = audit.append({0, issuedAt, m_actor, m_source, u"token.issue"_s, recipient.upn,
                    u"OATH token"_s, {}, tokenDescription(entry)});
                !s)
                return s;
        }
        return {};
    });
}

Core::Status TokenIssuer::recordVerified(const TokenRecipient &recipient, const TotpHandoutEntry &entry, int stepOffset)
{
    const QString offset = stepOffset == 0 ? u"on time"_s
                                           : u"clock %1 s %2"_s.arg(qAbs(stepOffset) * entry.key.parameters.period)
                                                 .arg(stepOffset < 0 ? u"behind"_s : u"ahead"_s);
    return Store::AuditLog(m_db).append({0, QDateTime::currentDateTimeUtc(), m_actor, m_source, u"token.verify"_s,
        recipient.upn, u"OATH token"_s, {}, entry.serial + u" ("_s + offset + u')'});
}

} // namespace Sspr::Services
