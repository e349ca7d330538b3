#include "groupsheetsdialog.h"

#include "auditlog.h"
#include "database.h"
#include "groupdirectory.h"
#include "tokenissuer.h"
#include "totphandout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kGidRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
constexpr int kGroupResults = 50;

QString documentsFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

QString fileSafe(const QString &name)
{
    QString safe = name.trimmed();
    safe.replace(QRegularExpression(u"[^A-Za-z0-9._-]+"_s), u"-"_s);
    return safe.isEmpty() ? u"group"_s : safe;
}

} // namespace

GroupSheetsDialog::GroupSheetsDialog(Store::Database &db, const QString &issuer, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(u"groupSheetsDialog"_s);
    setWindowTitle(tr("Authenticator sheets for a group"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Every member of the group, nested groups included, gets a new authenticator key: a "
                                "PDF with one page per user to hand out, and the CSV to upload in the Entra admin "
                                "center (Protection > Authentication methods > OATH tokens). Guest accounts are left "
                                "out."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *groupColumn = new QVBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"groupSearchEdit"_s);
    m_search->setAccessibleName(tr("Find group"));
    m_search->setPlaceholderText(tr("Group name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(256);
    m_groups = new QListWidget(this);
    m_groups->setObjectName(u"groupList"_s);
    m_groups->setAccessibleName(tr("Matching groups"));
    m_groups->setUniformItemSizes(true);
    m_groups->setMinimumHeight(m_groups->fontMetrics().height() * 7);
    m_members = new QLabel(this);
    m_members->setObjectName(u"groupMembersLabel"_s);
    m_members->setWordWrap(true);
    groupColumn->addWidget(m_search);
    groupColumn->addWidget(m_groups, 1);
    groupColumn->addWidget(m_members);
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_search);
    form->addRow(groupLabel, groupColumn);

    m_issuer = new QLineEdit(issuer, this);
    m_issuer->setObjectName(u"sheetsIssuerEdit"_s);
    m_issuer->setAccessibleName(tr("Issuer"));
    m_issuer->setMaxLength(100);
    form->addRow(tr("&Issuer:"), m_issuer);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"sheetsPeriodCombo"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("30 seconds (default)"), 30);
    m_period->addItem(tr("60 seconds"), 60);
    m_period->setToolTip(tr("Entra's OATH token upload takes SHA1 keys with 6 digits, so only the period can "
                            "change."));
    form->addRow(tr("P&eriod:"), m_period);

    auto pathRow = [this](QLineEdit *&edit, const QString &objectName, const QString &accessible,
                       const QString &browseText, const QString &browseName) {
        auto *row = new QHBoxLayout;
        edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessible);
        auto *browse = new QPushButton(browseText, this);
        browse->setObjectName(browseName);
        browse->setAccessibleName(tr("Choose: %1").arg(accessible));
        row->addWidget(edit, 1);
        row->addWidget(browse);
        return std::pair {row, browse};
    };
    auto [pdfRow, pdfBrowse]
        = pathRow(m_pdfPath, u"pdfPathEdit"_s, tr("PDF handouts file"), tr("&Browse…"), u"pdfBrowseButton"_s);
    auto [csvRow, csvBrowse]
        = pathRow(m_csvPath, u"csvPathEdit"_s, tr("Entra OATH CSV file"), tr("Br&owse…"), u"csvBrowseButton"_s);
    auto *pdfLabel = new QLabel(tr("&PDF handouts:"), this);
    pdfLabel->setBuddy(m_pdfPath);
    form->addRow(pdfLabel, pdfRow);
    auto *csvLabel = new QLabel(tr("Entra OATH &CSV:"), this);
    csvLabel->setBuddy(m_csvPath);
    form->addRow(csvLabel, csvRow);
    m_includeKey = new QCheckBox(tr("&Write the key in clear on each sheet"), this);
    m_includeKey->setObjectName(u"sheetsIncludeKeyCheckBox"_s);
    m_includeKey->setAccessibleName(tr("Write the key in clear on each sheet"));
    m_includeKey->setToolTip(tr("For users who cannot scan: they type the key instead. Anyone who sees the sheet "
                                "can then make the codes."));
    form->addRow(QString(), m_includeKey);
    layout->addLayout(form, 1);

    auto *note = new QLabel(tr("The keys exist only in these two files (readable only by you) and in memory; the "
                               "console records who got which token, never the key. Upload the CSV, then delete it, "
                               "and hand the sheets out in person."),
        this);
    note->setObjectName(u"sheetsNoteLabel"_s);
    note->setWordWrap(true);
    note->setFrameShape(QFrame::StyledPanel);
    note->setMargin(6);
    note->setAutoFillBackground(true);
    note->setBackgroundRole(QPalette::AlternateBase);
    layout->addWidget(note);

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(u"sheetsFeedbackLabel"_s);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setVisible(false);
    layout->addWidget(m_feedback);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"sheetsButtons"_s);
    m_create = m_buttons->addButton(tr("C&reate sheets"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"createSheetsButton"_s);
    m_create->setAccessibleName(tr("Create sheets"));
    m_create->setDefault(true);
    layout->addWidget(m_buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(40);
    connect(m_debounce, &QTimer::timeout, this, &GroupSheetsDialog::searchGroups);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_groups, &QListWidget::currentItemChanged, this, &GroupSheetsDialog::chooseCurrentGroup);
    connect(m_issuer, &QLineEdit::textChanged, this, &GroupSheetsDialog::updateState);
    connect(m_pdfPath, &QLineEdit::textChanged, this, &GroupSheetsDialog::updateState);
    connect(m_csvPath, &QLineEdit::textChanged, this, &GroupSheetsDialog::updateState);
    connect(pdfBrowse, &QPushButton::clicked, this,
        [this] { browse(m_pdfPath, tr("Save the PDF handouts"), tr("PDF documents (*.pdf)"), u"pdf"_s); });
    connect(csvBrowse, &QPushButton::clicked, this,
        [this] { browse(m_csvPath, tr("Save the Entra OATH CSV"), tr("CSV files (*.csv)"), u"csv"_s); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupSheetsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    searchGroups();
    updateState();
    resize(640, 620);
    m_search->setFocus();
}

void GroupSheetsDialog::searchGroups()
{
    m_debounce->stop();
    auto groups = Store::GroupDirectory(m_db).search(m_search->text(), kGroupResults);
    const QSignalBlocker blocker(m_groups);
    m_groups->clear();
    if (!groups) {
        m_members->setText(tr("The search failed: %1").arg(groups.errorMessage()));
        return;
    }
    const QLocale locale;
    for (const Store::GroupRow &group : groups.value()) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 direct member(s)", nullptr, int(qMin<qint64>(group.directMembers, INT_MAX)))
                .arg(group.displayName, locale.toString(group.directMembers)),
            m_groups);
        item->setData(kGidRole, group.gid);
        item->setData(kNameRole, group.displayName);
        if (group.gid == m_gid)
            m_groups->setCurrentItem(item);
    }
    if (m_gid == 0) {
        if (!groups->isEmpty())
            m_members->setText(tr("Choose a group in the list."));
        else if (m_search->text().trimmed().isEmpty())
            m_members->setText(tr("There are no groups in this store."));
        else
            m_members->setText(tr("No group matches “%1”.").arg(m_search->text().trimmed()));
    }
}

