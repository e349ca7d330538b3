#pragma once

#include "importjournal.h"
#include "result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {

// The per-row result of an import as a CSV file (row, user, type, value, previous value, outcome, message), and
// its summary. Values come from the import file, so every field goes through Core::CsvWriter's formula guard: a
// cell such as `=cmd|' /C calc'!A0` is written as text, never as a formula.
//
// Outcome keys (stable, for scripts): added, updated, unchanged, skipped, failed, cancelled, queued, pending; a dry
// run reports wouldAdd and wouldUpdate for the rows it would apply.
class ImportReport final
{
public:
    struct Summary
    {
        qint64 rows = 0;
        QMap<QString, qint64> outcomes; // outcome key → rows
        QMap<QString, qint64> classes; // plan class key → rows
        QMap<QString, qint64> failedClasses; // plan class key → rows that failed
        qint64 outcome(const QString &key) const { return outcomes.value(key); }
        // Rows that did not succeed: failed, cancelled, or still pending.
        qint64 unsuccessful() const;
    };

    static QStringList header();
    // One report line. For a dry run, pending rows read as wouldAdd / wouldUpdate.
    static QStringList fields(const Store::ImportRowRecord &row, bool dryRun);
    static void add(Summary &summary, const Store::ImportRowRecord &row, bool dryRun);
    // The outcome key a row is reported with.
    static QString outcomeKey(const Store::ImportRowRecord &row, bool dryRun);
    static QString outcomeDisplayName(const QString &key);

    // Writes the rows of a plan (dry run) or of a journaled run.
    static Core::Status write(QIODevice *device, const QList<Store::ImportRowRecord> &rows, bool dryRun);
    static Core::Status writeRun(Store::Database &db, qint64 runId, QIODevice *device);
    // The same, to a file replaced atomically (QSaveFile).
    static Core::Status writeFile(const QString &path, const QList<Store::ImportRowRecord> &rows, bool dryRun);
    static Core::Status writeRunFile(Store::Database &db, qint64 runId, const QString &path);

    static Summary summarize(const QList<Store::ImportRowRecord> &rows, bool dryRun);
    static Core::Result<Summary> summarizeRun(Store::Database &db, qint64 runId);
    // "800 added, 50 updated, …" in a fixed order, leaving out zeros.
    static QString describe(const Summary &summary);
};

} // namespace Sspr::Services
