#include "groupservice.h"

#include "auditlog.h"
#include "database.h"
#include "outboxchange.h"
#include "outboxrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace Sspr::Services {

using Core::Error;
using Core::Result;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Services::GroupService)
};

const QString kForbiddenNicknameCharacters = uR"(@()\[]";:.<>,)"_s;

} // namespace

GroupService::GroupService(Store::Database &db, QString actor, QString source)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_source(std::move(source))
{ }

Status GroupService::validateDisplayName(const QString &displayName)
{
    const QString name = displayName.trimmed();
    if (name.isEmpty())
        return Error {Tr::tr("Enter a display name for the group.")};
    if (name.size() > kMaxDisplayNameLength)
        return Error {Tr::tr("A display name can be at most %1 characters long.").arg(kMaxDisplayNameLength)};
    return {};
}

Status GroupService::validateMailNickname(const QString &nickname)
{
    if (nickname.isEmpty())
        return Error {Tr::tr("Enter a mail nickname for the group.")};
    if (nickname.size() > kMaxNicknameLength)
        return Error {Tr::tr("A mail nickname can be at most %1 characters long.").arg(kMaxNicknameLength)};
    for (const QChar c : nickname) {
        if (c.isSpace())
            return Error {Tr::tr("A mail nickname cannot contain spaces.")};
        if (kForbiddenNicknameCharacters.contains(c))
            return Error {
                Tr::tr("A mail nickname cannot contain \u201c%1\u201d (none of @ ( ) \\ [ ] \" ; : . < > , or "
                       "space are allowed).")
                    .arg(c)};
        if (c.unicode() > 127 || c.unicode() < 32)
            return Error {Tr::tr("A mail nickname can contain only ASCII letters, digits and punctuation.")};
    }
    return {};
}

QString GroupService::suggestMailNickname(const QString &displayName)
{
    // The same rule as the console's New group dialog: what a script creates is what a person would get.
    QString out;
    bool dash = false;
    for (const QChar c : displayName.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && (c.isLetterOrNumber() || c == u'_')) {
            out += c.toLower();
            dash = false;
        } else if ((c.isSpace() || c == u'-' || c == u'.') && !out.isEmpty() && !dash) {
            out += u'-';
            dash = true;
        } // anything else (accents of decomposed letters, other scripts, punctuation) is left out
    }
    out.truncate(kMaxNicknameLength);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

Result<Store::GroupRow> GroupService::createSecurityGroup(
    const QString &displayName, const QString &description, const QString &mailNickname)
{
    if (Status s = validateDisplayName(displayName); !s)
        return s.error();
    if (Status s = validateMailNickname(mailNickname); !s)
        return s.error();
    if (description.size() > kMaxDescriptionLength)
        return Error {Tr::tr("A description can be at most %1 characters long.").arg(kMaxDescriptionLength)};

    Store::GroupRow row;
    row.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.displayName = displayName.trimmed();
    row.description = description.trimmed();
    row.mailNickname = mailNickname;
    row.securityEnabled = true;

    // In a Graph profile the id is a stand-in until the outbox worker creates the group and adopts Graph's id.
    const bool graph = Store::OutboxRepository::isGraphProfile(m_db);
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery taken(m_db.connection());
        taken.prepare(u"SELECT 1 FROM groups WHERE mail_nickname = ? COLLATE NOCASE LIMIT 1"_s);
        taken.bindValue(0, row.mailNickname);
        if (!taken.exec())
            return Error {Store::Database::errorText(taken)};
        if (taken.next())
            return Error {Tr::tr("Another group already uses the mail nickname \u201c%1\u201d; choose another.")
                              .arg(row.mailNickname)};

        QSqlQuery insert(m_db.connection());
        insert.prepare(u"INSERT INTO groups (id, display_name, description, mail_nickname, security_enabled, "
                       "mail_enabled, created_at) VALUES (?, ?, ?, ?, 1, 0, ?)"_s);
        insert.bindValue(0, row.id);
        insert.bindValue(1, row.displayName);
        insert.bindValue(2, Store::Database::text(row.description));
        insert.bindValue(3, row.mailNickname);
        insert.bindValue(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!insert.exec())
            return Error {Store::Database::errorText(insert)};
        row.gid = insert.lastInsertId().toLongLong();
        if (graph) {
            auto queued = Sync::OutboxChange::groupCreate(row.displayName, row.mailNickname, row.description, row.id)
                              .enqueue(m_db);
            if (!queued)
                return queued.error();
        }

        return Store::AuditLog(m_db).append(
            {0, {}, m_actor, m_source, u"group.create"_s, row.displayName, u"mailNickname"_s, {}, row.mailNickname});
    });
    if (!s)
        return s.error();
    return row;
}

} // namespace Sspr::Services
