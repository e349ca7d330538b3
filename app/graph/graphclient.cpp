#include "graphclient.h"

#include "accesstokenprovider.h"
#include "cloud.h"
#include "grapherrortext.h"
#include "graphlog.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <cmath>

namespace Sspr::Graph {

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {

constexpr int kMaxRedirects = 3;
constexpr int kMaxBatchItems = 20;
// A Retry-After beyond this is treated as this: a bound, so a confused server cannot park a job for hours.
constexpr qint64 kMaxRetryAfterSeconds = 600;

struct ClientState
{
    QUrl root;
    QString rootError; // why the root was refused (checkEndpointUrl), empty when fine
    AccessTokenProvider *tokens = nullptr;
    QNetworkAccessManager *nam = nullptr;
    RetryPolicy policy;
    qint64 sent = 0;
    qint64 throttled = 0;
};

QString rootWithoutSlash(const QUrl &root)
{
    QString s = root.toString(QUrl::FullyEncoded);
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

// Same scheme, host and port as the Graph root: paging links and redirects may not lead anywhere else, and an https
// root never continues over http.
bool sameOrigin(const QUrl &url, const QUrl &root)
{
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == u"https"_s ? 443 : 80;
    return scheme == root.scheme().toLower() && url.host().compare(root.host(), Qt::CaseInsensitive) == 0
        && url.port(defaultPort) == root.port(defaultPort) && url.userInfo().isEmpty();
}

milliseconds backoffDelay(const RetryPolicy &policy, int attempt)
{
    const double exponential = double(qMax(1, policy.baseDelayMs)) * std::pow(2.0, qMax(0, attempt - 1));
    const qint64 capped = qMin<qint64>(qMax(1, policy.maxDelayMs), qint64(qMin(exponential, 1e12)));
    // Equal jitter: at least half the delay, so clients that failed together do not retry together.
    const qint64 half = capped / 2;
    return milliseconds(half + qint64(QRandomGenerator::global()->bounded(double(half + 1))));
}

milliseconds parseRetryAfter(const QByteArray &raw)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return milliseconds(-1);
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok && seconds >= 0)
        return milliseconds(qint64(qMin<double>(seconds, kMaxRetryAfterSeconds) * 1000.0));
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (at.isValid()) {
        return milliseconds(
            qBound<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at), kMaxRetryAfterSeconds * 1000));
    }
    return milliseconds(-1);
}

// Reads Graph's error JSON ({"error":{"code","message","innerError":{"request-id"}}}) into the result.
void readError(const QJsonDocument &doc, GraphResult &result, QString &serverMessage)
{
    const QJsonObject error = doc.object().value(u"error"_s).toObject();
    if (error.isEmpty())
        return;
    result.errorCode = error.value(u"code"_s).toString();
    serverMessage = error.value(u"message"_s).toString();
    if (result.requestId.isEmpty()) {
        QJsonObject inner = error.value(u"innerError"_s).toObject();
        if (inner.isEmpty())
            inner = error.value(u"innererror"_s).toObject();
        result.requestId = inner.value(u"request-id"_s).toString();
    }
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    // 1-99: connection level, 101-199: proxy. Content and protocol errors (>= 200) come with an HTTP status.
    return error != QNetworkReply::NoError && int(error) < 200;
}

