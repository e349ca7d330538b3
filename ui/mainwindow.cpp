#include "mainwindow.h"

#include "appsettings.h"
#include "database.h"
#include "dialogs/settingsdialog.h"
#include "pages/adminpolicypage.h"
#include "pages/auditlogpage.h"
#include "pages/authenticatorqrpage.h"
#include "pages/authmethodspage.h"
#include "pages/bladepage.h"
#include "pages/customizationpage.h"
#include "pages/groupspage.h"
#include "pages/importpage.h"
#include "pages/notificationspage.h"
#include "pages/onpremisespage.h"
#include "pages/placeholderpage.h"
#include "pages/propertiespage.h"
#include "pages/registrationpage.h"
#include "pages/userspage.h"
#include "policyeditor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

namespace {
constexpr int kPageRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(Store::Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
{
    setObjectName(u"mainWindow"_s);
    auto summary = Services::TenantSummary::read(m_db);
    if (summary)
        m_summary = summary.value();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    buildHeader();
    layout->addWidget(findChild<QWidget *>(u"headerBar"_s));

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->setChildrenCollapsible(false);
    m_navigation = new QTreeWidget(splitter);
    m_stack = new QStackedWidget(splitter);
    m_stack->setObjectName(u"pageStack"_s);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    buildNavigation();
    buildMenus();

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"storeStatusLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);
    refreshSummary();

    setWindowTitle(tr("SSPR Console — %1").arg(m_summary.name.isEmpty() ? tr("no tenant") : m_summary.name));
    setWindowIcon(QIcon(u":/icons/ssprconsole.svg"_s));
    resize(1180, 760);
    Services::AppSettings appSettings;
    QSettings &settings = appSettings.store();
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    splitter->setSizes({240, 940});
    splitter->restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray());

    showPage(Page::Properties);
    m_navigation->setFocus();
}

MainWindow::~MainWindow() = default;

QString MainWindow::pageTitle(Page page)
{
    switch (page) {
    case Page::Properties:
        return tr("Properties");
    case Page::AuthenticationMethods:
        return tr("Authentication methods");
    case Page::Registration:
        return tr("Registration");
    case Page::Notifications:
        return tr("Notifications");
    case Page::Customization:
        return tr("Customization");
    case Page::OnPremisesIntegration:
        return tr("On-premises integration");
    case Page::AdministratorPolicy:
        return tr("Administrator policy");
    case Page::AuditLog:
        return tr("Audit log");
    case Page::Users:
        return tr("Users");
    case Page::Groups:
        return tr("Groups");
    case Page::AuthenticatorQr:
        return tr("Authenticator QR");
    case Page::Import:
        return tr("Import");
    }
    return {};
}

void MainWindow::buildHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(u"headerBar"_s);
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::AlternateBase);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(12, 8, 12, 8);
    m_tenantLabel = new QLabel(header);
    m_tenantLabel->setObjectName(u"tenantLabel"_s);
    QFont font = m_tenantLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_tenantLabel->setFont(font);
    m_kindLabel = new QLabel(header);
    m_kindLabel->setObjectName(u"profileKindLabel"_s);
    m_kindLabel->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(m_tenantLabel);
    row->addSpacing(8);
    row->addWidget(m_kindLabel);
    row->addStretch(1);
}

