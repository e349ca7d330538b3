#pragma once

#include "authmethod.h"
#include "syncrecords.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Sspr::Sync {

// Graph's JSON (graph-facts §3, §5.1, §6) to the records the store writes. A property that is absent is "not
// carried" (delta pages carry changed properties only); a property that is null is carried and empty.
namespace GraphMapping {

// The user properties the console keeps, for $select.
QString userSelect();
// The group properties, for $select (members come through $expand=members).
QString groupSelect();

Store::SyncUser user(const QJsonObject &json);
Store::SyncGroup group(const QJsonObject &json);
Store::SyncRegistration registration(const QJsonObject &json);
// One entry of /users/{id}/authentication/methods; std::nullopt for kinds the console does not model
// (platform credentials, external methods, unknown future types).
std::optional<Core::AuthMethod> method(const QJsonObject &json);
QList<Core::AuthMethod> methods(const QJsonArray &value);
// methodsRegistered of the registration report as Core::methodBit()s. The full vocabulary is unverified
// (graph-facts §5.1): names seen in the docs and the likely others; unknown names add nothing.
int methodMask(const QStringList &methodsRegistered);

} // namespace GraphMapping
} // namespace Sspr::Sync
