#pragma once

#include <QColor>
#include <QPalette>

namespace Sspr::Gui::NoteColors {

// Colours for problems shown beside controls, chosen per palette so they stay readable (contrast at least 4.5:1
// on the window colour) in light and dark themes. Warnings are softer than errors.
inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

inline QColor error(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

inline QColor warning(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf0, 0xc6, 0x74) : QColor(0x8a, 0x5a, 0x00);
}

// Secondary text (why a control is disabled): the text colour blended towards the window colour, opaque, so it
// reads as quieter than the settings without losing contrast (some styles give PlaceholderText an alpha that a
// colour name would drop).
inline QColor info(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    const qreal keep = 0.68;
    return QColor::fromRgbF(text.redF() * keep + window.redF() * (1 - keep),
        text.greenF() * keep + window.greenF() * (1 - keep), text.blueF() * keep + window.blueF() * (1 - keep));
}

// The background of a banner (an information panel) and its border.
inline QColor bannerBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x1f, 0x33, 0x4d) : QColor(0xe8, 0xf1, 0xfb);
}

inline QColor bannerBorder(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x3d, 0x6a, 0x9e) : QColor(0x9c, 0xc0, 0xe6);
}

} // namespace Sspr::Gui::NoteColors