// One request: token, send, evaluate, maybe retry; exactly one finished().
class RequestJob final : public GraphJob
{
public:
    RequestJob(ClientState *client, GraphRequest request, QObject *parent)
        : GraphJob(parent)
        , m_client(client)
        , m_request(std::move(request))
        , m_method(m_request.method.toUpper())
        , m_clientRequestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_retryTimer.setSingleShot(true);
        // A coarse timer may fire 5 % early; Retry-After is a floor.
        m_retryTimer.setTimerType(Qt::PreciseTimer);
        connect(&m_retryTimer, &QTimer::timeout, this, [this] { requestToken(); });
    }

    ~RequestJob() override
    {
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
        }
    }

    void start()
    {
        if (m_done)
            return;
        if (!m_client->rootError.isEmpty()) {
            failLocally(u"insecureUrl"_s, m_client->rootError);
            return;
        }
        const QString &path = m_request.path;
        if (path.startsWith(u"https://"_s, Qt::CaseInsensitive) || path.startsWith(u"http://"_s, Qt::CaseInsensitive)) {
            const QUrl link(path);
            if (!link.isValid() || !sameOrigin(link, m_client->root)) {
                failLocally(u"insecureUrl"_s,
                    GraphClient::tr("Microsoft Graph gave a link to %1, which is not on %2; it was not followed.")
                        .arg(link.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                            m_client->root.toDisplayString()));
                return;
            }
            m_url = link;
        } else if (path.startsWith(u'/')) {
            m_url = QUrl(rootWithoutSlash(m_client->root) + path, QUrl::TolerantMode);
        } else {
            m_url = QUrl();
        }
        // The final guard: whatever the path held, the request goes to the Graph root's origin and nowhere else.
        if (!m_url.isValid() || !sameOrigin(m_url, m_client->root)) {
            failLocally(u"invalidRequest"_s, GraphClient::tr("\"%1\" is not a valid Microsoft Graph path.").arg(path));
            return;
        }
        requestToken();
    }

    void abort() override
    {
        if (m_done)
            return;
        GraphResult result = baseResult();
        result.errorCode = u"cancelled"_s;
        complete(std::move(result));
    }

