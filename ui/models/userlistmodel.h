#pragma once

#include "userfilter.h"

#include <QAbstractTableModel>
#include <QList>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Gui {

// The user browser's rows: fetched a page at a time by keyset (never all rows), in the filter's order. rowCount()
// is what has been fetched; the total comes from COUNT(*) (UserCounter), never from here.
class UserListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserListModel)

public:
    enum Column { NameColumn, UpnColumn, DepartmentColumn, CountryColumn, MethodsColumn, StatusColumn, ColumnCount };
    enum Role { UidRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 100;

    explicit UserListModel(Store::Database &db, QObject *parent = nullptr);

    void setFilter(const Store::UserFilter &filter);
    const Store::UserFilter &filter() const { return m_filter; }
    qint64 uidAt(int row) const;
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void errorOccurred(const QString &message);

private:
    Store::Database &m_db;
    Store::UserFilter m_filter;
    QList<Store::UserRow> m_rows;
    bool m_more = false;
    bool m_fetching = false; // views and testers may call fetchMore() from inside our own row signals
};

} // namespace Sspr::Gui
