#pragma once

#include "groupdirectory.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Sspr::Gui {

class GroupListModel;
class GroupLoader;
class GroupMemberModel;

// The Groups page: search as you type over group names and mail nicknames, the direct member count of each group,
// and for the selected group its members with those of nested groups (counted, and listed a page at a time);
// "New security group…" creates one. Keyboard-first: type, Down to the groups, Enter to the members, Enter opens a
// member's user page, Ctrl+N creates a group.
class GroupsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsPage)

public:
    explicit GroupsPage(Store::Database &db, QWidget *parent = nullptr);
    ~GroupsPage() override;

    static constexpr int kSearchLimit = 500;

    GroupListModel *groupModel() const { return m_groups; }
    GroupMemberModel *memberModel() const { return m_members; }
    qint64 selectedGroup() const { return m_selectedGid; }
    void createGroup();

signals:
    void groupCreated(qint64 gid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void search();
    void showSearchResults(int ticket, const QList<Store::GroupRow> &rows, const QString &error);
    void selectRow(int row);
    void currentGroupChanged();
    void updateSummary();
    void updateMembersState();
    void openMember();

    Store::Database &m_db;
    GroupLoader *m_loader = nullptr;
    GroupListModel *m_groups = nullptr;
    GroupMemberModel *m_members = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_newGroup = nullptr;
    QAction *m_newGroupAction = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_groupViews = nullptr;
    QTableView *m_groupTable = nullptr;
    QLabel *m_groupsEmpty = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_memberViews = nullptr;
    QTableView *m_memberTable = nullptr;
    QLabel *m_membersEmpty = nullptr;
    QTimer *m_debounce = nullptr;
    int m_searchTicket = 0;
    int m_answeredTicket = 0;
    bool m_focusListOnAnswer = false; // Down was pressed before the search answered
    int m_countTicket = 0;
    qint64 m_selectedGid = 0;
    qint64 m_transitiveCount = -1; // -1: not counted yet
    QString m_countError;
    QString m_memberError;
    qint64 m_selectAfterSearch = 0; // a group just created: select it when it is listed
    bool m_loaded = false;
};

} // namespace Sspr::Gui
