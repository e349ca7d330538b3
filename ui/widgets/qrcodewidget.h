#pragma once

#include "qrmatrix.h"

#include <QWidget>

namespace Sspr::Gui {

// Shows a QR code crisply: a whole number of device pixels per module, the 4-module quiet zone, always black on
// white (a dark palette would make it unreadable for many scanners), centred and kept square. Without a code it
// shows a placeholder text in the palette's colours.
class QrCodeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeWidget)

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setMatrix(const Core::QrMatrix &matrix);
    const Core::QrMatrix &matrix() const { return m_matrix; }
    void clear();
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

    // Device pixels per module at the current size (0 without a code).
    int moduleScale() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int deviceSide() const;

    Core::QrMatrix m_matrix;
    QString m_placeholder;
};

} // namespace Sspr::Gui
