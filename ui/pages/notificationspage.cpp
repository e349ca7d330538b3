#include "notificationspage.h"

#include "fieldnote.h"
#include "pageheader.h"
#include "policyeditor.h"
#include "policykeys.h"
#include "yesnoswitch.h"

#include <QRadioButton>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;
namespace Keys = Core::PolicyKeys;

NotificationsPage::NotificationsPage(PolicyEditor *editor, QWidget *parent)
    : BladePage(editor, tr("Notifications"), parent)
{
    setObjectName(u"pageNotifications"_s);
    header()->setDescription(tr("Mail sent when a password is reset. Users get it at their primary and alternate "
                                "email, or their user principal name."));

    m_users = new YesNoSwitch(u"notifyUsers"_s, tr("Notify users on password resets"), this);
    FieldNote *usersNote = note({Keys::NotifyUsers.toString()});
    usersNote->describes({m_users->yesButton(), m_users->noButton()});
    addSetting(tr("Notify &users on password resets?"), m_users, m_users->yesButton(), usersNote);

    m_admins = new YesNoSwitch(u"notifyAdmins"_s, tr("Notify all admins when other admins reset their password"), this);
    FieldNote *adminsNote = note({Keys::NotifyAdmins.toString()});
    adminsNote->describes({m_admins->yesButton(), m_admins->noButton()});
    addSetting(
        tr("Notify all &admins when other admins reset their password?"), m_admins, m_admins->yesButton(), adminsNote);

    connect(m_users, &YesNoSwitch::toggled, this,
        [this](bool yes) { this->editor()->update([yes](Core::SsprPolicy &p) { p.notifyUsers = yes; }); });
    connect(m_admins, &YesNoSwitch::toggled, this,
        [this](bool yes) { this->editor()->update([yes](Core::SsprPolicy &p) { p.notifyAdmins = yes; }); });
    initialise();
}

void NotificationsPage::refresh()
{
    const Core::SsprPolicy &p = editor()->staged();
    m_users->setValue(p.notifyUsers);
    m_admins->setValue(p.notifyAdmins);
}

} // namespace Sspr::Gui
