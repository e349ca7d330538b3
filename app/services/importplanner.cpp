#include "importplanner.h"

#include "database.h"
#include "importlookup.h"
#include "methodrules.h"
#include "phonenumber.h"
#include "searchterms.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace Sspr::Services {

using Core::CsvColumnMapping;
using Core::CsvColumnRole;
using Core::Error;
using Core::MethodType;
using Core::Result;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Services::ImportPlanner)
};

constexpr qint64 kProgressEvery = 4096;

// A value from the file inside a message: quoted, and cut short so that a hostile cell cannot flood the report.
QString shown(const QString &text)
{
    const QString simplified = text.simplified();
    return u"“"_s + (simplified.size() > 80 ? simplified.left(80) + u'…' : simplified) + u"”"_s;
}

QString methodName(MethodType type)
{
    return Core::methodTypeDisplayName(type);
}

const QHash<QString, QString> &countryNames()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = static_cast<QLocale::Territory>(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2 || !Core::PhoneNumber::isKnownRegion(code))
                continue;
            map.insert(QLocale::territoryToString(territory).toCaseFolded(), code);
        }
        // What people write besides the CLDR English names.
        const std::pair<const char16_t *, const char16_t *> aliases[] = {
            {u"usa", u"US"},
            {u"united states of america", u"US"},
            {u"america", u"US"},
            {u"uk", u"GB"},
            {u"great britain", u"GB"},
            {u"britain", u"GB"},
            {u"england", u"GB"},
            {u"scotland", u"GB"},
            {u"wales", u"GB"},
            {u"deutschland", u"DE"},
            {u"österreich", u"AT"},
            {u"schweiz", u"CH"},
            {u"suisse", u"CH"},
            {u"brasil", u"BR"},
            {u"españa", u"ES"},
            {u"nederland", u"NL"},
            {u"holland", u"NL"},
            {u"italia", u"IT"},
            {u"polska", u"PL"},
            {u"south korea", u"KR"},
            {u"korea", u"KR"},
            {u"czech republic", u"CZ"},
            {u"russia", u"RU"},
            {u"türkiye", u"TR"},
            {u"turkey", u"TR"},
            {u"uae", u"AE"},
            {u"viet nam", u"VN"},
        };
        for (const auto &[name, code] : aliases)
            map.insert(QString::fromUtf16(name), QString::fromUtf16(code));
        return map;
    }();
    return names;
}

bool startsInternational(const QString &typed)
{
    const QString t = typed.trimmed();
    return t.startsWith(u'+') || t.startsWith(u"00"_s) || t.startsWith(QChar(0xFF0B));
}

// Same number and extension, whatever the formatting of the registered value.
bool samePhone(const QString &registered, const Core::PhoneNumber &number)
{
    return registered == number.graphForm()
        || Store::SearchTerms::phoneKey(registered) == Store::SearchTerms::phoneKey(number.graphForm());
}

const Core::AuthMethod *methodOfType(const QList<Core::AuthMethod> &methods, MethodType type)
{
    for (const Core::AuthMethod &m : methods) {
        if (m.type == type)
            return &m;
    }
    return nullptr;
}

} // namespace

ImportPlanner::ImportPlanner(Store::Database &db)
    : m_db(db)
{ }

bool ImportPlanner::report(const QString &phase, qint64 done, qint64 total)
{
    return !m_progress || m_progress(phase, done, total);
}

QList<CsvColumnRole> ImportPlanner::valueRoles(ImportKind kind)
{
    if (kind == ImportKind::Emails)
        return {CsvColumnRole::AlternateEmail};
    return {CsvColumnRole::Mobile, CsvColumnRole::AlternateMobile, CsvColumnRole::Office};
}

CsvColumnMapping ImportPlanner::detectMapping(const Core::CsvTable &table, ImportKind kind)
{
    CsvColumnMapping mapping = CsvColumnMapping::detect(table);
    if (kind != ImportKind::Emails || mapping.isMapped(CsvColumnRole::AlternateEmail) || !mapping.hasHeaderRow())
        return mapping;
    // "UPN, Email": the email column is the address to import, not a second user column.
    const QStringList &headers = mapping.headers();
    for (int column = 0; column < headers.size(); ++column) {
        if (column == mapping.column(CsvColumnRole::User) || mapping.roleOfColumn(column))
            continue;
        const QString name = CsvColumnMapping::normalizedHeader(headers.at(column));
        if (name == u"email" || name == u"mail" || name == u"emailaddress" || name == u"e-mail") {
            mapping.setColumn(CsvColumnRole::AlternateEmail, column);
            break;
        }
    }
    return mapping;
}

