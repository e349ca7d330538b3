#include "importpage.h"

#include "appsettings.h"
#include "auditlog.h"
#include "database.h"
#include "importjournal.h"
#include "importplanmodel.h"
#include "importplanner.h"
#include "importreport.h"
#include "importresultmodel.h"
#include "graphimportapplier.h"
#include "localimportapplier.h"
#include "outboxrepository.h"
#include "notecolors.h"
#include "pageheader.h"
#include "phonenumber.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFocusEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Sspr::Gui {

using Core::CsvColumnMapping;
using Core::CsvColumnRole;
using Services::ImportKind;
using Services::ImportPlan;
using Services::ImportRowClass;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSourcePreviewRows = 8;
constexpr int kAllRows = -1;

QLabel *noteLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void setNoteColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

QString secondsText(double seconds)
{
    const qint64 s = qRound64(seconds);
    if (s < 1)
        return ImportPage::tr("less than a second");
    if (s < 60)
        return ImportPage::tr("%n second(s)", nullptr, int(s));
    if (s < 3600)
        return ImportPage::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
    return ImportPage::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QChar(u'0'));
}

QTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // Fixed row heights: a table of 100,000 rows then never measures its rows.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

} // namespace

ImportPage::ImportPage(Store::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_previewModel(new ImportPlanModel(this))
    , m_resultModel(new ImportResultModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto *header = new PageHeader(tr("Import"), this);
    header->setDescription(tr("Set phone numbers or the authentication email for many users at once, from a CSV "
                              "file or rows copied from a spreadsheet. Every row is checked before anything "
                              "changes, and the result of each row is reported."));
    layout->addWidget(header);

    m_steps = new QStackedWidget(this);
    m_steps->setObjectName(u"importSteps"_s);
    m_steps->addWidget(buildSourceStep());
    m_steps->addWidget(buildMappingStep());
    m_steps->addWidget(buildPreviewStep());
    m_steps->addWidget(buildProgressStep());
    m_steps->addWidget(buildResultStep());
    layout->addWidget(m_steps, 1);
}

ImportPage::~ImportPage()
{
    if (m_checkThread) {
        *m_checkCancel = true;
        m_checkThread->wait();
    }
}

// ---- steps -------------------------------------------------------------------------------------------------------

QWidget *ImportPage::buildSourceStep()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"importSourceStep"_s);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    m_resumeBanner = new QFrame(page);
    m_resumeBanner->setObjectName(u"resumeBanner"_s);
    m_resumeBanner->setFrameShape(QFrame::StyledPanel);
    m_resumeBanner->setAutoFillBackground(true);
    {
        QPalette palette = m_resumeBanner->palette();
        palette.setColor(QPalette::Window, NoteColors::bannerBackground(palette));
        m_resumeBanner->setPalette(palette);
    }
    auto *banner = new QHBoxLayout(m_resumeBanner);
    m_resumeText = noteLabel(m_resumeBanner, u"resumeTextLabel"_s);
    m_resume = new QPushButton(tr("&Resume"), m_resumeBanner);
    m_resume->setObjectName(u"resumeButton"_s);
    m_resume->setAccessibleName(tr("Resume the interrupted import"));
    m_discardRun = new QPushButton(tr("Cancel &it"), m_resumeBanner);
    m_discardRun->setObjectName(u"discardRunButton"_s);
    m_discardRun->setAccessibleName(tr("Cancel the interrupted import; rows not yet applied stay unapplied"));
    banner->addWidget(m_resumeText, 1);
    banner->addWidget(m_resume);
    banner->addWidget(m_discardRun);
    m_resumeBanner->setVisible(false);
    layout->addWidget(m_resumeBanner);

    auto *form = new QFormLayout;
    m_kind = new QComboBox(page);
    m_kind->setObjectName(u"importKindCombo"_s);
    m_kind->setAccessibleName(tr("What to import"));
    m_kind->addItem(tr("Phone numbers (mobile, office, alternate mobile)"), int(ImportKind::Phones));
    m_kind->addItem(tr("Email addresses (the authentication email method)"), int(ImportKind::Emails));
    form->addRow(tr("&Import:"), m_kind);
    layout->addLayout(form);

    auto *fileRow = new QHBoxLayout;
    m_chooseFile = new QPushButton(tr("&Choose CSV file…"), page);
    m_chooseFile->setObjectName(u"chooseFileButton"_s);
    m_chooseFile->setAccessibleName(tr("Choose a CSV file to import"));
    fileRow->addWidget(m_chooseFile);
    fileRow->addStretch(1);
    m_sourceNext = new QPushButton(page);
    m_sourceNext->setObjectName(u"sourceNextButton"_s);
    m_sourceNext->setVisible(false);
    fileRow->addWidget(m_sourceNext);
    layout->addLayout(fileRow);

    auto *pasteLabel = new QLabel(tr("Or &paste rows copied from a spreadsheet (user, then value):"), page);
    m_paste = new QPlainTextEdit(page);
    m_paste->setObjectName(u"pasteEdit"_s);
    m_paste->setAccessibleName(tr("Pasted rows"));
    m_paste->setPlaceholderText(
        tr("adele.vance@contoso.com\t+1 425 555 0100\nalex.wilber@contoso.com\t+44 20 7946 0018"));
    m_paste->setTabChangesFocus(true);
    m_paste->setMaximumHeight(m_paste->fontMetrics().height() * 8);
    pasteLabel->setBuddy(m_paste);
    layout->addWidget(pasteLabel);
    layout->addWidget(m_paste);
    auto *pasteRow = new QHBoxLayout;
    m_usePaste = new QPushButton(tr("&Use pasted rows"), page);
    m_usePaste->setObjectName(u"usePasteButton"_s);
    m_usePaste->setAccessibleName(tr("Use the pasted rows"));
    m_usePaste->setEnabled(false);
    pasteRow->addWidget(m_usePaste);
    pasteRow->addStretch(1);
    layout->addLayout(pasteRow);

    m_sourceError = noteLabel(page, u"sourceErrorLabel"_s);
    setNoteColor(m_sourceError, NoteColors::error(palette()));
    m_sourceError->setVisible(false);
    layout->addWidget(m_sourceError);

    auto *help = noteLabel(page, u"sourceHelpLabel"_s);
    help->setForegroundRole(QPalette::PlaceholderText);
    help->setText(tr("The file needs a column with each user's user principal name and a column with the value, "
                     "for example:\n\n    UPN,Mobile,Country\n    adele.vance@contoso.com,+1 425 555 0100,\n"
                     "    lynne.robbins@contoso.com,0170 1234567,DE\n\n"
                     "Headers such as userPrincipalName, Email, Mobile, Phone, Office, Alternate and Country are "
                     "recognised, in UTF-8 or UTF-16 files separated by commas, semicolons or tabs; the next step "
                     "shows what was found and lets you change it. Nothing changes before you apply."));
    layout->addWidget(help);
    layout->addStretch(1);

    connect(m_chooseFile, &QPushButton::clicked, this, &ImportPage::chooseFile);
    connect(m_sourceNext, &QPushButton::clicked, this, [this] {
        if (m_source)
            setStep(Step::Mapping);
    });
    connect(m_paste, &QPlainTextEdit::textChanged, this,
        [this] { m_usePaste->setEnabled(!m_paste->toPlainText().trimmed().isEmpty()); });
    connect(m_usePaste, &QPushButton::clicked, this, [this] { loadText(m_paste->toPlainText()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_source)
            return;
        m_mapping = Services::ImportPlanner::detectMapping(m_source->table, kind());
        fillMappingControls();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_unfinishedRun > 0)
            resumeRun(m_unfinishedRun);
    });
    connect(m_discardRun, &QPushButton::clicked, this, [this] {
        if (m_unfinishedRun <= 0)
            return;
        const Core::Status s
            = Store::ImportJournal(m_db).cancelRun(m_unfinishedRun, tr("Not applied: the import was cancelled."));
        if (!s)
            showSourceError(s.errorMessage());
        refreshUnfinished();
    });
    return page;
}

