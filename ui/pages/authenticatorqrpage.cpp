#include "authenticatorqrpage.h"

#include "appsettings.h"
#include "auditlog.h"
#include "base32.h"
#include "database.h"
#include "graphsession.h"
#include "groupsheetsdialog.h"
#include "hardwareoathregistrar.h"
#include "otpauthuri.h"
#include "pageheader.h"
#include "qrcodewidget.h"
#include "qrrenderer.h"
#include "totpsecret.h"
#include "userdirectory.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kUidRole = Qt::UserRole + 1;
constexpr int kSearchResults = 8;

// "ABCD EFGH …": easier to read out and type than one long run.
QString grouped(const QString &base32)
{
    QString out;
    for (qsizetype i = 0; i < base32.size(); i += 4) {
        if (i > 0)
            out += u' ';
        out += base32.mid(i, 4);
    }
    return out;
}

QString minutesAndSeconds(int seconds)
{
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// Overwrites a string's characters before it is dropped (best effort: earlier copies are not reachable).
void wipe(QString &text)
{
    text.fill(u'\0');
    text.clear();
}

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

AuthenticatorQrPage::AuthenticatorQrPage(Store::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_now([] { return QDateTime::currentSecsSinceEpoch(); })
{
    setObjectName(u"authenticatorQrPage"_s);
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(40);
    connect(m_searchDebounce, &QTimer::timeout, this, &AuthenticatorQrPage::searchUsers);
    m_tick = new QTimer(this);
    m_tick->setInterval(200);
    connect(m_tick, &QTimer::timeout, this, &AuthenticatorQrPage::updateCountdown);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto *header = new PageHeader(tr("Authenticator QR"), this);
    header->setDescription(tr("Give a user a key for an authenticator app: generate it, let the user scan the QR "
                              "code, and confirm the first code their app shows. The console records who got which "
                              "token, never the secret."));
    layout->addWidget(header);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(buildChooser(), 4);
    columns->addWidget(buildKeyPanel(), 5);
    layout->addLayout(columns, 1);

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(u"qrFeedbackLabel"_s);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedback->setVisible(false);
    layout->addWidget(m_feedback);

    // The issuer: the configured one, else the tenant's name.
    QString issuer = Services::AppSettings().qrIssuer();
    if (issuer.isEmpty()) {
        auto tenant = Services::TokenIssuer(m_db, {}, u"console"_s).tenantIssuer();
        issuer = tenant ? tenant.value() : u"SSPR Console"_s;
    }
    m_issuer->setText(issuer);

    setFocusProxy(m_userSearch);
    clearKey(ClearReason::Explicit);
    m_feedback->setVisible(false);
}

AuthenticatorQrPage::~AuthenticatorQrPage()
{
    // Never leave the secret behind on the clipboard or in memory.
    if (hasKey())
        clearKey(ClearReason::PageLeft);
}

int AuthenticatorQrPage::timeoutSeconds()
{
    return Services::AppSettings().qrAutoCloseSeconds();
}

QWidget *AuthenticatorQrPage::buildChooser()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    m_chooser = new QGroupBox(tr("User"), panel);
    auto *userLayout = new QVBoxLayout(m_chooser);
    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("Find &user:"), m_chooser);
    m_userSearch = new QLineEdit(m_chooser);
    m_userSearch->setObjectName(u"qrUserSearchEdit"_s);
    m_userSearch->setAccessibleName(tr("Find user"));
    m_userSearch->setAccessibleDescription(tr("Type part of a name or user principal name. Press Down to move to "
                                              "the results, Enter to generate a key for the chosen user."));
    m_userSearch->setPlaceholderText(tr("Name or user principal name"));
    m_userSearch->setClearButtonEnabled(true);
    m_userSearch->setMaxLength(256);
    m_userSearch->installEventFilter(this);
    searchLabel->setBuddy(m_userSearch);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_userSearch, 1);
    userLayout->addLayout(searchRow);
    m_userList = new QListWidget(m_chooser);
    m_userList->setObjectName(u"qrUserList"_s);
    m_userList->setAccessibleName(tr("Matching users"));
    m_userList->setUniformItemSizes(true);
    m_userList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_userList->installEventFilter(this);
    // Exactly as tall as the results it can hold: spare height goes below, to the labels that wrap.
    const int rowHeight = qMax(m_userList->fontMetrics().height() + 4, 18);
    m_userList->setFixedHeight(rowHeight * kSearchResults + 2 * m_userList->frameWidth() + 4);
    userLayout->addWidget(m_userList);
    m_userEmpty = new QLabel(m_chooser);
    m_userEmpty->setObjectName(u"qrUserEmptyLabel"_s);
    m_userEmpty->setWordWrap(true);
    m_userEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_userEmpty->setVisible(false);
    userLayout->addWidget(m_userEmpty);
    layout->addWidget(m_chooser);

    m_selectedUser = new QLabel(panel);
    m_selectedUser->setObjectName(u"qrSelectedUserLabel"_s);
    m_selectedUser->setWordWrap(true);
    m_selectedUser->setTextFormat(Qt::RichText);
    layout->addWidget(m_selectedUser);

    auto *settingsBox = new QGroupBox(tr("Key settings"), panel);
    auto *form = new QFormLayout(settingsBox);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_issuer = new QLineEdit(settingsBox);
    m_issuer->setObjectName(u"issuerEdit"_s);
    m_issuer->setAccessibleName(tr("Issuer"));
    m_issuer->setAccessibleDescription(tr("The name the authenticator app shows above the account."));
    m_issuer->setToolTip(m_issuer->accessibleDescription());
    m_issuer->setMaxLength(100);
    m_issuer->installEventFilter(this);
    form->addRow(tr("&Issuer:"), m_issuer);

    m_digits = new QComboBox(settingsBox);
    m_digits->setObjectName(u"digitsCombo"_s);
    m_digits->setAccessibleName(tr("Digits"));
    m_digits->addItem(tr("6 (default)"), 6);
    m_digits->addItem(tr("8"), 8);
    m_period = new QComboBox(settingsBox);
    m_period->setObjectName(u"periodCombo"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("30 seconds (default)"), 30);
    m_period->addItem(tr("60 seconds"), 60);
    m_algorithm = new QComboBox(settingsBox);
    m_algorithm->setObjectName(u"algorithmCombo"_s);
    m_algorithm->setAccessibleName(tr("Algorithm"));
    m_algorithm->addItem(tr("SHA1 (default)"), int(Core::OtpAlgorithm::Sha1));
    m_algorithm->addItem(u"SHA256"_s, int(Core::OtpAlgorithm::Sha256));
    m_algorithm->addItem(u"SHA512"_s, int(Core::OtpAlgorithm::Sha512));
    for (QComboBox *combo : {m_digits, m_period, m_algorithm}) {
        combo->installEventFilter(this);
        connect(combo, &QComboBox::currentIndexChanged, this, &AuthenticatorQrPage::updateParameterWarnings);
    }
    auto *advancedNote = new QLabel(tr("Advanced: keep the defaults unless every app your users have supports "
                                       "the others."),
        settingsBox);
    advancedNote->setWordWrap(true);
    advancedNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(advancedNote);
    form->addRow(tr("&Digits:"), m_digits);
    form->addRow(tr("P&eriod:"), m_period);
    form->addRow(tr("&Algorithm:"), m_algorithm);
    m_parameterWarning = new QLabel(settingsBox);
    m_parameterWarning->setObjectName(u"parameterWarningLabel"_s);
    m_parameterWarning->setWordWrap(true);
    m_parameterWarning->setTextFormat(Qt::PlainText);
    m_parameterWarning->setFrameShape(QFrame::StyledPanel);
    m_parameterWarning->setMargin(6);
    m_parameterWarning->setAutoFillBackground(true);
    m_parameterWarning->setBackgroundRole(QPalette::AlternateBase);
    m_parameterWarning->setVisible(false);
    form->addRow(m_parameterWarning);
    layout->addWidget(settingsBox);
    layout->addWidget(buildEntraBox());

    auto *buttons = new QHBoxLayout;
    m_generate = new QPushButton(tr("&Generate"), panel);
    m_generate->setObjectName(u"generateButton"_s);
    m_generate->setAccessibleName(tr("Generate key and QR code"));
    m_generate->setToolTip(tr("Makes a new key for the chosen user and records the token (Enter)."));
    m_groupSheets = new QPushButton(tr("Sheets for a gr&oup…"), panel);
    m_groupSheets->setObjectName(u"groupSheetsButton"_s);
    m_groupSheets->setAccessibleName(tr("Sheets for a group"));
    m_groupSheets->setToolTip(tr("Keys for every member of a group: one PDF page per user and the Entra OATH CSV."));
    buttons->addWidget(m_generate);
    buttons->addStretch(1);
    buttons->addWidget(m_groupSheets);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_userSearch, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_userList, &QListWidget::currentItemChanged, this, &AuthenticatorQrPage::chooseCurrentListUser);
    // Not itemActivated: on some desktops a single click activates, and a click should only choose.
    connect(m_userList, &QListWidget::itemDoubleClicked, this, [this] {
        chooseCurrentListUser();
        generate();
    });
    connect(m_issuer, &QLineEdit::textChanged, this, [this] {
        updateParameterWarnings();
        updateActions();
    });
    connect(m_generate, &QPushButton::clicked, this, &AuthenticatorQrPage::generate);
    connect(m_groupSheets, &QPushButton::clicked, this, &AuthenticatorQrPage::openGroupSheets);
    return panel;
}

