#include "auditlogpage.h"

#include "auditlogmodel.h"
#include "csvwriter.h"
#include "database.h"
#include "pageheader.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

AuditLogPage::AuditLogPage(Store::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new AuditLogModel(db, this))
{
    setObjectName(u"pageAuditLog"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto *header = new PageHeader(tr("Audit log"), this);
    header->setDescription(tr("Every change made through the console or ssprctl: when, who, what was changed, the "
                              "old and the new value."));
    layout->addWidget(header);

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"auditFilterEdit"_s);
    m_filter->setAccessibleName(tr("Filter the audit log"));
    m_filter->setPlaceholderText(tr("Who, action, target, setting or value"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaxLength(256);
    filterLabel->setBuddy(m_filter);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(u"auditExportButton"_s);
    m_export->setAccessibleName(tr("Export the audit log as CSV"));
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addSpacing(12);
    m_revert = new QPushButton(tr("&Revert…"), this);
    m_revert->setObjectName(u"auditRevertButton"_s);
    m_revert->setAccessibleName(tr("Revert the selected change"));
    m_revert->setVisible(false);
    m_revert->setEnabled(false);
    bar->addWidget(m_revert);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_views = new QStackedWidget(this);
    m_table = new QTableView(m_views);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setAccessibleName(tr("Audit log"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int em = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(AuditLogModel::TimeColumn, 18 * em);
    m_table->setColumnWidth(AuditLogModel::ActorColumn, 16 * em);
    m_table->setColumnWidth(AuditLogModel::SourceColumn, 9 * em);
    m_table->setColumnWidth(AuditLogModel::ActionColumn, 18 * em);
    m_table->setColumnWidth(AuditLogModel::TargetColumn, 22 * em);
    m_table->setColumnWidth(AuditLogModel::SettingColumn, 26 * em);
    m_table->setColumnWidth(AuditLogModel::OldColumn, 16 * em);
    m_empty = new QLabel(m_views);
    m_empty->setObjectName(u"auditEmptyLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_views->addWidget(m_table);
    m_views->addWidget(m_empty);
    layout->addWidget(m_views, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::updateEmptyState);
    connect(m_export, &QPushButton::clicked, this, &AuditLogPage::exportWithDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditLogPage::updateRevert);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::updateRevert);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty() || !m_revertEntry)
            return;
        const Store::AuditEntry entry = m_model->entry(rows.first().row());
        if (QMessageBox::question(this, tr("Revert the change?"),
                tr("Set \"%1\" back to \"%2\"? The change is staged on its page for you to "
                   "review and save.")
                    .arg(entry.setting, entry.oldValue))
            == QMessageBox::Yes)
            m_revertEntry(entry);
    });
    setFocusProxy(m_filter);
}

void AuditLogPage::setReverter(
    std::function<QString(const Store::AuditEntry &)> whyNot, std::function<void(const Store::AuditEntry &)> revert)
{
    m_whyNot = std::move(whyNot);
    m_revertEntry = std::move(revert);
    m_revert->setVisible(bool(m_revertEntry));
    updateRevert();
}

void AuditLogPage::updateRevert()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_whyNot) {
        m_revert->setEnabled(false);
        m_revert->setToolTip(tr("Select a policy change to revert it."));
        return;
    }
    const QString why = m_whyNot(m_model->entry(rows.first().row()));
    m_revert->setEnabled(why.isEmpty());
    m_revert->setToolTip(why.isEmpty() ? tr("Stage the old value of this setting again") : why);
}

void AuditLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // changes are saved on other pages: show the log as it is now
}

void AuditLogPage::reload()
{
    m_debounce->stop();
    m_model->setFilterText(m_filter->text());
}

void AuditLogPage::updateEmptyState()
{
    if (!m_model->lastError().isEmpty()) {
        m_empty->setText(tr("The audit log could not be read: %1").arg(m_model->lastError()));
        m_views->setCurrentWidget(m_empty);
    } else if (m_model->rowCount() == 0) {
        m_empty->setText(m_filter->text().trimmed().isEmpty()
                ? tr("Nothing has been logged yet. Every change saved through the console or ssprctl "
                     "will be listed here.")
                : tr("No entry matches \u201c%1\u201d.").arg(m_filter->text().trimmed()));
        m_views->setCurrentWidget(m_empty);
    } else {
        m_views->setCurrentWidget(m_table);
        if (!m_sized) {
            // Fit the columns to what the log holds, once (the person may resize them after). When that is wider
            // than the view, the target and setting columns give up width first, down to a readable minimum.
            m_sized = true;
            const int em = m_table->fontMetrics().averageCharWidth();
            m_table->resizeColumnsToContents();
            int total = 0;
            for (int column = 0; column < AuditLogModel::ColumnCount; ++column) {
                m_table->setColumnWidth(column, qBound(6 * em, m_table->columnWidth(column) + em, 40 * em));
                total += m_table->columnWidth(column);
            }
            int excess = total - m_table->viewport()->width();
            for (int column : {AuditLogModel::TargetColumn, AuditLogModel::SettingColumn, AuditLogModel::OldColumn}) {
                if (excess <= 0)
                    break;
                const int width = m_table->columnWidth(column);
                const int give = qMin(excess, qMax(0, width - 14 * em));
                m_table->setColumnWidth(column, width - give);
                excess -= give;
            }
        }
    }
    m_export->setEnabled(m_model->rowCount() > 0);
}

Core::Status AuditLogPage::exportCsv(const QString &path)
{
    const auto entries = m_model->allMatching();
    if (!entries)
        return entries.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Core::Error {tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    Core::CsvWriter writer(&file);
    if (Core::Status s = writer.writeRecord(AuditLogModel::csvHeader()); !s)
        return s;
    for (const Store::AuditEntry &entry : entries.value()) {
        if (Core::Status s = writer.writeRecord(AuditLogModel::csvRecord(entry)); !s)
            return s;
    }
    if (!file.commit())
        return Core::Error {tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

void AuditLogPage::exportWithDialog()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(u"audit-log-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Core::Status status = exportCsv(path); !status)
        QMessageBox::warning(this, tr("Export failed"), status.errorMessage());
}

} // namespace Sspr::Gui
