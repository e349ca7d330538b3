#pragma once

#include "csvreader.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Sspr::Core {

// What a column of an import file holds.
enum class CsvColumnRole {
    User, // UPN or sign-in address
    Mobile,
    Office,
    AlternateMobile,
    AlternateEmail, // the authentication email method
    Country, // ISO region or usage location, to read national-format numbers
};
inline constexpr int CsvColumnRoleCount = 6;

// Which column of a CSV file plays which role, found from the header row by synonyms (case, spaces, underscores,
// hyphens and dots do not matter) and adjustable by hand in the wizard.
//
// - Header names: "UPN", "userPrincipalName", "user", "login" (and, only when none of those is present, "email",
//   "mail" or "e-mail") name the user; see roleForHeader() for every synonym.
// - Ambiguity: when two columns claim the same role, neither is mapped and ambiguities() lists them, so the file is
//   not imported until someone chooses (setColumn()).
// - No header: when no cell of the first row names a role and a cell holds an `@` (no header name does), the first
//   row is data and columns are mapped by content: the first column with `@` is the user, a second one with `@` the
//   authentication email, and the first other column with a digit the mobile phone. So the two-column paste
//   "alice@contoso.com, +1 425 555 0100" maps in either column order.
class CsvColumnMapping
{
public:
    struct Ambiguity
    {
        CsvColumnRole role;
        QList<int> columns;
        friend bool operator==(const Ambiguity &, const Ambiguity &) = default;
    };

    CsvColumnMapping() = default;

    // Guesses the mapping from the first record of a file (or of a table; an empty table gives an empty mapping).
    static CsvColumnMapping detect(const CsvRecord &firstRecord);
    static CsvColumnMapping detect(const CsvTable &table);

    // The role a header name stands for, if it is a known synonym.
    static std::optional<CsvColumnRole> roleForHeader(const QString &header);
    // A header reduced for comparison: lower case, without spaces, underscores, hyphens, dots or a BOM.
    static QString normalizedHeader(const QString &header);
    // Stable machine names ("user", "mobile", "office", "alternateMobile", "alternateEmail", "country").
    static QString roleKey(CsvColumnRole role);
    static std::optional<CsvColumnRole> roleFromKey(const QString &key);
    static QString roleDisplayName(CsvColumnRole role);

    bool hasHeaderRow() const { return m_hasHeaderRow; }
    void setHasHeaderRow(bool hasHeaderRow) { m_hasHeaderRow = hasHeaderRow; }
    // Index of the first record that holds data.
    qsizetype firstDataRecord() const { return m_hasHeaderRow ? 1 : 0; }

    int columnCount() const { return int(m_headers.size()); }
    // The header cells as read (the first record's cells when there is no header row, for display).
    const QStringList &headers() const { return m_headers; }
    // "Mobile (column 2)", or "Column 2" without a header row.
    QString columnName(int column) const;

    // The column of a role, or -1.
    int column(CsvColumnRole role) const { return m_columns[size_t(role)]; }
    bool isMapped(CsvColumnRole role) const { return column(role) >= 0; }
    std::optional<CsvColumnRole> roleOfColumn(int column) const;
    // Manual choice: maps the role to the column (-1 unmaps it). The column is taken from any role that had it, and
    // the role's ambiguity is resolved.
    void setColumn(CsvColumnRole role, int column);
    const QList<Ambiguity> &ambiguities() const { return m_ambiguities; }

    // The role's trimmed value in a record; empty when the role is unmapped or the record is short.
    QString value(const CsvRecord &record, CsvColumnRole role) const;

    // What keeps the mapping from being used, as sentences (empty when usable). `anyOf` lists the value roles of
    // which at least one must be mapped (e.g. the phone roles for a phone import); the user role is always required.
    QStringList problems(const QList<CsvColumnRole> &anyOf = {}) const;
    // problems() for a whole table, after the table-level checks: empty file, header row without data rows.
    Status validate(const CsvTable &table, const QList<CsvColumnRole> &anyOf = {}) const;

private:
    QStringList m_headers;
    std::array<int, CsvColumnRoleCount> m_columns {-1, -1, -1, -1, -1, -1};
    QList<Ambiguity> m_ambiguities;
    bool m_hasHeaderRow = false;
};

} // namespace Sspr::Core
