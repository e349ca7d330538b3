#include "qrrenderer.h"

#include "totphandout.h"

#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>

#include <cstring>

namespace Sspr::Services {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Services::QrRenderer)
};

// Calls run(x, y, length) for every horizontal run of dark modules.
template<typename Run> void forEachDarkRun(const Core::QrMatrix &matrix, Run run)
{
    const int n = matrix.size();
    for (int y = 0; y < n; ++y) {
        int x = 0;
        while (x < n) {
            if (!matrix.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < n && matrix.isDark(x, y))
                ++x;
            run(start, y, x - start);
        }
    }
}

} // namespace

int QrRenderer::sideInModules(const Core::QrMatrix &matrix)
{
    return matrix.size() + 2 * Core::QrMatrix::kQuietZone;
}

int QrRenderer::moduleScale(const Core::QrMatrix &matrix, int pixels)
{
    return qMax(1, pixels / qMax(1, sideInModules(matrix)));
}

QImage QrRenderer::toImage(const Core::QrMatrix &matrix, int pixels)
{
    if (matrix.isNull())
        return {};
    const int scale = moduleScale(matrix, pixels);
    const int side = sideInModules(matrix) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(0xff);
    const int offset = Core::QrMatrix::kQuietZone * scale;
    forEachDarkRun(matrix, [&](int x, int y, int length) {
        for (int row = 0; row < scale; ++row) {
            uchar *line = image.scanLine(offset + y * scale + row);
            std::memset(line + offset + x * scale, 0x00, std::size_t(length) * std::size_t(scale));
        }
    });
    return image;
}

QByteArray QrRenderer::toSvg(const Core::QrMatrix &matrix, int pixels)
{
    if (matrix.isNull())
        return {};
    const int side = sideInModules(matrix);
    const int width = side * moduleScale(matrix, pixels);
    QByteArray path;
    const int q = Core::QrMatrix::kQuietZone;
    forEachDarkRun(matrix, [&](int x, int y, int length) {
        path += 'M' + QByteArray::number(x + q) + ',' + QByteArray::number(y + q) + 'h' + QByteArray::number(length)
            + "v1h-" + QByteArray::number(length) + 'z';
    });
    QByteArray svg = R"(<?xml version="1.0" encoding="UTF-8"?>)"
                     "\n"
                     R"(<svg xmlns="http://www.w3.org/2000/svg" version="1.1" )";
    svg += "width=\"" + QByteArray::number(width) + "\" height=\"" + QByteArray::number(width) + "\" viewBox=\"0 0 "
        + QByteArray::number(side) + ' ' + QByteArray::number(side) + "\" shape-rendering=\"crispEdges\">\n";
    svg += "<rect width=\"" + QByteArray::number(side) + "\" height=\"" + QByteArray::number(side)
        + "\" fill=\"#ffffff\" stroke=\"none\"/>\n";
    svg += "<path fill=\"#000000\" stroke=\"none\" d=\"" + path + "\"/>\n</svg>\n";
    return svg;
}

QRect QrRenderer::paint(QPainter &painter, const Core::QrMatrix &matrix, const QRect &target)
{
    if (matrix.isNull() || target.isEmpty())
        return {};
    const int side = sideInModules(matrix);
    const int scale = moduleScale(matrix, qMin(target.width(), target.height()));
    const int width = side * scale;
    const QRect area(
        target.x() + (target.width() - width) / 2, target.y() + (target.height() - width) / 2, width, width);
    // One path for all modules: rasterisers and PDF viewers fill it as a whole, so neighbouring modules show no
    // hairline seams, and no anti-aliasing is needed because every edge lies on a whole device unit.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    const QPoint origin = area.topLeft() + QPoint(Core::QrMatrix::kQuietZone, Core::QrMatrix::kQuietZone) * scale;
    forEachDarkRun(matrix, [&](int x, int y, int length) {
        path.addRect(origin.x() + x * scale, origin.y() + y * scale, length * scale, scale);
    });
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(area, Qt::white);
    painter.fillPath(path, Qt::black);
    painter.restore();
    return area;
}

Core::Status QrRenderer::writePrivateFile(const QString &path, const std::function<bool(QIODevice &)> &write)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return Core::Error {Tr::tr("No file name was given.")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Core::Error {Tr::tr("Cannot write %1: %2").arg(shown, file.errorString())};
    // The file holds a secret (the QR code encodes it): owner only, whatever the umask or the file it replaces.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Core::Error {Tr::tr("Cannot make %1 private to its owner: %2").arg(shown, file.errorString())};
    }
    if (!write(file)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Core::Error {Tr::tr("Cannot write %1: %2")
                                .arg(shown, reason.isEmpty() ? Tr::tr("the content could not be made") : reason)};
    }
    if (!file.commit())
        return Core::Error {Tr::tr("Cannot write %1: %2").arg(shown, file.errorString())};
    return {};
}

Core::Status QrRenderer::writePng(const Core::QrMatrix &matrix, const QString &path, int pixels)
{
    if (matrix.isNull())
        return Core::Error {Tr::tr("There is no QR code to save.")};
    const QImage image = toImage(matrix, pixels);
    return writePrivateFile(path, [&](QIODevice &device) { return image.save(&device, "PNG"); });
}

Core::Status QrRenderer::writeSvg(const Core::QrMatrix &matrix, const QString &path, int pixels)
{
    if (matrix.isNull())
        return Core::Error {Tr::tr("There is no QR code to save.")};
    const QByteArray svg = toSvg(matrix, pixels);
    return writePrivateFile(path, [&](QIODevice &device) { return device.write(svg) == svg.size(); });
}

Core::Status QrRenderer::writePdfHandout(
    const TotpHandoutEntry &entry, const QString &path, const TotpHandoutOptions &options)
{
    return TotpHandout::writePdf({entry}, path, options);
}

} // namespace Sspr::Services
