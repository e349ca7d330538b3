#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Sspr::Gui {

// The Save / Discard bar at the foot of a blade page: hidden until something changed; Save stays disabled while
// the staged policy has an error, and the bar shows the first one.
class SaveBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveBar)

public:
    explicit SaveBar(QWidget *parent = nullptr);

    // dirty: something changed; firstError: empty when the policy can be saved; warnings: how many.
    void setState(bool dirty, const QString &firstError, int errors, int warnings);

    QPushButton *saveButton() const { return m_save; }
    QPushButton *discardButton() const { return m_discard; }

signals:
    void saveRequested();
    void discardRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void paint();

    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_discard = nullptr;
    QString m_firstError;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace Sspr::Gui
