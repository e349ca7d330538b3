#pragma once

#include "tenantsummary.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Sspr::Store {
class Database;
}

namespace Sspr::Gui {

// The console's shell: portal-like navigation on the left, the page on the right, the profile in the header.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page {
        Properties,
        AuthenticationMethods,
        Registration,
        Notifications,
        Customization,
        OnPremisesIntegration,
        AdministratorPolicy,
        AuditLog,
        Users,
        Groups,
        AuthenticatorQr,
        Import,
    };
    Q_ENUM(Page)

    explicit MainWindow(Store::Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    QWidget *pageWidget(Page page) const;
    static QString pageTitle(Page page);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildHeader();
    void buildMenus();
    QWidget *createPage(Page page);
    void refreshSummary();
    void showSettings();
    void showAbout();

    Store::Database &m_db;
    Services::TenantSummary m_summary;
    QTreeWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_tenantLabel = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QHash<int, QTreeWidgetItem *> m_items;
    QHash<int, QWidget *> m_pages;
};

} // namespace Sspr::Gui
