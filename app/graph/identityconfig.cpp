#include "identityconfig.h"

namespace Sspr::Graph {

using namespace Qt::StringLiterals;

namespace {

QString withoutTrailingSlash(const QUrl &url)
{
    QString s = url.toString(QUrl::FullyEncoded);
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

} // namespace

IdentityConfig IdentityConfig::forCloud(Cloud cloud, const QString &tenant, const QString &clientId)
{
    const CloudEndpoints endpoints = CloudEndpoints::forCloud(cloud);
    return {endpoints.authority, tenant, clientId, endpoints.graphRoot};
}

QUrl IdentityConfig::oauthEndpoint(const QString &name) const
{
    return QUrl(withoutTrailingSlash(authority) + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(tenant))
        + u"/oauth2/v2.0/"_s + name);
}

QString IdentityConfig::appOnlyScope() const
{
    return withoutTrailingSlash(graphRoot) + u"/.default"_s;
}

QString IdentityConfig::delegatedScope(const QStringList &permissions) const
{
    const QString root = withoutTrailingSlash(graphRoot);
    QStringList scopes;
    for (const QString &permission : permissions)
        scopes.append(root + u'/' + permission);
    scopes.append(u"offline_access"_s);
    return scopes.join(u' ');
}

} // namespace Sspr::Graph
