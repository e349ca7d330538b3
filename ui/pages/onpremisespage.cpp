#include "onpremisespage.h"

#include "fieldnote.h"
#include "pageheader.h"
#include "policyeditor.h"
#include "policykeys.h"
#include "yesnoswitch.h"

#include <QLabel>
#include <QRadioButton>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;
namespace Keys = Core::PolicyKeys;

OnPremisesPage::OnPremisesPage(PolicyEditor *editor, QWidget *parent)
    : BladePage(editor, tr("On-premises integration"), parent)
{
    setObjectName(u"pageOnPremisesIntegration"_s);
    header()->setDescription(tr("For users synchronised from an on-premises Active Directory: write reset passwords "
                                "back to it, and let users unlock their account."));

    auto *health = addText(tr("Writeback health (whether Microsoft Entra Connect or cloud sync is running and "
                              "reachable) is not available offline: this profile works on a local model."),
        u"writebackHealthNote"_s);
    health->setForegroundRole(QPalette::PlaceholderText);

    m_writeback
        = new YesNoSwitch(u"writebackEnabled"_s, tr("Write back passwords to your on-premises directory"), this);
    FieldNote *writebackNote = note({Keys::WritebackEnabled.toString()});
    writebackNote->describes({m_writeback->yesButton(), m_writeback->noButton()});
    addSetting(tr("&Write back passwords to your on-premises directory?"), m_writeback, m_writeback->yesButton(),
        writebackNote);
    addText(tr("When No, federated, pass-through and password hash synchronised users cannot reset."))
        ->setForegroundRole(QPalette::PlaceholderText);

    m_cloudSync = new YesNoSwitch(
        u"writebackCloudSync"_s, tr("Write back passwords with Microsoft Entra Connect cloud sync"), this);
    FieldNote *cloudNote = note({Keys::WritebackCloudSync.toString()});
    cloudNote->describes({m_cloudSync->yesButton(), m_cloudSync->noButton()});
    addSetting(tr("Write back passwords with Microsoft Entra Connect &cloud sync?"), m_cloudSync,
        m_cloudSync->yesButton(), cloudNote);

    m_unlock = new YesNoSwitch(
        u"unlockWithoutReset"_s, tr("Allow users to unlock accounts without resetting their password"), this);
    FieldNote *unlockNote = note({Keys::UnlockWithoutReset.toString()});
    unlockNote->describes({m_unlock->yesButton(), m_unlock->noButton()});
    addSetting(tr("Allow users to &unlock accounts without resetting their password?"), m_unlock, m_unlock->yesButton(),
        unlockNote);

    connect(m_writeback, &YesNoSwitch::toggled, this,
        [this](bool yes) { this->editor()->update([yes](Core::SsprPolicy &p) { p.writebackEnabled = yes; }); });
    connect(m_cloudSync, &YesNoSwitch::toggled, this,
        [this](bool yes) { this->editor()->update([yes](Core::SsprPolicy &p) { p.writebackCloudSync = yes; }); });
    connect(m_unlock, &YesNoSwitch::toggled, this,
        [this](bool yes) { this->editor()->update([yes](Core::SsprPolicy &p) { p.unlockWithoutReset = yes; }); });
    initialise();
}

void OnPremisesPage::refresh()
{
    const Core::SsprPolicy &p = editor()->staged();
    m_writeback->setValue(p.writebackEnabled);
    m_cloudSync->setValue(p.writebackCloudSync);
    m_unlock->setValue(p.unlockWithoutReset);
}

} // namespace Sspr::Gui
