#include "bladepage.h"

#include "fieldnote.h"
#include "pageheader.h"
#include "policyeditor.h"
#include "reviewchangesdialog.h"
#include "savebar.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

BladePage::BladePage(PolicyEditor *editor, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"bladeScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    body->setObjectName(u"bladeBody"_s);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(24, 16, 24, 16);
    bodyLayout->setSpacing(4);
    m_header = new PageHeader(title, body);
    bodyLayout->addWidget(m_header);
    m_content = new QVBoxLayout;
    m_content->setSpacing(4);
    bodyLayout->addLayout(m_content);
    bodyLayout->addStretch(1);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    m_saveBar = new SaveBar(this);
    outer->addWidget(m_saveBar);
    connect(m_saveBar, &SaveBar::saveRequested, this, &BladePage::reviewAndSave);
    connect(m_saveBar, &SaveBar::discardRequested, this, &BladePage::discard);
}

void BladePage::initialise()
{
    connect(m_editor, &PolicyEditor::changed, this, [this] {
        refresh();
        updateBar();
    });
    refresh();
    updateBar();
}

void BladePage::updateBar()
{
    const QList<Core::PolicyProblem> errors = Core::errorsOf(m_editor->problems());
    const int warnings = int(Core::warningsOf(m_editor->problems()).size());
    m_saveBar->setState(
        m_editor->isDirty(), errors.isEmpty() ? QString() : errors.constFirst().message, int(errors.size()), warnings);
}

QLabel *BladePage::addSetting(const QString &label, QWidget *control, QWidget *buddy, FieldNote *note)
{
    auto *title = new QLabel(label, this);
    title->setWordWrap(true);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    if (buddy)
        title->setBuddy(buddy);
    m_content->addSpacing(12);
    m_content->addWidget(title);
    if (control)
        m_content->addWidget(control);
    if (note)
        m_content->addWidget(note);
    return title;
}

FieldNote *BladePage::note(const QStringList &fields)
{
    return new FieldNote(m_editor, fields, this);
}

QLabel *BladePage::addSection(const QString &title)
{
    auto *label = new QLabel(title, this);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    m_content->addSpacing(20);
    m_content->addWidget(label);
    return label;
}

QLabel *BladePage::addText(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    m_content->addWidget(label);
    return label;
}

bool BladePage::reviewAndSave()
{
    if (!m_editor->isDirty() || m_editor->hasErrors())
        return false;
    ReviewChangesDialog dialog(m_editor, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Core::Status status = m_editor->save();
    QApplication::restoreOverrideCursor();
    if (!status) {
        QMessageBox box(QMessageBox::Critical, tr("Not saved"),
            tr("The changes were not saved: %1").arg(status.errorMessage()), QMessageBox::Ok, this);
        box.setObjectName(u"saveFailedBox"_s);
        box.exec();
        return false;
    }
    return true;
}

void BladePage::discard()
{
    m_editor->discard();
}

bool BladePage::maybeLeave(QWidget *destination)
{
    if (!m_editor->isDirty())
        return true;
    if (auto *next = qobject_cast<BladePage *>(destination); next && next->editor() == m_editor)
        return true; // the staged changes travel with the editor
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), tr("The password reset policy has unsaved changes."),
        QMessageBox::NoButton, this);
    box.setObjectName(u"unsavedChangesBox"_s);
    box.setInformativeText(m_editor->hasErrors()
            ? tr("They cannot be saved as they are: %1").arg(Core::errorsOf(m_editor->problems()).constFirst().message)
            : tr("Save them before leaving?"));
    QPushButton *save = box.addButton(tr("&Save…"), QMessageBox::AcceptRole);
    save->setObjectName(u"leaveSaveButton"_s);
    save->setEnabled(!m_editor->hasErrors());
    QPushButton *discardButton = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discardButton->setObjectName(u"leaveDiscardButton"_s);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"leaveCancelButton"_s);
    box.setDefaultButton(m_editor->hasErrors() ? cancel : save);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == save)
        return reviewAndSave();
    if (box.clickedButton() == discardButton) {
        m_editor->discard();
        return true;
    }
    return false;
}

} // namespace Sspr::Gui
