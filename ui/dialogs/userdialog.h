#pragma once

#include "userrecord.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Sspr::Store {
class Database;
}

namespace Sspr::Graph {
class GraphClient;
}

namespace Sspr::Gui {

// A user's page: identity, the registered authentication methods as the portal lists them (usable or not, and
// why), the profile contact fields (which are not methods), group memberships, and whether the user can reset
// their password under the current policy, with the reasons. Helpdesk adds, edits and deletes methods here.
class UserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDialog)

public:
    UserDialog(Store::Database &db, qint64 uid, QWidget *parent = nullptr);
    bool changed() const { return m_changed; }
    void addMethod(Core::MethodType kind);
    // A Graph profile: read this user's methods from the tenant now (the synced copy may be hours old), unless
    // changes to the user are still waiting in the outbox, which the store already shows as made.
    void refreshFromTenant(Graph::GraphClient *client);

private:
    void reload();
    void requestTemporaryAccessPass();
    void editSelected();
    void deleteSelected();
    void updateButtons();
    QString selectedMethodId() const;

    Store::Database &m_db;
    qint64 m_uid;
    Core::UserRecord m_user;
    bool m_changed = false;
    QLabel *m_name = nullptr;
    QLabel *m_identity = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_shared = nullptr;
    QLabel *m_freshness = nullptr;
    QTreeWidget *m_methods = nullptr;
    QTreeWidget *m_profile = nullptr;
    QTreeWidget *m_groups = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace Sspr::Gui
