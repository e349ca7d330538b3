#include "methodrules.h"

#include "phonenumber.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sspr::Core::MethodRules {

namespace {

const AuthMethod *findById(const QList<AuthMethod> &methods, const QString &id)
{
    const auto it = std::find_if(methods.cbegin(), methods.cend(),
        [&id](const AuthMethod &method) { return method.id.compare(id, Qt::CaseInsensitive) == 0; });
    return it == methods.cend() ? nullptr : &*it;
}

const AuthMethod *findByType(const QList<AuthMethod> &methods, MethodType type)
{
    const auto it = std::find_if(
        methods.cbegin(), methods.cend(), [type](const AuthMethod &method) { return method.type == type; });
    return it == methods.cend() ? nullptr : &*it;
}

qsizetype countOf(const QList<AuthMethod> &methods, MethodType type)
{
    return std::count_if(
        methods.cbegin(), methods.cend(), [type](const AuthMethod &method) { return method.type == type; });
}

// A method kind named inside a sentence: the display name, quoted, so that no article or case has to agree with it.
QString name(MethodType type)
{
    return QCoreApplication::translate("Sspr::Core::MethodRules", "“%1”").arg(methodTypeDisplayName(type));
}

Status checkPhoneNumberForType(MethodType type, const PhoneNumber &number)
{
    if (!number.isValid())
        return number.error();
    if (number.hasExtension() && type != MethodType::OfficePhone) {
        return Error {QCoreApplication::translate("Sspr::Core::MethodRules",
            "Only an office phone can have an extension. Remove the extension "
            "(x%1) from this %2 number, or add the number as the %3.")
                          .arg(number.extension(), name(type), name(MethodType::OfficePhone))};
    }
    return {};
}

// "+1 4255550100x123": an extension in Graph's form (also when the number itself is masked for the reader).
bool hasGraphExtension(const QString &graphForm)
{
    const qsizetype x = graphForm.lastIndexOf(u'x');
    if (x <= 0 || x + 1 == graphForm.size())
        return false;
    for (qsizetype i = x + 1; i < graphForm.size(); ++i) {
        if (graphForm.at(i) < u'0' || graphForm.at(i) > u'9')
            return false;
    }
    return true;
}

Error notAPhoneType(MethodType type)
{
    return Error {QCoreApplication::translate("Sspr::Core::MethodRules",
        "%1 is not a phone type. Choose mobile phone, alternate mobile phone or "
        "office phone.")
                      .arg(methodTypeDisplayName(type))};
}

Error methodNotFound(const QString &methodId)
{
    return Error {QCoreApplication::translate("Sspr::Core::MethodRules",
        "The user has no method with id %1 (any more). Reload the user's "
        "methods and try again.")
                      .arg(methodId.left(64))};
}

} // namespace

