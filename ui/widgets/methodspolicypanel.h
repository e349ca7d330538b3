#pragma once

#include "authmethodspolicy.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace Sspr::Gui {

class PolicyEditor;

// The unified Authentication methods policy as the Authentication methods page shows it: each method
// configuration with its state and include/exclude groups (edited for the selected row), the registration
// campaign, the migration state, and a banner when the migration is complete.
class MethodsPolicyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MethodsPolicyPanel)

public:
    explicit MethodsPolicyPanel(PolicyEditor *editor, QWidget *parent = nullptr);

    void selectMethod(Core::AuthMethodKind kind);
    Core::AuthMethodKind currentKind() const;
    void addIncludeGroup();
    void addExcludeGroup();

    void refresh();

private:
    void updateMethods(const std::function<void(Core::MethodConfiguration &)> &change);
    void refreshDetail();
    QString targetName(const QString &id);

    PolicyEditor *m_editor;
    QLabel *m_state = nullptr;
    QLabel *m_banner = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_detailTitle = nullptr;
    QCheckBox *m_enable = nullptr;
    QButtonGroup *m_includeMode = nullptr;
    QRadioButton *m_includeAll = nullptr;
    QRadioButton *m_includeGroups = nullptr;
    QListWidget *m_includeList = nullptr;
    QPushButton *m_addInclude = nullptr;
    QPushButton *m_removeInclude = nullptr;
    QListWidget *m_excludeList = nullptr;
    QPushButton *m_addExclude = nullptr;
    QPushButton *m_removeExclude = nullptr;
    QLabel *m_detailNote = nullptr;
    QComboBox *m_campaignState = nullptr;
    QSpinBox *m_snooze = nullptr;
    QCheckBox *m_limitedSnoozes = nullptr;
};

} // namespace Sspr::Gui
