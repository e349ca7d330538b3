#include "importreport.h"

#include "authmethod.h"
#include "csvwriter.h"
#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSaveFile>

#include <functional>

namespace Sspr::Services {

using Core::Error;
using Core::Result;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Services::ImportReport)
};

const char16_t *const kOutcomeOrder[] = {u"added", u"updated", u"wouldAdd", u"wouldUpdate", u"unchanged", u"skipped",
    u"queued", u"failed", u"cancelled", u"pending"};

Core::CsvWriter::Options reportOptions()
{
    Core::CsvWriter::Options options;
    options.formulaGuard = Core::CsvWriter::FormulaGuard::PrefixExceptNumbers;
    return options;
}

Status writeRows(QIODevice *device, const std::function<Status(Core::CsvWriter &)> &body)
{
    Core::CsvWriter writer(device, reportOptions());
    if (Status s = writer.writeRecord(ImportReport::header()); !s)
        return s;
    return body(writer);
}

Status saveTo(const QString &path, const std::function<Status(QIODevice *)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {Tr::tr("Cannot write the report %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    if (Status s = write(&file); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit()) {
        return Error {Tr::tr("Cannot write the report %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

} // namespace

qint64 ImportReport::Summary::unsuccessful() const
{
    return outcome(u"failed"_s) + outcome(u"cancelled"_s) + outcome(u"pending"_s);
}

QStringList ImportReport::header()
{
    // Stable column names for scripts; not translated.
    return {u"row"_s, u"user"_s, u"type"_s, u"value"_s, u"previousValue"_s, u"outcome"_s, u"message"_s};
}

QString ImportReport::outcomeKey(const Store::ImportRowRecord &row, bool dryRun)
{
    if (row.state == u"pending") {
        if (dryRun)
            return row.action == u"update" ? u"wouldUpdate"_s : u"wouldAdd"_s;
        return u"pending"_s;
    }
    return row.outcome.isEmpty() ? row.state : row.outcome;
}

QStringList ImportReport::fields(const Store::ImportRowRecord &row, bool dryRun)
{
    Core::MethodType type;
    const QString typeName
        = Core::methodTypeFromKey(row.methodType, &type) ? Core::methodTypeDisplayName(type) : QString();
    QString message = row.message;
    if (row.state == u"pending" && !dryRun)
        message = Tr::tr("Not applied yet: the import was interrupted or paused. Resume it to apply this row.");
    return {QString::number(row.line), row.upn, typeName, row.value.isEmpty() ? row.typed : row.value, row.oldValue,
        outcomeKey(row, dryRun), message};
}

QString ImportReport::outcomeDisplayName(const QString &key)
{
    if (key == u"added")
        return Tr::tr("Added");
    if (key == u"updated")
        return Tr::tr("Updated");
    if (key == u"wouldAdd")
        return Tr::tr("To add");
    if (key == u"wouldUpdate")
        return Tr::tr("To update");
    if (key == u"unchanged")
        return Tr::tr("Unchanged");
    if (key == u"skipped")
        return Tr::tr("Skipped");
    if (key == u"queued")
        return Tr::tr("Queued");
    if (key == u"failed")
        return Tr::tr("Failed");
    if (key == u"cancelled")
        return Tr::tr("Cancelled");
    if (key == u"pending")
        return Tr::tr("Not applied yet");
    return key;
}

void ImportReport::add(Summary &summary, const Store::ImportRowRecord &row, bool dryRun)
{
    ++summary.rows;
    const QString key = outcomeKey(row, dryRun);
    ++summary.outcomes[key];
    ++summary.classes[row.rowClass];
    if (key == u"failed")
        ++summary.failedClasses[row.rowClass];
}

ImportReport::Summary ImportReport::summarize(const QList<Store::ImportRowRecord> &rows, bool dryRun)
{
    Summary summary;
    for (const Store::ImportRowRecord &row : rows)
        add(summary, row, dryRun);
    return summary;
}

Result<ImportReport::Summary> ImportReport::summarizeRun(Store::Database &db, qint64 runId)
{
    Summary summary;
    const Status s = Store::ImportJournal(db).forEachRow(runId, [&summary](const Store::ImportRowRecord &row) {
        add(summary, row, false);
        return true;
    });
    if (!s)
        return s.error();
    return summary;
}

QString ImportReport::describe(const Summary &summary)
{
    const QLocale locale;
    QStringList parts;
    for (const char16_t *key : kOutcomeOrder) {
        const qint64 n = summary.outcome(QString::fromUtf16(key));
        if (n > 0)
            parts.append(
                Tr::tr("%1 %2").arg(locale.toString(n), outcomeDisplayName(QString::fromUtf16(key)).toLower()));
    }
    if (parts.isEmpty())
        return Tr::tr("no rows");
    return parts.join(u", "_s);
}

Status ImportReport::write(QIODevice *device, const QList<Store::ImportRowRecord> &rows, bool dryRun)
{
    return writeRows(device, [&](Core::CsvWriter &writer) -> Status {
        for (const Store::ImportRowRecord &row : rows) {
            if (Status s = writer.writeRecord(fields(row, dryRun)); !s)
                return s;
        }
        return {};
    });
}

Status ImportReport::writeRun(Store::Database &db, qint64 runId, QIODevice *device)
{
    return writeRows(device, [&](Core::CsvWriter &writer) -> Status {
        Status failure;
        const Status s = Store::ImportJournal(db).forEachRow(runId, [&](const Store::ImportRowRecord &row) {
            failure = writer.writeRecord(fields(row, false));
            return bool(failure);
        });
        if (!s)
            return s;
        return failure;
    });
}

Status ImportReport::writeFile(const QString &path, const QList<Store::ImportRowRecord> &rows, bool dryRun)
{
    return saveTo(path, [&](QIODevice *device) { return write(device, rows, dryRun); });
}

Status ImportReport::writeRunFile(Store::Database &db, qint64 runId, const QString &path)
{
    return saveTo(path, [&](QIODevice *device) { return writeRun(db, runId, device); });
}

} // namespace Sspr::Services
