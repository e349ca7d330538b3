#include "importlookup.h"

#include "database.h"
#include "searchterms.h"
#include "sqlitestatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace Sspr::Store {

using Core::Error;
using Core::Result;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {

// The method kinds an import touches and whose rules it checks.
const QByteArray kMethodTypeFilter = QByteArrayLiteral("('mobile', 'alternateMobile', 'office', 'email')");

// Edits between two names: insertions, deletions, substitutions and swaps of neighbours ("jduy" → "judy" is one),
// the typing mistakes a list of names has.
int editDistance(const QString &a, const QString &b)
{
    const size_t n = size_t(b.size()) + 1;
    std::vector<int> before(n), previous(n), current(n);
    for (size_t j = 0; j < n; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int best = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                best = std::min(best, before[size_t(j - 2)] + 1);
            current[size_t(j)] = best;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

QString localPart(const QString &upn)
{
    const qsizetype at = upn.indexOf(u'@');
    return (at < 0 ? upn : upn.left(at)).toCaseFolded();
}

QString jsonArray(const QStringList &values)
{
    QStringList nonEmpty = values;
    nonEmpty.removeAll(QString());
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(nonEmpty)).toJson(QJsonDocument::Compact));
}

QString domainPart(const QString &upn)
{
    const qsizetype at = upn.indexOf(u'@');
    return at < 0 ? QString() : upn.mid(at + 1).toCaseFolded();
}

} // namespace

ImportLookup::ImportLookup(Database &db)
    : m_db(db)
{ }

Result<QHash<QString, ImportUserFacts>> ImportLookup::usersByUpn(const QStringList &upns)
{
    QHash<QString, ImportUserFacts> found;
    if (upns.isEmpty())
        return found;
    // All names in one bound JSON array: one statement, whatever the number of rows (no temporary table, no
    // statement per row). users.upn is COLLATE NOCASE: the join compares, and uses the unique index,
    // case-insensitively.
    SqliteStatement users;
    if (Status s = users.prepare(m_db,
            "SELECT j.value, u.uid, u.upn, u.usage_location FROM json_each(?) j "
            "JOIN users u ON u.upn = j.value");
        !s)
        return s.error();
    users.bind(1, jsonArray(upns));
    found.reserve(upns.size());
    // The name each user was found by; a user named twice in different case has a second key (rare).
    QHash<qint64, QString> keyOfUid;
    keyOfUid.reserve(upns.size());
    QMultiHash<qint64, QString> moreKeys;
    while (users.next()) {
        ImportUserFacts facts;
        facts.uid = users.integer(1);
        facts.userPrincipalName = users.text(2);
        facts.usageLocation = users.text(3);
        const QString key = users.text(0);
        if (keyOfUid.contains(facts.uid))
            moreKeys.insert(facts.uid, key);
        else
            keyOfUid.insert(facts.uid, key);
        found.insert(key, facts);
    }
    if (Status s = users.error(); !s)
        return s.error();
    users.finish();
    if (found.isEmpty())
        return found;

    QJsonArray uids;
    for (auto it = keyOfUid.cbegin(); it != keyOfUid.cend(); ++it)
        uids.append(it.key());
    SqliteStatement methods;
    const QByteArray sql = "SELECT m.uid, m.id, m.type, m.value, m.usable FROM json_each(?) j "
                           "JOIN user_methods m ON m.uid = j.value WHERE m.type IN "
        + kMethodTypeFilter + " ORDER BY m.mid";
    if (Status s = methods.prepare(m_db, sql.constData()); !s)
        return s.error();
    methods.bind(1, QString::fromUtf8(QJsonDocument(uids).toJson(QJsonDocument::Compact)));
    while (methods.next()) {
        Core::AuthMethod method;
        if (!Core::methodTypeFromKey(methods.text(2), &method.type))
            continue;
        method.id = methods.text(1);
        method.value = methods.text(3);
        method.usable = methods.integer(4) != 0;
        const qint64 uid = methods.integer(0);
        found[keyOfUid.value(uid)].methods.append(method);
        for (auto more = moreKeys.constFind(uid); more != moreKeys.cend() && more.key() == uid; ++more)
            found[more.value()].methods.append(method);
    }
    if (Status s = methods.error(); !s)
        return s.error();
    methods.finish();
    return found;
}