QWidget *AuthenticatorQrPage::buildKeyPanel()
{
    auto *box = new QGroupBox(tr("QR code"), this);
    box->setObjectName(u"qrKeyBox"_s);
    auto *layout = new QVBoxLayout(box);

    m_qr = new QrCodeWidget(box);
    m_qr->setPlaceholderText(tr("Choose a user and press Generate.\nThe QR code appears here."));
    layout->addWidget(m_qr, 1); // as large as the box allows: the widget centres the square itself

    m_account = new QLabel(box);
    m_account->setObjectName(u"qrAccountLabel"_s);
    m_account->setAlignment(Qt::AlignHCenter);
    m_account->setWordWrap(true);
    m_account->setTextFormat(Qt::RichText);
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_account);

    auto *countdownRow = new QHBoxLayout;
    m_countdown = new QLabel(box);
    m_countdown->setObjectName(u"qrCountdownLabel"_s);
    m_countdown->setTextFormat(Qt::PlainText);
    m_clear = new QPushButton(tr("Clear &now"), box);
    m_clear->setObjectName(u"clearKeyButton"_s);
    m_clear->setAccessibleName(tr("Clear the QR code and secret now"));
    countdownRow->addWidget(m_countdown, 1);
    countdownRow->addWidget(m_clear);
    layout->addLayout(countdownRow);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *secretRow = new QHBoxLayout;
    m_secret = new QLineEdit(box);
    m_secret->setObjectName(u"secretEdit"_s);
    m_secret->setAccessibleName(tr("Secret key"));
    m_secret->setAccessibleDescription(tr("Hidden until you reveal it. For users who cannot scan the QR code."));
    m_secret->setReadOnly(true);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setContextMenuPolicy(Qt::NoContextMenu); // copying goes through the explicit actions
    m_secret->installEventFilter(this);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_secret->setFont(mono);
    m_reveal = new QPushButton(tr("&Reveal"), box);
    m_reveal->setObjectName(u"revealSecretButton"_s);
    m_reveal->setAccessibleName(tr("Reveal secret"));
    m_reveal->setCheckable(true);
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_reveal);
    auto *secretLabel = new QLabel(tr("Secret &key:"), box);
    secretLabel->setBuddy(m_secret);
    form->addRow(secretLabel, secretRow);

    auto *copyRow = new QHBoxLayout;
    m_copySecret = new QPushButton(tr("&Copy secret"), box);
    m_copySecret->setObjectName(u"copySecretButton"_s);
    m_copySecret->setAccessibleName(tr("Copy secret"));
    m_copyUri = new QPushButton(tr("Copy o&tpauth URI"), box);
    m_copyUri->setObjectName(u"copyUriButton"_s);
    m_copyUri->setAccessibleName(tr("Copy otpauth URI"));
    m_copyUri->setToolTip(tr("The otpauth:// link the QR code holds, for apps that can import it."));
    copyRow->addWidget(m_copySecret);
    copyRow->addWidget(m_copyUri);
    copyRow->addStretch(1);
    form->addRow(QString(), copyRow);

    auto *codeRow = new QHBoxLayout;
    m_code = new QLineEdit(box);
    m_code->setObjectName(u"verifyCodeEdit"_s);
    m_code->setAccessibleName(tr("Code from the app"));
    m_code->setAccessibleDescription(tr("The code the user's authenticator app shows now. Press Enter to check it."));
    m_code->setMaxLength(12);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setFont(mono);
    m_code->installEventFilter(this);
    m_verify = new QPushButton(tr("&Verify"), box);
    m_verify->setObjectName(u"verifyCodeButton"_s);
    m_verify->setAccessibleName(tr("Verify code"));
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_verify);
    auto *codeLabel = new QLabel(tr("Code &from the app:"), box);
    codeLabel->setBuddy(m_code);
    form->addRow(codeLabel, codeRow);
    m_verifyResult = new QLabel(box);
    m_verifyResult->setObjectName(u"verifyResultLabel"_s);
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextFormat(Qt::PlainText);
    m_verifyResult->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // wraps at the field's width
    form->addRow(QString(), m_verifyResult);

    auto *saveRow = new QHBoxLayout;
    m_savePng = new QPushButton(tr("PNG…"), box);
    m_savePng->setObjectName(u"exportPngButton"_s);
    m_savePng->setAccessibleName(tr("Save the QR code as a PNG image"));
    m_saveSvg = new QPushButton(tr("SVG…"), box);
    m_saveSvg->setObjectName(u"exportSvgButton"_s);
    m_saveSvg->setAccessibleName(tr("Save the QR code as an SVG image"));
    m_savePdf = new QPushButton(tr("PDF handout…"), box);
    m_savePdf->setObjectName(u"exportPdfButton"_s);
    m_savePdf->setAccessibleName(tr("Save a PDF handout"));
    m_print = new QPushButton(tr("&Print…"), box);
    m_print->setObjectName(u"printButton"_s);
    m_print->setAccessibleName(tr("Print a handout"));
    saveRow->addWidget(m_savePng);
    saveRow->addWidget(m_saveSvg);
    saveRow->addWidget(m_savePdf);
    saveRow->addWidget(m_print);
    saveRow->addStretch(1);
    auto *saveLabel = new QLabel(tr("&Save as:"), box);
    saveLabel->setBuddy(m_savePng);
    form->addRow(saveLabel, saveRow);
    m_includeKey = new QCheckBox(tr("&Write the key in clear on PDF and printed sheets"), box);
    m_includeKey->setObjectName(u"includeKeyCheckBox"_s);
    m_includeKey->setAccessibleName(tr("Write the key in clear on PDF and printed sheets"));
    m_includeKey->setToolTip(tr("For users who cannot scan: they type the key instead. Anyone who sees the sheet "
                                "can then make the codes."));
    form->addRow(QString(), m_includeKey);
    layout->addLayout(form);

    connect(m_clear, &QPushButton::clicked, this, [this] { clearKey(ClearReason::Explicit); });
    connect(m_reveal, &QPushButton::toggled, this, &AuthenticatorQrPage::setRevealed);
    connect(m_copySecret, &QPushButton::clicked, this,
        [this] { copyToClipboard(Core::Base32::encode(m_entry.key.secret), tr("The secret")); });
    connect(m_copyUri, &QPushButton::clicked, this, [this] { copyToClipboard(m_uri, tr("The otpauth URI")); });
    connect(m_verify, &QPushButton::clicked, this, &AuthenticatorQrPage::verifyCode);
    connect(m_savePng, &QPushButton::clicked, this, [this] { exportInteractively(ExportFormat::Png); });
    connect(m_saveSvg, &QPushButton::clicked, this, [this] { exportInteractively(ExportFormat::Svg); });
    connect(m_savePdf, &QPushButton::clicked, this, [this] { exportInteractively(ExportFormat::Pdf); });
    connect(m_print, &QPushButton::clicked, this, &AuthenticatorQrPage::printInteractively);
    return box;
}

