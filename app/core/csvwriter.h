#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Sspr::Core {

// Writes report CSV files that spreadsheets open safely: RFC 4180 quoting, UTF-8 (with a BOM by default, so that
// Excel does not guess a code page), and a defence against CSV (formula) injection.
//
// Formula injection (OWASP "CSV Injection"): a field starting with = + - @ tab or CR is taken by Excel and LibreOffice
// as a formula, so a value such as `=HYPERLINK(...)` read from an import file and echoed into the report could run
// when the report is opened. Such a field is written with a leading apostrophe ('), which makes it text.
//
// Phone numbers: with FormulaGuard::PrefixExceptNumbers (the default) a field that is a plain number — an optional
// leading + or -, then only digits, spaces, dots, hyphens and brackets, with at least one digit, and optionally an
// extension "x123" — is left alone, so "+1 4255550100" stays readable. Such a field cannot call a function or refer
// to a cell (that needs letters); at worst a spreadsheet shows "+1-425-555-0100" as the result of a subtraction, a
// display problem, not code execution. FormulaGuard::PrefixAll prefixes those too.
//
// The writer also quotes fields whose leading or trailing white space would otherwise be trimmed by spreadsheets, a
// record of one empty field (so that it is not an empty line, which readers skip), a first field starting with a BOM
// or "sep=", and a first field starting with "ID" when there is no BOM (Excel would take the file for SYLK). NUL
// characters are written as U+FFFD: spreadsheets cut text at them and CsvReader refuses them.
class CsvWriter
{
public:
    enum class FormulaGuard {
        None, // values exactly as given (files for programs)
        PrefixExceptNumbers,
        PrefixAll,
    };

    struct Options
    {
        QChar separator = u','; // anything but `"`, CR and LF
        bool byteOrderMark = true;
        bool crlf = true; // RFC 4180 line ends; false: LF
        FormulaGuard formulaGuard = FormulaGuard::PrefixExceptNumbers;
    };

    explicit CsvWriter(QIODevice *device);
    CsvWriter(QIODevice *device, const Options &options);

    // Writes one record (and, before the first, the BOM if asked for).
    Status writeRecord(const QStringList &fields);
    qsizetype recordsWritten() const { return m_recordsWritten; }

    // A whole file in memory.
    static QByteArray toCsv(const QList<QStringList> &records);
    static QByteArray toCsv(const QList<QStringList> &records, const Options &options);
    // One record as text with its line end; `firstRecord` adds the guards only the start of a file needs.
    static QString formatRecord(const QStringList &fields, const Options &options, bool firstRecord = false);

    // True when the field starts with a character that makes a spreadsheet read it as a formula.
    static bool startsLikeFormula(const QString &field);
    // True for an optionally signed plain number, phone numbers included (see above).
    static bool isPlainNumber(const QString &field);
    // The field as the guard would write it (before quoting).
    static QString neutralised(const QString &field, FormulaGuard guard);

private:
    QIODevice *m_device;
    Options m_options;
    qsizetype m_recordsWritten = 0;
};

} // namespace Sspr::Core
