#include "cloud.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Sspr::Graph {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Graph::Cloud)
};

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    // Parsed, not pattern-matched: "127.0.0.1.evil.com" is not an address, so it is not loopback.
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

} // namespace

CloudEndpoints CloudEndpoints::forCloud(Cloud cloud)
{
    switch (cloud) {
    case Cloud::UsGov:
        return {QUrl(u"https://login.microsoftonline.us"_s), QUrl(u"https://graph.microsoft.us"_s)};
    case Cloud::UsGovDod:
        return {QUrl(u"https://login.microsoftonline.us"_s), QUrl(u"https://dod-graph.microsoft.us"_s)};
    case Cloud::China:
        return {QUrl(u"https://login.chinacloudapi.cn"_s), QUrl(u"https://microsoftgraph.chinacloudapi.cn"_s)};
    case Cloud::Global:
        break;
    }
    return {QUrl(u"https://login.microsoftonline.com"_s), QUrl(u"https://graph.microsoft.com"_s)};
}

QString cloudKey(Cloud cloud)
{
    switch (cloud) {
    case Cloud::UsGov:
        return u"usgov"_s;
    case Cloud::UsGovDod:
        return u"usgovdod"_s;
    case Cloud::China:
        return u"china"_s;
    case Cloud::Global:
        break;
    }
    return u"global"_s;
}

Core::Result<Cloud> cloudFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (Cloud cloud : {Cloud::Global, Cloud::UsGov, Cloud::UsGovDod, Cloud::China}) {
        if (cloudKey(cloud) == k)
            return cloud;
    }
    return Core::Error {Tr::tr("Unknown cloud \"%1\": use global, usgov, usgovdod or china.").arg(key)};
}

// Spelled through an alias: lupdate 6.4 misreads "Core::Status f(" as a member definition and loses the context.
using Status = Core::Status;

Status checkEndpointUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return Core::Error {Tr::tr("\"%1\" is not a complete web address (like https://graph.microsoft.com).")
                                .arg(url.toDisplayString())};
    if (!url.userInfo().isEmpty())
        return Core::Error {Tr::tr("The address %1 contains a user name or password; leave them out.")
                                .arg(url.toDisplayString(QUrl::RemoveUserInfo))};
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return {};
    if (scheme == u"http"_s) {
        if (isLoopbackHost(url.host()))
            return {};
        return Core::Error {Tr::tr("The address %1 uses plain http, which would send sign-in tokens unencrypted. "
                                   "Use https (http is allowed only for this computer: localhost or 127.0.0.1).")
                                .arg(url.toDisplayString())};
    }
    return Core::Error {
        Tr::tr("The address %1 uses \"%2\"; only https addresses are allowed.").arg(url.toDisplayString(), scheme)};
}

} // namespace Sspr::Graph
