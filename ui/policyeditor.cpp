#include "policyeditor.h"

#include "auditlog.h"
#include "database.h"

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

PolicyEditor::PolicyEditor(Store::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_service(db, Store::AuditLog::localActor(), u"console"_s)
{
    setObjectName(u"policyEditor"_s);
    reload();
}

PolicyEditor *PolicyEditor::shared(Store::Database &db, QObject *owner)
{
    if (auto *editor = owner->findChild<PolicyEditor *>(u"policyEditor"_s, Qt::FindDirectChildrenOnly))
        return editor;
    return new PolicyEditor(db, owner);
}

Core::Status PolicyEditor::reload()
{
    m_loadError.clear();
    auto policy = m_service.load();
    auto methods = m_service.loadAuthMethods();
    if (!policy)
        m_loadError = policy.errorMessage();
    else if (!methods)
        m_loadError = methods.errorMessage();
    m_saved = policy ? policy.value() : Core::SsprPolicy();
    m_savedMethods = methods ? methods.value() : Core::AuthMethodsPolicy::defaults();
    m_staged = m_saved;
    m_stagedMethods = m_savedMethods;
    m_context = m_service.context();
    restage();
    if (!m_loadError.isEmpty())
        return Core::Error {m_loadError};
    return {};
}

void PolicyEditor::restage()
{
    m_problems = m_service.validate(m_staged);
    m_problems.append(m_service.validateAuthMethods(m_stagedMethods));
    emit changed();
}

Core::SsprPolicy PolicyEditor::viewPolicy() const
{
    if (migrationState() == Core::PolicyMigrationState::MigrationComplete)
        return m_stagedMethods.effectiveLegacyPolicy(m_staged);
    return m_staged;
}

Core::SsprPolicy PolicyEditor::effectiveSaved() const
{
    return m_savedMethods.effectiveLegacyPolicy(m_saved);
}

Core::SsprPolicy PolicyEditor::effectiveStaged() const
{
    return m_stagedMethods.effectiveLegacyPolicy(m_staged);
}

void PolicyEditor::update(const std::function<void(Core::SsprPolicy &)> &change)
{
    Core::SsprPolicy next = m_staged;
    change(next);
    if (next == m_staged)
        return;
    m_staged = next;
    restage();
}

void PolicyEditor::updateMethods(const std::function<void(Core::AuthMethodsPolicy &)> &change)
{
    Core::AuthMethodsPolicy next = m_stagedMethods;
    change(next);
    if (next == m_stagedMethods)
        return;
    m_stagedMethods = next;
    restage();
}

void PolicyEditor::discard()
{
    if (!isDirty())
        return;
    m_staged = m_saved;
    m_stagedMethods = m_savedMethods;
    restage();
}

bool PolicyEditor::isDirty() const
{
    return m_staged != m_saved || m_stagedMethods != m_savedMethods;
}

QList<Core::PolicyProblem> PolicyEditor::problemsFor(QStringView field) const
{
    return Core::problemsForField(m_problems, field);
}

QString PolicyEditor::whyDisabled(QStringView field) const
{
    Core::PolicyContext context = m_context;
    context.migrationState = migrationState(); // as staged: the view follows the unified policy being edited
    return Core::whyDisabled(viewPolicy(), field, context);
}

QList<Services::PolicyService::Change> PolicyEditor::changes()
{
    QList<Services::PolicyService::Change> out = m_service.diff(m_saved, m_staged);
    out.append(m_service.diffAuthMethods(m_savedMethods, m_stagedMethods));
    return out;
}

Core::Status PolicyEditor::save()
{
    if (Core::Status s = m_service.save(m_staged, m_stagedMethods); !s)
        return s;
    reload();
    emit saved();
    return {};
}

QString PolicyEditor::groupName(const QString &groupId)
{
    return m_service.groupName(groupId);
}

} // namespace Sspr::Gui
