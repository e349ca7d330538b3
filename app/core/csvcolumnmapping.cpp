#include "csvcolumnmapping.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sspr::Core {

namespace {

// A weak synonym names its role only when no strong synonym for that role is present: "Email" is the user in a file
// of "Email, Phone", but just another column in "UPN, Email, Phone".
enum class Strength { Strong, Weak };

struct Synonym
{
    const char16_t *name; // normalized
    CsvColumnRole role;
    Strength strength;
};

constexpr Synonym kSynonyms[] = {
    {u"upn", CsvColumnRole::User, Strength::Strong},
    {u"userprincipalname", CsvColumnRole::User, Strength::Strong},
    {u"user", CsvColumnRole::User, Strength::Strong},
    {u"username", CsvColumnRole::User, Strength::Strong},
    {u"login", CsvColumnRole::User, Strength::Strong},
    {u"loginname", CsvColumnRole::User, Strength::Strong},
    {u"signinname", CsvColumnRole::User, Strength::Strong},
    {u"email", CsvColumnRole::User, Strength::Weak},
    {u"mail", CsvColumnRole::User, Strength::Weak},
    {u"emailaddress", CsvColumnRole::User, Strength::Weak},

    {u"mobile", CsvColumnRole::Mobile, Strength::Strong},
    {u"mobilephone", CsvColumnRole::Mobile, Strength::Strong},
    {u"mobilenumber", CsvColumnRole::Mobile, Strength::Strong},
    {u"mobilephonenumber", CsvColumnRole::Mobile, Strength::Strong},
    {u"phone", CsvColumnRole::Mobile, Strength::Strong},
    {u"phonenumber", CsvColumnRole::Mobile, Strength::Strong},
    {u"cell", CsvColumnRole::Mobile, Strength::Strong},
    {u"cellphone", CsvColumnRole::Mobile, Strength::Strong},
    {u"cellular", CsvColumnRole::Mobile, Strength::Strong},
    {u"handy", CsvColumnRole::Mobile, Strength::Strong},
    {u"handynummer", CsvColumnRole::Mobile, Strength::Strong},
    {u"mobil", CsvColumnRole::Mobile, Strength::Strong},
    {u"mobiltelefon", CsvColumnRole::Mobile, Strength::Strong},
    {u"telefone", CsvColumnRole::Mobile, Strength::Strong},
    {u"celular", CsvColumnRole::Mobile, Strength::Strong},
    {u"móvil", CsvColumnRole::Mobile, Strength::Strong},
    {u"portable", CsvColumnRole::Mobile, Strength::Strong},

    {u"office", CsvColumnRole::Office, Strength::Strong},
    {u"officephone", CsvColumnRole::Office, Strength::Strong},
    {u"officephonenumber", CsvColumnRole::Office, Strength::Strong},
    {u"officenumber", CsvColumnRole::Office, Strength::Strong},
    {u"businessphone", CsvColumnRole::Office, Strength::Strong},
    {u"businessphones", CsvColumnRole::Office, Strength::Strong},
    {u"workphone", CsvColumnRole::Office, Strength::Strong},
    {u"telephonenumber", CsvColumnRole::Office, Strength::Strong},

    {u"alternate", CsvColumnRole::AlternateMobile, Strength::Strong},
    {u"alternatemobile", CsvColumnRole::AlternateMobile, Strength::Strong},
    {u"alternatemobilephone", CsvColumnRole::AlternateMobile, Strength::Strong},
    {u"alternatemobilenumber", CsvColumnRole::AlternateMobile, Strength::Strong},
    {u"alternatephone", CsvColumnRole::AlternateMobile, Strength::Strong},
    {u"alternatephonenumber", CsvColumnRole::AlternateMobile, Strength::Strong},

    {u"alternateemail", CsvColumnRole::AlternateEmail, Strength::Strong},
    {u"alternateemailaddress", CsvColumnRole::AlternateEmail, Strength::Strong},
    {u"otheremail", CsvColumnRole::AlternateEmail, Strength::Strong},
    {u"otheremails", CsvColumnRole::AlternateEmail, Strength::Strong},
    {u"othermails", CsvColumnRole::AlternateEmail, Strength::Strong},
    {u"authenticationemail", CsvColumnRole::AlternateEmail, Strength::Strong},
    {u"recoveryemail", CsvColumnRole::AlternateEmail, Strength::Strong},

    {u"country", CsvColumnRole::Country, Strength::Strong},
    {u"region", CsvColumnRole::Country, Strength::Strong},
    {u"countrycode", CsvColumnRole::Country, Strength::Strong},
    {u"countryregion", CsvColumnRole::Country, Strength::Strong},
    {u"countryorregion", CsvColumnRole::Country, Strength::Strong},
    {u"usagelocation", CsvColumnRole::Country, Strength::Strong},
};

struct RoleName
{
    const char16_t *key;
    const char *displayName;
};

// Indexed by CsvColumnRole.
constexpr RoleName kRoleNames[CsvColumnRoleCount] = {
    {u"user", QT_TRANSLATE_NOOP("Sspr::Core::CsvColumnMapping", "user")},
    {u"mobile", QT_TRANSLATE_NOOP("Sspr::Core::CsvColumnMapping", "mobile phone")},
    {u"office", QT_TRANSLATE_NOOP("Sspr::Core::CsvColumnMapping", "office phone")},
    {u"alternateMobile", QT_TRANSLATE_NOOP("Sspr::Core::CsvColumnMapping", "alternate mobile phone")},
    {u"alternateEmail", QT_TRANSLATE_NOOP("Sspr::Core::CsvColumnMapping", "authentication email")},
    {u"country", QT_TRANSLATE_NOOP("Sspr::Core::CsvColumnMapping", "country")},
};

const Synonym *findSynonym(const QString &header)
{
    const QString name = CsvColumnMapping::normalizedHeader(header);
    if (name.isEmpty())
        return nullptr;
    for (const Synonym &synonym : kSynonyms) {
        if (name == QStringView(synonym.name))
            return &synonym;
    }
    return nullptr;
}

bool containsDigit(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

QString CsvColumnMapping::normalizedHeader(const QString &header)
{
    QString name;
    name.reserve(header.size());
    for (const QChar c : header) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == u'/' || c == QChar(0xFEFF))
            continue;
        name.append(c);
    }
    return name.toCaseFolded();
}

