#include "authmethod.h"

#include <QCoreApplication>

#include <array>

namespace Sspr::Core {

namespace {
struct MethodName
{
    MethodType type;
    const char16_t *key;
    const char *displayName;
};

// The keys are the Graph phoneType / method names where Graph has one.
constexpr std::array<MethodName, 11> kNames{{
    {MethodType::MobilePhone, u"mobile", QT_TRANSLATE_NOOP("Sspr::Core::AuthMethod", "Mobile phone")},
    {MethodType::AlternateMobilePhone, u"alternateMobile",
     QT_TRANSLATE_NOOP("Sspr::Core::AuthMethod", "Alternate mobile phone")},
    {MethodType::OfficePhone, u"office", QT_TRANSLATE_NOOP("Sspr::Core::AuthMethod", "Office phone")},
    {MethodType::Email, u"email", QT_TRANSLATE_NOOP("Sspr::Core::AuthMethod", "Email")},
    {MethodType::MicrosoftAuthenticator, u"microsoftAuthenticator",
     QT_TRANSLATE_NOOP("Sspr::Core::AuthMethod", "Microsoft Authenticator")},
    {MethodType::SoftwareOath, u"softwareOath", QT_TRANSLATE_NOOP("Sspr::Core::AuthMethod", "Software OATH token")},
    {MethodType::HardwareOath, u"hardwareOath", QT_TRANSLATE_NOOP("Sspr::Core::AuthMethod", "Hardware OATH token")},
    {MethodType::Fido2, u"fido2", QT_TRANSLATE_NOOP("Sspr::Core::AuthMethod", "FIDO2 security key")},
    {MethodType::WindowsHello, u"windowsHelloForBusiness",
     QT_TRANSLATE_NOOP("Sspr::Core::AuthMethod", "Windows Hello for Business")},
    {MethodType::TemporaryAccessPass, u"temporaryAccessPass",
     QT_TRANSLATE_NOOP("Sspr::Core::AuthMethod", "Temporary Access Pass")},
    {MethodType::Password, u"password", QT_TRANSLATE_NOOP("Sspr::Core::AuthMethod", "Password")},
}};

const MethodName &entry(MethodType type)
{
    return kNames[static_cast<size_t>(type)];
}
} // namespace

QString methodTypeKey(MethodType type)
{
    return QString::fromUtf16(entry(type).key);
}

bool methodTypeFromKey(const QString &key, MethodType *type)
{
    for (const MethodName &name : kNames) {
        if (key.compare(QString::fromUtf16(name.key), Qt::CaseInsensitive) == 0) {
            *type = name.type;
            return true;
        }
    }
    return false;
}

QString methodTypeDisplayName(MethodType type)
{
    return QCoreApplication::translate("Sspr::Core::AuthMethod", entry(type).displayName);
}

QString fixedMethodId(MethodType type)
{
    switch (type) {
    case MethodType::MobilePhone:
        return QString::fromUtf16(MethodIds::Mobile);
    case MethodType::AlternateMobilePhone:
        return QString::fromUtf16(MethodIds::AlternateMobile);
    case MethodType::OfficePhone:
        return QString::fromUtf16(MethodIds::Office);
    case MethodType::Email:
        return QString::fromUtf16(MethodIds::Email);
    case MethodType::Password:
        return QString::fromUtf16(MethodIds::Password);
    default:
        return {};
    }
}

bool isPhoneType(MethodType type)
{
    return type == MethodType::MobilePhone || type == MethodType::AlternateMobilePhone
        || type == MethodType::OfficePhone;
}

} // namespace Sspr::Core
