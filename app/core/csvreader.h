#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace Sspr::Core {

// One row of a CSV file: its fields, and the 1-based line of the file on which the row starts, for per-row reports.
// A quoted field may span lines, so the next record's line can be more than one further on.
struct CsvRecord
{
    qsizetype line = 0;
    QStringList fields;

    // True when every field is empty or white space (a row Excel leaves as ",,,").
    bool isBlank() const;
    friend bool operator==(const CsvRecord &, const CsvRecord &) = default;
};

enum class CsvEncoding {
    Utf8, // no byte-order mark
    Utf8WithBom,
    Utf16LittleEndian, // with a byte-order mark, or without one when the first characters are plainly ASCII
    Utf16BigEndian,
};

struct CsvTable
{
    QList<CsvRecord> records; // file order; the first is the header row when the file has one (see CsvColumnMapping)
    QChar separator = u',';
    CsvEncoding encoding = CsvEncoding::Utf8;
};

// An RFC 4180 reader over bytes, streamed from a QIODevice in chunks so that a large file is never held twice.
//
// - Encoding: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (Excel's "Unicode text"). Bytes that are not valid
//   UTF-8 are an error naming the line, never silently replaced: a file saved as "CSV" in a Windows code page is
//   refused with advice instead of importing mangled names.
// - Separator: `,` `;` or tab, detected from the first row (separators inside quotes do not count), or Excel's
//   `sep=;` first line, or forced through Options.
// - Quoting: a field that starts with `"` is quoted; inside it `""` is a quote and separators and line breaks (CR, LF,
//   CRLF) are kept as they are. A quote inside an unquoted field is an ordinary character. After a closing quote only
//   spaces or tabs may come before the separator or the end of the line.
// - Line endings: CRLF, LF or CR, mixed freely. Completely empty lines are skipped; a line of bare separators is a
//   record (see CsvRecord::isBlank()).
// - Limits: field size, fields per record and records per file are capped, so a hostile file fails quickly with a
//   clear message instead of exhausting memory.
//
// An empty file (also: only a BOM, only blank lines) is the error ErrorKind::Empty. A header-only file reads fine as
// one record; whether that record is a header is decided by CsvColumnMapping, which reports it.
class CsvReader
{
public:
    enum class ErrorKind {
        None,
        Empty,
        ReadError,
        InvalidSeparator,
        UnsupportedEncoding,
        InvalidUtf8,
        InvalidUtf16,
        NulCharacter,
        UnclosedQuote,
        TextAfterQuote,
        FieldTooLong,
        TooManyFields,
        TooManyRecords,
    };

    struct Options
    {
        QChar separator; // null: detect; otherwise an ASCII character other than `"`, CR and LF
        bool quoting = true; // false: `"` is an ordinary character (pasted text that is not really CSV)
        qsizetype maxFieldBytes = 64 * 1024; // as stored in the file (UTF-16 counts two bytes per unit)
        qsizetype maxFieldsPerRecord = 1024;
        qsizetype maxRecords = 1'000'000; // header row included
        qsizetype chunkBytes = 1024 * 1024; // read size; small values exercise chunk boundaries in tests
    };

    // Receives each record as it is completed; may move from it. Returning false stops reading (not an error).
    using RecordHandler = std::function<bool(CsvRecord &&record)>;

    CsvReader();
    explicit CsvReader(const Options &options);

    // Streams records from an open device (file, buffer; read synchronously until read() returns 0).
    Status read(QIODevice *device, const RecordHandler &handler);
    Status read(const QByteArray &bytes, const RecordHandler &handler);

    // Collects every record. Each field is a QString, so a table takes several times the file size (a 50 MB file of
    // 740,000 four-field rows: about 300 MB); for large files prefer read() with a handler that keeps what it needs.
    Result<CsvTable> readAll(QIODevice *device);
    Result<CsvTable> readAll(const QByteArray &bytes);
    Result<CsvTable> readFile(const QString &path);

    // What the last read found. The separator and encoding are known once the first chunk is read.
    QChar separator() const { return m_separator; }
    CsvEncoding encoding() const { return m_encoding; }
    qsizetype recordCount() const { return m_recordCount; }
    ErrorKind errorKind() const { return m_errorKind; }
    qsizetype errorLine() const { return m_errorLine; } // 0 when the error concerns no particular line

    static QString encodingName(CsvEncoding encoding);

private:
    template<typename Unit>
    Status parse(QIODevice *device, QByteArray head, qsizetype bomBytes, bool drained, const RecordHandler &handler);
    Status fail(ErrorKind kind, qsizetype line, const QString &message);

    Options m_options;
    QChar m_separator = u',';
    CsvEncoding m_encoding = CsvEncoding::Utf8;
    qsizetype m_recordCount = 0;
    ErrorKind m_errorKind = ErrorKind::None;
    qsizetype m_errorLine = 0;
};

} // namespace Sspr::Core