Result<QList<QPair<int, MethodType>>> ImportPlanner::valueColumns(
    const CsvColumnMapping &mapping, const ImportOptions &options)
{
    QList<QPair<int, MethodType>> columns;
    if (options.kind == ImportKind::Emails) {
        if (options.phoneType)
            return Error {Tr::tr("A phone type applies to a phone import, not to an email import.")};
        if (!mapping.isMapped(CsvColumnRole::AlternateEmail))
            return Error {Tr::tr("No column holds the email addresses to import; choose it.")};
        columns.append({mapping.column(CsvColumnRole::AlternateEmail), MethodType::Email});
        return columns;
    }
    const std::pair<CsvColumnRole, MethodType> phoneRoles[] = {
        {CsvColumnRole::Mobile, MethodType::MobilePhone},
        {CsvColumnRole::AlternateMobile, MethodType::AlternateMobilePhone},
        {CsvColumnRole::Office, MethodType::OfficePhone},
    };
    for (const auto &[role, type] : phoneRoles) {
        if (mapping.isMapped(role))
            columns.append({mapping.column(role), type});
    }
    if (columns.isEmpty())
        return Error {Tr::tr("No column holds the phone numbers to import; choose it.")};
    if (!options.phoneType)
        return columns;
    if (!Core::isPhoneType(*options.phoneType))
        return Error {Tr::tr("%1 is not a phone type.").arg(methodName(*options.phoneType))};
    for (const auto &column : std::as_const(columns)) {
        if (column.second == *options.phoneType)
            return QList<QPair<int, MethodType>> {column};
    }
    if (columns.size() == 1)
        return QList<QPair<int, MethodType>> {{columns.constFirst().first, *options.phoneType}};
    QStringList names;
    for (const auto &column : std::as_const(columns))
        names.append(mapping.columnName(column.first));
    return Error {Tr::tr("The file has several phone columns (%1) and none of them is for the %2; choose the column "
                         "to import, or import every column as its own type.")
                      .arg(names.join(u", "_s), methodName(*options.phoneType))};
}

Status ImportPlanner::validate(
    const Core::CsvTable &table, const CsvColumnMapping &mapping, const ImportOptions &options)
{
    if (Status s = mapping.validate(table, valueRoles(options.kind)); !s)
        return s;
    if (auto columns = valueColumns(mapping, options); !columns)
        return columns.error();
    if (!options.defaultRegion.trimmed().isEmpty() && !Core::PhoneNumber::isKnownRegion(options.defaultRegion)) {
        return Error {Tr::tr("%1 is not a known region; use a two-letter country code such as US, GB or DE.")
                          .arg(shown(options.defaultRegion))};
    }
    return {};
}

QString ImportPlanner::regionFromCountry(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.size() == 2 && Core::PhoneNumber::isKnownRegion(trimmed))
        return trimmed.toUpper();
    return countryNames().value(trimmed.simplified().toCaseFolded());
}