void GroupSheetsDialog::chooseCurrentGroup()
{
    if (const QListWidgetItem *item = m_groups->currentItem())
        selectGroup(item->data(kGidRole).toLongLong());
}

bool GroupSheetsDialog::selectGroup(qint64 gid)
{
    Store::GroupDirectory directory(m_db);
    QString name;
    for (int i = 0; i < m_groups->count(); ++i) {
        if (m_groups->item(i)->data(kGidRole).toLongLong() == gid)
            name = m_groups->item(i)->data(kNameRole).toString();
    }
    auto count = directory.memberCount(gid, true);
    if (!count) {
        m_members->setText(count.errorMessage());
        return false;
    }
    if (name.isEmpty()) {
        // Not in the list shown: look the name up among all groups.
        auto all = directory.search(QString(), 100000);
        if (all) {
            for (const Store::GroupRow &row : all.value())
                if (row.gid == gid)
                    name = row.displayName;
        }
        if (name.isEmpty())
            return false;
    }
    m_gid = gid;
    m_groupName = name;
    m_members->setText(tr("“%1”: %n member(s), nested groups included. Guest accounts among them are left out.",
        nullptr, int(qMin<qint64>(count.value(), INT_MAX)))
                           .arg(name));
    const QString base = QDir(documentsFolder()).filePath(fileSafe(name));
    if (m_pdfPath->text().isEmpty() || m_pdfPath->text() == m_suggestedPdf) {
        m_suggestedPdf = base + u"-authenticator-sheets.pdf"_s;
        m_pdfPath->setText(m_suggestedPdf);
    }
    if (m_csvPath->text().isEmpty() || m_csvPath->text() == m_suggestedCsv) {
        m_suggestedCsv = base + u"-oath-tokens.csv"_s;
        m_csvPath->setText(m_suggestedCsv);
    }
    updateState();
    return true;
}

void GroupSheetsDialog::setOutputPaths(const QString &pdfPath, const QString &csvPath)
{
    m_pdfPath->setText(pdfPath);
    m_csvPath->setText(csvPath);
}

