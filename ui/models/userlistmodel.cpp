#include "userlistmodel.h"

#include "authmethod.h"
#include "database.h"
#include "userdirectory.h"

#include <QLocale>
#include <QScopeGuard>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

UserListModel::UserListModel(Store::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void UserListModel::setFilter(const Store::UserFilter &filter)
{
    m_filter = filter;
    reload();
}

void UserListModel::reload()
{
    auto page = Store::UserDirectory(m_db).page(m_filter, {}, kPageSize);
    // Listeners of modelReset (views, QAbstractItemModelTester) may ask for more rows before the reset is over:
    // treat that as a fetch in progress.
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    beginResetModel();
    if (page) {
        m_rows = page.value();
        m_more = m_rows.size() == kPageSize;
    } else {
        m_rows.clear();
        m_more = false;
    }
    endResetModel();
    if (!page)
        emit errorOccurred(page.errorMessage());
}

qint64 UserListModel::uidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).uid : 0;
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Store::UserRow &row = m_rows.at(index.row());
    if (role == UidRole)
        return row.uid;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return row.displayName;
        case UpnColumn:
            return row.userPrincipalName;
        case DepartmentColumn:
            return row.department;
        case CountryColumn:
            return row.country;
        case MethodsColumn: {
            int count = 0;
            for (int bit = 0; bit < 16; ++bit)
                count += (row.methodMask >> bit) & 1;
            if (role == Qt::ToolTipRole) {
                QStringList names;
                for (int t = 0; t <= int(Core::MethodType::Password); ++t) {
                    if (row.methodMask & (1 << t))
                        names << Core::methodTypeDisplayName(static_cast<Core::MethodType>(t));
                }
                return names.isEmpty() ? tr("No usable method registered") : names.join(u", "_s);
            }
            return count == 0 ? tr("None") : QLocale().toString(count);
        }
        case StatusColumn: {
            QStringList parts;
            if (!row.accountEnabled)
                parts << tr("Disabled");
            if (!row.adminRoles.isEmpty())
                parts << (role == Qt::ToolTipRole ? row.adminRoles.split(u'\n').join(u", "_s) : tr("Admin"));
            return parts.join(u" · "_s);
        }
        }
    }
    if (role == Qt::AccessibleTextRole && index.column() == NameColumn)
        return row.displayName + u", "_s + row.userPrincipalName;
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UpnColumn:
        return tr("User principal name");
    case DepartmentColumn:
        return tr("Department");
    case CountryColumn:
        return tr("Country");
    case MethodsColumn:
        return tr("Methods");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

bool UserListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void UserListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_rows.isEmpty() || m_fetching)
        return;
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    const Store::UserCursor cursor = Store::UserDirectory::cursorAfter(m_filter, m_rows.constLast());
    auto page = Store::UserDirectory(m_db).page(m_filter, cursor, kPageSize);
    if (!page) {
        m_more = false;
        emit errorOccurred(page.errorMessage());
        return;
    }
    m_more = page->size() == kPageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

void UserListModel::sort(int column, Qt::SortOrder order)
{
    Store::UserFilter filter = m_filter;
    switch (column) {
    case NameColumn:
        filter.sortColumn = Store::UserFilter::SortColumn::DisplayName;
        break;
    case UpnColumn:
        filter.sortColumn = Store::UserFilter::SortColumn::UserPrincipalName;
        break;
    case DepartmentColumn:
        filter.sortColumn = Store::UserFilter::SortColumn::Department;
        break;
    case CountryColumn:
        filter.sortColumn = Store::UserFilter::SortColumn::Country;
        break;
    default:
        return; // derived columns are not sortable at this scale
    }
    filter.descending = order == Qt::DescendingOrder;
    if (filter == m_filter)
        return;
    setFilter(filter);
}

} // namespace Sspr::Gui
