#include "propertiespage.h"

#include "fieldnote.h"
#include "grouppickerdialog.h"
#include "pageheader.h"
#include "policyeditor.h"
#include "policykeys.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Sspr::Gui {

using Core::SsprEnablement;
using namespace Qt::StringLiterals;
namespace Keys = Core::PolicyKeys;

PropertiesPage::PropertiesPage(PolicyEditor *editor, QWidget *parent)
    : BladePage(editor, tr("Properties"), parent)
{
    setObjectName(u"pageProperties"_s);
    header()->setDescription(tr("Choose who can reset their own password. Administrators are always enabled for "
                                "self-service password reset and follow the administrator policy."));

    auto *choice = new QWidget(this);
    choice->setObjectName(u"enablementChoice"_s);
    auto *row = new QHBoxLayout(choice);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(16);
    m_none = new QRadioButton(tr("&None"), choice);
    m_none->setObjectName(u"enablementNoneRadio"_s);
    m_none->setAccessibleName(tr("Self service password reset enabled: None"));
    m_selected = new QRadioButton(tr("S&elected"), choice);
    m_selected->setObjectName(u"enablementSelectedRadio"_s);
    m_selected->setAccessibleName(tr("Self service password reset enabled: Selected"));
    m_all = new QRadioButton(tr("&All"), choice);
    m_all->setObjectName(u"enablementAllRadio"_s);
    m_all->setAccessibleName(tr("Self service password reset enabled: All"));
    m_enablement = new QButtonGroup(this);
    m_enablement->addButton(m_none, int(SsprEnablement::None));
    m_enablement->addButton(m_selected, int(SsprEnablement::Selected));
    m_enablement->addButton(m_all, int(SsprEnablement::All));
    row->addWidget(m_none);
    row->addWidget(m_selected);
    row->addWidget(m_all);
    row->addStretch(1);
    FieldNote *enablementNote = note({Keys::EnablementType.toString()});
    enablementNote->describes({m_none, m_selected, m_all});
    addSetting(tr("Self service password reset enabled"), choice, nullptr, enablementNote);

    auto *groupRow = new QWidget(this);
    auto *groupLayout = new QHBoxLayout(groupRow);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    m_groupLabel = new QLabel(groupRow);
    m_groupLabel->setObjectName(u"selectedGroupLabel"_s);
    m_groupLabel->setTextFormat(Qt::PlainText);
    m_groupLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selectGroup = new QPushButton(tr("Select &group…"), groupRow);
    m_selectGroup->setObjectName(u"selectGroupButton"_s);
    m_selectGroup->setAccessibleName(tr("Select group"));
    groupLayout->addWidget(m_groupLabel);
    groupLayout->addSpacing(12);
    groupLayout->addWidget(m_selectGroup);
    groupLayout->addStretch(1);
    FieldNote *groupNote = note({Keys::GroupIds.toString()});
    groupNote->governs(Keys::GroupIds.toString(), {m_selectGroup});
    addSetting(tr("Select group"), groupRow, m_selectGroup, groupNote);
    addText(tr("One group only. Members of groups nested in it are in scope too; there is no exclude list."))
        ->setForegroundRole(QPalette::PlaceholderText);

    connect(m_enablement, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            this->editor()->update([id](Core::SsprPolicy &p) { p.enablement = static_cast<SsprEnablement>(id); });
    });
    connect(m_selectGroup, &QPushButton::clicked, this, &PropertiesPage::pickGroup);
    initialise();
}

void PropertiesPage::pickGroup()
{
    const auto group = GroupPickerDialog::pick(editor()->database(), this);
    if (!group)
        return;
    const QString id = group->id;
    editor()->update([&id](Core::SsprPolicy &p) { p.groupId = id; });
}

void PropertiesPage::refresh()
{
    const Core::SsprPolicy &p = editor()->staged();
    {
        const QSignalBlocker blocker(m_enablement);
        if (QAbstractButton *button = m_enablement->button(int(p.enablement)))
            button->setChecked(true);
    }
    if (p.groupId.isEmpty()) {
        m_groupLabel->setText(tr("No group selected"));
    } else {
        const QString name = editor()->groupName(p.groupId);
        m_groupLabel->setText(name.isEmpty() ? tr("Unknown group (%1)").arg(p.groupId) : name);
    }
    m_groupLabel->setEnabled(p.enablement == SsprEnablement::Selected);
    m_selectGroup->setText(p.groupId.isEmpty() ? tr("Select &group…") : tr("Change &group…"));
}

} // namespace Sspr::Gui
