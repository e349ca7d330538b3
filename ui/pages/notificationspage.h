#pragma once

#include "bladepage.h"

namespace Sspr::Gui {

class YesNoSwitch;

// Password reset > Notifications: mail to users on a reset, and to all admins when another admin resets.
class NotificationsPage final : public BladePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPage)

public:
    explicit NotificationsPage(PolicyEditor *editor, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    YesNoSwitch *m_users = nullptr;
    YesNoSwitch *m_admins = nullptr;
};

} // namespace Sspr::Gui
