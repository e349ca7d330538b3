#pragma once

#include "bladepage.h"

namespace Sspr::Gui {

class YesNoSwitch;

// Password reset > On-premises integration: password writeback and account unlock.
class OnPremisesPage final : public BladePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnPremisesPage)

public:
    explicit OnPremisesPage(PolicyEditor *editor, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    YesNoSwitch *m_writeback = nullptr;
    YesNoSwitch *m_cloudSync = nullptr;
    YesNoSwitch *m_unlock = nullptr;
};

} // namespace Sspr::Gui
