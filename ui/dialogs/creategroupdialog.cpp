#include "creategroupdialog.h"

#include "auditlog.h"
#include "database.h"
#include "groupservice.h"
#include "notecolors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

CreateGroupDialog::CreateGroupDialog(Store::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(u"createGroupDialog"_s);
    setWindowTitle(tr("New security group"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"groupNameEdit"_s);
    m_name->setAccessibleName(tr("Group name"));
    m_name->setMaxLength(Services::GroupService::kMaxDisplayNameLength);
    m_name->setPlaceholderText(tr("e.g. Password Self Reset"));
    form->addRow(tr("Group &name:"), m_name);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"groupDescriptionEdit"_s);
    m_description->setAccessibleName(tr("Group description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 4);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);

    m_nickname = new QLineEdit(this);
    m_nickname->setObjectName(u"groupNicknameEdit"_s);
    m_nickname->setAccessibleName(tr("Mail nickname"));
    m_nickname->setMaxLength(Services::GroupService::kMaxNicknameLength);
    form->addRow(tr("&Mail nickname:"), m_nickname);
    layout->addLayout(form);

    auto *hint = new QLabel(tr("A security group: members can be given access and scoped for password reset. The mail "
                               "nickname is required and unique; it cannot contain spaces or any of "
                               "@ ( ) \\ [ ] \" ; : . < > ,"),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(u"groupFeedbackLabel"_s);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setMinimumHeight(m_feedback->fontMetrics().height() * 2);
    m_feedback->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_feedback);

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"createGroupButton"_s);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"createGroupCancelButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateGroupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_nicknameEdited) {
            const QSignalBlocker blocker(m_nickname);
            m_nickname->setText(suggestNickname(text));
        }
        validate();
    });
    connect(m_nickname, &QLineEdit::textEdited, this, [this] {
        m_nicknameEdited = true;
        validate();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, &CreateGroupDialog::validate);
    setMinimumWidth(520);
    validate();
    m_name->setFocus();
}

void CreateGroupDialog::setDisplayName(const QString &name)
{
    m_name->setText(name);
}

QString CreateGroupDialog::suggestNickname(const QString &displayName)
{
    QString out;
    bool dash = false;
    for (const QChar c : displayName.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && (c.isLetterOrNumber() || c == u'_')) {
            out += c.toLower();
            dash = false;
        } else if ((c.isSpace() || c == u'-' || c == u'.') && !out.isEmpty() && !dash) {
            out += u'-';
            dash = true;
        }
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(Services::GroupService::kMaxNicknameLength);
}

void CreateGroupDialog::validate()
{
    QString message;
    bool ok = false;
    const Core::Status name = Services::GroupService::validateDisplayName(m_name->text());
    const Core::Status nickname = Services::GroupService::validateMailNickname(m_nickname->text());
    if (m_description->toPlainText().size() > Services::GroupService::kMaxDescriptionLength)
        message
            = tr("A description can be at most %1 characters long.").arg(Services::GroupService::kMaxDescriptionLength);
    else if (!name)
        message = name.errorMessage();
    else if (!nickname)
        message = nickname.errorMessage();
    else
        ok = true;
    const bool showProblem = !ok && !(m_name->text().isEmpty() && m_nickname->text().isEmpty());
    QPalette pal = palette();
    if (showProblem)
        pal.setColor(QPalette::WindowText, NoteColors::error(pal));
    m_feedback->setPalette(pal);
    m_feedback->setText(showProblem ? message : QString());
    m_feedback->setAccessibleName(m_feedback->text());
    m_create->setEnabled(ok);
}

void CreateGroupDialog::accept()
{
    validate();
    if (!m_create->isEnabled())
        return;
    Services::GroupService service(m_db, Store::AuditLog::localActor(), u"console"_s);
    auto group = service.createSecurityGroup(m_name->text(), m_description->toPlainText(), m_nickname->text());
    if (!group) {
        QPalette pal = palette();
        pal.setColor(QPalette::WindowText, NoteColors::error(pal));
        m_feedback->setPalette(pal);
        m_feedback->setText(tr("Not created: %1").arg(group.errorMessage()));
        m_feedback->setAccessibleName(m_feedback->text());
        return;
    }
    m_created = group.value();
    QDialog::accept();
}

} // namespace Sspr::Gui