QWidget *ImportPage::buildMappingStep()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"importMappingStep"_s);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    m_sourceLabel = noteLabel(page, u"sourceNameLabel"_s);
    layout->addWidget(m_sourceLabel);
    m_sourcePreview = new QTableWidget(page);
    m_sourcePreview->setObjectName(u"sourcePreviewTable"_s);
    m_sourcePreview->setAccessibleName(tr("The first rows of the file"));
    m_sourcePreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sourcePreview->verticalHeader()->hide();
    m_sourcePreview->setWordWrap(false);
    m_sourcePreview->horizontalHeader()->setStretchLastSection(true);
    m_sourcePreview->verticalHeader()->setDefaultSectionSize(m_sourcePreview->fontMetrics().height() + 6);
    m_sourcePreview->setMaximumHeight(m_sourcePreview->fontMetrics().height() * (kSourcePreviewRows + 4));
    layout->addWidget(m_sourcePreview);

    m_headerRow = new QCheckBox(tr("The first row holds column &names"), page);
    m_headerRow->setObjectName(u"headerRowCheckBox"_s);
    layout->addWidget(m_headerRow);

    auto *grid = new QFormLayout;
    grid->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const std::pair<CsvColumnRole, QString> roles[] = {
        {CsvColumnRole::User, tr("&User (user principal name):")},
        {CsvColumnRole::Mobile, tr("&Mobile phone:")},
        {CsvColumnRole::AlternateMobile, tr("&Alternate mobile phone:")},
        {CsvColumnRole::Office, tr("&Office phone:")},
        {CsvColumnRole::AlternateEmail, tr("&Email address:")},
        {CsvColumnRole::Country, tr("Coun&try (optional):")},
    };
    for (const auto &[role, text] : roles) {
        auto *combo = new QComboBox(page);
        combo->setObjectName(CsvColumnMapping::roleKey(role) + u"ColumnCombo"_s);
        combo->setAccessibleName(tr("Column for the %1").arg(CsvColumnMapping::roleDisplayName(role)));
        auto *label = new QLabel(text, page);
        label->setBuddy(combo);
        grid->addRow(label, combo);
        m_roleCombos.insert(int(role), combo);
        m_roleLabels.insert(int(role), label);
        connect(combo, &QComboBox::activated, this,
            [this, role, combo](int index) { columnChosen(role, combo->itemData(index).toInt()); });
    }
    m_phoneType = new QComboBox(page);
    m_phoneType->setObjectName(u"phoneTypeCombo"_s);
    m_phoneType->setAccessibleName(tr("Phone type to import the numbers as"));
    m_phoneType->addItem(tr("Each phone column as its own type"), -1);
    for (const auto type :
        {Core::MethodType::MobilePhone, Core::MethodType::AlternateMobilePhone, Core::MethodType::OfficePhone})
        m_phoneType->addItem(tr("All as %1").arg(Core::methodTypeDisplayName(type)), int(type));
    m_phoneTypeLabel = new QLabel(tr("Phone &type:"), page);
    m_phoneTypeLabel->setBuddy(m_phoneType);
    grid->addRow(m_phoneTypeLabel, m_phoneType);

    m_region = new QComboBox(page);
    m_region->setObjectName(u"defaultRegionCombo"_s);
    m_region->setAccessibleName(tr("Country for numbers without a country code"));
    struct Region
    {
        QString code;
        QString name;
    };
    QList<Region> regions;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = static_cast<QLocale::Territory>(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2 && Core::PhoneNumber::isKnownRegion(code))
            regions.append({code, QLocale::territoryToString(territory)});
    }
    std::sort(regions.begin(), regions.end(),
        [](const Region &a, const Region &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Region &r : std::as_const(regions))
        m_region->addItem(tr("%1 (%2)").arg(r.name, r.code), r.code);
    m_region->setCurrentIndex(std::max(0, m_region->findData(Services::AppSettings().defaultPhoneRegion())));
    m_regionLabel = new QLabel(tr("Numbers without a country code: &read in"), page);
    m_regionLabel->setBuddy(m_region);
    m_regionLabel->setToolTip(tr("Used when the row has no country and the user has no usage location."));
    grid->addRow(m_regionLabel, m_region);
    layout->addLayout(grid);

    m_mappingProblems = noteLabel(page, u"mappingProblemsLabel"_s);
    setNoteColor(m_mappingProblems, NoteColors::error(palette()));
    layout->addWidget(m_mappingProblems);

    auto *busy = new QHBoxLayout;
    m_checkProgress = new QProgressBar(page);
    m_checkProgress->setObjectName(u"checkProgressBar"_s);
    m_checkProgress->setAccessibleName(tr("Checking rows"));
    m_checkProgress->setVisible(false);
    m_checkPhase = noteLabel(page, u"checkPhaseLabel"_s);
    m_checkPhase->setVisible(false);
    busy->addWidget(m_checkProgress, 1);
    busy->addWidget(m_checkPhase, 1);
    layout->addLayout(busy);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_mappingBack = new QPushButton(tr("&Back"), page);
    m_mappingBack->setObjectName(u"mappingBackButton"_s);
    m_cancelCheck = new QPushButton(tr("Stop checking"), page);
    m_cancelCheck->setObjectName(u"cancelCheckButton"_s);
    m_cancelCheck->setVisible(false);
    m_check = new QPushButton(tr("C&heck rows"), page);
    m_check->setObjectName(u"checkRowsButton"_s);
    m_check->setAccessibleName(tr("Check every row"));
    m_check->setDefault(true);
    buttons->addWidget(m_mappingBack);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelCheck);
    buttons->addWidget(m_check);
    layout->addLayout(buttons);

    connect(m_headerRow, &QCheckBox::toggled, this, [this](bool header) {
        m_mapping.setHasHeaderRow(header);
        fillMappingControls();
    });
    connect(m_phoneType, &QComboBox::currentIndexChanged, this, &ImportPage::updateMappingProblems);
    connect(m_mappingBack, &QPushButton::clicked, this, [this] { setStep(Step::Source); });
    connect(m_check, &QPushButton::clicked, this, &ImportPage::checkRows);
    connect(m_cancelCheck, &QPushButton::clicked, this, &ImportPage::cancelCheck);
    return page;
}

