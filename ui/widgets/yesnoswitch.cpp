#include "yesnoswitch.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QRadioButton>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

YesNoSwitch::YesNoSwitch(const QString &name, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(name);
    setAccessibleName(accessibleName);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(16);
    m_yes = new QRadioButton(tr("Yes"), this);
    m_yes->setObjectName(name + u"Yes"_s);
    m_yes->setAccessibleName(tr("%1: Yes").arg(accessibleName));
    m_no = new QRadioButton(tr("No"), this);
    m_no->setObjectName(name + u"No"_s);
    m_no->setAccessibleName(tr("%1: No").arg(accessibleName));
    m_group = new QButtonGroup(this);
    m_group->addButton(m_yes, 1);
    m_group->addButton(m_no, 0);
    row->addWidget(m_yes);
    row->addWidget(m_no);
    row->addStretch(1);
    setFocusProxy(m_yes);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            emit toggled(id == 1);
    });
}

bool YesNoSwitch::value() const
{
    return m_yes->isChecked();
}

void YesNoSwitch::setValue(bool yes)
{
    const QSignalBlocker blocker(m_group);
    (yes ? m_yes : m_no)->setChecked(true);
    setFocusProxy(yes ? m_yes : m_no);
}

} // namespace Sspr::Gui
