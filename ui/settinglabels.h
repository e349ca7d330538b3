#pragma once

#include <QString>

// How the setting keys of a policy diff and of the audit log read to a person: the portal's labels for the
// blade's keys (PolicyKeys), "<method>: <property>" for the unified policy's, and Yes/No, None/Selected/All for the
// values that are stored as true/false and none/selected/all.
namespace Sspr::Gui::SettingLabels {

QString label(const QString &key);
QString value(const QString &key, const QString &text);

} // namespace Sspr::Gui::SettingLabels
