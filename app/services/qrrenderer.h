#pragma once

#include "qrmatrix.h"
#include "result.h"

#include <QByteArray>
#include <QImage>
#include <QRect>
#include <QString>

#include <functional>

class QIODevice;
class QPainter;

namespace Sspr::Services {

struct TotpHandoutEntry;
struct TotpHandoutOptions;

// Draws a QR matrix crisply: every module is a whole number of pixels (or device units) wide, black on white, with
// the 4-module quiet zone around it. Files that hold a QR code hold the secret, so they are written owner-only (0600)
// and atomically; nothing here logs their content.
class QrRenderer final
{
public:
    // The largest whole number of pixels per module at which the symbol and its quiet zone fit in `pixels`;
    // at least 1, so a too small target gives the smallest crisp image rather than a blurred one.
    static int moduleScale(const Core::QrMatrix &matrix, int pixels);
    // Side, in modules, of the symbol with its quiet zone.
    static int sideInModules(const Core::QrMatrix &matrix);

    // A square 8-bit grey image, (size + 8) × scale pixels wide, scale = moduleScale(matrix, pixels).
    static QImage toImage(const Core::QrMatrix &matrix, int pixels);
    // A standalone SVG document: one path of module runs on a white square, crispEdges, sized `pixels` wide
    // (rounded down to whole pixels per module). It carries no text, so no URI and no secret in clear.
    static QByteArray toSvg(const Core::QrMatrix &matrix, int pixels);
    // Paints into any painter (screen, printer, PDF) as vector rectangles, centred in target, at a whole number of
    // device units per module; returns the rectangle covered, quiet zone included.
    static QRect paint(QPainter &painter, const Core::QrMatrix &matrix, const QRect &target);

    static Core::Status writePng(const Core::QrMatrix &matrix, const QString &path, int pixels = 512);
    static Core::Status writeSvg(const Core::QrMatrix &matrix, const QString &path, int pixels = 512);
    // A one-page PDF handout for one user (see TotpHandout for the page and for one page per user).
    static Core::Status writePdfHandout(
        const TotpHandoutEntry &entry, const QString &path, const TotpHandoutOptions &options);

    // Writes a file atomically (QSaveFile) with mode 0600: write() fills the device and returns false on failure.
    // The message names the file.
    static Core::Status writePrivateFile(const QString &path, const std::function<bool(QIODevice &)> &write);
};

} // namespace Sspr::Services
