#include "graphendpoint.h"

#include "faketotp.h"
#include "jsonbytes.h"
#include "oauthendpoint.h"
#include "odatafilter.h"
#include "servercore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sspr::FakeGraph {

namespace {

bool is(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

const QString syncStateMessage
    = u"The sync state generation is not found. The delta token is expired and data must be synchronized again."_s;
const QString deniedMessage = u"Insufficient privileges to complete the operation."_s;
// graph-facts §3.3: our approximation of Graph's format rule, "+{country code} {number}x{extension}".
const QRegularExpression phonePattern(u"^\\+[1-9]\\d{0,3} \\d{4,20}(x\\d{1,10})?$"_s);
const QString phoneFormatMessage
    = u"Invalid phone number format. Use '+{country code} {number}x{extension}', for example '+1 5555551234x123'."_s;

UserField userFieldByName(const QString &name, bool *ok)
{
    static const QHash<QString, UserField> fields = [] {
        QHash<QString, UserField> map;
        for (int f = 0; f < int(UserField::Count); ++f)
            map.insert(QString::fromLatin1(TenantModel::userFieldName(UserField(f))).toLower(), UserField(f));
        return map;
    }();
    const auto it = fields.constFind(name.toLower());
    *ok = it != fields.constEnd();
    return *ok ? it.value() : UserField::Id;
}

struct SearchTerm
{
    QString property;
    QString token;
};

// $search="displayName:wa" OR "mail:wa" (graph-facts §6.2; the OR syntax is unverified there).
bool parseSearch(const QString &text, QList<SearchTerm> *terms, bool *any, QString *error)
{
    terms->clear();
    *any = false;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        if (i >= text.size())
            break;
        if (text.at(i) != u'"') {
            const qsizetype end = text.indexOf(u' ', i);
            const QString word = text.mid(i, end < 0 ? -1 : end - i);
            if (is(word, u"OR"))
                *any = true;
            else if (!is(word, u"AND")) {
                *error = u"Syntax error: $search terms must be quoted, like \"displayName:wa\"."_s;
                return false;
            }
            i = end < 0 ? text.size() : end;
            continue;
        }
        const qsizetype close = text.indexOf(u'"', i + 1);
        if (close < 0) {
            *error = u"Syntax error: unterminated quote in $search."_s;
            return false;
        }
        const QString term = text.mid(i + 1, close - i - 1);
        const qsizetype colon = term.indexOf(u':');
        if (colon <= 0) {
            *error = u"Syntax error: character '\"' is not valid at position %1 in '%2'."_s.arg(i).arg(text);
            return false;
        }
        terms->append({term.left(colon).trimmed(), term.mid(colon + 1).trimmed()});
        i = close + 1;
    }
    if (terms->isEmpty()) {
        *error = u"Syntax error: empty $search."_s;
        return false;
    }
    return true;
}

// Tokenised prefix match: any word of the value starts with the token, or the whole value does.
bool searchMatches(const QString &value, const QString &token)
{
    if (value.startsWith(token, Qt::CaseInsensitive))
        return true;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i == value.size() || !value.at(i).isLetterOrNumber()) {
            if (i > start && QStringView(value).mid(start).startsWith(token, Qt::CaseInsensitive))
                return true;
            start = i + 1;
        }
    }
    return false;
}

