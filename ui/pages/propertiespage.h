#pragma once

#include "bladepage.h"

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

namespace Sspr::Gui {

// Password reset > Properties: who may reset (None / Selected / All) and, with Selected, the one group.
class PropertiesPage final : public BladePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertiesPage)

public:
    explicit PropertiesPage(PolicyEditor *editor, QWidget *parent = nullptr);

    void pickGroup();

protected:
    void refresh() override;

private:
    QButtonGroup *m_enablement = nullptr;
    QRadioButton *m_none = nullptr;
    QRadioButton *m_selected = nullptr;
    QRadioButton *m_all = nullptr;
    QLabel *m_groupLabel = nullptr;
    QPushButton *m_selectGroup = nullptr;
};

} // namespace Sspr::Gui