QWidget *ImportPage::buildPreviewStep()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"importPreviewStep"_s);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    // Counts per class, as filters (one checked at a time): the changes on one line, the problems on the next, so
    // the page stays narrow.
    auto *changes = new QHBoxLayout;
    auto *problems = new QHBoxLayout;
    changes->setSpacing(4);
    problems->setSpacing(4);
    m_filterGroup = new QButtonGroup(this);
    m_filterGroup->setExclusive(true);
    auto addFilter = [&](QHBoxLayout *row, int key, const QString &objectName) {
        auto *button = new QToolButton(page);
        button->setObjectName(objectName);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_filterGroup->addButton(button, key);
        m_filterButtons.insert(key, button);
        row->addWidget(button);
        // The checked filter in bold as well: some styles (Fusion in a dark palette) barely shade a checked button.
        connect(button, &QToolButton::toggled, button, [button](bool checked) {
            QFont font = button->font();
            font.setBold(checked);
            button->setFont(font);
        });
    };
    auto *changesLabel = new QLabel(tr("Rows:"), page);
    changes->addWidget(changesLabel);
    addFilter(changes, kAllRows, u"filterAllButton"_s);
    auto *problemsLabel = new QLabel(tr("Not imported:"), page);
    problems->addWidget(problemsLabel);
    for (int c = 0; c < Services::ImportRowClassCount; ++c) {
        const auto rowClass = ImportRowClass(c);
        const bool change = rowClass == ImportRowClass::WillAdd || rowClass == ImportRowClass::WillUpdate
            || rowClass == ImportRowClass::AlreadySet;
        addFilter(change ? changes : problems, c, u"filter_"_s + ImportPlan::classKey(rowClass) + u"Button"_s);
    }
    changes->addStretch(1);
    problems->addStretch(1);
    const int labelWidth = qMax(changesLabel->sizeHint().width(), problemsLabel->sizeHint().width());
    changesLabel->setMinimumWidth(labelWidth);
    problemsLabel->setMinimumWidth(labelWidth);
    m_problemFiltersLabel = problemsLabel;
    m_filterButtons.value(kAllRows)->setChecked(true);
    layout->addLayout(changes);
    layout->addLayout(problems);

    auto *options = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Find:"), page);
    m_previewSearch = new QLineEdit(page);
    m_previewSearch->setObjectName(u"previewSearchEdit"_s);
    m_previewSearch->setAccessibleName(tr("Find rows by user, value or message"));
    m_previewSearch->setClearButtonEnabled(true);
    m_previewSearch->setPlaceholderText(tr("User, value or message"));
    searchLabel->setBuddy(m_previewSearch);
    options->addWidget(searchLabel);
    options->addWidget(m_previewSearch, 1);
    auto *policyLabel = new QLabel(tr("Users who already have a &value:"), page);
    m_existingPolicy = new QComboBox(page);
    m_existingPolicy->setObjectName(u"existingPolicyCombo"_s);
    m_existingPolicy->setAccessibleName(tr("What to do for users who already have a different value"));
    m_existingPolicy->addItem(tr("Keep their value"), int(Services::ExistingPolicy::Skip));
    m_existingPolicy->addItem(tr("Replace it"), int(Services::ExistingPolicy::Overwrite));
    m_existingPolicy->addItem(tr("Ask for each row"), int(Services::ExistingPolicy::Ask));
    policyLabel->setBuddy(m_existingPolicy);
    options->addSpacing(12);
    options->addWidget(policyLabel);
    options->addWidget(m_existingPolicy);
    layout->addLayout(options);

    auto *more = new QHBoxLayout;
    m_allowShared = new QCheckBox(tr("Also import &numbers that other accounts have"), page);
    m_allowShared->setObjectName(u"allowSharedCheckBox"_s);
    m_allowShared->setToolTip(tr("Whoever answers a shared phone can reset every account it is registered on."));
    m_replaceAll = new QPushButton(tr("Replace &all undecided"), page);
    m_replaceAll->setObjectName(u"replaceAllButton"_s);
    m_keepAll = new QPushButton(tr("&Keep all undecided"), page);
    m_keepAll->setObjectName(u"keepAllButton"_s);
    more->addWidget(m_allowShared);
    more->addStretch(1);
    more->addWidget(m_replaceAll);
    more->addWidget(m_keepAll);
    layout->addLayout(more);

    m_previewViews = new QStackedWidget(page);
    m_previewTable = makeTable(m_previewViews, u"previewTable"_s, tr("Checked rows"));
    m_previewTable->setModel(m_previewModel);
    const int em = m_previewTable->fontMetrics().averageCharWidth();
    m_previewTable->setColumnWidth(ImportPlanModel::LineColumn, 7 * em);
    m_previewTable->setColumnWidth(ImportPlanModel::UserColumn, 28 * em);
    m_previewTable->setColumnWidth(ImportPlanModel::TypeColumn, 18 * em);
    m_previewTable->setColumnWidth(ImportPlanModel::ValueColumn, 19 * em);
    m_previewTable->setColumnWidth(ImportPlanModel::PreviousColumn, 19 * em);
    m_previewTable->setColumnWidth(ImportPlanModel::ClassColumn, 16 * em);
    m_previewTable->setColumnWidth(ImportPlanModel::DecisionColumn, 15 * em);
    m_previewEmpty = noteLabel(m_previewViews, u"previewEmptyLabel"_s);
    m_previewEmpty->setAlignment(Qt::AlignCenter);
    m_previewEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_previewViews->addWidget(m_previewTable);
    m_previewViews->addWidget(m_previewEmpty);
    layout->addWidget(m_previewViews, 1);
    m_rowDetails = noteLabel(page, u"rowDetailsLabel"_s);
    m_rowDetails->setMinimumHeight(m_rowDetails->fontMetrics().height() * 2);
    m_rowDetails->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_rowDetails);

    m_applySummary = noteLabel(page, u"applySummaryLabel"_s);
    layout->addWidget(m_applySummary);
    auto *buttons = new QHBoxLayout;
    m_previewBack = new QPushButton(tr("&Back"), page);
    m_previewBack->setObjectName(u"previewBackButton"_s);
    m_checkReport = new QPushButton(tr("Save check &report…"), page);
    m_checkReport->setObjectName(u"checkReportButton"_s);
    m_checkReport->setAccessibleName(tr("Save the check of every row as a CSV report (dry run)"));
    m_apply = new QPushButton(page);
    m_apply->setObjectName(u"applyButton"_s);
    buttons->addWidget(m_previewBack);
    buttons->addStretch(1);
    buttons->addWidget(m_checkReport);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);

    connect(m_filterGroup, &QButtonGroup::idClicked, this, &ImportPage::updateFilter);
    connect(m_previewSearch, &QLineEdit::textChanged, this, &ImportPage::updateFilter);
    connect(m_existingPolicy, &QComboBox::currentIndexChanged, this, &ImportPage::policyChanged);
    connect(m_allowShared, &QCheckBox::toggled, this, &ImportPage::policyChanged);
    connect(m_replaceAll, &QPushButton::clicked, this, [this] {
        if (m_plan)
            m_plan->decideAllUndecided(Services::ImportDecision::Apply);
        m_previewModel->decisionsChanged();
        updateApplyState();
    });
    connect(m_keepAll, &QPushButton::clicked, this, [this] {
        if (m_plan)
            m_plan->decideAllUndecided(Services::ImportDecision::Skip);
        m_previewModel->decisionsChanged();
        updateApplyState();
    });
    connect(m_previewModel, &ImportPlanModel::decisionEdited, this, &ImportPage::updateApplyState);
    connect(m_previewModel, &QAbstractItemModel::modelReset, this, [this] {
        m_previewViews->setCurrentWidget(
            m_previewModel->rowCount() > 0 ? static_cast<QWidget *>(m_previewTable) : m_previewEmpty);
    });
    // The selected row's whole message under the table (the Details column is cut to its width).
    connect(m_previewTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            QString text;
            if (current.isValid()) {
                const QModelIndex details = m_previewModel->index(current.row(), ImportPlanModel::DetailsColumn);
                const QModelIndex user = m_previewModel->index(current.row(), ImportPlanModel::UserColumn);
                const QModelIndex line = m_previewModel->index(current.row(), ImportPlanModel::LineColumn);
                text = tr("Line %1, %2: %3")
                           .arg(line.data().toString(), user.data().toString(), details.data().toString());
            }
            m_rowDetails->setText(text);
        });
    connect(m_previewModel, &QAbstractItemModel::modelReset, m_rowDetails, &QLabel::clear);
    connect(m_previewBack, &QPushButton::clicked, this, [this] { setStep(Step::Mapping); });
    connect(m_checkReport, &QPushButton::clicked, this, [this] { chooseReportFile(true); });
    connect(m_apply, &QPushButton::clicked, this, &ImportPage::apply);
    return page;
}

