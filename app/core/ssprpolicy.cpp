#include "ssprpolicy.h"

#include <QCoreApplication>

namespace Sspr::Core {

bool SsprPolicy::methodEnabled(SsprMethod method) const
{
    switch (method) {
    case SsprMethod::MobileAppNotification:
        return mobileAppNotification;
    case SsprMethod::MobileAppCode:
        return mobileAppCode;
    case SsprMethod::Email:
        return email;
    case SsprMethod::MobilePhone:
        return mobilePhone;
    case SsprMethod::OfficePhone:
        return officePhone;
    case SsprMethod::SecurityQuestions:
        return securityQuestions;
    }
    return false;
}

void SsprPolicy::setMethodEnabled(SsprMethod method, bool enabled)
{
    switch (method) {
    case SsprMethod::MobileAppNotification:
        mobileAppNotification = enabled;
        break;
    case SsprMethod::MobileAppCode:
        mobileAppCode = enabled;
        break;
    case SsprMethod::Email:
        email = enabled;
        break;
    case SsprMethod::MobilePhone:
        mobilePhone = enabled;
        break;
    case SsprMethod::OfficePhone:
        officePhone = enabled;
        break;
    case SsprMethod::SecurityQuestions:
        securityQuestions = enabled;
        break;
    }
}

int SsprPolicy::enabledMethodCount() const
{
    int count = 0;
    for (SsprMethod method : kAllSsprMethods)
        count += methodEnabled(method) ? 1 : 0;
    return count;
}

QString ssprMethodKey(SsprMethod method)
{
    switch (method) {
    case SsprMethod::MobileAppNotification:
        return QStringLiteral("mobileAppNotification");
    case SsprMethod::MobileAppCode:
        return QStringLiteral("mobileAppCode");
    case SsprMethod::Email:
        return QStringLiteral("email");
    case SsprMethod::MobilePhone:
        return QStringLiteral("mobilePhone");
    case SsprMethod::OfficePhone:
        return QStringLiteral("officePhone");
    case SsprMethod::SecurityQuestions:
        return QStringLiteral("securityQuestions");
    }
    return {};
}

bool ssprMethodFromKey(QStringView key, SsprMethod *method)
{
    for (SsprMethod candidate : kAllSsprMethods) {
        if (key.compare(ssprMethodKey(candidate), Qt::CaseInsensitive) == 0) {
            *method = candidate;
            return true;
        }
    }
    return false;
}

QString ssprMethodDisplayName(SsprMethod method)
{
    switch (method) {
    case SsprMethod::MobileAppNotification:
        return QCoreApplication::translate("Sspr::Core::SsprPolicy", "Mobile app notification");
    case SsprMethod::MobileAppCode:
        return QCoreApplication::translate("Sspr::Core::SsprPolicy", "Mobile app code");
    case SsprMethod::Email:
        return QCoreApplication::translate("Sspr::Core::SsprPolicy", "Email");
    case SsprMethod::MobilePhone:
        return QCoreApplication::translate("Sspr::Core::SsprPolicy", "Mobile phone");
    case SsprMethod::OfficePhone:
        return QCoreApplication::translate("Sspr::Core::SsprPolicy", "Office phone");
    case SsprMethod::SecurityQuestions:
        return QCoreApplication::translate("Sspr::Core::SsprPolicy", "Security questions");
    }
    return {};
}

QString enablementKey(SsprEnablement enablement)
{
    switch (enablement) {
    case SsprEnablement::None:
        return QStringLiteral("none");
    case SsprEnablement::Selected:
        return QStringLiteral("selected");
    case SsprEnablement::All:
        return QStringLiteral("all");
    }
    return {};
}

bool enablementFromKey(QStringView key, SsprEnablement *enablement)
{
    const SsprEnablement all[] = {SsprEnablement::None, SsprEnablement::Selected, SsprEnablement::All};
    for (SsprEnablement candidate : all) {
        if (key.compare(enablementKey(candidate), Qt::CaseInsensitive) == 0
            || key == QString::number(static_cast<int>(candidate))) {
            *enablement = candidate;
            return true;
        }
    }
    return false;
}

QString enablementDisplayName(SsprEnablement enablement)
{
    switch (enablement) {
    case SsprEnablement::None:
        return QCoreApplication::translate("Sspr::Core::SsprPolicy", "None");
    case SsprEnablement::Selected:
        return QCoreApplication::translate("Sspr::Core::SsprPolicy", "Selected");
    case SsprEnablement::All:
        return QCoreApplication::translate("Sspr::Core::SsprPolicy", "All");
    }
    return {};
}

} // namespace Sspr::Core
