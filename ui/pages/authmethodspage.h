#pragma once

#include "bladepage.h"
#include "ssprpolicy.h"

#include <QHash>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Sspr::Gui {

class FieldNote;
class MethodsPolicyPanel;

// Password reset > Authentication methods: how many methods a reset needs, which methods users may use (with
// the Authenticator rules applied as they are ticked), the security questions, and the unified Authentication
// methods policy those methods map to.
class AuthMethodsPage final : public BladePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthMethodsPage)

public:
    explicit AuthMethodsPage(PolicyEditor *editor, QWidget *parent = nullptr);

    void addPredefinedQuestions();
    void addCustomQuestion();
    void removeQuestion();

    static constexpr int kMaxQuestions = 20;
    static constexpr int kMaxQuestionLength = 200;

protected:
    void refresh() override;

private:
    QButtonGroup *m_required = nullptr;
    QHash<int, QCheckBox *> m_methods;
    QWidget *m_questions = nullptr;
    QSpinBox *m_toRegister = nullptr;
    QSpinBox *m_toReset = nullptr;
    QListWidget *m_pool = nullptr;
    QLabel *m_poolCount = nullptr;
    QPushButton *m_addPredefined = nullptr;
    QPushButton *m_addCustom = nullptr;
    QPushButton *m_remove = nullptr;
    FieldNote *m_poolNote = nullptr;
    MethodsPolicyPanel *m_unified = nullptr;
};

} // namespace Sspr::Gui
