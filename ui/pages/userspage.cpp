#include "userspage.h"

#include "graphsession.h"

#include "database.h"
#include "pageheader.h"
#include "userbrowserservice.h"
#include "usercounter.h"
#include "userdialog.h"
#include "userlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;
using Store::UserFilter;

namespace {
enum ShowChoice {
    ShowAll,
    ShowInScope,
    ShowNotInScope,
    ShowRegistered,
    ShowNotRegistered,
    ShowAdmins,
    ShowDisabled,
    ShowNoMethod,
    ShowSharedNumber,
};
}

UsersPage::UsersPage(Store::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new UserListModel(db, this))
    , m_counter(new UserCounter(db.path(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto *header = new PageHeader(tr("Users"), this);
    header->setDescription(tr("Find a user, see the authentication methods they have registered, and add or fix a "
                              "phone number or email under Entra's rules."));
    layout->addWidget(header);

    auto *bar = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"userSearchEdit"_s);
    m_search->setPlaceholderText(tr("Name, user principal name, mail or phone digits"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search users"));
    m_search->setAccessibleDescription(tr("Type part of a name, user principal name, mail address or phone number. "
                                          "Press Down to move to the results."));
    m_search->setMaxLength(256);
    searchLabel->setBuddy(m_search);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 3);

    auto *showLabel = new QLabel(tr("S&how:"), this);
    m_show = new QComboBox(this);
    m_show->setObjectName(u"userFilterCombo"_s);
    m_show->setAccessibleName(tr("Show users"));
    m_show->addItem(tr("All users"), ShowAll);
    m_show->addItem(tr("In SSPR scope"), ShowInScope);
    m_show->addItem(tr("Not in SSPR scope"), ShowNotInScope);
    m_show->addItem(tr("Registered for SSPR"), ShowRegistered);
    m_show->addItem(tr("Not registered for SSPR"), ShowNotRegistered);
    m_show->addItem(tr("Administrators"), ShowAdmins);
    m_show->addItem(tr("Disabled accounts"), ShowDisabled);
    m_show->addItem(tr("No usable method"), ShowNoMethod);
    m_show->addItem(tr("Shared phone number"), ShowSharedNumber);
    showLabel->setBuddy(m_show);
    bar->addSpacing(12);
    bar->addWidget(showLabel);
    bar->addWidget(m_show, 1);
    m_total = new QLabel(this);
    m_total->setObjectName(u"userTotalLabel"_s);
    m_total->setMinimumWidth(m_total->fontMetrics().horizontalAdvance(u"0,000,000 users"_s));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bar->addSpacing(12);
    bar->addWidget(m_total);
    layout->addLayout(bar);

    m_views = new QStackedWidget(this);
    m_table = new QTableView(m_views);
    m_table->setObjectName(u"usersTable"_s);
    m_table->setAccessibleName(tr("Users"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UserListModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table (arrows move in it), so the keyboard is not trapped
    m_table->installEventFilter(this);
    const int em = m_table->fontMetrics().averageCharWidth();
    // At least as wide as the (translated) header text plus the sort arrow: German headers are long.
    auto widen = [this, em](int column, int chars) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int header = m_table->horizontalHeader()->fontMetrics().horizontalAdvance(title) + 4 * em;
        m_table->setColumnWidth(column, std::max(chars * em, header));
    };
    widen(UserListModel::NameColumn, 26);
    widen(UserListModel::UpnColumn, 36);
    widen(UserListModel::DepartmentColumn, 18);
    widen(UserListModel::CountryColumn, 16);
    widen(UserListModel::MethodsColumn, 10);
    m_empty = new QLabel(m_views);
    m_empty->setObjectName(u"usersEmptyLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_views->addWidget(m_table);
    m_views->addWidget(m_empty);
    layout->addWidget(m_views, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(40); // coalesces fast typing; a search itself takes a few milliseconds
    connect(m_debounce, &QTimer::timeout, this, &UsersPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_show, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilter);
    m_search->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &UsersPage::openCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateEmptyState);
    connect(m_counter, &UserCounter::counted, this, [this](qint64 total) {
        m_total->setText(tr("%n user(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
        m_total->setAccessibleName(m_total->text());
    });
    connect(m_counter, &UserCounter::failed, this, [this](const QString &message) {
        m_total->setText(tr("Count failed"));
        m_total->setToolTip(message);
    });
    connect(m_model, &UserListModel::errorOccurred, this, [this](const QString &message) {
        m_empty->setText(tr("The search failed: %1").arg(message));
        m_views->setCurrentWidget(m_empty);
    });
    setFocusProxy(m_search);
}

void UsersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true; // the first page loads when the page is first shown, not at start-up
        applyFilter();
    }
}

void UsersPage::refresh()
{
    if (m_loaded)
        applyFilter();
}

void UsersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void UsersPage::applyFilter()
{
    m_debounce->stop();
    UserFilter filter = m_model->filter();
    filter.text = m_search->text();
    filter.inSsprScope = UserFilter::Tri::Any;
    filter.ssprRegistered = UserFilter::Tri::Any;
    filter.adminsOnly = filter.disabledOnly = filter.noMethodsOnly = filter.sharedNumberOnly = false;
    switch (m_show->currentData().toInt()) {
    case ShowInScope:
        filter.inSsprScope = UserFilter::Tri::Yes;
        break;
    case ShowNotInScope:
        filter.inSsprScope = UserFilter::Tri::No;
        break;
    case ShowRegistered:
        filter.ssprRegistered = UserFilter::Tri::Yes;
        break;
    case ShowNotRegistered:
        filter.ssprRegistered = UserFilter::Tri::No;
        break;
    case ShowAdmins:
        filter.adminsOnly = true;
        break;
    case ShowDisabled:
        filter.disabledOnly = true;
        break;
    case ShowNoMethod:
        filter.noMethodsOnly = true;
        break;
    case ShowSharedNumber:
        filter.sharedNumberOnly = true;
        break;
    default:
        break;
    }
    Services::UserBrowserService(m_db).resolvePolicy(filter);
    m_total->setText(tr("Counting…"));
    m_total->setToolTip({});
    m_model->setFilter(filter);
    m_counter->request(filter);
}

void UsersPage::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_views->setCurrentWidget(m_table);
        m_table->selectRow(0);
        return;
    }
    const QString text = m_search->text().trimmed();
    m_empty->setText(text.isEmpty() ? tr("No users match this filter.")
                                    : tr("No users match “%1”.\nSearch looks at the start of each word of a name, "
                                         "user principal name or mail, and at any run of four or more digits "
                                         "of a phone number.")
                                          .arg(text.toHtmlEscaped()));
    m_views->setCurrentWidget(m_empty);
}

bool UsersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search) {
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
                if (m_debounce->isActive())
                    applyFilter();
                if (m_model->rowCount() > 0) {
                    m_table->setFocus(Qt::TabFocusReason);
                    if (!m_table->currentIndex().isValid())
                        m_table->selectRow(0);
                }
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                if (m_debounce->isActive())
                    applyFilter();
                if (m_model->rowCount() == 1)
                    openCurrent();
                else if (m_model->rowCount() > 1)
                    m_table->setFocus(Qt::TabFocusReason);
                return true;
            }
        } else if (watched == m_table) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                openCurrent();
                return true;
            }
            if (key->key() == Qt::Key_Up && m_table->currentIndex().row() <= 0) {
                focusSearch();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UsersPage::openCurrent()
{
    QModelIndex index = m_table->currentIndex();
    if (!index.isValid() && m_model->rowCount() > 0)
        index = m_model->index(0, 0);
    if (!index.isValid())
        return;
    openUser(m_model->uidAt(index.row()));
}

void UsersPage::openUser(qint64 uid)
{
    if (uid <= 0)
        return;
    const int row = m_table->currentIndex().row();
    UserDialog dialog(m_db, uid, this);
    if (m_session && m_session->client())
        dialog.refreshFromTenant(m_session->client());
    dialog.exec();
    if (dialog.changed()) {
        // Methods changed: refresh the rows (counts and filters may differ now), keep the place.
        m_model->reload();
        m_counter->request(m_model->filter());
        if (row >= 0 && row < m_model->rowCount())
            m_table->selectRow(row);
        emit userChanged();
    }
    m_table->setFocus();
}

} // namespace Sspr::Gui