QWidget *ImportPage::buildProgressStep()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"importProgressStep"_s);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progressTitle = noteLabel(page, u"progressTitleLabel"_s);
    layout->addWidget(m_progressTitle);
    m_applyProgress = new QProgressBar(page);
    m_applyProgress->setObjectName(u"applyProgressBar"_s);
    m_applyProgress->setAccessibleName(tr("Import progress"));
    layout->addWidget(m_applyProgress);
    m_progressText = noteLabel(page, u"progressTextLabel"_s);
    layout->addWidget(m_progressText);
    m_progressError = noteLabel(page, u"progressErrorLabel"_s);
    setNoteColor(m_progressError, NoteColors::error(palette()));
    m_progressError->setVisible(false);
    layout->addWidget(m_progressError);
    auto *note = noteLabel(page, u"progressNoteLabel"_s);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setText(tr("Each batch of rows is saved with its result, so an import that is paused, or stopped by "
                     "closing the console, continues where it stopped: nothing is applied twice."));
    layout->addWidget(note);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_pause = new QPushButton(tr("&Pause"), page);
    m_pause->setObjectName(u"pauseButton"_s);
    m_pause->setAccessibleName(tr("Pause or resume the import"));
    m_cancelRun = new QPushButton(tr("&Cancel import"), page);
    m_cancelRun->setObjectName(u"cancelRunButton"_s);
    m_cancelRun->setAccessibleName(tr("Cancel the import; rows already applied stay applied"));
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancelRun);
    layout->addLayout(buttons);

    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_runner)
            return;
        if (m_runner->state() == Services::ImportRunner::State::Running) {
            m_runner->pause();
        } else {
            m_progressError->setVisible(false);
            m_runner->start();
        }
    });
    connect(m_cancelRun, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    return page;
}

