#include "demotenant.h"
#include "policykeys.h"
#include "policyvalidator.h"

#include <QTest>

#include <functional>

using namespace Sspr::Core;
using namespace Qt::StringLiterals;

using PolicyEdit = std::function<void(SsprPolicy &)>;
using ContextEdit = std::function<void(PolicyContext &)>;
Q_DECLARE_METATYPE(PolicyEdit)
Q_DECLARE_METATYPE(ContextEdit)

namespace {

enum Expect { Absent, IsError, IsWarning };

const QString kGroup = u"0f6a3b1e-8c0d-4f1a-9b7e-2d3c4b5a6f70"_s;
const QString kOtherGroup = u"7b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"_s;

// Selected + existing group, one method required out of two, notifications on: no error and no warning.
SsprPolicy validBase()
{
    SsprPolicy policy;
    policy.enablement = SsprEnablement::Selected;
    policy.groupId = kGroup;
    policy.methodsRequired = 1;
    policy.email = true;
    policy.mobilePhone = true;
    policy.notifyUsers = true;
    policy.notifyAdmins = true;
    policy.writebackEnabled = true;
    return policy;
}

PolicyContext baseContext()
{
    PolicyContext context = PolicyContext::withKnownGroups({kGroup, kOtherGroup});
    context.tenantDomains = {u"contoso.com"_s, u"contoso.onmicrosoft.com"_s};
    return context;
}

QList<SecurityQuestion> customQuestions(int count)
{
    QList<SecurityQuestion> list;
    for (int i = 1; i <= count; ++i)
        list.append({true, QString(), u"Custom question number %1?"_s.arg(i)});
    return list;
}

// Security questions ticked with a pool of five: valid on its own.
void withQuestions(SsprPolicy &policy)
{
    policy.securityQuestions = true;
    policy.questions = customQuestions(5);
}

void helpdesk(SsprPolicy &policy, const QString &link)
{
    policy.customizeHelpdeskLink = true;
    policy.helpdeskEmailOrUrl = link;
}

ContextEdit storedBase()
{
    return [](PolicyContext &context) {
        context.stored = validBase();
    };
}

ContextEdit migration(PolicyMigrationState state, bool withStored = false)
{
    return [state, withStored](PolicyContext &context) {
        context.migrationState = state;
        if (withStored)
            context.stored = validBase();
    };
}

void row(const char *name, const PolicyEdit &edit, const char *rule, QStringView field, Expect expect,
    const ContextEdit &contextEdit = {})
{
    QTest::newRow(name) << edit << (contextEdit ? contextEdit : ContextEdit([](PolicyContext &) {}))
                        << QString::fromLatin1(rule) << field.toString() << int(expect);
}

} // namespace

class TestPolicyValidator : public QObject
{
    Q_OBJECT

private slots:
    void baseIsClean();
    void demoPolicyIsValid();
    void rules_data();
    void rules();
    void whyDisabled_data();
    void whyDisabled();
    void emailAddresses_data();
    void emailAddresses();
    void toStatusJoinsErrors();
};

void TestPolicyValidator::baseIsClean()
{
    const QList<PolicyProblem> problems = validate(validBase(), baseContext());
    for (const PolicyProblem &problem : problems)
        qWarning() << problem.rule << problem.message;
    QVERIFY(problems.isEmpty());
}

void TestPolicyValidator::demoPolicyIsValid()
{
    const DemoTenantGenerator generator(10, 1);
    const QList<PolicyProblem> problems = validate(generator.defaultPolicy(kGroup), baseContext());
    QVERIFY(!hasErrors(problems));
}

