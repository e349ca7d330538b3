#include "registrationpage.h"

#include "fieldnote.h"
#include "pageheader.h"
#include "policyeditor.h"
#include "policykeys.h"
#include "yesnoswitch.h"

#include <QRadioButton>
#include <QSpinBox>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;
namespace Keys = Core::PolicyKeys;

RegistrationPage::RegistrationPage(PolicyEditor *editor, QWidget *parent)
    : BladePage(editor, tr("Registration"), parent)
{
    setObjectName(u"pageRegistration"_s);
    header()->setDescription(tr("Users in scope who have not registered are asked to at sign-in. They can cancel, "
                                "but are asked again at every sign-in until they register."));

    m_required = new YesNoSwitch(u"registrationRequired"_s, tr("Require users to register when signing in"), this);
    FieldNote *requiredNote = note({Keys::RegistrationRequired.toString()});
    requiredNote->describes({m_required->yesButton(), m_required->noButton()});
    addSetting(tr("Require users to &register when signing in?"), m_required, m_required->yesButton(), requiredNote);

    m_days = new QSpinBox(this);
    m_days->setObjectName(u"reconfirmDaysSpin"_s);
    m_days->setAccessibleName(tr("Number of days before users are asked to reconfirm their authentication "
                                 "information"));
    m_days->setRange(0, 730);
    m_days->setSpecialValueText(tr("0 (never)"));
    m_days->setMinimumWidth(m_days->fontMetrics().horizontalAdvance(m_days->specialValueText()) + 48);
    m_days->setMaximumWidth(m_days->minimumWidth());
    FieldNote *daysNote = note({Keys::ReconfirmDays.toString()});
    daysNote->governs(Keys::ReconfirmDays.toString(), {m_days});
    addSetting(tr("Number of &days before users are asked to reconfirm their authentication information"), m_days,
        m_days, daysNote);
    addText(tr("0 means never. Between 0 and 730 days; 180 is common."))->setForegroundRole(QPalette::PlaceholderText);

    connect(m_required, &YesNoSwitch::toggled, this,
        [this](bool yes) { this->editor()->update([yes](Core::SsprPolicy &p) { p.registrationRequired = yes; }); });
    connect(m_days, &QSpinBox::valueChanged, this,
        [this](int days) { this->editor()->update([days](Core::SsprPolicy &p) { p.reconfirmDays = days; }); });
    initialise();
}

void RegistrationPage::refresh()
{
    const Core::SsprPolicy &p = editor()->staged();
    m_required->setValue(p.registrationRequired);
    const QSignalBlocker blocker(m_days);
    m_days->setValue(p.reconfirmDays);
}

} // namespace Sspr::Gui
