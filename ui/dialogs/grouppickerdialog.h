#pragma once

#include "groupdirectory.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Sspr::Store {
class Database;
}

namespace Sspr::Gui {

// Picks one group: search as you type over display names and mail nicknames, pick with Enter or a double click,
// or create a new security group (CreateGroupDialog), which is then picked.
class GroupPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupPickerDialog)

public:
    explicit GroupPickerDialog(Store::Database &db, QWidget *parent = nullptr);

    static std::optional<Store::GroupRow> pick(Store::Database &db, QWidget *parent);

    std::optional<Store::GroupRow> selectedGroup() const;
    void search();
    void createGroup();

    static constexpr int kLimit = 200;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    Store::Database &m_db;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_select = nullptr;
    QTimer *m_debounce = nullptr;
    QList<Store::GroupRow> m_rows;
    std::optional<Store::GroupRow> m_created;
};

} // namespace Sspr::Gui
