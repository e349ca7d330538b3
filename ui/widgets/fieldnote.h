#pragma once

#include <QLabel>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace Sspr::Gui {

class PolicyEditor;

// The line under a control that says what is wrong with its setting, or why it cannot be changed: the problems
// the validator reports for the note's fields (PolicyProblem::field), errors first, warnings in a softer colour,
// and the reason from whyDisabled() for the controls it governs, which it disables. Hidden when there is nothing
// to say. Follows the editor: every change updates every note.
class FieldNote final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldNote)

public:
    FieldNote(PolicyEditor *editor, const QStringList &fields, QWidget *parent = nullptr);

    // Controls that whyDisabled(field) disables; their accessible description carries the note.
    void governs(const QString &field, const QList<QWidget *> &controls);
    // Problems of these fields are shown, but the controls are not disabled by them.
    void describes(const QList<QWidget *> &controls);
    // A reason given by the page itself (a rule outside the validator), shown like whyDisabled's.
    void setExtraReason(const QString &reason);
    // Does not repeat the reason when `field` has the same one (a note for a group of controls says it once).
    void setReasonSharedWith(const QString &field);

    QString reason() const { return m_reason; }
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }

    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    PolicyEditor *m_editor;
    QStringList m_fields;
    QString m_disableField;
    QList<QPointer<QWidget>> m_governed;
    QList<QPointer<QWidget>> m_described;
    QString m_extraReason;
    QString m_sharedReasonField;
    QString m_reason;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace Sspr::Gui
