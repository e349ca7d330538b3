#include "eligibility.h"

#include <QCoreApplication>

namespace Sspr::Core::Eligibility {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Core::Eligibility)
};
} // namespace

QList<MethodType> qualifyingMethods(const SsprPolicy &policy)
{
    QList<MethodType> out;
    if (policy.mobilePhone)
        out << MethodType::MobilePhone;
    if (policy.officePhone)
        out << MethodType::OfficePhone;
    if (policy.email)
        out << MethodType::Email;
    if (policy.mobileAppNotification || policy.mobileAppCode)
        out << MethodType::MicrosoftAuthenticator;
    if (policy.mobileAppCode)
        out << MethodType::SoftwareOath;
    return out;
}

QList<int> qualifyingMethodBits(const SsprPolicy &policy)
{
    QList<int> bits;
    for (MethodType t : qualifyingMethods(policy))
        bits << methodBit(t);
    return bits;
}

QList<MethodType> adminQualifyingMethods()
{
    return {MethodType::MobilePhone, MethodType::OfficePhone, MethodType::Email, MethodType::MicrosoftAuthenticator};
}

Verdict evaluate(const SsprPolicy &policy, const UserRecord &user, bool inScopeGroup)
{
    Verdict v;
    v.adminPolicy = user.isAdmin();
    const QList<MethodType> qualifying = v.adminPolicy ? adminQualifyingMethods() : qualifyingMethods(policy);
    v.requiredMethods = v.adminPolicy ? 2 : policy.methodsRequired;
    for (const AuthMethod &m : user.methods) {
        if (m.usable && qualifying.contains(m.type) && !v.usableMethods.contains(m.type))
            v.usableMethods << m.type;
    }
    v.registered = v.usableMethods.size() >= v.requiredMethods;

    if (!user.accountEnabled)
        v.reasons << Tr::tr("The account is disabled: a disabled account cannot sign in or reset its password.");
    if (user.userType == QLatin1String("Guest"))
        v.reasons << Tr::tr("Guest users reset their password in their home tenant, not here.");

    if (v.adminPolicy) {
        v.inScope = policy.allowedToUseSspr;
        if (!policy.allowedToUseSspr)
            v.reasons << Tr::tr("Administrator policy: self-service password reset for administrators is off "
                                "(allowedToUseSSPR = false).");
    } else {
        switch (policy.enablement) {
        case SsprEnablement::None:
            v.inScope = false;
            v.reasons << Tr::tr("Properties: self-service password reset is enabled for None.");
            break;
        case SsprEnablement::All:
            v.inScope = true;
            break;
        case SsprEnablement::Selected:
            v.inScope = inScopeGroup;
            if (!inScopeGroup)
                v.reasons << Tr::tr("Properties: the user is not a member (direct or nested) of the selected group.");
            break;
        }
    }

    if (!v.registered) {
        if (v.adminPolicy)
            v.reasons << Tr::tr("Administrator policy: two methods are required (mobile phone, office phone, email or "
                                "Authenticator); the user has %n.",
                nullptr, int(v.usableMethods.size()));
        else
            v.reasons << Tr::tr("Authentication methods: %1 required; the user has %2 usable qualifying method(s).")
                             .arg(v.requiredMethods)
                             .arg(v.usableMethods.size());
    }
    if (user.onPremisesSynced && !policy.writebackEnabled)
        v.reasons << Tr::tr("On-premises integration: password writeback is off, so a synced user cannot reset.");

    v.canReset = v.inScope && v.registered && user.accountEnabled && user.userType != QLatin1String("Guest")
        && !(user.onPremisesSynced && !policy.writebackEnabled);
    if (v.canReset) {
        QStringList names;
        for (MethodType t : std::as_const(v.usableMethods))
            names << methodTypeDisplayName(t);
        v.reasons << Tr::tr("Can reset with: %1.").arg(names.join(QStringLiteral(", ")));
    }
    return v;
}

} // namespace Sspr::Core::Eligibility
