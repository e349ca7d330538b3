#include "methodspolicypanel.h"

#include "database.h"
#include "fieldnote.h"
#include "grouppickerdialog.h"
#include "notecolors.h"
#include "policyeditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sspr::Gui {

using Core::AuthMethodKind;
using namespace Qt::StringLiterals;

namespace {

enum Column { MethodColumn, StateColumn, IncludeColumn, ExcludeColumn, SsprColumn, ColumnCount };

QList<Core::SsprMethod> legacyMethodsFor(AuthMethodKind kind)
{
    QList<Core::SsprMethod> out;
    for (Core::SsprMethod method : Core::kAllSsprMethods) {
        if (Core::unifiedConfigurationsFor(method).contains(kind))
            out.append(method);
    }
    return out;
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace

MethodsPolicyPanel::MethodsPolicyPanel(PolicyEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(u"methodsPolicyPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_state = new QLabel(this);
    m_state->setObjectName(u"migrationStateLabel"_s);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"migrationBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(10);
    m_banner->setAutoFillBackground(true);
    m_banner->setText(tr("Migration to the Authentication methods policy is complete. The method checkboxes above "
                         "are a view of this policy: enable methods and choose their groups here. The number of "
                         "methods required and the security questions stay in the password reset policy."));
    layout->addWidget(m_banner);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"unifiedMethodsTable"_s);
    m_table->setTabKeyNavigation(false); // Tab leaves the table (arrows move inside), so the page stays reachable
    m_table->setAccessibleName(tr("Method configurations"));
    m_table->setHorizontalHeaderLabels({tr("Method"), tr("State"), tr("Include"), tr("Exclude"), tr("Password reset")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(MethodColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IncludeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ExcludeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SsprColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    const int rows = int(std::size(Core::kAllAuthMethodKinds));
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * rows
        + m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth());
    m_table->setMaximumHeight(m_table->minimumHeight());
    layout->addWidget(m_table);

    // The selected configuration.
    auto *detail = new QWidget(this);
    detail->setObjectName(u"methodDetail"_s);
    auto *grid = new QGridLayout(detail);
    grid->setContentsMargins(0, 6, 0, 0);
    m_detailTitle = sectionLabel(QString(), detail);
    grid->addWidget(m_detailTitle, 0, 0, 1, 2);
    m_enable = new QCheckBox(tr("E&nable"), detail);
    m_enable->setObjectName(u"unifiedEnableCheck"_s);
    grid->addWidget(m_enable, 1, 0, 1, 2);

    auto *includeBox = new QWidget(detail);
    auto *includeLayout = new QVBoxLayout(includeBox);
    includeLayout->setContentsMargins(0, 0, 0, 0);
    includeLayout->addWidget(sectionLabel(tr("Include"), includeBox));
    auto *modeRow = new QHBoxLayout;
    m_includeAll = new QRadioButton(tr("All &users"), includeBox);
    m_includeAll->setObjectName(u"includeAllUsersRadio"_s);
    m_includeAll->setAccessibleName(tr("Include all users"));
    m_includeGroups = new QRadioButton(tr("Select gro&ups"), includeBox);
    m_includeGroups->setObjectName(u"includeGroupsRadio"_s);
    m_includeGroups->setAccessibleName(tr("Include selected groups"));
    m_includeMode = new QButtonGroup(this);
    m_includeMode->addButton(m_includeAll, 1);
    m_includeMode->addButton(m_includeGroups, 0);
    modeRow->addWidget(m_includeAll);
    modeRow->addWidget(m_includeGroups);
    modeRow->addStretch(1);
    includeLayout->addLayout(modeRow);
    m_includeList = new QListWidget(includeBox);
    m_includeList->setObjectName(u"includeGroupsList"_s);
    m_includeList->setAccessibleName(tr("Included groups"));
    m_includeList->setMaximumHeight(m_includeList->fontMetrics().height() * 6);
    includeLayout->addWidget(m_includeList);
    auto *includeButtons = new QHBoxLayout;
    m_addInclude = new QPushButton(tr("Add &group…"), includeBox);
    m_addInclude->setObjectName(u"addIncludeGroupButton"_s);
    m_addInclude->setAccessibleName(tr("Add an included group"));
    m_removeInclude = new QPushButton(tr("&Remove"), includeBox);
    m_removeInclude->setObjectName(u"removeIncludeGroupButton"_s);
    m_removeInclude->setAccessibleName(tr("Remove the included group"));
    includeButtons->addWidget(m_addInclude);
    includeButtons->addWidget(m_removeInclude);
    includeButtons->addStretch(1);
    includeLayout->addLayout(includeButtons);
    grid->addWidget(includeBox, 2, 0);

    auto *excludeBox = new QWidget(detail);
    auto *excludeLayout = new QVBoxLayout(excludeBox);
    excludeLayout->setContentsMargins(0, 0, 0, 0);
    excludeLayout->addWidget(sectionLabel(tr("Exclude"), excludeBox));
    auto *excludeHint = new QLabel(tr("Members of these groups cannot use the method."), excludeBox);
    excludeHint->setWordWrap(true);
    excludeHint->setMinimumHeight(m_includeAll->sizeHint().height());
    excludeLayout->addWidget(excludeHint);
    m_excludeList = new QListWidget(excludeBox);
    m_excludeList->setObjectName(u"excludeGroupsList"_s);
    m_excludeList->setAccessibleName(tr("Excluded groups"));
    m_excludeList->setMaximumHeight(m_excludeList->fontMetrics().height() * 6);
    excludeLayout->addWidget(m_excludeList);
    auto *excludeButtons = new QHBoxLayout;
    m_addExclude = new QPushButton(tr("Add e&xcluded group…"), excludeBox);
    m_addExclude->setObjectName(u"addExcludeGroupButton"_s);
    m_addExclude->setAccessibleName(tr("Add an excluded group"));
    m_removeExclude = new QPushButton(tr("Re&move"), excludeBox);
    m_removeExclude->setObjectName(u"removeExcludeGroupButton"_s);
    m_removeExclude->setAccessibleName(tr("Remove the excluded group"));
    excludeButtons->addWidget(m_addExclude);
    excludeButtons->addWidget(m_removeExclude);
    excludeButtons->addStretch(1);
    excludeLayout->addLayout(excludeButtons);
    grid->addWidget(excludeBox, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    m_detailNote = new QLabel(detail);
    m_detailNote->setObjectName(u"methodDetailNote"_s);
    m_detailNote->setWordWrap(true);
    m_detailNote->setTextFormat(Qt::RichText);
    grid->addWidget(m_detailNote, 3, 0, 1, 2);
    layout->addWidget(detail);

    // The registration campaign.
    layout->addSpacing(8);
    layout->addWidget(sectionLabel(tr("Registration campaign"), this));
    auto *campaignHint = new QLabel(tr("Asks users who can do multifactor authentication to register the Microsoft "
                                       "Authenticator app at sign-in."),
        this);
    campaignHint->setWordWrap(true);
    layout->addWidget(campaignHint);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_campaignState = new QComboBox(this);
    m_campaignState->setObjectName(u"campaignStateCombo"_s);
    m_campaignState->setAccessibleName(tr("Registration campaign state"));
    m_campaignState->addItem(tr("Microsoft managed"), int(Core::FeatureState::Default));
    m_campaignState->addItem(tr("Enabled"), int(Core::FeatureState::Enabled));
    m_campaignState->addItem(tr("Disabled"), int(Core::FeatureState::Disabled));
    form->addRow(tr("S&tate:"), m_campaignState);
    m_snooze = new QSpinBox(this);
    m_snooze->setObjectName(u"campaignSnoozeSpin"_s);
    m_snooze->setAccessibleName(tr("Days allowed to snooze"));
    m_snooze->setRange(0, 14);
    form->addRow(tr("Days allowed to s&nooze:"), m_snooze);
    m_limitedSnoozes = new QCheckBox(tr("&Limited number of snoozes (3, then registration is required)"), this);
    m_limitedSnoozes->setObjectName(u"campaignLimitedSnoozesCheck"_s);
    form->addRow(QString(), m_limitedSnoozes);
    layout->addLayout(form);
    auto *campaignNote = new FieldNote(editor,
        {u"registrationCampaign.snoozeDurationInDays"_s, u"registrationCampaign.includeTargets"_s,
            u"registrationCampaign.excludeTargets"_s},
        this);
    campaignNote->setObjectName(u"campaignNote"_s);
    campaignNote->describes({m_campaignState, m_snooze});
    layout->addWidget(campaignNote);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MethodsPolicyPanel::refreshDetail);
    connect(m_enable, &QCheckBox::toggled, this,
        [this](bool on) { updateMethods([on](Core::MethodConfiguration &c) { c.enabled = on; }); });
    connect(m_includeMode, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        updateMethods([id](Core::MethodConfiguration &c) {
            if (id == 1) {
                Core::MethodTarget all = Core::MethodTarget::allUsers();
                for (const Core::MethodTarget &t : std::as_const(c.includeTargets)) {
                    if (!t.isAllUsers()) {
                        // keep the per-target settings of the method (authentication mode, sign-in use)
                        all.isUsableForSignIn = t.isUsableForSignIn;
                        all.authenticationMode = t.authenticationMode;
                        break;
                    }
                }
                c.includeTargets = {all};
            } else {
                c.includeTargets.removeIf([](const Core::MethodTarget &t) { return t.isAllUsers(); });
            }
        });
        // With "Select groups" and nothing picked yet, the list stays empty: offer the picker right away.
        if (id == 0) {
            const Core::MethodConfiguration *config = m_editor->stagedMethods().configuration(currentKind());
            if (config && config->includeTargets.isEmpty())
                m_addInclude->setFocus();
        }
    });
    connect(m_addInclude, &QPushButton::clicked, this, &MethodsPolicyPanel::addIncludeGroup);
    connect(m_addExclude, &QPushButton::clicked, this, &MethodsPolicyPanel::addExcludeGroup);
    connect(m_removeInclude, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_includeList->currentItem();
        if (!item)
            return;
        const QString id = item->data(Qt::UserRole).toString();
        updateMethods([&id](Core::MethodConfiguration &c) {
            c.includeTargets.removeIf([&id](const Core::MethodTarget &t) { return t.id == id; });
        });
    });
    connect(m_removeExclude, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_excludeList->currentItem();
        if (!item)
            return;
        const QString id = item->data(Qt::UserRole).toString();
        updateMethods([&id](Core::MethodConfiguration &c) {
            c.excludeTargets.removeIf([&id](const Core::ExcludeTarget &t) { return t.id == id; });
        });
    });
    connect(m_includeList, &QListWidget::currentRowChanged, this, [this] { refreshDetail(); });
    connect(m_excludeList, &QListWidget::currentRowChanged, this, [this] { refreshDetail(); });
    connect(m_campaignState, &QComboBox::currentIndexChanged, this, [this] {
        const auto state = static_cast<Core::FeatureState>(m_campaignState->currentData().toInt());
        m_editor->updateMethods([state](Core::AuthMethodsPolicy &p) { p.registrationCampaign.state = state; });
    });
    connect(m_snooze, &QSpinBox::valueChanged, this, [this](int days) {
        m_editor->updateMethods(
            [days](Core::AuthMethodsPolicy &p) { p.registrationCampaign.snoozeDurationInDays = days; });
    });
    connect(m_limitedSnoozes, &QCheckBox::toggled, this, [this](bool on) {
        m_editor->updateMethods(
            [on](Core::AuthMethodsPolicy &p) { p.registrationCampaign.enforceRegistrationAfterAllowedSnoozes = on; });
    });
    connect(editor, &PolicyEditor::changed, this, &MethodsPolicyPanel::refresh);
    refresh();
    m_table->selectRow(0);
}

QString MethodsPolicyPanel::targetName(const QString &id)
{
    if (id == Core::kAllUsersTargetId)
        return tr("All users");
    const QString name = m_editor->groupName(id);
    return name.isEmpty() ? tr("Unknown group (%1)").arg(id) : name;
}

AuthMethodKind MethodsPolicyPanel::currentKind() const
{
    const int row = m_table->currentRow();
    QTableWidgetItem *item = m_table->item(row < 0 ? 0 : row, MethodColumn);
    return item ? static_cast<AuthMethodKind>(item->data(Qt::UserRole).toInt()) : AuthMethodKind::Sms;
}

void MethodsPolicyPanel::selectMethod(AuthMethodKind kind)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, MethodColumn)->data(Qt::UserRole).toInt() == int(kind)) {
            m_table->selectRow(row);
            return;
        }
    }
}