std::optional<CsvColumnRole> CsvColumnMapping::roleForHeader(const QString &header)
{
    if (const Synonym *synonym = findSynonym(header))
        return synonym->role;
    return std::nullopt;
}

QString CsvColumnMapping::roleKey(CsvColumnRole role)
{
    return QString::fromUtf16(kRoleNames[size_t(role)].key);
}

std::optional<CsvColumnRole> CsvColumnMapping::roleFromKey(const QString &key)
{
    for (int i = 0; i < CsvColumnRoleCount; ++i) {
        if (key.compare(QStringView(kRoleNames[i].key), Qt::CaseInsensitive) == 0)
            return CsvColumnRole(i);
    }
    return std::nullopt;
}

QString CsvColumnMapping::roleDisplayName(CsvColumnRole role)
{
    return QCoreApplication::translate("Sspr::Core::CsvColumnMapping", kRoleNames[size_t(role)].displayName);
}

CsvColumnMapping CsvColumnMapping::detect(const CsvTable &table)
{
    if (table.records.isEmpty())
        return {};
    return detect(table.records.constFirst());
}

CsvColumnMapping CsvColumnMapping::detect(const CsvRecord &firstRecord)
{
    CsvColumnMapping mapping;
    mapping.m_headers = firstRecord.fields;
    if (firstRecord.fields.isEmpty())
        return mapping;

    std::array<QList<int>, CsvColumnRoleCount> strong;
    std::array<QList<int>, CsvColumnRoleCount> weak;
    bool named = false;
    for (int column = 0; column < firstRecord.fields.size(); ++column) {
        if (const Synonym *synonym = findSynonym(firstRecord.fields.at(column))) {
            auto &candidates = synonym->strength == Strength::Strong ? strong : weak;
            candidates[size_t(synonym->role)].append(column);
            named = true;
        }
    }

    if (named) {
        mapping.m_hasHeaderRow = true;
        for (int role = 0; role < CsvColumnRoleCount; ++role) {
            const QList<int> &candidates = strong[role].isEmpty() ? weak[role] : strong[role];
            if (candidates.size() == 1)
                mapping.m_columns[role] = candidates.constFirst();
            else if (candidates.size() > 1)
                mapping.m_ambiguities.append({CsvColumnRole(role), candidates});
        }
        return mapping;
    }

    // No known header name. A header never holds an address, so a cell with `@` means the first row is data.
    int userColumn = -1;
    for (int column = 0; column < firstRecord.fields.size(); ++column) {
        if (firstRecord.fields.at(column).contains(u'@')) {
            userColumn = column;
            break;
        }
    }
    if (userColumn < 0) {
        mapping.m_hasHeaderRow = true; // a header whose names we do not know: the wizard asks
        return mapping;
    }
    mapping.m_hasHeaderRow = false;
    mapping.m_columns[size_t(CsvColumnRole::User)] = userColumn;
    for (int column = 0; column < firstRecord.fields.size(); ++column) {
        if (column == userColumn)
            continue;
        const QString &field = firstRecord.fields.at(column);
        if (field.contains(u'@')) {
            if (!mapping.isMapped(CsvColumnRole::AlternateEmail))
                mapping.m_columns[size_t(CsvColumnRole::AlternateEmail)] = column;
        } else if (containsDigit(field) && !mapping.isMapped(CsvColumnRole::Mobile)) {
            mapping.m_columns[size_t(CsvColumnRole::Mobile)] = column;
        }
    }
    return mapping;
}

