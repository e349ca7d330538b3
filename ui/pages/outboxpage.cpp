#include "outboxpage.h"

#include "auditlog.h"
#include "database.h"
#include "outboxchange.h"
#include "outboxlocaleffects.h"
#include "outboxmodel.h"
#include "outboxrepository.h"
#include "pageheader.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

namespace {
const QString kSource = u"console"_s;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Gui::OutboxPage)
};

// Payload members worth showing a person, with readable labels; ids and bookkeeping stay out of the way.
QString describePayload(const QJsonObject &payload)
{
    const struct
    {
        QString key;
        QString label;
    } fields[] = {
        {u"upn"_s, Tr::tr("User")},
        {u"phoneType"_s, Tr::tr("Phone type")},
        {u"phoneNumber"_s, Tr::tr("Number")},
        {u"emailAddress"_s, Tr::tr("Email")},
        {u"old"_s, Tr::tr("Value before the change")},
        {u"new"_s, Tr::tr("New value")},
        {u"tenantValue"_s, Tr::tr("Value in the tenant now")},
        {u"displayName"_s, Tr::tr("Group name")},
        {u"mailNickname"_s, Tr::tr("Mail nickname")},
        {u"configurationId"_s, Tr::tr("Method")},
    };
    QString html;
    for (const auto &field : fields) {
        const QJsonValue value = payload.value(field.key);
        if (value.isUndefined() || value.isNull())
            continue;
        const QString text = value.isString()
            ? value.toString()
            : QString::fromUtf8(QJsonDocument(QJsonObject {{u"v"_s, value}}).toJson(QJsonDocument::Compact))
                  .mid(5)
                  .chopped(1);
        html += u"<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>"_s.arg(
            field.label.toHtmlEscaped(), text.toHtmlEscaped());
    }
    return html.isEmpty() ? QString() : u"<table>"_s + html + u"</table>"_s;
}
} // namespace

