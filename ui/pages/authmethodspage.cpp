#include "authmethodspage.h"

#include "demotenant.h"
#include "fieldnote.h"
#include "methodspolicypanel.h"
#include "pageheader.h"
#include "policyeditor.h"
#include "policykeys.h"
#include "predefinedquestionsdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sspr::Gui {

using Core::SsprMethod;
using namespace Qt::StringLiterals;
namespace Keys = Core::PolicyKeys;

namespace {

QString methodObjectName(SsprMethod method)
{
    switch (method) {
    case SsprMethod::MobileAppNotification:
        return u"methodMobileAppNotificationCheck"_s;
    case SsprMethod::MobileAppCode:
        return u"methodMobileAppCodeCheck"_s;
    case SsprMethod::Email:
        return u"methodEmailCheck"_s;
    case SsprMethod::MobilePhone:
        return u"methodMobilePhoneCheck"_s;
    case SsprMethod::OfficePhone:
        return u"methodOfficePhoneCheck"_s;
    case SsprMethod::SecurityQuestions:
        return u"methodSecurityQuestionsCheck"_s;
    }
    return {};
}

} // namespace

AuthMethodsPage::AuthMethodsPage(PolicyEditor *editor, QWidget *parent)
    : BladePage(editor, tr("Authentication methods"), parent)
{
    setObjectName(u"pageAuthenticationMethods"_s);
    header()->setDescription(tr("How users prove who they are before they reset. Microsoft recommends two or more "
                                "methods."));

    // Number of methods required to reset.
    auto *count = new QWidget(this);
    auto *countRow = new QHBoxLayout(count);
    countRow->setContentsMargins(0, 0, 0, 0);
    countRow->setSpacing(16);
    auto *one = new QRadioButton(tr("&1"), count);
    one->setObjectName(u"methodsRequiredOneRadio"_s);
    one->setAccessibleName(tr("Number of methods required to reset: 1"));
    auto *two = new QRadioButton(tr("&2"), count);
    two->setObjectName(u"methodsRequiredTwoRadio"_s);
    two->setAccessibleName(tr("Number of methods required to reset: 2"));
    m_required = new QButtonGroup(this);
    m_required->addButton(one, 1);
    m_required->addButton(two, 2);
    countRow->addWidget(one);
    countRow->addWidget(two);
    countRow->addStretch(1);
    FieldNote *countNote = note({Keys::MethodsRequired.toString()});
    countNote->describes({one, two});
    addSetting(tr("Number of methods required to reset"), count, nullptr, countNote);

    // Methods available to users, each with its own note beside it.
    auto *methods = new QWidget(this);
    methods->setObjectName(u"methodsAvailable"_s);
    auto *methodsLayout = new QVBoxLayout(methods);
    methodsLayout->setContentsMargins(0, 0, 0, 0);
    methodsLayout->setSpacing(2);
    for (SsprMethod method : Core::kAllSsprMethods) {
        auto *check = new QCheckBox(Core::ssprMethodDisplayName(method), methods);
        check->setObjectName(methodObjectName(method));
        check->setAccessibleName(Core::ssprMethodDisplayName(method));
        check->setToolTip(tr("In the Authentication methods policy: %1").arg(Core::legacyMappingDescription(method)));
        methodsLayout->addWidget(check);
        const QString key = Core::policyKeyForMethod(method);
        FieldNote *methodNote = note({key});
        methodNote->setContentsMargins(24, 0, 0, 4);
        methodNote->governs(key, {check});
        methodNote->setReasonSharedWith(Keys::MethodsAvailable.toString());
        methodsLayout->addWidget(methodNote);
        m_methods.insert(int(method), check);
        connect(check, &QCheckBox::toggled, this, [this, method](bool on) {
            this->editor()->update([method, on](Core::SsprPolicy &p) { p.setMethodEnabled(method, on); });
        });
    }
    FieldNote *methodsNote = note({Keys::MethodsAvailable.toString()});
    methodsNote->setObjectName(u"methodsAvailableNote"_s);
    methodsNote->governs(Keys::MethodsAvailable.toString(), {}); // says once why the boxes are a view
    addSetting(tr("Methods available to users"), methods, nullptr, methodsNote);

    // Security questions, shown only when ticked.
    m_questions = new QWidget(this);
    m_questions->setObjectName(u"securityQuestionsSection"_s);
    auto *q = new QVBoxLayout(m_questions);
    q->setContentsMargins(0, 8, 0, 0);
    q->setSpacing(4);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setLabelAlignment(Qt::AlignLeft);
    m_toRegister = new QSpinBox(m_questions);
    m_toRegister->setObjectName(u"questionsToRegisterSpin"_s);
    m_toRegister->setAccessibleName(tr("Number of questions required to register"));
    m_toRegister->setRange(3, 5);
    m_toReset = new QSpinBox(m_questions);
    m_toReset->setObjectName(u"questionsToResetSpin"_s);
    m_toReset->setAccessibleName(tr("Number of questions required to reset"));
    m_toReset->setRange(3, 5);
    form->addRow(tr("Number of questions required to r&egister:"), m_toRegister);
    FieldNote *registerNote = new FieldNote(editor, {Keys::QuestionsToRegister.toString()}, m_questions);
    registerNote->governs(Keys::QuestionsToRegister.toString(), {m_toRegister});
    form->addRow(registerNote);
    form->addRow(tr("Number of questions required to re&set:"), m_toReset);
    FieldNote *resetNote = new FieldNote(editor, {Keys::QuestionsToReset.toString()}, m_questions);
    resetNote->governs(Keys::QuestionsToReset.toString(), {m_toReset});
    form->addRow(resetNote);
    q->addLayout(form);
    q->addSpacing(8);

    auto *poolLabel = new QLabel(tr("Select security &questions"), m_questions);
    QFont bold = poolLabel->font();
    bold.setBold(true);
    poolLabel->setFont(bold);
    q->addWidget(poolLabel);
    auto *poolButtons = new QHBoxLayout;
    m_addPredefined = new QPushButton(tr("+ &Predefined"), m_questions);
    m_addPredefined->setObjectName(u"addPredefinedButton"_s);
    m_addPredefined->setAccessibleName(tr("Add predefined questions"));
    m_addCustom = new QPushButton(tr("+ &Custom"), m_questions);
    m_addCustom->setObjectName(u"addCustomButton"_s);
    m_addCustom->setAccessibleName(tr("Add a custom question"));
    m_remove = new QPushButton(tr("Remo&ve"), m_questions);
    m_remove->setObjectName(u"removeQuestionButton"_s);
    m_remove->setAccessibleName(tr("Remove the selected question"));
    m_poolCount = new QLabel(m_questions);
    m_poolCount->setObjectName(u"questionCountLabel"_s);
    poolButtons->addWidget(m_addPredefined);
    poolButtons->addWidget(m_addCustom);
    poolButtons->addWidget(m_remove);
    poolButtons->addStretch(1);
    poolButtons->addWidget(m_poolCount);
    q->addLayout(poolButtons);
    m_pool = new QListWidget(m_questions);
    m_pool->setObjectName(u"questionsList"_s);
    m_pool->setAccessibleName(tr("Security questions"));
    m_pool->setMinimumHeight(m_pool->fontMetrics().height() * 8);
    m_pool->setSelectionMode(QAbstractItemView::SingleSelection);
    poolLabel->setBuddy(m_pool);
    q->addWidget(m_pool);
    m_poolNote = new FieldNote(editor, {Keys::SecurityQuestions.toString()}, m_questions);
    m_poolNote->governs(Keys::SecurityQuestions.toString(), {m_addPredefined, m_addCustom});
    m_poolNote->describes({m_pool});
    q->addWidget(m_poolNote);
    contentLayout()->addWidget(m_questions);

    // The unified policy.
    addSection(tr("Authentication methods policy"));
    addText(tr("Entra's newer, tenant-wide policy. During the migration the two are combined: a method enabled in "
               "either is usable for reset; once the migration is complete, only this policy counts for the "
               "methods."))
        ->setForegroundRole(QPalette::PlaceholderText);
    m_unified = new MethodsPolicyPanel(editor, this);
    contentLayout()->addWidget(m_unified);

    connect(m_required, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            this->editor()->update([id](Core::SsprPolicy &p) { p.methodsRequired = id; });
    });
    connect(m_toRegister, &QSpinBox::valueChanged, this,
        [this](int n) { this->editor()->update([n](Core::SsprPolicy &p) { p.questionsToRegister = n; }); });
    connect(m_toReset, &QSpinBox::valueChanged, this,
        [this](int n) { this->editor()->update([n](Core::SsprPolicy &p) { p.questionsToReset = n; }); });
    connect(m_addPredefined, &QPushButton::clicked, this, &AuthMethodsPage::addPredefinedQuestions);
    connect(m_addCustom, &QPushButton::clicked, this, &AuthMethodsPage::addCustomQuestion);
    connect(m_remove, &QPushButton::clicked, this, &AuthMethodsPage::removeQuestion);
    connect(m_pool, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    initialise();
}

