#pragma once

#include "result.h"

#include "auditlog.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Sspr::Store {
class Database;
}

namespace Sspr::Gui {

class AuditLogModel;

// Password reset > Audit log: every change made through the console (when, who, what, old, new), newest first,
// with a filter and a CSV export.
class AuditLogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogPage)

public:
    explicit AuditLogPage(Store::Database &db, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    void reload();
    // Writes the entries that match the filter to `path`; "Export CSV…" asks for the path and calls this.
    Core::Status exportCsv(const QString &path);
    // "Revert" on the selected entry: whyNot answers "" when it can be reverted (else the reason, shown as the
    // button's tooltip); revert stages the reverse change. Unset: the button is hidden.
    void setReverter(std::function<QString(const Store::AuditEntry &)> whyNot,
        std::function<void(const Store::AuditEntry &)> revert);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateEmptyState();
    void exportWithDialog();
    void updateRevert();

    Store::Database &m_db;
    AuditLogModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_revert = nullptr;
    std::function<QString(const Store::AuditEntry &)> m_whyNot;
    std::function<void(const Store::AuditEntry &)> m_revertEntry;
    QStackedWidget *m_views = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_sized = false;
};

} // namespace Sspr::Gui
