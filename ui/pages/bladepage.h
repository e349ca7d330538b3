#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Sspr::Gui {

class FieldNote;
class PageHeader;
class PolicyEditor;
class SaveBar;

// The frame of every Password reset blade page: the title, the page's settings in a scroll area, and the Save /
// Discard bar. Every page edits the one staged policy of the shared PolicyEditor, so a change made on one page is
// saved from any of them. Save opens the review (diff and impact) and saves after confirmation.
class BladePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BladePage)

public:
    BladePage(PolicyEditor *editor, const QString &title, QWidget *parent = nullptr);

    PolicyEditor *editor() const { return m_editor; }
    SaveBar *saveBar() const { return m_saveBar; }

    // Asked by the main window before it shows `destination` (nullptr: the window closes). Moving to another
    // page of the same editor keeps the staged changes; leaving the blade with unsaved changes asks Save, Discard
    // or Cancel. Returns false to stay.
    virtual bool maybeLeave(QWidget *destination);

    // Shows the review dialog and saves on confirmation; true when saved.
    bool reviewAndSave();
    void discard();

protected:
    PageHeader *header() const { return m_header; }
    QVBoxLayout *contentLayout() const { return m_content; }
    // Updates the controls from the editor's staged policy; called on every change. Pages block their controls'
    // signals while they set them.
    virtual void refresh() = 0;
    // Call at the end of the subclass constructor.
    void initialise();

    // One setting as the portal lays it out: its label above the control, the note below.
    QLabel *addSetting(const QString &label, QWidget *control, QWidget *buddy, FieldNote *note);
    FieldNote *note(const QStringList &fields);
    // A section title inside the page.
    QLabel *addSection(const QString &title);
    // A paragraph of explanation.
    QLabel *addText(const QString &text, const QString &objectName = QString());

private:
    void updateBar();

    PolicyEditor *m_editor;
    PageHeader *m_header = nullptr;
    QVBoxLayout *m_content = nullptr;
    SaveBar *m_saveBar = nullptr;
};

} // namespace Sspr::Gui