private:
    GraphResult baseResult() const
    {
        GraphResult result;
        result.clientRequestId = m_clientRequestId;
        result.attempts = qMax(1, m_attempts);
        result.throttledCount = m_throttledCount;
        return result;
    }

    void failLocally(const QString &code, const QString &detail)
    {
        GraphResult result = baseResult();
        result.errorCode = code;
        complete(std::move(result), {}, detail);
    }

    void requestToken()
    {
        if (m_done)
            return;
        if (!m_client->tokens) {
            sendHttp();
            return;
        }
        m_client->tokens->accessToken(this, [this](Core::Result<QString> token) {
            if (m_done)
                return;
            if (!token) {
                failLocally(u"signInRequired"_s, token.errorMessage());
                return;
            }
            m_token = token.value();
            sendHttp();
        });
    }

    void sendHttp(bool redirect = false)
    {
        QNetworkRequest request(m_url);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        request.setRawHeader("client-request-id", m_clientRequestId.toLatin1());
        request.setRawHeader("return-client-request-id", "true");
        request.setRawHeader("Accept", "application/json");
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("SsprConsole/" SSPR_VERSION));
        if (m_request.eventualConsistency)
            request.setRawHeader("ConsistencyLevel", "eventual");
        request.setTransferTimeout(m_request.timeoutMs);
        // Redirects are checked here (host, scheme, count), never followed blindly by Qt.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

        if (!redirect)
            ++m_attempts;
        ++m_client->sent;
        const bool hasBody = !m_request.body.isNull();
        const QByteArray body = hasBody ? m_request.body.toJson(QJsonDocument::Compact) : QByteArray();
        if (hasBody)
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkAccessManager *nam = m_client->nam;
        if (m_method == "GET")
            m_reply = nam->get(request);
        else if (m_method == "DELETE" && !hasBody)
            m_reply = nam->deleteResource(request);
        else if (m_method == "POST")
            m_reply = nam->post(request, body);
        else if (m_method == "PUT")
            m_reply = nam->put(request, body);
        else
            m_reply = nam->sendCustomRequest(request, m_method, body);
        connect(m_reply, &QNetworkReply::finished, this, [this] { onReplyFinished(); });
    }

    bool mayRetry() const { return m_attempts < m_client->policy.maxAttempts; }

    void retryLater(milliseconds delay, const GraphResult &why)
    {
        qCInfo(lcGraph, "%s %s: HTTP %d %s, attempt %d, retrying in %lld ms (client-request-id %s)",
            m_method.constData(), qUtf8Printable(m_url.path()), why.httpStatus, qUtf8Printable(why.errorCode),
            m_attempts, qlonglong(delay.count()), qUtf8Printable(m_clientRequestId));
        m_retryTimer.start(delay);
    }

    void onReplyFinished()
    {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        if (!reply)
            return;
        reply->deleteLater();
        if (m_done)
            return;

        GraphResult result = baseResult();
        const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError error = reply->error();

        // No (complete) HTTP answer: refused, reset, dropped mid-body, timed out.
        if (!statusAttribute.isValid() || isTransportError(error)) {
            const bool timedOut
                = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
            result.errorCode = timedOut ? u"timeout"_s : u"networkError"_s;
            // A request that timed out is retried once at most: the person has already waited a full timeout.
            const bool retryable = m_request.idempotent && mayRetry() && (!timedOut || m_attempts < 2);
            if (retryable) {
                retryLater(backoffDelay(m_client->policy, m_attempts), result);
                return;
            }
            complete(std::move(result), {}, reply->errorString());
            return;
        }

        const int status = statusAttribute.toInt();
        result.httpStatus = status;
        result.requestId = QString::fromLatin1(reply->rawHeader("request-id"));
        result.retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"));
        result.throttleLimitPercentage = reply->rawHeader("x-ms-throttle-limit-percentage").trimmed().toDouble();

        if (status >= 300 && status < 400 && status != 304) {
            followRedirect(reply, std::move(result));
            return;
        }

        const QByteArray body = reply->readAll();
        QString serverMessage;
        bool badJson = false;
        if (!body.trimmed().isEmpty()) {
            const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error == QJsonParseError::NoError) {
                result.json = doc;
                readError(doc, result, serverMessage);
            } else if (contentType.isEmpty() || contentType.contains("json")) {
                badJson = true;
            } else {
                result.rawBody = body;
            }
        }

        if (status == 401 && !m_tokenRenewed && m_client->tokens) {
            // InvalidAuthenticationToken: the cached token was revoked or expired early. One fresh token, one retry.
            m_tokenRenewed = true;
            m_token.clear();
            m_client->tokens->invalidate();
            qCInfo(lcGraph, "%s %s: HTTP 401 %s, fetching a new token", m_method.constData(),
                qUtf8Printable(m_url.path()), qUtf8Printable(result.errorCode));
            --m_attempts; // the resend with a fresh token is part of the same attempt
            requestToken();
            return;
        }
        if (status == 429) {
            ++m_client->throttled;
            result.throttledCount = ++m_throttledCount;
            if (mayRetry()) {
                retryLater(
                    result.retryAfter.count() >= 0 ? result.retryAfter : backoffDelay(m_client->policy, m_attempts),
                    result);
                return;
            }
        }
        if ((status == 503 || status == 504) && m_request.idempotent && mayRetry()) {
            retryLater(result.retryAfter.count() >= 0 ? result.retryAfter : backoffDelay(m_client->policy, m_attempts),
                result);
            return;
        }
        if (badJson && status >= 200 && status < 300) {
            result.errorCode = u"invalidJson"_s;
            if (m_request.idempotent && mayRetry()) {
                retryLater(backoffDelay(m_client->policy, m_attempts), result);
                return;
            }
        }
        complete(std::move(result), serverMessage);
    }

    void followRedirect(QNetworkReply *reply, GraphResult result)
    {
        const QUrl target = m_url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (++m_redirects > kMaxRedirects) {
            result.errorCode = u"tooManyRedirects"_s;
            complete(std::move(result));
            return;
        }
        const int status = result.httpStatus;
        const bool keepsMethod = status == 307 || status == 308;
        if (!target.isValid() || !sameOrigin(target, m_client->root) || !checkEndpointUrl(target)
            || (!keepsMethod && m_method != "GET" && status != 303)) {
            result.errorCode = u"insecureUrl"_s;
            complete(std::move(result), {},
                GraphClient::tr("Microsoft Graph redirected the request to %1, which is another host, not encrypted, "
                                "or would change the request; it was not followed.")
                    .arg(target.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
            return;
        }
        if (status == 303 && m_method != "GET") {
            m_method = QByteArrayLiteral("GET");
            m_request.body = QJsonDocument();
        }
        m_url = target;
        sendHttp(true);
    }

    void complete(GraphResult result, const QString &serverMessage = {}, const QString &detail = {})
    {
        if (m_done)
            return;
        m_done = true;
        m_retryTimer.stop();
        m_token.clear();
        if (m_reply) {
            QNetworkReply *reply = m_reply;
            m_reply.clear();
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        if (!result.ok() && result.message.isEmpty()) {
            result.message = GraphErrorText::message(
                result, {m_request.method, m_request.path, serverMessage, detail, m_request.timeoutMs});
        }
        Q_EMIT finished(result);
        deleteLater();
    }

    ClientState *m_client;
    GraphRequest m_request;
    QByteArray m_method;
    QString m_clientRequestId;
    QUrl m_url;
    QString m_token; // this attempt's bearer token, kept only while the job runs
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    int m_attempts = 0;
    int m_redirects = 0;
    int m_throttledCount = 0;
    bool m_tokenRenewed = false;
    bool m_done = false;
};

// A $batch: items that come back 429 (or 503/504 when idempotent) go out again in a smaller follow-up batch.
class BatchJob final : public GraphBatchJob
{
public:
    BatchJob(ClientState *client, QList<GraphRequest> requests, QObject *parent)
        : GraphBatchJob(parent)
        , m_client(client)
        , m_requests(std::move(requests))
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] { sendRound(); });
    }

    void start()
    {
        if (m_done)
            return;
        const qsizetype n = m_requests.size();
        m_results.resize(n);
        m_attempts.fill(0, n);
        m_throttledCounts.fill(0, n);
        if (n > kMaxBatchItems) {
            failAll(u"invalidRequest"_s,
                GraphClient::tr("A Microsoft Graph batch holds at most %1 requests; this one had %2.")
                    .arg(kMaxBatchItems)
                    .arg(n));
            return;
        }
        for (qsizetype i = 0; i < n; ++i) {
            const Core::Result<QString> url = itemUrl(m_requests.at(i).path);
            if (!url) {
                failAll(u"invalidRequest"_s, url.errorMessage());
                return;
            }
            m_urls.append(url.value());
            m_pending.append(int(i));
        }
        if (n == 0) {
            finish();
            return;
        }
        sendRound();
    }

    void abort() override
    {
        if (m_emitted)
            return;
        if (m_done) {
            finish(); // refused, its queued finished() not yet delivered: deliver it now
            return;
        }
        for (int i : std::as_const(m_pending)) {
            GraphResult result;
            result.errorCode = u"cancelled"_s;
            result.attempts = qMax(1, m_attempts.at(i));
            result.throttledCount = m_throttledCounts.at(i);
            result.message = GraphErrorText::message(result, {});
            m_results[i] = result;
        }
        finish();
    }