void MainWindow::buildNavigation()
{
    m_navigation->setObjectName(u"navigationTree"_s);
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(true);
    m_navigation->setUniformRowHeights(true);
    m_navigation->setMinimumWidth(200);
    m_navigation->setFrameShape(QFrame::NoFrame);

    auto addItem = [this](QTreeWidgetItem *parent, Page page) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_navigation);
        item->setText(0, pageTitle(page));
        item->setData(0, kPageRole, static_cast<int>(page));
        m_items.insert(static_cast<int>(page), item);
        QWidget *widget = createPage(page);
        m_pages.insert(static_cast<int>(page), widget);
        m_stack->addWidget(widget);
        return item;
    };

    auto *passwordReset = new QTreeWidgetItem(m_navigation);
    passwordReset->setText(0, tr("Password reset"));
    passwordReset->setFlags(Qt::ItemIsEnabled);
    QFont bold = passwordReset->font(0);
    bold.setBold(true);
    passwordReset->setFont(0, bold);
    for (Page page : {Page::Properties, Page::AuthenticationMethods, Page::Registration, Page::Notifications,
                      Page::Customization, Page::OnPremisesIntegration, Page::AdministratorPolicy, Page::AuditLog})
        addItem(passwordReset, page);
    passwordReset->setExpanded(true);
    for (Page page : {Page::Users, Page::Groups, Page::AuthenticatorQr, Page::Import})
        addItem(nullptr, page);

    connect(m_navigation, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current, QTreeWidgetItem *previous) {
                if (!current)
                    return;
                const QVariant page = current->data(0, kPageRole);
                if (!page.isValid())
                    return;
                QWidget *next = m_pages.value(page.toInt());
                // A blade page with unsaved changes may ask first; Cancel keeps it (and its item) current.
                if (auto *leaving = qobject_cast<BladePage *>(m_stack->currentWidget());
                    leaving && leaving != next && !leaving->maybeLeave(next)) {
                    const QSignalBlocker blocker(m_navigation);
                    m_navigation->setCurrentItem(previous);
                    return;
                }
                m_stack->setCurrentWidget(next);
            });
}

