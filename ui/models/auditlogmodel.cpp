#include "auditlogmodel.h"

#include "database.h"
#include "settinglabels.h"

#include <QLocale>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

namespace {
// Entries whose setting is a policy key: shown with the portal's label (the key stays in the tooltip and export).
bool isPolicyChange(const Store::AuditEntry &e)
{
    return e.action == u"policy.update"_s || e.action == u"authMethodsPolicy.update"_s;
}
} // namespace

AuditLogModel::AuditLogModel(Store::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

void AuditLogModel::setFilterText(const QString &text)
{
    m_text = text;
    reload();
}

void AuditLogModel::reload()
{
    m_fetching = true; // views and testers may call fetchMore() from inside the reset's signals
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    auto page = Store::AuditLog(m_db).list(m_text, kPageSize);
    if (page) {
        m_rows = page.value();
        m_more = m_rows.size() == kPageSize;
    } else {
        m_error = page.errorMessage();
        m_more = false;
    }
    endResetModel();
    m_fetching = false;
    if (!m_error.isEmpty())
        emit errorOccurred(m_error);
}

Core::Result<QList<Store::AuditEntry>> AuditLogModel::allMatching() const
{
    QList<Store::AuditEntry> out;
    qint64 before = 0;
    Store::AuditLog log(m_db);
    for (;;) {
        auto page = log.list(m_text, 5000, before);
        if (!page)
            return page.error();
        out.append(page.value());
        if (page->size() < 5000)
            break;
        before = page->constLast().id;
    }
    return out;
}

QStringList AuditLogModel::csvHeader()
{
    return {u"when"_s, u"actor"_s, u"source"_s, u"action"_s, u"target"_s, u"setting"_s, u"old"_s, u"new"_s};
}

QStringList AuditLogModel::csvRecord(const Store::AuditEntry &e)
{
    return {
        e.at.toUTC().toString(Qt::ISODate), e.actor, e.source, e.action, e.target, e.setting, e.oldValue, e.newValue};
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::AuditEntry &e = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return role == Qt::ToolTipRole ? e.at.toUTC().toString(Qt::ISODateWithMs)
                                           : QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case ActorColumn:
            return e.actor;
        case SourceColumn:
            return e.source;
        case ActionColumn:
            return e.action;
        case TargetColumn:
            return e.target;
        case SettingColumn:
            return isPolicyChange(e) && role == Qt::DisplayRole ? SettingLabels::label(e.setting) : e.setting;
        case OldColumn:
            return isPolicyChange(e) ? SettingLabels::value(e.setting, e.oldValue) : e.oldValue;
        case NewColumn:
            return isPolicyChange(e) ? SettingLabels::value(e.setting, e.newValue) : e.newValue;
        default:
            break;
        }
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case SourceColumn:
        return tr("Source");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case SettingColumn:
        return tr("Setting");
    case OldColumn:
        return tr("Old value");
    case NewColumn:
        return tr("New value");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_fetching || m_rows.isEmpty())
        return;
    m_fetching = true;
    auto page = Store::AuditLog(m_db).list(m_text, kPageSize, m_rows.constLast().id);
    if (!page) {
        m_more = false;
        m_fetching = false;
        m_error = page.errorMessage();
        emit errorOccurred(m_error);
        return;
    }
    m_more = page->size() == kPageSize;
    if (!page->isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page->size()) - 1);
        m_rows.append(page.value());
        endInsertRows();
    }
    m_fetching = false;
}

} // namespace Sspr::Gui