QWidget *ImportPage::buildResultStep()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"importResultStep"_s);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_resultTitle = noteLabel(page, u"resultTitleLabel"_s);
    QFont titleFont = m_resultTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_resultTitle->setFont(titleFont);
    layout->addWidget(m_resultTitle);
    m_resultSummary = noteLabel(page, u"resultSummaryLabel"_s);
    layout->addWidget(m_resultSummary);
    m_resultViews = new QStackedWidget(page);
    m_resultTable = makeTable(m_resultViews, u"resultTable"_s, tr("Rows that were not imported"));
    m_resultTable->setModel(m_resultModel);
    const int em = m_resultTable->fontMetrics().averageCharWidth();
    m_resultTable->setColumnWidth(ImportResultModel::LineColumn, 7 * em);
    m_resultTable->setColumnWidth(ImportResultModel::UserColumn, 28 * em);
    m_resultTable->setColumnWidth(ImportResultModel::TypeColumn, 18 * em);
    m_resultTable->setColumnWidth(ImportResultModel::ValueColumn, 19 * em);
    m_resultTable->setColumnWidth(ImportResultModel::OutcomeColumn, 17 * em);
    m_resultEmpty = noteLabel(m_resultViews, u"resultEmptyLabel"_s);
    m_resultEmpty->setAlignment(Qt::AlignCenter);
    m_resultEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_resultEmpty->setText(tr("Every row was imported, or needed no change."));
    m_resultViews->addWidget(m_resultTable);
    m_resultViews->addWidget(m_resultEmpty);
    layout->addWidget(m_resultViews, 1);
    auto *buttons = new QHBoxLayout;
    m_newImport = new QPushButton(tr("&New import"), page);
    m_newImport->setObjectName(u"newImportButton"_s);
    m_saveReport = new QPushButton(tr("&Save report…"), page);
    m_saveReport->setObjectName(u"saveReportButton"_s);
    m_saveReport->setAccessibleName(tr("Save the result of every row as a CSV report"));
    buttons->addWidget(m_newImport);
    buttons->addStretch(1);
    buttons->addWidget(m_saveReport);
    layout->addLayout(buttons);
    connect(m_newImport, &QPushButton::clicked, this, &ImportPage::startOver);
    connect(m_saveReport, &QPushButton::clicked, this, [this] { chooseReportFile(false); });
    return page;
}

ImportPage::Step ImportPage::step() const
{
    return Step(m_steps->currentIndex());
}

void ImportPage::setStep(Step step)
{
    m_steps->setCurrentIndex(int(step));
    switch (step) {
    case Step::Source:
        refreshUnfinished();
        m_sourceNext->setVisible(bool(m_source));
        if (m_source) {
            m_sourceNext->setText(tr("&Next: columns of %1").arg(m_source->name));
            m_sourceNext->setAccessibleName(m_sourceNext->text().remove(u'&'));
        }
        m_chooseFile->setFocus();
        break;
    case Step::Mapping:
        m_check->setFocus();
        break;
    case Step::Preview:
        m_previewTable->setFocus();
        break;
    case Step::Progress:
        m_pause->setFocus();
        break;
    case Step::Result:
        m_saveReport->setFocus();
        break;
    }
    emit stepChanged(step);
}

// No focus proxy: a proxy inside the page would make Tab jump over the controls before it. A page given the focus
// (Go menu shortcut) hands it to the current step's main control.
void ImportPage::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    QWidget *target = nullptr;
    switch (step()) {
    case Step::Source:
        target = m_chooseFile;
        break;
    case Step::Mapping:
        target = m_check->isEnabled() ? static_cast<QWidget *>(m_check) : m_roleCombos.value(int(CsvColumnRole::User));
        break;
    case Step::Preview:
        target = m_previewTable;
        break;
    case Step::Progress:
        target = m_pause;
        break;
    case Step::Result:
        target = m_saveReport;
        break;
    }
    if (target && target->isVisible())
        target->setFocus(event->reason());
}

void ImportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (step() == Step::Source)
        refreshUnfinished();
}

// ---- source ------------------------------------------------------------------------------------------------------

void ImportPage::refreshUnfinished()
{
    auto unfinished = Store::ImportJournal(m_db).latestUnfinished();
    m_unfinishedRun = 0;
    if (unfinished && unfinished->has_value()) {
        const Store::ImportRunRecord &run = unfinished->value();
        auto counts = Store::ImportJournal(m_db).counts(run.id);
        m_unfinishedRun = run.id;
        const QLocale locale;
        m_resumeText->setText(
            tr("Import #%1 of %2 (started %3) did not finish: %4 of %5 rows are done. Resume it to "
               "apply the rest; rows already applied are not applied again.")
                .arg(run.id)
                .arg(run.sourceName, locale.toString(run.createdAt.toLocalTime(), QLocale::ShortFormat),
                    locale.toString(counts ? counts->finished() : 0), locale.toString(counts ? counts->total : 0)));
    }
    const bool busy = m_runner && m_runner->state() == Services::ImportRunner::State::Running;
    m_resumeBanner->setVisible(m_unfinishedRun > 0 && !busy);
}

void ImportPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the file to import"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportPage::loadFile(const QString &path)
{
    return useSource(Services::ImportSource::fromFile(path));
}

bool ImportPage::loadText(const QString &text)
{
    return useSource(Services::ImportSource::fromText(text));
}

void ImportPage::showSourceError(const QString &message)
{
    m_sourceError->setText(message);
    m_sourceError->setAccessibleName(message);
    m_sourceError->setVisible(!message.isEmpty());
}

bool ImportPage::useSource(Core::Result<Services::ImportSource> source)
{
    if (!source) {
        showSourceError(source.errorMessage());
        setStep(Step::Source);
        return false;
    }
    showSourceError({});
    cancelCheck(); // a check of the previous source still running is dropped
    m_source = std::make_shared<const Services::ImportSource>(std::move(source).value());
    m_mapping = Services::ImportPlanner::detectMapping(m_source->table, kind());
    fillMappingControls();
    setStep(Step::Mapping);
    return true;
}

// ---- mapping -----------------------------------------------------------------------------------------------------

Services::ImportKind ImportPage::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

Services::ImportOptions ImportPage::options() const
{
    Services::ImportOptions o;
    o.kind = kind();
    if (o.kind == ImportKind::Phones && m_phoneType->currentData().toInt() >= 0)
        o.phoneType = Core::MethodType(m_phoneType->currentData().toInt());
    o.defaultRegion = m_region->currentData().toString();
    o.existing = Services::ExistingPolicy(m_existingPolicy->currentData().toInt());
    o.allowShared = m_allowShared->isChecked();
    return o;
}

