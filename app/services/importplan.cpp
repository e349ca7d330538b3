#include "importplan.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sspr::Services {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Services::ImportPlan)
};

constexpr const char16_t *kClassKeys[ImportRowClassCount] = {
    u"willAdd",
    u"willUpdate",
    u"alreadySet",
    u"unknownUser",
    u"invalidValue",
    u"duplicate",
    u"sharedNumber",
    u"ruleViolation",
};

QString actionKey(ImportAction action)
{
    switch (action) {
    case ImportAction::Add:
        return u"add"_s;
    case ImportAction::Update:
        return u"update"_s;
    case ImportAction::None:
        break;
    }
    return u"none"_s;
}

} // namespace

// ---- options ---------------------------------------------------------------------------------------------------

QString ImportOptions::toJson(const Core::CsvColumnMapping &mapping) const
{
    QJsonObject columns;
    for (int role = 0; role < Core::CsvColumnRoleCount; ++role) {
        const auto r = Core::CsvColumnRole(role);
        if (mapping.isMapped(r))
            columns.insert(Core::CsvColumnMapping::roleKey(r), mapping.column(r));
    }
    QJsonObject o {{u"kind"_s, ImportPlan::kindKey(kind)},
        {u"type"_s, phoneType ? QJsonValue(Core::methodTypeKey(*phoneType)) : QJsonValue()},
        {u"region"_s, defaultRegion.trimmed().toUpper()}, {u"existing"_s, ImportPlan::policyKey(existing)},
        {u"allowShared"_s, allowShared}, {u"headerRow"_s, mapping.hasHeaderRow()}, {u"columns"_s, columns}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<ImportOptions> ImportOptions::fromJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    ImportOptions options;
    const auto kind = ImportPlan::kindFromKey(o.value(u"kind"_s).toString());
    const auto existing = ImportPlan::policyFromKey(o.value(u"existing"_s).toString());
    if (!kind || !existing)
        return std::nullopt;
    options.kind = *kind;
    options.existing = *existing;
    if (o.value(u"type"_s).isString()) {
        Core::MethodType type;
        if (!Core::methodTypeFromKey(o.value(u"type"_s).toString(), &type))
            return std::nullopt;
        options.phoneType = type;
    }
    options.defaultRegion = o.value(u"region"_s).toString();
    options.allowShared = o.value(u"allowShared"_s).toBool();
    return options;
}

bool ImportOptions::sameChoices(const ImportOptions &other) const
{
    return kind == other.kind && phoneType == other.phoneType
        && defaultRegion.trimmed().compare(other.defaultRegion.trimmed(), Qt::CaseInsensitive) == 0
        && existing == other.existing && allowShared == other.allowShared;
}

// ---- keys and names --------------------------------------------------------------------------------------------

QString ImportPlan::classKey(ImportRowClass rowClass)
{
    return QString::fromUtf16(kClassKeys[size_t(rowClass)]);
}

std::optional<ImportRowClass> ImportPlan::classFromKey(const QString &key)
{
    for (int i = 0; i < ImportRowClassCount; ++i) {
        if (key == QStringView(kClassKeys[i]))
            return ImportRowClass(i);
    }
    return std::nullopt;
}

QString ImportPlan::classDisplayName(ImportRowClass rowClass, ImportKind kind)
{
    switch (rowClass) {
    case ImportRowClass::WillAdd:
        return Tr::tr("Will add");
    case ImportRowClass::WillUpdate:
        return Tr::tr("Will update");
    case ImportRowClass::AlreadySet:
        return Tr::tr("Already set");
    case ImportRowClass::UnknownUser:
        return Tr::tr("Unknown user");
    case ImportRowClass::InvalidValue:
        return kind == ImportKind::Phones ? Tr::tr("Invalid number") : Tr::tr("Invalid address");
    case ImportRowClass::Duplicate:
        return Tr::tr("Duplicate row");
    case ImportRowClass::SharedNumber:
        return Tr::tr("Shared number");
    case ImportRowClass::RuleViolation:
        return Tr::tr("Rule violation");
    }
    return {};
}

QString ImportPlan::classCountText(ImportRowClass rowClass, qint64 rows, ImportKind kind)
{
    const int n = int(qMin<qint64>(rows, INT_MAX));
    switch (rowClass) {
    case ImportRowClass::WillAdd:
        return Tr::tr("%n to add", nullptr, n);
    case ImportRowClass::WillUpdate:
        return Tr::tr("%n to update", nullptr, n);
    case ImportRowClass::AlreadySet:
        return Tr::tr("%n already set", nullptr, n);
    case ImportRowClass::UnknownUser:
        return Tr::tr("%n unknown user(s)", nullptr, n);
    case ImportRowClass::InvalidValue:
        return kind == ImportKind::Phones ? Tr::tr("%n invalid number(s)", nullptr, n)
                                          : Tr::tr("%n invalid address(es)", nullptr, n);
    case ImportRowClass::Duplicate:
        return Tr::tr("%n duplicate row(s)", nullptr, n);
    case ImportRowClass::SharedNumber:
        return Tr::tr("%n shared number(s)", nullptr, n);
    case ImportRowClass::RuleViolation:
        return Tr::tr("%n rule violation(s)", nullptr, n);
    }
    return {};
}

QString ImportPlan::kindKey(ImportKind kind)
{
    return kind == ImportKind::Phones ? u"phones"_s : u"emails"_s;
}

std::optional<ImportKind> ImportPlan::kindFromKey(const QString &key)
{
    if (key == u"phones")
        return ImportKind::Phones;
    if (key == u"emails")
        return ImportKind::Emails;
    return std::nullopt;
}

QString ImportPlan::policyKey(ExistingPolicy policy)
{
    switch (policy) {
    case ExistingPolicy::Skip:
        return u"skip"_s;
    case ExistingPolicy::Overwrite:
        return u"overwrite"_s;
    case ExistingPolicy::Ask:
        return u"ask"_s;
    }
    return {};
}

std::optional<ExistingPolicy> ImportPlan::policyFromKey(const QString &key)
{
    if (key == u"skip")
        return ExistingPolicy::Skip;
    if (key == u"overwrite")
        return ExistingPolicy::Overwrite;
    if (key == u"ask")
        return ExistingPolicy::Ask;
    return std::nullopt;
}

// ---- decisions -------------------------------------------------------------------------------------------------

bool ImportPlan::isBlocked(const ImportPlanItem &item) const
{
    switch (item.rowClass) {
    case ImportRowClass::WillAdd:
    case ImportRowClass::WillUpdate:
    case ImportRowClass::AlreadySet:
        return false;
    case ImportRowClass::SharedNumber:
        return !options.allowShared;
    default:
        return true;
    }
}

void ImportPlan::decideItem(ImportPlanItem &item) const
{
    if (item.action == ImportAction::None || isBlocked(item)) {
        item.decision = ImportDecision::Skip;
        return;
    }
    if (item.action == ImportAction::Add) {
        item.decision = ImportDecision::Apply;
        return;
    }
    switch (options.existing) {
    case ExistingPolicy::Overwrite:
        item.decision = ImportDecision::Apply;
        item.decidedByHand = false;
        break;
    case ExistingPolicy::Skip:
        item.decision = ImportDecision::Skip;
        item.decidedByHand = false;
        break;
    case ExistingPolicy::Ask:
        if (!item.decidedByHand)
            item.decision = ImportDecision::Undecided;
        break;
    }
}

void ImportPlan::setExistingPolicy(ExistingPolicy policy)
{
    options.existing = policy;
    for (ImportPlanItem &item : items)
        decideItem(item);
}

void ImportPlan::setAllowShared(bool allow)
{
    options.allowShared = allow;
    for (ImportPlanItem &item : items)
        decideItem(item);
}

void ImportPlan::decide(int index, ImportDecision decision)
{
    if (index < 0 || index >= items.size())
        return;
    ImportPlanItem &item = items[index];
    if (item.action != ImportAction::Update || isBlocked(item))
        return;
    item.decision = decision;
    item.decidedByHand = decision != ImportDecision::Undecided;
}

void ImportPlan::decideAllUndecided(ImportDecision decision)
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).decision == ImportDecision::Undecided)
            decide(i, decision);
    }
}