Status canAddMethodType(const QList<AuthMethod> &methods, MethodType type)
{
    switch (type) {
    case MethodType::MobilePhone:
    case MethodType::AlternateMobilePhone:
    case MethodType::OfficePhone:
        if (const AuthMethod *existing = findByType(methods, type)) {
            return Error {QCoreApplication::translate("Sspr::Core::MethodRules",
                "The user already has a phone of type %1 (%2); each phone type "
                "is allowed once. Edit that number instead, or delete it first.")
                              .arg(name(type), existing->value)};
        }
        if (type == MethodType::AlternateMobilePhone && !findByType(methods, MethodType::MobilePhone)) {
            return Error {QCoreApplication::translate("Sspr::Core::MethodRules",
                "An alternate mobile phone needs a mobile phone. Add the mobile "
                "phone first, or add this number as the mobile phone.")};
        }
        return {};
    case MethodType::Email:
        if (const AuthMethod *existing = findByType(methods, type)) {
            return Error {QCoreApplication::translate("Sspr::Core::MethodRules",
                "The user already has an email method (%1), and only one is "
                "allowed. Edit that address instead.")
                              .arg(existing->value)};
        }
        return {};
    case MethodType::TemporaryAccessPass:
        return {}; // a new pass replaces the old one: see canAddTemporaryAccessPass()
    case MethodType::SoftwareOath:
    case MethodType::HardwareOath: {
        const qsizetype tokens
            = countOf(methods, MethodType::SoftwareOath) + countOf(methods, MethodType::HardwareOath);
        if (tokens >= kMaxOathTokensPerUser) {
            return Error {QCoreApplication::translate("Sspr::Core::MethodRules",
                "The user already has %n OATH token(s) (hardware and software "
                "together); the maximum is %1. Delete a token the user no longer "
                "has before adding another.",
                nullptr, static_cast<int>(tokens))
                              .arg(kMaxOathTokensPerUser)};
        }
        return {};
    }
    case MethodType::MicrosoftAuthenticator:
    case MethodType::Fido2:
    case MethodType::WindowsHello:
        return Error {QCoreApplication::translate("Sspr::Core::MethodRules",
            "%1 is registered by the user, on their own device, in My Security "
            "Info; an administrator cannot add it. Issue a Temporary Access Pass "
            "so the user can register it.")
                          .arg(methodTypeDisplayName(type))};
    case MethodType::Password:
        return Error {QCoreApplication::translate("Sspr::Core::MethodRules",
            "Every user already has a password method. Use Reset password to "
            "set a new password.")};
    }
    return {};
}

Status canAddPhone(const QList<AuthMethod> &methods, MethodType type, const PhoneNumber &number)
{
    if (!isPhoneType(type))
        return notAPhoneType(type);
    if (const Status allowed = canAddMethodType(methods, type); !allowed)
        return allowed;
    return checkPhoneNumberForType(type, number);
}

Status canUpdatePhone(
    const QList<AuthMethod> &methods, const QString &methodId, MethodType requestedType, const PhoneNumber &number)
{
    const AuthMethod *existing = findById(methods, methodId);
    if (!existing)
        return methodNotFound(methodId);
    if (!isPhoneType(existing->type)) {
        return Error {QCoreApplication::translate("Sspr::Core::MethodRules",
            "The method %1 is of type %2, not a phone; only a phone's number "
            "can be edited here.")
                          .arg(existing->id, name(existing->type))};
    }
    if (!isPhoneType(requestedType))
        return notAPhoneType(requestedType);
    if (requestedType != existing->type) {
        return Error {QCoreApplication::translate("Sspr::Core::MethodRules",
            "A phone's type cannot be changed; only its number can. To move "
            "this number to %1, add it as a phone of type %1, then delete the "
            "phone of type %2.")
                          .arg(name(requestedType), name(existing->type))};
    }
    return checkPhoneNumberForType(existing->type, number);
}

Status canDeleteMethod(const QList<AuthMethod> &methods, const QString &methodId)
{
    const AuthMethod *existing = findById(methods, methodId);
    if (!existing)
        return methodNotFound(methodId);
    if (existing->type == MethodType::Password) {
        return Error {QCoreApplication::translate("Sspr::Core::MethodRules",
            "The password method cannot be deleted. To replace the password, "
            "use Reset password.")};
    }
    if (existing->type == MethodType::MobilePhone && findByType(methods, MethodType::AlternateMobilePhone)) {
        return Error {QCoreApplication::translate("Sspr::Core::MethodRules",
            "The mobile phone cannot be deleted while the user has an alternate "
            "mobile phone. To remove this number, change the mobile phone to the "
            "alternate mobile number, then delete the alternate mobile phone.")};
    }
    return {};
}

