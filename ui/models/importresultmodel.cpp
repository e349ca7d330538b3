#include "importresultmodel.h"

#include "importplan.h"
#include "importreport.h"
#include "notecolors.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

ImportResultModel::ImportResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportResultModel::setRows(QList<Store::ImportRowRecord> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ImportResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::ImportRowRecord &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QStringList fields = Services::ImportReport::fields(row, false);
        switch (index.column()) {
        case LineColumn:
            return QLocale().toString(row.line);
        case UserColumn:
            return row.upn;
        case TypeColumn:
            return fields.at(2);
        case ValueColumn:
            return fields.at(3);
        case OutcomeColumn: {
            // A row that failed its check says which check; one the store refused just "Failed".
            const auto rowClass = Services::ImportPlan::classFromKey(row.rowClass);
            if (fields.at(5) == u"failed" && rowClass && *rowClass != Services::ImportRowClass::WillAdd
                && *rowClass != Services::ImportRowClass::WillUpdate) {
                return Services::ImportPlan::classDisplayName(*rowClass,
                    row.methodType == u"email" ? Services::ImportKind::Emails : Services::ImportKind::Phones);
            }
            return Services::ImportReport::outcomeDisplayName(fields.at(5));
        }
        case MessageColumn:
            return fields.at(6);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn) {
        const QString key = Services::ImportReport::outcomeKey(row, false);
        if (key == u"failed")
            return NoteColors::error(QGuiApplication::palette());
        if (key == u"cancelled" || key == u"pending")
            return NoteColors::warning(QGuiApplication::palette());
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case UserColumn:
        return tr("User");
    case TypeColumn:
        return tr("Method");
    case ValueColumn:
        return tr("Value");
    case OutcomeColumn:
        return tr("Outcome");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Sspr::Gui
