#include "csvwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace Sspr::Core {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool needsQuotes(const QString &field, QChar separator, bool onlyField, bool firstOfFile, bool byteOrderMark)
{
    if (field.isEmpty())
        return onlyField;
    if (isBlank(field.front()) || isBlank(field.back()) || field.front() == QChar(0xFEFF))
        return true;
    if (firstOfFile) {
        if (field.startsWith(u"sep="_s, Qt::CaseInsensitive))
            return true;
        if (!byteOrderMark && field.startsWith(u"ID"_s))
            return true;
    }
    for (const QChar c : field) {
        if (c == separator || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

bool isUsableSeparator(QChar c)
{
    return !c.isNull() && c != u'"' && c != u'\r' && c != u'\n';
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{ }

CsvWriter::CsvWriter(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
{ }

bool CsvWriter::startsLikeFormula(const QString &field)
{
    if (field.isEmpty())
        return false;
    const QChar first = field.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

bool CsvWriter::isPlainNumber(const QString &field)
{
    qsizetype i = 0;
    if (i < field.size() && (field.at(i) == u'+' || field.at(i) == u'-'))
        ++i;
    bool digits = false;
    for (; i < field.size(); ++i) {
        const QChar c = field.at(i);
        if (isAsciiDigit(c)) {
            digits = true;
        } else if (c == u'x' || c == u'X') {
            // An extension: "x" after the number, then digits only.
            if (!digits || i + 1 >= field.size())
                return false;
            for (qsizetype k = i + 1; k < field.size(); ++k) {
                if (!isAsciiDigit(field.at(k)))
                    return false;
            }
            return true;
        } else if (c != u' ' && c != u'.' && c != u'-' && c != u'(' && c != u')') {
            return false;
        }
    }
    return digits;
}

QString CsvWriter::neutralised(const QString &field, FormulaGuard guard)
{
    if (guard == FormulaGuard::None || !startsLikeFormula(field))
        return field;
    if (guard == FormulaGuard::PrefixExceptNumbers && isPlainNumber(field))
        return field;
    return u'\'' + field;
}

QString CsvWriter::formatRecord(const QStringList &fields, const Options &options, bool firstRecord)
{
    const QChar separator = options.separator;
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(separator);
        QString field = neutralised(fields.at(i), options.formulaGuard);
        field.replace(QChar(0), QChar(0xFFFD));
        if (needsQuotes(field, separator, fields.size() == 1, firstRecord && i == 0, options.byteOrderMark)) {
            line.append(u'"');
            line.append(QString(field).replace(u"\""_s, u"\"\""_s));
            line.append(u'"');
        } else {
            line.append(field);
        }
    }
    line.append(options.crlf ? u"\r\n"_s : u"\n"_s);
    return line;
}

Status CsvWriter::writeRecord(const QStringList &fields)
{
    if (!isUsableSeparator(m_options.separator)) {
        return Error {QCoreApplication::translate(
            "Sspr::Core::CsvWriter", "\"%1\" cannot be used as the separator of a CSV file.")
                          .arg(m_options.separator)};
    }
    if (!m_device || !m_device->isWritable()) {
        return Error {QCoreApplication::translate("Sspr::Core::CsvWriter", "The report file is not open for writing.")};
    }
    QByteArray bytes;
    if (m_recordsWritten == 0 && m_options.byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes.append(formatRecord(fields, m_options, m_recordsWritten == 0).toUtf8());
    if (m_device->write(bytes) != bytes.size()) {
        return Error {QCoreApplication::translate("Sspr::Core::CsvWriter", "The report could not be written: %1")
                          .arg(m_device->errorString())};
    }
    ++m_recordsWritten;
    return {};
}

QByteArray CsvWriter::toCsv(const QList<QStringList> &records)
{
    return toCsv(records, Options());
}

QByteArray CsvWriter::toCsv(const QList<QStringList> &records, const Options &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    for (const QStringList &record : records) {
        if (!writer.writeRecord(record))
            return {};
    }
    return bytes;
}

} // namespace Sspr::Core
