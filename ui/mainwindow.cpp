#include "mainwindow.h"

#include "appsettings.h"
#include "auditrevert.h"
#include "database.h"
#include "dialogs/connectdialog.h"
#include "dialogs/connectflow.h"
#include "dialogs/devicecodedialog.h"
#include "dialogs/settingsdialog.h"
#include "graphsession.h"
#include "outboxrepository.h"
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
#include "pages/outboxpage.h"
#include "pages/placeholderpage.h"
#include "pages/propertiespage.h"
#include "pages/registrationpage.h"
#include "pages/userspage.h"
#include "policyeditor.h"
#include "storelocator.h"
#include "tenantprofile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
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
    if (!m_summary.isLocal)
        startGraphSession();
}

MainWindow::~MainWindow()
{
    // Stop syncing and sending before the pages and the store go away.
    delete m_session;
}

void MainWindow::startGraphSession()
{
    auto profile = Services::TenantProfile::load(m_db);
    if (!profile) {
        m_syncLabel->setText(tr("This profile's connection settings cannot be read: %1").arg(profile.errorMessage()));
        m_syncLabel->show();
        return;
    }
    m_session = new Services::GraphSession(profile.value(), m_db, consoleSecrets(), this);
    connect(m_session, &Services::GraphSession::stateChanged, this, &MainWindow::updateSessionState);
    connect(m_session, &Services::GraphSession::signInFailed, this, [this](const QString &message) {
        m_sessionMessage = tr("Not signed in: %1").arg(message);
        updateSessionState();
    });
    connect(m_session, &Services::GraphSession::deviceCodeReady, this,
        [this](const QString &code, const QUrl &uri, int expiresIn) {
            auto *dialog = new DeviceCodeDialog(code, uri, expiresIn, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::rejected, m_session, &Services::GraphSession::cancel);
            connect(m_session, &Services::GraphSession::stateChanged, dialog,
                [dialog](Services::GraphSession::State state) {
                    if (state != Services::GraphSession::State::SigningIn)
                        dialog->accept();
                });
            dialog->open();
        });
    connect(m_session, &Services::GraphSession::authorizationUrlReady, this, [this](const QUrl &url) {
        m_sessionMessage = tr("Finish signing in in your browser…");
        updateSessionState();
        QDesktopServices::openUrl(url);
    });
    connect(m_session, &Services::GraphSession::syncProgress, this, [this](const Sync::SyncProgress &progress) {
        m_syncBar->setRange(0, progress.total > 0 ? 1000 : 0);
        if (progress.total > 0)
            m_syncBar->setValue(int(1000 * qMin(progress.done, progress.total) / progress.total));
        const QLocale locale;
        m_syncLabel->setText(progress.total > 0
                ? tr("Syncing %1: %2 of %3")
                      .arg(progress.phase, locale.toString(progress.done), locale.toString(progress.total))
                : tr("Syncing %1: %2").arg(progress.phase, locale.toString(progress.done)));
    });
    connect(m_session, &Services::GraphSession::syncFinished, this,
        [this](Sync::SyncEngine::Status status, const Sync::SyncSummary &summary) {
            const QLocale locale;
            switch (status) {
            case Sync::SyncEngine::Status::Completed:
                m_sessionMessage
                    = tr("Synced %1: %2 users and %3 groups changed")
                          .arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat),
                              locale.toString(summary.usersAdded + summary.usersUpdated + summary.usersRemoved),
                              locale.toString(summary.groupsAdded + summary.groupsUpdated + summary.groupsRemoved));
                if (!summary.notes.isEmpty())
                    m_sessionMessage += u" · "_s + summary.notes.join(u" · "_s);
                break;
            case Sync::SyncEngine::Status::Cancelled:
                m_sessionMessage = tr("Sync cancelled; the next sync continues where it stopped.");
                break;
            case Sync::SyncEngine::Status::Failed:
                m_sessionMessage = tr("Sync failed: %1").arg(summary.error);
                break;
            }
            afterSync();
            updateSessionState();
        });
    connect(m_session, &Services::GraphSession::outboxFinished, this, [this](bool ok, const QString &error) {
        if (!ok && !error.isEmpty())
            m_sessionMessage = tr("Sending changes stopped: %1").arg(error);
        if (auto *outbox = qobject_cast<OutboxPage *>(pageWidget(Page::Outbox)))
            outbox->reload();
        updateSessionState();
    });
    connect(m_session, &Services::GraphSession::temporaryAccessPassIssued, this,
        [this](qint64, const QString &upn, const QString &pass) {
            // Shown once, never stored: the dialog owns the only copy and it goes when the dialog closes.
            auto *dialog = new QDialog(this);
            dialog->setObjectName(u"tapIssuedDialog"_s);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("Temporary Access Pass"));
            auto *layout = new QVBoxLayout(dialog);
            auto *intro = new QLabel(tr("The Temporary Access Pass for %1. Give it to the user now: it is shown "
                                        "only this once and the console does not keep it.")
                                         .arg(upn),
                dialog);
            intro->setWordWrap(true);
            layout->addWidget(intro);
            auto *passLabel = new QLabel(pass, dialog);
            passLabel->setObjectName(u"tapPassLabel"_s);
            passLabel->setAccessibleName(tr("Temporary Access Pass"));
            QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            font.setPointSizeF(font.pointSizeF() * 2);
            font.setBold(true);
            passLabel->setFont(font);
            passLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            layout->addWidget(passLabel, 0, Qt::AlignHCenter);
            auto *box = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
            auto *copy = box->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
            connect(copy, &QPushButton::clicked, dialog, [pass] { QGuiApplication::clipboard()->setText(pass); });
            connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::close);
            layout->addWidget(box);
            dialog->open();
        });
    connect(m_syncButton, &QPushButton::clicked, this, [this] { m_session->sync(); });
    connect(m_cancelButton, &QPushButton::clicked, m_session, &Services::GraphSession::cancel);
    connect(m_signInButton, &QPushButton::clicked, this, [this] { m_session->signIn(true); });
    if (auto *outbox = qobject_cast<OutboxPage *>(pageWidget(Page::Outbox)))
        outbox->setSender([this] { m_session->sendOutbox(); });
    if (auto *users = qobject_cast<UsersPage *>(pageWidget(Page::Users)))
        users->setGraphSession(m_session);
    if (auto *qr = qobject_cast<AuthenticatorQrPage *>(pageWidget(Page::AuthenticatorQr)))
        qr->setGraphSession(m_session); // the pages exist before the session: hand it over now

    // Changes made on any page wait in the outbox; send them soon after, and keep trying while they wait.
    m_outboxTimer = new QTimer(this);
    m_outboxTimer->setInterval(3000);
    connect(m_outboxTimer, &QTimer::timeout, this, [this] {
        if (m_session->state() != Services::GraphSession::State::Ready)
            return;
        const auto counts = Store::OutboxRepository(m_db).counts();
        if (counts && counts.value().pending > 0)
            m_session->sendOutbox();
    });
    m_outboxTimer->start();
    const int minutes = Services::AppSettings().syncIntervalMinutes();
    if (minutes > 0) {
        m_syncTimer = new QTimer(this);
        m_syncTimer->setInterval(minutes * 60 * 1000);
        connect(m_syncTimer, &QTimer::timeout, this, [this] { m_session->sync(); });
        m_syncTimer->start();
    }
    updateSessionState();
    m_session->sync(); // signs in from the keychain first; the first sync of a new profile is a full one
}

