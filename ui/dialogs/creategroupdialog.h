#pragma once

#include "groupdirectory.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Sspr::Store {
class Database;
}

namespace Sspr::Gui {

// "New group": a security group as Graph creates it (display name, description, mail nickname), checked as the
// person types and written with its audit entry by GroupService.
class CreateGroupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateGroupDialog)

public:
    explicit CreateGroupDialog(Store::Database &db, QWidget *parent = nullptr);

    void setDisplayName(const QString &name);
    std::optional<Store::GroupRow> createdGroup() const { return m_created; }
    void accept() override;

    // A nickname suggested from a display name: ASCII letters, digits, '-' and '_' only.
    static QString suggestNickname(const QString &displayName);

private:
    void validate();

    Store::Database &m_db;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_nickname = nullptr;
    QLabel *m_feedback = nullptr;
    QPushButton *m_create = nullptr;
    bool m_nicknameEdited = false;
    std::optional<Store::GroupRow> m_created;
};

} // namespace Sspr::Gui