void AuthenticatorQrPage::setTimeSource(std::function<qint64()> now)
{
    m_now = now ? std::move(now) : [] {
        return QDateTime::currentSecsSinceEpoch();
    };
}

void AuthenticatorQrPage::setSingleUserMode(bool single)
{
    m_singleUser = single;
    m_chooser->setVisible(!single);
    m_groupSheets->setVisible(!single);
    setFocusProxy(single ? static_cast<QWidget *>(m_generate) : m_userSearch);
}

void AuthenticatorQrPage::searchUsers()
{
    m_searchDebounce->stop();
    m_searched = true;
    Store::UserFilter filter;
    filter.text = m_userSearch->text();
    auto rows = Store::UserDirectory(m_db).page(filter, {}, kSearchResults);
    const QSignalBlocker blocker(m_userList);
    m_userList->clear();
    if (!rows) {
        m_userEmpty->setText(tr("The search failed: %1").arg(rows.errorMessage()));
        m_userEmpty->setVisible(true);
        return;
    }
    for (const Store::UserRow &row : rows.value()) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(row.displayName, row.userPrincipalName), m_userList);
        item->setData(kUidRole, row.uid);
        if (m_user && m_user->uid == row.uid)
            m_userList->setCurrentItem(item);
    }
    const QString text = m_userSearch->text().trimmed();
    if (rows->isEmpty()) {
        m_userEmpty->setText(text.isEmpty() ? tr("There are no users in this store.")
                                            : tr("No users match “%1”. Search looks at the start of each word of a "
                                                 "name, user principal name or mail.")
                                                  .arg(text));
    } else if (rows->size() == kSearchResults) {
        m_userEmpty->setText(
            tr("Showing the first %n match(es); type more to narrow the list.", nullptr, kSearchResults));
    }
    m_userEmpty->setVisible(rows->isEmpty() || rows->size() == kSearchResults);
}

