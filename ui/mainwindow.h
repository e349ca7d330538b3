#pragma once

#include "tenantsummary.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTimer;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {
class GraphSession;
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
        Outbox,
    };
    Q_ENUM(Page)

    explicit MainWindow(Store::Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Services::GraphSession *graphSession() const { return m_session; }

    void showPage(Page page);
    Page currentPage() const;
    QWidget *pageWidget(Page page) const;
    static QString pageTitle(Page page);
    // The profile the person chose to switch to (File > Switch profile, or a new connection); empty when the window
    // closed for another reason. main() reopens the console on it.
    QString requestedProfile() const { return m_requestedProfile; }

Q_SIGNALS:
    void profileSwitchRequested(const QString &profile);

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
    void fillProfileMenu();
    void switchToProfile(const QString &profile);
    void connectToTenant();
    void startGraphSession();
    void updateSessionState();
    void afterSync();
    void signOut();

    Store::Database &m_db;
    Services::TenantSummary m_summary;
    QTreeWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_tenantLabel = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QHash<int, QTreeWidgetItem *> m_items;
    QHash<int, QWidget *> m_pages;
    QMenu *m_profileMenu = nullptr;
    QString m_requestedProfile;
    Services::GraphSession *m_session = nullptr;
    QLabel *m_syncLabel = nullptr;
    QProgressBar *m_syncBar = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_outboxTimer = nullptr;
    QTimer *m_syncTimer = nullptr;
    QString m_sessionMessage;
};

} // namespace Sspr::Gui