void ImportPage::fillMappingControls()
{
    if (!m_source)
        return;
    const bool phones = kind() == ImportKind::Phones;
    {
        const QSignalBlocker blocker(m_headerRow);
        m_headerRow->setChecked(m_mapping.hasHeaderRow());
    }
    // The first rows as read, the header row (if any) as the table's header.
    const auto &records = m_source->table.records;
    const int columns = m_mapping.columnCount();
    m_sourcePreview->clear();
    m_sourcePreview->setColumnCount(columns);
    QStringList headers;
    for (int c = 0; c < columns; ++c) {
        const QString name = m_mapping.hasHeaderRow() ? m_mapping.headers().value(c).trimmed() : QString();
        headers << (name.isEmpty() ? tr("Column %1").arg(c + 1) : name.left(40));
    }
    m_sourcePreview->setHorizontalHeaderLabels(headers);
    const qsizetype first = m_mapping.firstDataRecord();
    const int shown = int(qMin<qsizetype>(kSourcePreviewRows, records.size() - first));
    m_sourcePreview->setRowCount(qMax(0, shown));
    for (int r = 0; r < shown; ++r) {
        const QStringList &fields = records.at(first + r).fields;
        for (int c = 0; c < columns && c < fields.size(); ++c)
            m_sourcePreview->setItem(r, c, new QTableWidgetItem(fields.at(c).left(200)));
    }
    m_sourcePreview->resizeColumnsToContents();
    const int widest = m_sourcePreview->fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < columns; ++c)
        m_sourcePreview->setColumnWidth(c, qMin(m_sourcePreview->columnWidth(c) + 16, widest));
    const QLocale locale;
    m_sourceLabel->setText(
        tr("%1: %n row(s) to import, %2 columns, %3.", nullptr, int(qMax<qsizetype>(0, records.size() - first)))
            .arg(m_source->name, locale.toString(columns), Core::CsvReader::encodingName(m_source->table.encoding)));

    for (auto it = m_roleCombos.cbegin(); it != m_roleCombos.cend(); ++it) {
        const auto role = CsvColumnRole(it.key());
        QComboBox *combo = it.value();
        const bool relevant = role == CsvColumnRole::User
            || (phones ? role == CsvColumnRole::Mobile || role == CsvColumnRole::AlternateMobile
                        || role == CsvColumnRole::Office || role == CsvColumnRole::Country
                       : role == CsvColumnRole::AlternateEmail);
        combo->setVisible(relevant);
        m_roleLabels.value(it.key())->setVisible(relevant);
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(not in the file)"), -1);
        for (int c = 0; c < columns; ++c)
            combo->addItem(m_mapping.columnName(c), c);
        combo->setCurrentIndex(std::max(0, combo->findData(m_mapping.column(role))));
    }
    m_phoneType->setVisible(phones);
    m_phoneTypeLabel->setVisible(phones);
    m_region->setVisible(phones);
    m_regionLabel->setVisible(phones);
    updateMappingProblems();
}

void ImportPage::columnChosen(CsvColumnRole role, int column)
{
    m_mapping.setColumn(role, column);
    fillMappingControls();
}

void ImportPage::updateMappingProblems()
{
    if (!m_source)
        return;
    const Core::Status s = Services::ImportPlanner::validate(m_source->table, m_mapping, options());
    m_mappingProblems->setText(s ? QString() : s.errorMessage());
    m_mappingProblems->setAccessibleName(m_mappingProblems->text());
    m_mappingProblems->setVisible(!s);
    m_check->setEnabled(s && !m_checkThread);
}

// ---- checking ----------------------------------------------------------------------------------------------------

void ImportPage::checkRows()
{
    if (!m_source || m_checkThread)
        return;
    const Services::ImportOptions o = options();
    if (const Core::Status s = Services::ImportPlanner::validate(m_source->table, m_mapping, o); !s) {
        updateMappingProblems();
        return;
    }
    m_checkCancel = std::make_shared<std::atomic_bool>(false);
    m_check->setEnabled(false);
    m_cancelCheck->setVisible(true);
    m_checkProgress->setVisible(true);
    m_checkProgress->setRange(0, 0);
    m_checkPhase->setVisible(true);
    m_checkPhase->setText(tr("Checking rows…"));

    // The check reads the store on a connection of its own, on another thread, so the window stays responsive
    // while 100,000 numbers are read.
    const QString storePath = m_db.path();
    const auto source = m_source;
    const auto mapping = m_mapping;
    const auto cancel = m_checkCancel;
    m_checkThread = QThread::create([this, storePath, source, mapping, o, cancel] {
        auto result = std::make_shared<Core::Result<Services::ImportPlan>>(Core::Error {});
        auto db = Store::Database::open(storePath, Store::Database::OpenMode::OpenExisting);
        if (!db) {
            *result = Core::Error {db.errorMessage()};
        } else {
            Services::ImportPlanner planner(*db.value());
            planner.setProgress([this, cancel](const QString &phase, qint64 done, qint64 total) {
                if (*cancel)
                    return false;
                QMetaObject::invokeMethod(
                    this, [this, phase, done, total] { checkProgressed(phase, done, total); }, Qt::QueuedConnection);
                return true;
            });
            *result = planner.plan(*source, mapping, o);
        }
        QMetaObject::invokeMethod(
            this, [this, result] { planReady(result); }, Qt::QueuedConnection);
    });
    m_checkThread->setObjectName(u"importCheck"_s);
    connect(m_checkThread, &QThread::finished, m_checkThread, &QObject::deleteLater);
    m_checkThread->start();
}

void ImportPage::checkProgressed(const QString &phase, qint64 done, qint64 total)
{
    if (!m_checkThread)
        return;
    if (total > 1) {
        m_checkProgress->setRange(0, 1000);
        m_checkProgress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    } else {
        m_checkProgress->setRange(0, 0);
    }
    m_checkPhase->setText(phase + u'…');
}

void ImportPage::cancelCheck()
{
    if (m_checkCancel)
        *m_checkCancel = true;
}