void GroupSheetsDialog::browse(QLineEdit *edit, const QString &title, const QString &filter, const QString &suffix)
{
    const QString start = edit->text().isEmpty() ? documentsFolder() : edit->text();
    QString path = QFileDialog::getSaveFileName(this, title, start, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    edit->setText(path);
}

void GroupSheetsDialog::updateState()
{
    const bool ready = m_gid > 0 && !m_issuer->text().trimmed().isEmpty() && !m_pdfPath->text().trimmed().isEmpty()
        && !m_csvPath->text().trimmed().isEmpty();
    m_create->setEnabled(ready);
}

Core::Status GroupSheetsDialog::createSheets()
{
    m_summary.clear();
    if (m_gid <= 0)
        return Core::Error {tr("Choose a group first.")};
    const QString issuer = m_issuer->text().trimmed();
    if (issuer.isEmpty())
        return Core::Error {tr("Enter an issuer: the app shows it above the account.")};
    const QString pdfPath = m_pdfPath->text().trimmed();
    const QString csvPath = m_csvPath->text().trimmed();
    if (pdfPath.isEmpty() || csvPath.isEmpty())
        return Core::Error {tr("Choose where to save both the PDF handouts and the OATH CSV.")};
    if (QFileInfo(pdfPath).absoluteFilePath() == QFileInfo(csvPath).absoluteFilePath())
        return Core::Error {tr("The PDF and the CSV must be different files.")};

    Services::TokenIssuer tokens(m_db, Store::AuditLog::localActor(), u"console"_s);
    auto members = tokens.groupMembers(m_gid);
    if (!members)
        return members.error();
    // Entra's OATH tokens are not for guests; they are left out and counted.
    QList<Services::TokenRecipient> recipients;
    int guests = 0;
    for (const Services::TokenRecipient &member : std::as_const(members.value())) {
        if (member.guest)
            ++guests;
        else
            recipients.append(member);
    }
    if (recipients.isEmpty())
        return Core::Error {tr("“%1” has no members who can get a token.").arg(m_groupName)};

    Core::TotpParameters parameters;
    parameters.period = m_period->currentData().toInt();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Services::TotpHandoutEntry> entries;
    entries.reserve(recipients.size());
    for (const Services::TokenRecipient &recipient : std::as_const(recipients))
        entries.append(Services::TokenIssuer::newEntry(recipient, issuer, parameters, now));
    // The keys leave memory with the dialog's work, whatever the outcome (best effort: copies made by the writers
    // are released but not overwritten).
    const auto wipe = qScopeGuard([&entries] {
        for (Services::TotpHandoutEntry &entry : entries)
            entry.key.secret.fill('\0');
    });
    if (const auto csv = Services::TotpHandout::oathCsv(entries); !csv)
        return csv.error();

    Services::TotpHandoutOptions options;
    options.includeSecret = m_includeKey->isChecked();
    options.issuedBy = tokens.actor();
    QProgressDialog progress(
        tr("Writing the handouts for “%1”…").arg(m_groupName), tr("Cancel"), 0, int(entries.size()), this);
    progress.setObjectName(u"sheetsProgressDialog"_s);
    progress.setWindowTitle(tr("Authenticator sheets"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    const Core::Status pdf = Services::TotpHandout::writePdf(entries, pdfPath, options, [&](int done, int total) {
        progress.setLabelText(tr("Writing page %1 of %2 for “%3”…").arg(done).arg(total).arg(m_groupName));
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    if (!pdf)
        return pdf;
    progress.setLabelText(tr("Writing the OATH CSV…"));
    if (const Core::Status csv = Services::TotpHandout::writeOathCsv(entries, csvPath); !csv) {
        QFile::remove(pdfPath);
        return csv;
    }
    if (const Core::Status recorded = tokens.record(recipients, entries); !recorded) {
        QFile::remove(pdfPath);
        QFile::remove(csvPath);
        return Core::Error {
            tr("The tokens could not be recorded, so no file was kept: %1").arg(recorded.errorMessage())};
    }
    progress.close();

    m_summary = tr("Keys issued to %n member(s) of “%1” and recorded. Wrote %2 and %3 (readable only by you).", nullptr,
        int(entries.size()))
                    .arg(m_groupName, QDir::toNativeSeparators(pdfPath), QDir::toNativeSeparators(csvPath));
    if (guests > 0)
        m_summary += u' ' + tr("%n guest account(s) left out.", nullptr, guests);
    return {};
}

void GroupSheetsDialog::accept()
{
    m_feedback->setVisible(false);
    if (const Core::Status s = createSheets(); !s) {
        m_feedback->setText(s.errorMessage());
        m_feedback->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace Sspr::Gui