void TestPolicyValidator::rules_data()
{
    QTest::addColumn<PolicyEdit>("edit");
    QTest::addColumn<ContextEdit>("contextEdit");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("expect");

    namespace K = PolicyKeys;
    const auto noGroup = [](SsprEnablement e) {
        return [e](SsprPolicy &p) {
            p.enablement = e;
            p.groupId.clear();
        };
    };

    // ---- Properties: enablement and the one group.
    row("enablement none", noGroup(SsprEnablement::None), "enablement.invalid", K::EnablementType, Absent);
    row("enablement all", noGroup(SsprEnablement::All), "enablement.invalid", K::EnablementType, Absent);
    row(
        "enablement out of range", [](SsprPolicy &p) { p.enablement = static_cast<SsprEnablement>(3); },
        "enablement.invalid", K::EnablementType, IsError);
    row(
        "selected with group", [](SsprPolicy &) {}, "group.required", K::GroupIds, Absent);
    row(
        "selected without group", [](SsprPolicy &p) { p.groupId.clear(); }, "group.required", K::GroupIds, IsError);
    row(
        "selected with blank group", [](SsprPolicy &p) { p.groupId = u"  "_s; }, "group.required", K::GroupIds,
        IsError);
    row("all without group", noGroup(SsprEnablement::All), "group.required", K::GroupIds, Absent);
    row("none without group", noGroup(SsprEnablement::None), "group.required", K::GroupIds, Absent);
    row(
        "two groups, comma", [](SsprPolicy &p) { p.groupId = kGroup + u","_s + kOtherGroup; }, "group.single",
        K::GroupIds, IsError);
    row(
        "two groups, semicolon", [](SsprPolicy &p) { p.groupId = kGroup + u";"_s + kOtherGroup; }, "group.single",
        K::GroupIds, IsError);
    row(
        "two groups, space", [](SsprPolicy &p) { p.groupId = kGroup + u" "_s + kOtherGroup; }, "group.single",
        K::GroupIds, IsError);
    row(
        "one group", [](SsprPolicy &p) { p.groupId = kOtherGroup; }, "group.single", K::GroupIds, Absent);
    row(
        "unknown group", [](SsprPolicy &p) { p.groupId = u"deleted-group"_s; }, "group.unknown", K::GroupIds, IsError);
    row(
        "unknown group, no directory", [](SsprPolicy &p) { p.groupId = u"deleted-group"_s; }, "group.unknown",
        K::GroupIds, Absent, [](PolicyContext &c) { c.groupExists = {}; });
    row(
        "unknown group ignored with all",
        [](SsprPolicy &p) {
            p.enablement = SsprEnablement::All;
            p.groupId = u"deleted-group"_s;
        },
        "group.unknown", K::GroupIds, Absent);
    row(
        "narrowed all to selected", [](SsprPolicy &) {}, "enablement.narrowed", K::EnablementType, IsWarning,
        [](PolicyContext &c) {
            c.stored = validBase();
            c.stored->enablement = SsprEnablement::All;
        });
    row("narrowed selected to none", noGroup(SsprEnablement::None), "enablement.narrowed", K::EnablementType, IsWarning,
        storedBase());
    row(
        "narrowed other group", [](SsprPolicy &p) { p.groupId = kOtherGroup; }, "enablement.narrowed",
        K::EnablementType, IsWarning, storedBase());
    row("widened selected to all", noGroup(SsprEnablement::All), "enablement.narrowed", K::EnablementType, Absent,
        storedBase());
    row(
        "scope unchanged", [](SsprPolicy &) {}, "enablement.narrowed", K::EnablementType, Absent, storedBase());

    // ---- Number of methods required.
    row(
        "required 1", [](SsprPolicy &p) { p.methodsRequired = 1; }, "methodsRequired.range", K::MethodsRequired,
        Absent);
    row(
        "required 2", [](SsprPolicy &p) { p.methodsRequired = 2; }, "methodsRequired.range", K::MethodsRequired,
        Absent);
    row(
        "required 0", [](SsprPolicy &p) { p.methodsRequired = 0; }, "methodsRequired.range", K::MethodsRequired,
        IsError);
    row(
        "required 3", [](SsprPolicy &p) { p.methodsRequired = 3; }, "methodsRequired.range", K::MethodsRequired,
        IsError);
    row(
        "required -1", [](SsprPolicy &p) { p.methodsRequired = -1; }, "methodsRequired.range", K::MethodsRequired,
        IsError);
    row(
        "required raised", [](SsprPolicy &p) { p.methodsRequired = 2; }, "methodsRequired.raised", K::MethodsRequired,
        IsWarning, storedBase());
    row(
        "required kept at 2", [](SsprPolicy &p) { p.methodsRequired = 2; }, "methodsRequired.raised",
        K::MethodsRequired, Absent,
        [](PolicyContext &c) {
            c.stored = validBase();
            c.stored->methodsRequired = 2;
        });
    row(
        "required lowered", [](SsprPolicy &) {}, "methodsRequired.raised", K::MethodsRequired, Absent,
        [](PolicyContext &c) {
            c.stored = validBase();
            c.stored->methodsRequired = 2;
        });

    // ---- Methods available: at least one; enough for the count; two recommended.
    const auto only = [](SsprMethod method) {
        return [method](SsprPolicy &p) {
            for (SsprMethod m : kAllSsprMethods)
                p.setMethodEnabled(m, m == method);
        };
    };
    row(
        "no method",
        [](SsprPolicy &p) {
            for (SsprMethod m : kAllSsprMethods)
                p.setMethodEnabled(m, false);
        },
        "methods.none", K::MethodsAvailable, IsError);
    row("one method", only(SsprMethod::Email), "methods.none", K::MethodsAvailable, Absent);
    row("one method is not two", only(SsprMethod::Email), "methods.recommendTwo", K::MethodsAvailable, IsWarning);
    row(
        "two methods recommended", [](SsprPolicy &) {}, "methods.recommendTwo", K::MethodsAvailable, Absent);
    row(
        "two required, one available",
        [only](SsprPolicy &p) {
            only(SsprMethod::Email)(p);
            p.methodsRequired = 2;
        },
        "methods.fewerThanRequired", K::MethodsRequired, IsError);
    row(
        "two required, two available", [](SsprPolicy &p) { p.methodsRequired = 2; }, "methods.fewerThanRequired",
        K::MethodsRequired, Absent);

    // ---- Authenticator rules.
    row("code alone, one required", only(SsprMethod::MobileAppCode), "methods.authenticatorAlone", K::MobileAppCode,
        IsError);
    row(
        "code and email, one required",
        [only](SsprPolicy &p) {
            only(SsprMethod::MobileAppCode)(p);
            p.email = true;
        },
        "methods.authenticatorAlone", K::MobileAppCode, Absent);
    row(
        "code and questions, one required",
        [only](SsprPolicy &p) {
            only(SsprMethod::MobileAppCode)(p);
            withQuestions(p);
        },
        "methods.authenticatorAlone", K::MobileAppCode, Absent);
    row(
        "app and one other, two required",
        [only](SsprPolicy &p) {
            only(SsprMethod::MobileAppNotification)(p);
            p.mobileAppCode = true;
            p.email = true;
            p.methodsRequired = 2;
        },
        "methods.authenticatorNeedsTwoOthers", K::MobileAppCode, IsError);
    row(
        "notification and one other, two required",
        [only](SsprPolicy &p) {
            only(SsprMethod::MobileAppNotification)(p);
            p.email = true;
            p.methodsRequired = 2;
        },
        "methods.authenticatorNeedsTwoOthers", K::MobileAppNotification, IsError);
    row(
        "app only, two required",
        [only](SsprPolicy &p) {
            only(SsprMethod::MobileAppNotification)(p);
            p.mobileAppCode = true;
            p.methodsRequired = 2;
        },
        "methods.authenticatorNeedsTwoOthers", K::MobileAppCode, IsError);
    row(
        "notification and two others, two required",
        [](SsprPolicy &p) {
            p.mobileAppNotification = true;
            p.methodsRequired = 2;
        },
        "methods.authenticatorNeedsTwoOthers", K::MobileAppNotification, Absent);
    row(
        "both app methods and two others, two required",
        [](SsprPolicy &p) {
            p.mobileAppNotification = true;
            p.mobileAppCode = true;
            p.mobilePhone = false;
            withQuestions(p);
            p.methodsRequired = 2;
        },
        "methods.authenticatorNeedsTwoOthers", K::MobileAppCode, Absent);
    row(
        "notification, one required", [](SsprPolicy &p) { p.mobileAppNotification = true; },
        "methods.notificationNeedsTwo", K::MobileAppNotification, IsError);
    row(
        "notification, two required",
        [](SsprPolicy &p) {
            p.mobileAppNotification = true;
            p.methodsRequired = 2;
        },
        "methods.notificationNeedsTwo", K::MobileAppNotification, Absent);
    row(
        "notification, one required, migrated", [](SsprPolicy &p) { p.mobileAppNotification = true; },
        "methods.notificationNeedsTwo", K::MobileAppNotification, Absent,
        migration(PolicyMigrationState::MigrationComplete));
    row(
        "notification, one required, in progress", [](SsprPolicy &p) { p.mobileAppNotification = true; },
        "methods.notificationNeedsTwo", K::MobileAppNotification, IsError,
        migration(PolicyMigrationState::MigrationInProgress));
    row(
        "code, one required", [](SsprPolicy &p) { p.mobileAppCode = true; }, "methods.notificationNeedsTwo",
        K::MobileAppNotification, Absent);

    // ---- Office phone only in paid tenants.
    row(
        "office phone, paid", [](SsprPolicy &p) { p.officePhone = true; }, "methods.officePhoneNotLicensed",
        K::OfficePhoneOption, Absent);
    row(
        "office phone, free", [](SsprPolicy &p) { p.officePhone = true; }, "methods.officePhoneNotLicensed",
        K::OfficePhoneOption, IsError, [](PolicyContext &c) { c.paidTenant = false; });
    row(
        "no office phone, free", [](SsprPolicy &) {}, "methods.officePhoneNotLicensed", K::OfficePhoneOption, Absent,
        [](PolicyContext &c) { c.paidTenant = false; });

    // ---- Migration complete: the legacy list is read-only (security questions excepted).
    row(
        "migrated, email changed", [](SsprPolicy &p) { p.email = false; }, "methods.managedByUnifiedPolicy",
        K::EmailOption, IsError, migration(PolicyMigrationState::MigrationComplete, true));
    row(
        "migrated, office changed", [](SsprPolicy &p) { p.officePhone = true; }, "methods.managedByUnifiedPolicy",
        K::OfficePhoneOption, IsError, migration(PolicyMigrationState::MigrationComplete, true));
    row(
        "migrated, unchanged", [](SsprPolicy &) {}, "methods.managedByUnifiedPolicy", K::EmailOption, Absent,
        migration(PolicyMigrationState::MigrationComplete, true));
    row("migrated, questions changed", withQuestions, "methods.managedByUnifiedPolicy", K::SecurityQuestionsOption,
        Absent, migration(PolicyMigrationState::MigrationComplete, true));
    row(
        "in progress, email changed", [](SsprPolicy &p) { p.email = false; }, "methods.managedByUnifiedPolicy",
        K::EmailOption, Absent, migration(PolicyMigrationState::MigrationInProgress, true));
    row(
        "method removed", [](SsprPolicy &p) { p.email = false; }, "methods.removed", K::EmailOption, IsWarning,
        storedBase());
    row(
        "method added", [](SsprPolicy &p) { p.officePhone = true; }, "methods.removed", K::OfficePhoneOption, Absent,
        storedBase());
    row(
        "method removed, nothing stored", [](SsprPolicy &p) { p.email = false; }, "methods.removed", K::EmailOption,
        Absent);

    // ---- Security questions.
    const auto counts = [](int toRegister, int toReset) {
        return [toRegister, toReset](SsprPolicy &p) {
            withQuestions(p);
            p.questionsToRegister = toRegister;
            p.questionsToReset = toReset;
        };
    };
    row("register 3", counts(3, 3), "questions.registerRange", K::QuestionsToRegister, Absent);
    row("register 4", counts(4, 3), "questions.registerRange", K::QuestionsToRegister, Absent);
    row("register 5", counts(5, 3), "questions.registerRange", K::QuestionsToRegister, Absent);
    row("register 2", counts(2, 3), "questions.registerRange", K::QuestionsToRegister, IsError);
    row("register 6", counts(6, 3), "questions.registerRange", K::QuestionsToRegister, IsError);
    row(
        "register 6, questions off", [](SsprPolicy &p) { p.questionsToRegister = 6; }, "questions.registerRange",
        K::QuestionsToRegister, IsError);
    row("reset 3", counts(5, 3), "questions.resetRange", K::QuestionsToReset, Absent);
    row("reset 5", counts(5, 5), "questions.resetRange", K::QuestionsToReset, Absent);
    row("reset 2", counts(5, 2), "questions.resetRange", K::QuestionsToReset, IsError);
    row("reset 6", counts(5, 6), "questions.resetRange", K::QuestionsToReset, IsError);
    row("reset above register", counts(3, 4), "questions.resetAboveRegister", K::QuestionsToReset, IsError);
    row("reset 5 above register 4", counts(4, 5), "questions.resetAboveRegister", K::QuestionsToReset, IsError);
    row("reset below register", counts(4, 3), "questions.resetAboveRegister", K::QuestionsToReset, Absent);
    row("reset equals register", counts(5, 5), "questions.resetAboveRegister", K::QuestionsToReset, Absent);
    row(
        "pool below register",
        [](SsprPolicy &p) {
            withQuestions(p);
            p.questionsToRegister = 5;
            p.questions = customQuestions(4);
        },
        "questions.poolTooSmall", K::SecurityQuestions, IsError);
    row(
        "pool equals register",
        [](SsprPolicy &p) {
            withQuestions(p);
            p.questionsToRegister = 5;
        },
        "questions.poolTooSmall", K::SecurityQuestions, Absent);
    row(
        "empty pool, questions off", [](SsprPolicy &p) { p.questions.clear(); }, "questions.poolTooSmall",
        K::SecurityQuestions, Absent);
    row(
        "pool of 20",
        [](SsprPolicy &p) {
            withQuestions(p);
            p.questions = customQuestions(20);
        },
        "questions.poolTooLarge", K::SecurityQuestions, Absent);
    row(
        "pool of 21",
        [](SsprPolicy &p) {
            withQuestions(p);
            p.questions = customQuestions(21);
        },
        "questions.poolTooLarge", K::SecurityQuestions, IsError);
    row(
        "pool of 21, questions off", [](SsprPolicy &p) { p.questions = customQuestions(21); }, "questions.poolTooLarge",
        K::SecurityQuestions, IsError);
    row(
        "blank question",
        [](SsprPolicy &p) {
            withQuestions(p);
            p.questions.append({true, QString(), u"   "_s});
        },
        "questions.empty", K::SecurityQuestions, IsError);
    row("no blank question", withQuestions, "questions.empty", K::SecurityQuestions, Absent);
    row(
        "custom question of 200",
        [](SsprPolicy &p) {
            withQuestions(p);
            p.questions[0].text = QString(199, u'x') + u'?';
        },
        "questions.tooLong", K::SecurityQuestions, Absent);
    row(
        "custom question of 201",
        [](SsprPolicy &p) {
            withQuestions(p);
            p.questions[0].text = QString(200, u'x') + u'?';
        },
        "questions.tooLong", K::SecurityQuestions, IsError);
    row(
        "custom question of 200 emoji",
        [](SsprPolicy &p) {
            withQuestions(p);
            p.questions[0].text = QString::fromUcs4(QList<char32_t>(200, U'\U0001F436').constData(), 200);
        },
        "questions.tooLong", K::SecurityQuestions, Absent);
    row(
        "predefined question of 201",
        [](SsprPolicy &p) {
            withQuestions(p);
            p.questions[0] = {false, u"predefined:1"_s, QString(200, u'x') + u'?'};
        },
        "questions.tooLong", K::SecurityQuestions, Absent);
    row(
        "duplicate question, case and spaces",
        [](SsprPolicy &p) {
            withQuestions(p);
            p.questions[4].text = u"  CUSTOM question   number 1? "_s;
        },
        "questions.duplicate", K::SecurityQuestions, IsError);
    row(
        "duplicate predefined key",
        [](SsprPolicy &p) {
            withQuestions(p);
            p.questions[0] = {false, u"predefined:7"_s, u"What was your first car?"_s};
            p.questions[1] = {false, u"predefined:7"_s, u"Quel était votre première voiture ?"_s};
        },
        "questions.duplicate", K::SecurityQuestions, IsError);
    row("distinct questions", withQuestions, "questions.duplicate", K::SecurityQuestions, Absent);
    row("questions on", withQuestions, "questions.osint", K::SecurityQuestionsOption, IsWarning);
    row(
        "questions off", [](SsprPolicy &) {}, "questions.osint", K::SecurityQuestionsOption, Absent);

    // ---- Registration: reconfirm days.
    row(
        "reconfirm 0", [](SsprPolicy &p) { p.reconfirmDays = 0; }, "reconfirm.range", K::ReconfirmDays, Absent);
    row(
        "reconfirm 180", [](SsprPolicy &p) { p.reconfirmDays = 180; }, "reconfirm.range", K::ReconfirmDays, Absent);
    row(
        "reconfirm 730", [](SsprPolicy &p) { p.reconfirmDays = 730; }, "reconfirm.range", K::ReconfirmDays, Absent);
    row(
        "reconfirm -1", [](SsprPolicy &p) { p.reconfirmDays = -1; }, "reconfirm.range", K::ReconfirmDays, IsError);
    row(
        "reconfirm 731", [](SsprPolicy &p) { p.reconfirmDays = 731; }, "reconfirm.range", K::ReconfirmDays, IsError);
    row(
        "reconfirm changed without registration",
        [](SsprPolicy &p) {
            p.registrationRequired = false;
            p.reconfirmDays = 90;
        },
        "reconfirm.requiresRegistration", K::ReconfirmDays, IsError, storedBase());
    row(
        "reconfirm kept without registration", [](SsprPolicy &p) { p.registrationRequired = false; },
        "reconfirm.requiresRegistration", K::ReconfirmDays, Absent, storedBase());
    row(
        "reconfirm changed with registration", [](SsprPolicy &p) { p.reconfirmDays = 90; },
        "reconfirm.requiresRegistration", K::ReconfirmDays, Absent, storedBase());
    row(
        "reconfirm without registration, nothing stored",
        [](SsprPolicy &p) {
            p.registrationRequired = false;
            p.reconfirmDays = 90;
        },
        "reconfirm.requiresRegistration", K::ReconfirmDays, Absent);

    // ---- Notifications.
    row(
        "users not notified", [](SsprPolicy &p) { p.notifyUsers = false; }, "notify.users", K::NotifyUsers, IsWarning);
    row(
        "users notified", [](SsprPolicy &) {}, "notify.users", K::NotifyUsers, Absent);
    row(
        "admins not notified", [](SsprPolicy &p) { p.notifyAdmins = false; }, "notify.admins", K::NotifyAdmins,
        IsWarning);
    row(
        "admins notified", [](SsprPolicy &) {}, "notify.admins", K::NotifyAdmins, Absent);

    // ---- Customization: the helpdesk link.
    const auto link = [](const QString &text) {
        return [text](SsprPolicy &p) {
            helpdesk(p, text);
        };
    };
    const QStringView H = K::HelpdeskEmailOrUrl;
    row(
        "link off, garbage ignored",
        [](SsprPolicy &p) {
            p.customizeHelpdeskLink = false;
            p.helpdeskEmailOrUrl = u"javascript:alert(1)"_s;
        },
        "helpdesk.scheme", H, Absent);
    row("link on, empty", link(QString()), "helpdesk.required", H, IsError);
    row("link on, blank", link(u"   "_s), "helpdesk.required", H, IsError);
    row("email", link(u"helpdesk@fabrikam.com"_s), "helpdesk.invalidEmail", H, Absent);
    row("email with plus and dots", link(u"it.help+sspr@support.fabrikam.co.uk"_s), "helpdesk.invalidEmail", H, Absent);
    row("email with idn domain", link(u"hilfe@bücher.de"_s), "helpdesk.invalidEmail", H, Absent);
    row("https url", link(u"https://support.fabrikam.com/password?lang=en#reset"_s), "helpdesk.invalidUrl", H, Absent);
    row("https url, upper case scheme", link(u"HTTPS://Support.Fabrikam.com"_s), "helpdesk.scheme", H, Absent);
    row("https url with port", link(u"https://support.fabrikam.com:8443/help"_s), "helpdesk.invalidUrl", H, Absent);
    row("javascript", link(u"javascript:alert(1)"_s), "helpdesk.scheme", H, IsError);
    row("javascript with slashes", link(u"javascript://%0Aalert(1)"_s), "helpdesk.scheme", H, IsError);
    row("mailto", link(u"mailto:helpdesk@fabrikam.com"_s), "helpdesk.scheme", H, IsError);
    row("ftp", link(u"ftp://files.fabrikam.com/help"_s), "helpdesk.scheme", H, IsError);
    row("data", link(u"data:text/html,hello"_s), "helpdesk.scheme", H, IsError);
    row("host without scheme", link(u"www.fabrikam.com/help"_s), "helpdesk.relative", H, IsError);
    row("relative path", link(u"/help"_s), "helpdesk.relative", H, IsError);
    row("scheme-relative", link(u"//fabrikam.com/help"_s), "helpdesk.relative", H, IsError);
    row("plain word", link(u"helpdesk"_s), "helpdesk.relative", H, IsError);
    row("space inside", link(u"https://support fabrikam.com"_s), "helpdesk.whitespace", H, IsError);
    row("leading space", link(u" https://support.fabrikam.com"_s), "helpdesk.whitespace", H, IsError);
    row("space in email", link(u"help desk@fabrikam.com"_s), "helpdesk.whitespace", H, IsError);
    row("no host", link(u"https://"_s), "helpdesk.noHost", H, IsError);
    row("no host, path", link(u"https:///help"_s), "helpdesk.noHost", H, IsError);
    row("credentials", link(u"https://admin:secret@fabrikam.com/help"_s), "helpdesk.credentials", H, IsError);
    row("bad port", link(u"https://fabrikam.com:99999/help"_s), "helpdesk.invalidUrl", H, IsError);
    row("bad percent encoding", link(u"https://fabrikam.com/%zzhelp"_s), "helpdesk.invalidUrl", H, IsError);
    row("double at", link(u"help@@fabrikam.com"_s), "helpdesk.invalidEmail", H, IsError);
    row("email without tld", link(u"help@fabrikam"_s), "helpdesk.invalidEmail", H, IsError);
    row("email with leading dot", link(u".help@fabrikam.com"_s), "helpdesk.invalidEmail", H, IsError);
    row("email with double dot", link(u"help@fabrikam..com"_s), "helpdesk.invalidEmail", H, IsError);
    row("email with hyphen label", link(u"help@-fabrikam.com"_s), "helpdesk.invalidEmail", H, IsError);
    row("email without local part", link(u"@fabrikam.com"_s), "helpdesk.invalidEmail", H, IsError);
    row("http url", link(u"http://support.fabrikam.com"_s), "helpdesk.insecureHttp", H, IsWarning);
    row("https url is secure", link(u"https://support.fabrikam.com"_s), "helpdesk.insecureHttp", H, Absent);
    row("tenant mailbox", link(u"helpdesk@contoso.com"_s), "helpdesk.inTenantMailbox", H, IsWarning);
    row("tenant mailbox, upper case", link(u"Helpdesk@CONTOSO.com"_s), "helpdesk.inTenantMailbox", H, IsWarning);
    row("tenant subdomain mailbox", link(u"helpdesk@it.contoso.com"_s), "helpdesk.inTenantMailbox", H, IsWarning);
    row("onmicrosoft mailbox", link(u"helpdesk@contoso.onmicrosoft.com"_s), "helpdesk.inTenantMailbox", H, IsWarning);
    row("outside mailbox", link(u"helpdesk@fabrikam.com"_s), "helpdesk.inTenantMailbox", H, Absent);
    row("lookalike domain", link(u"helpdesk@notcontoso.com"_s), "helpdesk.inTenantMailbox", H, Absent);

    // ---- On-premises integration.
    row(
        "cloud sync without writeback",
        [](SsprPolicy &p) {
            p.writebackEnabled = false;
            p.writebackCloudSync = true;
        },
        "writeback.cloudSyncWithoutWriteback", K::WritebackCloudSync, IsWarning);
    row(
        "cloud sync with writeback", [](SsprPolicy &p) { p.writebackCloudSync = true; },
        "writeback.cloudSyncWithoutWriteback", K::WritebackCloudSync, Absent);
    row(
        "unlock without writeback",
        [](SsprPolicy &p) {
            p.writebackEnabled = false;
            p.unlockWithoutReset = true;
        },
        "writeback.unlockWithoutWriteback", K::UnlockWithoutReset, IsWarning);
    row(
        "unlock with writeback", [](SsprPolicy &p) { p.unlockWithoutReset = true; }, "writeback.unlockWithoutWriteback",
        K::UnlockWithoutReset, Absent);
}

