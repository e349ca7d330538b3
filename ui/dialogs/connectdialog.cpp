#include "connectdialog.h"

#include "notecolors.h"
#include "storelocator.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;
using Services::TenantProfile;

namespace {
QUrl g_defaultAuthority;
QUrl g_defaultGraph;
} // namespace

void ConnectDialog::setDefaultEndpoints(const QUrl &authority, const QUrl &graph)
{
    g_defaultAuthority = authority;
    g_defaultGraph = graph;
}

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect to a tenant"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("A connected tenant gets a profile of its own: its users, groups and policy are "
                                "synced into a local store, and your changes are sent to Microsoft Graph. You need "
                                "an app registration in the tenant with the Graph permissions the console uses."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_cloud = new QComboBox(this);
    m_cloud->setObjectName(u"cloudCombo"_s);
    m_cloud->setAccessibleName(tr("Cloud"));
    m_cloud->addItem(tr("Microsoft Entra ID (global)"), int(Graph::Cloud::Global));
    m_cloud->addItem(tr("US Government (GCC High)"), int(Graph::Cloud::UsGov));
    m_cloud->addItem(tr("US Government (DoD)"), int(Graph::Cloud::UsGovDod));
    m_cloud->addItem(tr("China (operated by 21Vianet)"), int(Graph::Cloud::China));
    form->addRow(tr("C&loud:"), m_cloud);

    m_tenant = new QLineEdit(this);
    m_tenant->setObjectName(u"tenantEdit"_s);
    m_tenant->setAccessibleName(tr("Tenant"));
    m_tenant->setPlaceholderText(tr("contoso.onmicrosoft.com or the directory (tenant) id"));
    form->addRow(tr("&Tenant:"), m_tenant);

    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(u"clientIdEdit"_s);
    m_clientId->setAccessibleName(tr("Application (client) id"));
    m_clientId->setPlaceholderText(tr("00000000-0000-0000-0000-000000000000"));
    form->addRow(tr("Application (&client) id:"), m_clientId);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"profileNameEdit"_s);
    m_name->setAccessibleName(tr("Profile name"));
    form->addRow(tr("Profile &name:"), m_name);
    layout->addLayout(form);

    auto *signInBox = new QGroupBox(tr("Sign in"), this);
    signInBox->setObjectName(u"signInBox"_s);
    auto *signInLayout = new QVBoxLayout(signInBox);
    m_signIn = new QButtonGroup(this);
    const struct
    {
        TenantProfile::SignIn kind;
        QString title;
        QString name;
    } kinds[] = {
        {TenantProfile::SignIn::Browser, tr("&Browser: sign in as yourself in the system browser"), u"signInBrowser"_s},
        {TenantProfile::SignIn::DeviceCode, tr("&Device code: sign in as yourself on any device with a code"),
            u"signInDeviceCode"_s},
        {TenantProfile::SignIn::ClientSecret, tr("Application with a client &secret (no user)"),
            u"signInClientSecret"_s},
        {TenantProfile::SignIn::Certificate, tr("Application with a c&ertificate (no user)"), u"signInCertificate"_s},
    };
    for (const auto &kind : kinds) {
        auto *radio = new QRadioButton(kind.title, signInBox);
        radio->setObjectName(kind.name);
        m_signIn->addButton(radio, int(kind.kind));
        signInLayout->addWidget(radio);
    }
    m_signIn->button(int(TenantProfile::SignIn::Browser))->setChecked(true);

    m_certificateRow = new QWidget(signInBox);
    auto *certLayout = new QHBoxLayout(m_certificateRow);
    certLayout->setContentsMargins(0, 0, 0, 0);
    auto *certLabel = new QLabel(tr("Certificate &file:"), m_certificateRow);
    m_certificate = new QLineEdit(m_certificateRow);
    m_certificate->setObjectName(u"certificateEdit"_s);
    m_certificate->setAccessibleName(tr("Certificate file"));
    m_certificate->setPlaceholderText(tr("PKCS#12 (.pfx) or PEM with the private key"));
    certLabel->setBuddy(m_certificate);
    auto *browse = new QPushButton(tr("Bro&wse…"), m_certificateRow);
    browse->setObjectName(u"browseCertificateButton"_s);
    certLayout->addWidget(certLabel);
    certLayout->addWidget(m_certificate, 1);
    certLayout->addWidget(browse);
    signInLayout->addWidget(m_certificateRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose the certificate"), QString(), tr("Certificates (*.pfx *.p12 *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_certificate->setText(file);
    });

    m_secretRow = new QWidget(signInBox);
    auto *secretLayout = new QHBoxLayout(m_secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    m_secretLabel = new QLabel(m_secretRow);
    m_secret = new QLineEdit(m_secretRow);
    m_secret->setObjectName(u"secretEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel->setBuddy(m_secret);
    secretLayout->addWidget(m_secretLabel);
    secretLayout->addWidget(m_secret, 1);
    signInLayout->addWidget(m_secretRow);
    auto *keychainNote = new QLabel(tr("Secrets and sign-in tokens are kept only in your system keychain."), signInBox);
    keychainNote->setWordWrap(true);
    keychainNote->setForegroundRole(QPalette::PlaceholderText);
    signInLayout->addWidget(keychainNote);
    layout->addWidget(signInBox);

    m_advanced = new QGroupBox(tr("Use other endpoints (testing)"), this);
    m_advanced->setObjectName(u"advancedBox"_s);
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    auto *advancedForm = new QFormLayout(m_advanced);
    m_authorityUrl = new QLineEdit(m_advanced);
    m_authorityUrl->setObjectName(u"authorityUrlEdit"_s);
    m_authorityUrl->setAccessibleName(tr("Sign-in authority URL"));
    m_authorityUrl->setPlaceholderText(u"https://login.microsoftonline.com"_s);
    m_graphUrl = new QLineEdit(m_advanced);
    m_graphUrl->setObjectName(u"graphUrlEdit"_s);
    m_graphUrl->setAccessibleName(tr("Graph URL"));
    m_graphUrl->setPlaceholderText(u"https://graph.microsoft.com"_s);
    advancedForm->addRow(tr("Sign-in &authority:"), m_authorityUrl);
    advancedForm->addRow(tr("&Graph:"), m_graphUrl);
    layout->addWidget(m_advanced);
    if (!g_defaultAuthority.isEmpty() || !g_defaultGraph.isEmpty()) {
        m_advanced->setChecked(true);
        m_authorityUrl->setText(g_defaultAuthority.toString());
        m_graphUrl->setText(g_defaultGraph.toString());
    }

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(u"connectFeedback"_s);
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_feedback);

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(u"connectBusyBar"_s);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Signing in"));
    m_busyBar->hide();
    layout->addWidget(m_busyBar);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = box->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(u"connectButton"_s);
    m_connect->setDefault(true);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    for (QLineEdit *edit : {m_tenant, m_clientId, m_certificate, m_secret, m_authorityUrl, m_graphUrl})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_tenant, &QLineEdit::textChanged, this, &ConnectDialog::suggestName);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_cloud, &QComboBox::currentIndexChanged, this, &ConnectDialog::validate);
    connect(m_signIn, &QButtonGroup::idToggled, this, &ConnectDialog::validate);
    connect(m_advanced, &QGroupBox::toggled, this, &ConnectDialog::validate);
    // Listed once: reading every profile's store on each keystroke would be wasteful.
    for (const TenantProfile::Summary &existing : TenantProfile::listProfiles())
        m_existingNames.insert(existing.name);
    validate();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