Result<QHash<QString, QList<PhoneOwner>>> ImportLookup::phoneOwners(const QStringList &keys)
{
    QHash<QString, QList<PhoneOwner>> owners;
    if (keys.isEmpty())
        return owners;
    SqliteStatement q;
    if (Status s = q.prepare(m_db,
            "SELECT j.value, m.uid, u.upn, m.type FROM json_each(?) j "
            "JOIN user_methods m ON m.phone_digits = j.value JOIN users u ON u.uid = m.uid");
        !s)
        return s.error();
    q.bind(1, jsonArray(keys));
    while (q.next()) {
        PhoneOwner owner;
        owner.uid = q.integer(1);
        owner.userPrincipalName = q.text(2);
        if (!Core::methodTypeFromKey(q.text(3), &owner.type))
            continue;
        owners[q.text(0)].append(owner);
    }
    if (Status s = q.error(); !s)
        return s.error();
    q.finish();
    for (auto it = owners.begin(); it != owners.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const PhoneOwner &a, const PhoneOwner &b) {
            return a.userPrincipalName.compare(b.userPrincipalName, Qt::CaseInsensitive) < 0;
        });
    }
    return owners;
}

Result<QStringList> ImportLookup::similarUpns(const QString &upn, int limit)
{
    const QString wanted = upn.trimmed();
    const QString local = localPart(wanted);
    const QString domain = domainPart(wanted);
    if (local.isEmpty() || limit <= 0)
        return QStringList();

    QSet<QString> candidates;
    // 1. Names that start like it: the same name in every domain, then ever shorter starts of the local part.
    QSqlQuery range(m_db.connection());
    range.setForwardOnly(true);
    if (!range.prepare(u"SELECT upn FROM users WHERE upn >= ? AND upn < ? ORDER BY upn LIMIT ?"_s))
        return Error {Database::errorText(range)};
    auto addRange = [&](const QString &prefix) -> Status {
        range.bindValue(0, prefix);
        range.bindValue(1, prefix + QChar(0xFFFF));
        range.bindValue(2, 20);
        if (!range.exec())
            return Error {Database::errorText(range)};
        while (range.next())
            candidates.insert(range.value(0).toString());
        range.finish();
        return {};
    };
    if (Status s = addRange(local + u'@'); !s)
        return s.error();
    const qsizetype shortest = std::max<qsizetype>(3, local.size() * 2 / 3);
    for (qsizetype length = local.size(); length >= shortest && candidates.size() < 12; --length) {
        if (Status s = addRange(local.left(length)); !s)
            return s.error();
    }

    // 2. Names that share a word of the local part ("jhon.smith" finds "john.smith" through "smith").
    QSqlQuery words(m_db.connection());
    words.setForwardOnly(true);
    if (!words.prepare(u"SELECT u.upn FROM users u WHERE u.sort_key IN "
                       "(SELECT rowid FROM users_fts WHERE users_fts MATCH ? LIMIT 50)"_s))
        return Error {Database::errorText(words)};
    QString separated = local;
    for (QChar &c : separated) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    const QStringList parts = separated.split(u' ', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.size() < 3)
            continue;
        const SearchTerms::Query query = SearchTerms::parse(part);
        if (query.nameMatch.isEmpty())
            continue;
        words.bindValue(0, query.nameMatch);
        if (!words.exec())
            return Error {Database::errorText(words)};
        while (words.next())
            candidates.insert(words.value(0).toString());
        words.finish();
    }

    // 3. Few so far: names that start with the same letter, for typing mistakes early in the name.
    if (candidates.size() < 3) {
        range.bindValue(0, local.left(1));
        range.bindValue(1, local.left(1) + QChar(0xFFFF));
        range.bindValue(2, 200);
        if (!range.exec())
            return Error {Database::errorText(range)};
        while (range.next())
            candidates.insert(range.value(0).toString());
        range.finish();
    }

    struct Scored
    {
        int distance;
        bool sameDomain;
        QString upn;
    };
    std::vector<Scored> scored;
    const int tolerance = std::max(2, int(local.size() / 3));
    for (const QString &candidate : std::as_const(candidates)) {
        if (candidate.compare(wanted, Qt::CaseInsensitive) == 0)
            continue;
        const QString candidateLocal = localPart(candidate);
        const int distance = editDistance(local, candidateLocal);
        const bool prefix = candidateLocal.startsWith(local.left(shortest));
        if (distance > tolerance && !prefix)
            continue;
        scored.push_back({distance, domainPart(candidate) == domain, candidate});
    }
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        if (a.sameDomain != b.sameDomain)
            return a.sameDomain;
        return a.upn.compare(b.upn, Qt::CaseInsensitive) < 0;
    });
    QStringList out;
    for (const Scored &s : scored) {
        if (out.size() >= limit)
            break;
        out.append(s.upn);
    }
    return out;
}

} // namespace Sspr::Store