void MainWindow::updateSessionState()
{
    if (!m_session)
        return;
    using State = Services::GraphSession::State;
    const State state = m_session->state();
    const bool busy = state == State::Syncing || state == State::Sending || state == State::SigningIn;
    m_syncLabel->show();
    m_syncBar->setVisible(busy);
    if (state != State::Syncing)
        m_syncBar->setRange(0, 0);
    m_cancelButton->setVisible(busy);
    m_syncButton->setVisible(true);
    m_syncButton->setEnabled(!busy);
    m_signInButton->setVisible(state == State::SignedOut);
    switch (state) {
    case State::SigningIn:
        if (m_sessionMessage.isEmpty() || !m_sessionMessage.startsWith(tr("Finish signing in")))
            m_syncLabel->setText(tr("Signing in…"));
        else
            m_syncLabel->setText(m_sessionMessage);
        break;
    case State::Syncing:
        m_syncLabel->setText(tr("Syncing…"));
        break;
    case State::Sending:
        m_syncLabel->setText(tr("Sending changes to the tenant…"));
        break;
    case State::SignedOut:
        m_syncLabel->setText(m_sessionMessage.isEmpty() ? tr("Not signed in") : m_sessionMessage);
        break;
    case State::Ready:
        m_syncLabel->setText(m_sessionMessage.isEmpty() ? tr("Signed in") : m_sessionMessage);
        break;
    }
    m_syncLabel->setToolTip(m_syncLabel->text());
}

