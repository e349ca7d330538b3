#pragma once

#include "httpmessage.h"
#include "writequota.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Sspr::FakeGraph {

class ServerCore;
struct User;
struct Group;

// The Microsoft Graph routes (graph-facts §2-8, checklist §11). Called with the core's mutex held.
class GraphEndpoint
{
public:
    explicit GraphEndpoint(ServerCore &core);

    HttpResponse handle(const HttpRequest &request, const QString &requestId);
    WriteQuota &writeQuota() { return m_quota; }
    QStringList issuedPasses() const { return m_issuedPasses; } // Temporary Access Passes, for leak scans

    // One Graph call: a top-level request or one item of a $batch.
    struct Call
    {
        QByteArray method;
        QString version; // "v1.0" or "beta"
        QStringList segments;
        QString path; // "/v1.0/users/..." for links
        QList<QPair<QString, QString>> query;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
        QString requestId;
        QString clientRequestId;
        QString appId;
        QString userId; // delegated tokens: the signed-in admin
        bool inBatch = false;

        QString q(QStringView name) const;
        bool has(QStringView name) const;
        bool beta() const { return version == u"beta"; }
        bool eventual() const;
    };

private:
    using Reply = HttpResponse;
    Reply dispatch(Call &call);
    Reply batch(Call &call);

    Reply usersRoute(Call &call);
    Reply listUsers(Call &call);
    Reply countUsers(Call &call);
    Reply getUser(Call &call, const User &user);
    Reply patchUser(Call &call, User &user);
    Reply usersDelta(Call &call);
    Reply latestDeltaLink(Call &call, const QString &kind, const QString &collection);
    Reply memberOf(Call &call, const QString &objectId, bool transitive);
    Reply authentication(Call &call, User &user, const QStringList &rest);
    Reply phoneMethods(Call &call, User &user, const QStringList &rest);
    Reply emailMethods(Call &call, User &user, const QStringList &rest);
    Reply tapMethods(Call &call, User &user, const QStringList &rest);
    Reply hardwareOathMethods(Call &call, User &user, const QStringList &rest);
    Reply readOnlyMethods(Call &call, User &user, const QStringList &rest, int kind, bool deletable);

    Reply groupsRoute(Call &call);
    Reply listGroups(Call &call);
    Reply createGroup(Call &call);
    Reply groupsDelta(Call &call);
    Reply groupMembers(Call &call, Group &group, const QStringList &rest, bool transitive);

    Reply policiesRoute(Call &call);
    Reply reportsRoute(Call &call);
    Reply directoryRoute(Call &call);
    Reply organization(Call &call);

    // helpers
    Reply error(const Call &call, int status, const QString &code, const QString &message) const;
    Reply throttled(const Call &call, int retryAfter, const QByteArray &information) const;
    static Reply json(int status, const QJsonObject &object);
    static Reply rawJson(int status, QByteArray body);
    static Reply noContent();
    Reply notFound(const Call &call, const QString &id) const;
    Reply badSegment(const Call &call, const QString &segment) const;
    Reply methodNotAllowed(const Call &call) const;
    std::optional<Reply> parseTop(const Call &call, int defaultTop, int *top) const;
    std::optional<Reply> parseBody(const Call &call, QJsonObject *body) const;
    std::optional<Reply> writeGate(const Call &call, const User *target, double *usage);
    QString context(const Call &call, const QString &fragment) const;
    QString nextLink(const Call &call, const QJsonObject &state, bool keepQuery, const char *tokenName) const;
    static QString encodeToken(const QJsonObject &state);
    static QJsonObject decodeToken(const QString &token);
    bool isAdminBlocked(const User &user) const;
    static int resourceUnits(const Call &call);
    bool masked() const;

    ServerCore &m_core;
    WriteQuota m_quota;
    QStringList m_issuedPasses;
};

} // namespace Sspr::FakeGraph
