#include "policyvalidator.h"

#include "policykeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace Sspr::Core {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMinQuestions = 3;
constexpr int kMaxQuestions = 5;
constexpr int kMaxPoolSize = 20;
constexpr int kMaxCustomQuestionLength = 200;
constexpr int kMaxReconfirmDays = 730;

PolicyProblem error(QStringView field, const char *rule, const QString &message)
{
    return {PolicyProblem::Severity::Error, field.toString(), QString::fromLatin1(rule), message};
}

PolicyProblem warning(QStringView field, const char *rule, const QString &message)
{
    return {PolicyProblem::Severity::Warning, field.toString(), QString::fromLatin1(rule), message};
}

bool isAuthenticator(SsprMethod method)
{
    return method == SsprMethod::MobileAppNotification || method == SsprMethod::MobileAppCode;
}

int otherMethodCount(const SsprPolicy &policy)
{
    int count = 0;
    for (SsprMethod method : kAllSsprMethods)
        count += !isAuthenticator(method) && policy.methodEnabled(method) ? 1 : 0;
    return count;
}

// Characters as people count them: a character outside the BMP is one, not two UTF-16 units.
qsizetype characterCount(const QString &text)
{
    return text.toUcs4().size();
}

QString normalizedQuestion(const QString &text)
{
    return text.simplified().toCaseFolded();
}

void checkProperties(const SsprPolicy &policy, const PolicyContext &context, QList<PolicyProblem> &problems)
{
    const int enablement = static_cast<int>(policy.enablement);
    if (enablement < 0 || enablement > 2) {
        problems.append(error(PolicyKeys::EnablementType, "enablement.invalid",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "Self service password reset must be None, Selected or "
                "All.")));
        return;
    }
    if (policy.enablement != SsprEnablement::Selected)
        return;
    static const QRegularExpression separators(u"[\\s,;]"_s);
    if (policy.groupId.trimmed().isEmpty()) {
        problems.append(error(PolicyKeys::GroupIds, "group.required",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "With Selected, choose the one group whose members may "
                "reset their password.")));
    } else if (policy.groupId.contains(separators)) {
        problems.append(error(PolicyKeys::GroupIds, "group.single",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "Password reset can be scoped to exactly one group. "
                "Choose a single group; nest other groups in it if "
                "needed.")));
    } else if (context.groupExists && !context.groupExists(policy.groupId)) {
        problems.append(error(PolicyKeys::GroupIds, "group.unknown",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "The selected group %1 does not exist. Choose an existing "
                "group.")
                .arg(policy.groupId)));
    }
}

