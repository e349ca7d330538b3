#include "csvreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <string>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace Sspr::Core {

bool CsvRecord::isBlank() const
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString &field) { return field.trimmed().isEmpty(); });
}

namespace {

using ErrorKind = CsvReader::ErrorKind;

// The encoding and the separator are decided from this much of the start of the file, whatever the chunk size.
constexpr qsizetype kHeadBytes = 64 * 1024;

struct Failure
{
    ErrorKind kind = ErrorKind::None;
    qsizetype line = 0;
    QString message;
};

QString sizeText(qsizetype bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

template<typename Unit> bool isLineBreak(Unit c)
{
    return c == Unit('\r') || c == Unit('\n');
}

// Line breaks (CR, LF, CRLF counted once) in [begin, end).
template<typename Unit> qsizetype lineBreaksIn(const Unit *begin, const Unit *end)
{
    qsizetype count = 0;
    for (const Unit *p = begin; p < end; ++p) {
        if (*p == Unit('\n'))
            ++count;
        else if (*p == Unit('\r') && !(p + 1 < end && p[1] == Unit('\n')))
            ++count;
    }
    return count;
}

// Offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms, surrogates and values
// above U+10FFFF included), or -1 when all of it is valid.
qsizetype firstInvalidUtf8(const char *text, qsizetype size)
{
    const auto *s = reinterpret_cast<const uchar *>(text);
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = s[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        char32_t codePoint = 0;
        char32_t smallest = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            codePoint = lead & 0x1F;
            smallest = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0F;
            smallest = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            codePoint = lead & 0x07;
            smallest = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (qsizetype k = 1; k < length; ++k) {
            const uchar next = s[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < smallest || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// Offset of the first unpaired surrogate, or -1.
qsizetype firstUnpairedSurrogate(const char16_t *text, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = text[i];
        if (unit < 0xD800 || unit > 0xDFFF)
            continue;
        if (unit >= 0xDC00 || i + 1 >= size || text[i + 1] < 0xDC00 || text[i + 1] > 0xDFFF)
            return i;
        ++i;
    }
    return -1;
}

// Turns bytes into code units, chunk by chunk. UTF-8 is parsed as bytes: the characters that structure CSV are ASCII,
// and no ASCII byte occurs inside a multi-byte UTF-8 sequence, so fields are validated and converted once complete.
template<typename Unit> class Decoder;

template<> class Decoder<char>
{
public:
    explicit Decoder(bool /*bigEndian*/) { }
    std::pair<const char *, const char *> decode(const char *bytes, qsizetype size) { return {bytes, bytes + size}; }
    bool hasCarry() const { return false; }
};

template<> class Decoder<char16_t>
{
public:
    explicit Decoder(bool bigEndian)
        : m_bigEndian(bigEndian)
    { }

    std::pair<const char16_t *, const char16_t *> decode(const char *bytes, qsizetype size)
    {
        const auto *b = reinterpret_cast<const uchar *>(bytes);
        m_units.resize(size_t((size + (m_carry >= 0 ? 1 : 0)) / 2));
        size_t out = 0;
        qsizetype i = 0;
        if (m_carry >= 0 && size > 0) {
            m_units[out++] = unit(uchar(m_carry), b[0]);
            m_carry = -1;
            i = 1;
        }
        for (; i + 1 < size; i += 2)
            m_units[out++] = unit(b[i], b[i + 1]);
        if (i < size)
            m_carry = b[i];
        return {m_units.data(), m_units.data() + out};
    }
    bool hasCarry() const { return m_carry >= 0; }

private:
    char16_t unit(uchar first, uchar second) const
    {
        return m_bigEndian ? char16_t((first << 8) | second) : char16_t((second << 8) | first);
    }

    bool m_bigEndian;
    int m_carry = -1;
    std::u16string m_units;
};

// Number of fields in the first record of [p, end) when split at `separator`, honouring quotes.
template<typename Unit> qsizetype countFirstRecordFields(const Unit *p, const Unit *end, Unit separator, bool quoting)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    qsizetype fields = 1;
    for (; p < end; ++p) {
        const Unit c = *p;
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
        case State::QuoteInQuoted:
            if (c == separator) {
                ++fields;
                state = State::FieldStart;
            } else if (isLineBreak(c)) {
                return fields;
            } else if (c == Unit('"') && quoting && state != State::Unquoted) {
                state = State::Quoted;
            } else {
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == Unit('"'))
                state = State::QuoteInQuoted;
            break;
        }
    }
    return fields;
}

// Tab, semicolon or comma, whichever splits the first non-empty row into the most fields; ties go to the earlier in
// that order (a header "Smith, John;Phone" is semicolon-separated). A single column reads as comma-separated.
template<typename Unit> char16_t detectSeparator(const Unit *p, const Unit *end, bool quoting)
{
    while (p < end && isLineBreak(*p))
        ++p;
    char16_t best = u',';
    qsizetype bestFields = 1;
    for (const char16_t candidate : {u'\t', u';', u','}) {
        const qsizetype fields = countFirstRecordFields(p, end, Unit(candidate), quoting);
        if (fields > bestFields) {
            best = candidate;
            bestFields = fields;
        }
    }
    return best;
}

bool isUsableSeparator(char16_t c)
{
    return c > 0 && c < 0x80 && c != u'"' && c != u'\r' && c != u'\n';
}

// Excel's "sep=;" first line. Returns the units it takes up (line break included), or 0.
template<typename Unit> qsizetype separatorDirective(const Unit *p, const Unit *end, char16_t *separator)
{
    if (end - p < 5)
        return 0;
    const auto lower = [](Unit c) {
        return (c >= Unit('A') && c <= Unit('Z')) ? Unit(c + ('a' - 'A')) : c;
    };
    if (lower(p[0]) != Unit('s') || lower(p[1]) != Unit('e') || lower(p[2]) != Unit('p') || p[3] != Unit('='))
        return 0;
    const auto candidate = char16_t(std::make_unsigned_t<Unit>(p[4]));
    if (!isUsableSeparator(candidate))
        return 0;
    const Unit *q = p + 5;
    if (q < end && !isLineBreak(*q))
        return 0;
    if (q < end && *q == Unit('\r'))
        ++q;
    if (q < end && *q == Unit('\n'))
        ++q;
    *separator = candidate;
    return q - p;
}

template<typename Unit> class Parser
{
public:
    Parser(const CsvReader::Options &options, char16_t separator, qsizetype firstLine,
        const CsvReader::RecordHandler &handler)
        : m_handler(handler)
        , m_separator(Unit(separator))
        , m_quoting(options.quoting)
        , m_maxFieldBytes(options.maxFieldBytes)
        , m_maxFieldUnits(std::max<qsizetype>(1, options.maxFieldBytes / qsizetype(sizeof(Unit))))
        , m_maxFields(options.maxFieldsPerRecord)
        , m_maxRecords(options.maxRecords)
        , m_line(firstLine)
    { }

    // Returns false once the parse has failed or the handler asked to stop.
    bool feed(const Unit *p, const Unit *const end)
    {
        if (m_pendingCR && p < end) {
            m_pendingCR = false;
            if (*p == Unit('\n')) {
                if (m_state == State::Quoted && !append(p, p + 1))
                    return false;
                ++p;
            }
        }
        while (p < end) {
            switch (m_state) {
            case State::FieldStart: {
                const Unit c = *p;
                if (c == m_separator) {
                    beginField();
                    if (!endField())
                        return false;
                    ++p;
                } else if (isLineBreak(c)) {
                    if (m_hasContent && !(endField() && endRecord()))
                        return false;
                    if (!lineBreak(p, end, false))
                        return false;
                } else if (c == Unit('"') && m_quoting) {
                    beginField();
                    m_quoteLine = m_line;
                    m_state = State::Quoted;
                    ++p;
                } else if (c == Unit(0)) {
                    return failNul();
                } else {
                    beginField();
                    m_state = State::Unquoted;
                }
                break;
            }
            case State::Unquoted: {
                const Unit *run = p;
                while (p < end && *p != m_separator && !isLineBreak(*p) && *p != Unit(0))
                    ++p;
                if (!append(run, p))
                    return false;
                if (p == end)
                    break;
                if (*p == Unit(0))
                    return failNul();
                if (!endField())
                    return false;
                m_state = State::FieldStart;
                if (*p == m_separator) {
                    ++p;
                } else if (!endRecord() || !lineBreak(p, end, false)) {
                    return false;
                }
                break;
            }
            case State::Quoted: {
                const Unit *run = p;
                while (p < end && *p != Unit('"') && !isLineBreak(*p) && *p != Unit(0))
                    ++p;
                if (!append(run, p))
                    return false;
                if (p == end)
                    break;
                if (*p == Unit('"')) {
                    m_state = State::QuoteInQuoted;
                    ++p;
                } else if (*p == Unit(0)) {
                    return failNul();
                } else if (!lineBreak(p, end, true)) {
                    return false;
                }
                break;
            }
            case State::QuoteInQuoted:
            case State::AfterQuoted: {
                const Unit c = *p;
                if (c == Unit('"') && m_state == State::QuoteInQuoted) {
                    if (!append(p, p + 1))
                        return false;
                    m_state = State::Quoted;
                    ++p;
                } else if (c == m_separator) {
                    if (!endField())
                        return false;
                    m_state = State::FieldStart;
                    ++p;
                } else if (isLineBreak(c)) {
                    if (!endField())
                        return false;
                    m_state = State::FieldStart;
                    if (!endRecord() || !lineBreak(p, end, false))
                        return false;
                } else if (c == Unit(' ') || c == Unit('\t')) {
                    m_state = State::AfterQuoted;
                    ++p;
                } else if (c == Unit(0)) {
                    return failNul();
                } else {
                    return fail(ErrorKind::TextAfterQuote, m_line,
                        QCoreApplication::translate("Sspr::Core::CsvReader",
                            "Line %1: text follows the closing quote of a field. A "
                            "quote inside a quoted field must be doubled (\"\").")
                            .arg(m_line));
                }
                break;
            }
            }
        }
        return true;
    }

    // At the end of the input.
    bool finish()
    {
        switch (m_state) {
        case State::FieldStart:
            return !m_hasContent || (endField() && endRecord());
        case State::Quoted:
            return fail(ErrorKind::UnclosedQuote, m_quoteLine,
                QCoreApplication::translate("Sspr::Core::CsvReader",
                    "The quoted field that starts on line %1 is never closed: a "
                    "closing quote (\") is missing.")
                    .arg(m_quoteLine));
        default:
            return endField() && endRecord();
        }
    }

    qsizetype line() const { return m_line; }
    qsizetype recordCount() const { return m_recordCount; }
    const Failure &failure() const { return m_failure; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterQuoted };

    void beginField()
    {
        if (!m_hasContent) {
            m_hasContent = true;
            m_recordLine = m_line;
        }
        m_fieldLine = m_line;
    }

    // Consumes the line break at p (CRLF as one, also across chunks) and, inside a quoted field, keeps it.
    bool lineBreak(const Unit *&p, const Unit *end, bool keep)
    {
        const Unit *start = p;
        if (*p == Unit('\r')) {
            ++p;
            if (p == end)
                m_pendingCR = true;
            else if (*p == Unit('\n'))
                ++p;
        } else {
            ++p;
        }
        if (keep && !append(start, p))
            return false;
        ++m_line;
        return true;
    }

    bool append(const Unit *begin, const Unit *end)
    {
        const qsizetype count = end - begin;
        if (count == 0)
            return true;
        if (qsizetype(m_field.size()) + count > m_maxFieldUnits) {
            const bool quoted = m_state == State::Quoted || m_state == State::QuoteInQuoted;
            const qsizetype line = quoted ? m_quoteLine : m_fieldLine;
            return fail(ErrorKind::FieldTooLong, line,
                quoted ? QCoreApplication::translate("Sspr::Core::CsvReader",
                    "Line %1: a quoted field is longer than %2; is a closing "
                    "quote missing?")
                             .arg(line)
                             .arg(sizeText(m_maxFieldBytes))
                       : QCoreApplication::translate("Sspr::Core::CsvReader", "Line %1: a field is longer than %2.")
                             .arg(line)
                             .arg(sizeText(m_maxFieldBytes)));
        }
        m_field.append(begin, size_t(count));
        return true;
    }

    bool endField()
    {
        if (m_fields.size() >= m_maxFields) {
            return fail(ErrorKind::TooManyFields, m_recordLine,
                QCoreApplication::translate("Sspr::Core::CsvReader", "Line %1 has more than %L2 fields.")
                    .arg(m_recordLine)
                    .arg(m_maxFields));
        }
        QString text;
        if (!m_field.empty()) {
            if constexpr (std::is_same_v<Unit, char>) {
                const qsizetype bad = firstInvalidUtf8(m_field.data(), qsizetype(m_field.size()));
                if (bad >= 0) {
                    const qsizetype line = m_fieldLine + lineBreaksIn(m_field.data(), m_field.data() + bad);
                    return fail(ErrorKind::InvalidUtf8, line,
                        QCoreApplication::translate("Sspr::Core::CsvReader",
                            "Line %1 is not valid UTF-8 text. Save the file as \"CSV "
                            "UTF-8\" (or as Unicode text) and import it again.")
                            .arg(line));
                }
                // QString::fromUtf8() drops a leading BOM; in a field it is data.
                qsizetype boms = 0;
                while (m_field.compare(size_t(boms) * 3, 3, "\xEF\xBB\xBF") == 0)
                    ++boms;
                text = QString::fromUtf8(m_field.data() + boms * 3, qsizetype(m_field.size()) - boms * 3);
                if (boms > 0)
                    text.prepend(QString(boms, QChar(0xFEFF)));
            } else {
                const qsizetype bad = firstUnpairedSurrogate(m_field.data(), qsizetype(m_field.size()));
                if (bad >= 0) {
                    const qsizetype line = m_fieldLine + lineBreaksIn(m_field.data(), m_field.data() + bad);
                    return fail(ErrorKind::InvalidUtf16, line,
                        QCoreApplication::translate(
                            "Sspr::Core::CsvReader", "Line %1 contains a broken UTF-16 character.")
                            .arg(line));
                }
                text = QString(reinterpret_cast<const QChar *>(m_field.data()), qsizetype(m_field.size()));
            }
            m_field.clear();
        }
        m_fields.append(std::move(text));
        return true;
    }

    bool endRecord()
    {
        if (m_recordCount >= m_maxRecords) {
            return fail(ErrorKind::TooManyRecords, m_recordLine,
                QCoreApplication::translate("Sspr::Core::CsvReader",
                    "Line %1: the file has more than %L2 rows; split it into "
                    "smaller files.")
                    .arg(m_recordLine)
                    .arg(m_maxRecords));
        }
        ++m_recordCount;
        const qsizetype width = m_fields.size();
        CsvRecord record {m_recordLine, std::move(m_fields)};
        m_fields = QStringList();
        m_fields.reserve(width);
        m_hasContent = false;
        return m_handler(std::move(record));
    }

    bool failNul()
    {
        return fail(ErrorKind::NulCharacter, m_line,
            QCoreApplication::translate("Sspr::Core::CsvReader",
                "Line %1 contains a NUL character: this is not a text file, or it "
                "is UTF-16 saved without a byte-order mark.")
                .arg(m_line));
    }

    bool fail(ErrorKind kind, qsizetype line, const QString &message)
    {
        m_failure = {kind, line, message};
        return false;
    }

    const CsvReader::RecordHandler &m_handler;
    const Unit m_separator;
    const bool m_quoting;
    const qsizetype m_maxFieldBytes;
    const qsizetype m_maxFieldUnits;
    const qsizetype m_maxFields;
    const qsizetype m_maxRecords;

    State m_state = State::FieldStart;
    qsizetype m_line; // the line of the next unit
    qsizetype m_recordLine = 0;
    qsizetype m_fieldLine = 0;
    qsizetype m_quoteLine = 0;
    qsizetype m_recordCount = 0;
    bool m_hasContent = false; // the current record has begun
    bool m_pendingCR = false; // the last chunk ended in CR: an LF starting the next one belongs to it
    std::basic_string<Unit> m_field;
    QStringList m_fields;
    Failure m_failure;
};

bool startsWith(const QByteArray &bytes, const char *prefix, qsizetype size)
{
    return bytes.startsWith(QByteArrayView(prefix, size));
}

} // namespace

CsvReader::CsvReader() = default;

CsvReader::CsvReader(const Options &options)
    : m_options(options)
{ }

Status CsvReader::fail(ErrorKind kind, qsizetype line, const QString &message)
{
    m_errorKind = kind;
    m_errorLine = line;
    return Error {message};
}

Status CsvReader::read(QIODevice *device, const RecordHandler &handler)
{
    m_separator = u',';
    m_encoding = CsvEncoding::Utf8;
    m_recordCount = 0;
    m_errorKind = ErrorKind::None;
    m_errorLine = 0;

    const QChar forced = m_options.separator;
    if (!forced.isNull() && !isUsableSeparator(forced.unicode())) {
        return fail(ErrorKind::InvalidSeparator, 0,
            QCoreApplication::translate("Sspr::Core::CsvReader",
                "\"%1\" cannot be used as the separator: choose a comma, a semicolon, "
                "a tab or another ASCII character other than a quote.")
                .arg(forced));
    }
    if (!device || !device->isReadable()) {
        return fail(ErrorKind::ReadError, 0,
            QCoreApplication::translate("Sspr::Core::CsvReader", "The file is not open for reading."));
    }

    // A file or buffer smaller than the head is read with a buffer of its size.
    const qsizetype headBytes = device->isSequential()
        ? kHeadBytes
        : qsizetype(std::clamp<qint64>(device->size() - device->pos(), 0, kHeadBytes));
    QByteArray head(headBytes, Qt::Uninitialized);
    qsizetype got = 0;
    while (got < headBytes) {
        const qint64 n = device->read(head.data() + got, headBytes - got);
        if (n < 0) {
            return fail(ErrorKind::ReadError, 0,
                QCoreApplication::translate("Sspr::Core::CsvReader", "The file could not be read: %1")
                    .arg(device->errorString()));
        }
        if (n == 0)
            break;
        got += qsizetype(n);
    }
    head.resize(got);
    // Everything was read already: no chunk buffer needed.
    const bool drained = got < kHeadBytes && (device->isSequential() || device->atEnd());

    if (startsWith(head, "\xFF\xFE\x00\x00", 4) || startsWith(head, "\x00\x00\xFE\xFF", 4)) {
        return fail(ErrorKind::UnsupportedEncoding, 0,
            QCoreApplication::translate("Sspr::Core::CsvReader",
                "The file is saved as UTF-32, which is not supported. Save it as "
                "\"CSV UTF-8\" and import it again."));
    }
    qsizetype bom = 0;
    if (startsWith(head, "\xEF\xBB\xBF", 3)) {
        m_encoding = CsvEncoding::Utf8WithBom;
        bom = 3;
    } else if (startsWith(head, "\xFF\xFE", 2)) {
        m_encoding = CsvEncoding::Utf16LittleEndian;
        bom = 2;
    } else if (startsWith(head, "\xFE\xFF", 2)) {
        m_encoding = CsvEncoding::Utf16BigEndian;
        bom = 2;
    } else if (head.size() >= 4) {
        // UTF-16 without a byte-order mark, recognisable when it starts with two ASCII characters.
        const auto b = [&head](int i) {
            return head.at(i) != '\0';
        };
        if (b(0) && !b(1) && b(2) && !b(3))
            m_encoding = CsvEncoding::Utf16LittleEndian;
        else if (!b(0) && b(1) && !b(2) && b(3))
            m_encoding = CsvEncoding::Utf16BigEndian;
    }

    if (m_encoding == CsvEncoding::Utf16LittleEndian || m_encoding == CsvEncoding::Utf16BigEndian)
        return parse<char16_t>(device, std::move(head), bom, drained, handler);
    return parse<char>(device, std::move(head), bom, drained, handler);
}

template<typename Unit>
Status CsvReader::parse(
    QIODevice *device, QByteArray head, qsizetype bomBytes, bool drained, const RecordHandler &handler)
{
    const bool bigEndian = m_encoding == CsvEncoding::Utf16BigEndian;
    const qsizetype chunkBytes = std::max<qsizetype>(1, m_options.chunkBytes);

    // The separator comes from the head of the file, decoded once on its own.
    qsizetype skipBytes = bomBytes;
    qsizetype firstLine = 1;
    {
        Decoder<Unit> probe(bigEndian);
        const auto [begin, end] = probe.decode(head.constData() + bomBytes, head.size() - bomBytes);
        char16_t separator = m_options.separator.unicode();
        char16_t directive = 0;
        if (const qsizetype units = separatorDirective(begin, end, &directive)) {
            skipBytes += units * qsizetype(sizeof(Unit));
            firstLine = 2;
            if (separator == 0)
                separator = directive;
        }
        if (separator == 0)
            separator
                = detectSeparator(begin + (skipBytes - bomBytes) / qsizetype(sizeof(Unit)), end, m_options.quoting);
        m_separator = QChar(separator);
    }

    Parser<Unit> parser(m_options, m_separator.unicode(), firstLine, handler);
    Decoder<Unit> decoder(bigEndian);
    bool going = true;
    for (qsizetype offset = skipBytes; going && offset < head.size(); offset += chunkBytes) {
        const auto [begin, end] = decoder.decode(head.constData() + offset, std::min(chunkBytes, head.size() - offset));
        going = parser.feed(begin, end);
    }
    head = QByteArray();

    QByteArray chunk;
    while (going && !drained) {
        if (chunk.isEmpty())
            chunk.resize(chunkBytes);
        const qint64 n = device->read(chunk.data(), chunkBytes);
        if (n < 0) {
            m_recordCount = parser.recordCount();
            return fail(ErrorKind::ReadError, 0,
                QCoreApplication::translate("Sspr::Core::CsvReader", "The file could not be read: %1")
                    .arg(device->errorString()));
        }
        if (n == 0)
            break;
        const auto [begin, end] = decoder.decode(chunk.constData(), qsizetype(n));
        going = parser.feed(begin, end);
    }

    if (going) {
        if (decoder.hasCarry()) {
            m_recordCount = parser.recordCount();
            return fail(ErrorKind::InvalidUtf16, parser.line(),
                QCoreApplication::translate(
                    "Sspr::Core::CsvReader", "Line %1: the file ends in the middle of a UTF-16 character.")
                    .arg(parser.line()));
        }
        going = parser.finish();
    }
    m_recordCount = parser.recordCount();
    const Failure &failure = parser.failure();
    if (failure.kind != ErrorKind::None)
        return fail(failure.kind, failure.line, failure.message);
    if (going && m_recordCount == 0) {
        return fail(ErrorKind::Empty, 0,
            QCoreApplication::translate("Sspr::Core::CsvReader", "The file is empty: it contains no rows."));
    }
    return {};
}

Status CsvReader::read(const QByteArray &bytes, const RecordHandler &handler)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer, handler);
}

Result<CsvTable> CsvReader::readAll(QIODevice *device)
{
    CsvTable table;
    const Status status = read(device, [&table](CsvRecord &&record) {
        table.records.append(std::move(record));
        return true;
    });
    if (!status)
        return status.error();
    table.separator = m_separator;
    table.encoding = m_encoding;
    return table;
}

Result<CsvTable> CsvReader::readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer);
}

Result<CsvTable> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_recordCount = 0;
        return fail(ErrorKind::ReadError, 0,
            QCoreApplication::translate("Sspr::Core::CsvReader", "Cannot open \"%1\": %2")
                .arg(path, file.errorString()))
            .error();
    }
    return readAll(&file);
}

QString CsvReader::encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return u"UTF-8"_s;
    case CsvEncoding::Utf8WithBom:
        return u"UTF-8 (BOM)"_s;
    case CsvEncoding::Utf16LittleEndian:
        return u"UTF-16 LE"_s;
    case CsvEncoding::Utf16BigEndian:
        return u"UTF-16 BE"_s;
    }
    return {};
}

} // namespace Sspr::Core
