#pragma once

#include "bladepage.h"

class QLabel;

namespace Sspr::Gui {

class YesNoSwitch;

// Password reset > Administrator policy: the fixed two-gate policy explained, and the one switch Graph has,
// authorizationPolicy.allowedToUseSSPR, which concerns administrators only.
class AdminPolicyPage final : public BladePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminPolicyPage)

public:
    explicit AdminPolicyPage(PolicyEditor *editor, QWidget *parent = nullptr);

protected:
    void refresh() override;
    void showEvent(QShowEvent *event) override;

private:
    void countAdmins();

    YesNoSwitch *m_allowed = nullptr;
    QLabel *m_adminCount = nullptr;
};

} // namespace Sspr::Gui