void checkMethods(const SsprPolicy &policy, const PolicyContext &context, QList<PolicyProblem> &problems)
{
    const bool complete = context.migrationState == PolicyMigrationState::MigrationComplete;
    const int required = policy.methodsRequired;
    const bool requiredValid = required == 1 || required == 2;
    if (!requiredValid) {
        problems.append(error(PolicyKeys::MethodsRequired, "methodsRequired.range",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "The number of methods required to reset must be 1 or 2, "
                "not %1.")
                .arg(required)));
    }

    const int enabled = policy.enabledMethodCount();
    const int others = otherMethodCount(policy);
    const bool authenticator = policy.mobileAppNotification || policy.mobileAppCode;
    const QStringView authenticatorField
        = policy.mobileAppCode ? PolicyKeys::MobileAppCode : PolicyKeys::MobileAppNotification;
    if (enabled == 0) {
        problems.append(error(PolicyKeys::MethodsAvailable, "methods.none",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "Select at least one method available to users; "
                "Microsoft recommends two or more.")));
    } else {
        if (required == 2 && enabled < 2) {
            problems.append(error(PolicyKeys::MethodsRequired, "methods.fewerThanRequired",
                QCoreApplication::translate("Sspr::Core::PolicyValidator",
                    "Two methods are required to reset but only one is "
                    "available. Select another method, or require one.")));
        }
        if (authenticator && required == 1 && others < 1) {
            problems.append(error(authenticatorField, "methods.authenticatorAlone",
                QCoreApplication::translate("Sspr::Core::PolicyValidator",
                    "The mobile app cannot be the only method when one "
                    "method is required. Also select Email, Mobile phone, "
                    "Office phone or Security questions.")));
        }
        if (authenticator && required == 2 && others < 2) {
            const int missing = 2 - others; // a plain variable: lupdate skips plural calls with an expression
            problems.append(error(authenticatorField, "methods.authenticatorNeedsTwoOthers",
                QCoreApplication::translate("Sspr::Core::PolicyValidator",
                    "With two methods required, the mobile app needs at "
                    "least two other methods. Select %n more of Email, "
                    "Mobile phone, Office phone or Security questions.",
                    nullptr, missing)));
        }
        if (enabled < 2) {
            problems.append(warning(PolicyKeys::MethodsAvailable, "methods.recommendTwo",
                QCoreApplication::translate("Sspr::Core::PolicyValidator",
                    "Only one method is available. Microsoft recommends "
                    "at least two, so that users who lose one can still "
                    "reset.")));
        }
    }

    if (policy.mobileAppNotification && required == 1 && !complete) {
        problems.append(error(PolicyKeys::MobileAppNotification, "methods.notificationNeedsTwo",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "Mobile app notification is available only when two "
                "methods are required. Require two methods, or use Mobile "
                "app code instead.")));
    }
    if (policy.officePhone && !context.paidTenant) {
        problems.append(error(PolicyKeys::OfficePhoneOption, "methods.officePhoneNotLicensed",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "Office phone is available only in tenants with a paid "
                "subscription. Clear Office phone.")));
    }

    if (!context.stored)
        return;
    const SsprPolicy &stored = *context.stored;
    for (SsprMethod method : kAllSsprMethods) {
        const bool was = stored.methodEnabled(method);
        const bool is = policy.methodEnabled(method);
        if (was == is)
            continue;
        if (complete && method != SsprMethod::SecurityQuestions) {
            problems.append(error(policyKeyForMethod(method), "methods.managedByUnifiedPolicy",
                QCoreApplication::translate("Sspr::Core::PolicyValidator",
                    "Migration to the Authentication methods policy is "
                    "complete, so %1 is managed there: change %2 in the "
                    "Authentication methods policy instead.")
                    .arg(ssprMethodDisplayName(method), legacyMappingDescription(method))));
        } else if (was && !is) {
            problems.append(warning(policyKeyForMethod(method), "methods.removed",
                QCoreApplication::translate("Sspr::Core::PolicyValidator",
                    "Users whose only registered method is %1 will no "
                    "longer be able to reset. Check the impact preview "
                    "before saving.")
                    .arg(ssprMethodDisplayName(method))));
        }
    }
    if (stored.methodsRequired == 1 && required == 2) {
        problems.append(warning(PolicyKeys::MethodsRequired, "methodsRequired.raised",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "Requiring two methods blocks users who registered only "
                "one until they register another. Check the impact "
                "preview before saving.")));
    }
}

