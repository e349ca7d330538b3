#pragma once

#include "importplan.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace Sspr::Gui {

// The import preview: the plan's rows (one per value of a record) with their class, filtered by class and text.
// rowCount() is the filtered count; the per-class counts come from the plan. In "ask" mode the Decision column of
// an update row is checkable (replace the registered value, or keep it).
class ImportPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPlanModel)

public:
    enum Column {
        LineColumn,
        UserColumn,
        TypeColumn,
        ValueColumn,
        PreviousColumn,
        ClassColumn,
        DecisionColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role {
        ClassRole = Qt::UserRole + 1, // the row's ImportRowClass as int
        ItemIndexRole, // index of the row in the plan
    };

    explicit ImportPlanModel(QObject *parent = nullptr);

    void setPlan(std::shared_ptr<Services::ImportPlan> plan);
    std::shared_ptr<Services::ImportPlan> plan() const { return m_plan; }
    // Shows the rows of these classes (all when empty) whose user, value or message contains `text`.
    void setFilter(const QList<Services::ImportRowClass> &classes, const QString &text);
    // The plan's decisions changed (policy, shared numbers, decide all): refreshes the decision column.
    void decisionsChanged();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A row's decision was changed by hand (the counts of rows to apply change).
    void decisionEdited();

private:
    void refilter();
    bool isDecidable(const Services::ImportPlanItem &item) const;

    std::shared_ptr<Services::ImportPlan> m_plan;
    QList<Services::ImportRowClass> m_classes;
    QString m_text;
    QList<int> m_rows; // plan item indexes shown, in file order
};

} // namespace Sspr::Gui
