#pragma once

#include "result.h"

#include <QString>

#include <vector>

namespace Sspr::Core {

// A QR code as a square of modules (dark or light), nothing more: painting it is the renderers' job. The encoder
// (qrcodegen) stays inside qrmatrix.cpp.
class QrMatrix final
{
public:
    // Recovery from damage: Medium (~15 %) is the floor for printed handouts and screens.
    enum class ErrorCorrection { Medium, Quartile, High };

    // The light margin, in modules, the QR standard asks for around the symbol.
    static constexpr int kQuietZone = 4;

    QrMatrix() = default; // null: no modules

    // Encodes text as UTF-8 at the given error correction, raised for free when the symbol has room to spare.
    // Text too long for the largest QR code is refused with a message that says how long it may be.
    static Result<QrMatrix> encode(const QString &text, ErrorCorrection minimum = ErrorCorrection::Medium);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    int version() const { return m_version; } // 1 to 40
    ErrorCorrection errorCorrection() const { return m_errorCorrection; }
    // True for a dark module; everything outside 0..size-1 (the quiet zone) is light.
    bool isDark(int x, int y) const
    {
        return x >= 0 && y >= 0 && x < m_size && y < m_size && m_modules[std::size_t(y) * m_size + x];
    }

    friend bool operator==(const QrMatrix &, const QrMatrix &) = default;

private:
    int m_size = 0;
    int m_version = 0;
    ErrorCorrection m_errorCorrection = ErrorCorrection::Medium;
    std::vector<bool> m_modules; // row by row
};

} // namespace Sspr::Core
