#include "fakegraphserver.h"

#include "graphendpoint.h"
#include "httplistener.h"
#include "oauthendpoint.h"
#include "servercore.h"

#include <QMetaObject>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Sspr::FakeGraph {

class Server::Private
{
public:
    explicit Private(const Options &options)
        : core(options)
    { }
    ServerCore core;
    QThread *thread = nullptr;
    HttpListener *listener = nullptr;
    quint16 port = 0;
};

Server::Server(const Options &options)
    : d(new Private(options))
{ }

Server::~Server()
{
    stop();
    delete d;
}

bool Server::start(quint16 port)
{
    if (d->thread)
        return true;
    d->thread = new QThread;
    d->thread->setObjectName(u"fakegraph"_s);
    d->thread->start();
    d->listener = new HttpListener(&d->core);
    d->listener->moveToThread(d->thread);
    bool ok = false;
    quint16 actual = 0;
    HttpListener *listener = d->listener;
    QMetaObject::invokeMethod(
        listener,
        [&ok, &actual, listener, port] {
            ok = listener->listen(port);
            actual = listener->port();
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
        return false;
    }
    d->port = actual;
    QMutexLocker locker(&d->core.mutex);
    d->core.baseUrl = u"http://127.0.0.1:%1"_s.arg(actual);
    return true;
}

void Server::stop()
{
    if (!d->thread)
        return;
    HttpListener *listener = d->listener;
    QMetaObject::invokeMethod(
        listener,
        [listener] {
            listener->close();
            delete listener;
        },
        Qt::BlockingQueuedConnection);
    d->listener = nullptr;
    d->thread->quit();
    d->thread->wait();
    delete d->thread;
    d->thread = nullptr;
    d->port = 0;
}

quint16 Server::port() const
{
    return d->port;
}

QUrl Server::graphRoot() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(d->port));
}

QUrl Server::authority() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(d->port));
}

QString Server::tenantId() const
{
    QMutexLocker locker(&d->core.mutex);
    return d->core.model.tenantId;
}

QString Server::tenantDomain() const
{
    QMutexLocker locker(&d->core.mutex);
    return d->core.model.domain;
}

void Server::setFaults(double rate429, double rate503, double rateDrop, double rateTruncate)
{
    QMutexLocker locker(&d->core.mutex);
    d->core.options.rate429 = rate429;
    d->core.options.rate503 = rate503;
    d->core.options.rateDrop = rateDrop;
    d->core.options.rateTruncate = rateTruncate;
}

void Server::setLatencyMs(int ms)
{
    QMutexLocker locker(&d->core.mutex);
    d->core.options.latencyMs = ms;
}

void Server::setRole(const QString &role)
{
    QMutexLocker locker(&d->core.mutex);
    d->core.options.role = role;
}

void Server::setWriteQuota(int quota, int windowMs)
{
    QMutexLocker locker(&d->core.mutex);
    d->core.options.writeQuota = quota;
    d->core.options.writeWindowMs = windowMs;
    d->core.graph->writeQuota().configure(quota, windowMs);
}

void Server::setGrantReportPermission(bool granted)
{
    QMutexLocker locker(&d->core.mutex);
    d->core.options.grantReportPermission = granted;
}

void Server::setDenyAuthorization(bool deny)
{
    QMutexLocker locker(&d->core.mutex);
    d->core.options.denyAuthorization = deny;
}

void Server::expireAccessTokens()
{
    QMutexLocker locker(&d->core.mutex);
    d->core.oauth->expireAll();
}

void Server::expireDeltaLinks()
{
    QMutexLocker locker(&d->core.mutex);
    ++d->core.model.deltaGeneration;
}

void Server::approveDeviceCode(const QString &userCode)
{
    QMutexLocker locker(&d->core.mutex);
    d->core.oauth->decide(userCode, true);
}

void Server::declineDeviceCode(const QString &userCode)
{
    QMutexLocker locker(&d->core.mutex);
    d->core.oauth->decide(userCode, false);
}

QString Server::lastUserCode() const
{
    QMutexLocker locker(&d->core.mutex);
    return d->core.oauth->lastUserCode();
}

QString Server::issueAccessToken(const QString &clientId)
{
    QMutexLocker locker(&d->core.mutex);
    return d->core.oauth->issueAppToken(clientId);
}

Counters Server::counters() const
{
    QMutexLocker locker(&d->core.mutex);
    return d->core.counters;
}