bool selectFields(const QString &select, const QJsonObject &sample, QStringList *fields, QString *unknown)
{
    fields->clear();
    for (const QString &raw : select.split(u',', Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed();
        bool found = false;
        for (auto it = sample.begin(); it != sample.end(); ++it) {
            if (is(it.key(), name)) {
                fields->append(it.key());
                found = true;
                break;
            }
        }
        if (!found && !is(name, u"members")) {
            *unknown = name;
            return false;
        }
    }
    if (!fields->isEmpty() && !fields->contains(u"id"_s))
        fields->append(u"id"_s);
    return true;
}

QJsonObject project(const QJsonObject &object, const QStringList &fields)
{
    if (fields.isEmpty())
        return object;
    QJsonObject out;
    for (const QString &f : fields) {
        if (object.contains(f))
            out.insert(f, object.value(f));
    }
    return out;
}

void appendObject(QByteArray &out, const QJsonObject &object)
{
    out.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject withType(QJsonObject object, const QString &type)
{
    object.insert(u"@odata.type"_s, u"#microsoft.graph."_s + type);
    return object;
}

} // namespace

QString GraphEndpoint::Call::q(QStringView name) const
{
    for (const auto &item : query) {
        if (is(item.first, name))
            return item.second;
    }
    return {};
}

bool GraphEndpoint::Call::has(QStringView name) const
{
    for (const auto &item : query) {
        if (is(item.first, name))
            return true;
    }
    return false;
}

bool GraphEndpoint::Call::eventual() const
{
    return is(QString::fromLatin1(headers.value("consistencylevel")).trimmed(), u"eventual");
}

GraphEndpoint::GraphEndpoint(ServerCore &core)
    : m_core(core)
{
    m_quota.configure(core.options.writeQuota, core.options.writeWindowMs);
}

// ---------------------------------------------------------------------------------------------------------------
// Replies

GraphEndpoint::Reply GraphEndpoint::rawJson(int status, QByteArray body)
{
    Reply r;
    r.status = status;
    r.setHeader("Content-Type",
        "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8");
    r.body = std::move(body);
    return r;
}

GraphEndpoint::Reply GraphEndpoint::json(int status, const QJsonObject &object)
{
    return rawJson(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

GraphEndpoint::Reply GraphEndpoint::noContent()
{
    Reply r;
    r.status = 204;
    return r;
}

// Error JSON of graph-facts §8.1.
GraphEndpoint::Reply GraphEndpoint::error(
    const Call &call, int status, const QString &code, const QString &message) const
{
    QJsonObject inner {{u"date"_s, QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddThh:mm:ss"_s)},
        {u"request-id"_s, call.requestId}};
    if (!call.clientRequestId.isEmpty())
        inner.insert(u"client-request-id"_s, call.clientRequestId);
    return json(status,
        QJsonObject {{u"error"_s, QJsonObject {{u"code"_s, code}, {u"message"_s, message}, {u"innerError"_s, inner}}}});
}

// 429 of graph-facts §8.2.
GraphEndpoint::Reply GraphEndpoint::throttled(const Call &call, int retryAfter, const QByteArray &information) const
{
    QJsonObject inner {{u"code"_s, u"429"_s},
        {u"date"_s, QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddThh:mm:ss"_s)},
        {u"message"_s, u"Please retry after"_s}, {u"request-id"_s, call.requestId}, {u"status"_s, u"429"_s}};
    if (!call.clientRequestId.isEmpty())
        inner.insert(u"client-request-id"_s, call.clientRequestId);
    Reply r = json(429,
        QJsonObject {{u"error"_s,
            QJsonObject {{u"code"_s, u"TooManyRequests"_s}, {u"message"_s, u"Please retry again later."_s},
                {u"innerError"_s, inner}}}});
    r.setHeader("Retry-After", QByteArray::number(retryAfter));
    if (!information.isEmpty()) {
        r.setHeader("x-ms-throttle-information", information);
        r.setHeader("x-ms-throttle-scope",
            (u"Tenant_Application/ReadWrite/"_s + call.appId + u'/' + m_core.model.tenantId).toUtf8());
    }
    return r;
}

GraphEndpoint::Reply GraphEndpoint::notFound(const Call &call, const QString &id) const
{
    return error(call, 404, u"Request_ResourceNotFound"_s,
        u"Resource '%1' does not exist or one of its queried reference-property objects are not present."_s.arg(id));
}

GraphEndpoint::Reply GraphEndpoint::badSegment(const Call &call, const QString &segment) const
{
    return error(call, 400, u"BadRequest"_s, u"Resource not found for the segment '%1'."_s.arg(segment));
}

GraphEndpoint::Reply GraphEndpoint::methodNotAllowed(const Call &call) const
{
    return error(call, 405, u"Request_BadRequest"_s, u"Specified HTTP method is not allowed for the request target."_s);
}

std::optional<GraphEndpoint::Reply> GraphEndpoint::parseTop(const Call &call, int defaultTop, int *top) const
{
    *top = defaultTop;
    const QString prefer = QString::fromLatin1(call.headers.value("prefer"));
    const qsizetype pos = prefer.indexOf(u"odata.maxpagesize="_s, 0, Qt::CaseInsensitive);
    if (pos >= 0) {
        const int size = prefer.mid(pos + 18).section(u',', 0, 0).trimmed().toInt();
        if (size > 0)
            *top = qMin(size, 999);
    }
    if (!call.has(u"$top"))
        return std::nullopt;
    bool ok = false;
    const QString text = call.q(u"$top");
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 999)
        return error(call, 400, u"Request_UnsupportedQuery"_s,
            u"Invalid page size specified: '%1'. Must be between 1 and 999 inclusive."_s.arg(text));
    *top = value;
    return std::nullopt;
}

std::optional<GraphEndpoint::Reply> GraphEndpoint::parseBody(const Call &call, QJsonObject *body) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(call.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(call, 400, u"BadRequest"_s,
            u"Unable to read JSON request payload. Please ensure Content-Type "
            u"header is set and payload is of valid JSON format."_s);
    *body = doc.object();
    return std::nullopt;
}

QString GraphEndpoint::context(const Call &call, const QString &fragment) const
{
    return m_core.baseUrl + u'/' + call.version + u"/$metadata#"_s + fragment;
}

QString GraphEndpoint::encodeToken(const QJsonObject &state)
{
    return QString::fromLatin1(QJsonDocument(state)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject GraphEndpoint::decodeToken(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    return QJsonDocument::fromJson(*decoded).object();
}

QString GraphEndpoint::nextLink(const Call &call, const QJsonObject &state, bool keepQuery, const char *tokenName) const
{
    QStringList parts;
    if (keepQuery) {
        for (const auto &item : call.query) {
            if (is(item.first, u"$skiptoken") || is(item.first, u"$deltatoken"))
                continue;
            parts.append(QString::fromLatin1(
                QUrl::toPercentEncoding(item.first, "$") + '=' + QUrl::toPercentEncoding(item.second, "$,'():/=@*!")));
        }
    }
    parts.append(QLatin1StringView(tokenName) + u'=' + encodeToken(state));
    return m_core.baseUrl + call.path + u'?' + parts.join(u'&');
}

bool GraphEndpoint::masked() const
{
    return m_core.options.role == u"authenticationAdministrator";
}

bool GraphEndpoint::isAdminBlocked(const User &user) const
{
    return masked() && user.isAdmin;
}

std::optional<GraphEndpoint::Reply> GraphEndpoint::writeGate(const Call &call, const User *target, double *usage)
{
    if (m_core.options.role == u"globalReader")
        return error(call, 403, u"Authorization_RequestDenied"_s, deniedMessage);
    if (target && isAdminBlocked(*target))
        return error(call, 403, u"Authorization_RequestDenied"_s, deniedMessage);
    int retryAfter = 1;
    if (!m_quota.take(call.appId, nowMs(), &retryAfter, usage)) {
        ++m_core.counters.throttled;
        return throttled(call, retryAfter, "WriteLimitExceeded");
    }
    ++m_core.counters.writes;
    return std::nullopt;
}

// Resource-unit cost of graph-facts §8.3: users 2, members 3, transitiveMembers 5, else 1; writes +1; $select -1,
// $expand +1, $top < 20 -1; at least 1. Only reported (x-ms-resource-unit); the RU budget itself is not enforced.
int GraphEndpoint::resourceUnits(const Call &call)
{
    const QStringList &s = call.segments;
    int cost = 1;
    if (s.size() == 1 && is(s.at(0), u"users"))
        cost = 2;
    else if (s.size() >= 3 && is(s.at(0), u"groups") && is(s.at(2), u"members"))
        cost = 3;
    else if (s.size() >= 3 && is(s.at(0), u"groups") && is(s.at(2), u"transitiveMembers"))
        cost = 5;
    else if (s.size() >= 3 && is(s.at(0), u"users") && (is(s.at(2), u"memberOf") || is(s.at(2), u"transitiveMemberOf")))
        cost = 2;
    if (call.method != "GET")
        cost += 1;
    if (call.has(u"$select"))
        cost -= 1;
    if (call.has(u"$expand"))
        cost += 1;
    if (call.has(u"$top") && call.q(u"$top").toInt() < 20)
        cost -= 1;
    return qMax(1, cost);
}

// ---------------------------------------------------------------------------------------------------------------
// Entry

GraphEndpoint::Reply GraphEndpoint::handle(const HttpRequest &request, const QString &requestId)
{
    Call call;
    call.method = request.method.toUpper();
    QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    call.version = segments.takeFirst().toLower();
    call.segments = segments;
    call.path = request.path;
    call.query = request.query;
    call.headers = request.headers;
    call.body = request.body;
    call.requestId = requestId;
    call.clientRequestId = QString::fromLatin1(request.header("client-request-id"));
    ++m_core.counters.graphRequests;

    OAuthEndpoint::AccessToken token;
    const auto check = m_core.oauth->check(request.header("authorization"), &token);
    if (check != OAuthEndpoint::Check::Valid) {
        const QString message = check == OAuthEndpoint::Check::Missing ? u"Access token is empty."_s
            : check == OAuthEndpoint::Check::Expired ? u"Lifetime validation failed, the token is expired."_s
                                                     : u"Access token validation failure. Invalid token."_s;
        Reply r = error(call, 401, u"InvalidAuthenticationToken"_s, message);
        r.setHeader("WWW-Authenticate",
            "Bearer realm=\"\", authorization_uri=\"" + m_core.baseUrl.toUtf8()
                + "/common/oauth2/authorize\", error=\"invalid_token\"");
        return r;
    }
    call.appId = token.clientId;
    call.userId = token.userId;

    const Options &o = m_core.options;
    if (m_core.faults.chance(o.rate429)) {
        ++m_core.counters.throttled;
        return throttled(call, o.retryAfterSeconds, "ResourceUnitLimitExceeded");
    }
    if (m_core.faults.chance(o.rate503)) {
        ++m_core.counters.unavailable;
        Reply r = error(call, 503, u"serviceNotAvailable"_s, u"The service is temporarily unavailable."_s);
        r.setHeader("Retry-After", QByteArray::number(o.retryAfterSeconds));
        return r;
    }
    Reply r = (!call.segments.isEmpty() && call.segments.at(0) == u"$batch") ? batch(call) : dispatch(call);
    // Drops and truncations happen after the request was processed: the worst case for a client, which must not
    // create a second copy when it retries.
    if (m_core.faults.chance(o.rateDrop)) {
        ++m_core.counters.dropped;
        r.drop = true;
    } else if (m_core.faults.chance(o.rateTruncate) && !r.body.isEmpty()) {
        ++m_core.counters.truncated;
        r.truncate = true;
    }
    return r;
}

GraphEndpoint::Reply GraphEndpoint::dispatch(Call &call)
{
    if (call.segments.isEmpty())
        return badSegment(call, call.version);
    QString head = call.segments.at(0);
    if (head == u"$batch")
        return error(call, 400, u"BadRequest"_s, u"A $batch request cannot contain another $batch request."_s);
    if (is(head, u"me")) {
        if (call.userId.isEmpty())
            return error(
                call, 400, u"BadRequest"_s, u"/me request is only valid with delegated authentication flow."_s);
        call.segments[0] = u"users"_s;
        call.segments.insert(1, call.userId);
        head = call.segments.at(0);
    }
    double usage = 0;
    const bool write = call.method != "GET" && call.method != "HEAD";
    if (write) {
        // Writes aimed at an admin's methods are refused inside the routes, once the user is known.
        if (auto refused = writeGate(call, nullptr, &usage))
            return *refused;
    }
    Reply r;
    if (is(head, u"users"))
        r = usersRoute(call);
    else if (is(head, u"groups"))
        r = groupsRoute(call);
    else if (is(head, u"policies"))
        r = policiesRoute(call);
    else if (is(head, u"reports"))
        r = reportsRoute(call);
    else if (is(head, u"directory"))
        r = directoryRoute(call);
    else if (is(head, u"organization"))
        r = organization(call);
    else
        r = badSegment(call, head);
    if (write && usage > 0.8)
        r.setHeader("x-ms-throttle-limit-percentage", QByteArray::number(usage, 'f', 2));
    r.setHeader("x-ms-resource-unit", QByteArray::number(resourceUnits(call)));
    return r;
}

// ---------------------------------------------------------------------------------------------------------------
// $batch (graph-facts §7)

GraphEndpoint::Reply GraphEndpoint::batch(Call &call)
{
    ++m_core.counters.batchRequests;
    if (call.method != "POST")
        return methodNotAllowed(call);
    QJsonObject body;
    if (auto bad = parseBody(call, &body))
        return *bad;
    const QJsonValue requestsValue = body.value(u"requests"_s);
    if (!requestsValue.isArray())
        return error(call, 400, u"BadRequest"_s, u"Invalid batch payload format: 'requests' must be an array."_s);
    const QJsonArray requests = requestsValue.toArray();
    // Messages of the malformed-batch errors are unverified; the 400 for the whole batch is documented.
    if (requests.isEmpty())
        return error(call, 400, u"BadRequest"_s, u"Invalid batch payload format: no requests."_s);
    if (requests.size() > 20)
        return error(call, 400, u"BadRequest"_s,
            u"Batch request cannot contain more than 20 requests; this one has %1."_s.arg(requests.size()));
    QStringList ids;
    for (const auto &value : requests) {
        const QJsonObject item = value.toObject();
        const QString id = item.value(u"id"_s).toVariant().toString();
        if (id.isEmpty() || item.value(u"method"_s).toString().isEmpty() || item.value(u"url"_s).toString().isEmpty())
            return error(
                call, 400, u"BadRequest"_s, u"Invalid batch payload format: every request needs id, method and url."_s);
        for (const QString &existing : ids) {
            if (is(existing, id))
                return error(
                    call, 400, u"BadRequest"_s, u"Request Id '%1' is duplicated; ids must be unique."_s.arg(id));
        }
        ids.append(id);
        if (item.contains(u"body"_s)) {
            bool hasType = false;
            const QJsonObject headers = item.value(u"headers"_s).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it)
                hasType = hasType || is(it.key(), u"content-type");
            if (!hasType)
                return error(
                    call, 400, u"BadRequest"_s, u"Request '%1' has a body but no Content-Type header."_s.arg(id));
        }
    }
    for (const auto &value : requests) {
        for (const auto &dep : value.toObject().value(u"dependsOn"_s).toArray()) {
            bool known = false;
            for (const QString &id : ids)
                known = known || is(id, dep.toString());
            if (!known)
                return error(call, 400, u"BadRequest"_s,
                    u"Request dependsOn '%1', which is not in the batch."_s.arg(dep.toString()));
        }
    }
    m_core.counters.batchItems += requests.size();

    QHash<QString, int> statusById; // lower-case id -> status
    QList<QJsonObject> responses;
    QList<bool> done(requests.size(), false);
    int remaining = int(requests.size());
    while (remaining > 0) {
        bool progressed = false;
        for (int i = 0; i < requests.size(); ++i) {
            if (done.at(i))
                continue;
            const QJsonObject item = requests.at(i).toObject();
            const QString id = item.value(u"id"_s).toVariant().toString();
            const QJsonArray deps = item.value(u"dependsOn"_s).toArray();
            bool ready = true;
            bool failed = false;
            for (const auto &dep : deps) {
                const QString key = dep.toString().toLower();
                if (!statusById.contains(key))
                    ready = false;
                else if (statusById.value(key) >= 400)
                    failed = true;
            }
            if (!ready)
                continue;
            done[i] = true;
            --remaining;
            progressed = true;

            Call sub;
            sub.inBatch = true;
            sub.method = item.value(u"method"_s).toString().toUpper().toLatin1();
            sub.version = call.version;
            sub.requestId = call.requestId;
            sub.appId = call.appId;
            sub.userId = call.userId;
            QString url = item.value(u"url"_s).toString();
            if (url.startsWith(u'/'))
                url.remove(0, 1);
            const qsizetype qpos = url.indexOf(u'?');
            const QString pathPart = qpos < 0 ? url : url.left(qpos);
            const QString queryPart = qpos < 0 ? QString() : url.mid(qpos + 1);
            sub.segments = QUrl::fromPercentEncoding(pathPart.toUtf8()).split(u'/', Qt::SkipEmptyParts);
            sub.path = u'/' + call.version + u'/' + sub.segments.join(u'/');
            sub.query = HttpRequest::parseQuery(queryPart);
            const QJsonObject headers = item.value(u"headers"_s).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it)
                sub.headers.insert(it.key().toLower().toLatin1(), it.value().toString().toUtf8());
            sub.clientRequestId = QString::fromUtf8(sub.headers.value("client-request-id"));
            const QJsonValue itemBody = item.value(u"body"_s);
            if (itemBody.isObject())
                sub.body = QJsonDocument(itemBody.toObject()).toJson(QJsonDocument::Compact);
            else if (itemBody.isArray())
                sub.body = QJsonDocument(itemBody.toArray()).toJson(QJsonDocument::Compact);
            else if (itemBody.isString())
                sub.body = itemBody.toString().toUtf8();
            ++m_core.counters.graphRequests;

            Reply r;
            if (failed) {
                r = error(sub, 424, u"FailedDependency"_s,
                    u"The request could not be processed because a request it depends on failed."_s);
            } else if (m_core.faults.chance(m_core.options.rate429)) {
                ++m_core.counters.throttled;
                r = throttled(sub, m_core.options.retryAfterSeconds, "ResourceUnitLimitExceeded");
            } else {
                r = dispatch(sub);
            }
            statusById.insert(id.toLower(), r.status);
            QJsonObject out {{u"id"_s, id}, {u"status"_s, r.status}};
            QJsonObject outHeaders;
            for (const auto &header : r.headers)
                outHeaders.insert(QString::fromLatin1(header.first), QString::fromUtf8(header.second));
            out.insert(u"headers"_s, outHeaders);
            if (!r.body.isEmpty()) {
                const QJsonDocument doc = QJsonDocument::fromJson(r.body);
                out.insert(
                    u"body"_s, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(QString::fromUtf8(r.body)));
            }
            responses.append(out);
        }
        if (!progressed)
            return error(call, 400, u"BadRequest"_s, u"The dependsOn chain of this batch has a cycle."_s);
    }
    // Graph answers in any order; shuffling makes clients that assume request order fail here, not in production.
    for (qsizetype i = responses.size() - 1; i > 0; --i)
        responses.swapItemsAt(i, qsizetype(m_core.faults.bounded(quint32(i + 1))));
    QJsonArray array;
    for (const auto &r : responses)
        array.append(r);
    return json(200, QJsonObject {{u"responses"_s, array}});
}

// ---------------------------------------------------------------------------------------------------------------
// Users

GraphEndpoint::Reply GraphEndpoint::usersRoute(Call &call)
{
    const QStringList &s = call.segments;
    if (s.size() == 1) {
        if (call.method == "GET")
            return listUsers(call);
        return methodNotAllowed(call);
    }
    if (s.size() == 2 && is(s.at(1), u"delta"))
        return call.method == "GET" ? usersDelta(call) : methodNotAllowed(call);
    if (s.size() == 2 && s.at(1) == u"$count")
        return call.method == "GET" ? countUsers(call) : methodNotAllowed(call);
    User *user = m_core.model.findUser(s.at(1));
    if (!user)
        return notFound(call, s.at(1));
    if (s.size() == 2) {
        if (call.method == "GET")
            return getUser(call, *user);
        if (call.method == "PATCH")
            return patchUser(call, *user);
        return methodNotAllowed(call);
    }
    const QString &third = s.at(2);
    if (is(third, u"memberOf") || is(third, u"transitiveMemberOf")) {
        if (s.size() > 4 || (s.size() == 4 && !is(s.at(3), u"microsoft.graph.group")))
            return badSegment(call, s.last());
        return call.method == "GET" ? memberOf(call, user->id, is(third, u"transitiveMemberOf"))
                                    : methodNotAllowed(call);
    }
    if (is(third, u"authentication"))
        return authentication(call, *user, s.mid(3));
    return badSegment(call, third);
}

namespace {

struct UserQuery
{
    ODataFilter filter;
    QList<SearchTerm> search;
    bool searchAny = false;

    bool matches(const User &user) const
    {
        if (!search.isEmpty()) {
            bool anyHit = false;
            bool allHit = true;
            for (const auto &term : search) {
                bool ok = false;
                const UserField field = userFieldByName(term.property, &ok);
                const bool hit = ok && searchMatches(TenantModel::userField(user, field).toString(), term.token);
                anyHit = anyHit || hit;
                allHit = allHit && hit;
            }
            if (searchAny ? !anyHit : !allHit)
                return false;
        }
        if (filter.isEmpty())
            return true;
        return filter.matches([&user](const QString &property) -> QJsonValue {
            bool ok = false;
            const UserField field = userFieldByName(property, &ok);
            return ok ? TenantModel::userField(user, field) : QJsonValue(QJsonValue::Undefined);
        });
    }
};

} // namespace

GraphEndpoint::Reply GraphEndpoint::listUsers(Call &call)
{
    int top = 100;
    if (auto bad = parseTop(call, 100, &top))
        return *bad;
    QList<UserField> fields;
    QString unknown;
    if (!TenantModel::parseUserSelect(call.q(u"$select"), &fields, &unknown))
        return error(call, 400, u"Request_BadRequest"_s,
            u"Could not find a property named '%1' on type 'microsoft.graph.user'."_s.arg(unknown));
    UserQuery query;
    QString problem;
    if (!query.filter.parse(call.q(u"$filter"), &problem))
        return error(call, 400, u"BadRequest"_s, problem);
    const bool hasSearch = call.has(u"$search");
    if (hasSearch && !parseSearch(call.q(u"$search"), &query.search, &query.searchAny, &problem))
        return error(call, 400, u"BadRequest"_s, problem);
    const bool count = is(call.q(u"$count"), u"true");
    const QString orderby = call.q(u"$orderby").trimmed();
    // graph-facts §6.2: advanced queries need ConsistencyLevel: eventual on every page (a nextLink does not carry
    // the header). The exact messages are unverified.
    if (!call.eventual()) {
        if (hasSearch)
            return error(call, 400, u"Request_UnsupportedQuery"_s,
                u"Request with $search query parameter only works through MSGraph with a special request "
                u"header: 'ConsistencyLevel: eventual'"_s);
        if (count)
            return error(call, 400, u"Request_BadRequest"_s,
                u"$count is not currently supported without the header 'ConsistencyLevel: eventual'."_s);
        if (query.filter.isAdvanced() || (!orderby.isEmpty() && !query.filter.isEmpty()))
            return error(call, 400, u"Request_UnsupportedQuery"_s,
                u"Unsupported Query. This query needs the header 'ConsistencyLevel: eventual' and "
                u"$count=true."_s);
    }
    if (query.filter.isAdvanced() && !count)
        return error(call, 400, u"Request_UnsupportedQuery"_s,
            u"Unsupported Query. This query needs the header 'ConsistencyLevel: eventual' and $count=true."_s);
    UserField orderField = UserField::Id;
    bool descending = false;
    if (!orderby.isEmpty()) {
        const QString name = orderby.section(u' ', 0, 0);
        descending = is(orderby.section(u' ', 1, 1), u"desc");
        if (is(name, u"displayName"))
            orderField = UserField::DisplayName;
        else if (is(name, u"userPrincipalName"))
            orderField = UserField::UserPrincipalName;
        else
            return error(call, 400, u"Request_UnsupportedQuery"_s, u"Sorting by '%1' is not supported."_s.arg(name));
    }

    QJsonObject state;
    if (call.has(u"$skiptoken")) {
        state = decodeToken(call.q(u"$skiptoken"));
        if (state.isEmpty())
            return error(call, 400, u"Request_BadRequest"_s, u"Invalid $skiptoken."_s);
    }
    const bool firstPage = state.isEmpty();
    const auto &users = m_core.model.users;
    QList<const User *> page;
    page.reserve(top);
    bool more = false;
    qint64 total = -1;
    QJsonObject nextState;
    if (orderby.isEmpty() && !hasSearch) {
        // Keyset paging on the id order: stable while the tenant changes between pages.
        const QString after = state.value(u"a"_s).toString();
        auto it = after.isEmpty() ? users.begin() : users.upper_bound(after);
        for (; it != users.end(); ++it) {
            if (!query.matches(it->second))
                continue;
            if (page.size() == top) {
                more = true;
                break;
            }
            page.append(&it->second);
        }
        if (more)
            nextState = QJsonObject {{u"a"_s, page.last()->id}};
        if (count && firstPage) {
            total = 0;
            for (const auto &[id, user] : users)
                total += query.matches(user) ? 1 : 0;
        }
    } else {
        QList<const User *> all;
        for (const auto &[id, user] : users) {
            if (query.matches(user))
                all.append(&user);
        }
        if (!orderby.isEmpty()) {
            std::stable_sort(all.begin(), all.end(), [&](const User *a, const User *b) {
                const int c = TenantModel::userField(*a, orderField)
                                  .toString()
                                  .compare(TenantModel::userField(*b, orderField).toString(), Qt::CaseInsensitive);
                return descending ? c > 0 : c < 0;
            });
        }
        const int offset = state.value(u"o"_s).toInt();
        page = all.mid(offset, top);
        more = offset + top < all.size();
        if (more)
            nextState = QJsonObject {{u"o"_s, offset + top}};
        total = all.size();
    }

    QByteArray out;
    out.reserve(256 + page.size() * 420);
    out.append("{\"@odata.context\":");
    JsonBytes::appendString(out, context(call, u"users"_s));
    if (count && firstPage) {
        out.append(",\"@odata.count\":");
        out.append(QByteArray::number(total));
    }
    if (more) {
        out.append(",\"@odata.nextLink\":");
        JsonBytes::appendString(out, nextLink(call, nextState, true, "$skiptoken"));
    }
    out.append(",\"value\":[");
    for (qsizetype i = 0; i < page.size(); ++i) {
        if (i)
            out.append(',');
        TenantModel::appendUser(out, *page.at(i), fields, false);
    }
    out.append("]}");
    return rawJson(200, std::move(out));
}

GraphEndpoint::Reply GraphEndpoint::countUsers(Call &call)
{
    if (!call.eventual())
        return error(call, 400, u"Request_BadRequest"_s,
            u"$count is not currently supported without the header 'ConsistencyLevel: eventual'."_s);
    UserQuery query;
    QString problem;
    if (!query.filter.parse(call.q(u"$filter"), &problem))
        return error(call, 400, u"BadRequest"_s, problem);
    if (call.has(u"$search") && !parseSearch(call.q(u"$search"), &query.search, &query.searchAny, &problem))
        return error(call, 400, u"BadRequest"_s, problem);
    qint64 total = 0;
    for (const auto &[id, user] : m_core.model.users)
        total += query.matches(user) ? 1 : 0;
    Reply r;
    r.setHeader("Content-Type", "text/plain;charset=utf-8");
    r.body = QByteArray::number(total);
    return r;
}

GraphEndpoint::Reply GraphEndpoint::getUser(Call &call, const User &user)
{
    QList<UserField> fields;
    QString unknown;
    if (!TenantModel::parseUserSelect(call.q(u"$select"), &fields, &unknown))
        return error(call, 400, u"Request_BadRequest"_s,
            u"Could not find a property named '%1' on type 'microsoft.graph.user'."_s.arg(unknown));
    QByteArray out = "{\"@odata.context\":";
    JsonBytes::appendString(out, context(call, u"users/$entity"_s));
    out.append(',');
    QByteArray object;
    TenantModel::appendUser(object, user, fields, false);
    out.append(object.mid(1)); // splice the object's members after the context
    return rawJson(200, std::move(out));
}

GraphEndpoint::Reply GraphEndpoint::patchUser(Call &call, User &user)
{
    if (isAdminBlocked(user))
        return error(call, 403, u"Authorization_RequestDenied"_s, deniedMessage);
    QJsonObject body;
    if (auto bad = parseBody(call, &body))
        return *bad;
    // Properties mastered on premises cannot be changed in the cloud for synced users (which ones exactly is
    // unverified; this is the usual set).
    static const QStringList onPremisesMastered {u"displayName"_s, u"givenName"_s, u"surname"_s, u"mail"_s,
        u"mobilePhone"_s, u"businessPhones"_s, u"jobTitle"_s, u"department"_s, u"country"_s, u"officeLocation"_s,
        u"userPrincipalName"_s, u"accountEnabled"_s, u"onPremisesSyncEnabled"_s};
    for (auto it = body.begin(); it != body.end(); ++it) {
        bool ok = false;
        const UserField field = userFieldByName(it.key(), &ok);
        if (!ok || field == UserField::Id || field == UserField::CreatedDateTime || it.key() == u"isAdmin")
            return error(call, 400, u"Request_BadRequest"_s, u"Invalid property '%1'."_s.arg(it.key()));
        if (user.onPremisesSyncEnabled && onPremisesMastered.contains(it.key()))
            return error(call, 400, u"Request_BadRequest"_s,
                u"Unable to update the specified properties for on-premises mastered Directory Sync objects "
                u"or objects currently undergoing migration."_s);
    }
    QString problem;
    if (!m_core.model.updateUser(user, body, &problem))
        return error(call, 400, u"Request_BadRequest"_s, problem);
    m_core.model.touchUser(user);
    ++m_core.counters.updates;
    return noContent();
}

GraphEndpoint::Reply GraphEndpoint::usersDelta(Call &call)
{
    TenantModel &model = m_core.model;
    QJsonObject state;
    const QString deltaToken = call.q(u"$deltatoken");
    const QString skipToken = call.q(u"$skiptoken");
    if (is(deltaToken, u"latest")) {
        // A deltaLink for "from now on" without the initial round (documented for users and groups).
        return latestDeltaLink(call, u"u"_s, u"users"_s);
    }
    if (!deltaToken.isEmpty() || !skipToken.isEmpty()) {
        state = decodeToken(deltaToken.isEmpty() ? skipToken : deltaToken);
        if (state.value(u"k"_s).toString() != u"u")
            return error(call, 400, u"BadRequest"_s, u"The delta or skip token is not valid for /users/delta."_s);
        if (state.value(u"g"_s).toInt() != model.deltaGeneration)
            return error(call, 400, u"syncStateNotFound"_s, syncStateMessage);
        if (!deltaToken.isEmpty()) {
            // A new round from the point the last one ended.
            state.insert(u"t"_s, double(model.seq));
            state.remove(u"a"_s);
        }
    } else {
        QList<UserField> fields;
        QString unknown;
        if (!TenantModel::parseUserSelect(call.q(u"$select"), &fields, &unknown))
            return error(call, 400, u"Request_BadRequest"_s,
                u"Could not find a property named '%1' on type 'microsoft.graph.user'."_s.arg(unknown));
        int top = 200; // the real page size varies; Prefer: odata.maxpagesize and $top are honoured here
        if (auto bad = parseTop(call, 200, &top))
            return *bad;
        state = QJsonObject {{u"k"_s, u"u"_s}, {u"f"_s, -1}, {u"t"_s, double(model.seq)}, {u"s"_s, call.q(u"$select")},
            {u"n"_s, top}, {u"g"_s, model.deltaGeneration}};
    }
    QList<UserField> fields;
    QString unknown;
    TenantModel::parseUserSelect(state.value(u"s"_s).toString(), &fields, &unknown);
    const qint64 from = qint64(state.value(u"f"_s).toDouble());
    const int top = qMax(1, state.value(u"n"_s).toInt());
    const QString after = state.value(u"a"_s).toString();

    // Merge live users and tombstones in id order.
    auto live = after.isEmpty() ? model.users.begin() : model.users.upper_bound(after);
    auto dead = after.isEmpty() ? model.deletedUsers.begin() : model.deletedUsers.upper_bound(after);
    QByteArray items;
    int emitted = 0;
    QString lastId;
    bool more = false;
    while (live != model.users.end() || (from >= 0 && dead != model.deletedUsers.end())) {
        const bool takeLive
            = live != model.users.end() && (from < 0 || dead == model.deletedUsers.end() || live->first < dead->first);
        if (takeLive) {
            const User &user = live->second;
            if (from >= 0 && user.seq <= from) {
                ++live;
                continue;
            }
            if (emitted == top) {
                more = true;
                break;
            }
            if (emitted)
                items.append(',');
            TenantModel::appendUser(items, user, fields, false);
            lastId = user.id;
            ++live;
        } else {
            if (dead->second <= from) {
                ++dead;
                continue;
            }
            if (emitted == top) {
                more = true;
                break;
            }
            if (emitted)
                items.append(',');
            items.append("{\"@odata.type\":\"#microsoft.graph.user\",\"id\":");
            JsonBytes::appendString(items, dead->first);
            items.append(",\"@removed\":{\"reason\":\"deleted\"}}");
            lastId = dead->first;
            ++dead;
        }
        ++emitted;
    }
    QByteArray out = "{\"@odata.context\":";
    JsonBytes::appendString(out, context(call, u"users"_s));
    call.path = u'/' + call.version + u"/users/delta"_s;
    if (more) {
        QJsonObject next = state;
        next.insert(u"a"_s, lastId);
        out.append(",\"@odata.nextLink\":");
        JsonBytes::appendString(out, nextLink(call, next, false, "$skiptoken"));
    } else {
        QJsonObject next = state;
        next.insert(u"f"_s, state.value(u"t"_s));
        next.remove(u"t"_s);
        next.remove(u"a"_s);
        out.append(",\"@odata.deltaLink\":");
        JsonBytes::appendString(out, nextLink(call, next, false, "$deltatoken"));
    }
    out.append(",\"value\":[");
    out.append(items);
    out.append("]}");
    return rawJson(200, std::move(out));
}

GraphEndpoint::Reply GraphEndpoint::latestDeltaLink(Call &call, const QString &kind, const QString &collection)
{
    QJsonObject state {{u"k"_s, kind}, {u"f"_s, double(m_core.model.seq)}, {u"s"_s, call.q(u"$select")},
        {u"n"_s, kind == u"u" ? 200 : 100}, {u"g"_s, m_core.model.deltaGeneration}};
    if (kind == u"g") {
        bool members = call.q(u"$expand").startsWith(u"members", Qt::CaseInsensitive);
        for (const QString &name : call.q(u"$select").split(u',', Qt::SkipEmptyParts))
            members = members || is(name.trimmed(), u"members");
        QStringList fields;
        QString unknown;
        selectFields(call.q(u"$select"), TenantModel::groupObject(Group {}), &fields, &unknown);
        state.insert(u"s"_s, fields.join(u','));
        state.insert(u"x"_s, members);
    }
    call.path = u'/' + call.version + u'/' + collection + u"/delta"_s;
    return json(200,
        QJsonObject {{u"@odata.context"_s, context(call, collection)},
            {u"@odata.deltaLink"_s, nextLink(call, state, false, "$deltatoken")}, {u"value"_s, QJsonArray {}}});
}

GraphEndpoint::Reply GraphEndpoint::memberOf(Call &call, const QString &objectId, bool transitive)
{
    int top = 100;
    if (auto bad = parseTop(call, 100, &top))
        return *bad;
    const QList<const Group *> groups
        = transitive ? m_core.model.transitiveMemberOf(objectId) : m_core.model.memberOf(objectId);
    QJsonObject state;
    if (call.has(u"$skiptoken")) {
        state = decodeToken(call.q(u"$skiptoken"));
        if (state.isEmpty())
            return error(call, 400, u"Request_BadRequest"_s, u"Invalid $skiptoken."_s);
    }
    const int offset = state.value(u"o"_s).toInt();
    QJsonArray value;
    for (int i = offset; i < groups.size() && i < offset + top; ++i)
        value.append(withType(TenantModel::groupObject(*groups.at(i)), u"group"_s));
    QJsonObject out {{u"@odata.context"_s, context(call, u"directoryObjects"_s)}, {u"value"_s, value}};
    if (offset + top < groups.size())
        out.insert(u"@odata.nextLink"_s, nextLink(call, QJsonObject {{u"o"_s, offset + top}}, true, "$skiptoken"));
    return json(200, out);
}

// ---------------------------------------------------------------------------------------------------------------
// Authentication methods (graph-facts §3)

GraphEndpoint::Reply GraphEndpoint::authentication(Call &call, User &user, const QStringList &rest)
{
    if (rest.isEmpty())
        return badSegment(call, u"authentication"_s);
    const QString &kind = rest.at(0);
    const bool write = call.method != "GET";
    if (write && isAdminBlocked(user))
        return error(call, 403, u"Authorization_RequestDenied"_s, deniedMessage);
    if (is(kind, u"phoneMethods"))
        return phoneMethods(call, user, rest);
    if (is(kind, u"emailMethods"))
        return emailMethods(call, user, rest);
    if (is(kind, u"temporaryAccessPassMethods"))
        return tapMethods(call, user, rest);
    if (is(kind, u"hardwareOathMethods")) {
        if (!call.beta())
            return badSegment(call, kind);
        return hardwareOathMethods(call, user, rest);
    }
    if (is(kind, u"passwordMethods"))
        return readOnlyMethods(call, user, rest, int(AuthMethod::Kind::Password), false);
    if (is(kind, u"softwareOathMethods"))
        return readOnlyMethods(call, user, rest, int(AuthMethod::Kind::SoftwareOath), true);
    if (is(kind, u"microsoftAuthenticatorMethods"))
        return readOnlyMethods(call, user, rest, int(AuthMethod::Kind::Authenticator), true);
    if (is(kind, u"fido2Methods"))
        return readOnlyMethods(call, user, rest, int(AuthMethod::Kind::Fido2), true);
    if (is(kind, u"methods")) {
        const QJsonObject &policy = m_core.model.authMethodsPolicy;
        if (rest.size() == 1) {
            if (call.method != "GET")
                return methodNotAllowed(call);
            QJsonArray value;
            for (const AuthMethod &m : user.methods) {
                if (m.kind == AuthMethod::Kind::HardwareOath && !call.beta())
                    continue;
                value.append(TenantModel::methodObject(m, masked(), policy, m_core.model.findDevice(m.id)));
            }
            return json(200,
                QJsonObject {{u"@odata.context"_s, context(call, u"users('%1')/authentication/methods"_s.arg(user.id))},
                    {u"value"_s, value}});
        }
        const AuthMethod *m = user.method(rest.at(1));
        if (!m || (m->kind == AuthMethod::Kind::HardwareOath && !call.beta()))
            return notFound(call, rest.at(1));
        if (rest.size() == 2) {
            if (call.method != "GET")
                return methodNotAllowed(call);
            QJsonObject o = TenantModel::methodObject(*m, masked(), policy, m_core.model.findDevice(m->id));
            o.insert(u"@odata.context"_s, context(call, u"users('%1')/authentication/methods/$entity"_s.arg(user.id)));
            return json(200, o);
        }
        if (rest.size() == 3 && is(rest.at(2), u"resetPassword") && m->kind == AuthMethod::Kind::Password) {
            if (call.method != "POST")
                return methodNotAllowed(call);
            if (call.userId.isEmpty())
                return error(call, 403, u"Authorization_RequestDenied"_s,
                    u"resetPassword is only available with delegated permissions."_s);
            Reply r;
            r.status = 202;
            r.setHeader("Location",
                (m_core.baseUrl + u'/' + call.version + u"/users/"_s + user.id + u"/authentication/operations/"_s
                    + m_core.model.ids.guid())
                    .toUtf8());
            return r;
        }
        return badSegment(call, rest.last());
    }
    return badSegment(call, kind);
}

GraphEndpoint::Reply GraphEndpoint::phoneMethods(Call &call, User &user, const QStringList &rest)
{
    const QJsonObject &policy = m_core.model.authMethodsPolicy;
    const QString collection = u"users('%1')/authentication/phoneMethods"_s.arg(user.id);
    if (rest.size() == 1) {
        if (call.method == "GET") {
            QJsonArray value;
            for (const AuthMethod &m : user.methods) {
                if (m.kind != AuthMethod::Kind::Phone)
                    continue;
                QJsonObject o = TenantModel::methodObject(m, masked(), policy, nullptr);
                o.remove(u"@odata.type"_s);
                value.append(o);
            }
            return json(200, QJsonObject {{u"@odata.context"_s, context(call, collection)}, {u"value"_s, value}});
        }
        if (call.method != "POST")
            return methodNotAllowed(call);
        QJsonObject body;
        if (auto bad = parseBody(call, &body))
            return *bad;
        // Rule violations answer 400 badRequest; the exact codes and messages are unverified (graph-facts §3.3).
        const QString type = body.value(u"phoneType"_s).toString();
        const QString number = body.value(u"phoneNumber"_s).toString();
        if (type != u"mobile" && type != u"alternateMobile" && type != u"office")
            return error(call, 400, u"badRequest"_s,
                u"Invalid value for phoneType: '%1'. Use mobile, alternateMobile or office."_s.arg(type));
        if (!phonePattern.match(number).hasMatch())
            return error(call, 400, u"badRequest"_s, phoneFormatMessage);
        if (user.phone(type))
            return error(call, 400, u"badRequest"_s,
                u"The user already has a phone method of type '%1'; there can be only one of each type."_s.arg(type));
        if (type == u"alternateMobile" && !user.phone(u"mobile"))
            return error(call, 400, u"badRequest"_s,
                u"A user must have a mobile phone before an alternateMobile phone can be added."_s);
        AuthMethod m;
        m.kind = AuthMethod::Kind::Phone;
        m.id = TenantModel::phoneMethodId(type);
        m.phoneType = type;
        m.phoneNumber = number;
        m.smsSignInEnabled = type == u"mobile";
        user.methods.append(m);
        ++m_core.counters.creates;
        ++m_core.counters.phoneCreates;
        QJsonObject o = TenantModel::methodObject(m, masked(), policy, nullptr);
        o.remove(u"@odata.type"_s);
        o.insert(u"@odata.context"_s, context(call, collection + u"/$entity"_s));
        return json(201, o);
    }
    AuthMethod *m = user.method(rest.at(1));
    if (!m || m->kind != AuthMethod::Kind::Phone)
        return notFound(call, rest.at(1));
    if (rest.size() == 3) {
        const bool enable = is(rest.at(2), u"enableSmsSignIn");
        if (!enable && !is(rest.at(2), u"disableSmsSignIn"))
            return badSegment(call, rest.at(2));
        if (call.method != "POST")
            return methodNotAllowed(call);
        if (m->phoneType != u"mobile")
            return error(call, 400, u"badRequest"_s, u"Only a mobile phone can be used for SMS sign-in."_s);
        m->smsSignInEnabled = enable;
        return noContent();
    }
    if (rest.size() > 3)
        return badSegment(call, rest.last());
    if (call.method == "GET") {
        QJsonObject o = TenantModel::methodObject(*m, masked(), policy, nullptr);
        o.remove(u"@odata.type"_s);
        o.insert(u"@odata.context"_s, context(call, collection + u"/$entity"_s));
        return json(200, o);
    }
    if (call.method == "PATCH") {
        QJsonObject body;
        if (auto bad = parseBody(call, &body))
            return *bad;
        if (body.contains(u"phoneType"_s) && body.value(u"phoneType"_s).toString() != m->phoneType)
            return error(call, 400, u"badRequest"_s,
                u"The phoneType of a phone method cannot be changed: add the new type, then delete the "
                u"old one."_s);
        if (body.contains(u"phoneNumber"_s)) {
            const QString number = body.value(u"phoneNumber"_s).toString();
            if (!phonePattern.match(number).hasMatch())
                return error(call, 400, u"badRequest"_s, phoneFormatMessage);
            m->phoneNumber = number;
        }
        ++m_core.counters.updates;
        return noContent();
    }
    if (call.method == "DELETE") {
        if (m->phoneType == u"mobile" && user.phone(u"alternateMobile"))
            return error(call, 400, u"badRequest"_s,
                u"The mobile phone cannot be deleted while an alternateMobile phone exists: update the mobile "
                u"number instead, then delete the alternateMobile phone."_s);
        const QString id = m->id;
        user.methods.removeIf([&](const AuthMethod &x) { return x.id == id; });
        ++m_core.counters.deletes;
        return noContent();
    }
    return methodNotAllowed(call);
}

GraphEndpoint::Reply GraphEndpoint::emailMethods(Call &call, User &user, const QStringList &rest)
{
    static const QRegularExpression emailPattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    const QString collection = u"users('%1')/authentication/emailMethods"_s.arg(user.id);
    auto object = [&](const AuthMethod &m) {
        return QJsonObject {{u"id"_s, m.id}, {u"emailAddress"_s, m.emailAddress}};
    };
    if (rest.size() == 1) {
        if (call.method == "GET") {
            QJsonArray value;
            for (const AuthMethod &m : user.methods) {
                if (m.kind == AuthMethod::Kind::Email)
                    value.append(object(m));
            }
            return json(200, QJsonObject {{u"@odata.context"_s, context(call, collection)}, {u"value"_s, value}});
        }
        if (call.method != "POST")
            return methodNotAllowed(call);
        QJsonObject body;
        if (auto bad = parseBody(call, &body))
            return *bad;
        const QString address = body.value(u"emailAddress"_s).toString();
        if (!emailPattern.match(address).hasMatch())
            return error(call, 400, u"badRequest"_s, u"Invalid value for emailAddress."_s);
        if (user.hasKind(AuthMethod::Kind::Email)) // one per user (graph-facts §3.4); message unverified
            return error(call, 400, u"badRequest"_s, u"The user already has an email method; there can be only one."_s);
        AuthMethod m;
        m.kind = AuthMethod::Kind::Email;
        m.id = QString::fromUtf16(MethodIds::email);
        m.emailAddress = address;
        user.methods.append(m);
        ++m_core.counters.creates;
        ++m_core.counters.emailCreates;
        QJsonObject o = object(m);
        o.insert(u"@odata.context"_s, context(call, collection + u"/$entity"_s));
        return json(201, o);
    }
    AuthMethod *m = user.method(rest.at(1));
    if (!m || m->kind != AuthMethod::Kind::Email || rest.size() > 2)
        return notFound(call, rest.at(1));
    if (call.method == "GET")
        return json(200, object(*m));
    if (call.method == "PATCH") {
        QJsonObject body;
        if (auto bad = parseBody(call, &body))
            return *bad;
        const QString address = body.value(u"emailAddress"_s).toString();
        if (!emailPattern.match(address).hasMatch())
            return error(call, 400, u"badRequest"_s, u"Invalid value for emailAddress."_s);
        m->emailAddress = address;
        ++m_core.counters.updates;
        return noContent();
    }
    if (call.method == "DELETE") {
        user.methods.removeIf([](const AuthMethod &x) { return x.kind == AuthMethod::Kind::Email; });
        ++m_core.counters.deletes;
        return noContent();
    }
    return methodNotAllowed(call);
}

GraphEndpoint::Reply GraphEndpoint::tapMethods(Call &call, User &user, const QStringList &rest)
{
    const QString collection = u"users('%1')/authentication/temporaryAccessPassMethods"_s.arg(user.id);
    const QJsonObject &policy = m_core.model.authMethodsPolicy;
    auto object = [&](const AuthMethod &m) {
        QJsonObject o = TenantModel::methodObject(m, false, policy, nullptr);
        o.remove(u"@odata.type"_s);
        return o;
    };
    if (rest.size() == 1) {
        if (call.method == "GET") {
            QJsonArray value;
            for (const AuthMethod &m : user.methods) {
                if (m.kind == AuthMethod::Kind::TemporaryAccessPass)
                    value.append(object(m));
            }
            return json(200, QJsonObject {{u"@odata.context"_s, context(call, collection)}, {u"value"_s, value}});
        }
        if (call.method != "POST")
            return methodNotAllowed(call);
        QJsonObject body;
        if (auto bad = parseBody(call, &body))
            return *bad;
        const QJsonObject config = m_core.model.methodConfiguration(u"TemporaryAccessPass"_s);
        if (config.value(u"state"_s).toString() != u"enabled")
            return error(call, 400, u"badRequest"_s,
                u"Temporary Access Pass is disabled by the authentication methods policy."_s);
        const int minimum = config.value(u"minimumLifetimeInMinutes"_s).toInt(60);
        const int maximum = config.value(u"maximumLifetimeInMinutes"_s).toInt(480);
        const int lifetime
            = body.value(u"lifetimeInMinutes"_s).toInt(config.value(u"defaultLifetimeInMinutes"_s).toInt(60));
        if (lifetime < qMax(10, minimum) || lifetime > qMin(43200, maximum))
            return error(call, 400, u"badRequest"_s,
                u"lifetimeInMinutes must be between %1 and %2 under the current policy."_s.arg(qMax(10, minimum))
                    .arg(qMin(43200, maximum)));
        QDateTime start = QDateTime::currentDateTimeUtc();
        if (body.contains(u"startDateTime"_s)) {
            start = QDateTime::fromString(body.value(u"startDateTime"_s).toString(), Qt::ISODate);
            if (!start.isValid())
                return error(call, 400, u"badRequest"_s, u"Invalid value for startDateTime."_s);
        }
        user.methods.removeIf([](const AuthMethod &x) { return x.kind == AuthMethod::Kind::TemporaryAccessPass; });
        AuthMethod m;
        m.kind = AuthMethod::Kind::TemporaryAccessPass;
        m.id = m_core.model.ids.guid();
        m.createdDateTime = TenantModel::now();
        m.startDateTime = start.toUTC().toString(Qt::ISODate);
        m.lifetimeInMinutes = lifetime;
        m.isUsableOnce = body.value(u"isUsableOnce"_s).toBool(config.value(u"isUsableOnce"_s).toBool());
        user.methods.append(m);
        static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%&*";
        QString pass;
        const int length = qBound(8, config.value(u"defaultLength"_s).toInt(8), 48);
        for (int i = 0; i < length; ++i)
            pass.append(QLatin1Char(alphabet[m_core.model.ids.bounded(sizeof(alphabet) - 1)]));
        m_issuedPasses.append(pass);
        ++m_core.counters.creates;
        ++m_core.counters.tapCreates;
        QJsonObject o = object(m);
        o.insert(u"temporaryAccessPass"_s, pass);
        o.insert(u"@odata.context"_s, context(call, collection + u"/$entity"_s));
        return json(201, o);
    }
    AuthMethod *m = user.method(rest.at(1));
    if (!m || m->kind != AuthMethod::Kind::TemporaryAccessPass || rest.size() > 2)
        return notFound(call, rest.at(1));
    if (call.method == "GET")
        return json(200, object(*m));
    if (call.method == "DELETE") {
        const QString id = m->id;
        user.methods.removeIf([&](const AuthMethod &x) { return x.id == id; });
        ++m_core.counters.deletes;
        return noContent();
    }
    return methodNotAllowed(call);
}

GraphEndpoint::Reply GraphEndpoint::readOnlyMethods(
    Call &call, User &user, const QStringList &rest, int kind, bool deletable)
{
    const QJsonObject &policy = m_core.model.authMethodsPolicy;
    const QString collection = u"users('%1')/authentication/%2"_s.arg(user.id, rest.at(0));
    auto object = [&](const AuthMethod &m) {
        QJsonObject o = TenantModel::methodObject(m, false, policy, nullptr);
        o.remove(u"@odata.type"_s);
        return o;
    };
    if (rest.size() == 1) {
        if (call.method != "GET")
            return methodNotAllowed(call); // e.g. softwareOathMethods has no create (graph-facts §3.1)
        QJsonArray value;
        for (const AuthMethod &m : user.methods) {
            if (int(m.kind) == kind)
                value.append(object(m));
        }
        return json(200, QJsonObject {{u"@odata.context"_s, context(call, collection)}, {u"value"_s, value}});
    }
    AuthMethod *m = user.method(rest.at(1));
    if (!m || int(m->kind) != kind || rest.size() > 2)
        return notFound(call, rest.at(1));
    if (call.method == "GET")
        return json(200, object(*m));
    if (call.method == "DELETE" && deletable) {
        const QString id = m->id;
        user.methods.removeIf([&](const AuthMethod &x) { return x.id == id; });
        ++m_core.counters.deletes;
        return noContent();
    }
    return methodNotAllowed(call);
}

GraphEndpoint::Reply GraphEndpoint::hardwareOathMethods(Call &call, User &user, const QStringList &rest)
{
    TenantModel &model = m_core.model;
    const QString collection = u"users('%1')/authentication/hardwareOathMethods"_s.arg(user.id);
    auto object = [&](const AuthMethod &m) {
        QJsonObject o = TenantModel::methodObject(m, false, model.authMethodsPolicy, model.findDevice(m.id));
        o.remove(u"@odata.type"_s);
        return o;
    };
    auto verify = [&](OathDevice &device, const QString &code) {
        const auto algorithm
            = device.hashFunction == u"hmacsha256" ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1;
        return FakeTotp::verify(device.secret, code, nowMs() / 1000, device.timeIntervalInSeconds, algorithm);
    };
    auto assign = [&](OathDevice &device, const QString &displayName) {
        device.assignedUserId = user.id;
        if (device.status == u"available")
            device.status = u"assigned"_s;
        if (!user.method(device.id)) {
            AuthMethod m;
            m.kind = AuthMethod::Kind::HardwareOath;
            m.id = device.id;
            m.displayName = displayName.isEmpty() ? device.displayName : displayName;
            user.methods.append(m);
        }
    };
    if (rest.size() == 1) {
        if (call.method == "GET") {
            QJsonArray value;
            for (const AuthMethod &m : user.methods) {
                if (m.kind == AuthMethod::Kind::HardwareOath)
                    value.append(object(m));
            }
            return json(200, QJsonObject {{u"@odata.context"_s, context(call, collection)}, {u"value"_s, value}});
        }
        if (call.method != "POST")
            return methodNotAllowed(call);
        QJsonObject body;
        if (auto bad = parseBody(call, &body))
            return *bad;
        const QString deviceId = body.value(u"device"_s).toObject().value(u"id"_s).toString();
        OathDevice *device = model.findDevice(deviceId);
        if (!device)
            return notFound(call, deviceId);
        if (!device->assignedUserId.isEmpty() && device->assignedUserId != user.id)
            return error(call, 400, u"badRequest"_s, u"The token is already assigned to another user."_s);
        assign(*device, QString());
        ++m_core.counters.creates;
        QJsonObject o = object(*user.method(device->id));
        o.insert(u"@odata.context"_s, context(call, collection + u"/$entity"_s));
        return json(201, o);
    }
    if (rest.size() == 2 && is(rest.at(1), u"assignAndActivateBySerialNumber")) {
        if (call.method != "POST")
            return methodNotAllowed(call);
        QJsonObject body;
        if (auto bad = parseBody(call, &body))
            return *bad;
        const QString serial = body.value(u"serialNumber"_s).toString();
        OathDevice *device = nullptr;
        for (auto &[id, d] : model.devices) {
            if (d.serialNumber == serial)
                device = &d;
        }
        if (!device)
            return notFound(call, serial);
        if (!device->assignedUserId.isEmpty() && device->assignedUserId != user.id)
            return error(call, 400, u"badRequest"_s, u"The token is already assigned to another user."_s);
        if (!verify(*device, body.value(u"verificationCode"_s).toString()))
            return error(call, 400, u"badRequest"_s, u"The verification code is not valid for this token."_s);
        assign(*device, body.value(u"displayName"_s).toString());
        device->status = u"activated"_s;
        device->lastUsedDateTime = TenantModel::now();
        ++m_core.counters.updates;
        return noContent();
    }
    AuthMethod *m = user.method(rest.at(1));
    if (!m || m->kind != AuthMethod::Kind::HardwareOath)
        return notFound(call, rest.at(1));
    OathDevice *device = model.findDevice(m->id);
    if (rest.size() == 3 && is(rest.at(2), u"activate")) {
        if (call.method != "POST")
            return methodNotAllowed(call);
        QJsonObject body;
        if (auto bad = parseBody(call, &body))
            return *bad;
        if (!device)
            return notFound(call, m->id);
        if (!verify(*device, body.value(u"verificationCode"_s).toString())) {
            device->status = u"failedActivation"_s; // [unverified] what Graph records on a wrong code
            return error(call, 400, u"badRequest"_s, u"The verification code is not valid for this token."_s);
        }
        device->status = u"activated"_s;
        device->lastUsedDateTime = TenantModel::now();
        if (body.contains(u"displayName"_s))
            m->displayName = body.value(u"displayName"_s).toString();
        ++m_core.counters.updates;
        return noContent();
    }
    if (rest.size() > 2)
        return badSegment(call, rest.last());
    if (call.method == "GET")
        return json(200, object(*m));
    if (call.method == "DELETE") {
        if (device) {
            device->assignedUserId.clear();
            device->status = u"available"_s;
        }
        const QString id = m->id;
        user.methods.removeIf([&](const AuthMethod &x) { return x.id == id; });
        ++m_core.counters.deletes;
        return noContent();
    }
    return methodNotAllowed(call);
}

// ---------------------------------------------------------------------------------------------------------------
// Groups

GraphEndpoint::Reply GraphEndpoint::groupsRoute(Call &call)
{
    const QStringList &s = call.segments;
    if (s.size() == 1) {
        if (call.method == "GET")
            return listGroups(call);
        if (call.method == "POST")
            return createGroup(call);
        return methodNotAllowed(call);
    }
    if (s.size() == 2 && is(s.at(1), u"delta"))
        return call.method == "GET" ? groupsDelta(call) : methodNotAllowed(call);
    Group *group = m_core.model.findGroup(s.at(1));
    if (!group)
        return notFound(call, s.at(1));
    if (s.size() == 2) {
        if (call.method == "GET") {
            QStringList fields;
            QString unknown;
            const QJsonObject object = TenantModel::groupObject(*group);
            if (!selectFields(call.q(u"$select"), object, &fields, &unknown))
                return error(call, 400, u"Request_BadRequest"_s,
                    u"Could not find a property named '%1' on type 'microsoft.graph.group'."_s.arg(unknown));
            QJsonObject o = project(object, fields);
            o.insert(u"@odata.context"_s, context(call, u"groups/$entity"_s));
            return json(200, o);
        }
        if (call.method == "PATCH") {
            QJsonObject body;
            if (auto bad = parseBody(call, &body))
                return *bad;
            for (auto it = body.begin(); it != body.end(); ++it) {
                if (it.key() == u"displayName")
                    group->displayName = it.value().toString();
                else if (it.key() == u"description")
                    group->description = it.value().toString();
                else
                    return error(call, 400, u"Request_BadRequest"_s, u"Invalid property '%1'."_s.arg(it.key()));
            }
            group->seq = m_core.model.nextSeq();
            ++m_core.counters.updates;
            return noContent();
        }
        return methodNotAllowed(call);
    }
    const QString &third = s.at(2);
    if (is(third, u"members"))
        return groupMembers(call, *group, s.mid(3), false);
    if (is(third, u"transitiveMembers"))
        return groupMembers(call, *group, s.mid(3), true);
    if (is(third, u"memberOf") || is(third, u"transitiveMemberOf"))
        return call.method == "GET" ? memberOf(call, group->id, is(third, u"transitiveMemberOf"))
                                    : methodNotAllowed(call);
    return badSegment(call, third);
}

GraphEndpoint::Reply GraphEndpoint::listGroups(Call &call)
{
    int top = 100;
    if (auto bad = parseTop(call, 100, &top))
        return *bad;
    QStringList fields;
    QString unknown;
    if (!selectFields(call.q(u"$select"), TenantModel::groupObject(Group {}), &fields, &unknown))
        return error(call, 400, u"Request_BadRequest"_s,
            u"Could not find a property named '%1' on type 'microsoft.graph.group'."_s.arg(unknown));
    ODataFilter filter;
    QString problem;
    if (!filter.parse(call.q(u"$filter"), &problem))
        return error(call, 400, u"BadRequest"_s, problem);
    QList<SearchTerm> search;
    bool searchAny = false;
    const bool hasSearch = call.has(u"$search");
    if (hasSearch && !parseSearch(call.q(u"$search"), &search, &searchAny, &problem))
        return error(call, 400, u"BadRequest"_s, problem);
    const bool count = is(call.q(u"$count"), u"true");
    if (!call.eventual() && (hasSearch || count || filter.isAdvanced()))
        return error(call, 400, u"Request_UnsupportedQuery"_s,
            u"This query ($search, $count or an advanced $filter) needs the header 'ConsistencyLevel: "
            u"eventual'."_s);
    auto matches = [&](const QJsonObject &o) {
        if (hasSearch) {
            bool anyHit = false, allHit = true;
            for (const auto &term : search) {
                QString value;
                for (auto it = o.begin(); it != o.end(); ++it) {
                    if (is(it.key(), term.property))
                        value = it.value().toString();
                }
                const bool hit = searchMatches(value, term.token);
                anyHit = anyHit || hit;
                allHit = allHit && hit;
            }
            if (searchAny ? !anyHit : !allHit)
                return false;
        }
        return filter.matches([&o](const QString &property) -> QJsonValue {
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (is(it.key(), property))
                    return it.value();
            }
            return QJsonValue(QJsonValue::Undefined);
        });
    };
    QJsonObject state;
    if (call.has(u"$skiptoken")) {
        state = decodeToken(call.q(u"$skiptoken"));
        if (state.isEmpty())
            return error(call, 400, u"Request_BadRequest"_s, u"Invalid $skiptoken."_s);
    }
    const QString after = state.value(u"a"_s).toString();
    const auto &groups = m_core.model.groups;
    QJsonArray value;
    bool more = false;
    QString last;
    for (auto it = after.isEmpty() ? groups.begin() : groups.upper_bound(after); it != groups.end(); ++it) {
        const QJsonObject o = TenantModel::groupObject(it->second);
        if (!matches(o))
            continue;
        if (value.size() == top) {
            more = true;
            break;
        }
        value.append(project(o, fields));
        last = it->first;
    }
    QJsonObject out {{u"@odata.context"_s, context(call, u"groups"_s)}};
    if (count && state.isEmpty()) {
        int total = 0;
        for (const auto &[id, g] : groups)
            total += matches(TenantModel::groupObject(g)) ? 1 : 0;
        out.insert(u"@odata.count"_s, total);
    }
    if (more)
        out.insert(u"@odata.nextLink"_s, nextLink(call, QJsonObject {{u"a"_s, last}}, true, "$skiptoken"));
    out.insert(u"value"_s, value);
    return json(200, out);
}

GraphEndpoint::Reply GraphEndpoint::createGroup(Call &call)
{
    QJsonObject body;
    if (auto bad = parseBody(call, &body))
        return *bad;
    TenantModel &model = m_core.model;
    const QString displayName = body.value(u"displayName"_s).toString();
    if (displayName.trimmed().isEmpty())
        return error(call, 400, u"Request_BadRequest"_s,
            u"Invalid value specified for property 'displayName' of resource 'Group'."_s);
    // graph-facts §6.5: mailNickname is required, ASCII, unique, and may not hold @()\[]";:.<>, or a space.
    const QString nickname = body.value(u"mailNickname"_s).toString();
    static const QString forbidden = u"@()\\[]\";:.<>, "_s;
    bool nicknameOk = !nickname.isEmpty() && nickname.size() <= 64;
    for (const QChar c : nickname)
        nicknameOk = nicknameOk && c.unicode() > 32 && c.unicode() < 127 && !forbidden.contains(c);
    if (!nicknameOk)
        return error(call, 400, u"Request_BadRequest"_s,
            u"Invalid value specified for property 'mailNickname' of resource 'Group'."_s);
    for (const auto &[id, g] : model.groups) {
        if (is(g.mailNickname, nickname))
            return error(call, 400, u"Request_BadRequest"_s,
                u"Another object with the same value for property mailNickname already exists."_s);
    }
    if (!body.value(u"mailEnabled"_s).isBool() || !body.value(u"securityEnabled"_s).isBool())
        return error(
            call, 400, u"Request_BadRequest"_s, u"The properties mailEnabled and securityEnabled are required."_s);
    QStringList groupTypes;
    for (const auto &t : body.value(u"groupTypes"_s).toArray())
        groupTypes.append(t.toString());
    const bool unified = groupTypes.contains(u"Unified"_s, Qt::CaseInsensitive);
    const bool mailEnabled = body.value(u"mailEnabled"_s).toBool();
    if (!unified && mailEnabled)
        return error(call, 400, u"Request_BadRequest"_s,
            u"Only security groups (mailEnabled false) and Microsoft 365 groups (groupTypes ['Unified']) "
            u"can be created through Microsoft Graph."_s);
    QList<QString> initialMembers;
    for (const auto &ref : body.value(u"members@odata.bind"_s).toArray()) {
        const QString id = ref.toString().section(u'/', -1);
        if (!model.findUser(id) && !model.findGroup(id))
            return notFound(call, id);
        initialMembers.append(id);
    }
    Group g;
    g.id = model.ids.guid();
    g.displayName = displayName;
    g.description = body.value(u"description"_s).toString();
    g.mailNickname = nickname;
    g.mailEnabled = mailEnabled;
    g.securityEnabled = body.value(u"securityEnabled"_s).toBool();
    g.groupTypes = groupTypes;
    g.isAssignableToRole = body.value(u"isAssignableToRole"_s).toBool();
    g.createdDateTime = TenantModel::now();
    g.seq = model.nextSeq();
    Group &stored = model.groups.emplace(g.id, std::move(g)).first->second;
    for (const QString &id : initialMembers)
        model.addMember(stored, id, model.findGroup(id) != nullptr);
    ++m_core.counters.creates;
    ++m_core.counters.groupCreates;
    QJsonObject o = TenantModel::groupObject(stored);
    o.insert(u"@odata.context"_s, context(call, u"groups/$entity"_s));
    return json(201, o);
}

GraphEndpoint::Reply GraphEndpoint::groupMembers(Call &call, Group &group, const QStringList &rest, bool transitive)
{
    TenantModel &model = m_core.model;
    bool usersOnly = false;
    if (!transitive && rest.size() == 1 && rest.at(0) == u"$ref") {
        if (call.method != "POST")
            return methodNotAllowed(call);
        QJsonObject body;
        if (auto bad = parseBody(call, &body))
            return *bad;
        const QString id = body.value(u"@odata.id"_s).toString().section(u'/', -1);
        const bool isGroup = model.findGroup(id) != nullptr;
        if (!isGroup && !model.findUser(id))
            return notFound(call, id);
        const QString memberId = isGroup ? model.findGroup(id)->id : model.findUser(id)->id;
        if (!model.addMember(group, memberId, isGroup))
            return error(call, 400, u"Request_BadRequest"_s,
                u"One or more added object references already exist for the following modified properties: "
                u"'members'."_s);
        ++m_core.counters.memberAdds;
        return noContent();
    }
    if (!transitive && rest.size() == 2 && rest.at(1) == u"$ref") {
        if (call.method != "DELETE")
            return methodNotAllowed(call);
        if (!model.removeMember(group, rest.at(0)))
            return notFound(call, rest.at(0));
        ++m_core.counters.deletes;
        return noContent();
    }
    if (rest.size() == 1 && is(rest.at(0), u"microsoft.graph.user"))
        usersOnly = true;
    else if (!rest.isEmpty())
        return badSegment(call, rest.last());
    if (call.method != "GET")
        return methodNotAllowed(call);
    int top = 100;
    if (auto bad = parseTop(call, 100, &top))
        return *bad;
    QList<UserField> fields;
    QString unknown;
    if (!TenantModel::parseUserSelect(call.q(u"$select"), &fields, &unknown))
        return error(call, 400, u"Request_BadRequest"_s,
            u"Could not find a property named '%1' on type 'microsoft.graph.directoryObject'."_s.arg(unknown));
    if (is(call.q(u"$count"), u"true") && !call.eventual())
        return error(call, 400, u"Request_BadRequest"_s,
            u"$count is not currently supported without the header 'ConsistencyLevel: eventual'."_s);
    QList<Member> members = transitive ? model.transitiveMembers(group) : group.members;
    if (usersOnly)
        members.removeIf([](const Member &m) { return m.isGroup; });
    QJsonObject state;
    if (call.has(u"$skiptoken")) {
        state = decodeToken(call.q(u"$skiptoken"));
        if (state.isEmpty())
            return error(call, 400, u"Request_BadRequest"_s, u"Invalid $skiptoken."_s);
    }
    const int offset = state.value(u"o"_s).toInt();
    QByteArray out = "{\"@odata.context\":";
    JsonBytes::appendString(out, context(call, u"directoryObjects"_s));
    if (is(call.q(u"$count"), u"true") && state.isEmpty()) {
        out.append(",\"@odata.count\":");
        out.append(QByteArray::number(members.size()));
    }
    if (offset + top < members.size()) {
        out.append(",\"@odata.nextLink\":");
        JsonBytes::appendString(out, nextLink(call, QJsonObject {{u"o"_s, offset + top}}, true, "$skiptoken"));
    }
    out.append(",\"value\":[");
    bool first = true;
    for (qsizetype i = offset; i < members.size() && i < offset + top; ++i) {
        const Member &m = members.at(i);
        if (!first)
            out.append(',');
        first = false;
        if (m.isGroup) {
            const Group *g = model.findGroup(m.id);
            appendObject(out, withType(g ? TenantModel::groupObject(*g) : QJsonObject {{u"id"_s, m.id}}, u"group"_s));
        } else if (const User *u = model.findUser(m.id)) {
            TenantModel::appendUser(out, *u, fields, true);
        }
    }
    out.append("]}");
    return rawJson(200, std::move(out));
}

GraphEndpoint::Reply GraphEndpoint::groupsDelta(Call &call)
{
    TenantModel &model = m_core.model;
    QJsonObject state;
    const QString deltaToken = call.q(u"$deltatoken");
    const QString skipToken = call.q(u"$skiptoken");
    if (is(deltaToken, u"latest")) {
        // A deltaLink for "from now on" without the initial round (documented for users and groups).
        return latestDeltaLink(call, u"g"_s, u"groups"_s);
    }
    if (!deltaToken.isEmpty() || !skipToken.isEmpty()) {
        state = decodeToken(deltaToken.isEmpty() ? skipToken : deltaToken);
        if (state.value(u"k"_s).toString() != u"g")
            return error(call, 400, u"BadRequest"_s, u"The delta or skip token is not valid for /groups/delta."_s);
        if (state.value(u"g"_s).toInt() != model.deltaGeneration)
            return error(call, 400, u"syncStateNotFound"_s, syncStateMessage);
        if (!deltaToken.isEmpty()) {
            state.insert(u"t"_s, double(model.seq));
            state.remove(u"a"_s);
            state.remove(u"o"_s);
        }
    } else {
        QStringList fields;
        QString unknown;
        if (!selectFields(call.q(u"$select"), TenantModel::groupObject(Group {}), &fields, &unknown))
            return error(call, 400, u"Request_BadRequest"_s,
                u"Could not find a property named '%1' on type 'microsoft.graph.group'."_s.arg(unknown));
        const QString expand = call.q(u"$expand").trimmed();
        if (!expand.isEmpty() && !expand.startsWith(u"members", Qt::CaseInsensitive))
            return error(call, 400, u"ExpandNotSupported"_s, u"Only $expand=members is supported on groups/delta."_s);
        // Membership changes come with $expand=members (graph-facts §6.3) or $select=...,members (the delta doc).
        bool selectMembers = false;
        for (const QString &name : call.q(u"$select").split(u',', Qt::SkipEmptyParts))
            selectMembers = selectMembers || is(name.trimmed(), u"members");
        int top = 100;
        if (auto bad = parseTop(call, 100, &top))
            return *bad;
        state = QJsonObject {{u"k"_s, u"g"_s}, {u"f"_s, -1}, {u"t"_s, double(model.seq)}, {u"s"_s, fields.join(u',')},
            {u"x"_s, !expand.isEmpty() || selectMembers}, {u"n"_s, top}, {u"g"_s, model.deltaGeneration}};
    }
    const qint64 from = qint64(state.value(u"f"_s).toDouble());
    const bool expand = state.value(u"x"_s).toBool();
    const int top = qMax(1, state.value(u"n"_s).toInt());
    const QStringList fields = state.value(u"s"_s).toString().split(u',', Qt::SkipEmptyParts);
    const QString after = state.value(u"a"_s).toString();
    const int offset = state.value(u"o"_s).toInt();
    const int chunk = qMax(1, m_core.options.maxMembersPerGroupPerDeltaPage);

    auto it = after.isEmpty() ? model.groups.begin()
        : offset > 0          ? model.groups.lower_bound(after)
                              : model.groups.upper_bound(after);
    QByteArray items;
    int emitted = 0;
    QString lastId;
    int nextOffset = 0;
    bool more = false;
    for (; it != model.groups.end(); ++it) {
        const Group &group = it->second;
        const int start = (group.id == after && offset > 0) ? offset : 0;
        struct Entry
        {
            QString id;
            bool isGroup;
            bool removed;
        };
        QList<Entry> entries;
        if (expand) {
            if (from < 0) {
                for (const Member &m : group.members)
                    entries.append({m.id, m.isGroup, false});
            } else {
                QHash<QString, qsizetype> index; // the net change per member since the last round
                for (const MemberEvent &e : group.events) {
                    if (e.seq <= from)
                        continue;
                    const auto found = index.constFind(e.id);
                    if (found != index.constEnd())
                        entries[found.value()] = {e.id, e.isGroup, !e.added};
                    else {
                        index.insert(e.id, entries.size());
                        entries.append({e.id, e.isGroup, !e.added});
                    }
                }
            }
        }
        const bool changed = from < 0 || group.seq > from;
        if (!changed && entries.isEmpty())
            continue;
        if (emitted == top) {
            more = true;
            break;
        }
        QJsonObject o = project(TenantModel::groupObject(group), fields);
        if (expand) {
            QJsonArray delta;
            for (qsizetype i = start; i < entries.size() && i < start + chunk; ++i) {
                QJsonObject m {{u"@odata.type"_s,
                                   entries.at(i).isGroup ? u"#microsoft.graph.group"_s : u"#microsoft.graph.user"_s},
                    {u"id"_s, entries.at(i).id}};
                if (entries.at(i).removed)
                    m.insert(u"@removed"_s, QJsonObject {{u"reason"_s, u"deleted"_s}});
                delta.append(m);
            }
            o.insert(u"members@delta"_s, delta);
        }
        if (emitted)
            items.append(',');
        appendObject(items, o);
        ++emitted;
        lastId = group.id;
        if (expand && entries.size() - start > chunk) {
            // A big group continues on the next page and reappears there (graph-facts §6.3).
            more = true;
            nextOffset = start + chunk;
            break;
        }
    }
    QByteArray out = "{\"@odata.context\":";
    JsonBytes::appendString(out, context(call, u"groups"_s));
    call.path = u'/' + call.version + u"/groups/delta"_s;
    QJsonObject next = state;
    if (more) {
        next.insert(u"a"_s, lastId);
        next.insert(u"o"_s, nextOffset);
        out.append(",\"@odata.nextLink\":");
        JsonBytes::appendString(out, nextLink(call, next, false, "$skiptoken"));
    } else {
        next.insert(u"f"_s, state.value(u"t"_s));
        next.remove(u"t"_s);
        next.remove(u"a"_s);
        next.remove(u"o"_s);
        out.append(",\"@odata.deltaLink\":");
        JsonBytes::appendString(out, nextLink(call, next, false, "$deltatoken"));
    }
    out.append(",\"value\":[");
    out.append(items);
    out.append("]}");
    return rawJson(200, std::move(out));
}

// ---------------------------------------------------------------------------------------------------------------
// Policies (graph-facts §1.2, §2)

GraphEndpoint::Reply GraphEndpoint::policiesRoute(Call &call)
{
    TenantModel &model = m_core.model;
    const QStringList &s = call.segments;
    if (s.size() < 2)
        return badSegment(call, s.at(0));
    if (is(s.at(1), u"authorizationPolicy")) {
        if (s.size() > 2 && !(s.size() == 3 && is(s.at(2), u"authorizationPolicy")))
            return badSegment(call, s.last());
        if (call.method == "GET") {
            QJsonObject o = model.authorizationPolicy;
            o.insert(u"@odata.context"_s, context(call, u"policies/authorizationPolicy/$entity"_s));
            return json(200, o);
        }
        if (call.method == "PATCH") {
            QJsonObject body;
            if (auto bad = parseBody(call, &body))
                return *bad;
            for (auto it = body.begin(); it != body.end(); ++it) {
                const QJsonValue current = model.authorizationPolicy.value(it.key());
                if (it.key() == u"id" || current.isUndefined())
                    return error(call, 400, u"Request_BadRequest"_s, u"Invalid property '%1'."_s.arg(it.key()));
                if (current.isBool() && !it.value().isBool())
                    return error(call, 400, u"Request_BadRequest"_s,
                        u"Invalid value specified for property '%1'."_s.arg(it.key()));
            }
            for (auto it = body.begin(); it != body.end(); ++it)
                model.authorizationPolicy.insert(it.key(), it.value());
            ++m_core.counters.updates;
            return noContent();
        }
        return methodNotAllowed(call);
    }
    if (!is(s.at(1), u"authenticationMethodsPolicy"))
        return badSegment(call, s.at(1));
    auto visible = [&](const QJsonObject &config) {
        return call.beta() || config.value(u"id"_s).toString() != u"HardwareOath"; // beta only (§2.3)
    };
    auto policyForVersion = [&]() {
        QJsonObject o = model.authMethodsPolicy;
        QJsonArray configs;
        for (const auto &c : o.value(u"authenticationMethodConfigurations"_s).toArray()) {
            if (visible(c.toObject()))
                configs.append(c);
        }
        o.insert(u"authenticationMethodConfigurations"_s, configs);
        if (!call.beta()) {
            o.remove(u"reportSuspiciousActivitySettings"_s);
            o.remove(u"systemCredentialPreferences"_s);
        }
        o.insert(u"@odata.context"_s, context(call, u"authenticationMethodsPolicy"_s));
        return o;
    };
    if (s.size() == 2) {
        if (call.method == "GET")
            return json(200, policyForVersion());
        if (call.method != "PATCH")
            return methodNotAllowed(call);
        QJsonObject body;
        if (auto bad = parseBody(call, &body))
            return *bad;
        QStringList writable {u"registrationEnforcement"_s};
        if (call.beta())
            writable << u"reportSuspiciousActivitySettings"_s << u"systemCredentialPreferences"_s;
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (!writable.contains(it.key()) || !it.value().isObject())
                return error(call, 400, u"BadRequest"_s,
                    u"Property '%1' cannot be updated on authenticationMethodsPolicy."_s.arg(it.key()));
        }
        const QJsonObject campaign = body.value(u"registrationEnforcement"_s)
                                         .toObject()
                                         .value(u"authenticationMethodsRegistrationCampaign"_s)
                                         .toObject();
        if (campaign.contains(u"snoozeDurationInDays"_s)) {
            const int snooze = campaign.value(u"snoozeDurationInDays"_s).toInt(-1);
            if (snooze < 0 || snooze > 14)
                return error(call, 400, u"BadRequest"_s, u"snoozeDurationInDays must be between 0 and 14."_s);
        }
        for (auto it = body.begin(); it != body.end(); ++it)
            model.authMethodsPolicy.insert(it.key(), it.value());
        model.authMethodsPolicy.insert(u"lastModifiedDateTime"_s, TenantModel::now());
        ++m_core.counters.updates;
        return json(200, policyForVersion());
    }
    if (!is(s.at(2), u"authenticationMethodConfigurations"))
        return badSegment(call, s.at(2));
    QJsonArray configs = model.authMethodsPolicy.value(u"authenticationMethodConfigurations"_s).toArray();
    if (s.size() == 3) {
        if (call.method != "GET")
            return methodNotAllowed(call);
        QJsonArray value;
        for (const auto &c : configs) {
            if (visible(c.toObject()))
                value.append(c);
        }
        return json(200,
            QJsonObject {
                {u"@odata.context"_s,
                    context(call, u"policies/authenticationMethodsPolicy/authenticationMethodConfigurations"_s)},
                {u"value"_s, value}});
    }
    if (s.size() > 4)
        return badSegment(call, s.last());
    qsizetype index = -1;
    for (qsizetype i = 0; i < configs.size(); ++i) {
        if (is(configs.at(i).toObject().value(u"id"_s).toString(), s.at(3)) && visible(configs.at(i).toObject()))
            index = i;
    }
    if (index < 0)
        return notFound(call, s.at(3));
    QJsonObject config = configs.at(index).toObject();
    if (call.method == "GET") {
        config.insert(u"@odata.context"_s,
            context(call, u"policies/authenticationMethodsPolicy/authenticationMethodConfigurations/$entity"_s));
        return json(200, config);
    }
    if (call.method == "DELETE") {
        configs[index] = TenantModel::defaultMethodConfiguration(config.value(u"id"_s).toString());
        model.authMethodsPolicy.insert(u"authenticationMethodConfigurations"_s, configs);
        ++m_core.counters.deletes;
        return noContent();
    }
    if (call.method != "PATCH")
        return methodNotAllowed(call);
    QJsonObject body;
    if (auto bad = parseBody(call, &body))
        return *bad;
    // Each PATCH must name the configuration's @odata.type (graph-facts §2.1); the error wording is unverified.
    if (body.value(u"@odata.type"_s).toString() != config.value(u"@odata.type"_s).toString())
        return error(call, 400, u"BadRequest"_s,
            u"The request body must contain \"@odata.type\": \"%1\"."_s.arg(config.value(u"@odata.type"_s).toString()));
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        if (key == u"@odata.type")
            continue;
        if (key == u"id" || !config.contains(key))
            return error(call, 400, u"BadRequest"_s,
                u"Property '%1' does not exist on %2."_s.arg(key, config.value(u"@odata.type"_s).toString()));
        if (key == u"state" && it.value().toString() != u"enabled" && it.value().toString() != u"disabled")
            return error(call, 400, u"BadRequest"_s, u"state must be 'enabled' or 'disabled'."_s);
        if (key == u"includeTargets" || key == u"excludeTargets") {
            if (!it.value().isArray())
                return error(call, 400, u"BadRequest"_s, u"%1 must be an array."_s.arg(key));
            for (const auto &t : it.value().toArray()) {
                const QJsonObject target = t.toObject();
                const QString type = target.value(u"targetType"_s).toString();
                if (target.value(u"id"_s).toString().isEmpty() || (type != u"group" && type != u"user"))
                    return error(call, 400, u"BadRequest"_s,
                        u"Every target needs an id and a targetType of 'group' or 'user'."_s);
            }
        }
    }
    for (auto it = body.begin(); it != body.end(); ++it)
        config.insert(it.key(), it.value());
    configs[index] = config;
    model.authMethodsPolicy.insert(u"authenticationMethodConfigurations"_s, configs);
    model.authMethodsPolicy.insert(u"lastModifiedDateTime"_s, TenantModel::now());
    ++m_core.counters.updates;
    return noContent();
}

// ---------------------------------------------------------------------------------------------------------------
// Reports (graph-facts §5)

GraphEndpoint::Reply GraphEndpoint::reportsRoute(Call &call)
{
    const QStringList &s = call.segments;
    if (s.size() < 3 || !is(s.at(1), u"authenticationMethods"))
        return badSegment(call, s.size() > 1 ? s.at(1) : s.at(0));
    if (call.method != "GET")
        return methodNotAllowed(call);
    if (!m_core.options.grantReportPermission)
        return error(call, 403, u"Authorization_RequestDenied"_s,
            u"Insufficient privileges to complete the operation. The report needs the AuditLog.Read.All "
            u"permission."_s);
    TenantModel &model = m_core.model;
    QSet<QString> scope;
    bool scopeFound = false;
    for (const auto &[id, g] : model.groups) {
        if (g.displayName == u"SSPR Pilot") {
            scope = model.transitiveUserIds(g);
            scopeFound = true;
            break;
        }
    }
    if (!scopeFound) {
        for (const auto &[id, u] : model.users)
            scope.insert(id);
    }
    const QString &report = s.at(2);
    if (report.startsWith(u"usersRegisteredByMethod", Qt::CaseInsensitive)
        || report.startsWith(u"usersRegisteredByFeature", Qt::CaseInsensitive)) {
        const bool byMethod = report.startsWith(u"usersRegisteredByMethod", Qt::CaseInsensitive);
        QMap<QString, int> counts;
        qint64 total = 0;
        for (const auto &[id, user] : model.users) {
            const QJsonObject d = model.registrationDetails(user, scope);
            ++total;
            if (byMethod) {
                for (const auto &m : d.value(u"methodsRegistered"_s).toArray())
                    counts[m.toString()] += 1;
            } else {
                for (const auto *f : {u"isSsprRegistered", u"isSsprEnabled", u"isSsprCapable", u"isPasswordlessCapable",
                         u"isMfaCapable"}) {
                    const QString key = QString::fromUtf16(f);
                    if (d.value(key).toBool()) {
                        QString feature = key.mid(2);
                        feature[0] = feature[0].toLower();
                        counts[feature] += 1;
                    }
                }
            }
        }
        QJsonArray array;
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            array.append(QJsonObject {
                {byMethod ? u"authenticationMethod"_s : u"feature"_s, it.key()}, {u"userCount"_s, it.value()}});
        }
        return json(200,
            QJsonObject {{u"@odata.type"_s,
                             byMethod ? u"#microsoft.graph.userRegistrationMethodSummary"_s
                                      : u"#microsoft.graph.userRegistrationFeatureSummary"_s},
                {u"totalUserCount"_s, double(total)}, {u"userTypes"_s, u"all"_s}, {u"userRoles"_s, u"all"_s},
                {byMethod ? u"userRegistrationMethodCounts"_s : u"userRegistrationFeatureCounts"_s, array}});
    }
    if (!is(report, u"userRegistrationDetails"))
        return badSegment(call, report);
    if (s.size() == 4) {
        const User *user = model.findUser(s.at(3));
        if (!user)
            return notFound(call, s.at(3));
        QJsonObject o = model.registrationDetails(*user, scope);
        o.insert(
            u"@odata.context"_s, context(call, u"reports/authenticationMethods/userRegistrationDetails/$entity"_s));
        return json(200, o);
    }
    if (s.size() > 4)
        return badSegment(call, s.last());
    int top = 100; // the report takes only $filter and $orderby (§5.1); $top is accepted here for convenience
    if (auto bad = parseTop(call, 100, &top))
        return *bad;
    ODataFilter filter;
    QString problem;
    if (!filter.parse(call.q(u"$filter"), &problem))
        return error(call, 400, u"BadRequest"_s, problem);
    QJsonObject state;
    if (call.has(u"$skiptoken")) {
        state = decodeToken(call.q(u"$skiptoken"));
        if (state.isEmpty())
            return error(call, 400, u"Request_BadRequest"_s, u"Invalid $skiptoken."_s);
    }
    const QString after = state.value(u"a"_s).toString();
    QJsonArray value;
    bool more = false;
    QString last;
    for (auto it = after.isEmpty() ? model.users.begin() : model.users.upper_bound(after); it != model.users.end();
         ++it) {
        const QJsonObject d = model.registrationDetails(it->second, scope);
        if (!filter.matches([&d](const QString &property) -> QJsonValue {
                for (auto f = d.begin(); f != d.end(); ++f) {
                    if (is(f.key(), property))
                        return f.value();
                }
                return QJsonValue(QJsonValue::Undefined);
            }))
            continue;
        if (value.size() == top) {
            more = true;
            break;
        }
        value.append(d);
        last = it->first;
    }
    QJsonObject out {{u"@odata.context"_s, context(call, u"reports/authenticationMethods/userRegistrationDetails"_s)}};
    if (more)
        out.insert(u"@odata.nextLink"_s, nextLink(call, QJsonObject {{u"a"_s, last}}, true, "$skiptoken"));
    out.insert(u"value"_s, value);
    return json(200, out);
}

