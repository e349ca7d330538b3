#include "userdialog.h"

#include "methodfetcher.h"
#include "outboxrepository.h"

#include "addmethoddialog.h"
#include "appsettings.h"
#include "auditlog.h"
#include "authenticatorqrdialog.h"
#include "database.h"
#include "enrollmentservice.h"
#include "methodrules.h"
#include "userbrowserservice.h"
#include "userdirectory.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sspr::Gui {

using Core::MethodType;
using namespace Qt::StringLiterals;

namespace {
constexpr int kMethodIdRole = Qt::UserRole + 1;

QTreeWidget *makeList(
    const QString &objectName, const QString &accessibleName, const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}
} // namespace

void UserDialog::requestTemporaryAccessPass()
{
    QDialog ask(this);
    ask.setObjectName(u"tapRequestDialog"_s);
    ask.setWindowTitle(tr("Temporary Access Pass"));
    auto *layout = new QVBoxLayout(&ask);
    auto *intro = new QLabel(tr("Microsoft Graph creates the pass for %1. It is shown once, as soon as the tenant "
                                "answers, and is never stored by the console. A new pass replaces the user's old one.")
                                 .arg(m_user.userPrincipalName),
        &ask);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto *lifetime = new QSpinBox(&ask);
    lifetime->setObjectName(u"tapLifetimeSpin"_s);
    lifetime->setAccessibleName(tr("Lifetime in minutes"));
    lifetime->setRange(10, 43200);
    lifetime->setValue(60);
    lifetime->setSuffix(tr(" min"));
    form->addRow(tr("&Valid for:"), lifetime);
    auto *once = new QCheckBox(tr("&One-time use"), &ask);
    once->setObjectName(u"tapOnceCheck"_s);
    once->setChecked(true);
    form->addRow(QString(), once);
    layout->addLayout(form);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, &ask);
    box->addButton(tr("&Create"), QDialogButtonBox::AcceptRole)->setObjectName(u"tapCreateButton"_s);
    connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    layout->addWidget(box);
    if (ask.exec() != QDialog::Accepted)
        return;
    Services::EnrollmentService service(m_db, Store::AuditLog::localActor(), u"console"_s);
    const auto queued = service.requestTemporaryAccessPass(m_uid, lifetime->value(), once->isChecked());
    if (!queued) {
        QMessageBox::warning(this, tr("Temporary Access Pass"), queued.errorMessage());
        return;
    }
    m_freshness->setVisible(true);
    m_freshness->setText(tr("A Temporary Access Pass was requested; it appears as soon as the tenant creates it."));
}

