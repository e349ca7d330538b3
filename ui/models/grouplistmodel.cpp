#include "grouplistmodel.h"

#include <QLocale>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

GroupListModel::GroupListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void GroupListModel::setRows(const QList<Store::GroupRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const Store::GroupRow *GroupListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int GroupListModel::rowOf(qint64 gid) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).gid == gid)
            return int(i);
    }
    return -1;
}

int GroupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::GroupRow &row = m_rows.at(index.row());
    switch (role) {
    case GidRole:
        return row.gid;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return row.displayName;
        case MembersColumn:
            if (role == Qt::ToolTipRole)
                return tr("%Ln direct member(s); select the group to count those of nested groups too", nullptr,
                    int(qMin<qint64>(row.directMembers, INT_MAX)));
            return QLocale().toString(row.directMembers);
        case NicknameColumn:
            return row.mailNickname;
        case DescriptionColumn:
            return row.description;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn)
            return tr("%1, %Ln direct member(s)", nullptr, int(qMin<qint64>(row.directMembers, INT_MAX)))
                .arg(row.displayName);
        break;
    default:
        break;
    }
    return {};
}

QVariant GroupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case MembersColumn:
        return tr("Direct members");
    case NicknameColumn:
        return tr("Mail nickname");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

} // namespace Sspr::Gui