private:
    // Items are addressed relative to the version of the $batch endpoint: "/v1.0/users/x" -> "/users/x".
    Core::Result<QString> itemUrl(const QString &path)
    {
        QString relative = path;
        if (path.startsWith(u"https://"_s, Qt::CaseInsensitive) || path.startsWith(u"http://"_s, Qt::CaseInsensitive)) {
            const QUrl link(path);
            if (!link.isValid() || !sameOrigin(link, m_client->root)) {
                return Core::Error {GraphClient::tr("Microsoft Graph gave a link to %1, which is not on %2; it was not "
                                                    "followed.")
                                        .arg(link.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                                            m_client->root.toDisplayString())};
            }
            relative = link.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
        }
        const qsizetype slash = relative.indexOf(u'/', 1);
        if (!relative.startsWith(u'/') || slash < 0)
            return Core::Error {GraphClient::tr("\"%1\" is not a valid Microsoft Graph path.").arg(path)};
        const QString version = relative.mid(1, slash - 1);
        if (m_version.isEmpty())
            m_version = version;
        else if (version != m_version) {
            return Core::Error {
                GraphClient::tr("One batch can't mix Graph versions (%1 and %2).").arg(m_version, version)};
        }
        return relative.mid(slash);
    }

    void failAll(const QString &code, const QString &message)
    {
        for (GraphResult &result : m_results) {
            result.errorCode = code;
            result.message = message;
        }
        m_pending.clear();
        // Queued like every other outcome, so the caller can connect first.
        QMetaObject::invokeMethod(
            this, [this] { finish(); }, Qt::QueuedConnection);
        m_done = true;
    }

    void sendRound()
    {
        if (m_done)
            return;
        QJsonArray items;
        bool idempotent = true;
        int timeoutMs = 0;
        for (int i : std::as_const(m_pending)) {
            const GraphRequest &request = m_requests.at(i);
            QJsonObject item {{u"id"_s, QString::number(i + 1)}, {u"method"_s, QString::fromLatin1(request.method)},
                {u"url"_s, m_urls.at(i)}};
            QJsonObject headers;
            if (!request.body.isNull()) {
                item.insert(u"body"_s,
                    request.body.isArray() ? QJsonValue(request.body.array()) : QJsonValue(request.body.object()));
                headers.insert(u"Content-Type"_s, u"application/json"_s);
            }
            if (request.eventualConsistency)
                headers.insert(u"ConsistencyLevel"_s, u"eventual"_s);
            if (!headers.isEmpty())
                item.insert(u"headers"_s, headers);
            items.append(item);
            idempotent = idempotent && request.idempotent;
            timeoutMs = qMax(timeoutMs, request.timeoutMs);
            ++m_attempts[i];
        }
        GraphRequest batch = GraphRequest::withBody(QByteArrayLiteral("POST"), u"/"_s + m_version + u"/$batch"_s,
            QJsonDocument(QJsonObject {{u"requests"_s, items}}));
        // The $batch POST itself may be resent after a 503 or a dropped connection only if every item may.
        batch.idempotent = idempotent;
        batch.timeoutMs = timeoutMs;
        auto *job = new RequestJob(m_client, batch, parent());
        m_inner = job;
        connect(job, &GraphJob::finished, this, [this](const GraphResult &result) { onRoundFinished(result); });
        job->start();
    }

    GraphResult itemResult(int index, const QJsonObject &response, const GraphResult &batch) const
    {
        GraphResult result;
        result.httpStatus = response.value(u"status"_s).toInt();
        result.attempts = m_attempts.at(index);
        result.clientRequestId = batch.clientRequestId;
        result.throttleLimitPercentage = batch.throttleLimitPercentage;
        const QJsonObject headers = response.value(u"headers"_s).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            const QString name = it.key().toLower();
            const QString value = it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
            if (name == u"retry-after"_s)
                result.retryAfter = parseRetryAfter(value.toLatin1());
            else if (name == u"request-id"_s)
                result.requestId = value;
            else if (name == u"client-request-id"_s)
                result.clientRequestId = value;
            else if (name == u"x-ms-throttle-limit-percentage"_s)
                result.throttleLimitPercentage = value.toDouble();
        }
        const QJsonValue body = response.value(u"body"_s);
        QString serverMessage;
        if (body.isObject()) {
            result.json = QJsonDocument(body.toObject());
            readError(result.json, result, serverMessage);
        } else if (body.isArray()) {
            result.json = QJsonDocument(body.toArray());
        } else if (body.isString()) {
            result.rawBody = body.toString().toUtf8();
        }
        if (result.requestId.isEmpty())
            result.requestId = batch.requestId;
        if (!result.ok()) {
            const GraphRequest &request = m_requests.at(index);
            result.message = GraphErrorText::message(
                result, {request.method, request.path, serverMessage, QString(), request.timeoutMs});
        }
        return result;
    }

    void onRoundFinished(const GraphResult &batch)
    {
        m_inner.clear();
        if (m_done)
            return;
        for (int i : std::as_const(m_pending))
            m_throttledCounts[i] += batch.throttledCount;
        if (!batch.ok()) {
            for (int i : std::as_const(m_pending)) {
                GraphResult result = batch;
                result.attempts = m_attempts.at(i);
                result.throttledCount = m_throttledCounts.at(i);
                m_results[i] = result;
            }
            m_pending.clear();
            finish();
            return;
        }
        QHash<int, QJsonObject> responses;
        const QJsonArray array = batch.object().value(u"responses"_s).toArray();
        for (const QJsonValue &value : array) {
            const QJsonObject response = value.toObject();
            bool ok = false;
            const int index = response.value(u"id"_s).toString().toInt(&ok) - 1;
            if (ok && index >= 0 && index < m_requests.size())
                responses.insert(index, response);
        }
        QList<int> again;
        milliseconds longestRetryAfter(-1);
        bool needsBackoff = false;
        const int maxAttempts = m_client->policy.maxAttempts;
        for (int i : std::as_const(m_pending)) {
            const GraphRequest &request = m_requests.at(i);
            const bool attemptsLeft = m_attempts.at(i) < maxAttempts;
            if (!responses.contains(i)) {
                GraphResult result = batch;
                result.json = QJsonDocument();
                result.errorCode = u"invalidJson"_s;
                result.attempts = m_attempts.at(i);
                result.throttledCount = m_throttledCounts.at(i);
                result.message = GraphErrorText::message(result, {});
                m_results[i] = result;
                if (request.idempotent && attemptsLeft) {
                    again.append(i);
                    needsBackoff = true;
                }
                continue;
            }
            m_results[i] = itemResult(i, responses.value(i), batch);
            const GraphResult &result = m_results.at(i);
            const bool throttled = result.httpStatus == 429;
            if (throttled) {
                ++m_client->throttled;
                ++m_throttledCounts[i];
            }
            m_results[i].throttledCount = m_throttledCounts.at(i);
            const bool unavailable = result.httpStatus == 503 || result.httpStatus == 504;
            if (attemptsLeft && (throttled || (unavailable && request.idempotent))) {
                again.append(i);
                if (result.retryAfter.count() >= 0)
                    longestRetryAfter = qMax(longestRetryAfter, result.retryAfter);
                else
                    needsBackoff = true;
            }
        }
        m_pending = again;
        if (m_pending.isEmpty()) {
            finish();
            return;
        }
        ++m_round;
        milliseconds delay = qMax(longestRetryAfter, milliseconds(0));
        if (needsBackoff)
            delay = qMax(delay, backoffDelay(m_client->policy, m_round));
        qCInfo(lcGraph, "$batch: %d item(s) retried alone in %lld ms", int(m_pending.size()), qlonglong(delay.count()));
        m_timer.start(delay);
    }

    void finish()
    {
        if (m_emitted)
            return;
        m_emitted = true;
        m_done = true;
        m_timer.stop();
        if (m_inner) {
            GraphJob *inner = m_inner;
            m_inner.clear();
            inner->disconnect(this);
            inner->abort();
        }
        Q_EMIT finished(m_results);
        deleteLater();
    }

    ClientState *m_client;
    QList<GraphRequest> m_requests;
    QStringList m_urls;
    QString m_version;
    QList<GraphResult> m_results;
    QList<int> m_attempts;
    QList<int> m_throttledCounts; // 429s per item, the whole $batch's included
    QList<int> m_pending;
    QPointer<GraphJob> m_inner;
    QTimer m_timer;
    int m_round = 0;
    bool m_done = false;
    bool m_emitted = false;
};

} // namespace