void ImportPage::planReady(std::shared_ptr<Core::Result<Services::ImportPlan>> result)
{
    if (m_checkThread) {
        m_checkThread->wait();
        m_checkThread = nullptr; // deletes itself
    }
    m_cancelCheck->setVisible(false);
    m_checkProgress->setVisible(false);
    m_checkPhase->setVisible(false);
    updateMappingProblems();
    if (*m_checkCancel)
        return; // stopped, or its source was replaced
    if (!*result) {
        m_mappingProblems->setText(tr("The rows could not be checked: %1").arg(result->errorMessage()));
        m_mappingProblems->setVisible(true);
        return;
    }
    m_plan = std::make_shared<Services::ImportPlan>(std::move(*result).value());
    {
        const QSignalBlocker policy(m_existingPolicy);
        m_existingPolicy->setCurrentIndex(std::max(0, m_existingPolicy->findData(int(m_plan->options.existing))));
        const QSignalBlocker shared(m_allowShared);
        m_allowShared->setChecked(m_plan->options.allowShared);
    }
    m_previewSearch->clear();
    m_filterButtons.value(kAllRows)->setChecked(true);
    m_previewModel->setPlan(m_plan);
    updateCounts();
    updateFilter();
    setStep(Step::Preview);
}

// ---- preview -----------------------------------------------------------------------------------------------------

void ImportPage::updateCounts()
{
    if (!m_plan)
        return;
    const QLocale locale;
    const ImportKind k = m_plan->options.kind;
    QToolButton *all = m_filterButtons.value(kAllRows);
    all->setText(tr("All rows · %1").arg(locale.toString(qint64(m_plan->items.size()))));
    all->setAccessibleName(tr("Show all %1 rows").arg(m_plan->items.size()));
    for (int c = 0; c < Services::ImportRowClassCount; ++c) {
        QToolButton *button = m_filterButtons.value(c);
        const qint64 n = m_plan->count(ImportRowClass(c));
        const QString name = ImportPlan::classDisplayName(ImportRowClass(c), k);
        button->setText(u"%1 · %2"_s.arg(name, locale.toString(n)));
        button->setAccessibleName(
            tr("Show the %n row(s) of class %1", nullptr, int(qMin<qint64>(n, INT_MAX))).arg(name));
        button->setVisible(n > 0);
    }
    bool anyProblem = false;
    for (const auto rowClass : {ImportRowClass::UnknownUser, ImportRowClass::InvalidValue, ImportRowClass::Duplicate,
             ImportRowClass::SharedNumber, ImportRowClass::RuleViolation})
        anyProblem = anyProblem || m_plan->count(rowClass) > 0;
    m_problemFiltersLabel->setVisible(anyProblem);
    const qint64 shared = m_plan->count(ImportRowClass::SharedNumber);
    m_allowShared->setVisible(shared > 0);
    m_allowShared->setText(
        tr("Also import the %n number(s) that other accounts have", nullptr, int(qMin<qint64>(shared, INT_MAX))));
    updateApplyState();
}

void ImportPage::updateFilter()
{
    QList<ImportRowClass> classes;
    const int id = m_filterGroup->checkedId();
    if (id >= 0)
        classes.append(ImportRowClass(id));
    m_previewModel->setFilter(classes, m_previewSearch->text());
    if (m_previewModel->rowCount() == 0) {
        m_previewEmpty->setText(m_previewSearch->text().trimmed().isEmpty()
                ? tr("No rows of this kind.")
                : tr("No rows match “%1”.").arg(m_previewSearch->text().trimmed()));
        m_previewViews->setCurrentWidget(m_previewEmpty);
    } else {
        m_previewViews->setCurrentWidget(m_previewTable);
        // The first row's whole message shows under the table straight away.
        m_previewTable->setCurrentIndex(m_previewModel->index(0, ImportPlanModel::ClassColumn));
    }
}

void ImportPage::policyChanged()
{
    if (!m_plan)
        return;
    m_plan->setExistingPolicy(Services::ExistingPolicy(m_existingPolicy->currentData().toInt()));
    m_plan->setAllowShared(m_allowShared->isChecked());
    m_previewModel->decisionsChanged();
    updateApplyState();
}

void ImportPage::updateApplyState()
{
    if (!m_plan)
        return;
    const QLocale locale;
    const qint64 toApply = m_plan->toApply();
    const qint64 undecided = m_plan->undecided();
    const qint64 notImported = m_plan->problems();
    const bool ask = m_plan->options.existing == Services::ExistingPolicy::Ask;
    m_replaceAll->setVisible(ask && undecided > 0);
    m_keepAll->setVisible(ask && undecided > 0);
    QStringList sentences;
    if (toApply > 0)
        sentences << tr("%n change(s) will be applied.", nullptr, int(qMin<qint64>(toApply, INT_MAX)));
    else
        sentences << tr("No row can be applied as it stands.");
    if (notImported > 0) {
        sentences << tr("%n row(s) will not be imported (the checks in red say why).", nullptr,
            int(qMin<qint64>(notImported, INT_MAX)));
    }
    if (undecided > 0) {
        sentences << tr("Decide for %n user(s) who already have a value: tick Replace, or use the buttons.", nullptr,
            int(qMin<qint64>(undecided, INT_MAX)));
    }
    m_applySummary->setText(sentences.join(u' '));
    m_applySummary->setAccessibleName(m_applySummary->text());
    m_apply->setText(toApply > 0 ? tr("&Apply %1 changes").arg(locale.toString(toApply)) : tr("&Apply"));
    m_apply->setAccessibleName(m_apply->text().remove(u'&'));
    m_apply->setEnabled(toApply > 0 && undecided == 0);
}

bool ImportPage::saveCheckReport(const QString &path)
{
    if (!m_plan)
        return false;
    const Core::Status s = Services::ImportReport::writeFile(path, m_plan->journalRows(), true);
    m_applySummary->setText(
        s ? tr("The check report was saved to %1.").arg(QDir::toNativeSeparators(path)) : s.errorMessage());
    return bool(s);
}

