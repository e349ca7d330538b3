#include "customizationpage.h"

#include "fieldnote.h"
#include "pageheader.h"
#include "policyeditor.h"
#include "policykeys.h"
#include "yesnoswitch.h"

#include <QLineEdit>
#include <QRadioButton>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;
namespace Keys = Core::PolicyKeys;

CustomizationPage::CustomizationPage(PolicyEditor *editor, QWidget *parent)
    : BladePage(editor, tr("Customization"), parent)
{
    setObjectName(u"pageCustomization"_s);
    header()->setDescription(tr("Without a custom link, \u201cContact your administrator\u201d mails the password, "
                                "user or global administrators (at most 100 recipients)."));

    m_customize = new YesNoSwitch(u"customizeHelpdeskLink"_s, tr("Customize helpdesk link"), this);
    FieldNote *customizeNote = note({Keys::CustomizeHelpdeskLink.toString()});
    customizeNote->describes({m_customize->yesButton(), m_customize->noButton()});
    addSetting(tr("Customize &helpdesk link?"), m_customize, m_customize->yesButton(), customizeNote);

    m_link = new QLineEdit(this);
    m_link->setObjectName(u"helpdeskLinkEdit"_s);
    m_link->setAccessibleName(tr("Custom helpdesk email or URL"));
    m_link->setPlaceholderText(tr("e.g. helpdesk@example.com or https://help.example.com/password"));
    m_link->setMaxLength(2048);
    m_link->setClearButtonEnabled(true);
    FieldNote *linkNote = note({Keys::HelpdeskEmailOrUrl.toString()});
    linkNote->governs(Keys::HelpdeskEmailOrUrl.toString(), {m_link});
    addSetting(tr("Custom helpdesk &email or URL"), m_link, m_link, linkNote);
    addText(tr("Use a mailbox or page that does not itself depend on this tenant: the people who need it cannot "
               "sign in."))
        ->setForegroundRole(QPalette::PlaceholderText);

    connect(m_customize, &YesNoSwitch::toggled, this,
        [this](bool yes) { this->editor()->update([yes](Core::SsprPolicy &p) { p.customizeHelpdeskLink = yes; }); });
    connect(m_link, &QLineEdit::textEdited, this, [this](const QString &text) {
        this->editor()->update([&text](Core::SsprPolicy &p) { p.helpdeskEmailOrUrl = text.trimmed(); });
    });
    initialise();
}

void CustomizationPage::refresh()
{
    const Core::SsprPolicy &p = editor()->staged();
    m_customize->setValue(p.customizeHelpdeskLink);
    if (m_link->text().trimmed() != p.helpdeskEmailOrUrl) {
        const QSignalBlocker blocker(m_link);
        m_link->setText(p.helpdeskEmailOrUrl);
    }
}

} // namespace Sspr::Gui
