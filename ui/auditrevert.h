#pragma once

#include "auditlog.h"
#include "result.h"

namespace Sspr::Gui {

class PolicyEditor;

// "Revert" on an audit log entry: stages the reverse of a saved policy change in the policy editor, to be reviewed and
// saved like any other change (in a Graph profile Save sends it through the outbox). Only single settings whose old
// value can be read back are revertible, and only while the setting still has the value the entry set.
class AuditRevert final
{
public:
    explicit AuditRevert(PolicyEditor &editor);

    // "" when entry can be reverted now, else why not (for the button's tooltip).
    QString whyNot(const Store::AuditEntry &entry) const;
    // Stages the old value; the caller shows the setting's page.
    Core::Status stage(const Store::AuditEntry &entry);
    // The page that shows the setting: 0 Properties, 1 Authentication methods, 2 Registration, 3 Notifications,
    // 4 Customization, 5 On-premises integration, 6 Administrator policy (MainWindow::Page order).
    static int pageFor(const Store::AuditEntry &entry);

private:
    Core::Status apply(const Store::AuditEntry &entry, bool dryRun) const;

    PolicyEditor &m_editor;
};

} // namespace Sspr::Gui