Result<ImportPlan> ImportPlanner::plan(
    const ImportSource &source, const CsvColumnMapping &mapping, const ImportOptions &options)
{
    if (Status s = validate(source.table, mapping, options); !s)
        return s.error();
    const auto columns = valueColumns(mapping, options).value();
    const bool phones = options.kind == ImportKind::Phones;
    const Error cancelled {Tr::tr("The check was cancelled.")};

    ImportPlan plan;
    plan.options = options;
    plan.options.defaultRegion = options.defaultRegion.trimmed().toUpper();
    plan.mapping = mapping;
    plan.sourceName = source.name;
    plan.sourceHash = source.sha256;

    // 1. Rows → items (one per value cell), and the distinct user names.
    const QString readPhase = Tr::tr("Reading rows");
    const auto &records = source.table.records;
    QList<ImportPlanItem> &items = plan.items;
    items.reserve(records.size());
    QStringList upns;
    QSet<QString> seenUpns;
    for (qsizetype r = mapping.firstDataRecord(); r < records.size(); ++r) {
        const Core::CsvRecord &record = records.at(r);
        if (record.isBlank()) {
            ++plan.blankRecords;
            continue;
        }
        ++plan.records;
        ImportPlanItem base;
        base.line = record.line;
        base.record = int(r);
        base.upn = mapping.value(record, CsvColumnRole::User);
        if (!base.upn.isEmpty() && !seenUpns.contains(base.upn)) {
            seenUpns.insert(base.upn);
            upns.append(base.upn);
        }
        bool any = false;
        for (const auto &[column, type] : columns) {
            const QString cell = column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
            if (cell.isEmpty())
                continue;
            ImportPlanItem item = base;
            item.type = type;
            item.typed = cell;
            items.append(item);
            any = true;
        }
        if (!any) {
            ImportPlanItem item = base;
            item.hasType = columns.size() == 1;
            item.type = columns.constFirst().second;
            item.rowClass = ImportRowClass::InvalidValue;
            item.message = phones ? Tr::tr("The row has no phone number.") : Tr::tr("The row has no email address.");
            items.append(item);
        }
        if (r % kProgressEvery == 0 && !report(readPhase, r, records.size()))
            return cancelled;
    }

    // 2. Every user of the file in one query.
    const QString lookupPhase = Tr::tr("Looking up users");
    if (!report(lookupPhase, 0, upns.size()))
        return cancelled;
    Store::ImportLookup lookup(m_db);
    auto users = lookup.usersByUpn(upns);
    if (!users)
        return users.error();
    if (!report(lookupPhase, upns.size(), upns.size()))
        return cancelled;

    // 3. Per row: the user, then the value. Each distinct (number, region) is read once, on every core: reading
    //    a number is the one costly step of the check (libphonenumber, tens of microseconds).
    const QString checkPhase = Tr::tr("Checking values");
    std::vector<Core::PhoneNumber> numbers(size_t(items.size()));
    std::vector<int> jobOfItem(size_t(items.size()), -1);
    QHash<QString, int> jobIndex;
    std::vector<std::pair<QString, QString>> jobs; // (typed, region)
    QList<QString> unknownUpns;
    QSet<QString> unknownSeen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        ImportPlanItem &item = items[i];
        if (i % kProgressEvery == 0 && !report(checkPhase, i / 2, items.size()))
            return cancelled;
        if (item.upn.isEmpty()) {
            item.rowClass = ImportRowClass::UnknownUser;
            item.message = Tr::tr("The row has no user principal name.");
            continue;
        }
        const auto found = users->constFind(item.upn);
        if (found == users->cend()) {
            item.rowClass = ImportRowClass::UnknownUser;
            item.message = item.upn.contains(u'@')
                ? Tr::tr("No user %1 in this tenant.").arg(shown(item.upn))
                : Tr::tr("%1 is not a user principal name (name@domain).").arg(shown(item.upn));
            if (!unknownSeen.contains(item.upn)) {
                unknownSeen.insert(item.upn);
                unknownUpns.append(item.upn);
            }
            continue;
        }
        item.uid = found->uid;
        item.storedUpn = found->userPrincipalName;
        if (item.rowClass == ImportRowClass::InvalidValue)
            continue; // no value in the row
        if (!phones) {
            const QString address = item.typed.trimmed();
            if (const Status valid = Core::MethodRules::validateEmailAddress(address); !valid) {
                item.rowClass = ImportRowClass::InvalidValue;
                item.message = valid.errorMessage();
                continue;
            }
            item.value = address;
            continue;
        }
        QString region;
        const QString country = mapping.value(source.table.records.at(item.record), CsvColumnRole::Country);
        if (!country.isEmpty()) {
            region = regionFromCountry(country);
            if (region.isEmpty() && !startsInternational(item.typed)) {
                item.rowClass = ImportRowClass::InvalidValue;
                item.message = Tr::tr("The country column holds %1, which is not a country or region this console "
                                      "knows. Use a two-letter code such as DE or US, or write the number with + "
                                      "and its country code.")
                                   .arg(shown(country));
                continue;
            }
        }
        if (region.isEmpty())
            region = Core::PhoneNumber::defaultRegionFor(found->usageLocation, plan.options.defaultRegion);
        if (!startsInternational(item.typed))
            item.region = region;
        const QString key = region + u'\x1f' + item.typed;
        auto job = jobIndex.constFind(key);
        if (job == jobIndex.cend()) {
            job = jobIndex.insert(key, int(jobs.size()));
            jobs.emplace_back(item.typed, region);
        }
        jobOfItem[size_t(i)] = job.value();
    }
    std::vector<Core::PhoneNumber> parsed(jobs.size());
    {
        const int threads = qBound(1, QThread::idealThreadCount(), 8);
        const size_t chunk = (jobs.size() + size_t(threads) - 1) / size_t(threads);
        std::vector<std::thread> workers;
        for (int t = 1; t < threads && size_t(t) * chunk < jobs.size(); ++t) {
            workers.emplace_back([&, t] {
                for (size_t j = size_t(t) * chunk; j < std::min(jobs.size(), size_t(t + 1) * chunk); ++j)
                    parsed[j] = Core::PhoneNumber::parse(jobs[j].first, jobs[j].second);
            });
        }
        // This thread takes the first share and reports progress (the callback must run here).
        const size_t mine = std::min(jobs.size(), chunk);
        bool stop = false;
        for (size_t j = 0; j < mine; ++j) {
            parsed[j] = Core::PhoneNumber::parse(jobs[j].first, jobs[j].second);
            if (j % 1024 == 0 && !stop)
                stop = !report(checkPhase, items.size() / 2 + qint64(j) * threads / 2, items.size());
        }
        for (std::thread &worker : workers)
            worker.join();
        if (stop)
            return cancelled;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int job = jobOfItem[size_t(i)];
        if (job < 0)
            continue;
        ImportPlanItem &item = items[i];
        const Core::PhoneNumber &number = parsed[size_t(job)];
        if (!number.isValid()) {
            item.rowClass = ImportRowClass::InvalidValue;
            item.message = number.errorMessage();
            continue;
        }
        item.value = number.graphForm();
        numbers[size_t(i)] = number;
    }

    // 4. The same user and method twice: the first row counts.
    QHash<QPair<qint64, int>, qint64> firstLine;
    for (ImportPlanItem &item : items) {
        if (item.uid <= 0 || item.rowClass != ImportRowClass::WillAdd)
            continue;
        const QPair<qint64, int> key {item.uid, int(item.type)};
        const auto it = firstLine.constFind(key);
        if (it == firstLine.cend()) {
            firstLine.insert(key, item.line);
            continue;
        }
        item.rowClass = ImportRowClass::Duplicate;
        item.message = Tr::tr("Line %1 already sets this user's %2; only the first row is imported.")
                           .arg(it.value())
                           .arg(methodName(item.type));
    }

    // 5. Entra's rules on each user's methods as they will be, rows applied in file order.
    QHash<qint64, QList<Core::AuthMethod>> state;
    for (qsizetype i = 0; i < items.size(); ++i) {
        ImportPlanItem &item = items[i];
        if (item.rowClass != ImportRowClass::WillAdd)
            continue;
        auto it = state.find(item.uid);
        if (it == state.end())
            it = state.insert(item.uid, users->value(item.upn).methods);
        QList<Core::AuthMethod> &methods = it.value();
        const Core::AuthMethod *existing = methodOfType(methods, item.type);
        const QString name = methodName(item.type);
        if (existing) {
            const bool same = phones ? samePhone(existing->value, numbers[size_t(i)])
                                     : existing->value.compare(item.value, Qt::CaseInsensitive) == 0;
            item.oldValue = existing->value;
            if (same) {
                item.rowClass = ImportRowClass::AlreadySet;
                item.message = Tr::tr("The %1 %2 is already registered; nothing to change.").arg(name, existing->value);
                continue;
            }
            const Status rule = phones
                ? Core::MethodRules::canUpdatePhone(methods, existing->id, item.type, numbers[size_t(i)])
                : Core::MethodRules::canUpdateEmail(methods, item.value);
            if (!rule) {
                item.rowClass = ImportRowClass::RuleViolation;
                item.message = rule.errorMessage();
                continue;
            }
            item.rowClass = ImportRowClass::WillUpdate;
            item.action = ImportAction::Update;
            item.methodId = existing->id;
            for (Core::AuthMethod &m : methods) {
                if (m.id == existing->id)
                    m.value = item.value;
            }
            continue;
        }
        const Status rule = phones ? Core::MethodRules::canAddPhone(methods, item.type, numbers[size_t(i)])
                                   : Core::MethodRules::canAddEmail(methods, item.value);
        if (!rule) {
            item.rowClass = ImportRowClass::RuleViolation;
            item.message = rule.errorMessage();
            continue;
        }
        item.action = ImportAction::Add;
        Core::AuthMethod added;
        added.type = item.type;
        added.id = Core::fixedMethodId(item.type);
        added.value = item.value;
        methods.append(added);
    }

    // 6. Shared numbers: on another account already, or given to several users of the file.
    if (phones) {
        const QString sharedPhase = Tr::tr("Looking for shared numbers");
        if (!report(sharedPhase, 0, 1))
            return cancelled;
        QHash<QString, QList<qsizetype>> byDigits;
        QSet<QPair<qint64, int>> movingAway; // (uid, type) whose number this import replaces
        for (qsizetype i = 0; i < items.size(); ++i) {
            const ImportPlanItem &item = items.at(i);
            if (item.action == ImportAction::None)
                continue;
            // The key the store compares accounts by (user_methods.phone_digits): digits and extension.
            byDigits[Store::SearchTerms::phoneKey(item.value)].append(i);
            if (item.action == ImportAction::Update)
                movingAway.insert({item.uid, int(item.type)});
        }
        auto owners = lookup.phoneOwners(byDigits.keys());
        if (!owners)
            return owners.error();
        for (auto it = byDigits.cbegin(); it != byDigits.cend(); ++it) {
            const auto registeredIt = owners->constFind(it.key());
            if (it.value().size() == 1 && registeredIt == owners->cend())
                continue; // one row has this number, and no account: the common case
            QSet<qint64> fileUsers;
            for (const qsizetype i : it.value())
                fileUsers.insert(items.at(i).uid);
            const QList<Store::PhoneOwner> registered
                = registeredIt == owners->cend() ? QList<Store::PhoneOwner>() : registeredIt.value();
            for (const qsizetype i : it.value()) {
                ImportPlanItem &item = items[i];
                QStringList others;
                for (const Store::PhoneOwner &owner : registered) {
                    if (owner.uid == item.uid || movingAway.contains({owner.uid, int(owner.type)}))
                        continue;
                    if (!others.contains(owner.userPrincipalName, Qt::CaseInsensitive))
                        others.append(owner.userPrincipalName);
                }
                QStringList inFile;
                if (fileUsers.size() > 1) {
                    for (const qsizetype j : it.value()) {
                        const ImportPlanItem &other = items.at(j);
                        if (other.uid != item.uid && !inFile.contains(other.storedUpn, Qt::CaseInsensitive))
                            inFile.append(other.storedUpn);
                    }
                }
                if (others.isEmpty() && inFile.isEmpty())
                    continue;
                QStringList sentences;
                if (!others.isEmpty()) {
                    sentences.append(Tr::tr(
                        "The number %1 is already registered for %n other account(s): %2.", nullptr, int(others.size()))
                                         .arg(item.value, others.mid(0, 5).join(u", "_s)));
                }
                if (!inFile.isEmpty()) {
                    sentences.append(Tr::tr(
                        "The file gives the number %1 to %n other user(s) as well: %2.", nullptr, int(inFile.size()))
                                         .arg(item.value, inFile.mid(0, 5).join(u", "_s)));
                }
                sentences.append(Tr::tr("Whoever answers that phone could reset every one of these accounts, so "
                                        "shared numbers are imported only when allowed."));
                item.sharedWith = others + inFile;
                item.rowClass = ImportRowClass::SharedNumber;
                item.message = sentences.join(u' ');
            }
        }
        if (!report(sharedPhase, 1, 1))
            return cancelled;
    }

    // 7. "Did you mean" for unknown users (the first kMaxSuggestedUsers names; the rest stay plain).
    const QString suggestPhase = Tr::tr("Finding similar user names");
    QHash<QString, QStringList> suggestions;
    const qsizetype suggestCount = qMin<qsizetype>(unknownUpns.size(), kMaxSuggestedUsers);
    for (qsizetype i = 0; i < suggestCount; ++i) {
        if (i % 256 == 0 && !report(suggestPhase, i, suggestCount))
            return cancelled;
        auto similar = lookup.similarUpns(unknownUpns.at(i), 3);
        if (!similar)
            return similar.error();
        if (!similar->isEmpty())
            suggestions.insert(unknownUpns.at(i), similar.value());
    }
    if (!suggestions.isEmpty()) {
        for (ImportPlanItem &item : items) {
            if (item.rowClass != ImportRowClass::UnknownUser)
                continue;
            const auto it = suggestions.constFind(item.upn);
            if (it == suggestions.cend())
                continue;
            item.suggestions = it.value();
            item.message += u' ' + Tr::tr("Did you mean %1?").arg(it.value().join(Tr::tr(" or ")));
        }
    }

    plan.setExistingPolicy(plan.options.existing);
    plan.recount();
    report(Tr::tr("Done"), 1, 1);
    return plan;
}

} // namespace Sspr::Services
