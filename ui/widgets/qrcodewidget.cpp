#include "qrcodewidget.h"

#include "qrrenderer.h"

#include <QPainter>

#include <cmath>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"qrCodeWidget"_s);
    setAccessibleName(tr("QR code"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void QrCodeWidget::setMatrix(const Core::QrMatrix &matrix)
{
    m_matrix = matrix;
    setAccessibleDescription(m_matrix.isNull() ? m_placeholder : tr("A QR code to scan with an authenticator app."));
    update();
}

void QrCodeWidget::clear()
{
    setMatrix({});
}

void QrCodeWidget::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    if (m_matrix.isNull())
        setAccessibleDescription(text);
    update();
}

int QrCodeWidget::deviceSide() const
{
    return int(std::floor(qMin(width(), height()) * devicePixelRatioF()));
}

int QrCodeWidget::moduleScale() const
{
    if (m_matrix.isNull())
        return 0;
    return Services::QrRenderer::moduleScale(m_matrix, deviceSide());
}

QSize QrCodeWidget::sizeHint() const
{
    const int side = fontMetrics().height() * 18;
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    // A version-10 code (57 modules + quiet zone) still gets 2 pixels per module.
    const int side = qMax(fontMetrics().height() * 9, 130);
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int side = qMin(width(), height());
    if (m_matrix.isNull()) {
        const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
        QPen pen(palette().color(QPalette::Mid));
        pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawRect(square.adjusted(0, 0, -1, -1));
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(square.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    // Rendered in device pixels so every module is a whole number of them, then drawn 1:1 at a device-pixel
    // position (no scaling, so no smoothing).
    const qreal ratio = devicePixelRatioF();
    QImage image = Services::QrRenderer::toImage(m_matrix, deviceSide());
    image.setDevicePixelRatio(ratio);
    const int deviceWidth = int(std::floor(width() * ratio));
    const int deviceHeight = int(std::floor(height() * ratio));
    const QPoint deviceOrigin((deviceWidth - image.width()) / 2, (deviceHeight - image.height()) / 2);
    painter.drawImage(QPointF(deviceOrigin) / ratio, image);
}

} // namespace Sspr::Gui