ConnectDialog::~ConnectDialog()
{
    if (m_cancel)
        m_cancel();
}

TenantProfile ConnectDialog::profile() const
{
    TenantProfile p;
    p.name = m_name->text().trimmed();
    p.cloud = Graph::Cloud(m_cloud->currentData().toInt());
    p.tenant = m_tenant->text().trimmed();
    p.displayName = p.tenant;
    p.clientId = m_clientId->text().trimmed();
    p.signIn = TenantProfile::SignIn(m_signIn->checkedId());
    if (p.signIn == TenantProfile::SignIn::Certificate)
        p.certificatePath = m_certificate->text().trimmed();
    if (m_advanced->isChecked()) {
        if (!m_authorityUrl->text().trimmed().isEmpty())
            p.authorityUrl = QUrl(m_authorityUrl->text().trimmed(), QUrl::StrictMode);
        if (!m_graphUrl->text().trimmed().isEmpty())
            p.graphUrl = QUrl(m_graphUrl->text().trimmed(), QUrl::StrictMode);
    }
    return p;
}

QString ConnectDialog::secret() const
{
    return m_secretRow->isVisible() ? m_secret->text() : QString();
}

void ConnectDialog::suggestName()
{
    if (m_nameEdited)
        return;
    // "contoso.onmicrosoft.com" -> "contoso"; a GUID stays as it is (it is a valid file name).
    QString name = m_tenant->text().trimmed().section(QLatin1Char('.'), 0, 0).toLower();
    name.remove(QRegularExpression(u"[^a-z0-9_-]"_s));
    m_name->setText(name);
}