void ImportPlan::recount()
{
    m_counts.fill(0);
    for (const ImportPlanItem &item : std::as_const(items))
        ++m_counts[size_t(item.rowClass)];
}

qint64 ImportPlan::toApply() const
{
    return std::count_if(items.cbegin(), items.cend(),
        [](const ImportPlanItem &item) { return item.decision == ImportDecision::Apply; });
}

qint64 ImportPlan::undecided() const
{
    return std::count_if(items.cbegin(), items.cend(),
        [](const ImportPlanItem &item) { return item.decision == ImportDecision::Undecided; });
}

qint64 ImportPlan::problems() const
{
    return std::count_if(items.cbegin(), items.cend(), [this](const ImportPlanItem &item) { return isBlocked(item); });
}

// ---- journal rows ----------------------------------------------------------------------------------------------

Store::ImportRowRecord ImportPlan::journalRow(const ImportPlanItem &item, qint64 seq) const
{
    Store::ImportRowRecord row;
    row.seq = seq;
    row.line = item.line;
    row.upn = item.upn;
    row.uid = item.uid;
    row.methodType = item.hasType ? Core::methodTypeKey(item.type) : QString();
    row.typed = item.typed;
    row.value = item.value;
    row.oldValue = item.oldValue;
    row.rowClass = classKey(item.rowClass);
    row.action = actionKey(item.action);
    const QString method = item.hasType ? Core::methodTypeDisplayName(item.type) : QString();
    switch (item.decision) {
    case ImportDecision::Apply:
        row.state = u"pending"_s;
        if (item.action == ImportAction::Add) {
            row.outcome = u"wouldAdd"_s;
            row.message = Tr::tr("Will add the %1 %2.").arg(method, item.value);
        } else {
            row.outcome = u"wouldUpdate"_s;
            row.message = Tr::tr("Will replace the %1 %2 with %3.").arg(method, item.oldValue, item.value);
        }
        if (item.rowClass == ImportRowClass::SharedNumber)
            row.message += u' ' + item.message;
        return row;
    case ImportDecision::Undecided:
        row.state = u"skipped"_s;
        row.outcome = u"skipped"_s;
        row.message = Tr::tr("Kept the registered %1 %2: no decision was made to replace it with %3.")
                          .arg(method, item.oldValue, item.value);
        return row;
    case ImportDecision::Skip:
        break;
    }
    if (item.rowClass == ImportRowClass::AlreadySet) {
        row.state = u"skipped"_s;
        row.outcome = u"unchanged"_s;
        row.message = item.message;
    } else if (item.action == ImportAction::Update && !isBlocked(item)) {
        row.state = u"skipped"_s;
        row.outcome = u"skipped"_s;
        row.message = Tr::tr("Kept the registered %1 %2 (policy for existing values: skip); the file has %3.")
                          .arg(method, item.oldValue, item.value);
    } else {
        row.state = u"failed"_s;
        row.outcome = u"failed"_s;
        row.message = item.message;
    }
    return row;
}

QList<Store::ImportRowRecord> ImportPlan::journalRows() const
{
    QList<Store::ImportRowRecord> rows;
    rows.reserve(items.size());
    qint64 seq = 0;
    for (const ImportPlanItem &item : items)
        rows.append(journalRow(item, ++seq));
    return rows;
}

} // namespace Sspr::Services