OutboxPage::OutboxPage(Store::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new OutboxModel(db, this))
{
    setObjectName(u"pageOutbox"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto *header = new PageHeader(tr("Outbox"), this);
    header->setDescription(tr("Changes made in this profile are saved here first and then sent to Microsoft Graph. "
                              "Nothing is lost if the network or the console stops: sending resumes where it "
                              "stopped, and a change that was already applied is not applied twice."));
    layout->addWidget(header);

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(u"outboxFilterCombo"_s);
    m_filter->setAccessibleName(tr("Which changes to show"));
    m_filter->addItem(tr("Everything not done"), QStringList {u"pending"_s, u"sending"_s, u"failed"_s, u"conflict"_s});
    m_filter->addItem(tr("Needs attention (failed, conflicts)"), QStringList {u"failed"_s, u"conflict"_s});
    m_filter->addItem(tr("Waiting to be sent"), QStringList {u"pending"_s, u"sending"_s});
    m_filter->addItem(tr("Done"), QStringList {u"done"_s});
    m_filter->addItem(tr("Discarded"), QStringList {u"discarded"_s});
    m_filter->addItem(tr("All"), QStringList {});
    filterLabel->setBuddy(m_filter);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"outboxSummary"_s);
    m_sendNow = new QPushButton(tr("Se&nd now"), this);
    m_sendNow->setObjectName(u"outboxSendButton"_s);
    m_sendNow->setVisible(false);
    m_retryAll = new QPushButton(tr("Retry all &failed"), this);
    m_retryAll->setObjectName(u"outboxRetryAllButton"_s);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_retryAll);
    bar->addWidget(m_sendNow);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_views = new QStackedWidget(splitter);
    m_table = new QTableView(m_views);
    m_table->setObjectName(u"outboxTable"_s);
    m_table->setAccessibleName(tr("Outbox"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int em = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(OutboxModel::IdColumn, 7 * em);
    m_table->setColumnWidth(OutboxModel::CreatedColumn, 17 * em);
    m_table->setColumnWidth(OutboxModel::ChangeColumn, 56 * em);
    m_table->setColumnWidth(OutboxModel::StateColumn, 18 * em);
    m_table->setColumnWidth(OutboxModel::AttemptsColumn, 9 * em);
    m_empty = new QLabel(m_views);
    m_empty->setObjectName(u"outboxEmptyLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_views->addWidget(m_table);
    m_views->addWidget(m_empty);

    auto *detailPane = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QTextBrowser(detailPane);
    m_detail->setObjectName(u"outboxDetail"_s);
    m_detail->setAccessibleName(tr("The selected change"));
    m_detail->setOpenLinks(false);
    detailLayout->addWidget(m_detail, 1);
    auto *actions = new QHBoxLayout;
    m_retry = new QPushButton(tr("&Retry"), detailPane);
    m_retry->setObjectName(u"outboxRetryButton"_s);
    m_retry->setToolTip(tr("Send the change again. For a conflict this overwrites the tenant's value."));
    m_discard = new QPushButton(tr("&Discard…"), detailPane);
    m_discard->setObjectName(u"outboxDiscardButton"_s);
    m_discard->setToolTip(tr("Drop the change and put this profile back to the tenant's value."));
    actions->addStretch();
    actions->addWidget(m_retry);
    actions->addWidget(m_discard);
    detailLayout->addLayout(actions);
    splitter->addWidget(m_views);
    splitter->addWidget(detailPane);
    // The detail holds a conflict's two values and the actions: give it room enough not to scroll.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &OutboxPage::reload);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxPage::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxPage::updateSelection);
    connect(m_retry, &QPushButton::clicked, this, &OutboxPage::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, &OutboxPage::discardSelected);
    connect(m_retryAll, &QPushButton::clicked, this, &OutboxPage::retryAllFailed);
    connect(m_sendNow, &QPushButton::clicked, this, [this] {
        if (m_send)
            m_send();
    });
    setFocusProxy(m_filter);
    reload();
}

void OutboxPage::setSender(std::function<void()> send)
{
    m_send = std::move(send);
    m_sendNow->setVisible(bool(m_send));
}

void OutboxPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void OutboxPage::reload()
{
    m_model->setStates(m_filter->currentData().toStringList());
    updateSelection();
}

void OutboxPage::updateSummary()
{
    const auto counts = Store::OutboxRepository(m_db).counts();
    if (!counts) {
        m_summary->setText(tr("The outbox could not be read: %1").arg(counts.errorMessage()));
        return;
    }
    const Store::OutboxCounts &c = counts.value();
    QStringList parts;
    if (c.unsent())
        parts << tr("%n waiting", nullptr, int(c.unsent()));
    if (c.failed)
        parts << tr("%n failed", nullptr, int(c.failed));
    if (c.conflict)
        parts << tr("%n in conflict", nullptr, int(c.conflict));
    parts << tr("%n done", nullptr, int(c.done));
    m_summary->setText(parts.join(u" · "_s));
    m_retryAll->setEnabled(c.failed > 0);
    m_sendNow->setEnabled(c.unsent() > 0);

    if (!m_model->lastError().isEmpty()) {
        m_empty->setText(tr("The outbox could not be read: %1").arg(m_model->lastError()));
        m_views->setCurrentWidget(m_empty);
    } else if (m_model->rowCount() == 0) {
        m_empty->setText(c.done + c.discarded + c.unsent() + c.needAttention() == 0
                ? tr("No changes yet. Changes you make in this profile (phone numbers, emails, policy, groups) "
                     "are listed here until the tenant has them.")
                : tr("Nothing to show here. Choose \"All\" to see every change."));
        m_views->setCurrentWidget(m_empty);
    } else {
        m_views->setCurrentWidget(m_table);
        // Short columns fit their content; the change and the reason share what is left.
        for (int column :
            {OutboxModel::IdColumn, OutboxModel::CreatedColumn, OutboxModel::StateColumn, OutboxModel::AttemptsColumn})
            m_table->resizeColumnToContents(column);
        const int rest = m_table->viewport()->width() - m_table->columnWidth(OutboxModel::IdColumn)
            - m_table->columnWidth(OutboxModel::CreatedColumn) - m_table->columnWidth(OutboxModel::StateColumn)
            - m_table->columnWidth(OutboxModel::AttemptsColumn);
        if (rest > 0)
            m_table->setColumnWidth(
                OutboxModel::ChangeColumn, qMax(rest * 3 / 5, 30 * fontMetrics().averageCharWidth()));
    }
}

void OutboxPage::updateSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_detail->setHtml(u"<p>%1</p>"_s.arg(tr("Select a change to see its details.").toHtmlEscaped()));
        m_retry->setEnabled(false);
        m_discard->setEnabled(false);
        return;
    }
    const Store::OutboxItem &item = m_model->item(rows.first().row());
    QString html = u"<p><b>%1</b></p><p>%2</p>"_s.arg(
        Sync::OutboxChange::describe(item).toHtmlEscaped(), OutboxModel::stateLabel(item.state).toHtmlEscaped());
    if (!item.lastError.isEmpty())
        html += u"<p>%1</p>"_s.arg(item.lastError.toHtmlEscaped());
    if (item.state == u"conflict")
        html += u"<p>%1</p>"_s.arg(tr("The tenant changed after this change was made. Retry overwrites the "
                                      "tenant's value with this one; Discard keeps the tenant's value.")
                                       .toHtmlEscaped());
    html += describePayload(item.payload);
    m_detail->setHtml(html);
    m_retry->setEnabled(item.state == u"failed" || item.state == u"conflict");
    m_discard->setEnabled(item.state == u"pending" || item.state == u"failed" || item.state == u"conflict");
}

void OutboxPage::retrySelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = m_model->item(rows.first().row()).id;
    const auto result = Sync::OutboxLocalEffects(m_db).retry(id, Store::AuditLog::localActor(), kSource);
    if (!result)
        QMessageBox::warning(
            this, tr("Retry"), tr("The change could not be queued again: %1").arg(result.errorMessage()));
    reload();
    if (result && m_send)
        m_send();
}

void OutboxPage::discardSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Store::OutboxItem item = m_model->item(rows.first().row());
    const auto answer = QMessageBox::question(this, tr("Discard the change?"),
        tr("\"%1\" will not be sent, and this profile goes back to the tenant's value. This cannot be undone.")
            .arg(Sync::OutboxChange::describe(item)),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    const auto result = Sync::OutboxLocalEffects(m_db).discard(item.id, Store::AuditLog::localActor(), kSource);
    if (!result)
        QMessageBox::warning(
            this, tr("Discard"), tr("The change could not be discarded: %1").arg(result.errorMessage()));
    reload();
}

void OutboxPage::retryAllFailed()
{
    const auto result = Sync::OutboxLocalEffects(m_db).retryAllFailed(Store::AuditLog::localActor(), kSource);
    if (!result)
        QMessageBox::warning(
            this, tr("Retry"), tr("The changes could not be queued again: %1").arg(result.errorMessage()));
    reload();
    if (result && m_send)
        m_send();
}

} // namespace Sspr::Gui
