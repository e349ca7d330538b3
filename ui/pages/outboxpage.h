#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace Sspr::Store {
class Database;
}

namespace Sspr::Gui {

class OutboxModel;

// Outbox: the changes made in this Graph profile on their way to the tenant. Waiting, sending, done, failed (with
// Graph's reason, readable) and conflicts (both values shown); Retry and Discard per item; "Send now" runs the worker.
class OutboxPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxPage)

public:
    explicit OutboxPage(Store::Database &db, QWidget *parent = nullptr);

    OutboxModel *model() const { return m_model; }
    // How "Send now" reaches the worker (the main window owns the Graph connection); unset: the button is hidden.
    void setSender(std::function<void()> send);
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateSelection();
    void updateSummary();
    void retrySelected();
    void discardSelected();
    void retryAllFailed();

    Store::Database &m_db;
    OutboxModel *m_model = nullptr;
    std::function<void()> m_send;
    QComboBox *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_sendNow = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_retryAll = nullptr;
    QPushButton *m_discard = nullptr;
    QStackedWidget *m_views = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QTextBrowser *m_detail = nullptr;
};

} // namespace Sspr::Gui
