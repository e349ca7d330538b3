#include "grouppickerdialog.h"

#include "creategroupdialog.h"
#include "database.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

GroupPickerDialog::GroupPickerDialog(Store::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(u"groupPickerDialog"_s);
    setWindowTitle(tr("Select group"));
    auto *layout = new QVBoxLayout(this);

    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"groupSearchEdit"_s);
    m_search->setAccessibleName(tr("Search groups"));
    m_search->setPlaceholderText(tr("Group name or mail nickname"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(256);
    m_search->installEventFilter(this);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_results = new QTableWidget(0, 3, this);
    m_results->setObjectName(u"groupResultsTable"_s);
    m_results->setAccessibleName(tr("Groups"));
    m_results->setHorizontalHeaderLabels({tr("Name"), tr("Description"), tr("Direct members")});
    m_results->verticalHeader()->hide();
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(false);
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_results->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_results->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_results->setColumnWidth(0, m_results->fontMetrics().averageCharWidth() * 32);
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 8);
    layout->addWidget(m_results, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"groupStatusLabel"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"groupPickerButtons"_s);
    QPushButton *create = buttons->addButton(tr("&New group…"), QDialogButtonBox::ActionRole);
    create->setObjectName(u"newGroupButton"_s);
    create->setAccessibleName(tr("Create a new security group"));
    m_select = buttons->addButton(tr("Se&lect"), QDialogButtonBox::AcceptRole);
    m_select->setObjectName(u"selectGroupOkButton"_s);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"groupPickerCancelButton"_s);
    layout->addWidget(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(60);
    connect(m_debounce, &QTimer::timeout, this, &GroupPickerDialog::search);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &QTableWidget::itemSelectionChanged, this, &GroupPickerDialog::updateButtons);
    connect(m_results, &QTableWidget::cellDoubleClicked, this, [this] {
        if (selectedGroup())
            accept();
    });
    connect(create, &QPushButton::clicked, this, &GroupPickerDialog::createGroup);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (selectedGroup())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(720, 480);
    search();
    m_search->setFocus();
}

std::optional<Store::GroupRow> GroupPickerDialog::pick(Store::Database &db, QWidget *parent)
{
    GroupPickerDialog dialog(db, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.selectedGroup();
}

void GroupPickerDialog::search()
{
    m_debounce->stop();
    auto rows = Store::GroupDirectory(m_db).search(m_search->text(), kLimit);
    m_rows = rows ? rows.value() : QList<Store::GroupRow>();
    const QLocale locale;
    m_results->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const Store::GroupRow &g = m_rows.at(r);
        auto *name = new QTableWidgetItem(g.displayName);
        name->setToolTip(g.mailNickname.isEmpty() ? g.displayName : tr("%1 (%2)").arg(g.displayName, g.mailNickname));
        m_results->setItem(r, 0, name);
        m_results->setItem(r, 1, new QTableWidgetItem(g.description));
        auto *members = new QTableWidgetItem(locale.toString(g.directMembers));
        members->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_results->setItem(r, 2, members);
    }
    if (!rows)
        m_status->setText(tr("The search failed: %1").arg(rows.errorMessage()));
    else if (m_rows.isEmpty())
        m_status->setText(m_search->text().trimmed().isEmpty()
                ? tr("This tenant has no groups yet. Create one with New group.")
                : tr("No group matches \u201c%1\u201d.").arg(m_search->text().trimmed()));
    else if (m_rows.size() >= kLimit)
        m_status->setText(tr("The first %1 groups are shown; type more to narrow the list.").arg(kLimit));
    else
        m_status->setText(tr("%n group(s)", nullptr, int(m_rows.size())));
    if (!m_rows.isEmpty())
        m_results->selectRow(0);
    updateButtons();
}

std::optional<Store::GroupRow> GroupPickerDialog::selectedGroup() const
{
    if (m_created)
        return m_created;
    const QList<QTableWidgetSelectionRange> ranges = m_results->selectedRanges();
    if (ranges.isEmpty())
        return std::nullopt;
    const int row = ranges.constFirst().topRow();
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

void GroupPickerDialog::updateButtons()
{
    m_select->setEnabled(selectedGroup().has_value());
}

void GroupPickerDialog::createGroup()
{
    CreateGroupDialog dialog(m_db, this);
    const QString typed = m_search->text().trimmed();
    if (!typed.isEmpty())
        dialog.setDisplayName(typed);
    if (dialog.exec() != QDialog::Accepted || !dialog.createdGroup())
        return;
    m_created = dialog.createdGroup();
    accept();
}

bool GroupPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown
            || key->key() == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_results, event);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_debounce->isActive())
                search();
            if (selectedGroup())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Sspr::Gui
