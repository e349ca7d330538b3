#pragma once

#include "csvcolumnmapping.h"
#include "importplan.h"
#include "importrunner.h"
#include "importsource.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFrame;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QThread;
class QToolButton;

namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {
class LocalImportApplier;
}

namespace Sspr::Gui {

class ImportPlanModel;
class ImportResultModel;

// The import wizard: phone numbers or emails for many users from a CSV file or pasted rows.
//   1. Source: a file, or rows pasted from a spreadsheet (and, if an import was interrupted, Resume).
//   2. Columns: which column is the user, which the value (found from the header; changeable), a country column,
//      the region for numbers without a country code, and the phone type.
//   3. Preview: every row checked (in the background), counts per class that filter the table, the policy for
//      users who already have a value (skip, overwrite, or ask per row), shared numbers held back unless allowed;
//      a check report (dry run), or Apply.
//   4. Applying: progress, rows per second, time left, Pause and Cancel. The run is journaled in the store, so
//      closing the console (or a crash) loses nothing: the Source step offers to resume it.
//   5. Result: what happened, the rows that were not imported, and Save report.
class ImportPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPage)

public:
    enum class Step { Source, Mapping, Preview, Progress, Result };
    Q_ENUM(Step)

    explicit ImportPage(Store::Database &db, QWidget *parent = nullptr);
    ~ImportPage() override;

    Step step() const;
    // What Choose file and Use pasted rows do, without their dialogs (tests and drag and drop use these).
    bool loadFile(const QString &path);
    bool loadText(const QString &text);
    // Checks every row in the background with the current columns and options; the preview opens when done.
    void checkRows();
    bool isChecking() const { return m_checkThread != nullptr; }
    void apply();
    void resumeRun(qint64 runId);
    bool saveReport(const QString &path);
    bool saveCheckReport(const QString &path);
    void startOver();

    ImportPlanModel *previewModel() const { return m_previewModel; }
    ImportResultModel *resultModel() const { return m_resultModel; }
    Services::ImportRunner *runner() const { return m_runner.get(); }
    std::shared_ptr<Services::ImportPlan> plan() const { return m_plan; }
    const Core::CsvColumnMapping &mapping() const { return m_mapping; }
    void setBatchSize(int rows) { m_batchSize = rows; }

signals:
    void stepChanged(Sspr::Gui::ImportPage::Step step);
    void importFinished(qint64 runId);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildSourceStep();
    QWidget *buildMappingStep();
    QWidget *buildPreviewStep();
    QWidget *buildProgressStep();
    QWidget *buildResultStep();
    void setStep(Step step);
    bool useSource(Core::Result<Services::ImportSource> source);
    void showSourceError(const QString &message);
    void refreshUnfinished();
    Services::ImportKind kind() const;
    Services::ImportOptions options() const;
    void fillMappingControls();
    void columnChosen(Core::CsvColumnRole role, int column);
    void updateMappingProblems();
    void planReady(std::shared_ptr<Core::Result<Services::ImportPlan>> result);
    void checkProgressed(const QString &phase, qint64 done, qint64 total);
    void cancelCheck();
    void updateCounts();
    void updateFilter();
    void policyChanged();
    void updateApplyState();
    void startRun(qint64 runId);
    void runProgressed(const Services::ImportProgress &progress);
    void runStateChanged(Services::ImportRunner::State state);
    void runFailed(const QString &message);
    void showResult();
    void chooseFile();
    void chooseReportFile(bool checkReport);

    Store::Database &m_db;
    std::shared_ptr<const Services::ImportSource> m_source;
    Core::CsvColumnMapping m_mapping;
    std::shared_ptr<Services::ImportPlan> m_plan;
    std::unique_ptr<Services::ImportApplier> m_applier;
    std::unique_ptr<Services::ImportRunner> m_runner;
    QThread *m_checkThread = nullptr;
    std::shared_ptr<std::atomic_bool> m_checkCancel;
    qint64 m_unfinishedRun = 0;
    int m_batchSize = 0; // rows per transaction; 0: the runner adapts it (a batch is one event-loop turn)

    QStackedWidget *m_steps = nullptr;
    // Source
    QComboBox *m_kind = nullptr;
    QPushButton *m_chooseFile = nullptr;
    QPushButton *m_sourceNext = nullptr;
    QPlainTextEdit *m_paste = nullptr;
    QPushButton *m_usePaste = nullptr;
    QLabel *m_sourceError = nullptr;
    QFrame *m_resumeBanner = nullptr;
    QLabel *m_resumeText = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_discardRun = nullptr;
    // Mapping
    QLabel *m_sourceLabel = nullptr;
    QTableWidget *m_sourcePreview = nullptr;
    QCheckBox *m_headerRow = nullptr;
    QHash<int, QComboBox *> m_roleCombos; // CsvColumnRole → combo
    QHash<int, QLabel *> m_roleLabels;
    QLabel *m_phoneTypeLabel = nullptr;
    QComboBox *m_phoneType = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_mappingProblems = nullptr;
    QProgressBar *m_checkProgress = nullptr;
    QLabel *m_checkPhase = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_cancelCheck = nullptr;
    QPushButton *m_mappingBack = nullptr;
    // Preview
    QButtonGroup *m_filterGroup = nullptr;
    QHash<int, QToolButton *> m_filterButtons; // class → button; -1 for all rows
    QLabel *m_problemFiltersLabel = nullptr;
    QLineEdit *m_previewSearch = nullptr;
    QComboBox *m_existingPolicy = nullptr;
    QCheckBox *m_allowShared = nullptr;
    QPushButton *m_replaceAll = nullptr;
    QPushButton *m_keepAll = nullptr;
    QStackedWidget *m_previewViews = nullptr;
    QTableView *m_previewTable = nullptr;
    QLabel *m_previewEmpty = nullptr;
    QLabel *m_rowDetails = nullptr;
    QLabel *m_applySummary = nullptr;
    QPushButton *m_previewBack = nullptr;
    QPushButton *m_checkReport = nullptr;
    QPushButton *m_apply = nullptr;
    ImportPlanModel *m_previewModel = nullptr;
    // Progress
    QLabel *m_progressTitle = nullptr;
    QProgressBar *m_applyProgress = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_progressError = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancelRun = nullptr;
    // Result
    QLabel *m_resultTitle = nullptr;
    QLabel *m_resultSummary = nullptr;
    QStackedWidget *m_resultViews = nullptr;
    QTableView *m_resultTable = nullptr;
    QLabel *m_resultEmpty = nullptr;
    QPushButton *m_saveReport = nullptr;
    QPushButton *m_newImport = nullptr;
    ImportResultModel *m_resultModel = nullptr;
};

} // namespace Sspr::Gui
