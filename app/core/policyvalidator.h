#pragma once

#include "authmethodspolicy.h"
#include "policyproblem.h"
#include "ssprpolicy.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>

namespace Sspr::Core {

// What the rules need to know beyond the policy itself. Every member has a neutral default, so validate(policy)
// alone checks everything that does not depend on the tenant.
struct PolicyContext
{
    // Whether a group id exists in the tenant; when unset, existence is not checked.
    std::function<bool(const QString &groupId)> groupExists;
    // Office phone is available only in tenants with paid subscriptions.
    bool paidTenant = true;
    // With MigrationComplete the legacy method checkboxes are a view of the unified policy (pass
    // AuthMethodsPolicy::effectiveLegacyPolicy() as the policy): they cannot be changed here, and the
    // "notification only with two methods" rule of the legacy list no longer applies.
    PolicyMigrationState migrationState = PolicyMigrationState::PreMigration;
    // The tenant's domains (contoso.com, contoso.onmicrosoft.com): a helpdesk mailbox there gets a warning.
    QStringList tenantDomains;
    // The saved policy the staged one would replace. Needed by the rules about changes: the reconfirmation
    // interval cannot change while registration is not required, the legacy methods cannot change once migration is
    // complete, and the warnings about raising the count, removing a method or narrowing the scope.
    std::optional<SsprPolicy> stored;

    static PolicyContext withKnownGroups(const QSet<QString> &groupIds);
};

// Every rule of the Password reset blade (entra-sspr-facts A1 and the appendix), errors and warnings, in the order
// of the blade's pages. Each problem's field is a PolicyKeys key. The list is empty for a clean policy.
QList<PolicyProblem> validate(const SsprPolicy &policy, const PolicyContext &context = PolicyContext());

// Why the control of `field` (a PolicyKeys key) cannot be changed in the current state, or an empty string when it
// can: the UI disables the control and shows the reason beside it. A checkbox that is ticked although a rule
// forbids it stays enabled, so that it can be unticked (validate() reports the error).
QString whyDisabled(const SsprPolicy &policy, QStringView field, const PolicyContext &context = PolicyContext());
bool isControlAllowed(const SsprPolicy &policy, QStringView field, const PolicyContext &context = PolicyContext());

// The shape check behind the helpdesk link rule: a plain email address, such as helpdesk@contoso.com.
bool isValidEmailAddress(const QString &text);

} // namespace Sspr::Core
