#pragma once

#include "outboxrepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Gui {

// The outbox as a table: every change bound for the tenant, oldest first, fetched a page at a time by id, optionally
// only some states (e.g. "needs attention": failed and conflict).
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxModel)

public:
    enum Column { IdColumn, CreatedColumn, ChangeColumn, StateColumn, AttemptsColumn, ReasonColumn, ColumnCount };
    static constexpr int kPageSize = 500;

    explicit OutboxModel(Store::Database &db, QObject *parent = nullptr);

    void setStates(const QStringList &states);
    void reload();
    const Store::OutboxItem &item(int row) const { return m_rows.at(row); }
    QString lastError() const { return m_error; }
    static QString stateLabel(const QString &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Store::Database &m_db;
    QStringList m_states;
    QList<Store::OutboxItem> m_rows;
    bool m_atEnd = true;
    QString m_error;
};

} // namespace Sspr::Gui