void MainWindow::afterSync()
{
    if (auto summary = Services::TenantSummary::read(m_db); summary) {
        m_summary = summary.value();
        refreshSummary();
    }
    // Show the tenant as it is now, unless the person is in the middle of editing the policy.
    PolicyEditor *editor = PolicyEditor::shared(m_db, this);
    if (!editor->isDirty())
        editor->reload();
    if (auto *users = qobject_cast<UsersPage *>(pageWidget(Page::Users)))
        users->refresh();
}

void MainWindow::signOut()
{
    if (!m_session)
        return;
    if (QMessageBox::question(this, tr("Sign out"),
            tr("Sign out of %1? The sign-in tokens and secrets of this profile are removed from "
               "your keychain; its synced data stays on this computer.")
                .arg(m_session->profile().displayName))
        != QMessageBox::Yes)
        return;
    m_session->signOut();
    m_sessionMessage = tr("Signed out");
    updateSessionState();
}

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
    case Page::Outbox:
        return tr("Outbox");
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

    // Graph profiles: where the sync stands, with Sync now / Cancel / Sign in. Hidden for local profiles.
    m_syncLabel = new QLabel(header);
    m_syncLabel->setObjectName(u"syncStatusLabel"_s);
    m_syncLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_syncBar = new QProgressBar(header);
    m_syncBar->setObjectName(u"syncProgressBar"_s);
    m_syncBar->setAccessibleName(tr("Sync progress"));
    m_syncBar->setMaximumWidth(180);
    m_syncBar->setTextVisible(false);
    m_syncButton = new QPushButton(tr("S&ync now"), header);
    m_syncButton->setObjectName(u"syncNowButton"_s);
    m_syncButton->setToolTip(tr("Bring the users, groups and policy of this profile up to date with the tenant (F5)"));
    m_cancelButton = new QPushButton(tr("Cancel"), header);
    m_cancelButton->setObjectName(u"cancelSyncButton"_s);
    m_signInButton = new QPushButton(tr("Sign &in…"), header);
    m_signInButton->setObjectName(u"signInButton"_s);
    row->addWidget(m_syncLabel);
    row->addWidget(m_syncBar);
    row->addWidget(m_cancelButton);
    row->addWidget(m_signInButton);
    row->addWidget(m_syncButton);
    for (QWidget *w :
        {static_cast<QWidget *>(m_syncLabel), static_cast<QWidget *>(m_syncBar), static_cast<QWidget *>(m_syncButton),
            static_cast<QWidget *>(m_cancelButton), static_cast<QWidget *>(m_signInButton)})
        w->hide();
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
    // Only a Graph profile sends changes anywhere; a local one commits them straight to its store.
    if (!m_summary.isLocal)
        addItem(nullptr, Page::Outbox);

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
    case Page::AuditLog: {
        auto *log = new AuditLogPage(m_db, m_stack);
        log->setReverter(
            [this](const Store::AuditEntry &entry) {
                return AuditRevert(*PolicyEditor::shared(m_db, this)).whyNot(entry);
            },
            [this](const Store::AuditEntry &entry) {
                if (const Core::Status s = AuditRevert(*PolicyEditor::shared(m_db, this)).stage(entry); !s) {
                    QMessageBox::warning(this, tr("Revert"), s.errorMessage());
                    return;
                }
                showPage(Page(AuditRevert::pageFor(entry)));
                statusBar()->showMessage(tr("The old value is staged: review it and Save."), 10000);
            });
        return log;
    }
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
        qr->setGraphSession(m_session); // Graph profiles: offer to register keys in Entra ID
        return qr;
    }
    case Page::Import: {
        auto *import = new ImportPage(m_db, m_stack);
        import->setObjectName(u"pageImport"_s);
        return import;
    }
    case Page::Outbox:
        return new OutboxPage(m_db, m_stack);
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
    QAction *connectAction = file->addAction(tr("&Connect to a tenant…"));
    connectAction->setObjectName(u"connectAction"_s);
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectToTenant);
    m_profileMenu = file->addMenu(tr("Switch &profile"));
    m_profileMenu->setObjectName(u"profileMenu"_s);
    connect(m_profileMenu, &QMenu::aboutToShow, this, &MainWindow::fillProfileMenu);
    if (!m_summary.isLocal) {
        QAction *syncAction = file->addAction(tr("S&ync now"));
        syncAction->setObjectName(u"syncAction"_s);
        syncAction->setShortcut(QKeySequence::Refresh);
        connect(syncAction, &QAction::triggered, this, [this] {
            if (m_session)
                m_session->sync();
        });
        QAction *fullSync = file->addAction(tr("Sync &everything again"));
        fullSync->setObjectName(u"fullSyncAction"_s);
        connect(fullSync, &QAction::triggered, this, [this] {
            if (m_session)
                m_session->sync(Sync::SyncEngine::Mode::Full);
        });
        QAction *signOutAction = file->addAction(tr("Sign &out…"));
        signOutAction->setObjectName(u"signOutAction"_s);
        connect(signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    }
    file->addSeparator();
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
        Page::Customization, Page::OnPremisesIntegration, Page::AdministratorPolicy, Page::AuditLog, Page::Users,
        Page::Groups, Page::AuthenticatorQr, Page::Import, Page::Outbox};
    int n = 0;
    for (Page page : order) {
        if (!m_pages.contains(int(page)))
            continue;
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

void MainWindow::fillProfileMenu()
{
    m_profileMenu->clear();
    const QString current = QFileInfo(m_db.path()).completeBaseName();
    for (const Services::TenantProfile::Summary &profile : Services::TenantProfile::listProfiles()) {
        QString label
            = profile.displayName.isEmpty() ? profile.name : u"%1 — %2"_s.arg(profile.name, profile.displayName);
        if (!profile.error.isEmpty())
            label = tr("%1 (cannot be read)").arg(profile.name);
        QAction *action = m_profileMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(profile.name == current);
        action->setEnabled(profile.error.isEmpty() && profile.name != current);
        if (!profile.error.isEmpty())
            action->setToolTip(profile.error);
        const QString name = profile.name;
        connect(action, &QAction::triggered, this, [this, name] { switchToProfile(name); });
    }
    if (m_profileMenu->isEmpty())
        m_profileMenu->addAction(tr("No other profiles"))->setEnabled(false);
}

void MainWindow::switchToProfile(const QString &profile)
{
    // Closing runs the usual "unsaved changes?" question; main() then opens the console on the new profile.
    m_requestedProfile = profile;
    if (!close()) {
        m_requestedProfile.clear();
        return;
    }
    Q_EMIT profileSwitchRequested(profile);
}

void MainWindow::connectToTenant()
{
    ConnectDialog dialog(this);
    installConnector(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.profile().name;
    if (QMessageBox::question(this, tr("Connected"),
            tr("The profile \"%1\" is ready. Open it now? Its first sync starts when it opens.").arg(name))
        == QMessageBox::Yes)
        switchToProfile(name);
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
