#pragma once

#include "graphsession.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Sspr::Store {
class Database;
}

namespace Sspr::Gui {

class UserCounter;
class UserListModel;

// The user browser: search as you type over names, UPN, mail and phone digits; filters; sortable columns; the
// total; keyboard-first (type, Down to the list, Enter opens the user).
class UsersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    explicit UsersPage(Store::Database &db, QWidget *parent = nullptr);

    UserListModel *model() const { return m_model; }
    void openUser(qint64 uid);
    void focusSearch();
    // The store changed underneath (a sync): read the list again, keeping the search and filter.
    void refresh();
    // A Graph profile: opening a user reads their methods from the tenant through this session's client.
    void setGraphSession(Services::GraphSession *session) { m_session = session; }

signals:
    void userChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void updateEmptyState();
    void openCurrent();

    Store::Database &m_db;
    UserListModel *m_model = nullptr;
    UserCounter *m_counter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_show = nullptr;
    QLabel *m_total = nullptr;
    QStackedWidget *m_views = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_loaded = false;
    QPointer<Services::GraphSession> m_session;
};

} // namespace Sspr::Gui