void AuthMethodsPage::refresh()
{
    const Core::SsprPolicy view = editor()->viewPolicy();
    {
        const QSignalBlocker blocker(m_required);
        if (QAbstractButton *button = m_required->button(view.methodsRequired))
            button->setChecked(true);
    }
    for (SsprMethod method : Core::kAllSsprMethods) {
        QCheckBox *check = m_methods.value(int(method));
        const QSignalBlocker blocker(check);
        check->setChecked(view.methodEnabled(method));
    }
    m_questions->setVisible(view.securityQuestions);
    {
        const QSignalBlocker b1(m_toRegister);
        const QSignalBlocker b2(m_toReset);
        m_toRegister->setValue(view.questionsToRegister);
        m_toReset->setValue(view.questionsToReset);
    }
    const int row = m_pool->currentRow();
    {
        const QSignalBlocker blocker(m_pool);
        m_pool->clear();
        for (const Core::SecurityQuestion &question : view.questions) {
            auto *item
                = new QListWidgetItem(question.custom ? tr("%1 (custom)").arg(question.text) : question.text, m_pool);
            item->setToolTip(question.text);
        }
        m_pool->setCurrentRow(qMin(row, m_pool->count() - 1));
    }
    const int size = int(view.questions.size());
    m_poolCount->setText(tr("%1 of %2 questions").arg(size).arg(kMaxQuestions));
    m_poolNote->setExtraReason(size >= kMaxQuestions
            ? tr("The pool holds the most questions allowed (%1). Remove one to add another.").arg(kMaxQuestions)
            : QString());
    m_remove->setEnabled(m_pool->currentRow() >= 0);
}

