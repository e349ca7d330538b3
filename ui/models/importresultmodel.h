#pragma once

#include "importjournal.h"

#include <QAbstractTableModel>
#include <QList>

namespace Sspr::Gui {

// The rows of a finished (or stopped) import run as the report has them: line, user, method, value, outcome,
// message. The result page shows the rows that did not succeed.
class ImportResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportResultModel)

public:
    enum Column { LineColumn, UserColumn, TypeColumn, ValueColumn, OutcomeColumn, MessageColumn, ColumnCount };

    explicit ImportResultModel(QObject *parent = nullptr);

    void setRows(QList<Store::ImportRowRecord> rows);
    const QList<Store::ImportRowRecord> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Store::ImportRowRecord> m_rows;
};

} // namespace Sspr::Gui
