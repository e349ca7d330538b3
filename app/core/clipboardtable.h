#pragma once

#include "csvreader.h"
#include "result.h"

#include <QString>

namespace Sspr::Core {

// Text pasted from a spreadsheet, as records like a CSV file's.
//
// Excel, LibreOffice and Google Sheets copy a range as tab-separated lines (CRLF on Windows) with a final line break,
// and quote a cell only when it holds a line break or a tab. The text is split at tabs when it has any (a single
// column has none), otherwise at whichever of `;` or `,` splits its first line into more fields (text copied from a
// CSV file in an editor). Quoted cells are honoured; if the quotes do not pair up (a cell such as `5" screen` copied
// raw), the text is read again with quotes as ordinary characters. Line numbers count lines of the pasted text.
namespace ClipboardTable {

Result<CsvTable> parse(const QString &text);

} // namespace ClipboardTable

} // namespace Sspr::Core