// ---------------------------------------------------------------------------------------------------------------
// Hardware OATH inventory (beta, graph-facts §4.1)

GraphEndpoint::Reply GraphEndpoint::directoryRoute(Call &call)
{
    const QStringList &s = call.segments;
    if (!call.beta())
        return badSegment(call, s.size() > 1 ? s.at(1) : s.at(0));
    if (s.size() < 3 || !is(s.at(1), u"authenticationMethodDevices") || !is(s.at(2), u"hardwareOathDevices"))
        return badSegment(call, s.last());
    TenantModel &model = m_core.model;
    const QString collection = u"directory/authenticationMethodDevices/hardwareOathDevices"_s;
    if (s.size() == 3) {
        if (call.method == "GET") {
            QJsonArray value;
            for (const auto &[id, device] : model.devices)
                value.append(model.deviceObject(device));
            return json(200, QJsonObject {{u"@odata.context"_s, context(call, collection)}, {u"value"_s, value}});
        }
        if (call.method != "POST")
            return methodNotAllowed(call);
        QJsonObject body;
        if (auto bad = parseBody(call, &body))
            return *bad;
        // Validation messages are ours [unverified]; the required fields and values are from §4.1.
        for (const auto *field : {u"serialNumber", u"manufacturer", u"model", u"secretKey"}) {
            if (body.value(QString::fromUtf16(field)).toString().isEmpty())
                return error(
                    call, 400, u"badRequest"_s, u"The property '%1' is required."_s.arg(QString::fromUtf16(field)));
        }
        const QString secretText = body.value(u"secretKey"_s).toString();
        bool ok = false;
        const QByteArray secret = FakeTotp::base32Decode(secretText, &ok);
        if (!ok || secretText.size() > 128)
            return error(call, 400, u"badRequest"_s, u"secretKey must be Base32, at most 128 characters."_s);
        const int interval = body.value(u"timeIntervalInSeconds"_s).toInt(0);
        if (interval != 30 && interval != 60)
            return error(call, 400, u"badRequest"_s, u"timeIntervalInSeconds must be 30 or 60."_s);
        const QString hash = body.value(u"hashFunction"_s).toString(u"hmacsha1"_s);
        if (hash != u"hmacsha1" && hash != u"hmacsha256")
            return error(call, 400, u"badRequest"_s, u"hashFunction must be hmacsha1 or hmacsha256."_s);
        const QString serial = body.value(u"serialNumber"_s).toString();
        for (const auto &[id, d] : model.devices) {
            if (d.serialNumber == serial && d.manufacturer == body.value(u"manufacturer"_s).toString())
                return error(
                    call, 400, u"badRequest"_s, u"A token with serial number '%1' already exists."_s.arg(serial));
        }
        OathDevice device;
        device.id = model.ids.guid();
        device.displayName = body.value(u"displayName"_s).toString();
        device.serialNumber = serial;
        device.manufacturer = body.value(u"manufacturer"_s).toString();
        device.model = body.value(u"model"_s).toString();
        device.secret = secret;
        device.timeIntervalInSeconds = interval;
        device.hashFunction = hash;
        device.status = u"available"_s;
        device.createdDateTime = TenantModel::now();
        const QString assignTo = body.value(u"assignTo"_s).toObject().value(u"id"_s).toString();
        User *user = nullptr;
        if (!assignTo.isEmpty()) {
            user = model.findUser(assignTo);
            if (!user)
                return notFound(call, assignTo);
            if (isAdminBlocked(*user))
                return error(call, 403, u"Authorization_RequestDenied"_s, deniedMessage);
        }
        OathDevice &stored = model.devices.emplace(device.id, std::move(device)).first->second;
        if (user) {
            stored.assignedUserId = user->id;
            stored.status = u"assigned"_s;
            AuthMethod m;
            m.kind = AuthMethod::Kind::HardwareOath;
            m.id = stored.id;
            m.displayName = stored.displayName;
            user->methods.append(m);
        }
        ++m_core.counters.creates;
        ++m_core.counters.oathDeviceCreates;
        QJsonObject o = model.deviceObject(stored);
        o.insert(u"@odata.context"_s, context(call, collection + u"/$entity"_s));
        return json(201, o);
    }
    if (s.size() > 4)
        return badSegment(call, s.last());
    OathDevice *device = model.findDevice(s.at(3));
    if (!device)
        return notFound(call, s.at(3));
    if (call.method == "GET") {
        QJsonObject o = model.deviceObject(*device);
        o.insert(u"@odata.context"_s, context(call, collection + u"/$entity"_s));
        return json(200, o);
    }
    if (call.method == "PATCH") {
        QJsonObject body;
        if (auto bad = parseBody(call, &body))
            return *bad;
        if (body.contains(u"displayName"_s))
            device->displayName = body.value(u"displayName"_s).toString();
        const QString assignTo = body.value(u"assignTo"_s).toObject().value(u"id"_s).toString();
        if (!assignTo.isEmpty()) {
            User *user = model.findUser(assignTo);
            if (!user)
                return notFound(call, assignTo);
            if (isAdminBlocked(*user))
                return error(call, 403, u"Authorization_RequestDenied"_s, deniedMessage);
            if (!device->assignedUserId.isEmpty() && device->assignedUserId != user->id)
                return error(call, 400, u"badRequest"_s, u"The token is already assigned to another user."_s);
            device->assignedUserId = user->id;
            if (device->status == u"available")
                device->status = u"assigned"_s;
            if (!user->method(device->id)) {
                AuthMethod m;
                m.kind = AuthMethod::Kind::HardwareOath;
                m.id = device->id;
                m.displayName = device->displayName;
                user->methods.append(m);
            }
        }
        ++m_core.counters.updates;
        return noContent();
    }
    if (call.method == "DELETE") {
        if (!device->assignedUserId.isEmpty())
            return error(call, 400, u"badRequest"_s, u"Unassign the token before deleting it."_s);
        model.devices.erase(device->id);
        ++m_core.counters.deletes;
        return noContent();
    }
    return methodNotAllowed(call);
}

GraphEndpoint::Reply GraphEndpoint::organization(Call &call)
{
    if (call.method != "GET")
        return methodNotAllowed(call);
    const TenantModel &model = m_core.model;
    const QJsonObject org {{u"id"_s, model.tenantId}, {u"displayName"_s, u"Contoso"_s},
        {u"verifiedDomains"_s,
            QJsonArray {QJsonObject {{u"name"_s, model.domain}, {u"isDefault"_s, true}, {u"isInitial"_s, true},
                {u"type"_s, u"Managed"_s}}}}};
    return json(
        200, QJsonObject {{u"@odata.context"_s, context(call, u"organization"_s)}, {u"value"_s, QJsonArray {org}}});
}

} // namespace Sspr::FakeGraph