Status validateEmailAddress(const QString &address)
{
    const QString trimmed = address.trimmed();
    auto refuse = [&trimmed](const QString &problem) {
        const QString shown = trimmed.size() > 64 ? trimmed.left(64) + u'…' : trimmed;
        return Error {QCoreApplication::translate("Sspr::Core::MethodRules", "“%1” is not a valid email address: %2")
                          .arg(shown, problem)};
    };
    if (trimmed.isEmpty()) {
        return Error {QCoreApplication::translate(
            "Sspr::Core::MethodRules", "Enter an email address, for example kim@contoso.com.")};
    }
    if (trimmed.size() > 254)
        return refuse(QCoreApplication::translate("Sspr::Core::MethodRules", "it is longer than 254 characters."));
    if (trimmed.count(u'@') != 1) {
        return refuse(QCoreApplication::translate(
            "Sspr::Core::MethodRules", "it must contain exactly one @ between the name and the domain."));
    }
    const qsizetype at = trimmed.indexOf(u'@');
    const QString local = trimmed.left(at);
    const QString domain = trimmed.mid(at + 1);
    static const QRegularExpression localPattern(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"_s));
    if (local.isEmpty())
        return refuse(QCoreApplication::translate("Sspr::Core::MethodRules", "there is nothing before the @."));
    if (local.size() > 64) {
        return refuse(QCoreApplication::translate(
            "Sspr::Core::MethodRules", "the part before the @ is longer than 64 characters."));
    }
    if (!localPattern.match(local).hasMatch()) {
        return refuse(QCoreApplication::translate("Sspr::Core::MethodRules",
            "the part before the @ may contain letters, digits and . _ % + - "
            "(no spaces, no dot at either end, no two dots in a row)."));
    }
    if (domain.isEmpty())
        return refuse(QCoreApplication::translate("Sspr::Core::MethodRules", "there is no domain after the @."));
    // An internationalised domain is checked in its ASCII (punycode) form.
    const QByteArray ace = QUrl::toAce(domain);
    static const QRegularExpression domainPattern(QRegularExpression::anchoredPattern(
        u"(?=.{1,253}\\z)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})"_s));
    if (ace.isEmpty() || !domainPattern.match(QString::fromLatin1(ace)).hasMatch()) {
        return refuse(QCoreApplication::translate(
            "Sspr::Core::MethodRules", "the domain after the @ must be a name such as contoso.com."));
    }
    return {};
}

Status canAddEmail(const QList<AuthMethod> &methods, const QString &address)
{
    if (const Status allowed = canAddMethodType(methods, MethodType::Email); !allowed)
        return allowed;
    return validateEmailAddress(address);
}

Status canUpdateEmail(const QList<AuthMethod> &methods, const QString &address)
{
    if (!findByType(methods, MethodType::Email)) {
        return Error {QCoreApplication::translate(
            "Sspr::Core::MethodRules", "The user has no email method to edit. Add one instead.")};
    }
    return validateEmailAddress(address);
}

Result<QString> canAddTemporaryAccessPass(
    const QList<AuthMethod> &methods, const TapRequest &request, const TapPolicyBounds &policy)
{
    const int minimum = std::max(policy.minimumLifetimeMinutes, kTapMinimumLifetimeMinutes);
    const int maximum = std::min(policy.maximumLifetimeMinutes, kTapMaximumLifetimeMinutes);
    if (minimum > maximum) {
        return Error {QCoreApplication::translate("Sspr::Core::MethodRules",
            "The Temporary Access Pass policy is inconsistent: its minimum "
            "lifetime (%1 minutes) is above its maximum (%2 minutes). Correct "
            "the policy first.")
                          .arg(policy.minimumLifetimeMinutes)
                          .arg(policy.maximumLifetimeMinutes)};
    }
    if (request.lifetimeMinutes < minimum || request.lifetimeMinutes > maximum) {
        return Error {QCoreApplication::translate("Sspr::Core::MethodRules",
            "A lifetime of %1 minutes is outside the policy's range of %2 to "
            "%3 minutes. Choose a lifetime in that range.")
                          .arg(request.lifetimeMinutes)
                          .arg(minimum)
                          .arg(maximum)};
    }
    if (policy.oneTimeRequired && !request.isUsableOnce) {
        return Error {QCoreApplication::translate("Sspr::Core::MethodRules",
            "The policy allows only one-time Temporary Access Passes. Make this "
            "pass one-time.")};
    }
    const AuthMethod *existing = findByType(methods, MethodType::TemporaryAccessPass);
    if (!existing)
        return QString();
    if (existing->createdAt.isValid()) {
        return QCoreApplication::translate("Sspr::Core::MethodRules",
            "The user's existing Temporary Access Pass (created %1) will be replaced: "
            "a user can have only one.")
            .arg(QLocale().toString(existing->createdAt, QLocale::ShortFormat));
    }
    return QCoreApplication::translate("Sspr::Core::MethodRules",
        "The user's existing Temporary Access Pass will be replaced: a user can have "
        "only one.");
}

Status canAddOathToken(const QList<AuthMethod> &methods, MethodType type)
{
    if (type != MethodType::SoftwareOath && type != MethodType::HardwareOath) {
        return Error {QCoreApplication::translate(
            "Sspr::Core::MethodRules", "%1 is not an OATH token type. Choose hardware or software OATH.")
                          .arg(methodTypeDisplayName(type))};
    }
    return canAddMethodType(methods, type);
}

SsprUsability ssprUsability(const AuthMethod &method)
{
    if (method.type == MethodType::TemporaryAccessPass) {
        if (!method.usable) {
            const QString why = method.unusableReason.isEmpty()
                ? QCoreApplication::translate("Sspr::Core::MethodRules", "expired or used")
                : method.unusableReason;
            return {false,
                QCoreApplication::translate("Sspr::Core::MethodRules",
                    "Not usable (%1). A Temporary Access Pass is never used for password "
                    "reset; issue a new one for sign-in and registration.")
                    .arg(why)};
        }
        return {false,
            QCoreApplication::translate("Sspr::Core::MethodRules",
                "A Temporary Access Pass is for sign-in and registering methods, not for "
                "password reset.")};
    }
    if (!method.usable) {
        const QString why = method.unusableReason.isEmpty()
            ? QCoreApplication::translate("Sspr::Core::MethodRules", "marked not usable")
            : method.unusableReason;
        return {false,
            QCoreApplication::translate("Sspr::Core::MethodRules", "Not usable (%1); password reset cannot use it.")
                .arg(why)};
    }
    switch (method.type) {
    case MethodType::MobilePhone:
        return {true,
            QCoreApplication::translate(
                "Sspr::Core::MethodRules", "Usable for password reset by text message or voice call.")};
    case MethodType::AlternateMobilePhone:
        return {false,
            QCoreApplication::translate("Sspr::Core::MethodRules",
                "An alternate mobile phone is used only for MFA, not for password reset. "
                "Register the number as the mobile or office phone to use it for reset.")};
    case MethodType::OfficePhone:
        if (hasGraphExtension(method.value)) {
            return {true,
                QCoreApplication::translate("Sspr::Core::MethodRules",
                    "Usable for password reset by voice call only; the extension is "
                    "dropped before the call is placed.")};
        }
        return {true,
            QCoreApplication::translate("Sspr::Core::MethodRules", "Usable for password reset by voice call only.")};
    case MethodType::Email:
        return {true,
            QCoreApplication::translate("Sspr::Core::MethodRules",
                "Usable for password reset by a code sent to this address (email is "
                "used only for password reset).")};
    case MethodType::MicrosoftAuthenticator:
        return {true,
            QCoreApplication::translate("Sspr::Core::MethodRules",
                "Usable for password reset by app notification or code, when the policy "
                "enables the mobile app.")};
    case MethodType::SoftwareOath:
    case MethodType::HardwareOath:
        return {true,
            QCoreApplication::translate("Sspr::Core::MethodRules",
                "Usable for password reset by a verification code, when the policy "
                "enables OATH tokens.")};
    case MethodType::Fido2:
    case MethodType::WindowsHello:
        return {false,
            QCoreApplication::translate(
                "Sspr::Core::MethodRules", "%1 is for sign-in only; password reset does not use it.")
                .arg(methodTypeDisplayName(method.type))};
    case MethodType::Password:
        return {false,
            QCoreApplication::translate("Sspr::Core::MethodRules",
                "The password is what password reset replaces, not a way to verify the "
                "user.")};
    case MethodType::TemporaryAccessPass:
        break; // handled above
    }
    return {false, {}};
}

} // namespace Sspr::Core::MethodRules