void AuthenticatorQrPage::chooseCurrentListUser()
{
    const QListWidgetItem *item = m_userList->currentItem();
    if (!item)
        return;
    setUser(item->data(kUidRole).toLongLong());
}

bool AuthenticatorQrPage::setUser(qint64 uid)
{
    if (m_user && m_user->uid == uid)
        return true;
    auto found = Services::TokenIssuer(m_db, {}, u"console"_s).recipient(uid);
    if (!found || !found.value()) {
        showFeedback(found ? tr("That user is no longer in the store.") : found.errorMessage());
        return false;
    }
    if (hasKey())
        clearKey(ClearReason::UserChanged);
    m_user = *found.value();
    QString text = tr("Key for <b>%1</b> · %2").arg(m_user->displayName.toHtmlEscaped(), m_user->upn.toHtmlEscaped());
    if (m_user->guest)
        text += u"<br>"_s
            + tr("A guest account: Entra's OATH tokens are not for guests, so this key may not work for "
                 "sign-in.");
    m_selectedUser->setText(text);
    m_selectedUser->setAccessibleName(tr("Key for %1, %2").arg(m_user->displayName, m_user->upn));
    if (m_singleUser && window())
        window()->setWindowTitle(tr("Authenticator QR code — %1").arg(m_user->displayName));
    updateActions();
    return true;
}

Core::TotpParameters AuthenticatorQrPage::chosenParameters() const
{
    Core::TotpParameters parameters;
    parameters.digits = m_digits->currentData().toInt();
    parameters.period = m_period->currentData().toInt();
    parameters.algorithm = static_cast<Core::OtpAlgorithm>(m_algorithm->currentData().toInt());
    return parameters;
}

void AuthenticatorQrPage::updateParameterWarnings()
{
    // The warnings of a key like the one Generate would make: non-default parameters, and issuer problems.
    const Core::TotpKey probe {
        m_issuer->text().trimmed(), u"user"_s, QByteArray(Core::TotpSecret::kDefaultBytes, '\x5a'), chosenParameters()};
    QStringList warnings = Core::OtpauthUri::compatibilityWarnings(probe);
    if (m_issuer->text().trimmed().isEmpty())
        warnings = {tr("Enter an issuer: the app shows it above the account so the user can tell keys apart.")};
    m_parameterWarning->setText(u"⚠ "_s + warnings.join(u"\n⚠ "_s));
    m_parameterWarning->setVisible(!warnings.isEmpty());
}

void AuthenticatorQrPage::updateActions()
{
    const bool canGenerate = m_user.has_value() && !m_issuer->text().trimmed().isEmpty();
    m_generate->setEnabled(canGenerate);
    if (!m_user)
        m_selectedUser->setText(tr("No user chosen yet: find one above."));
    const bool key = hasKey();
    for (QWidget *w : std::initializer_list<QWidget *> {m_clear, m_secret, m_reveal, m_copySecret, m_copyUri, m_code,
             m_verify, m_savePng, m_saveSvg, m_savePdf, m_print})
        w->setEnabled(key);
    m_countdown->setVisible(key);
    m_clear->setVisible(key);
    updateEntra();
}

bool AuthenticatorQrPage::hasKey() const
{
    return !m_qr->matrix().isNull();
}

bool AuthenticatorQrPage::generate()
{
    if (m_searchDebounce->isActive())
        searchUsers();
    if (!m_user) {
        showFeedback(tr("Choose a user first: type part of their name above, then pick them from the list."));
        return false;
    }
    const QString issuer = m_issuer->text().trimmed();
    if (issuer.isEmpty()) {
        showFeedback(tr("Enter an issuer: the app shows it above the account."));
        m_issuer->setFocus();
        return false;
    }
    if (hasKey())
        clearKey(ClearReason::Explicit);

    Services::TokenIssuer issuerService(m_db, Store::AuditLog::localActor(), u"console"_s);
    Services::TotpHandoutEntry entry
        = Services::TokenIssuer::newEntry(*m_user, issuer, chosenParameters(), QDateTime::currentDateTimeUtc());
    const auto uri = Core::OtpauthUri::build(entry.key);
    if (!uri) {
        showFeedback(tr("No key was made: %1").arg(uri.errorMessage()));
        return false;
    }
    const auto matrix = Core::QrMatrix::encode(uri.value());
    if (!matrix) {
        showFeedback(tr("No key was made: %1").arg(matrix.errorMessage()));
        return false;
    }
    // Recorded before it is shown: a key on screen may be scanned, so it counts as issued.
    if (const Core::Status recorded = issuerService.record({*m_user}, {entry}); !recorded) {
        showFeedback(tr("The token could not be recorded, so no key is shown: %1").arg(recorded.errorMessage()));
        return false;
    }

    m_entry = entry;
    m_uri = uri.value();
    m_issuedTo = *m_user;
    m_verifiedRecorded = false;
    m_qr->setMatrix(matrix.value());
    m_account->setText(
        tr("<b>%1</b>: %2<br>Token %3 · issued %4")
            .arg(entry.key.issuer.toHtmlEscaped(), entry.key.account.toHtmlEscaped(), entry.serial.toHtmlEscaped(),
                QLocale().toString(entry.issuedAt.toLocalTime().time(), QLocale::ShortFormat)));
    m_secret->setText(grouped(Core::Base32::encode(entry.key.secret)));
    setRevealed(false);
    m_code->clear();
    m_code->setPlaceholderText(tr("%1-digit code").arg(entry.key.parameters.digits));
    m_verifyResult->clear();
    m_timeoutSeconds = timeoutSeconds();
    m_shownSince.start();
    if (m_timeoutSeconds > 0)
        m_tick->start();
    updateCountdown();
    updateActions();
    showFeedback(tr("Token %1 issued to %2 and recorded. Let the user scan the code, then type the code their app "
                    "shows to confirm it.")
                     .arg(entry.serial, entry.key.account));
    m_code->setFocus();
    resetEntraRegistration();
    if (m_entraBox->isVisibleTo(this) && m_entraRegister->isEnabled() && m_entraRegister->isChecked())
        startEntraRegistration();
    emit tokenIssued(entry.key.account, entry.serial);
    return true;
}