class GraphClient::Private : public ClientState
{
};

GraphClient::GraphClient(const QUrl &graphRoot, AccessTokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->root = graphRoot;
    if (const Core::Status status = checkEndpointUrl(graphRoot); !status)
        d->rootError = status.errorMessage();
    d->tokens = tokens;
    d->nam = new QNetworkAccessManager(this);
}

GraphClient::~GraphClient()
{
    // Every job still running finishes (cancelled) before the client goes: exactly one finished() each.
    const auto batches = findChildren<GraphBatchJob *>(Qt::FindDirectChildrenOnly);
    for (GraphBatchJob *job : batches)
        job->abort();
    const auto jobs = findChildren<GraphJob *>(Qt::FindDirectChildrenOnly);
    for (GraphJob *job : jobs)
        job->abort();
    delete d;
    d = nullptr;
}

QUrl GraphClient::graphRoot() const
{
    return d->root;
}

void GraphClient::setRetryPolicy(const RetryPolicy &policy)
{
    d->policy = policy;
    d->policy.maxAttempts = qMax(1, policy.maxAttempts);
}

GraphJob *GraphClient::send(const GraphRequest &request)
{
    auto *job = new RequestJob(d, request, this);
    // Started from the event loop, so even an immediate refusal arrives after the caller has connected.
    QMetaObject::invokeMethod(
        job, [job] { job->start(); }, Qt::QueuedConnection);
    return job;
}

GraphBatchJob *GraphClient::sendBatch(const QList<GraphRequest> &requests)
{
    auto *job = new BatchJob(d, requests, this);
    QMetaObject::invokeMethod(
        job, [job] { job->start(); }, Qt::QueuedConnection);
    return job;
}

qint64 GraphClient::requestsSent() const
{
    return d->sent;
}

qint64 GraphClient::throttledResponses() const
{
    return d->throttled;
}

QString GraphClient::odataString(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\'', u"''"_s);
    return u'\'' + escaped + u'\'';
}

} // namespace Sspr::Graph