void MethodsPolicyPanel::updateMethods(const std::function<void(Core::MethodConfiguration &)> &change)
{
    const AuthMethodKind kind = currentKind();
    m_editor->updateMethods([&](Core::AuthMethodsPolicy &p) { change(p.ensureConfiguration(kind)); });
}

void MethodsPolicyPanel::addIncludeGroup()
{
    const auto group = GroupPickerDialog::pick(m_editor->database(), this);
    if (!group)
        return;
    updateMethods([&group](Core::MethodConfiguration &c) {
        if (!c.includesGroup(group->id)) {
            c.includeTargets.removeIf([](const Core::MethodTarget &t) { return t.isAllUsers(); });
            c.includeTargets.append(Core::MethodTarget::group(group->id));
        }
    });
}

void MethodsPolicyPanel::addExcludeGroup()
{
    const auto group = GroupPickerDialog::pick(m_editor->database(), this);
    if (!group)
        return;
    updateMethods([&group](Core::MethodConfiguration &c) {
        if (!c.excludesGroup(group->id))
            c.excludeTargets.append(Core::ExcludeTarget {group->id});
    });
}

void MethodsPolicyPanel::refresh()
{
    const Core::AuthMethodsPolicy &policy = m_editor->stagedMethods();
    const bool complete = policy.policyMigrationState == Core::PolicyMigrationState::MigrationComplete;
    m_state->setText(tr("Migration state: %1").arg(Core::migrationStateDisplayName(policy.policyMigrationState)));
    m_banner->setVisible(complete);
    QPalette bannerPalette = palette();
    bannerPalette.setColor(QPalette::Window, NoteColors::bannerBackground(bannerPalette));
    m_banner->setPalette(bannerPalette);

    const AuthMethodKind selected = currentKind();
    const Core::SsprPolicy legacy = m_editor->staged();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (AuthMethodKind kind : Core::kAllAuthMethodKinds) {
        const Core::MethodConfiguration *config = policy.configuration(kind);
        if (!config)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(Core::authMethodDisplayName(kind));
        name->setData(Qt::UserRole, int(kind));
        m_table->setItem(row, MethodColumn, name);
        m_table->setItem(row, StateColumn, new QTableWidgetItem(config->enabled ? tr("Enabled") : tr("Disabled")));
        QStringList include;
        for (const Core::MethodTarget &t : config->includeTargets)
            include << targetName(t.id);
        QStringList exclude;
        for (const Core::ExcludeTarget &t : config->excludeTargets)
            exclude << targetName(t.id);
        m_table->setItem(
            row, IncludeColumn, new QTableWidgetItem(include.isEmpty() ? tr("Nobody") : include.join(u", "_s)));
        m_table->setItem(row, ExcludeColumn, new QTableWidgetItem(exclude.join(u", "_s)));
        QStringList legacyNames;
        for (Core::SsprMethod method : legacyMethodsFor(kind))
            legacyNames << Core::ssprMethodDisplayName(method);
        QString sspr;
        if (legacyNames.isEmpty())
            sspr = tr("Not used");
        else
            sspr = policy.isAvailableForSspr(kind, legacy) ? tr("Available (%1)").arg(legacyNames.join(u", "_s))
                                                           : tr("Not available (%1)").arg(legacyNames.join(u", "_s));
        auto *ssprItem = new QTableWidgetItem(sspr);
        ssprItem->setToolTip(tr("The password reset method this configuration stands for, and whether it is "
                                "available to the users in the password reset scope."));
        m_table->setItem(row, SsprColumn, ssprItem);
    }
    bool reselected = false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, MethodColumn)->data(Qt::UserRole).toInt() == int(selected)) {
            m_table->selectRow(row);
            reselected = true;
        }
    }
    if (!reselected && m_table->rowCount() > 0)
        m_table->selectRow(0);

    const Core::RegistrationCampaign &campaign = policy.registrationCampaign;
    {
        const QSignalBlocker b1(m_campaignState);
        const QSignalBlocker b2(m_snooze);
        const QSignalBlocker b3(m_limitedSnoozes);
        m_campaignState->setCurrentIndex(m_campaignState->findData(int(campaign.state)));
        m_snooze->setValue(campaign.snoozeDurationInDays);
        m_limitedSnoozes->setChecked(campaign.enforceRegistrationAfterAllowedSnoozes.value_or(true));
    }
    refreshDetail();
}