void TestPolicyValidator::rules()
{
    QFETCH(PolicyEdit, edit);
    QFETCH(ContextEdit, contextEdit);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    QFETCH(int, expect);

    SsprPolicy policy = validBase();
    edit(policy);
    PolicyContext context = baseContext();
    contextEdit(context);
    const QList<PolicyProblem> problems = validate(policy, context);

    QList<PolicyProblem> matching;
    for (const PolicyProblem &problem : problems) {
        // Every problem names a settable key, so a page can put the reason beside its control.
        QCOMPARE(canonicalPolicyKey(problem.field), problem.field);
        QVERIFY2(!problem.message.isEmpty(), qPrintable(problem.rule));
        if (problem.rule == rule)
            matching.append(problem);
    }

    if (expect == Absent) {
        QVERIFY2(matching.isEmpty(), qPrintable(matching.value(0).message));
        // The accepted direction: the policy passes as a whole, not just this one rule.
        for (const PolicyProblem &problem : problems)
            QVERIFY2(!problem.isError(), qPrintable(problem.rule + u": "_s + problem.message));
        return;
    }
    QVERIFY2(!matching.isEmpty(), qPrintable(u"rule not reported: "_s + rule));
    QCOMPARE(matching.first().field, field);
    QCOMPARE(matching.first().severity,
        expect == IsError ? PolicyProblem::Severity::Error : PolicyProblem::Severity::Warning);
    if (expect == IsError)
        QVERIFY(hasErrors(problems));
}

