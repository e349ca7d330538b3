#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

namespace Sspr::Core {

enum class SsprEnablement { None = 0, Selected = 1, All = 2 }; // values as the portal's enablementType

// The six methods of the legacy SSPR list, in the portal's order.
enum class SsprMethod {
    MobileAppNotification,
    MobileAppCode,
    Email,
    MobilePhone,
    OfficePhone,
    SecurityQuestions,
};
inline constexpr SsprMethod kAllSsprMethods[] = {SsprMethod::MobileAppNotification, SsprMethod::MobileAppCode,
    SsprMethod::Email, SsprMethod::MobilePhone, SsprMethod::OfficePhone, SsprMethod::SecurityQuestions};

struct SecurityQuestion
{
    bool custom = false;
    QString key; // predefined question id ("predefined:3"); empty for custom questions
    QString text;

    bool operator==(const SecurityQuestion &) const = default;
};

// The Password reset blade as one value, field for field the portal's PasswordResetPolicies payload
// (graph-facts §1.3), plus the writeback flags and the one Graph switch, authorizationPolicy.allowedToUseSSPR.
struct SsprPolicy
{
    // Properties
    SsprEnablement enablement = SsprEnablement::None;
    QString groupId; // the one group when enablement is Selected

    // Authentication methods
    int methodsRequired = 1;
    bool mobileAppNotification = false;
    bool mobileAppCode = false;
    bool email = true;
    bool mobilePhone = true;
    bool officePhone = false;
    bool securityQuestions = false;
    int questionsToRegister = 3;
    int questionsToReset = 3;
    QList<SecurityQuestion> questions;

    // Registration
    bool registrationRequired = true;
    int reconfirmDays = 180;

    // Notifications
    bool notifyUsers = true;
    bool notifyAdmins = false;

    // Customization
    bool customizeHelpdeskLink = false;
    QString helpdeskEmailOrUrl;

    // On-premises integration
    bool writebackEnabled = false;
    bool writebackCloudSync = false;
    bool unlockWithoutReset = false;

    // Administrator policy (Graph: authorizationPolicy.allowedToUseSSPR)
    bool allowedToUseSspr = true;

    bool methodEnabled(SsprMethod method) const;
    void setMethodEnabled(SsprMethod method, bool enabled);
    int enabledMethodCount() const;

    bool operator==(const SsprPolicy &) const = default;
};

QString ssprMethodKey(SsprMethod method);
// The method for a key of ssprMethodKey(), matched case-insensitively; false when unknown.
bool ssprMethodFromKey(QStringView key, SsprMethod *method);
QString ssprMethodDisplayName(SsprMethod method);
QString enablementKey(SsprEnablement enablement);
// The enablement for "none"/"selected"/"all" (any case) or "0"/"1"/"2"; false otherwise.
bool enablementFromKey(QStringView key, SsprEnablement *enablement);
QString enablementDisplayName(SsprEnablement enablement);

} // namespace Sspr::Core