QString CsvColumnMapping::columnName(int column) const
{
    const QString header = column >= 0 && column < m_headers.size() ? m_headers.at(column).trimmed() : QString();
    if (m_hasHeaderRow && !header.isEmpty()) {
        return QCoreApplication::translate("Sspr::Core::CsvColumnMapping", "\"%1\" (column %2)")
            .arg(header)
            .arg(column + 1);
    }
    return QCoreApplication::translate("Sspr::Core::CsvColumnMapping", "column %1").arg(column + 1);
}

std::optional<CsvColumnRole> CsvColumnMapping::roleOfColumn(int column) const
{
    for (int role = 0; role < CsvColumnRoleCount; ++role) {
        if (m_columns[role] == column && column >= 0)
            return CsvColumnRole(role);
    }
    return std::nullopt;
}

void CsvColumnMapping::setColumn(CsvColumnRole role, int column)
{
    if (column >= 0) {
        for (int &other : m_columns) {
            if (other == column)
                other = -1;
        }
    }
    m_columns[size_t(role)] = column < 0 ? -1 : column;
    m_ambiguities.removeIf([role](const Ambiguity &ambiguity) { return ambiguity.role == role; });
}

QString CsvColumnMapping::value(const CsvRecord &record, CsvColumnRole role) const
{
    const int index = column(role);
    if (index < 0 || index >= record.fields.size())
        return {};
    return record.fields.at(index).trimmed();
}

QStringList CsvColumnMapping::problems(const QList<CsvColumnRole> &anyOf) const
{
    QStringList problems;
    const auto isAmbiguous = [this](CsvColumnRole role) {
        return std::any_of(m_ambiguities.cbegin(), m_ambiguities.cend(),
            [role](const Ambiguity &ambiguity) { return ambiguity.role == role; });
    };

    for (const Ambiguity &ambiguity : m_ambiguities) {
        QStringList names;
        for (const int column : ambiguity.columns)
            names.append(columnName(column));
        problems.append(QCoreApplication::translate(
            "Sspr::Core::CsvColumnMapping", "%1 all look like the %2 column; choose the one to use.")
                            .arg(names.join(u", "_s), roleDisplayName(ambiguity.role)));
    }
    if (!isMapped(CsvColumnRole::User) && !isAmbiguous(CsvColumnRole::User)) {
        problems.append(QCoreApplication::translate("Sspr::Core::CsvColumnMapping",
            "No column was recognised as the user (user principal name) column; choose it."));
    }
    if (!anyOf.isEmpty()) {
        const bool mapped = std::any_of(anyOf.cbegin(), anyOf.cend(), [this](CsvColumnRole r) { return isMapped(r); });
        const bool ambiguous = std::any_of(anyOf.cbegin(), anyOf.cend(), isAmbiguous);
        if (!mapped && !ambiguous) {
            QStringList names;
            for (const CsvColumnRole role : anyOf)
                names.append(roleDisplayName(role));
            problems.append(QCoreApplication::translate("Sspr::Core::CsvColumnMapping",
                "No column was recognised for the value to import (%1); "
                "choose it.")
                                .arg(names.join(u", "_s)));
        }
    }
    if (!m_headers.isEmpty()) {
        for (int role = 0; role < CsvColumnRoleCount; ++role) {
            if (m_columns[role] >= m_headers.size()) {
                problems.append(QCoreApplication::translate("Sspr::Core::CsvColumnMapping",
                    "The %1 column is set to column %2, but the file has "
                    "only %3 columns.")
                                    .arg(roleDisplayName(CsvColumnRole(role)))
                                    .arg(m_columns[role] + 1)
                                    .arg(m_headers.size()));
            }
        }
    }
    return problems;
}

Status CsvColumnMapping::validate(const CsvTable &table, const QList<CsvColumnRole> &anyOf) const
{
    if (table.records.isEmpty()) {
        return Error {
            QCoreApplication::translate("Sspr::Core::CsvColumnMapping", "The file is empty: it contains no rows.")};
    }
    if (m_hasHeaderRow && table.records.size() == 1) {
        return Error {
            QCoreApplication::translate("Sspr::Core::CsvColumnMapping", "The file has a header row but no data rows.")};
    }
    const QStringList found = problems(anyOf);
    if (!found.isEmpty())
        return Error {found.join(u'\n')};
    return {};
}

} // namespace Sspr::Core