void TestPolicyValidator::whyDisabled_data()
{
    QTest::addColumn<PolicyEdit>("edit");
    QTest::addColumn<ContextEdit>("contextEdit");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("disabled");

    namespace K = PolicyKeys;
    const ContextEdit none = [](PolicyContext &) {
    };
    const ContextEdit complete = [](PolicyContext &c) {
        c.migrationState = PolicyMigrationState::MigrationComplete;
    };
    const ContextEdit free = [](PolicyContext &c) {
        c.paidTenant = false;
    };
    const auto add
        = [](const char *name, const PolicyEdit &edit, const ContextEdit &context, QStringView field, bool disabled) {
              QTest::newRow(name) << edit << context << field.toString() << disabled;
          };

    add(
        "group, selected", [](SsprPolicy &) {}, none, K::GroupIds, false);
    add(
        "group, all", [](SsprPolicy &p) { p.enablement = SsprEnablement::All; }, none, K::GroupIds, true);
    add(
        "group, none", [](SsprPolicy &p) { p.enablement = SsprEnablement::None; }, none, K::GroupIds, true);
    add(
        "notification, one required", [](SsprPolicy &) {}, none, K::MobileAppNotification, true);
    add(
        "notification, two required", [](SsprPolicy &p) { p.methodsRequired = 2; }, none, K::MobileAppNotification,
        false);
    add(
        "notification ticked, one required", [](SsprPolicy &p) { p.mobileAppNotification = true; }, none,
        K::MobileAppNotification, false);
    add(
        "code, one required", [](SsprPolicy &) {}, none, K::MobileAppCode, false);
    add(
        "office, paid", [](SsprPolicy &) {}, none, K::OfficePhoneOption, false);
    add(
        "office, free", [](SsprPolicy &) {}, free, K::OfficePhoneOption, true);
    add(
        "office ticked, free", [](SsprPolicy &p) { p.officePhone = true; }, free, K::OfficePhoneOption, false);
    add(
        "email, pre-migration", [](SsprPolicy &) {}, none, K::EmailOption, false);
    add(
        "email, migrated", [](SsprPolicy &) {}, complete, K::EmailOption, true);
    add(
        "mobile phone, migrated", [](SsprPolicy &) {}, complete, K::MobilePhoneOption, true);
    add(
        "methods list, migrated", [](SsprPolicy &) {}, complete, K::MethodsAvailable, true);
    add(
        "notification, migrated", [](SsprPolicy &p) { p.methodsRequired = 2; }, complete, K::MobileAppNotification,
        true);
    add(
        "questions option, migrated", [](SsprPolicy &) {}, complete, K::SecurityQuestionsOption, false);
    add(
        "count, migrated", [](SsprPolicy &) {}, complete, K::MethodsRequired, false);
    add(
        "questions to register, off", [](SsprPolicy &) {}, none, K::QuestionsToRegister, true);
    add("questions to register, on", withQuestions, none, K::QuestionsToRegister, false);
    add(
        "questions to reset, off", [](SsprPolicy &) {}, none, K::QuestionsToReset, true);
    add("questions to reset, on", withQuestions, none, K::QuestionsToReset, false);
    add(
        "question pool, off", [](SsprPolicy &) {}, none, K::SecurityQuestions, true);
    add("question pool, on", withQuestions, none, K::SecurityQuestions, false);
    add(
        "reconfirm, registration on", [](SsprPolicy &) {}, none, K::ReconfirmDays, false);
    add(
        "reconfirm, registration off", [](SsprPolicy &p) { p.registrationRequired = false; }, none, K::ReconfirmDays,
        true);
    add(
        "reconfirm alias, registration off", [](SsprPolicy &p) { p.registrationRequired = false; }, none,
        K::ReconfirmDaysAlias, true);
    add(
        "helpdesk link, customize off", [](SsprPolicy &) {}, none, K::HelpdeskEmailOrUrl, true);
    add(
        "helpdesk link, customize on", [](SsprPolicy &p) { p.customizeHelpdeskLink = true; }, none,
        K::HelpdeskEmailOrUrl, false);
    add(
        "notify users", [](SsprPolicy &) {}, none, K::NotifyUsers, false);
    add(
        "enablement", [](SsprPolicy &) {}, complete, K::EnablementType, false);
}

