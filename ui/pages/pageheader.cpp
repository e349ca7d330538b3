#include "pageheader.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

PageHeader::PageHeader(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(4);
    m_title = new QLabel(title, this);
    m_title->setObjectName(u"pageTitleLabel"_s);
    m_title->setAccessibleName(title);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    m_title->setFont(font);
    m_title->setTextInteractionFlags(Qt::NoTextInteraction);
    layout->addWidget(m_title);
    m_description = new QLabel(this);
    m_description->setObjectName(u"pageDescriptionLabel"_s);
    m_description->setWordWrap(true);
    m_description->setVisible(false);
    layout->addWidget(m_description);
}

void PageHeader::setDescription(const QString &text)
{
    m_description->setText(text);
    m_description->setVisible(!text.isEmpty());
}

} // namespace Sspr::Gui