QWidget *MainWindow::createPage(Page page)
{
    switch (page) {
    case Page::Properties:
        return new PropertiesPage(PolicyEditor::shared(m_db, this), m_stack);
    case Page::AuthenticationMethods:
        return new AuthMethodsPage(PolicyEditor::shared(m_db, this), m_stack);
    case Page::Registration:
        return new RegistrationPage(PolicyEditor::shared(m_db, this), m_stack);
    case Page::Notifications:
        return new NotificationsPage(PolicyEditor::shared(m_db, this), m_stack);
    case Page::Customization:
        return new CustomizationPage(PolicyEditor::shared(m_db, this), m_stack);
    case Page::OnPremisesIntegration:
        return new OnPremisesPage(PolicyEditor::shared(m_db, this), m_stack);
    case Page::AdministratorPolicy:
        return new AdminPolicyPage(PolicyEditor::shared(m_db, this), m_stack);
    case Page::AuditLog:
        return new AuditLogPage(m_db, m_stack);
    case Page::Users: {
        auto *users = new UsersPage(m_db, m_stack);
        users->setObjectName(u"pageUsers"_s);
        return users;
    }
    case Page::Groups: {
        auto *groups = new GroupsPage(m_db, m_stack);
        groups->setObjectName(u"pageGroups"_s);
        return groups;
    }
    case Page::AuthenticatorQr: {
        auto *qr = new AuthenticatorQrPage(m_db, m_stack);
        qr->setObjectName(u"pageAuthenticatorQr"_s);
        return qr;
    }
    case Page::Import: {
        auto *import = new ImportPage(m_db, m_stack);
        import->setObjectName(u"pageImport"_s);
        return import;
    }
    default:
        break;
    }
    // Pages arrive with their features; until then an honest frame with the title.
    auto *placeholder = new PlaceholderPage(pageTitle(page), m_stack);
    placeholder->setObjectName(u"page"_s + QString::fromLatin1(QMetaEnum::fromType<Page>().valueToKey(int(page))));
    return placeholder;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *preferences = file->addAction(tr("&Settings…"));
    preferences->setObjectName(u"settingsAction"_s);
    const QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    preferences->setShortcuts(
        preferenceKeys.isEmpty() ? QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::Key_Comma)} : preferenceKeys);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showSettings);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const Page order[] = {Page::Properties, Page::AuthenticationMethods, Page::Registration, Page::Notifications,
                          Page::Customization, Page::OnPremisesIntegration, Page::AdministratorPolicy,
                          Page::AuditLog, Page::Users, Page::Groups, Page::AuthenticatorQr, Page::Import};
    int n = 0;
    for (Page page : order) {
        QAction *action = go->addAction(pageTitle(page));
        if (n < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + n)));
        ++n;
        connect(action, &QAction::triggered, this, [this, page] {
            showPage(page);
            // Jumping to a page by shortcut puts the keyboard in the page (the Users page: its search field).
            if (QWidget *widget = pageWidget(page))
                widget->setFocus(Qt::ShortcutFocusReason);
        });
    }

    go->addSeparator();
    QAction *findUser = go->addAction(tr("&Find user…"));
    findUser->setObjectName(u"findUserAction"_s);
    findUser->setShortcut(QKeySequence::Find);
    connect(findUser, &QAction::triggered, this, [this] {
        showPage(Page::Users);
        if (QWidget *widget = pageWidget(Page::Users))
            widget->setFocus(Qt::ShortcutFocusReason);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About SSPR Console"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::refreshSummary()
{
    m_tenantLabel->setText(m_summary.name.isEmpty() ? tr("No tenant") : m_summary.name);
    m_kindLabel->setText(m_summary.isLocal ? tr("Local demo · %1").arg(m_summary.domain)
                                           : tr("Microsoft Graph · %1").arg(m_summary.domain));
    const QLocale locale;
    m_statusLabel->setText(tr("%1 users · %2 groups · %3")
                               .arg(locale.toString(m_summary.userCount), locale.toString(m_summary.groupCount),
                                    QDir::toNativeSeparators(m_db.path())));
}

void MainWindow::showPage(Page page)
{
    if (QTreeWidgetItem *item = m_items.value(static_cast<int>(page)))
        m_navigation->setCurrentItem(item);
}

MainWindow::Page MainWindow::currentPage() const
{
    const int key = m_pages.key(m_stack->currentWidget(), 0);
    return static_cast<Page>(key);
}

QWidget *MainWindow::pageWidget(Page page) const
{
    return m_pages.value(static_cast<int>(page));
}

void MainWindow::showSettings()
{
    Services::AppSettings settings;
    SettingsDialog dialog(settings, this);
    if (dialog.exec() == QDialog::Accepted && dialog.languageChanged())
        statusBar()->showMessage(tr("The new language takes effect when SSPR Console restarts."), 10000);
}

void MainWindow::showAbout()
{
    QSqlQuery query(m_db.connection());
    const QString sqlite
        = query.exec(u"SELECT sqlite_version()"_s) && query.next() ? query.value(0).toString() : tr("unknown");
    QMessageBox box(this);
    box.setObjectName(u"aboutBox"_s);
    box.setWindowTitle(tr("About SSPR Console"));
    box.setIconPixmap(QIcon(u":/icons/ssprconsole.svg"_s).pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>SSPR Console %1</h3>"
                   "<p>A native console for Microsoft Entra ID self-service password reset.</p>"
                   "<p>Copyright © 2026 the SSPR Console authors. Licensed under the MIT License.</p>")
                    .arg(QStringLiteral(SSPR_VERSION)));
    box.setInformativeText(tr("<p>Built with:</p><ul>"
                              "<li>Qt %1 (LGPL-3.0), running on Qt %2</li>"
                              "<li>SQLite %3 (public domain)</li>"
                              "<li>QtKeychain (BSD-3-Clause)</li>"
                              "<li>QR Code generator library by Project Nayuki (MIT)</li>"
                              "<li>libphonenumber by Google (Apache-2.0)</li></ul>")
                               .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()), sqlite));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (auto *blade = qobject_cast<BladePage *>(m_stack->currentWidget()); blade && !blade->maybeLeave(nullptr)) {
        event->ignore();
        return;
    }
    Services::AppSettings appSettings;
    QSettings &settings = appSettings.store();
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        settings.setValue(u"mainWindow/splitter"_s, splitter->saveState());
    event->accept();
}

} // namespace Sspr::Gui
