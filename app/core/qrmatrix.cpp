#include "qrmatrix.h"

#include <QCoreApplication>

#include <qrcodegen/qrcodegen.hpp>

#include <cstdint>
#include <exception>

namespace Sspr::Core {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Core::QrMatrix)
};

qrcodegen::QrCode::Ecc toEcc(QrMatrix::ErrorCorrection level)
{
    switch (level) {
    case QrMatrix::ErrorCorrection::Medium:
        return qrcodegen::QrCode::Ecc::MEDIUM;
    case QrMatrix::ErrorCorrection::Quartile:
        return qrcodegen::QrCode::Ecc::QUARTILE;
    case QrMatrix::ErrorCorrection::High:
        return qrcodegen::QrCode::Ecc::HIGH;
    }
    return qrcodegen::QrCode::Ecc::MEDIUM;
}

QrMatrix::ErrorCorrection fromEcc(qrcodegen::QrCode::Ecc ecc)
{
    switch (ecc) {
    case qrcodegen::QrCode::Ecc::HIGH:
        return QrMatrix::ErrorCorrection::High;
    case qrcodegen::QrCode::Ecc::QUARTILE:
        return QrMatrix::ErrorCorrection::Quartile;
    case qrcodegen::QrCode::Ecc::LOW: // never chosen: the minimum is Medium and boosting only raises it
    case qrcodegen::QrCode::Ecc::MEDIUM:
        break;
    }
    return QrMatrix::ErrorCorrection::Medium;
}

// Bytes a version 40 symbol holds in byte mode (ISO/IEC 18004 table 7).
int byteCapacity(QrMatrix::ErrorCorrection level)
{
    switch (level) {
    case QrMatrix::ErrorCorrection::Medium:
        return 2331;
    case QrMatrix::ErrorCorrection::Quartile:
        return 1663;
    case QrMatrix::ErrorCorrection::High:
        return 1273;
    }
    return 2331;
}

} // namespace

Result<QrMatrix> QrMatrix::encode(const QString &text, ErrorCorrection minimum)
{
    const QByteArray utf8 = text.toUtf8();
    try {
        // encodeText picks numeric, alphanumeric or byte segments but stops at a NUL; such text goes in as bytes.
        const qrcodegen::QrCode code = utf8.contains('\0')
            ? qrcodegen::QrCode::encodeBinary(std::vector<std::uint8_t>(utf8.cbegin(), utf8.cend()), toEcc(minimum))
            : qrcodegen::QrCode::encodeText(utf8.constData(), toEcc(minimum));
        QrMatrix matrix;
        matrix.m_size = code.getSize();
        matrix.m_version = code.getVersion();
        matrix.m_errorCorrection = fromEcc(code.getErrorCorrectionLevel());
        matrix.m_modules.resize(std::size_t(matrix.m_size) * std::size_t(matrix.m_size));
        for (int y = 0; y < matrix.m_size; ++y) {
            for (int x = 0; x < matrix.m_size; ++x)
                matrix.m_modules[std::size_t(y) * matrix.m_size + x] = code.getModule(x, y);
        }
        return matrix;
    } catch (const qrcodegen::data_too_long &) {
        return Error {
            Tr::tr("The text is too long for a QR code: %1 bytes, where at most about %2 fit at this level of "
                   "error correction.")
                .arg(utf8.size())
                .arg(byteCapacity(minimum))};
    } catch (const std::exception &) {
        return Error {Tr::tr("The QR code could not be made.")};
    }
}

} // namespace Sspr::Core
