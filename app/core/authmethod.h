#pragma once

#include <QDateTime>
#include <QString>

namespace Sspr::Core {

// The authentication method kinds the per-user blade lists, in the portal's order.
enum class MethodType {
    MobilePhone,
    AlternateMobilePhone,
    OfficePhone,
    Email,
    MicrosoftAuthenticator,
    SoftwareOath,
    HardwareOath,
    Fido2,
    WindowsHello,
    TemporaryAccessPass,
    Password,
};

// Bit per MethodType, used by the store to answer "registered for SSPR?" without joins.
constexpr int methodBit(MethodType type)
{
    return 1 << static_cast<int>(type);
}

struct AuthMethod
{
    QString id; // Graph id: fixed for phones, email and password; per registration for the others
    MethodType type = MethodType::MobilePhone;
    QString value; // phone number in Graph form, email address, or the device/display name
    QDateTime createdAt;
    bool usable = true;
    QString unusableReason;
    QString detail; // e.g. TAP lifetime and one-time flag, Authenticator app version
};

namespace MethodIds {
inline constexpr char16_t Password[] = u"28c10230-6103-485e-b985-444c60001490";
inline constexpr char16_t Email[] = u"3ddfcfc8-9383-446f-83cc-3ab9be4be18f";
inline constexpr char16_t Mobile[] = u"3179e48a-750b-4051-897c-87b9720928f7";
inline constexpr char16_t AlternateMobile[] = u"b6332ec1-7057-4abe-9331-3d72feddfe41";
inline constexpr char16_t Office[] = u"e37fc753-ff3b-4958-9484-eaa9425c82bc";
} // namespace MethodIds

// Stable machine names (CLI, JSON, store) and translated display names.
QString methodTypeKey(MethodType type);
bool methodTypeFromKey(const QString &key, MethodType *type);
QString methodTypeDisplayName(MethodType type);
// The fixed Graph id of a singleton method kind, or an empty string for kinds with per-registration ids.
QString fixedMethodId(MethodType type);
bool isPhoneType(MethodType type);

} // namespace Sspr::Core
