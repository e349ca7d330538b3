#include "predefinedquestionsdialog.h"

#include "notecolors.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

PredefinedQuestionsDialog::PredefinedQuestionsDialog(
    const QList<Core::SecurityQuestion> &available, int room, QWidget *parent)
    : QDialog(parent)
    , m_available(available)
    , m_room(room)
{
    setObjectName(u"predefinedQuestionsDialog"_s);
    setWindowTitle(tr("Add predefined questions"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Predefined questions (shown to users in their language):"), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"predefinedQuestionsList"_s);
    m_list->setAccessibleName(tr("Predefined questions"));
    label->setBuddy(m_list);
    for (const Core::SecurityQuestion &question : available) {
        auto *item = new QListWidgetItem(question.text, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    layout->addWidget(m_list, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"predefinedStatusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(u"predefinedAddButton"_s);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(u"predefinedCancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &PredefinedQuestionsDialog::updateState);
    layout->addWidget(buttons);
    resize(520, 420);
    updateState();
}

QList<Core::SecurityQuestion> PredefinedQuestionsDialog::chosen() const
{
    QList<Core::SecurityQuestion> out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out.append(m_available.at(i));
    }
    return out;
}

void PredefinedQuestionsDialog::updateState()
{
    const int count = int(chosen().size());
    const bool tooMany = count > m_room;
    QPalette pal = palette();
    if (tooMany)
        pal.setColor(QPalette::WindowText, NoteColors::error(pal));
    m_status->setPalette(pal);
    if (m_available.isEmpty())
        m_status->setText(tr("Every predefined question is in the pool already."));
    else if (tooMany)
        m_status->setText(tr("The pool has room for %n more question(s); untick some.", nullptr, m_room));
    else
        m_status->setText(tr("%1 ticked; room for %2 more in the pool of at most 20.").arg(count).arg(m_room));
    m_add->setEnabled(count > 0 && !tooMany);
}

} // namespace Sspr::Gui
