#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QUrl>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Sspr::Gui {

// The device-code sign-in prompt: the code in large type, the page to enter it on, copy and open buttons, and the time
// left. It does not poll itself: the sign-in flow does and closes the dialog (accept on success, showError on failure).
class DeviceCodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodeDialog)

public:
    DeviceCodeDialog(
        const QString &userCode, const QUrl &verificationUri, int expiresInSeconds, QWidget *parent = nullptr);

    QString userCode() const { return m_userCode; }
    // The flow failed (declined, expired, network): say why and leave only Close.
    void showError(const QString &message);

private:
    void tick();

    QString m_userCode;
    QUrl m_uri;
    int m_expiresIn = 0;
    QElapsedTimer m_clock;
    QLabel *m_status = nullptr;
    QProgressBar *m_timeLeft = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace Sspr::Gui