void checkSecurityQuestions(const SsprPolicy &policy, QList<PolicyProblem> &problems)
{
    const int toRegister = policy.questionsToRegister;
    const int toReset = policy.questionsToReset;
    const bool registerValid = toRegister >= kMinQuestions && toRegister <= kMaxQuestions;
    if (!registerValid) {
        problems.append(error(PolicyKeys::QuestionsToRegister, "questions.registerRange",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "The number of questions required to register must be "
                "between %1 and %2, not %3.")
                .arg(kMinQuestions)
                .arg(kMaxQuestions)
                .arg(toRegister)));
    }
    if (toReset < kMinQuestions || toReset > kMaxQuestions) {
        problems.append(error(PolicyKeys::QuestionsToReset, "questions.resetRange",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "The number of questions required to reset must be "
                "between %1 and %2, not %3.")
                .arg(kMinQuestions)
                .arg(kMaxQuestions)
                .arg(toReset)));
    } else if (registerValid && toReset > toRegister) {
        problems.append(error(PolicyKeys::QuestionsToReset, "questions.resetAboveRegister",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "Users can't be asked %1 questions at reset when they "
                "register only %2. Lower the number to reset or raise the "
                "number to register.")
                .arg(toReset)
                .arg(toRegister)));
    }

    const qsizetype poolSize = policy.questions.size();
    if (poolSize > kMaxPoolSize) {
        problems.append(error(PolicyKeys::SecurityQuestions, "questions.poolTooLarge",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "At most %1 security questions are allowed; there are "
                "%2. Remove some.")
                .arg(kMaxPoolSize)
                .arg(poolSize)));
    }
    if (policy.securityQuestions && registerValid && poolSize < toRegister) {
        problems.append(error(PolicyKeys::SecurityQuestions, "questions.poolTooSmall",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "Users must register %1 questions but only %2 are "
                "available. Add questions or lower the number to "
                "register.")
                .arg(toRegister)
                .arg(poolSize)));
    }

    QHash<QString, int> seenTexts;
    QHash<QString, int> seenKeys;
    for (int i = 0; i < poolSize; ++i) {
        const SecurityQuestion &question = policy.questions.at(i);
        const QString number = QString::number(i + 1);
        if (question.text.trimmed().isEmpty()) {
            problems.append(error(PolicyKeys::SecurityQuestions, "questions.empty",
                QCoreApplication::translate("Sspr::Core::PolicyValidator",
                    "Security question %1 has no text. Write the question "
                    "or remove it.")
                    .arg(number)));
            continue;
        }
        const qsizetype length = characterCount(question.text.trimmed());
        if (question.custom && length > kMaxCustomQuestionLength) {
            problems.append(error(PolicyKeys::SecurityQuestions, "questions.tooLong",
                QCoreApplication::translate("Sspr::Core::PolicyValidator",
                    "Custom security question %1 has %2 characters; at "
                    "most %3 are allowed. Shorten it.")
                    .arg(number)
                    .arg(length)
                    .arg(kMaxCustomQuestionLength)));
        }
        const QString text = normalizedQuestion(question.text);
        const int firstByText = seenTexts.value(text, -1);
        const int firstByKey = question.key.isEmpty() ? -1 : seenKeys.value(question.key, -1);
        const int first = firstByText >= 0 ? firstByText : firstByKey;
        if (first >= 0) {
            problems.append(error(PolicyKeys::SecurityQuestions, "questions.duplicate",
                QCoreApplication::translate("Sspr::Core::PolicyValidator",
                    "Security question %1 repeats question %2 (\"%3\"). "
                    "Remove it or ask something else.")
                    .arg(number, QString::number(first + 1), question.text.trimmed())));
        } else {
            seenTexts.insert(text, i);
            if (!question.key.isEmpty())
                seenKeys.insert(question.key, i);
        }
    }

    if (policy.securityQuestions) {
        problems.append(warning(PolicyKeys::SecurityQuestionsOption, "questions.osint",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "Security questions are the weakest method: answers can "
                "often be found or guessed. Microsoft recommends "
                "turning them off.")));
    }
}

void checkRegistration(const SsprPolicy &policy, const PolicyContext &context, QList<PolicyProblem> &problems)
{
    if (policy.reconfirmDays < 0 || policy.reconfirmDays > kMaxReconfirmDays) {
        problems.append(error(PolicyKeys::ReconfirmDays, "reconfirm.range",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "The number of days before users reconfirm must be "
                "between 0 (never) and %1, not %2.")
                .arg(kMaxReconfirmDays)
                .arg(policy.reconfirmDays)));
    }
    if (!policy.registrationRequired && context.stored && policy.reconfirmDays != context.stored->reconfirmDays) {
        problems.append(error(PolicyKeys::ReconfirmDays, "reconfirm.requiresRegistration",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "The reconfirmation interval can be changed only while "
                "users are required to register when signing in. Require "
                "registration, or keep %1 days.")
                .arg(context.stored->reconfirmDays)));
    }
}

void checkNotifications(const SsprPolicy &policy, QList<PolicyProblem> &problems)
{
    if (!policy.notifyUsers) {
        problems.append(warning(PolicyKeys::NotifyUsers, "notify.users",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "Users are not told when their password is reset, so a "
                "reset by someone else goes unnoticed. CIS recommends "
                "Yes.")));
    }
    if (!policy.notifyAdmins) {
        problems.append(warning(PolicyKeys::NotifyAdmins, "notify.admins",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "Admins are not told when another admin resets their "
                "password. CIS recommends Yes.")));
    }
}

