#pragma once

#include "csvreader.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace Sspr::Services {

// The rows an import reads, from a file or from pasted text, with what identifies them: a name for people and a
// SHA-256 of the bytes, so that importing the same file again finds its unfinished run.
struct ImportSource
{
    Core::CsvTable table;
    QString name; // the file name, or "pasted text"
    QString path; // empty for pasted text
    QString sha256; // hex
    qint64 bytes = 0;
    bool pasted = false;

    static constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

    // Reads a CSV file (RFC 4180; UTF-8 with or without BOM, UTF-16 with BOM; `,` `;` or tab). A file that cannot
    // be used (missing, too big, empty, not text, broken quoting) is an error whose message says what to do.
    static Core::Result<ImportSource> fromFile(const QString &path);
    static Core::Result<ImportSource> fromBytes(const QByteArray &bytes, const QString &name);
    // Text pasted from a spreadsheet (tab-separated) or a CSV editor (see Core::ClipboardTable).
    static Core::Result<ImportSource> fromText(const QString &text);
};

} // namespace Sspr::Services
