#include "importplanmodel.h"

#include "notecolors.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Sspr::Gui {

using Services::ImportAction;
using Services::ImportDecision;
using Services::ImportPlan;
using Services::ImportPlanItem;
using Services::ImportRowClass;
using namespace Qt::StringLiterals;

ImportPlanModel::ImportPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportPlanModel::setPlan(std::shared_ptr<ImportPlan> plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    refilter();
    endResetModel();
}

void ImportPlanModel::setFilter(const QList<ImportRowClass> &classes, const QString &text)
{
    beginResetModel();
    m_classes = classes;
    m_text = text.trimmed();
    refilter();
    endResetModel();
}

void ImportPlanModel::refilter()
{
    m_rows.clear();
    if (!m_plan)
        return;
    const auto &items = m_plan->items;
    m_rows.reserve(items.size());
    for (int i = 0; i < items.size(); ++i) {
        const ImportPlanItem &item = items.at(i);
        if (!m_classes.isEmpty() && !m_classes.contains(item.rowClass))
            continue;
        if (!m_text.isEmpty() && !item.upn.contains(m_text, Qt::CaseInsensitive)
            && !item.typed.contains(m_text, Qt::CaseInsensitive) && !item.value.contains(m_text, Qt::CaseInsensitive)
            && !item.message.contains(m_text, Qt::CaseInsensitive))
            continue;
        m_rows.append(i);
    }
}

void ImportPlanModel::decisionsChanged()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, DecisionColumn), index(int(m_rows.size()) - 1, DecisionColumn));
}

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ImportPlanModel::isDecidable(const ImportPlanItem &item) const
{
    return m_plan && m_plan->options.existing == Services::ExistingPolicy::Ask && item.action == ImportAction::Update
        && !m_plan->isBlocked(item);
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || !m_plan)
        return {};
    const int itemIndex = m_rows.at(index.row());
    const ImportPlanItem &item = m_plan->items.at(itemIndex);
    const bool blocked = m_plan->isBlocked(item);
    if (role == ClassRole)
        return int(item.rowClass);
    if (role == ItemIndexRole)
        return itemIndex;

    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LineColumn:
            return QLocale().toString(item.line);
        case UserColumn:
            return item.upn.isEmpty() ? tr("(none)") : item.upn;
        case TypeColumn:
            return item.hasType ? Core::methodTypeDisplayName(item.type) : QString();
        case ValueColumn:
            if (role == Qt::ToolTipRole && !item.value.isEmpty() && item.value != item.typed)
                return tr("In the file: %1\nSaved as: %2").arg(item.typed, item.value);
            return item.value.isEmpty() ? item.typed : item.value;
        case PreviousColumn:
            return item.oldValue;
        case ClassColumn:
            return ImportPlan::classDisplayName(item.rowClass, m_plan->options.kind);
        case DecisionColumn:
            switch (item.decision) {
            case ImportDecision::Apply:
                return item.action == ImportAction::Update ? tr("Replace") : tr("Add");
            case ImportDecision::Undecided:
                if (role == Qt::ToolTipRole)
                    return tr("Tick to replace the registered value, leave unticked to keep it.");
                return tr("Replace?");
            case ImportDecision::Skip:
                break;
            }
            if (item.rowClass == ImportRowClass::AlreadySet)
                return tr("No change");
            return blocked ? tr("Not imported") : tr("Keep");
        case DetailsColumn:
            if (!item.message.isEmpty())
                return item.message;
            if (item.action == ImportAction::Update)
                return tr("Replaces %1.").arg(item.oldValue);
            if (item.action == ImportAction::Add)
                return tr("Adds the %1 %2.").arg(Core::methodTypeDisplayName(item.type), item.value);
            return {};
        default:
            break;
        }
        return {};
    }
    if (role == Qt::CheckStateRole && index.column() == DecisionColumn && isDecidable(item))
        return item.decision == ImportDecision::Apply ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole) {
        const QPalette palette = QGuiApplication::palette();
        if (blocked && (index.column() == ClassColumn || index.column() == DetailsColumn))
            return NoteColors::error(palette);
        if (item.rowClass == ImportRowClass::SharedNumber && index.column() == ClassColumn)
            return NoteColors::warning(palette);
        if (item.decision == ImportDecision::Undecided && index.column() == DecisionColumn)
            return NoteColors::warning(palette);
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::AccessibleTextRole && index.column() == ClassColumn) {
        return tr("Line %1, %2: %3")
            .arg(item.line)
            .arg(item.upn, ImportPlan::classDisplayName(item.rowClass, m_plan->options.kind));
    }
    return {};
}

bool ImportPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || !m_plan
        || role != Qt::CheckStateRole || index.column() != DecisionColumn)
        return false;
    const int itemIndex = m_rows.at(index.row());
    if (!isDecidable(m_plan->items.at(itemIndex)))
        return false;
    const bool replace = value.value<Qt::CheckState>() == Qt::Checked;
    m_plan->decide(itemIndex, replace ? ImportDecision::Apply : ImportDecision::Skip);
    emit dataChanged(index, index, {Qt::CheckStateRole, Qt::DisplayRole, Qt::ForegroundRole});
    emit decisionEdited();
    return true;
}

Qt::ItemFlags ImportPlanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || !m_plan)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == DecisionColumn && isDecidable(m_plan->items.at(m_rows.at(index.row()))))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case PreviousColumn:
        return tr("Registered now");
    case ClassColumn:
        return tr("Check");
    case DecisionColumn:
        return tr("Decision");
    case DetailsColumn:
        return tr("Details");
    default:
        break;
    }
    return {};
}

} // namespace Sspr::Gui