void AuthMethodsPage::addPredefinedQuestions()
{
    const Core::SsprPolicy &p = editor()->staged();
    const int room = kMaxQuestions - int(p.questions.size());
    if (room <= 0)
        return;
    QList<Core::SecurityQuestion> available;
    const Core::DemoTenantGenerator generator(0, 0);
    for (const Core::SecurityQuestion &question : generator.predefinedQuestions()) {
        const bool inPool = std::any_of(p.questions.cbegin(), p.questions.cend(), [&](const Core::SecurityQuestion &q) {
            return !q.custom && (q.key == question.key || q.text == question.text);
        });
        if (!inPool)
            available.append(question);
    }
    PredefinedQuestionsDialog dialog(available, room, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<Core::SecurityQuestion> chosen = dialog.chosen();
    editor()->update([&chosen](Core::SsprPolicy &policy) {
        for (const Core::SecurityQuestion &question : chosen) {
            if (policy.questions.size() < kMaxQuestions)
                policy.questions.append(question);
        }
    });
}

void AuthMethodsPage::addCustomQuestion()
{
    if (editor()->staged().questions.size() >= kMaxQuestions)
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(u"customQuestionDialog"_s);
    dialog.setWindowTitle(tr("Add a custom question"));
    dialog.setLabelText(
        tr("&Question (at most %1 characters; custom questions are not translated):").arg(kMaxQuestionLength));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.resize(560, dialog.sizeHint().height());
    if (auto *edit = dialog.findChild<QLineEdit *>()) {
        edit->setObjectName(u"customQuestionEdit"_s);
        edit->setMaxLength(kMaxQuestionLength);
        edit->setAccessibleName(tr("Custom question"));
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString text = dialog.textValue().simplified();
    if (text.isEmpty())
        return;
    editor()->update([&text](Core::SsprPolicy &policy) { policy.questions.append({true, QString(), text}); });
}

void AuthMethodsPage::removeQuestion()
{
    const int row = m_pool->currentRow();
    if (row < 0)
        return;
    editor()->update([row](Core::SsprPolicy &policy) {
        if (row < policy.questions.size())
            policy.questions.removeAt(row);
    });
}

} // namespace Sspr::Gui