void AuthenticatorQrPage::clearKey(ClearReason reason)
{
    const bool had = hasKey();
    m_tick->stop();
    if (!m_copied.isEmpty()) {
        // Only what this page copied is removed; anything copied since is left alone.
        QClipboard *clipboard = QGuiApplication::clipboard();
        if (clipboard && clipboard->text() == m_copied)
            clipboard->clear();
        wipe(m_copied);
    }
    wipe(m_entry.key.secret);
    m_entry = {};
    wipe(m_uri);
    m_qr->clear();
    m_secret->clear();
    m_secret->setEchoMode(QLineEdit::Password);
    {
        const QSignalBlocker blocker(m_reveal);
        m_reveal->setChecked(false);
        m_reveal->setText(tr("&Reveal"));
        m_reveal->setAccessibleName(tr("Reveal secret"));
    }
    m_code->clear();
    m_verifyResult->clear();
    m_account->clear();
    m_countdown->clear();
    // The activation needs no secret, only the code from the user's app: it may go on after a timeout or Clear now,
    // not for another user or after the page was left.
    if (reason == ClearReason::UserChanged || reason == ClearReason::PageLeft)
        resetEntraRegistration();
    updateActions();
    if (!had)
        return;
    switch (reason) {
    case ClearReason::Timeout:
        showFeedback(tr("The QR code and the secret were cleared after %n second(s). Generate a new key if the user "
                        "did not scan it in time.",
            nullptr, m_timeoutSeconds));
        break;
    case ClearReason::PageLeft:
        showFeedback(tr("The QR code and the secret were cleared when you left the page."));
        break;
    case ClearReason::UserChanged:
    case ClearReason::Explicit:
        showFeedback(tr("The QR code and the secret were cleared."));
        break;
    }
}

void AuthenticatorQrPage::updateCountdown()
{
    if (!hasKey())
        return;
    if (m_timeoutSeconds <= 0) {
        m_countdown->setText(tr("The QR code and the secret stay until you clear them or leave the page."));
        m_countdown->setAccessibleName(m_countdown->text());
        return;
    }
    const qint64 left = qint64(m_timeoutSeconds) * 1000 - m_shownSince.elapsed();
    if (left <= 0) {
        clearKey(ClearReason::Timeout);
        return;
    }
    const int seconds = int((left + 999) / 1000);
    m_countdown->setText(tr("The QR code and the secret clear themselves in %1.").arg(minutesAndSeconds(seconds)));
    // Screen readers hear the minute, not every tick.
    m_countdown->setAccessibleName(tr("Clears in %n minute(s)", nullptr, (seconds + 59) / 60));
}

void AuthenticatorQrPage::setRevealed(bool revealed)
{
    if (m_reveal->isChecked() != revealed) {
        const QSignalBlocker blocker(m_reveal);
        m_reveal->setChecked(revealed);
    }
    m_secret->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setText(revealed ? tr("&Hide") : tr("&Reveal"));
    m_reveal->setAccessibleName(revealed ? tr("Hide secret") : tr("Reveal secret"));
}

