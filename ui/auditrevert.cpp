#include "auditrevert.h"

#include "database.h"
#include "policyeditor.h"
#include "policykeys.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;
namespace Keys = Core::PolicyKeys;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Gui::AuditRevert)
};

const QString kBladeAction = u"policy.update"_s;
const QString kMethodsAction = u"authMethodsPolicy.update"_s;

// PolicyService writes a method's state as these (translated) words.
QString stateWord(bool enabled)
{
    return enabled ? QCoreApplication::translate("Sspr::Services::PolicyService", "Enabled")
                   : QCoreApplication::translate("Sspr::Services::PolicyService", "Disabled");
}
} // namespace

AuditRevert::AuditRevert(PolicyEditor &editor)
    : m_editor(editor)
{ }

QString AuditRevert::whyNot(const Store::AuditEntry &entry) const
{
    const Core::Status status = apply(entry, true);
    return status ? QString() : status.errorMessage();
}

Core::Status AuditRevert::stage(const Store::AuditEntry &entry)
{
    return apply(entry, false);
}

int AuditRevert::pageFor(const Store::AuditEntry &entry)
{
    const QString &key = entry.setting;
    if (entry.action == kMethodsAction)
        return key.startsWith(u"registrationCampaign"_s) ? 2 : 1;
    if (key == Keys::EnablementType || key == Keys::GroupIds)
        return 0;
    if (key == Keys::RegistrationRequired || key == Keys::ReconfirmDays)
        return 2;
    if (key == Keys::NotifyUsers || key == Keys::NotifyAdmins)
        return 3;
    if (key == Keys::CustomizeHelpdeskLink || key == Keys::HelpdeskEmailOrUrl)
        return 4;
    if (key == Keys::WritebackEnabled || key == Keys::WritebackCloudSync || key == Keys::UnlockWithoutReset)
        return 5;
    if (key == Keys::AllowedToUseSspr)
        return 6;
    return 1;
}

Core::Status AuditRevert::apply(const Store::AuditEntry &entry, bool dryRun) const
{
    if (m_editor.isDirty())
        return Core::Error {Tr::tr("Save or discard the policy changes you are making first.")};

    if (entry.action == kBladeAction) {
        if (entry.setting == Keys::SecurityQuestions)
            return Core::Error {Tr::tr("Security questions are changed on the Authentication methods page.")};
        Core::SsprPolicy policy = m_editor.staged();
        const auto currentText = Core::policyValueText(policy, entry.setting);
        QString current = currentText ? currentText.value() : QString();
        QString oldValue = entry.oldValue;
        if (entry.setting == Keys::GroupIds) {
            // The log shows the group's name; the policy holds its id.
            QSqlQuery q(m_editor.database().connection());
            q.prepare(u"SELECT display_name FROM groups WHERE id = ?"_s);
            q.addBindValue(policy.groupId);
            if (q.exec() && q.next())
                current = q.value(0).toString();
            if (!oldValue.isEmpty()) {
                q.prepare(u"SELECT id FROM groups WHERE display_name = ? OR id = ? LIMIT 2"_s);
                q.addBindValue(oldValue);
                q.addBindValue(oldValue);
                QStringList ids;
                if (q.exec())
                    while (q.next())
                        ids << q.value(0).toString();
                if (ids.size() != 1)
                    return Core::Error {Tr::tr("The group \"%1\" is not unique or no longer exists: choose the group "
                                               "on the Properties page.")
                                            .arg(oldValue)};
                oldValue = ids.first();
            }
        }
        if (current != entry.newValue)
            return Core::Error {Tr::tr("The setting has changed since: it is now \"%1\".").arg(current)};
        if (const Core::Status s = Core::applyKeyValue(policy, entry.setting, oldValue); !s)
            return Core::Error {Tr::tr("The old value cannot be set again: %1").arg(s.errorMessage())};
        if (!dryRun)
            m_editor.update([&policy](Core::SsprPolicy &staged) { staged = policy; });
        return {};
    }

    if (entry.action == kMethodsAction) {
        const QString &key = entry.setting;
        const Core::AuthMethodsPolicy &staged = m_editor.stagedMethods();
        if (key.endsWith(u".state"_s) && !key.startsWith(u"registrationCampaign"_s)) {
            Core::AuthMethodKind kind;
            if (!Core::authMethodKindFromId(key.section(u'.', 0, 0), &kind))
                return Core::Error {Tr::tr("The method \"%1\" is not known.").arg(key.section(u'.', 0, 0))};
            const Core::MethodConfiguration *config = staged.configuration(kind);
            if (!config || stateWord(config->enabled) != entry.newValue)
                return Core::Error {Tr::tr("The setting has changed since the entry was logged.")};
            if (entry.oldValue != stateWord(true) && entry.oldValue != stateWord(false))
                return Core::Error {Tr::tr("The old state \"%1\" is not one the console can set.").arg(entry.oldValue)};
            const bool enable = entry.oldValue == stateWord(true);
            if (!dryRun)
                m_editor.updateMethods(
                    [kind, enable](Core::AuthMethodsPolicy &p) { p.ensureConfiguration(kind).enabled = enable; });
            return {};
        }
        if (key == u"registrationCampaign.state"_s) {
            Core::FeatureState state;
            if (Core::featureStateKey(staged.registrationCampaign.state) != entry.newValue)
                return Core::Error {Tr::tr("The setting has changed since the entry was logged.")};
            if (!Core::featureStateFromKey(entry.oldValue, &state))
                return Core::Error {Tr::tr("The old state \"%1\" is not one the console can set.").arg(entry.oldValue)};
            if (!dryRun)
                m_editor.updateMethods([state](Core::AuthMethodsPolicy &p) { p.registrationCampaign.state = state; });
            return {};
        }
        if (key == u"registrationCampaign.snoozeDurationInDays"_s) {
            bool ok = false;
            const int days = entry.oldValue.toInt(&ok);
            if (QString::number(staged.registrationCampaign.snoozeDurationInDays) != entry.newValue)
                return Core::Error {Tr::tr("The setting has changed since the entry was logged.")};
            if (!ok)
                return Core::Error {Tr::tr("The old value \"%1\" is not a number of days.").arg(entry.oldValue)};
            if (!dryRun)
                m_editor.updateMethods(
                    [days](Core::AuthMethodsPolicy &p) { p.registrationCampaign.snoozeDurationInDays = days; });
            return {};
        }
        return Core::Error {Tr::tr("Targets and method settings are reverted on the Authentication methods page.")};
    }
    return Core::Error {Tr::tr("Only policy changes can be reverted from the audit log.")};
}

} // namespace Sspr::Gui
