#pragma once

// Shared by the sync tests: a token provider backed by the fake server, and the comparison of a store with the fake
// server's truth (users field by field, groups, direct memberships and nesting) plus the store's own invariants.

#include "accesstokenprovider.h"
#include "database.h"
#include "fakegraphserver.h"
#include "searchterms.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>
#include <QVariant>

namespace Sspr::Test {

// App-only tokens straight from the fake server (no OAuth round trip): what a client-credentials sign-in yields.
class ServerTokenProvider final : public Graph::AccessTokenProvider
{
public:
    explicit ServerTokenProvider(FakeGraph::Server &server)
        : m_server(server)
    { }
    void accessToken(QObject *context, TokenCallback done) override
    {
        if (m_token.isEmpty())
            m_token = m_server.issueAccessToken();
        QTimer::singleShot(0, context, [done, token = m_token] { done(token); });
    }
    void invalidate() override { m_token.clear(); }

private:
    FakeGraph::Server &m_server;
    QString m_token;
};

namespace SyncVerify {

inline QString text(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

inline QStringList list(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

// Differences between the store and the server (empty when they are equal); at most `limit` are listed.
inline QStringList differences(Store::Database &db, const FakeGraph::Server &server, int limit = 10)
{
    using namespace Qt::StringLiterals;
    QStringList out;
    auto differ = [&](const QString &what) {
        if (out.size() < limit)
            out << what;
    };

    // Users, field by field.
    QHash<QString, QJsonObject> expected;
    for (const QJsonValue &v : server.users()) {
        const QJsonObject u = v.toObject();
        expected.insert(u.value(u"id"_s).toString(), u);
    }
    QSqlQuery q(db.connection());
    q.exec(u"SELECT id, display_name, given_name, surname, upn, mail, mobile_phone, business_phones, other_mails, "
           "account_enabled, on_prem_sync, user_type, usage_location, country, department, job_title FROM users"_s);
    qint64 stored = 0;
    while (q.next()) {
        ++stored;
        const QString id = q.value(0).toString();
        const auto it = expected.constFind(id);
        if (it == expected.constEnd()) {
            differ(u"user %1 is in the store but not on the server"_s.arg(id));
            continue;
        }
        const QJsonObject &u = it.value();
        auto check = [&](const char *field, const QString &mine, const QString &theirs) {
            if (mine != theirs)
                differ(u"user %1 %2: store \"%3\", server \"%4\""_s.arg(id, QLatin1StringView(field), mine, theirs));
        };
        check("displayName", q.value(1).toString(), text(u.value(u"displayName"_s)));
        check("givenName", q.value(2).toString(), text(u.value(u"givenName"_s)));
        check("surname", q.value(3).toString(), text(u.value(u"surname"_s)));
        check("userPrincipalName", q.value(4).toString(), text(u.value(u"userPrincipalName"_s)));
        check("mail", q.value(5).toString(), text(u.value(u"mail"_s)));
        check("mobilePhone", q.value(6).toString(), text(u.value(u"mobilePhone"_s)));
        check("businessPhones", q.value(7).toString(), list(u.value(u"businessPhones"_s)).join(u'\n'));
        check("otherMails", q.value(8).toString(), list(u.value(u"otherMails"_s)).join(u'\n'));
        check("accountEnabled", q.value(9).toString(), u.value(u"accountEnabled"_s).toBool(true) ? u"1"_s : u"0"_s);
        check("onPremisesSyncEnabled", q.value(10).toString(),
            u.value(u"onPremisesSyncEnabled"_s).toBool(false) ? u"1"_s : u"0"_s);
        const QString type = text(u.value(u"userType"_s));
        check("userType", q.value(11).toString(), type.isEmpty() ? u"Member"_s : type);
        check("usageLocation", q.value(12).toString(), text(u.value(u"usageLocation"_s)));
        check("country", q.value(13).toString(), text(u.value(u"country"_s)));
        check("department", q.value(14).toString(), text(u.value(u"department"_s)));
        check("jobTitle", q.value(15).toString(), text(u.value(u"jobTitle"_s)));
    }
    if (stored != expected.size())
        differ(u"the store has %1 users, the server %2"_s.arg(stored).arg(expected.size()));

    // Groups.
    QHash<QString, QJsonObject> groups;
    for (const QJsonValue &v : server.groups()) {
        const QJsonObject g = v.toObject();
        groups.insert(g.value(u"id"_s).toString(), g);
    }
    q.exec(u"SELECT id, display_name, description, mail_nickname, security_enabled, mail_enabled FROM groups"_s);
    qint64 storedGroups = 0;
    while (q.next()) {
        ++storedGroups;
        const QString id = q.value(0).toString();
        const auto it = groups.constFind(id);
        if (it == groups.constEnd()) {
            differ(u"group %1 is in the store but not on the server"_s.arg(id));
            continue;
        }
        const QJsonObject &g = it.value();
        if (q.value(1).toString() != text(g.value(u"displayName"_s))
            || q.value(2).toString() != text(g.value(u"description"_s))
            || q.value(3).toString() != text(g.value(u"mailNickname"_s))
            || q.value(4).toBool() != g.value(u"securityEnabled"_s).toBool()
            || q.value(5).toBool() != g.value(u"mailEnabled"_s).toBool())
            differ(u"group %1 differs"_s.arg(id));
    }
    if (storedGroups != groups.size())
        differ(u"the store has %1 groups, the server %2"_s.arg(storedGroups).arg(groups.size()));

    // Direct members: users and nested groups.
    QHash<QString, QSet<QString>> members;
    q.exec(u"SELECT g.id, u.id FROM group_members m JOIN groups g ON g.gid = m.gid JOIN users u ON u.uid = m.uid "
           "UNION ALL SELECT p.id, c.id FROM group_nesting n JOIN groups p ON p.gid = n.parent_gid "
           "JOIN groups c ON c.gid = n.child_gid"_s);
    while (q.next())
        members[q.value(0).toString()].insert(q.value(1).toString());
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        QSet<QString> theirs;
        for (const QJsonValue &m : server.members(it.key()))
            theirs.insert(m.toObject().value(u"id"_s).toString());
        const QSet<QString> mine = members.value(it.key());
        if (mine != theirs)
            differ(
                u"group %1 members: store %2, server %3 (%4 only in the store, %5 only on the server)"_s.arg(it.key())
                    .arg(mine.size())
                    .arg(theirs.size())
                    .arg(QSet<QString>(mine).subtract(theirs).size())
                    .arg(QSet<QString>(theirs).subtract(mine).size()));
    }

    // What the browser relies on: name order, one name row per user, nothing pending.
    QStringList byKey;
    QStringList byName;
    q.exec(u"SELECT id FROM users ORDER BY sort_key"_s);
    while (q.next())
        byKey << q.value(0).toString();
    q.exec(u"SELECT id FROM users ORDER BY display_name COLLATE NOCASE, upn"_s);
    while (q.next())
        byName << q.value(0).toString();
    if (byKey != byName)
        differ(u"sort keys are not in name order"_s);
    q.exec(u"SELECT (SELECT count(*) FROM users_fts), (SELECT count(*) FROM users), "
           "(SELECT count(*) FROM users_fts WHERE rowid NOT IN (SELECT sort_key FROM users)), "
           "(SELECT count(*) FROM users_phone_fts WHERE rowid NOT IN (SELECT sort_key FROM users))"_s);
    if (q.next() && (q.value(0) != q.value(1) || q.value(2).toInt() != 0 || q.value(3).toInt() != 0))
        differ(u"the search indexes do not match the users"_s);
    return out;
}

// A canonical dump of what a sync writes (uids and sort keys aside), for comparing two stores.
inline QStringList dump(Store::Database &db)
{
    using namespace Qt::StringLiterals;
    QStringList out;
    QSqlQuery q(db.connection());
    for (const QString &sql :
        {u"SELECT id, upn, display_name, given_name, surname, mail, mobile_phone, business_phones, other_mails, "
         "usage_location, country, department, job_title, account_enabled, on_prem_sync, user_type, admin_roles, "
         "method_mask, registered_methods FROM users ORDER BY id"_s,
            u"SELECT id, display_name, description, mail_nickname, security_enabled, mail_enabled FROM groups ORDER BY id"_s,
            u"SELECT g.id, u.id FROM group_members m JOIN groups g USING (gid) JOIN users u USING (uid) ORDER BY 1, 2"_s,
            u"SELECT p.id, c.id FROM group_nesting n JOIN groups p ON p.gid = n.parent_gid JOIN groups c ON "
            "c.gid = n.child_gid ORDER BY 1, 2"_s,
            u"SELECT allowed_to_use_sspr FROM sspr_policy"_s,
            u"SELECT id, state, settings FROM method_configurations ORDER BY id"_s}) {
        q.exec(sql);
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << row.join(u'|');
        }
    }
    return out;
}

} // namespace SyncVerify
} // namespace Sspr::Test
