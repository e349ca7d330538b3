#pragma once

#include "bladepage.h"

class QLineEdit;

namespace Sspr::Gui {

class YesNoSwitch;

// Password reset > Customization: the "Contact your administrator" link as a helpdesk email address or URL.
class CustomizationPage final : public BladePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomizationPage)

public:
    explicit CustomizationPage(PolicyEditor *editor, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    YesNoSwitch *m_customize = nullptr;
    QLineEdit *m_link = nullptr;
};

} // namespace Sspr::Gui
