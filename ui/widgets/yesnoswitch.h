#pragma once

#include <QWidget>

class QButtonGroup;
class QRadioButton;

namespace Sspr::Gui {

// The portal's Yes / No toggle as two radio buttons side by side, keyboard reachable (arrow keys move between
// them). The buttons are named <objectName>Yes and <objectName>No.
class YesNoSwitch final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YesNoSwitch)

public:
    YesNoSwitch(const QString &name, const QString &accessibleName, QWidget *parent = nullptr);

    bool value() const;
    // Sets the shown value without emitting toggled().
    void setValue(bool yes);

    QRadioButton *yesButton() const { return m_yes; }
    QRadioButton *noButton() const { return m_no; }

signals:
    void toggled(bool yes);

private:
    QRadioButton *m_yes = nullptr;
    QRadioButton *m_no = nullptr;
    QButtonGroup *m_group = nullptr;
};

} // namespace Sspr::Gui
