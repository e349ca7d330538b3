#include "groupspage.h"

#include "creategroupdialog.h"
#include "database.h"
#include "grouplistmodel.h"
#include "grouploader.h"
#include "groupmembermodel.h"
#include "pageheader.h"
#include "userdialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

namespace {
QTableView *makeTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QLabel *makeEmptyLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString quoted(const QString &text)
{
    return QLocale().quoteString(text);
}
} // namespace

GroupsPage::GroupsPage(Store::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_loader(new GroupLoader(db.path(), this))
    , m_groups(new GroupListModel(this))
    , m_members(new GroupMemberModel(m_loader, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto *header = new PageHeader(tr("Groups"), this);
    header->setDescription(tr("Find a group, see who is in it (members of nested groups included, as password reset "
                              "counts them), and create security groups such as the one password reset is scoped "
                              "to."));
    layout->addWidget(header);

    auto *bar = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"groupsSearchEdit"_s);
    m_search->setAccessibleName(tr("Search groups"));
    m_search->setAccessibleDescription(tr("Type part of a group's name or mail nickname. Press Down to move to the "
                                          "groups."));
    m_search->setPlaceholderText(tr("Group name or mail nickname"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(256);
    searchLabel->setBuddy(m_search);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    m_newGroup = new QPushButton(tr("&New security group…"), this);
    m_newGroup->setObjectName(u"newSecurityGroupButton"_s);
    m_newGroup->setAccessibleName(tr("New security group"));
    m_newGroup->setToolTip(tr("Create a security group (Ctrl+N)"));
    bar->addSpacing(12);
    bar->addWidget(m_newGroup);
    layout->addLayout(bar);

    m_newGroupAction = new QAction(tr("New security group…"), this);
    m_newGroupAction->setObjectName(u"newSecurityGroupAction"_s);
    m_newGroupAction->setShortcut(QKeySequence::New);
    m_newGroupAction->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only while the page has the focus
    addAction(m_newGroupAction);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"groupsSplitter"_s);
    splitter->setChildrenCollapsible(false);

    // Left: the groups.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_groupViews = new QStackedWidget(left);
    m_groupTable = makeTable(u"groupsTable"_s, tr("Groups"), m_groupViews);
    m_groupTable->setModel(m_groups);
    const int em = m_groupTable->fontMetrics().averageCharWidth();
    m_groupTable->setColumnWidth(GroupListModel::NameColumn, 28 * em);
    // Wide enough for its header ("Direct members", or its translation) and a seven-digit count.
    const QString membersHeader = m_groups->headerData(GroupListModel::MembersColumn, Qt::Horizontal).toString();
    m_groupTable->setColumnWidth(GroupListModel::MembersColumn,
        qMax(11 * em, m_groupTable->fontMetrics().horizontalAdvance(membersHeader) + 4 * em));
    m_groupTable->setColumnWidth(GroupListModel::NicknameColumn, 24 * em);
    m_groupsEmpty = makeEmptyLabel(u"groupsEmptyLabel"_s, m_groupViews);
    m_groupViews->addWidget(m_groupTable);
    m_groupViews->addWidget(m_groupsEmpty);
    leftLayout->addWidget(m_groupViews, 1);
    m_status = new QLabel(left);
    m_status->setObjectName(u"groupsStatusLabel"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    leftLayout->addWidget(m_status);

    // Right: the selected group and its members.
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(right);
    m_summary->setObjectName(u"groupSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_summary);
    m_memberViews = new QStackedWidget(right);
    m_memberTable = makeTable(u"groupMembersTable"_s, tr("Members"), m_memberViews);
    m_memberTable->setModel(m_members);
    m_memberTable->setColumnWidth(GroupMemberModel::NameColumn, 20 * em);
    m_memberTable->setColumnWidth(GroupMemberModel::UpnColumn, 30 * em);
    m_membersEmpty = makeEmptyLabel(u"groupMembersEmptyLabel"_s, m_memberViews);
    m_memberViews->addWidget(m_memberTable);
    m_memberViews->addWidget(m_membersEmpty);
    rightLayout->addWidget(m_memberViews, 1);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(80);
    connect(m_debounce, &QTimer::timeout, this, &GroupsPage::search);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_newGroup, &QPushButton::clicked, this, &GroupsPage::createGroup);
    connect(m_newGroupAction, &QAction::triggered, this, &GroupsPage::createGroup);
    connect(m_loader, &GroupLoader::searchFinished, this, &GroupsPage::showSearchResults);
    connect(m_loader, &GroupLoader::countFinished, this,
        [this](int ticket, qint64 gid, qint64 count, const QString &error) {
            if (ticket != m_countTicket || gid != m_selectedGid)
                return;
            m_transitiveCount = count;
            m_countError = error;
            updateSummary();
        });
    connect(m_groupTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &GroupsPage::currentGroupChanged);
    connect(m_members, &GroupMemberModel::firstPageLoaded, this, &GroupsPage::updateMembersState);
    connect(m_members, &QAbstractItemModel::modelReset, this, &GroupsPage::updateMembersState);
    connect(m_members, &GroupMemberModel::errorOccurred, this, [this](const QString &message) {
        if (m_members->rowCount() > 0)
            return; // a later page failed: keep what is shown
        m_memberError = message;
        updateMembersState();
    });
    connect(m_memberTable, &QTableView::doubleClicked, this, &GroupsPage::openMember);
    m_search->installEventFilter(this);
    m_groupTable->installEventFilter(this);
    m_memberTable->installEventFilter(this);
    setFocusProxy(m_search);

    m_groupsEmpty->setText(tr("Loading groups…"));
    m_groupViews->setCurrentWidget(m_groupsEmpty);
    updateSummary();
    updateMembersState();
}

GroupsPage::~GroupsPage() = default;

void GroupsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true; // the first search runs when the page is first shown, not at start-up
        search();
    }
}

void GroupsPage::search()
{
    m_debounce->stop();
    m_loaded = true;
    m_focusListOnAnswer = false;
    m_searchTicket = m_loader->search(m_search->text(), kSearchLimit);
}

void GroupsPage::showSearchResults(int ticket, const QList<Store::GroupRow> &rows, const QString &error)
{
    if (ticket != m_searchTicket)
        return; // a newer search is on its way
    m_answeredTicket = ticket;
    const qint64 keep = m_selectAfterSearch > 0 ? m_selectAfterSearch : m_selectedGid;
    m_selectAfterSearch = 0;
    const QString text = m_search->text().trimmed();
    m_groups->setRows(rows);
    if (!error.isEmpty()) {
        m_groupsEmpty->setText(tr("The search failed: %1").arg(error));
        m_status->clear();
    } else if (rows.isEmpty()) {
        m_groupsEmpty->setText(text.isEmpty() ? tr("This tenant has no groups yet. Create one with New security "
                                                   "group… (Ctrl+N).")
                                              : tr("No groups match %1.\nSearch looks for the text anywhere in a "
                                                   "group's name or mail nickname.")
                                                    .arg(quoted(text)));
        m_status->clear();
    } else if (rows.size() >= kSearchLimit) {
        m_status->setText(
            tr("The first %1 groups are shown; type more to narrow the list.").arg(QLocale().toString(kSearchLimit)));
    } else {
        m_status->setText(tr("%Ln group(s)", nullptr, int(rows.size())));
    }
    m_status->setAccessibleName(m_status->text());
    m_groupViews->setCurrentWidget(rows.isEmpty() ? static_cast<QWidget *>(m_groupsEmpty) : m_groupTable);
    // Keep the group that was selected (or was just created) if it is still listed, else the first.
    const int row = rows.isEmpty() ? -1 : qMax(0, m_groups->rowOf(keep));
    selectRow(row);
    if (m_focusListOnAnswer && row >= 0)
        m_groupTable->setFocus(Qt::TabFocusReason);
    m_focusListOnAnswer = false;
}

void GroupsPage::selectRow(int row)
{
    if (row < 0) {
        m_groupTable->selectionModel()->clearCurrentIndex();
        currentGroupChanged();
        return;
    }
    m_groupTable->selectRow(row);
    m_groupTable->scrollTo(m_groups->index(row, 0));
    currentGroupChanged(); // also when the row number stayed the same but the rows changed
}

void GroupsPage::currentGroupChanged()
{
    const QModelIndex current = m_groupTable->selectionModel()->currentIndex();
    const Store::GroupRow *row = current.isValid() ? m_groups->rowAt(current.row()) : nullptr;
    const qint64 gid = row ? row->gid : 0;
    if (gid == m_selectedGid && (gid == 0 || m_members->group() == gid))
        return;
    m_selectedGid = gid;
    m_transitiveCount = -1;
    m_countError.clear();
    m_countTicket = gid > 0 ? m_loader->countMembers(gid, true) : 0;
    m_memberError.clear();
    m_members->setGroup(gid);
    updateSummary();
}

void GroupsPage::updateSummary()
{
    const QModelIndex current = m_groupTable->selectionModel()->currentIndex();
    const Store::GroupRow *row = current.isValid() ? m_groups->rowAt(current.row()) : nullptr;
    if (!row || row->gid != m_selectedGid) {
        m_summary->setText(tr("No group selected."));
        m_summary->setAccessibleName(m_summary->text());
        return;
    }
    const QLocale locale;
    QStringList lines;
    lines << (row->mailNickname.isEmpty() ? row->displayName : tr("%1 (%2)").arg(row->displayName, row->mailNickname));
    if (!row->description.isEmpty())
        lines << row->description;
    QString counts = tr("%Ln direct member(s)", nullptr, int(qMin<qint64>(row->directMembers, INT_MAX)));
    if (!m_countError.isEmpty())
        counts += u" · "_s + tr("members of nested groups could not be counted: %1").arg(m_countError);
    else if (m_transitiveCount < 0)
        counts += u" · "_s + tr("counting members of nested groups…");
    else
        counts += u" · "_s
            + tr("%Ln member(s) with nested groups", nullptr, int(qMin<qint64>(m_transitiveCount, INT_MAX)));
    lines << counts;
    m_summary->setText(lines.join(u'\n'));
    m_summary->setAccessibleName(m_summary->text());
}

void GroupsPage::updateMembersState()
{
    if (m_selectedGid <= 0) {
        m_membersEmpty->setText(tr("Select a group to see its members."));
        m_memberViews->setCurrentWidget(m_membersEmpty);
    } else if (!m_members->hasLoaded()) {
        m_membersEmpty->setText(tr("Loading members…"));
        m_memberViews->setCurrentWidget(m_membersEmpty);
    } else if (m_members->rowCount() == 0) {
        m_membersEmpty->setText(m_memberError.isEmpty()
                ? tr("This group has no members, directly or through nested groups.")
                : tr("The members could not be read: %1").arg(m_memberError));
        m_memberViews->setCurrentWidget(m_membersEmpty);
    } else {
        m_memberViews->setCurrentWidget(m_memberTable);
        if (!m_memberTable->currentIndex().isValid())
            m_memberTable->setCurrentIndex(m_members->index(0, 0));
    }
}

void GroupsPage::createGroup()
{
    CreateGroupDialog dialog(m_db, this);
    // What was typed in the search is the likeliest name: "Password Self Reset", not found, so create it.
    if (m_groups->rowCount() == 0 && !m_search->text().trimmed().isEmpty())
        dialog.setDisplayName(m_search->text().trimmed());
    if (dialog.exec() != QDialog::Accepted || !dialog.createdGroup())
        return;
    const Store::GroupRow created = *dialog.createdGroup();
    m_selectAfterSearch = created.gid;
    {
        const QSignalBlocker blocker(m_search); // one search, now, not one per character
        m_search->setText(created.displayName);
    }
    search();
    m_groupTable->setFocus(Qt::OtherFocusReason);
    emit groupCreated(created.gid);
}

void GroupsPage::openMember()
{
    const QModelIndex index = m_memberTable->currentIndex();
    if (!index.isValid())
        return;
    const qint64 uid = m_members->uidAt(index.row());
    if (uid <= 0)
        return;
    UserDialog dialog(m_db, uid, this);
    dialog.exec();
    m_memberTable->setFocus();
}

bool GroupsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (watched == m_search) {
        if (key == Qt::Key_Down || key == Qt::Key_PageDown || enter) {
            if (m_debounce->isActive())
                search();
            if (m_searchTicket != m_answeredTicket) {
                m_focusListOnAnswer = true; // the answer moves the focus to the list
            } else if (m_groups->rowCount() > 0) {
                m_groupTable->setFocus(Qt::TabFocusReason);
                if (!m_groupTable->currentIndex().isValid())
                    selectRow(0);
            }
            return true;
        }
    } else if (watched == m_groupTable) {
        if (enter || key == Qt::Key_Right) {
            if (m_members->rowCount() > 0)
                m_memberTable->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key == Qt::Key_Up && m_groupTable->currentIndex().row() <= 0) {
            m_search->setFocus(Qt::ShortcutFocusReason);
            m_search->selectAll();
            return true;
        }
    } else if (watched == m_memberTable) {
        if (enter) {
            openMember();
            return true;
        }
        if (key == Qt::Key_Left || key == Qt::Key_Escape || key == Qt::Key_Backspace) {
            m_groupTable->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Sspr::Gui
