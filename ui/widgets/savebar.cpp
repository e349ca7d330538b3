#include "savebar.h"

#include "notecolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

SaveBar::SaveBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"saveBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 8, 12, 8);
    row->setSpacing(8);
    m_message = new QLabel(this);
    m_message->setObjectName(u"saveBarMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    row->addWidget(m_message, 1);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setAccessibleName(tr("Save changes"));
    m_save->setDefault(false);
    m_discard = new QPushButton(tr("&Discard"), this);
    m_discard->setObjectName(u"discardButton"_s);
    m_discard->setAccessibleName(tr("Discard changes"));
    row->addWidget(m_save);
    row->addWidget(m_discard);
    connect(m_save, &QPushButton::clicked, this, &SaveBar::saveRequested);
    connect(m_discard, &QPushButton::clicked, this, &SaveBar::discardRequested);
    setVisible(false);
}

void SaveBar::setState(bool dirty, const QString &firstError, int errors, int warnings)
{
    m_firstError = firstError;
    m_errors = errors;
    m_warnings = warnings;
    setVisible(dirty);
    m_save->setEnabled(dirty && firstError.isEmpty());
    m_discard->setEnabled(dirty);
    paint();
}

void SaveBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_message) // also sent while the constructor runs
        paint();
}

void SaveBar::paint()
{
    QPalette pal = palette();
    QString text;
    if (!m_firstError.isEmpty()) {
        text = m_errors > 1 ? tr("Cannot save: %1 (and %n more problem(s))", nullptr, m_errors - 1).arg(m_firstError)
                            : tr("Cannot save: %1").arg(m_firstError);
        pal.setColor(QPalette::WindowText, NoteColors::error(pal));
    } else if (m_warnings > 0) {
        text = tr("You have unsaved changes, with %n warning(s) on this or other pages; Save lists them for review.",
            nullptr, m_warnings);
    } else {
        text = tr("You have unsaved changes.");
    }
    m_message->setPalette(pal);
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_save->setToolTip(m_firstError.isEmpty() ? QString() : m_firstError);
}

} // namespace Sspr::Gui
