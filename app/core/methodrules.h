#pragma once

#include "authmethod.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Sspr::Core {

class PhoneNumber;

// Entra's per-user authentication-method rules (entra-sspr-facts A2 and the appendix; graph-facts §3), as pure
// functions over the user's current methods. Each refusal is an Error whose translated message says what to do.
// The UI disables and explains with the same functions; the CLI refuses with them; the fake Graph server may
// reuse them to answer 400s.
namespace MethodRules {

inline constexpr int kTapMinimumLifetimeMinutes = 10; // Graph's lifetimeInMinutes range
inline constexpr int kTapMaximumLifetimeMinutes = 43200;
inline constexpr int kMaxOathTokensPerUser = 5; // hardware and software OATH together

// The Temporary Access Pass settings of the authentication methods policy that bound a new pass.
struct TapPolicyBounds
{
    int minimumLifetimeMinutes = kTapMinimumLifetimeMinutes;
    int maximumLifetimeMinutes = kTapMaximumLifetimeMinutes;
    bool oneTimeRequired = false; // the policy's isUsableOnce: every pass must be one-time
};

// A pass an administrator asks for.
struct TapRequest
{
    QDateTime startDateTime; // invalid means "now"
    int lifetimeMinutes = 60;
    bool isUsableOnce = false;
};

// Whether a registered method can be used to reset the password, and why (not).
struct SsprUsability
{
    bool usable = false;
    QString reason;
};

// Whether a method of this kind may be added at all, before its value is known (one phone per type, alternate
// mobile needs mobile, one email, OATH cap, kinds only the user can register, the password).
Status canAddMethodType(const QList<AuthMethod> &methods, MethodType type);

// Adding a phone of type MobilePhone, AlternateMobilePhone or OfficePhone: canAddMethodType(), a valid number, and
// an extension only on an office phone.
Status canAddPhone(const QList<AuthMethod> &methods, MethodType type, const PhoneNumber &number);

// Changing the number of the phone method methodId. The type cannot change: requestedType must be the phone's
// current type (pass it so that an attempted type change is explained, not silently ignored).
Status canUpdatePhone(
    const QList<AuthMethod> &methods, const QString &methodId, MethodType requestedType, const PhoneNumber &number);

// Deleting a method: never the password; not the mobile phone while an alternate mobile phone exists.
Status canDeleteMethod(const QList<AuthMethod> &methods, const QString &methodId);

// One email method per user, with a valid address.
Status canAddEmail(const QList<AuthMethod> &methods, const QString &address);
Status canUpdateEmail(const QList<AuthMethod> &methods, const QString &address);
Status validateEmailAddress(const QString &address);

// A new Temporary Access Pass within the policy's bounds. On success the value is a notice for the person
// (the existing pass that will be replaced), or an empty string.
Result<QString> canAddTemporaryAccessPass(
    const QList<AuthMethod> &methods, const TapRequest &request, const TapPolicyBounds &policy = {});

// A new hardware or software OATH token: at most kMaxOathTokensPerUser of both kinds together.
Status canAddOathToken(const QList<AuthMethod> &methods, MethodType type);

// Whether the method counts for self-service password reset, with the reason either way. Policy enablement is
// not considered here (that is the eligibility verdict's job); this is what the method itself allows.
SsprUsability ssprUsability(const AuthMethod &method);

} // namespace MethodRules

} // namespace Sspr::Core
