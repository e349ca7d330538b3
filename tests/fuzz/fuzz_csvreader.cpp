// libFuzzer target for Sspr::Core::CsvReader (and what consumes its output: CsvColumnMapping, CsvWriter,
// ClipboardTable).
//
// The input is read as a file, with small limits so that every limit is reachable. Besides "no crash, no sanitizer
// report, no hang", it traps when an invariant breaks:
//   - the outcome (records, separator, encoding; or error kind and line) is the same whatever the chunk size, so
//     chunk boundaries inside CRLF pairs, UTF-8 sequences and UTF-16 units change nothing;
//   - a failure has a kind and a message; a success has records with at least one field, 1-based increasing line
//     numbers, fields within the size limit and without NUL or unpaired surrogates;
//   - writing the records back (no formula guard) and reading them with the same separator gives the same fields;
//   - with the default formula guard, no field read back starts with a formula character unless it is a plain number.

#include "clipboardtable.h"
#include "csvcolumnmapping.h"
#include "csvreader.h"
#include "csvwriter.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>

using namespace Qt::StringLiterals;
using Sspr::Core::CsvColumnMapping;
using Sspr::Core::CsvColumnRole;
using Sspr::Core::CsvReader;
using Sspr::Core::CsvRecord;
using Sspr::Core::CsvTable;
using Sspr::Core::CsvWriter;

namespace {

constexpr qsizetype kMaxFieldBytes = 256;

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_csvreader invariant broken: %s\n", what);
    __builtin_trap();
}

struct Outcome
{
    bool ok = false;
    CsvReader::ErrorKind kind = CsvReader::ErrorKind::None;
    qsizetype line = 0;
    QString message;
    CsvTable table;
};

Outcome readWith(const QByteArray &bytes, qsizetype chunkBytes)
{
    CsvReader::Options options;
    options.maxFieldBytes = kMaxFieldBytes;
    options.maxFieldsPerRecord = 64;
    options.maxRecords = 1000;
    options.chunkBytes = chunkBytes;
    CsvReader reader(options);
    auto table = reader.readAll(bytes);
    Outcome outcome;
    outcome.ok = table.ok();
    outcome.kind = reader.errorKind();
    outcome.line = reader.errorLine();
    if (table.ok())
        outcome.table = std::move(table).value();
    else
        outcome.message = table.errorMessage();
    return outcome;
}

bool sameOutcome(const Outcome &a, const Outcome &b)
{
    if (a.ok != b.ok || a.kind != b.kind || a.line != b.line)
        return false;
    return !a.ok
        || (a.table.records == b.table.records && a.table.separator == b.table.separator
            && a.table.encoding == b.table.encoding);
}

bool hasUnpairedSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (text.at(i).isSurrogate())
            return true;
    }
    return false;
}

QList<QStringList> fieldsOf(const CsvTable &table)
{
    QList<QStringList> rows;
    for (const CsvRecord &record : table.records)
        rows.append(record.fields);
    return rows;
}

void checkTable(const CsvTable &table, qsizetype maxFieldBytes)
{
    if (table.records.isEmpty())
        fail("success without records");
    qsizetype previousLine = 0;
    for (const CsvRecord &record : table.records) {
        if (record.fields.isEmpty())
            fail("record without fields");
        if (record.line <= previousLine)
            fail("line numbers not increasing");
        previousLine = record.line;
        for (const QString &field : record.fields) {
            if (field.size() > maxFieldBytes)
                fail("field beyond the size limit");
            if (field.contains(QChar(0)))
                fail("NUL in a field");
            if (hasUnpairedSurrogate(field))
                fail("unpaired surrogate in a field");
        }
    }
}

void checkRoundTrip(const CsvTable &table)
{
    const QList<QStringList> rows = fieldsOf(table);
    CsvReader::Options readOptions;
    readOptions.separator = table.separator;

    CsvWriter::Options options;
    options.separator = table.separator;
    options.byteOrderMark = false;
    options.formulaGuard = CsvWriter::FormulaGuard::None;
    {
        CsvReader reader(readOptions);
        const auto back = reader.readAll(CsvWriter::toCsv(rows, options));
        if (!back.ok())
            fail("written records do not read back");
        if (fieldsOf(back.value()) != rows)
            fail("written records read back differently");
    }

    options.formulaGuard = CsvWriter::FormulaGuard::PrefixExceptNumbers;
    options.byteOrderMark = true;
    CsvReader reader(readOptions);
    const auto guarded = reader.readAll(CsvWriter::toCsv(rows, options));
    if (!guarded.ok() || guarded->records.size() != rows.size())
        fail("guarded records do not read back");
    for (const CsvRecord &record : guarded->records) {
        for (const QString &field : record.fields) {
            if (CsvWriter::startsLikeFormula(field) && !CsvWriter::isPlainNumber(field))
                fail("a formula was written unguarded");
        }
    }
}

void checkMapping(const CsvTable &table)
{
    CsvColumnMapping mapping = CsvColumnMapping::detect(table);
    (void)mapping.problems({CsvColumnRole::Mobile, CsvColumnRole::Office});
    (void)mapping.validate(table);
    for (int role = 0; role < Sspr::Core::CsvColumnRoleCount; ++role) {
        for (const CsvRecord &record : table.records)
            (void)mapping.value(record, CsvColumnRole(role));
        for (const auto &ambiguity : mapping.ambiguities()) {
            if (ambiguity.columns.size() < 2)
                fail("ambiguity with fewer than two columns");
            if (mapping.isMapped(ambiguity.role))
                fail("an ambiguous role is mapped");
        }
    }
    mapping.setColumn(CsvColumnRole::User, mapping.columnCount() - 1);
    if (mapping.columnCount() > 0 && mapping.roleOfColumn(mapping.columnCount() - 1) != CsvColumnRole::User)
        fail("setColumn() did not take the column");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const Outcome whole = readWith(bytes, 1024 * 1024);
    for (const qsizetype chunk : {qsizetype(1), qsizetype(7)}) {
        if (!sameOutcome(whole, readWith(bytes, chunk)))
            fail("the outcome depends on the chunk size");
    }

    if (whole.ok) {
        if (whole.kind != CsvReader::ErrorKind::None || !whole.message.isEmpty())
            fail("success with an error");
        checkTable(whole.table, kMaxFieldBytes);
        checkRoundTrip(whole.table);
        checkMapping(whole.table);
    } else {
        if (whole.kind == CsvReader::ErrorKind::None || whole.message.isEmpty())
            fail("failure without a kind or message");
        if (whole.message.size() > 500)
            fail("error message grows with the input");
    }

    const auto pasted = Sspr::Core::ClipboardTable::parse(QString::fromUtf8(bytes));
    if (pasted.ok()) {
        checkTable(pasted.value(), CsvReader::Options().maxFieldBytes);
        checkMapping(pasted.value());
    } else if (pasted.errorMessage().isEmpty()) {
        fail("clipboard failure without a message");
    }
    return 0;
}