void TestPolicyValidator::whyDisabled()
{
    QFETCH(PolicyEdit, edit);
    QFETCH(ContextEdit, contextEdit);
    QFETCH(QString, field);
    QFETCH(bool, disabled);

    SsprPolicy policy = validBase();
    edit(policy);
    PolicyContext context = baseContext();
    contextEdit(context);
    const QString reason = Sspr::Core::whyDisabled(policy, field, context);
    QCOMPARE(!reason.isEmpty(), disabled);
    QCOMPARE(isControlAllowed(policy, field, context), !disabled);
}

void TestPolicyValidator::emailAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"a@b.co"_s << true;
    QTest::newRow("subdomain") << u"first.last@mail.contoso.com"_s << true;
    QTest::newRow("punycode tld") << u"a@example.xn--p1ai"_s << true;
    QTest::newRow("unicode domain") << u"a@пример.рф"_s << true;
    QTest::newRow("no at") << u"contoso.com"_s << false;
    QTest::newRow("trailing dot local") << u"a.@contoso.com"_s << false;
    QTest::newRow("numeric tld") << u"a@contoso.123"_s << false;
    QTest::newRow("local too long") << QString(65, u'a') + u"@contoso.com"_s << false;
    QTest::newRow("quote") << u"\"a\"@contoso.com"_s << false;
}

void TestPolicyValidator::emailAddresses()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(isValidEmailAddress(address), valid);
}

void TestPolicyValidator::toStatusJoinsErrors()
{
    SsprPolicy policy = validBase();
    policy.methodsRequired = 3;
    policy.reconfirmDays = 1000;
    policy.notifyAdmins = false;
    const QList<PolicyProblem> problems = validate(policy, baseContext());
    QCOMPARE(errorsOf(problems).size(), 2);
    QCOMPARE(warningsOf(problems).size(), 1);
    const Status status = toStatus(problems);
    QVERIFY(!status.ok());
    QCOMPARE(status.errorMessage().count(u'\n'), 1);
    QVERIFY(toStatus(warningsOf(problems)).ok());
    QCOMPARE(problemsForField(problems, PolicyKeys::ReconfirmDays).size(), 1);
    QVERIFY(hasRule(problems, u"notify.admins"));
    QCOMPARE(problemsToJson(problems).size(), 3);
}

QTEST_GUILESS_MAIN(TestPolicyValidator)
#include "tst_policyvalidator.moc"
