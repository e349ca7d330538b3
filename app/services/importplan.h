#pragma once

#include "authmethod.h"
#include "csvcolumnmapping.h"
#include "importjournal.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Sspr::Services {

// What a bulk import sets: phone methods (mobile, alternate mobile, office) or the authentication email.
enum class ImportKind { Phones, Emails };

// What to do with a row whose user already has a different value of that method.
enum class ExistingPolicy {
    Skip, // keep the registered value
    Overwrite, // replace it
    Ask, // decide per row (the wizard asks; a run cannot start while a row is undecided)
};

// The classes of the preview, one per row, in the order the checks decide them (the first that applies wins).
enum class ImportRowClass {
    WillAdd,
    WillUpdate, // a different value is registered (old → new)
    AlreadySet, // exactly this value is registered: nothing to do
    UnknownUser, // no user with that name (close matches offered)
    InvalidValue, // the number or address cannot be used (why, from PhoneNumber / MethodRules)
    Duplicate, // the same user and method again; the first row counts, later ones are flagged
    SharedNumber, // registered on another account, or given to several users in the file
    RuleViolation, // Entra's per-user rules refuse it (alternate mobile without mobile, extension on a mobile…)
};
inline constexpr int ImportRowClassCount = 8;

enum class ImportAction { None, Add, Update };
enum class ImportDecision { Apply, Skip, Undecided };

// The choices made before the preview.
struct ImportOptions
{
    ImportKind kind = ImportKind::Phones;
    // Phones: the type to import the phone column as. Unset: every mapped phone column is imported as its own
    // type (mobile, office, alternate mobile). Set: that type's column if mapped, else the one phone column.
    std::optional<Core::MethodType> phoneType;
    // Region for numbers without a country code, after the row's country column and the user's usage location.
    QString defaultRegion;
    ExistingPolicy existing = ExistingPolicy::Skip;
    // Apply rows whose number is shared with another account (held back by default: a number on several accounts
    // lets whoever holds that phone reset all of them).
    bool allowShared = false;

    // Stable machine form for the journal (and back); the mapping is recorded beside it.
    QString toJson(const Core::CsvColumnMapping &mapping) const;
    static std::optional<ImportOptions> fromJson(const QString &json);
    bool sameChoices(const ImportOptions &other) const;
};

// One row of the preview: one value of one record (a record with a mobile and an office column gives two).
struct ImportPlanItem
{
    qint64 line = 0; // line of the source where the record starts
    int record = 0; // index of the record in the table
    QString upn; // as given
    qint64 uid = 0; // 0 when unknown
    QString storedUpn; // the user's name as stored (case may differ)
    Core::MethodType type = Core::MethodType::MobilePhone;
    bool hasType = true; // false for a row that names no value at all
    QString typed; // the value as given
    QString value; // normalised: Graph form, or the trimmed address; empty when invalid
    QString oldValue; // the registered value an update replaces (or that is already set)
    QString methodId; // the registered method an update changes
    QString region; // the region a national-format number was read in, if one was needed
    ImportRowClass rowClass = ImportRowClass::WillAdd;
    ImportAction action = ImportAction::None;
    ImportDecision decision = ImportDecision::Skip;
    bool decidedByHand = false; // an "ask" decision made in the wizard, kept when the policy changes
    QString message; // why, for every class but add/update
    QStringList suggestions; // unknown user: up to three close matches
    QStringList sharedWith; // shared number: the other accounts (or other users of the file)
};

// A classified import: every row of the source with its class, counts per class, and the decision per row.
class ImportPlan
{
public:
    ImportOptions options;
    Core::CsvColumnMapping mapping;
    QString sourceName;
    QString sourceHash;
    qint64 records = 0; // data records read (header excluded)
    qint64 blankRecords = 0; // ",,," lines, ignored
    QList<ImportPlanItem> items;

    qint64 count(ImportRowClass rowClass) const { return m_counts[size_t(rowClass)]; }
    qint64 toApply() const;
    qint64 undecided() const;
    // Rows that will not be applied because of a problem (every class but add/update/already set, and shared
    // numbers unless allowed).
    qint64 problems() const;

    // Re-derives every decision from the policy (rows decided by hand in "ask" mode keep their choice).
    void setExistingPolicy(ExistingPolicy policy);
    void setAllowShared(bool allow);
    // An "ask" decision for one update row (ignored for other rows).
    void decide(int item, ImportDecision decision);
    void decideAllUndecided(ImportDecision decision);
    void recount();

    // The rows as the journal keeps them: to apply ("pending") or already settled (unchanged, skipped, failed).
    QList<Store::ImportRowRecord> journalRows() const;
    // The report line of one row before anything is applied (dry run): outcome key and message.
    Store::ImportRowRecord journalRow(const ImportPlanItem &item, qint64 seq) const;

    static QString classKey(ImportRowClass rowClass);
    static std::optional<ImportRowClass> classFromKey(const QString &key);
    static QString classDisplayName(ImportRowClass rowClass, ImportKind kind = ImportKind::Phones);
    // "3 unknown users", "1 invalid number": a count of rows of a class, for summaries.
    static QString classCountText(ImportRowClass rowClass, qint64 rows, ImportKind kind = ImportKind::Phones);
    static QString kindKey(ImportKind kind);
    static std::optional<ImportKind> kindFromKey(const QString &key);
    static QString policyKey(ExistingPolicy policy);
    static std::optional<ExistingPolicy> policyFromKey(const QString &key);
    // Whether a row of this class is held back from applying (with the plan's options).
    bool isBlocked(const ImportPlanItem &item) const;

private:
    void decideItem(ImportPlanItem &item) const;
    std::array<qint64, ImportRowClassCount> m_counts {};
};

} // namespace Sspr::Services
