#pragma once

#include "authmethodspolicy.h"
#include "policyproblem.h"
#include "policyvalidator.h"
#include "result.h"
#include "ssprpolicy.h"

#include <QList>
#include <QString>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {

// The Password reset blade's use cases: load, validate against the tenant (groups, domains, migration state),
// show what a staged change would change, and save it with one audit entry per changed setting, all in one
// transaction. The UI disables and explains with the same rules; ssprctl refuses with exit 2.
class PolicyService final
{
public:
    PolicyService(Store::Database &db, QString actor, QString source);

    Core::Result<Core::SsprPolicy> load();
    // The context the validator needs: which groups exist, the tenant's domains, the migration state, and the
    // saved policy (for the rules about changes).
    Core::PolicyContext context();
    QList<Core::PolicyProblem> validate(const Core::SsprPolicy &staged);

    struct Change
    {
        QString key; // the policy key (PolicyKeys), also the audit entry's setting
        QString oldValue; // display text (a group shows its name)
        QString newValue;
    };
    QList<Change> diff(const Core::SsprPolicy &before, const Core::SsprPolicy &after);

    // Refuses (with every error, one per line) when the staged policy breaks a rule; otherwise saves it and logs
    // every changed setting. Saving an unchanged policy writes nothing.
    Core::Status save(const Core::SsprPolicy &staged);

    // A group's display name by Graph id ("" when unknown).
    QString groupName(const QString &groupId);

    // ---- The unified Authentication methods policy, staged and saved together with the blade.
    Core::Result<Core::AuthMethodsPolicy> loadAuthMethods();
    // AuthMethodsPolicy::validate() plus a warning for every target group that does not exist in the tenant.
    QList<Core::PolicyProblem> validateAuthMethods(const Core::AuthMethodsPolicy &staged);
    // Setting keys "<ConfigurationId>.state|includeTargets|excludeTargets|settings",
    // "registrationCampaign.<property>" and "policyMigrationState"; targets show group names ("All users").
    QList<Change> diffAuthMethods(const Core::AuthMethodsPolicy &before, const Core::AuthMethodsPolicy &after);
    // Saves both policies in one transaction, one audit entry per changed setting ("policy.update" and
    // "authMethodsPolicy.update"); refuses with every error when either has one. Unchanged parts write nothing.
    Core::Status save(const Core::SsprPolicy &staged, const Core::AuthMethodsPolicy &stagedMethods);

private:
    QString displayValue(const Core::SsprPolicy &policy, const QString &key);

    Store::Database &m_db;
    QString m_actor;
    QString m_source;
};

} // namespace Sspr::Services
