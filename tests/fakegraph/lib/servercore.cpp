#include "servercore.h"

#include "graphendpoint.h"
#include "oauthendpoint.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sspr::FakeGraph {

ServerCore::ServerCore(const Options &opts)
    : options(opts)
    , faults(opts.seed ^ 0x0f0f0f0f12345678ULL)
{
    model.generate(options);
    oauth = std::make_unique<OAuthEndpoint>(*this);
    graph = std::make_unique<GraphEndpoint>(*this);
}

ServerCore::~ServerCore() = default;

QString ServerCore::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray ServerCore::httpDate()
{
    return QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

HttpResponse ServerCore::handle(const HttpRequest &request)
{
    QMutexLocker locker(&mutex);
    ++counters.requests;
    const QString requestId = newRequestId();
    HttpResponse response;
    if (request.path.startsWith(u"/v1.0/", Qt::CaseInsensitive)
        || request.path.startsWith(u"/beta/", Qt::CaseInsensitive)) {
        response = graph->handle(request, requestId);
    } else if (oauth->handles(request)) {
        response = oauth->handle(request, requestId);
    } else {
        response.status = 404;
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.body = QJsonDocument(
            QJsonObject {
                {u"error"_s, QJsonObject {{u"code"_s, u"NotFound"_s}, {u"message"_s, u"No route for this path."_s}}}})
                            .toJson(QJsonDocument::Compact);
    }
    response.setHeader("request-id", requestId.toLatin1());
    const QByteArray clientRequestId = request.header("client-request-id");
    if (!clientRequestId.isEmpty())
        response.setHeader("client-request-id", clientRequestId);
    const QByteArray msClientRequestId = request.header("x-ms-client-request-id");
    if (!msClientRequestId.isEmpty())
        response.setHeader("x-ms-client-request-id", msClientRequestId);
    if (response.latencyMs == 0)
        response.latencyMs = options.latencyMs;
    return response;
}

} // namespace Sspr::FakeGraph