void UserDialog::refreshFromTenant(Graph::GraphClient *client)
{
    if (!client || m_user.id.isEmpty())
        return;
    m_freshness->setVisible(true);
    const auto open = Store::OutboxRepository(m_db).openFor(Store::OutboxRepository::userTarget(m_user.id));
    if (open && !open.value().isEmpty()) {
        m_freshness->setText(
            tr("Changes to this user are waiting in the outbox; the methods are shown as changed here."));
        return;
    }
    m_freshness->setText(tr("Reading this user's methods from the tenant…"));
    auto *fetcher = new Sync::MethodFetcher(client, m_db, this);
    connect(fetcher, &Sync::MethodFetcher::userFetched, this,
        [this, fetcher](const QString &, bool ok, const QString &message) {
            fetcher->deleteLater();
            if (!ok) {
                m_freshness->setText(
                    tr("The tenant could not be read (%1); showing the methods from the last sync.").arg(message));
                return;
            }
            m_freshness->setText(tr("Methods as the tenant has them at %1.")
                                     .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
            reload();
        });
    fetcher->fetchUser(m_user.id);
}

UserDialog::UserDialog(Store::Database &db, qint64 uid, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_uid(uid)
{
    setObjectName(u"userDialog"_s);
    auto *layout = new QVBoxLayout(this);

    m_name = new QLabel(this);
    m_name->setObjectName(u"userNameLabel"_s);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_name);
    m_identity = new QLabel(this);
    m_identity->setObjectName(u"userIdentityLabel"_s);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identity->setWordWrap(true);
    layout->addWidget(m_identity);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(u"userVerdictLabel"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setFrameShape(QFrame::StyledPanel);
    m_verdict->setMargin(8);
    m_verdict->setAutoFillBackground(true);
    m_verdict->setBackgroundRole(QPalette::AlternateBase);
    layout->addWidget(m_verdict);

    m_freshness = new QLabel(this);
    m_freshness->setObjectName(u"methodsFreshnessLabel"_s);
    m_freshness->setWordWrap(true);
    m_freshness->setForegroundRole(QPalette::PlaceholderText);
    m_freshness->setVisible(false);

    auto *methodsBox = new QGroupBox(tr("Authentication methods"), this);
    auto *methodsLayout = new QVBoxLayout(methodsBox);
    m_methods = makeList(u"methodsList"_s, tr("Registered authentication methods"),
        {tr("Method"), tr("Detail"), tr("Added"), tr("Password reset"), tr("Why")}, methodsBox);
    m_methods->setSelectionMode(QAbstractItemView::SingleSelection);
    methodsLayout->addWidget(m_freshness);
    methodsLayout->addWidget(m_methods);
    m_shared = new QLabel(methodsBox);
    m_shared->setObjectName(u"sharedNumberLabel"_s);
    m_shared->setWordWrap(true);
    m_shared->setVisible(false);
    methodsLayout->addWidget(m_shared);
    auto *buttonRow = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add authentication method…"), methodsBox);
    m_add->setObjectName(u"addMethodButton"_s);
    connect(m_add, &QPushButton::clicked, this, [this] { addMethod(MethodType::MobilePhone); });
    m_edit = new QPushButton(tr("&Edit…"), methodsBox);
    m_edit->setObjectName(u"editMethodButton"_s);
    m_delete = new QPushButton(tr("&Delete"), methodsBox);
    m_delete->setObjectName(u"deleteMethodButton"_s);
    buttonRow->addWidget(m_add);
    buttonRow->addWidget(m_edit);
    buttonRow->addWidget(m_delete);
    buttonRow->addStretch(1);
    auto *qr = new QPushButton(tr("Authenticator &QR code…"), methodsBox);
    qr->setObjectName(u"authenticatorQrButton"_s);
    qr->setAccessibleName(tr("Authenticator QR code"));
    qr->setToolTip(tr("Give this user a key for an authenticator app: QR code, handout, first-code check."));
    connect(qr, &QPushButton::clicked, this, [this] {
        AuthenticatorQrDialog dialog(m_db, m_uid, this);
        dialog.exec();
    });
    buttonRow->addWidget(qr);
    // Graph creates the pass; it comes back once, through the outbox, and the main window shows it.
    if (Store::OutboxRepository::isGraphProfile(m_db)) {
        auto *tap = new QPushButton(tr("&Temporary Access Pass…"), methodsBox);
        tap->setObjectName(u"temporaryAccessPassButton"_s);
        tap->setAccessibleName(tr("Create a Temporary Access Pass"));
        tap->setToolTip(tr("A time-limited passcode the user signs in with to register methods (Graph creates it)."));
        connect(tap, &QPushButton::clicked, this, &UserDialog::requestTemporaryAccessPass);
        buttonRow->addWidget(tap);
    }
    methodsLayout->addLayout(buttonRow);
    layout->addWidget(methodsBox, 3);

    auto *lower = new QHBoxLayout;
    auto *profileBox = new QGroupBox(tr("Profile contact information (not authentication methods)"), this);
    auto *profileLayout = new QVBoxLayout(profileBox);
    m_profile = makeList(u"profileList"_s, tr("Profile contact information"), {tr("Field"), tr("Value")}, profileBox);
    m_profile->setToolTip(tr("Contact data on the user object (mobilePhone, businessPhones, otherMails). SSPR can "
                             "fall back to the mobile phone and alternate email, but they are not registered "
                             "methods."));
    profileLayout->addWidget(m_profile);
    auto *groupsBox = new QGroupBox(tr("Group memberships"), this);
    auto *groupsLayout = new QVBoxLayout(groupsBox);
    m_groups = makeList(u"groupsList"_s, tr("Group memberships"), {tr("Group"), tr("Membership")}, groupsBox);
    groupsLayout->addWidget(m_groups);
    lower->addWidget(profileBox, 1);
    lower->addWidget(groupsBox, 1);
    layout->addLayout(lower, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_edit, &QPushButton::clicked, this, &UserDialog::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &UserDialog::deleteSelected);
    connect(m_methods, &QTreeWidget::itemSelectionChanged, this, &UserDialog::updateButtons);
    connect(m_methods, &QTreeWidget::itemActivated, this, &UserDialog::editSelected);
    auto *del = new QShortcut(QKeySequence::Delete, m_methods, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &UserDialog::deleteSelected);

    resize(900, 680);
    reload();
    m_add->setFocus();
}

void UserDialog::reload()
{
    auto user = Store::UserDirectory(m_db).user(m_uid);
    if (!user) {
        m_name->setText(tr("User not found"));
        m_identity->setText(user.errorMessage());
        m_add->setEnabled(false);
        return;
    }
    m_user = user.value();
    setWindowTitle(tr("%1 — User").arg(m_user.displayName));
    m_name->setText(m_user.displayName);
    QStringList identity {m_user.userPrincipalName};
    QStringList parts;
    for (const QString &p : {m_user.jobTitle, m_user.department, m_user.country})
        if (!p.isEmpty())
            parts << p;
    if (!parts.isEmpty())
        identity << parts.join(u" · "_s);
    QStringList flags;
    flags << (m_user.accountEnabled ? tr("Account enabled") : tr("Account disabled"));
    flags << (m_user.onPremisesSynced ? tr("Synced from on-premises") : tr("Cloud-only"));
    if (m_user.userType == u"Guest"_s)
        flags << tr("Guest");
    if (m_user.isAdmin())
        flags << tr("Roles: %1").arg(m_user.adminRoles.join(u", "_s));
    identity << flags.join(u" · "_s);
    m_identity->setText(identity.join(u'\n'));

    // Verdict.
    auto verdict = Services::UserBrowserService(m_db).verdict(m_uid);
    if (verdict) {
        QString html
            = verdict->canReset ? tr("<b>Can reset their password.</b>") : tr("<b>Cannot reset their password.</b>");
        if (verdict->adminPolicy)
            html += u' ' + tr("The administrator policy applies (two methods, no security questions).");
        html += u"<ul style=\"margin-left:-20px\">"_s;
        for (const QString &reason : std::as_const(verdict->reasons))
            html += u"<li>"_s + reason.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
        m_verdict->setText(html);
        m_verdict->setAccessibleName(
            verdict->canReset ? tr("Can reset their password") : tr("Cannot reset their password"));
    } else {
        m_verdict->setText(verdict.errorMessage().toHtmlEscaped());
    }

    // Methods, in the portal's order; the password is always there.
    m_methods->clear();
    QList<Core::AuthMethod> methods = m_user.methods;
    std::stable_sort(methods.begin(), methods.end(),
        [](const Core::AuthMethod &a, const Core::AuthMethod &b) { return a.type < b.type; });
    const QLocale locale;
    QStringList sharedNotes;
    Services::EnrollmentService enrollment(m_db, {}, u"console"_s);
    for (const Core::AuthMethod &m : std::as_const(methods)) {
        const auto usability = Core::MethodRules::ssprUsability(m);
        auto *item = new QTreeWidgetItem(m_methods);
        item->setText(0, Core::methodTypeDisplayName(m.type));
        item->setText(1, m.detail.isEmpty() ? m.value : m.value + u" ("_s + m.detail + u')');
        item->setText(2,
            m.createdAt.isValid() ? locale.toString(m.createdAt.toLocalTime().date(), QLocale::ShortFormat)
                                  : QString());
        item->setText(3, usability.usable ? tr("Usable") : tr("Not usable"));
        item->setText(4, usability.reason);
        item->setToolTip(4, usability.reason);
        item->setData(0, kMethodIdRole, m.id);
        if (Core::isPhoneType(m.type)) {
            auto shared = enrollment.sharedWith(m_uid, m.value);
            if (shared && !shared->isEmpty()) {
                item->setText(1, item->text(1) + u"  ⚠"_s);
                item->setToolTip(1, tr("Also registered for: %1").arg(shared->join(u", "_s)));
                sharedNotes << tr("%1 is also registered for %n other account(s): %2", nullptr, int(shared->size()))
                                   .arg(m.value, shared->mid(0, 5).join(u", "_s));
            }
        }
    }
    // Graph lists the password among the methods (a synced user's list has it); a local one gets it added here.
    const bool listed = std::any_of(
        methods.cbegin(), methods.cend(), [](const Core::AuthMethod &m) { return m.type == MethodType::Password; });
    if (!listed) {
        auto *password = new QTreeWidgetItem(m_methods);
        password->setText(0, Core::methodTypeDisplayName(MethodType::Password));
        password->setText(1, tr("Set by the user"));
        password->setText(3, tr("Not usable"));
        password->setText(4, tr("The password is what a reset replaces."));
        password->setData(0, kMethodIdRole, Core::fixedMethodId(MethodType::Password));
    }
    for (int c = 0; c < 4; ++c)
        m_methods->resizeColumnToContents(c);
    m_shared->setText(sharedNotes.isEmpty() ? QString() : tr("Shared number: ") + sharedNotes.join(u"; "_s));
    m_shared->setVisible(!sharedNotes.isEmpty());

    // Profile contact data.
    m_profile->clear();
    auto addProfile = [this](const QString &field, const QString &value) {
        auto *item = new QTreeWidgetItem(m_profile);
        item->setText(0, field);
        item->setText(1, value.isEmpty() ? tr("(not set)") : value);
    };
    addProfile(tr("Mobile phone"), m_user.mobilePhone);
    addProfile(tr("Business phones"), m_user.businessPhones.join(u", "_s));
    addProfile(tr("Alternate email"), m_user.otherMails.join(u", "_s));
    addProfile(tr("Mail"), m_user.mail);
    addProfile(tr("Usage location"), m_user.usageLocation);
    m_profile->resizeColumnToContents(0);

    // Memberships.
    m_groups->clear();
    auto memberships = Services::UserBrowserService(m_db).memberships(m_uid);
    if (memberships) {
        for (const auto &m : memberships.value()) {
            auto *item = new QTreeWidgetItem(m_groups);
            item->setText(0, m.groupName);
            item->setText(1, m.direct ? tr("Direct") : tr("Inherited through %1").arg(m.via));
        }
    }
    m_groups->resizeColumnToContents(0);
    updateButtons();
}

QString UserDialog::selectedMethodId() const
{
    const auto items = m_methods->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, kMethodIdRole).toString();
}

void UserDialog::updateButtons()
{
    const QString id = selectedMethodId();
    const auto it = std::find_if(
        m_user.methods.cbegin(), m_user.methods.cend(), [&](const Core::AuthMethod &m) { return m.id == id; });
    const bool found = it != m_user.methods.cend();
    m_edit->setEnabled(found && Core::isPhoneType(it->type));
    m_edit->setToolTip(found && !Core::isPhoneType(it->type) ? tr("Only phone numbers can be edited; delete and add "
                                                                  "other methods again.")
                                                             : QString());
    const Core::Status canDelete = found ? Core::MethodRules::canDeleteMethod(m_user.methods, id)
                                         : Core::Status(Core::Error {tr("The password cannot be deleted.")});
    m_delete->setEnabled(!id.isEmpty() && bool(canDelete));
    m_delete->setToolTip(canDelete ? QString() : canDelete.errorMessage());
}

void UserDialog::addMethod(MethodType kind)
{
    Services::EnrollmentService service(m_db, Store::AuditLog::localActor(), u"console"_s);
    service.setFallbackRegion(Services::AppSettings().defaultPhoneRegion());
    AddMethodDialog dialog(service, m_uid, m_user, this);
    if (kind == MethodType::Email)
        dialog.setKind(MethodType::Email);
    if (dialog.exec() == QDialog::Accepted) {
        m_changed = true;
        reload();
    }
}

void UserDialog::editSelected()
{
    const QString id = selectedMethodId();
    const auto it = std::find_if(
        m_user.methods.cbegin(), m_user.methods.cend(), [&](const Core::AuthMethod &m) { return m.id == id; });
    if (it == m_user.methods.cend() || !Core::isPhoneType(it->type))
        return;
    Services::EnrollmentService service(m_db, Store::AuditLog::localActor(), u"console"_s);
    service.setFallbackRegion(Services::AppSettings().defaultPhoneRegion());
    AddMethodDialog dialog(service, m_uid, m_user, this);
    dialog.setEditing(*it);
    if (dialog.exec() == QDialog::Accepted) {
        m_changed = true;
        reload();
    }
}

void UserDialog::deleteSelected()
{
    const QString id = selectedMethodId();
    const auto it = std::find_if(
        m_user.methods.cbegin(), m_user.methods.cend(), [&](const Core::AuthMethod &m) { return m.id == id; });
    if (it == m_user.methods.cend() || !m_delete->isEnabled())
        return;
    const auto answer = QMessageBox::question(this, tr("Delete method"),
        tr("Delete %1 (%2) from %3?\n\nThe user can no longer use it to sign in or reset their password.")
            .arg(Core::methodTypeDisplayName(it->type), it->value, m_user.displayName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    Services::EnrollmentService service(m_db, Store::AuditLog::localActor(), u"console"_s);
    if (const Core::Status s = service.removeMethod(m_uid, id); !s) {
        QMessageBox::warning(this, tr("Delete method"), tr("The method was not deleted: %1").arg(s.errorMessage()));
        return;
    }
    m_changed = true;
    reload();
}

} // namespace Sspr::Gui
