#include "clipboardtable.h"

#include <QCoreApplication>

namespace Sspr::Core::ClipboardTable {

Result<CsvTable> parse(const QString &text)
{
    CsvReader::Options options;
    if (text.contains(u'\t'))
        options.separator = u'\t';
    const QByteArray bytes = text.toUtf8();

    CsvReader reader(options);
    Result<CsvTable> table = reader.readAll(bytes);
    if (!table
        && (reader.errorKind() == CsvReader::ErrorKind::UnclosedQuote
            || reader.errorKind() == CsvReader::ErrorKind::TextAfterQuote)) {
        options.quoting = false;
        reader = CsvReader(options);
        table = reader.readAll(bytes);
    }
    if (!table && reader.errorKind() == CsvReader::ErrorKind::Empty)
        return Error {QCoreApplication::translate("Sspr::Core::ClipboardTable", "The pasted text contains no rows.")};
    return table;
}

} // namespace Sspr::Core::ClipboardTable
