#pragma once

#include "csvcolumnmapping.h"
#include "importplan.h"
#include "importsource.h"
#include "result.h"

#include <QList>
#include <QPair>

#include <functional>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {

// Reads an import source into a classified plan (ImportPlan): every row checked against the store and Entra's
// rules, nothing written. Built for 100,000 rows: users, methods and shared numbers are looked up for the whole
// file at once (Store::ImportLookup), each distinct number is parsed once, and the rules run on the in-memory
// state of each user, so that rows of one user see each other (a mobile phone added two rows earlier satisfies an
// alternate mobile phone's rule).
class ImportPlanner final
{
public:
    // Reports progress: a phase name for people, and done/total in that phase. Returning false cancels.
    using Progress = std::function<bool(const QString &phase, qint64 done, qint64 total)>;

    static constexpr int kMaxSuggestedUsers = 500; // unknown users that get "did you mean" hints

    explicit ImportPlanner(Store::Database &db);

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // The mapping found from the header (or the content); for an email import a plain "Email"/"Mail" column
    // beside the user column is the address to import.
    static Core::CsvColumnMapping detectMapping(const Core::CsvTable &table, ImportKind kind);
    // The roles of which at least one must be mapped.
    static QList<Core::CsvColumnRole> valueRoles(ImportKind kind);
    // The columns to import, each with the method type it sets, in the order rows are applied (mobile before
    // alternate mobile). An error says why the mapping and options do not fit together.
    static Core::Result<QList<QPair<int, Core::MethodType>>> valueColumns(
        const Core::CsvColumnMapping &mapping, const ImportOptions &options);
    // Whether the table and mapping can be imported at all (an empty file, a header without rows, a missing or
    // ambiguous column); the message says what to do. The store is not read.
    static Core::Status validate(
        const Core::CsvTable &table, const Core::CsvColumnMapping &mapping, const ImportOptions &options);
    // A region code from a country column cell: "DE", "de", "Germany", "United Kingdom", "UK"… or "" if unknown.
    static QString regionFromCountry(const QString &text);

    // Classifies every row. Fails only when the source cannot be used (see validate()), the store cannot be
    // read, or the progress callback cancelled.
    Core::Result<ImportPlan> plan(
        const ImportSource &source, const Core::CsvColumnMapping &mapping, const ImportOptions &options);

private:
    bool report(const QString &phase, qint64 done, qint64 total);

    Store::Database &m_db;
    Progress m_progress;
};

} // namespace Sspr::Services
