#pragma once

#include "auditlog.h"

#include <QAbstractTableModel>
#include <QList>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Gui {

// The audit log, newest first, fetched a page at a time by keyset (entries before the last id shown), filtered by
// text as AuditLog::list matches it.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column {
        TimeColumn,
        ActorColumn,
        SourceColumn,
        ActionColumn,
        TargetColumn,
        SettingColumn,
        OldColumn,
        NewColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit AuditLogModel(Store::Database &db, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void reload();
    const Store::AuditEntry &entry(int row) const { return m_rows.at(row); }
    QString lastError() const { return m_error; }

    // Every entry that matches the filter, newest first (not only the fetched rows), for the CSV export.
    Core::Result<QList<Store::AuditEntry>> allMatching() const;
    static QStringList csvHeader();
    static QStringList csvRecord(const Store::AuditEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);

private:
    Store::Database &m_db;
    QString m_text;
    QList<Store::AuditEntry> m_rows;
    QString m_error;
    bool m_more = false;
    bool m_fetching = false;
};

} // namespace Sspr::Gui
