#include "adminpolicypage.h"

#include "fieldnote.h"
#include "pageheader.h"
#include "policyeditor.h"
#include "policykeys.h"
#include "userdirectory.h"
#include "yesnoswitch.h"

#include <QLabel>
#include <QLocale>
#include <QRadioButton>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;
namespace Keys = Core::PolicyKeys;

AdminPolicyPage::AdminPolicyPage(PolicyEditor *editor, QWidget *parent)
    : BladePage(editor, tr("Administrator policy"), parent)
{
    setObjectName(u"pageAdministratorPolicy"_s);
    header()->setDescription(tr("Administrators reset their password under a policy of Microsoft's that cannot be "
                                "edited. The settings on the other pages do not apply to them."));

    addSection(tr("The two-gate policy"));
    auto *policy = addText(tr("• Who: every account holding one of about 70 administrator roles (Global, "
                              "Privileged Authentication, Authentication, Password, User, Helpdesk, Exchange, "
                              "SharePoint, Security and Billing Administrator, and more).\n"
                              "• Two gates: an administrator proves their identity with two pieces of data, such "
                              "as a mobile phone and an email address or the Microsoft Authenticator app.\n"
                              "• Security questions are never allowed for administrators.\n"
                              "• It becomes a one-gate policy in a trial of under 30 days, or in a tenant without a "
                              "custom domain and without directory synchronisation.\n"
                              "• It is independent of the Authentication methods policy and of the scope set on "
                              "Properties."),
        u"adminPolicyText"_s);
    policy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_adminCount = addText(QString(), u"adminCountLabel"_s);

    addSection(tr("Administrators only"));
    m_allowed = new YesNoSwitch(
        u"allowedToUseSspr"_s, tr("Administrators may use self-service password reset (administrators only)"), this);
    FieldNote *allowedNote = note({Keys::AllowedToUseSspr.toString()});
    allowedNote->describes({m_allowed->yesButton(), m_allowed->noButton()});
    addSetting(tr("Allow &administrators to use self-service password reset? (administrators only)"), m_allowed,
        m_allowed->yesButton(), allowedNote);
    addText(tr("This switch (allowedToUseSSPR in Graph's authorization policy) concerns administrators only; it "
               "does not turn password reset on or off for users. With No, administrators who are also in the "
               "users' scope are told they cannot register. A change can take up to an hour to apply."),
        u"allowedToUseSsprNote"_s)
        ->setForegroundRole(QPalette::PlaceholderText);

    connect(m_allowed, &YesNoSwitch::toggled, this,
        [this](bool yes) { this->editor()->update([yes](Core::SsprPolicy &p) { p.allowedToUseSspr = yes; }); });
    initialise();
}

void AdminPolicyPage::showEvent(QShowEvent *event)
{
    BladePage::showEvent(event);
    countAdmins();
}

void AdminPolicyPage::countAdmins()
{
    Store::UserFilter filter;
    filter.adminsOnly = true;
    const auto count = Store::UserDirectory(editor()->database()).count(filter);
    m_adminCount->setText(count ? tr("In this tenant it covers %n administrator account(s).", nullptr,
                              int(qMin<qint64>(count.value(), INT_MAX)))
                                : tr("The administrators could not be counted: %1").arg(count.errorMessage()));
}

void AdminPolicyPage::refresh()
{
    m_allowed->setValue(editor()->staged().allowedToUseSspr);
}

} // namespace Sspr::Gui