void Server::resetCounters()
{
    QMutexLocker locker(&d->core.mutex);
    d->core.counters = Counters {};
}

QString Server::addUser(const QJsonObject &user)
{
    QMutexLocker locker(&d->core.mutex);
    return d->core.model.addUser(user);
}

void Server::updateUser(const QString &id, const QJsonObject &changes)
{
    QMutexLocker locker(&d->core.mutex);
    User *user = d->core.model.findUser(id);
    if (!user)
        return;
    QString error;
    if (!d->core.model.updateUser(*user, changes, &error))
        qWarning("fakegraph: updateUser: %s", qPrintable(error));
    d->core.model.touchUser(*user);
}

void Server::deleteUser(const QString &id)
{
    QMutexLocker locker(&d->core.mutex);
    d->core.model.deleteUser(id);
}

void Server::addMember(const QString &groupId, const QString &memberId)
{
    QMutexLocker locker(&d->core.mutex);
    TenantModel &model = d->core.model;
    Group *group = model.findGroup(groupId);
    if (!group)
        return;
    const bool isGroup = model.findGroup(memberId) != nullptr;
    if (isGroup || model.findUser(memberId))
        model.addMember(*group, memberId, isGroup);
}

void Server::removeMember(const QString &groupId, const QString &memberId)
{
    QMutexLocker locker(&d->core.mutex);
    if (Group *group = d->core.model.findGroup(groupId))
        d->core.model.removeMember(*group, memberId);
}

QString Server::addPhoneMethod(const QString &userId, const QString &phoneType, const QString &phoneNumber)
{
    QMutexLocker locker(&d->core.mutex);
    User *user = d->core.model.findUser(userId);
    const QString id = TenantModel::phoneMethodId(phoneType);
    if (!user || id.isEmpty() || user->phone(phoneType))
        return {};
    AuthMethod m;
    m.kind = AuthMethod::Kind::Phone;
    m.id = id;
    m.phoneType = phoneType;
    m.phoneNumber = phoneNumber;
    m.smsSignInEnabled = phoneType == u"mobile";
    user->methods.append(m);
    return id;
}

QJsonArray Server::users() const
{
    QMutexLocker locker(&d->core.mutex);
    QJsonArray out;
    for (const auto &[id, user] : d->core.model.users)
        out.append(TenantModel::userObject(user));
    return out;
}

QJsonArray Server::groups() const
{
    QMutexLocker locker(&d->core.mutex);
    QJsonArray out;
    for (const auto &[id, group] : d->core.model.groups)
        out.append(TenantModel::groupObject(group));
    return out;
}

QJsonArray Server::members(const QString &groupId) const
{
    QMutexLocker locker(&d->core.mutex);
    QJsonArray out;
    if (const Group *group = d->core.model.findGroup(groupId)) {
        for (const Member &m : group->members) {
            out.append(
                QJsonObject {{u"@odata.type"_s, m.isGroup ? u"#microsoft.graph.group"_s : u"#microsoft.graph.user"_s},
                    {u"id"_s, m.id}});
        }
    }
    return out;
}

QJsonArray Server::methods(const QString &userId) const
{
    QMutexLocker locker(&d->core.mutex);
    QJsonArray out;
    TenantModel &model = d->core.model;
    if (const User *user = model.findUser(userId)) {
        for (const AuthMethod &m : user->methods)
            out.append(TenantModel::methodObject(m, false, model.authMethodsPolicy, model.findDevice(m.id)));
    }
    return out;
}

QJsonObject Server::authenticationMethodsPolicy() const
{
    QMutexLocker locker(&d->core.mutex);
    return d->core.model.authMethodsPolicy;
}

bool Server::allowedToUseSspr() const
{
    QMutexLocker locker(&d->core.mutex);
    return d->core.model.authorizationPolicy.value(u"allowedToUseSSPR"_s).toBool();
}

QJsonArray Server::hardwareOathDevices() const
{
    QMutexLocker locker(&d->core.mutex);
    QJsonArray out;
    for (const auto &[id, device] : d->core.model.devices)
        out.append(d->core.model.deviceObject(device));
    return out;
}

QStringList Server::issuedSecretsAndTokens() const
{
    QMutexLocker locker(&d->core.mutex);
    return d->core.oauth->issued() + d->core.graph->issuedPasses();
}

} // namespace Sspr::FakeGraph