void AuthenticatorQrPage::copyToClipboard(const QString &text, const QString &what)
{
    if (!hasKey() || text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    m_copied = text;
    showFeedback(tr("%1 is on the clipboard. It is removed from there when the QR code clears.").arg(what));
}

void AuthenticatorQrPage::verifyCode()
{
    if (!hasKey())
        return;
    const Core::TotpParameters &parameters = m_entry.key.parameters;
    QString typed = m_code->text();
    typed.remove(QRegularExpression(u"\\s"_s));
    if (typed.isEmpty()) {
        m_verifyResult->setText(tr("Type the code the user's app shows now."));
        return;
    }
    static const QRegularExpression digitsOnly(u"^[0-9]+$"_s);
    if (!digitsOnly.match(typed).hasMatch()) {
        m_verifyResult->setText(tr("✗ Refused: a code has only digits."));
        return;
    }
    if (typed.size() != parameters.digits) {
        m_verifyResult->setText(tr("✗ Refused: the code has %1 digits, but this key makes %2-digit codes. Check "
                                   "that the user scanned this QR code.")
                                    .arg(typed.size())
                                    .arg(parameters.digits));
        return;
    }
    const qint64 now = m_now();
    const auto offset = Core::Totp::verify(m_entry.key.secret, typed, now, parameters, 1);
    if (offset) {
        const int seconds = qAbs(*offset) * parameters.period;
        if (*offset == 0)
            m_verifyResult->setText(tr("✓ Accepted: the app makes the right codes. The user is set up."));
        else if (*offset < 0)
            m_verifyResult->setText(tr("✓ Accepted, but the phone's clock looks about %1 seconds behind. Ask the "
                                       "user to set the date and time automatically, or codes may stop working.")
                                        .arg(seconds));
        else
            m_verifyResult->setText(tr("✓ Accepted, but the phone's clock looks about %1 seconds ahead. Ask the "
                                       "user to set the date and time automatically, or codes may stop working.")
                                        .arg(seconds));
        if (!m_verifiedRecorded) {
            Services::TokenIssuer issuer(m_db, Store::AuditLog::localActor(), u"console"_s);
            if (const Core::Status s = issuer.recordVerified(m_issuedTo, m_entry, *offset); s)
                m_verifiedRecorded = true;
            else
                showFeedback(tr("The check was not written to the audit log: %1").arg(s.errorMessage()));
        }
        return;
    }
    // Refused. A match further off means the right key with a wrong clock: say so, but still refuse.
    const auto far = Core::Totp::verify(m_entry.key.secret, typed, now, parameters, kClockHintSteps);
    if (far) {
        const int seconds = qAbs(*far) * parameters.period;
        const QString off
            = seconds >= 120 ? tr("%n minute(s)", nullptr, seconds / 60) : tr("%n second(s)", nullptr, seconds);
        m_verifyResult->setText((*far < 0 ? tr("✗ Refused: this code belongs to the key, but to %1 earlier: the "
                                               "phone's clock is about %1 behind. Ask the user to set the date and "
                                               "time automatically, then type a new code.")
                                          : tr("✗ Refused: this code belongs to the key, but to %1 later: the "
                                               "phone's clock is about %1 ahead. Ask the user to set the date and "
                                               "time automatically, then type a new code."))
                                    .arg(off));
        return;
    }
    m_verifyResult->setText(tr("✗ Refused: the code does not match this key. Check that the user scanned this QR "
                               "code (%1, %2) and typed the code shown now.")
                                .arg(m_entry.key.issuer, m_entry.key.account));
}

Services::TotpHandoutOptions AuthenticatorQrPage::handoutOptions() const
{
    Services::TotpHandoutOptions options;
    options.includeSecret = m_includeKey->isChecked();
    options.issuedBy = Store::AuditLog::localActor();
    return options;
}

QString AuthenticatorQrPage::suggestedFileName(const QString &suffix) const
{
    QString base = m_entry.key.account;
    base.replace(QRegularExpression(u"[^A-Za-z0-9._@-]"_s), u"_"_s);
    if (base.isEmpty())
        base = u"authenticator"_s;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(base + u"-authenticator."_s + suffix);
}

Core::Status AuthenticatorQrPage::exportTo(ExportFormat format, const QString &path)
{
    if (!hasKey())
        return Core::Error {tr("There is no key to save: generate one first.")};
    switch (format) {
    case ExportFormat::Png:
        return Services::QrRenderer::writePng(m_qr->matrix(), path, kExportPixels);
    case ExportFormat::Svg:
        return Services::QrRenderer::writeSvg(m_qr->matrix(), path, kExportPixels);
    case ExportFormat::Pdf:
        return Services::QrRenderer::writePdfHandout(m_entry, path, handoutOptions());
    }
    return Core::Error {tr("Unknown file format.")};
}

void AuthenticatorQrPage::exportInteractively(ExportFormat format)
{
    if (!hasKey())
        return;
    QString suffix;
    QString title;
    QString filter;
    switch (format) {
    case ExportFormat::Png:
        suffix = u"png"_s;
        title = tr("Save the QR code as PNG");
        filter = tr("PNG images (*.png)");
        break;
    case ExportFormat::Svg:
        suffix = u"svg"_s;
        title = tr("Save the QR code as SVG");
        filter = tr("SVG images (*.svg)");
        break;
    case ExportFormat::Pdf:
        suffix = u"pdf"_s;
        title = tr("Save a PDF handout");
        filter = tr("PDF documents (*.pdf)");
        break;
    }
    QString path = QFileDialog::getSaveFileName(this, title, suggestedFileName(suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    if (!hasKey()) { // the countdown ran out while the dialog was open
        showFeedback(tr("Nothing was saved: the key was cleared while the file dialog was open."));
        return;
    }
    if (const Core::Status s = exportTo(format, path); !s) {
        showFeedback(s.errorMessage());
        return;
    }
    showFeedback(tr("Saved %1 (readable only by you). It holds the secret: delete it once the user has set up "
                    "the app.")
                     .arg(QDir::toNativeSeparators(path)));
}

Core::Status AuthenticatorQrPage::printTo(QPrinter &printer)
{
    if (!hasKey())
        return Core::Error {tr("There is no key to print: generate one first.")};
    QPainter painter;
    if (!painter.begin(&printer))
        return Core::Error {tr("The printer could not be started.")};
    const QRect paintRect = printer.pageLayout().paintRectPixels(printer.resolution());
    Services::TotpHandout::paintPage(
        painter, QRect(QPoint(0, 0), paintRect.size()), m_entry, m_qr->matrix(), handoutOptions());
    if (!painter.end())
        return Core::Error {tr("The page could not be printed.")};
    return {};
}

void AuthenticatorQrPage::printInteractively()
{
    if (!hasKey())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Authenticator setup for %1").arg(m_entry.key.account));
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(u"qrPrintDialog"_s);
    dialog.setWindowTitle(tr("Print the handout"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!hasKey()) {
        showFeedback(tr("Nothing was printed: the key was cleared while the print dialog was open."));
        return;
    }
    if (const Core::Status s = printTo(printer); !s) {
        showFeedback(s.errorMessage());
        return;
    }
    showFeedback(tr("The handout for %1 was sent to the printer. Hand it over in person and have it shredded "
                    "after setup.")
                     .arg(m_entry.key.account));
}

void AuthenticatorQrPage::openGroupSheets()
{
    GroupSheetsDialog dialog(m_db, m_issuer->text().trimmed(), this);
    if (dialog.exec() == QDialog::Accepted)
        showFeedback(dialog.summary());
}

QWidget *AuthenticatorQrPage::buildEntraBox()
{
    auto *box = new QGroupBox(tr("Entra ID"), this);
    box->setObjectName(u"entraRegisterBox"_s);
    box->setAccessibleName(tr("Register in Entra ID"));
    auto *layout = new QVBoxLayout(box);
    m_entraRegister = new QCheckBox(tr("Also register this token in Entra ID (&beta API)"), box);
    m_entraRegister->setObjectName(u"entraRegisterCheckBox"_s);
    m_entraRegister->setAccessibleName(tr("Also register this token in Entra ID (beta API)"));
    m_entraRegister->setAccessibleDescription(
        tr("Registers the key as a programmable hardware OATH token assigned to the user, so they can sign in with "
           "their app's codes once it is activated."));
    m_entraRegister->installEventFilter(this);
    layout->addWidget(m_entraRegister);
    m_entraNote = new QLabel(tr("Uses Microsoft Graph beta hardware OATH APIs; the secret is sent once over TLS and "
                                "not kept. Microsoft does not document registering an app's key as a programmable "
                                "token as supported: treat it as a preview."),
        box);
    m_entraNote->setObjectName(u"entraNoteLabel"_s);
    m_entraNote->setAccessibleName(m_entraNote->text());
    m_entraNote->setWordWrap(true);
    m_entraNote->setTextFormat(Qt::PlainText);
    m_entraNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_entraNote);

    m_entraActivateRow = new QWidget(box);
    m_entraActivateRow->setObjectName(u"entraActivateRow"_s);
    auto *row = new QHBoxLayout(m_entraActivateRow);
    row->setContentsMargins(0, 0, 0, 0);
    auto *codeLabel = new QLabel(tr("Code fro&m the app:"), m_entraActivateRow);
    codeLabel->setObjectName(u"entraCodeLabel"_s);
    m_entraCode = new QLineEdit(m_entraActivateRow);
    m_entraCode->setObjectName(u"entraCodeEdit"_s);
    m_entraCode->setAccessibleName(tr("Code for activating the token in Entra ID"));
    m_entraCode->setAccessibleDescription(
        tr("The code the user's authenticator app shows now. Press Enter or Activate to activate the token."));
    m_entraCode->setPlaceholderText(tr("6-digit code"));
    m_entraCode->setMaxLength(12);
    m_entraCode->setInputMethodHints(Qt::ImhDigitsOnly);
    m_entraCode->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_entraCode->installEventFilter(this);
    codeLabel->setBuddy(m_entraCode);
    m_entraActivate = new QPushButton(tr("Activate"), m_entraActivateRow);
    m_entraActivate->setObjectName(u"entraActivateButton"_s);
    m_entraActivate->setAccessibleName(tr("Activate the token in Entra ID"));
    row->addWidget(codeLabel);
    row->addWidget(m_entraCode, 1);
    row->addWidget(m_entraActivate);
    m_entraActivateRow->setVisible(false);
    layout->addWidget(m_entraActivateRow);

    m_entraStatus = new QLabel(box);
    m_entraStatus->setObjectName(u"entraStatusLabel"_s);
    m_entraStatus->setWordWrap(true);
    m_entraStatus->setTextFormat(Qt::PlainText);
    m_entraStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_entraStatus->setVisible(false);
    layout->addWidget(m_entraStatus);

    connect(m_entraRegister, &QCheckBox::toggled, this, [this](bool on) {
        // Ticked while a key is shown that is not registered yet: register that one now.
        if (on && hasKey() && !m_registrar && m_entraRegister->isEnabled())
            startEntraRegistration();
    });
    connect(m_entraActivate, &QPushButton::clicked, this, &AuthenticatorQrPage::activateInEntra);
    for (QComboBox *combo : {m_digits, m_period, m_algorithm})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuthenticatorQrPage::updateEntra);
    box->setVisible(false); // until a Graph session is given
    m_entraBox = box;
    return box;
}

void AuthenticatorQrPage::setGraphSession(Services::GraphSession *session)
{
    if (m_session == session)
        return;
    stopWaitingForSignIn();
    resetEntraRegistration();
    m_session = session;
    m_entraBox->setVisible(session != nullptr);
    updateEntra();
}

void AuthenticatorQrPage::setEntraStatus(const QString &text)
{
    m_entraStatus->setText(text);
    m_entraStatus->setAccessibleName(text);
    m_entraStatus->setVisible(!text.isEmpty());
}

void AuthenticatorQrPage::updateEntra()
{
    if (!m_entraBox)
        return;
    if (!m_session) {
        m_entraBox->setVisible(false);
        return;
    }
    // Why the option cannot apply to the key Generate would make (or the shown one), if it cannot.
    Services::HardwareOathToken probe;
    probe.cloud = m_session->profile().cloud;
    probe.userId = u"-"_s;
    probe.serial = u"-"_s;
    probe.secretBase32 = u"AAAAAAAAAAAAAAAA"_s;
    const Core::TotpParameters parameters = hasKey() ? m_entry.key.parameters : chosenParameters();
    probe.period = parameters.period;
    probe.algorithm = parameters.algorithm;
    probe.digits = parameters.digits;
    const Core::Status usable = Services::HardwareOathRegistrar::check(probe);
    const bool busy = m_registrar && m_registrar->isBusy();
    const bool registered = m_registrar && !m_registrar->deviceId().isEmpty();
    m_entraRegister->setEnabled(usable.ok() && !busy && !registered);
    m_entraRegister->setToolTip(usable ? m_entraRegister->accessibleDescription() : usable.errorMessage());
    // The refusal shows while it applies, and goes when it no longer does, leaving other messages alone.
    const QString refusal = usable ? QString() : usable.errorMessage();
    if (!m_registrar && !m_signInReady) {
        if (!refusal.isEmpty())
            setEntraStatus(refusal);
        else if (!m_entraRefusal.isEmpty() && m_entraStatus->text() == m_entraRefusal)
            setEntraStatus({});
    }
    m_entraRefusal = refusal;
    const bool canActivate = registered && m_registrar->state() != Services::HardwareOathRegistrar::State::Activated;
    m_entraActivateRow->setVisible(registered);
    m_entraCode->setEnabled(canActivate && !busy);
    m_entraActivate->setEnabled(canActivate && !busy);
}

void AuthenticatorQrPage::stopWaitingForSignIn()
{
    QObject::disconnect(m_signInReady);
    QObject::disconnect(m_signInFailed);
    m_signInReady = {};
    m_signInFailed = {};
}

void AuthenticatorQrPage::resetEntraRegistration()
{
    stopWaitingForSignIn();
    if (m_registrar) {
        m_registrar->disconnect(this);
        m_registrar->cancel();
        m_registrar->deleteLater();
        m_registrar = nullptr;
    }
    m_entraCode->clear();
    setEntraStatus({});
    updateEntra();
}

void AuthenticatorQrPage::startEntraRegistration()
{
    if (!m_session || !hasKey() || m_registrar)
        return;
    if (Services::GraphSession *session = m_session; !session->client()) {
        // Sign in from the keychain first (the main window shows an interactive sign-in when one is needed).
        setEntraStatus(tr("Signing in to the tenant before registering the token…"));
        stopWaitingForSignIn();
        m_signInReady
            = connect(session, &Services::GraphSession::stateChanged, this, [this](Services::GraphSession::State) {
                  if (!m_session || !m_session->client())
                      return;
                  stopWaitingForSignIn();
                  registerWithClient();
              });
        m_signInFailed = connect(session, &Services::GraphSession::signInFailed, this, [this](const QString &message) {
            stopWaitingForSignIn();
            setEntraStatus(tr("✗ Not registered in Entra ID: the sign-in failed: %1").arg(message));
            updateEntra();
        });
        if (session->state() == Services::GraphSession::State::SignedOut)
            session->signIn(false);
        return;
    }
    registerWithClient();
}

void AuthenticatorQrPage::registerWithClient()
{
    if (!m_session || !m_session->client() || m_registrar)
        return;
    if (!hasKey()) {
        setEntraStatus(tr("✗ Not registered in Entra ID: the key was cleared before the sign-in finished. Generate "
                          "a new one."));
        return;
    }
    auto userId = Services::HardwareOathRegistrar::graphUserId(m_db, m_issuedTo.uid);
    Services::HardwareOathToken token;
    token.userId = userId ? userId.value() : QString();
    token.upn = m_issuedTo.upn;
    token.secretBase32 = Core::Base32::encode(m_entry.key.secret); // the registrar overwrites its copy once sent
    token.period = m_entry.key.parameters.period;
    token.algorithm = m_entry.key.parameters.algorithm;
    token.digits = m_entry.key.parameters.digits;
    token.serial = m_entry.serial;
    token.displayName = tr("%1 (authenticator app)").arg(m_entry.key.issuer);
    token.cloud = m_session->profile().cloud;

    m_registrar = new Services::HardwareOathRegistrar(
        m_session->client(), m_db, Store::AuditLog::localActor(), u"console"_s, this);
    const QString serial = m_entry.serial;
    connect(m_registrar, &Services::HardwareOathRegistrar::registered, this, [this, serial](const QString &deviceId) {
        QString text = tr("Token %1 is registered in Entra ID and assigned to the user (device %2). Once the user "
                          "has scanned the code, type the code their app shows now and press Activate.")
                           .arg(serial, deviceId);
        if (!m_registrar->recordWarning().isEmpty())
            text += u'\n' + m_registrar->recordWarning();
        setEntraStatus(text);
        updateEntra();
        m_entraCode->setFocus();
    });
    connect(m_registrar, &Services::HardwareOathRegistrar::activated, this, [this] {
        QString text = tr("✓ Activated in Entra ID: the user can now sign in with the codes from this app.");
        if (!m_registrar->recordWarning().isEmpty())
            text += u'\n' + m_registrar->recordWarning();
        m_entraCode->clear();
        setEntraStatus(text);
        updateEntra();
    });
    connect(m_registrar, &Services::HardwareOathRegistrar::failed, this, [this](const QString &message) {
        if (m_registrar->deviceId().isEmpty()) {
            // Not registered: let a new tick (or a new key) try again.
            m_registrar->deleteLater();
            m_registrar = nullptr;
            setEntraStatus(u"✗ "_s + message + u'\n'
                + tr("To try again, clear the tick and set it again, or generate a new key."));
            updateEntra();
            return;
        }
        setEntraStatus(u"✗ "_s + message);
        updateEntra();
        if (m_entraCode->isEnabled()) {
            m_entraCode->selectAll();
            m_entraCode->setFocus();
        }
    });
    setEntraStatus(tr("Registering token %1 in Entra ID…").arg(serial));
    m_registrar->registerToken(std::move(token));
    updateEntra();
}

void AuthenticatorQrPage::activateInEntra()
{
    if (!m_registrar || m_registrar->deviceId().isEmpty() || m_registrar->isBusy())
        return;
    setEntraStatus(tr("Activating the token in Entra ID…"));
    m_registrar->activate(m_entraCode->text());
    updateEntra();
}

void AuthenticatorQrPage::showFeedback(const QString &text)
{
    m_feedback->setText(text);
    m_feedback->setVisible(!text.isEmpty());
}

bool AuthenticatorQrPage::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_secret && key->matches(QKeySequence::Copy)) {
        if (type == QEvent::ShortcutOverride) {
            event->accept(); // the field handles Ctrl+C itself, before any window-wide shortcut
            return true;
        }
        if (m_secret->echoMode() == QLineEdit::Normal)
            copyToClipboard(Core::Base32::encode(m_entry.key.secret), tr("The secret"));
        else
            showFeedback(tr("The secret is hidden: reveal it first, or use Copy secret."));
        return true;
    }
    if (type != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    // Enter is handled (and consumed) here, so that inside a dialog it never also reaches a default button.
    if (enter && watched == m_userSearch) {
        if (m_searchDebounce->isActive())
            searchUsers();
        const QString typed = m_userSearch->text().trimmed();
        if (!typed.isEmpty() && m_userList->count() == 0) {
            showFeedback(tr("No user matches “%1”, so no key was made.").arg(typed));
            return true;
        }
        if (m_userList->count() > 0 && (!m_user || !typed.isEmpty())) {
            if (!m_userList->currentItem())
                m_userList->setCurrentRow(0);
            chooseCurrentListUser();
        }
        generate();
        return true;
    }
    if (enter && watched == m_userList) {
        chooseCurrentListUser();
        generate();
        return true;
    }
    if (enter && watched == m_issuer) {
        generate();
        return true;
    }
    if (enter && watched == m_code) {
        verifyCode();
        return true;
    }
    if (enter && watched == m_entraCode) {
        activateInEntra();
        return true;
    }
    if (watched == m_userSearch && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)) {
        if (m_searchDebounce->isActive())
            searchUsers();
        if (m_userList->count() > 0) {
            m_userList->setFocus(Qt::TabFocusReason);
            if (!m_userList->currentItem())
                m_userList->setCurrentRow(0);
        }
        return true;
    }
    if (watched == m_userList && key->key() == Qt::Key_Up && m_userList->currentRow() <= 0) {
        m_userSearch->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (enter && (watched == m_digits || watched == m_period || watched == m_algorithm)) {
        auto *combo = static_cast<QComboBox *>(watched);
        if (!combo->view() || !combo->view()->isVisible()) {
            generate();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AuthenticatorQrPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_searched && !m_singleUser)
        searchUsers(); // the first results load when the page is first shown, not at start-up
}

void AuthenticatorQrPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (hasKey())
        clearKey(ClearReason::PageLeft);
}

} // namespace Sspr::Gui
