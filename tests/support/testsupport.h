#pragma once

#include <QByteArray>
#include <QString>

namespace Sspr::Test {

// Reads a whole file (empty if it cannot be read).
QByteArray readAll(const QString &path);
// Writes bytes to a file, creating or replacing it.
bool writeAll(const QString &path, const QByteArray &bytes);

} // namespace Sspr::Test
