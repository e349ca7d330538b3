#pragma once

#include "groupdirectory.h"

#include <QAbstractTableModel>
#include <QList>

namespace Sspr::Gui {

// The Groups page's search results: at most a few hundred rows a search returns, shown as they are (name order,
// names starting with the text first). The direct member count is part of each row.
class GroupListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupListModel)

public:
    enum Column { NameColumn, MembersColumn, NicknameColumn, DescriptionColumn, ColumnCount };
    enum Role { GidRole = Qt::UserRole + 1 };

    explicit GroupListModel(QObject *parent = nullptr);

    void setRows(const QList<Store::GroupRow> &rows);
    const Store::GroupRow *rowAt(int row) const;
    int rowOf(qint64 gid) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Store::GroupRow> m_rows;
};

} // namespace Sspr::Gui
