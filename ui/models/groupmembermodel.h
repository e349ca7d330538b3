#pragma once

#include "groupdirectory.h"

#include <QAbstractTableModel>
#include <QList>

namespace Sspr::Gui {

class GroupLoader;

// The members of one group, nested groups included, fetched a page at a time as the view scrolls (keyset on uid,
// asynchronously through GroupLoader): canFetchMore() is "more rows exist and no page is on its way".
class GroupMemberModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupMemberModel)

public:
    enum Column { NameColumn, UpnColumn, MembershipColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit GroupMemberModel(GroupLoader *loader, QObject *parent = nullptr);

    // Shows the members of gid (none for gid <= 0) and asks for the first page.
    void setGroup(qint64 gid);
    qint64 group() const { return m_gid; }
    bool isLoading() const { return m_pending != 0; }
    bool hasLoaded() const { return m_loaded; } // the first page has arrived
    qint64 uidAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void firstPageLoaded();
    void errorOccurred(const QString &message);

private:
    void pageArrived(int ticket, const QList<Store::GroupMember> &members, const QString &error);

    GroupLoader *m_loader = nullptr;
    qint64 m_gid = 0;
    QList<Store::GroupMember> m_rows;
    int m_pending = 0; // ticket of the page on its way, 0 when none
    bool m_more = false;
    bool m_loaded = false;
};

} // namespace Sspr::Gui
