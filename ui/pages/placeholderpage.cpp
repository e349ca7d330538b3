#include "placeholderpage.h"

#include "pageheader.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

PlaceholderPage::PlaceholderPage(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(new PageHeader(title, this));
    auto *note = new QLabel(tr("This page is not available in this version yet."), this);
    note->setObjectName(u"placeholderNote"_s);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setWordWrap(true);
    // Keyboard-selectable, so Tab reaches the page and a screen reader reads the note.
    note->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    note->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(note);
    layout->addStretch(1);
}

} // namespace Sspr::Gui
