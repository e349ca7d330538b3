#pragma once

#include "ssprpolicy.h"
#include "userrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Sspr::Core {

// "Can this user reset their password, and if not, why?" under a policy, traced to the settings that decide it.
// The same rules drive the browser's filters and the impact preview (in SQL, via qualifyingMethodBits).
namespace Eligibility {

// The registered method kinds that count towards "registered for SSPR" under the user policy
// (legacy mapping: Mobile phone → mobile, Office phone → office, Email → email, Mobile app → Authenticator,
// Mobile app code also software OATH). Security questions have no local data and never count here.
QList<MethodType> qualifyingMethods(const SsprPolicy &policy);
QList<int> qualifyingMethodBits(const SsprPolicy &policy);
// The administrator policy is fixed: two methods, no security questions; mobile, office, email and Authenticator.
QList<MethodType> adminQualifyingMethods();

struct Verdict
{
    bool canReset = false;
    bool inScope = false;
    bool registered = false; // has at least the required number of qualifying methods
    bool adminPolicy = false; // the fixed two-gate administrator policy applies instead of the user policy
    int requiredMethods = 1;
    QList<MethodType> usableMethods; // the qualifying methods this user has
    QStringList reasons; // why not (or, when canReset, what it rests on), each naming the setting
};

// inScopeGroup: whether the user is a (nested) member of the policy's selected group; the caller resolves it.
Verdict evaluate(const SsprPolicy &policy, const UserRecord &user, bool inScopeGroup);

} // namespace Eligibility
} // namespace Sspr::Core
