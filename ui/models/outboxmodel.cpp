#include "outboxmodel.h"

#include "notecolors.h"
#include "outboxchange.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

OutboxModel::OutboxModel(Store::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

void OutboxModel::setStates(const QStringList &states)
{
    m_states = states;
    reload();
}

void OutboxModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    auto page = Store::OutboxRepository(m_db).list(m_states, kPageSize, 0);
    if (page) {
        m_rows = page.value();
        m_atEnd = m_rows.size() < kPageSize;
    } else {
        m_error = page.errorMessage();
        m_atEnd = true;
    }
    endResetModel();
}

QString OutboxModel::stateLabel(const QString &state)
{
    if (state == u"pending")
        return tr("Waiting to be sent");
    if (state == u"sending")
        return tr("Sending");
    if (state == u"done")
        return tr("Done");
    if (state == u"failed")
        return tr("Failed");
    if (state == u"conflict")
        return tr("Conflict");
    if (state == u"discarded")
        return tr("Discarded");
    return state;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::OutboxItem &item = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case IdColumn:
            return item.id;
        case CreatedColumn:
            return QLocale().toString(item.createdAt.toLocalTime(), QLocale::ShortFormat);
        case ChangeColumn:
            return Sync::OutboxChange::describe(item);
        case StateColumn:
            return stateLabel(item.state);
        case AttemptsColumn:
            return item.attempts;
        case ReasonColumn:
            return item.lastError;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        const QPalette palette = QGuiApplication::palette();
        if (item.state == u"failed")
            return NoteColors::error(palette);
        if (item.state == u"conflict")
            return NoteColors::warning(palette);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == IdColumn || index.column() == AttemptsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#");
    case CreatedColumn:
        return tr("Made");
    case ChangeColumn:
        return tr("Change");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

bool OutboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void OutboxModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    auto page = Store::OutboxRepository(m_db).list(m_states, kPageSize, m_rows.constLast().id);
    if (!page) {
        m_error = page.errorMessage();
        m_atEnd = true;
        return;
    }
    m_atEnd = page.value().size() < kPageSize;
    if (page.value().isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.value().size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

} // namespace Sspr::Gui