void ConnectDialog::validate()
{
    const auto kind = TenantProfile::SignIn(m_signIn->checkedId());
    m_certificateRow->setVisible(kind == TenantProfile::SignIn::Certificate);
    m_secretRow->setVisible(kind == TenantProfile::SignIn::ClientSecret || kind == TenantProfile::SignIn::Certificate);
    m_secretLabel->setText(
        kind == TenantProfile::SignIn::Certificate ? tr("Certificate &password:") : tr("Client &secret:"));
    m_secret->setAccessibleName(
        kind == TenantProfile::SignIn::Certificate ? tr("Certificate password") : tr("Client secret"));

    QString problem;
    const TenantProfile p = profile();
    if (m_tenant->text().trimmed().isEmpty() || m_clientId->text().trimmed().isEmpty()) {
        problem = tr("Enter the tenant and the application (client) id of your app registration.");
    } else if (const Core::Status s = p.validate(); !s) {
        problem = s.errorMessage();
    } else if (m_advanced->isChecked()
        && ((!m_authorityUrl->text().trimmed().isEmpty() && !p.authorityUrl.isValid())
            || (!m_graphUrl->text().trimmed().isEmpty() && !p.graphUrl.isValid()))) {
        problem = tr("The endpoint addresses must be complete web addresses such as https://graph.microsoft.com.");
    } else if (kind == TenantProfile::SignIn::ClientSecret && m_secret->text().isEmpty()) {
        problem = tr("Enter the client secret (its value, not its id).");
    } else if (m_existingNames.contains(p.name)) {
        problem = tr("A profile named \"%1\" exists already: choose another name.").arg(p.name);
    }
    m_feedback->setText(problem);
    // From the dialog's palette: the label's own already holds the blended colour, and blending it again each
    // keystroke faded the text into the background.
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, NoteColors::info(this->palette()));
    m_feedback->setPalette(palette);
    m_connect->setEnabled(problem.isEmpty() && !m_busy);
}

void ConnectDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    for (QWidget *w :
        {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_cloud), static_cast<QWidget *>(m_tenant),
            static_cast<QWidget *>(m_clientId), static_cast<QWidget *>(m_advanced), m_secretRow, m_certificateRow})
        w->setEnabled(!busy);
    for (QAbstractButton *b : m_signIn->buttons())
        b->setEnabled(!busy);
    if (busy) {
        m_feedback->setText(status);
        m_connect->setEnabled(false);
    } else {
        validate();
    }
}

void ConnectDialog::accept()
{
    if (m_busy || !m_connect->isEnabled())
        return;
    if (!m_connector) {
        QDialog::accept();
        return;
    }
    setBusy(true,
        profile().isAppOnly() ? tr("Signing in as the application…")
                              : tr("Signing in… finish the sign-in where it asks you to."));
    QPointer<ConnectDialog> self(this);
    m_cancel = m_connector(profile(), secret(), [self](const QString &error) {
        if (!self)
            return;
        self->m_cancel = nullptr;
        if (error.isEmpty()) {
            self->m_busy = false;
            self->QDialog::accept();
            return;
        }
        self->setBusy(false);
        self->m_feedback->setText(error);
        QPalette palette = self->palette();
        palette.setColor(QPalette::WindowText, NoteColors::error(palette));
        self->m_feedback->setPalette(palette);
    });
}

void ConnectDialog::reject()
{
    if (m_cancel) {
        auto cancel = std::exchange(m_cancel, nullptr);
        cancel();
        setBusy(false);
        m_feedback->setText(tr("Sign-in cancelled."));
        return;
    }
    QDialog::reject();
}

} // namespace Sspr::Gui
