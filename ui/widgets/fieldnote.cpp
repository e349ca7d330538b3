#include "fieldnote.h"

#include "notecolors.h"
#include "policyeditor.h"

#include <QEvent>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

FieldNote::FieldNote(PolicyEditor *editor, const QStringList &fields, QWidget *parent)
    : QLabel(parent)
    , m_editor(editor)
    , m_fields(fields)
{
    setObjectName(u"note_"_s + fields.value(0));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setVisible(false);
    connect(editor, &PolicyEditor::changed, this, &FieldNote::refresh);
}

void FieldNote::governs(const QString &field, const QList<QWidget *> &controls)
{
    m_disableField = field;
    for (QWidget *control : controls)
        m_governed.append(control);
    refresh();
}

void FieldNote::describes(const QList<QWidget *> &controls)
{
    for (QWidget *control : controls)
        m_described.append(control);
    refresh();
}

void FieldNote::setExtraReason(const QString &reason)
{
    if (m_extraReason == reason)
        return;
    m_extraReason = reason;
    refresh();
}

void FieldNote::setReasonSharedWith(const QString &field)
{
    m_sharedReasonField = field;
    refresh();
}

void FieldNote::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void FieldNote::refresh()
{
    m_reason = m_disableField.isEmpty() ? QString() : m_editor->whyDisabled(m_disableField);
    if (m_reason.isEmpty())
        m_reason = m_extraReason;
    for (const QPointer<QWidget> &control : std::as_const(m_governed)) {
        if (control)
            control->setEnabled(m_reason.isEmpty());
    }

    QList<Core::PolicyProblem> errors;
    QList<Core::PolicyProblem> warnings;
    for (const QString &field : std::as_const(m_fields)) {
        for (const Core::PolicyProblem &problem : m_editor->problemsFor(field))
            (problem.isError() ? errors : warnings).append(problem);
    }
    m_errors = int(errors.size());
    m_warnings = int(warnings.size());

    const QPalette pal = palette();
    QStringList lines;
    QStringList plain;
    auto line = [&](const QColor &color, const QString &prefix, const QString &message) {
        lines << u"<span style=\"color:%1\">%2%3</span>"_s.arg(
            color.name(), prefix.toHtmlEscaped(), message.toHtmlEscaped());
        plain << prefix + message;
    };
    for (const Core::PolicyProblem &p : std::as_const(errors))
        line(NoteColors::error(pal), tr("Error: "), p.message);
    for (const Core::PolicyProblem &p : std::as_const(warnings))
        line(NoteColors::warning(pal), tr("Warning: "), p.message);
    const bool shared = !m_sharedReasonField.isEmpty() && m_editor->whyDisabled(m_sharedReasonField) == m_reason;
    if (!m_reason.isEmpty() && !shared)
        line(NoteColors::info(pal), QString(), m_reason);
    else if (!m_reason.isEmpty())
        plain << m_reason; // not repeated on screen, but a screen reader on the control still hears it

    setText(lines.join(u"<br>"_s));
    setVisible(!lines.isEmpty());
    const QString description = plain.join(u'\n');
    setAccessibleName(description);
    setProperty("severity", m_errors ? u"error"_s : m_warnings ? u"warning"_s : m_reason.isEmpty() ? u""_s : u"info"_s);
    for (const QPointer<QWidget> &control : std::as_const(m_governed)) {
        if (control)
            control->setAccessibleDescription(description);
    }
    for (const QPointer<QWidget> &control : std::as_const(m_described)) {
        if (control)
            control->setAccessibleDescription(description);
    }
}

} // namespace Sspr::Gui