bool isInTenantDomain(const QString &domain, const QStringList &tenantDomains)
{
    for (const QString &tenantDomain : tenantDomains) {
        const QString own = tenantDomain.trimmed();
        if (own.isEmpty())
            continue;
        if (domain.compare(own, Qt::CaseInsensitive) == 0 || domain.endsWith(u'.' + own, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void checkHelpdeskLink(const SsprPolicy &policy, const PolicyContext &context, QList<PolicyProblem> &problems)
{
    if (!policy.customizeHelpdeskLink)
        return;
    const QStringView field = PolicyKeys::HelpdeskEmailOrUrl;
    const QString &text = policy.helpdeskEmailOrUrl;
    if (text.trimmed().isEmpty()) {
        problems.append(error(field, "helpdesk.required",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "Enter the helpdesk email address or URL, or turn off "
                "\"Customize helpdesk link\".")));
        return;
    }
    static const QRegularExpression whitespace(u"\\s"_s);
    if (text.contains(whitespace)) {
        problems.append(error(field, "helpdesk.whitespace",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "The helpdesk email or URL contains spaces. Remove them "
                "(write a space in a URL as %20).")));
        return;
    }
    static const QRegularExpression schemePrefix(u"^([A-Za-z][A-Za-z0-9+.\\-]*):"_s);
    const QRegularExpressionMatch scheme = schemePrefix.match(text);
    if (scheme.hasMatch()) {
        const QString name = scheme.captured(1).toLower();
        if (name != u"http"_s && name != u"https"_s) {
            problems.append(error(field, "helpdesk.scheme",
                QCoreApplication::translate("Sspr::Core::PolicyValidator",
                    "Links of type \"%1:\" are not allowed. Enter an "
                    "email address (without mailto:) or a URL starting "
                    "with https://.")
                    .arg(name)));
            return;
        }
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid()) {
            problems.append(error(field, "helpdesk.invalidUrl",
                QCoreApplication::translate("Sspr::Core::PolicyValidator",
                    "\"%1\" is not a valid URL. Check it for typing "
                    "mistakes.")
                    .arg(text)));
            return;
        }
        if (url.host().isEmpty()) {
            problems.append(error(field, "helpdesk.noHost",
                QCoreApplication::translate("Sspr::Core::PolicyValidator",
                    "The URL \"%1\" has no host name. Write it in full, "
                    "like https://support.contoso.com/password.")
                    .arg(text)));
            return;
        }
        if (!url.userInfo().isEmpty()) {
            problems.append(error(field, "helpdesk.credentials",
                QCoreApplication::translate("Sspr::Core::PolicyValidator",
                    "The URL contains a user name or password. Remove "
                    "them: the link is shown to everyone.")));
            return;
        }
        if (name == u"http"_s) {
            problems.append(warning(field, "helpdesk.insecureHttp",
                QCoreApplication::translate("Sspr::Core::PolicyValidator",
                    "The helpdesk URL uses http. Use https so that the "
                    "page cannot be tampered with on the way.")));
        }
        return;
    }
    if (!text.contains(u'@') || text.contains(u'/')) {
        problems.append(error(field, "helpdesk.relative",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "\"%1\" is neither an email address nor a complete URL. "
                "Write the URL in full, starting with https://.")
                .arg(text)));
        return;
    }
    if (!isValidEmailAddress(text)) {
        problems.append(error(field, "helpdesk.invalidEmail",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "\"%1\" is not a valid email address. Check it for typing "
                "mistakes, like helpdesk@contoso.com.")
                .arg(text)));
        return;
    }
    const QString domain = text.mid(text.lastIndexOf(u'@') + 1);
    if (isInTenantDomain(domain, context.tenantDomains)) {
        problems.append(warning(field, "helpdesk.inTenantMailbox",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "%1 is a mailbox of this tenant. Users locked out of "
                "this tenant may need the helpdesk most; Microsoft "
                "advises an address that does not depend on it.")
                .arg(text)));
    }
}

void checkOnPremises(const SsprPolicy &policy, QList<PolicyProblem> &problems)
{
    if (policy.writebackEnabled)
        return;
    if (policy.writebackCloudSync) {
        problems.append(warning(PolicyKeys::WritebackCloudSync, "writeback.cloudSyncWithoutWriteback",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "Writing back with cloud sync has no effect while "
                "password writeback is off.")));
    }
    if (policy.unlockWithoutReset) {
        problems.append(warning(PolicyKeys::UnlockWithoutReset, "writeback.unlockWithoutWriteback",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "Unlocking accounts without a reset has no effect while "
                "password writeback is off.")));
    }
}

void checkScopeChange(const SsprPolicy &policy, const PolicyContext &context, QList<PolicyProblem> &problems)
{
    if (!context.stored)
        return;
    const SsprPolicy &stored = *context.stored;
    const bool narrowed = (stored.enablement == SsprEnablement::All && policy.enablement != SsprEnablement::All)
        || (stored.enablement == SsprEnablement::Selected && policy.enablement == SsprEnablement::None)
        || (stored.enablement == SsprEnablement::Selected && policy.enablement == SsprEnablement::Selected
            && stored.groupId != policy.groupId);
    if (narrowed) {
        problems.append(warning(PolicyKeys::EnablementType, "enablement.narrowed",
            QCoreApplication::translate("Sspr::Core::PolicyValidator",
                "Users outside the new scope will no longer be able to "
                "reset their password. Check the impact preview before "
                "saving.")));
    }
}

} // namespace

