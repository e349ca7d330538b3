#include "reviewchangesdialog.h"

#include "database.h"
#include "notecolors.h"
#include "policyeditor.h"
#include "policykeys.h"
#include "settinglabels.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sspr::Gui {

using Category = Services::ImpactService::Category;
using namespace Qt::StringLiterals;

namespace {
constexpr int kSampleSize = 20;

QString categoryName(Category category)
{
    switch (category) {
    case Category::LoseReset:
        return u"LoseReset"_s;
    case Category::ForcedToRegister:
        return u"ForcedToRegister"_s;
    case Category::InScopeWithoutMethods:
        return u"InScopeWithoutMethods"_s;
    }
    return {};
}
} // namespace

ReviewChangesDialog::ReviewChangesDialog(PolicyEditor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_current(editor->effectiveSaved())
    , m_staged(editor->effectiveStaged())
    , m_impact(editor->database())
{
    setObjectName(u"reviewChangesDialog"_s);
    setWindowTitle(tr("Review changes"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Saving changes the password reset policy as listed below. Check who is affected "
                                "before you confirm."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QList<Services::PolicyService::Change> changes = editor->changes();
    auto *changesLabel = new QLabel(tr("&Changes (%n):", nullptr, int(changes.size())), this);
    layout->addWidget(changesLabel);
    m_changes = new QTableWidget(int(changes.size()), 3, this);
    m_changes->setObjectName(u"changesTable"_s);
    m_changes->setAccessibleName(tr("Changes"));
    changesLabel->setBuddy(m_changes);
    m_changes->setHorizontalHeaderLabels({tr("Setting"), tr("Old value"), tr("New value")});
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setWordWrap(true);
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int row = 0; row < changes.size(); ++row) {
        const auto &change = changes.at(row);
        auto *setting = new QTableWidgetItem(settingLabel(change.key));
        setting->setToolTip(change.key);
        setting->setData(Qt::UserRole, change.key);
        m_changes->setItem(row, 0, setting);
        const QString oldValue = SettingLabels::value(change.key, change.oldValue);
        auto *oldItem = new QTableWidgetItem(oldValue.isEmpty() ? tr("(empty)") : oldValue);
        oldItem->setToolTip(change.oldValue);
        m_changes->setItem(row, 1, oldItem);
        const QString newValue = SettingLabels::value(change.key, change.newValue);
        auto *newItem = new QTableWidgetItem(newValue.isEmpty() ? tr("(empty)") : newValue);
        newItem->setToolTip(change.newValue);
        m_changes->setItem(row, 2, newItem);
    }
    m_changes->resizeRowsToContents();
    // As tall as the changes (between 3 and 10 rows); the impact below gets the rest.
    int rowsHeight = 0;
    for (int row = 0; row < qMin(10, m_changes->rowCount()); ++row)
        rowsHeight += m_changes->rowHeight(row);
    const int minimumRows = qMax(0, 3 - m_changes->rowCount()) * m_changes->verticalHeader()->defaultSectionSize();
    m_changes->setFixedHeight(rowsHeight + minimumRows + m_changes->horizontalHeader()->sizeHint().height()
        + 2 * m_changes->frameWidth() + 2);
    layout->addWidget(m_changes);

    layout->addWidget(buildImpact(), 1);

    const QList<Core::PolicyProblem> warnings = Core::warningsOf(editor->problems());
    if (!warnings.isEmpty()) {
        QStringList lines;
        for (const Core::PolicyProblem &w : warnings)
            lines << u"• "_s + w.message;
        auto *warningLabel = new QLabel(tr("Warnings:") + u'\n' + lines.join(u'\n'), this);
        warningLabel->setObjectName(u"reviewWarningsLabel"_s);
        warningLabel->setWordWrap(true);
        warningLabel->setTextFormat(Qt::PlainText);
        QPalette pal = warningLabel->palette();
        pal.setColor(QPalette::WindowText, NoteColors::warning(pal));
        warningLabel->setPalette(pal);
        layout->addWidget(warningLabel);
    }

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"reviewButtons"_s);
    QPushButton *confirm = buttons->addButton(tr("&Save changes"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(u"reviewSaveButton"_s);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"reviewCancelButton"_s);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 720);
}

QWidget *ReviewChangesDialog::buildImpact()
{
    auto *box = new QGroupBox(tr("Impact on users"), this);
    box->setObjectName(u"impactGroup"_s);
    auto *grid = new QGridLayout(box);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto impact = m_impact.compute(m_current, m_staged);
    QApplication::restoreOverrideCursor();
    m_impactOk = impact.ok();
    if (!impact) {
        auto *failed = new QLabel(tr("The impact could not be computed: %1").arg(impact.errorMessage()), box);
        failed->setObjectName(u"impactErrorLabel"_s);
        failed->setWordWrap(true);
        grid->addWidget(failed, 0, 0);
        return box;
    }
    const QLocale locale;
    const struct
    {
        Category category;
        qint64 count;
        QString explanation;
    } rows[] = {
        {Category::LoseReset, impact->loseReset, tr("can reset their password today and could not any more.")},
        {Category::ForcedToRegister, impact->forcedToRegister,
            tr("will be asked to register methods at their next sign-in.")},
        {Category::InScopeWithoutMethods, impact->inScopeWithoutMethods,
            tr("are in scope but have not registered enough usable methods to reset.")},
    };
    int column = 0;
    for (const auto &row : rows) {
        const QString name = categoryName(row.category);
        auto *title = new QLabel(
            u"<b>%1</b>"_s.arg(Services::ImpactService::categoryDisplayName(row.category).toHtmlEscaped()), box);
        title->setWordWrap(true);
        auto *count = new QLabel(tr("%1 users %2").arg(locale.toString(row.count), row.explanation), box);
        count->setObjectName(u"impactCount"_s + name);
        count->setWordWrap(true);
        count->setProperty("count", row.count);
        auto *samples = new QListWidget(box);
        samples->setObjectName(u"impactSamples"_s + name);
        samples->setTextElideMode(Qt::ElideRight);
        samples->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        samples->setUniformItemSizes(true);
        samples->setAccessibleName(Services::ImpactService::categoryDisplayName(row.category));
        samples->setMinimumHeight(samples->fontMetrics().height() * 6);
        if (row.count > 0) {
            const auto users = m_impact.users(m_current, m_staged, row.category, kSampleSize);
            if (users) {
                for (const Store::UserRow &user : users.value()) {
                    auto *item = new QListWidgetItem(user.displayName, samples);
                    item->setToolTip(user.userPrincipalName);
                }
                if (row.count > users->size())
                    samples->addItem(tr("… and %1 more").arg(locale.toString(row.count - users->size())));
            } else {
                samples->addItem(users.errorMessage());
            }
        } else {
            samples->addItem(tr("Nobody"));
        }
        auto *exportButton = new QPushButton(tr("Export to CSV…"), box);
        exportButton->setObjectName(u"impactExport"_s + name);
        exportButton->setAccessibleName(
            tr("Export to CSV: %1").arg(Services::ImpactService::categoryDisplayName(row.category)));
        exportButton->setEnabled(row.count > 0);
        const Category category = row.category;
        connect(exportButton, &QPushButton::clicked, this, [this, category] { exportWithDialog(category); });
        grid->addWidget(title, 0, column, Qt::AlignTop);
        grid->addWidget(count, 1, column, Qt::AlignTop);
        grid->addWidget(samples, 2, column);
        grid->addWidget(exportButton, 3, column, Qt::AlignLeft);
        grid->setColumnStretch(column, 1);
        ++column;
    }
    auto *timing
        = new QLabel(tr("Computed over %1 users in %2 ms.")
                         .arg(locale.toString(impact->usersConsidered), locale.toString(impact->milliseconds, 'f', 0)),
            box);
    timing->setObjectName(u"impactTimingLabel"_s);
    timing->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(timing, 4, 0, 1, column);
    return box;
}

Core::Status ReviewChangesDialog::exportCategory(Category category, const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Core::Status status = m_impact.exportCsv(m_current, m_staged, category, path);
    QApplication::restoreOverrideCursor();
    return status;
}

void ReviewChangesDialog::exportWithDialog(Category category)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(u"impact-"_s + Services::ImpactService::categoryKey(category) + u".csv"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Core::Status status = exportCategory(category, path); !status)
        QMessageBox::warning(this, tr("Export failed"), status.errorMessage());
}

QString ReviewChangesDialog::settingLabel(const QString &key)
{
    return SettingLabels::label(key);
}

} // namespace Sspr::Gui
