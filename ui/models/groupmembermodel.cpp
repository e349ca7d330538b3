#include "groupmembermodel.h"

#include "grouploader.h"

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

GroupMemberModel::GroupMemberModel(GroupLoader *loader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(loader)
{
    connect(m_loader, &GroupLoader::membersFinished, this, &GroupMemberModel::pageArrived);
}

void GroupMemberModel::setGroup(qint64 gid)
{
    beginResetModel();
    m_gid = gid;
    m_rows.clear();
    m_more = false;
    m_loaded = false;
    m_pending = gid > 0 ? m_loader->fetchMembers(gid, true, 0, kPageSize) : 0;
    endResetModel();
}

void GroupMemberModel::pageArrived(int ticket, const QList<Store::GroupMember> &members, const QString &error)
{
    if (ticket != m_pending)
        return; // an answer for a group no longer shown
    m_pending = 0;
    const bool first = !m_loaded;
    m_loaded = true;
    if (!error.isEmpty()) {
        m_more = false;
        emit errorOccurred(error);
        if (first)
            emit firstPageLoaded();
        return;
    }
    // Views and model testers may ask for more from inside the insert signals: nothing more until the rows are in.
    m_more = false;
    if (!members.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + members.size() - 1));
        m_rows.append(members);
        endInsertRows();
    }
    m_more = members.size() == kPageSize;
    if (first)
        emit firstPageLoaded();
}

qint64 GroupMemberModel::uidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).uid : 0;
}

int GroupMemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupMemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::GroupMember &m = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return m.displayName;
        case UpnColumn:
            return m.userPrincipalName;
        case MembershipColumn:
            return m.direct ? tr("Direct") : tr("Through a nested group");
        }
    }
    if (role == Qt::AccessibleTextRole && index.column() == NameColumn)
        return m.displayName + u", "_s + m.userPrincipalName;
    return {};
}

QVariant GroupMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UpnColumn:
        return tr("User principal name");
    case MembershipColumn:
        return tr("Membership");
    }
    return {};
}

bool GroupMemberModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && m_pending == 0;
}

void GroupMemberModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    m_pending = m_loader->fetchMembers(m_gid, true, m_rows.constLast().uid, kPageSize);
}

} // namespace Sspr::Gui