PolicyContext PolicyContext::withKnownGroups(const QSet<QString> &groupIds)
{
    PolicyContext context;
    context.groupExists = [groupIds](const QString &groupId) {
        return groupIds.contains(groupId);
    };
    return context;
}

QList<PolicyProblem> validate(const SsprPolicy &policy, const PolicyContext &context)
{
    QList<PolicyProblem> problems;
    checkProperties(policy, context, problems);
    checkScopeChange(policy, context, problems);
    checkMethods(policy, context, problems);
    checkSecurityQuestions(policy, problems);
    checkRegistration(policy, context, problems);
    checkNotifications(policy, problems);
    checkHelpdeskLink(policy, context, problems);
    checkOnPremises(policy, problems);
    return problems;
}

QString whyDisabled(const SsprPolicy &policy, QStringView field, const PolicyContext &context)
{
    const bool complete = context.migrationState == PolicyMigrationState::MigrationComplete;
    const bool legacyMethodField = field == PolicyKeys::MethodsAvailable || field == PolicyKeys::MobileAppNotification
        || field == PolicyKeys::MobileAppCode || field == PolicyKeys::EmailOption
        || field == PolicyKeys::MobilePhoneOption || field == PolicyKeys::OfficePhoneOption;

    if (complete && legacyMethodField) {
        return QCoreApplication::translate("Sspr::Core::PolicyValidator",
            "Managed in the Authentication methods policy since the migration is "
            "complete.");
    }
    if (field == PolicyKeys::GroupIds && policy.enablement != SsprEnablement::Selected) {
        return QCoreApplication::translate(
            "Sspr::Core::PolicyValidator", "Set self service password reset to Selected to choose a group.");
    }
    if (field == PolicyKeys::MobileAppNotification && policy.methodsRequired != 2 && !policy.mobileAppNotification) {
        return QCoreApplication::translate(
            "Sspr::Core::PolicyValidator", "Available only when two methods are required.");
    }
    if (field == PolicyKeys::OfficePhoneOption && !context.paidTenant && !policy.officePhone) {
        return QCoreApplication::translate(
            "Sspr::Core::PolicyValidator", "Available only in tenants with a paid subscription.");
    }
    if ((field == PolicyKeys::QuestionsToRegister || field == PolicyKeys::QuestionsToReset
            || field == PolicyKeys::SecurityQuestions)
        && !policy.securityQuestions) {
        return QCoreApplication::translate(
            "Sspr::Core::PolicyValidator", "Select Security questions as a method to set these.");
    }
    if ((field == PolicyKeys::ReconfirmDays || field == PolicyKeys::ReconfirmDaysAlias)
        && !policy.registrationRequired) {
        return QCoreApplication::translate(
            "Sspr::Core::PolicyValidator", "Available only when users are required to register when signing in.");
    }
    if (field == PolicyKeys::HelpdeskEmailOrUrl && !policy.customizeHelpdeskLink) {
        return QCoreApplication::translate(
            "Sspr::Core::PolicyValidator", "Turn on \"Customize helpdesk link\" to enter an email address or URL.");
    }
    return {};
}

bool isControlAllowed(const SsprPolicy &policy, QStringView field, const PolicyContext &context)
{
    return whyDisabled(policy, field, context).isEmpty();
}

bool isValidEmailAddress(const QString &text)
{
    // RFC 5321 sizes; the local part in the unquoted "dot-atom" form mail systems accept everywhere.
    static const QRegularExpression localPart(
        u"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"_s);
    static const QRegularExpression aceDomain(
        u"^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$"_s);
    const qsizetype at = text.lastIndexOf(u'@');
    if (at <= 0 || at == text.size() - 1 || text.size() > 254)
        return false;
    const QString local = text.left(at);
    const QString domain = text.mid(at + 1);
    if (local.size() > 64 || !localPart.match(local).hasMatch())
        return false;
    const QString ace = QString::fromLatin1(QUrl::toAce(domain));
    return !ace.isEmpty() && ace.size() <= 253 && aceDomain.match(ace).hasMatch();
}

} // namespace Sspr::Core
