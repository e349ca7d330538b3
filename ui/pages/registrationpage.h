#pragma once

#include "bladepage.h"

class QSpinBox;

namespace Sspr::Gui {

class YesNoSwitch;

// Password reset > Registration: whether users must register at sign-in, and how often they reconfirm.
class RegistrationPage final : public BladePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrationPage)

public:
    explicit RegistrationPage(PolicyEditor *editor, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    YesNoSwitch *m_required = nullptr;
    QSpinBox *m_days = nullptr;
};

} // namespace Sspr::Gui