void ImportPage::chooseReportFile(bool checkReport)
{
    const QString suggested = (m_source ? QFileInfo(m_source->name).completeBaseName() : u"import"_s)
        + (checkReport ? u"-check.csv"_s : u"-report.csv"_s);
    const QString path = QFileDialog::getSaveFileName(
        this, checkReport ? tr("Save the check report") : tr("Save the report"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (checkReport)
        saveCheckReport(path);
    else
        saveReport(path);
}

// ---- applying ----------------------------------------------------------------------------------------------------

void ImportPage::apply()
{
    if (!m_plan || m_plan->toApply() == 0 || m_plan->undecided() > 0)
        return;
    auto id = Services::ImportRunner::createRun(m_db, *m_plan, Store::AuditLog::localActor(), u"console"_s);
    if (!id) {
        m_applySummary->setText(tr("The import could not start: %1").arg(id.errorMessage()));
        return;
    }
    startRun(id.value());
}

void ImportPage::resumeRun(qint64 runId)
{
    startRun(runId);
}

void ImportPage::startRun(qint64 runId)
{
    m_runner.reset();
    // In a Graph profile the rows are queued in the outbox, which the main window sends to the tenant.
    if (Store::OutboxRepository::isGraphProfile(m_db))
        m_applier = std::make_unique<Services::GraphImportApplier>(m_db, Store::AuditLog::localActor());
    else
        m_applier = std::make_unique<Services::LocalImportApplier>(m_db, Store::AuditLog::localActor());
    m_runner = std::make_unique<Services::ImportRunner>(m_db, *m_applier);
    if (const Core::Status s = m_runner->open(runId); !s) {
        showSourceError(s.errorMessage());
        m_runner.reset();
        setStep(Step::Source);
        return;
    }
    if (m_batchSize > 0)
        m_runner->setBatchSize(m_batchSize); // otherwise the runner sizes batches to keep the window responsive
    connect(m_runner.get(), &Services::ImportRunner::progressed, this, &ImportPage::runProgressed);
    connect(m_runner.get(), &Services::ImportRunner::stateChanged, this, &ImportPage::runStateChanged);
    connect(m_runner.get(), &Services::ImportRunner::errorOccurred, this, &ImportPage::runFailed);
    connect(m_runner.get(), &Services::ImportRunner::finished, this, &ImportPage::showResult);
    m_progressTitle->setText(tr("Import #%1 of %2").arg(runId).arg(m_runner->run().sourceName));
    m_progressError->setVisible(false);
    runProgressed(m_runner->progress());
    setStep(Step::Progress);
    if (m_runner->run().isFinished()) {
        showResult();
        return;
    }
    m_runner->start();
}

void ImportPage::runProgressed(const Services::ImportProgress &p)
{
    const QLocale locale;
    m_applyProgress->setRange(0, int(qMin<qint64>(p.total, INT_MAX)));
    m_applyProgress->setValue(int(qMin<qint64>(p.finished, INT_MAX)));
    QStringList parts;
    parts << tr("%1 of %2 rows").arg(locale.toString(p.finished), locale.toString(p.total));
    if (p.rowsPerSecond > 0)
        parts << tr("%1 rows/s").arg(locale.toString(qRound64(p.rowsPerSecond)));
    if (p.secondsLeft > 0)
        parts << tr("about %1 left").arg(secondsText(p.secondsLeft));
    else if (p.pending > 0)
        parts << tr("estimating the time left…");
    parts << tr("%1 applied, %2 not imported or unchanged")
                 .arg(locale.toString(p.done + p.queued), locale.toString(p.failed + p.skipped));
    m_progressText->setText(parts.join(u" · "_s));
    m_progressText->setAccessibleName(m_progressText->text());
}

void ImportPage::runStateChanged(Services::ImportRunner::State state)
{
    const bool paused
        = state == Services::ImportRunner::State::Paused || state == Services::ImportRunner::State::Failed;
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    if (state == Services::ImportRunner::State::Paused)
        m_progressText->setText(m_progressText->text() + u" · "_s + tr("paused"));
}

void ImportPage::runFailed(const QString &message)
{
    m_progressError->setText(tr("The import stopped: %1. Nothing of the last batch was applied; Resume tries "
                                "again from there.")
                                 .arg(message));
    m_progressError->setVisible(true);
    m_pause->setText(tr("&Resume"));
}

void ImportPage::showResult()
{
    if (!m_runner)
        return;
    const qint64 runId = m_runner->runId();
    auto summary = Services::ImportReport::summarizeRun(m_db, runId);
    QList<Store::ImportRowRecord> problems;
    Store::ImportJournal(m_db).forEachRow(runId, [&problems](const Store::ImportRowRecord &row) {
        const QString key = Services::ImportReport::outcomeKey(row, false);
        if (key == u"failed" || key == u"cancelled" || key == u"pending")
            problems.append(row);
        return true;
    });
    const Store::ImportRunRecord run = m_runner->run();
    m_resultTitle->setText(run.state == u"cancelled"
            ? tr("Import #%1 of %2 was cancelled.").arg(run.id).arg(run.sourceName)
            : tr("Import #%1 of %2 is complete.").arg(run.id).arg(run.sourceName));
    QStringList lines;
    if (summary) {
        lines << tr("Result: %1.").arg(Services::ImportReport::describe(summary.value()));
        const ImportKind runKind = ImportPlan::kindFromKey(run.kind).value_or(ImportKind::Phones);
        QStringList reasons;
        for (int c = 0; c < Services::ImportRowClassCount; ++c) {
            const qint64 n = summary->failedClasses.value(ImportPlan::classKey(ImportRowClass(c)));
            if (n > 0)
                reasons << ImportPlan::classCountText(ImportRowClass(c), n, runKind);
        }
        if (!reasons.isEmpty())
            lines << tr("Not imported: %1.").arg(reasons.join(u", "_s));
    }
    if (!problems.isEmpty())
        lines << tr("The rows below were not imported; Save report writes every row with its outcome.");
    m_resultSummary->setText(lines.join(u'\n'));
    m_resultSummary->setAccessibleName(m_resultTitle->text() + u' ' + lines.join(u' '));
    m_resultModel->setRows(problems);
    m_resultViews->setCurrentWidget(problems.isEmpty() ? static_cast<QWidget *>(m_resultEmpty) : m_resultTable);
    setStep(Step::Result);
    emit importFinished(runId);
}

bool ImportPage::saveReport(const QString &path)
{
    if (!m_runner)
        return false;
    const Core::Status s = Services::ImportReport::writeRunFile(m_db, m_runner->runId(), path);
    QStringList lines = m_resultSummary->text().split(u'\n');
    lines.removeIf([](const QString &line) { return line.startsWith(u"\u2192 "_s); });
    lines << u"\u2192 "_s
            + (s ? tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)) : s.errorMessage());
    m_resultSummary->setText(lines.join(u'\n'));
    return bool(s);
}

void ImportPage::startOver()
{
    if (m_runner && m_runner->state() == Services::ImportRunner::State::Running)
        return;
    m_runner.reset();
    m_applier.reset();
    m_plan.reset();
    m_previewModel->setPlan({});
    m_resultModel->setRows({});
    m_source.reset();
    m_paste->clear();
    showSourceError({});
    setStep(Step::Source);
}

} // namespace Sspr::Gui
