#include "importsource.h"

#include "clipboardtable.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Sspr::Services {

using Core::Error;
using Core::Result;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Services::ImportSource)
};

QString hexSha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

Result<ImportSource> ImportSource::fromFile(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Error {Tr::tr("There is no file %1.").arg(shown)};
    if (info.isDir())
        return Error {Tr::tr("%1 is a folder; choose a CSV file.").arg(shown)};
    if (info.size() > kMaxFileBytes) {
        return Error {
            Tr::tr("%1 is %2; an import file may be at most %3. Split it into smaller files.")
                .arg(shown, QLocale().formattedDataSize(info.size()), QLocale().formattedDataSize(kMaxFileBytes))};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Tr::tr("Cannot read %1: %2").arg(shown, file.errorString())};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error {Tr::tr("Cannot read %1: %2").arg(shown, file.errorString())};
    auto source = fromBytes(bytes, info.fileName());
    if (!source)
        return source;
    source.value().path = info.absoluteFilePath();
    return source;
}

Result<ImportSource> ImportSource::fromBytes(const QByteArray &bytes, const QString &name)
{
    Core::CsvReader reader;
    auto table = reader.readAll(bytes);
    if (!table)
        return Error {Tr::tr("%1 cannot be imported: %2").arg(name, table.errorMessage())};
    ImportSource source;
    source.table = std::move(table).value();
    source.name = name;
    source.sha256 = hexSha256(bytes);
    source.bytes = bytes.size();
    return source;
}

Result<ImportSource> ImportSource::fromText(const QString &text)
{
    auto table = Core::ClipboardTable::parse(text);
    if (!table)
        return Error {Tr::tr("The pasted text cannot be imported: %1").arg(table.errorMessage())};
    ImportSource source;
    source.table = std::move(table).value();
    source.name = Tr::tr("pasted text");
    const QByteArray bytes = text.toUtf8();
    source.sha256 = hexSha256(bytes);
    source.bytes = bytes.size();
    source.pasted = true;
    return source;
}

} // namespace Sspr::Services
