#pragma once

#include "cloud.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Sspr::Graph {

// Where and as whom the console signs in: the identity platform authority, the tenant, the app registration, and the
// Graph root the tokens are for (graph-facts §9). All token providers and sign-in flows take one.
struct IdentityConfig
{
    QUrl authority; // e.g. https://login.microsoftonline.com (or the fake server's authority in tests)
    QString tenant; // tenant id or verified domain; "organizations" for delegated sign-in to any work account
    QString clientId;
    QUrl graphRoot; // e.g. https://graph.microsoft.com; scopes are built on it, so national clouds get their own host

    static IdentityConfig forCloud(Cloud cloud, const QString &tenant, const QString &clientId);

    // {authority}/{tenant}/oauth2/v2.0/{token|devicecode|authorize}
    QUrl oauthEndpoint(const QString &name) const;
    QUrl tokenUrl() const { return oauthEndpoint(QStringLiteral("token")); }
    QUrl deviceCodeUrl() const { return oauthEndpoint(QStringLiteral("devicecode")); }
    QUrl authorizeUrl() const { return oauthEndpoint(QStringLiteral("authorize")); }

    // App-only: "{graphRoot}/.default" (one resource, all consented application permissions).
    QString appOnlyScope() const;
    // Delegated: "{graphRoot}/Perm1 {graphRoot}/Perm2 offline_access" (offline_access brings the refresh token).
    QString delegatedScope(const QStringList &permissions) const;
};

} // namespace Sspr::Graph