void MethodsPolicyPanel::refreshDetail()
{
    const AuthMethodKind kind = currentKind();
    const Core::MethodConfiguration *config = m_editor->stagedMethods().configuration(kind);
    const bool has = config != nullptr && m_table->rowCount() > 0;
    m_detailTitle->setText(has ? Core::authMethodDisplayName(kind) : QString());
    for (QWidget *w : {static_cast<QWidget *>(m_enable), static_cast<QWidget *>(m_includeAll),
             static_cast<QWidget *>(m_includeGroups), static_cast<QWidget *>(m_includeList),
             static_cast<QWidget *>(m_addInclude), static_cast<QWidget *>(m_excludeList),
             static_cast<QWidget *>(m_addExclude)})
        w->setEnabled(has);
    if (!has)
        return;
    const QString name = Core::authMethodDisplayName(kind);
    m_enable->setAccessibleName(tr("Enable %1").arg(name));
    {
        const QSignalBlocker b1(m_enable);
        const QSignalBlocker b2(m_includeMode);
        m_enable->setChecked(config->enabled);
        (config->includesAllUsers() ? m_includeAll : m_includeGroups)->setChecked(true);
    }
    const int includeRow = m_includeList->currentRow();
    const int excludeRow = m_excludeList->currentRow();
    {
        const QSignalBlocker b1(m_includeList);
        const QSignalBlocker b2(m_excludeList);
        m_includeList->clear();
        for (const Core::MethodTarget &t : config->includeTargets) {
            if (t.isAllUsers())
                continue;
            auto *item = new QListWidgetItem(targetName(t.id), m_includeList);
            item->setData(Qt::UserRole, t.id);
        }
        m_excludeList->clear();
        for (const Core::ExcludeTarget &t : config->excludeTargets) {
            auto *item = new QListWidgetItem(targetName(t.id), m_excludeList);
            item->setData(Qt::UserRole, t.id);
        }
        m_includeList->setCurrentRow(qMin(includeRow, m_includeList->count() - 1));
        m_excludeList->setCurrentRow(qMin(excludeRow, m_excludeList->count() - 1));
    }
    const bool groups = !config->includesAllUsers();
    m_includeList->setEnabled(groups);
    m_removeInclude->setEnabled(groups && m_includeList->currentItem() != nullptr);
    m_removeExclude->setEnabled(m_excludeList->currentItem() != nullptr);

    // Problems of this configuration: every field key starts with its id.
    const QString prefix = config->id() + u'.';
    const QPalette pal = palette();
    QStringList lines;
    QStringList plain;
    for (const Core::PolicyProblem &p : m_editor->problems()) {
        if (!p.field.startsWith(prefix))
            continue;
        const QColor color = p.isError() ? NoteColors::error(pal) : NoteColors::warning(pal);
        const QString text = (p.isError() ? tr("Error: ") : tr("Warning: ")) + p.message;
        lines << u"<span style=\"color:%1\">%2</span>"_s.arg(color.name(), text.toHtmlEscaped());
        plain << text;
    }
    m_detailNote->setText(lines.join(u"<br>"_s));
    m_detailNote->setVisible(!lines.isEmpty());
    m_detailNote->setAccessibleName(plain.join(u'\n'));
}

} // namespace Sspr::Gui
