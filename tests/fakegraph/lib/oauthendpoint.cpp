#include "oauthendpoint.h"

#include "servercore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sspr::FakeGraph {

namespace {

const QString deviceCodeGrantType = u"urn:ietf:params:oauth:grant-type:device_code"_s;
const QString jwtBearer = u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> form;
    QByteArray text = body;
    text.replace('+', ' '); // form encoding writes spaces as '+'
    for (const QByteArray &part : text.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QString key = QUrl::fromPercentEncoding(eq < 0 ? part : part.left(eq));
        const QString value = eq < 0 ? QString() : QUrl::fromPercentEncoding(part.mid(eq + 1));
        form.insert(key, value);
    }
    return form;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool isLoopbackRedirect(const QUrl &url)
{
    return url.isValid() && url.scheme() == u"http" && (url.host() == u"localhost" || url.host() == u"127.0.0.1");
}

} // namespace

OAuthEndpoint::OAuthEndpoint(ServerCore &core)
    : m_core(core)
{ }

bool OAuthEndpoint::handles(const HttpRequest &request) const
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    if (segments.size() == 1 && segments.at(0) == u"devicelogin")
        return true;
    if (segments.size() == 4 && segments.at(1) == u"v2.0" && segments.at(2) == u".well-known"
        && segments.at(3) == u"openid-configuration")
        return true;
    return segments.size() == 4 && segments.at(1) == u"oauth2" && segments.at(2) == u"v2.0";
}

QString OAuthEndpoint::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(base64Url(raw));
}

bool OAuthEndpoint::tenantKnown(const QString &tenant) const
{
    return tenant.compare(m_core.model.tenantId, Qt::CaseInsensitive) == 0
        || tenant.compare(m_core.model.domain, Qt::CaseInsensitive) == 0 || tenant == u"organizations"
        || tenant == u"common";
}

// OAuth error JSON of graph-facts §9.1. The AADSTS numbers are the documented ones where known; the others are
// plausible stand-ins [unverified].
HttpResponse OAuthEndpoint::error(int status, const QString &code, int aadsts, const QString &description) const
{
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd hh:mm:ss'Z'"_s);
    const QString trace = m_requestId;
    const QString correlation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject body {{u"error"_s, code},
        {u"error_description"_s,
            u"AADSTS%1: %2 Trace ID: %3 Correlation ID: %4 Timestamp: %5"_s.arg(aadsts).arg(
                description, trace, correlation, timestamp)},
        {u"error_codes"_s, QJsonArray {aadsts}}, {u"timestamp"_s, timestamp}, {u"trace_id"_s, trace},
        {u"correlation_id"_s, correlation},
        {u"error_uri"_s, u"https://login.microsoftonline.com/error?code=%1"_s.arg(aadsts)}};
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.setHeader("Cache-Control", "no-store, no-cache");
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse OAuthEndpoint::handle(const HttpRequest &request, const QString &requestId)
{
    m_requestId = requestId;
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    if (segments.size() == 1)
        return deviceLogin(request);
    const Options &o = m_core.options;
    if (o.faultsOnOAuth) {
        if (m_core.faults.chance(o.rate429)) {
            ++m_core.counters.throttled;
            HttpResponse r = error(429, u"temporarily_unavailable"_s, 50196, u"Too many requests."_s);
            r.setHeader("Retry-After", QByteArray::number(o.retryAfterSeconds));
            return r;
        }
        if (m_core.faults.chance(o.rate503)) {
            ++m_core.counters.unavailable;
            return error(503, u"temporarily_unavailable"_s, 90033, u"A transient error has occurred."_s);
        }
    }
    const QString tenant = segments.at(0);
    const QString operation = segments.at(3);
    if (segments.at(1) == u"v2.0")
        return discovery(tenant);
    HttpResponse r;
    if (!tenantKnown(tenant)) {
        r = error(400, u"invalid_request"_s, 90002,
            u"Tenant '%1' not found. Check to make sure you have the correct tenant ID and are signing into the "
            u"correct cloud."_s.arg(tenant));
    } else if (operation == u"token" && request.method == "POST") {
        ++m_core.counters.tokenRequests;
        r = token(request, tenant);
    } else if (operation == u"devicecode" && request.method == "POST") {
        r = deviceCode(request);
    } else if (operation == u"authorize" && request.method == "GET") {
        r = authorize(request);
    } else {
        r = error(405, u"invalid_request"_s, 900561, u"The endpoint only accepts POST requests (GET for authorize)."_s);
    }
    if (o.faultsOnOAuth) {
        if (m_core.faults.chance(o.rateDrop)) {
            ++m_core.counters.dropped;
            r.drop = true;
        } else if (m_core.faults.chance(o.rateTruncate)) {
            ++m_core.counters.truncated;
            r.truncate = true;
        }
    }
    return r;
}

// The OpenID discovery document, with every endpoint on this server.
HttpResponse OAuthEndpoint::discovery(const QString &tenant) const
{
    if (!tenantKnown(tenant))
        return error(400, u"invalid_tenant"_s, 90002, u"Tenant '%1' not found."_s.arg(tenant));
    const QString base = m_core.baseUrl + u'/' + tenant + u"/oauth2/v2.0/"_s;
    const QJsonObject body {{u"issuer"_s, m_core.baseUrl + u'/' + m_core.model.tenantId + u"/v2.0"_s},
        {u"token_endpoint"_s, base + u"token"_s}, {u"authorization_endpoint"_s, base + u"authorize"_s},
        {u"device_authorization_endpoint"_s, base + u"devicecode"_s},
        {u"token_endpoint_auth_methods_supported"_s,
            QJsonArray {u"client_secret_post"_s, u"private_key_jwt"_s, u"client_secret_basic"_s}},
        {u"response_types_supported"_s, QJsonArray {u"code"_s}},
        {u"code_challenge_methods_supported"_s, QJsonArray {u"S256"_s}}, {u"tenant_region_scope"_s, u"WW"_s}};
    HttpResponse r;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse OAuthEndpoint::token(const HttpRequest &request, const QString &tenant)
{
    const QHash<QString, QString> form = parseForm(request.body);
    const QString grant = form.value(u"grant_type"_s);
    if (grant.isEmpty())
        return error(400, u"invalid_request"_s, 900144,
            u"The request body must contain the following parameter: 'grant_type'."_s);
    if (form.value(u"client_id"_s).isEmpty())
        return error(400, u"invalid_request"_s, 900144,
            u"The request body must contain the following parameter: 'client_id'."_s);
    if (grant == u"client_credentials")
        return clientCredentials(form, tenant);
    if (grant == deviceCodeGrantType)
        return deviceCodeGrant(form);
    if (grant == u"authorization_code")
        return authorizationCodeGrant(form);
    if (grant == u"refresh_token")
        return refreshTokenGrant(form);
    return error(
        400, u"unsupported_grant_type"_s, 70003, u"The app requested an unsupported grant type '%1'."_s.arg(grant));
}

HttpResponse OAuthEndpoint::clientCredentials(const QHash<QString, QString> &form, const QString &tenant)
{
    const QString clientId = form.value(u"client_id"_s);
    const QString scope = form.value(u"scope"_s);
    if (scope.isEmpty() || scope.contains(u' ') || !scope.endsWith(u"/.default"))
        return error(400, u"invalid_scope"_s, 70011,
            u"The provided request must include a 'scope' input parameter. The provided value for the input "
            u"parameter 'scope' is not valid. The scope %1 is not valid. Client credential flows must have a "
            u"scope value with /.default suffixed to the resource identifier."_s.arg(scope));
    const QString secret = form.value(u"client_secret"_s);
    const QString assertion = form.value(u"client_assertion"_s);
    if (secret.isEmpty() && assertion.isEmpty())
        return error(401, u"invalid_client"_s, 7000218,
            u"The request body must contain the following parameter: 'client_assertion' or 'client_secret'."_s);
    if (!secret.isEmpty()) {
        if (!m_core.options.clientSecret.isEmpty() && secret != m_core.options.clientSecret)
            return error(401, u"invalid_client"_s, 7000215,
                u"Invalid client secret provided. Ensure the secret being sent in the request is the client "
                u"secret value, not the client secret ID, for a secret added to app '%1'."_s.arg(clientId));
    } else {
        if (form.value(u"client_assertion_type"_s) != jwtBearer)
            return error(400, u"invalid_request"_s, 50027, u"The client_assertion_type must be '%1'."_s.arg(jwtBearer));
        int aadsts = 0;
        const QString problem = checkAssertion(assertion, clientId, tenant, &aadsts);
        if (!problem.isEmpty())
            return error(401, u"invalid_client"_s, aadsts, problem);
    }
    return tokens(clientId, QString(), QString(), false, tenant);
}

// Checks the assertion's shape and claims (graph-facts §9.1). The signature is NOT verified: the fake has no
// certificate registry; it only insists there is a non-empty third part.
QString OAuthEndpoint::checkAssertion(
    const QString &assertion, const QString &clientId, const QString &tenant, int *aadsts) const
{
    *aadsts = 50027;
    const QStringList parts = assertion.split(u'.');
    if (parts.size() != 3 || parts.at(2).isEmpty())
        return u"JWT token is invalid or malformed: it must have three base64url parts."_s;
    for (const QString &part : parts) {
        for (const QChar c : part) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
                return u"JWT token is invalid or malformed: a part is not base64url."_s;
        }
    }
    const auto decode = [](const QString &part) {
        return QJsonDocument::fromJson(
            QByteArray::fromBase64(part.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            .object();
    };
    const QJsonObject header = decode(parts.at(0));
    const QJsonObject claims = decode(parts.at(1));
    if (header.isEmpty() || claims.isEmpty())
        return u"JWT token is invalid or malformed: the header or the claims are not JSON."_s;
    const QString alg = header.value(u"alg"_s).toString();
    if (alg != u"PS256" && alg != u"RS256")
        return u"JWT token is invalid or malformed: alg must be PS256 or RS256, not '%1'."_s.arg(alg);
    if (!header.contains(u"x5t#S256"_s) && !header.contains(u"x5t"_s))
        return u"JWT token is invalid or malformed: the header has no x5t#S256 or x5t thumbprint."_s;
    const QString aud = claims.value(u"aud"_s).toString();
    QStringList audiences;
    for (const QString &t : {m_core.model.tenantId, m_core.model.domain, tenant})
        audiences.append(m_core.baseUrl + u'/' + t + u"/oauth2/v2.0/token"_s);
    bool audOk = false;
    for (const QString &candidate : audiences)
        audOk = audOk || aud.compare(candidate, Qt::CaseInsensitive) == 0;
    if (!audOk) {
        *aadsts = 700016;
        return u"The audience claim '%1' is not this token endpoint."_s.arg(aud);
    }
    if (claims.value(u"iss"_s).toString() != clientId || claims.value(u"sub"_s).toString() != clientId) {
        *aadsts = 700021;
        return u"Client assertion iss and sub must both be the client_id."_s;
    }
    const qint64 now = nowMs() / 1000;
    const qint64 exp = qint64(claims.value(u"exp"_s).toDouble());
    if (exp <= 0) {
        return u"JWT token is invalid or malformed: the exp claim is missing."_s;
    }
    if (exp < now || exp > now + 24 * 3600) {
        *aadsts = 700024;
        return u"Client assertion is not within its valid time range."_s;
    }
    return {};
}

HttpResponse OAuthEndpoint::tokens(
    const QString &clientId, const QString &userId, const QString &scope, bool delegated, const QString &tenant)
{
    const int lifetime = m_core.options.tokenLifetimeSeconds;
    const QString access = randomToken(48);
    m_accessTokens.insert(access, AccessToken {clientId, userId, nowMs() + qint64(lifetime) * 1000, false});
    m_issued.append(access);
    QJsonObject body {{u"token_type"_s, u"Bearer"_s}, {u"expires_in"_s, lifetime - 1},
        {u"ext_expires_in"_s, lifetime - 1}, {u"access_token"_s, access}};
    if (delegated) {
        const QStringList scopes = scope.split(u' ', Qt::SkipEmptyParts);
        QStringList granted;
        for (const QString &s : scopes) {
            if (s != u"offline_access")
                granted.append(s);
        }
        body.insert(u"scope"_s, granted.join(u' '));
        if (scopes.contains(u"offline_access"_s)) {
            const QString refresh = randomToken(64);
            m_refreshTokens.insert(refresh, RefreshToken {clientId, scope, userId, true});
            m_issued.append(refresh);
            body.insert(u"refresh_token"_s, refresh);
        }
        if (scopes.contains(u"openid"_s)) {
            // Shaped like an Entra id_token but not signed by anyone.
            const User *user = m_core.model.findUser(userId);
            const qint64 now = nowMs() / 1000;
            const QJsonObject header {{u"typ"_s, u"JWT"_s}, {u"alg"_s, u"RS256"_s}, {u"kid"_s, u"fakegraph"_s}};
            const QJsonObject claims {{u"aud"_s, clientId},
                {u"iss"_s, m_core.baseUrl + u'/' + m_core.model.tenantId + u"/v2.0"_s}, {u"iat"_s, now},
                {u"nbf"_s, now}, {u"exp"_s, now + lifetime}, {u"tid"_s, m_core.model.tenantId}, {u"oid"_s, userId},
                {u"name"_s, user ? user->displayName : QString()},
                {u"preferred_username"_s, user ? user->userPrincipalName : QString()}, {u"ver"_s, u"2.0"_s}};
            const QString idToken = QString::fromLatin1(base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact))
                + '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.'
                + base64Url(QByteArray("unsigned-fake-signature")));
            m_issued.append(idToken);
            body.insert(u"id_token"_s, idToken);
        }
    }
    Q_UNUSED(tenant)
    HttpResponse r;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.setHeader("Cache-Control", "no-store, no-cache");
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse OAuthEndpoint::deviceCode(const HttpRequest &request)
{
    const QHash<QString, QString> form = parseForm(request.body);
    if (form.value(u"client_id"_s).isEmpty())
        return error(400, u"invalid_request"_s, 900144,
            u"The request body must contain the following parameter: 'client_id'."_s);
    if (form.value(u"scope"_s).isEmpty())
        return error(
            400, u"invalid_request"_s, 900144, u"The request body must contain the following parameter: 'scope'."_s);
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString userCode;
    for (int i = 0; i < 9; ++i)
        userCode.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    const QString code = randomToken(48);
    DeviceCode dc;
    dc.clientId = form.value(u"client_id"_s);
    dc.scope = form.value(u"scope"_s);
    dc.userCode = userCode;
    dc.intervalSeconds = qMax(1, m_core.options.deviceCodeIntervalSeconds);
    dc.expiresAtMs = nowMs() + qint64(m_core.options.deviceCodeExpiresInSeconds) * 1000;
    m_deviceCodes.insert(code, dc);
    m_lastUserCode = userCode;
    m_issued.append(code);
    // verification_uri points at this server (Entra says https://microsoft.com/devicelogin) so nothing leaves loopback.
    const QString uri = m_core.baseUrl + u"/devicelogin"_s;
    const QJsonObject body {{u"user_code"_s, userCode}, {u"device_code"_s, code}, {u"verification_uri"_s, uri},
        {u"expires_in"_s, m_core.options.deviceCodeExpiresInSeconds}, {u"interval"_s, dc.intervalSeconds},
        {u"message"_s,
            u"To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate."_s.arg(
                uri, userCode)}};
    HttpResponse r;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse OAuthEndpoint::deviceCodeGrant(const QHash<QString, QString> &form)
{
    const QString code = form.value(u"device_code"_s);
    auto it = m_deviceCodes.find(code);
    if (code.isEmpty() || it == m_deviceCodes.end() || it->clientId != form.value(u"client_id"_s)
        || it->state == DeviceCode::State::Redeemed)
        return error(400, u"bad_verification_code"_s, 70019, u"The device code is not recognised."_s);
    DeviceCode &dc = it.value();
    const qint64 now = nowMs();
    if (now > dc.expiresAtMs)
        return error(400, u"expired_token"_s, 70020,
            u"The provided value for the input parameter 'device_code' is not valid. This device code has "
            u"expired."_s);
    if (dc.state == DeviceCode::State::Declined)
        return error(400, u"authorization_declined"_s, 70000, u"The end user denied the authorization request."_s);
    // slow_down is from RFC 8628; whether Entra sends it is unverified (graph-facts §9.2). 20 % timer slack allowed.
    if (dc.lastPollMs > 0 && now - dc.lastPollMs < qint64(dc.intervalSeconds) * 800) {
        dc.lastPollMs = now;
        dc.intervalSeconds += 5;
        return error(400, u"slow_down"_s, 70016, u"Polling too fast; add 5 seconds to the interval."_s);
    }
    dc.lastPollMs = now;
    ++dc.polls;
    const int approveAfter = m_core.options.deviceCodeApproveAfterPolls;
    if (dc.state == DeviceCode::State::Pending && approveAfter >= 0 && dc.polls > approveAfter)
        dc.state = DeviceCode::State::Approved;
    if (dc.state != DeviceCode::State::Approved)
        return error(400, u"authorization_pending"_s, 70016,
            u"OAuth 2.0 device flow error. Authorization is pending. Continue polling."_s);
    dc.state = DeviceCode::State::Redeemed;
    return tokens(dc.clientId, m_core.model.signedInUserId(), dc.scope, true, QString());
}

bool OAuthEndpoint::decide(const QString &userCode, bool approve)
{
    for (auto &dc : m_deviceCodes) {
        if (dc.userCode.compare(userCode, Qt::CaseInsensitive) == 0 && dc.state == DeviceCode::State::Pending) {
            dc.state = approve ? DeviceCode::State::Approved : DeviceCode::State::Declined;
            return true;
        }
    }
    return false;
}

HttpResponse OAuthEndpoint::deviceLogin(const HttpRequest &request)
{
    const QString userCode = request.queryValue(u"user_code");
    const bool deny = request.hasQuery(u"deny");
    HttpResponse r;
    r.setHeader("Content-Type", "text/plain; charset=utf-8");
    if (userCode.isEmpty()) {
        r.body = "fakegraph: open /devicelogin?user_code=CODE to approve a device code (add &deny to decline).\n";
    } else if (decide(userCode, !deny)) {
        r.body = deny ? "Declined.\n" : "Approved. You can close this page.\n";
    } else {
        r.status = 404;
        r.body = "No pending device code with that user code.\n";
    }
    return r;
}

HttpResponse OAuthEndpoint::authorize(const HttpRequest &request)
{
    const QString clientId = request.queryValue(u"client_id");
    const QString redirect = request.queryValue(u"redirect_uri");
    const QUrl redirectUrl(redirect);
    HttpResponse r;
    if (clientId.isEmpty() || !isLoopbackRedirect(redirectUrl)) {
        // Entra shows an error page instead of redirecting when the redirect URI is not registered.
        r.status = 400;
        r.setHeader("Content-Type", "text/plain; charset=utf-8");
        r.body = "AADSTS50011: The redirect URI specified in the request does not match the redirect URIs configured "
                 "for the application (fakegraph accepts http://localhost and http://127.0.0.1, any port).\n";
        return r;
    }
    const QString state = request.queryValue(u"state");
    auto redirectWith = [&](const QList<QPair<QString, QString>> &items) {
        QString target = redirect + (redirect.contains(u'?') ? u'&' : u'?');
        QStringList parts;
        for (const auto &item : items)
            parts.append(item.first + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        target += parts.join(u'&');
        HttpResponse out;
        out.status = 302;
        out.setHeader("Location", target.toUtf8());
        return out;
    };
    const QString method = request.queryValue(u"code_challenge_method");
    const QString challenge = request.queryValue(u"code_challenge");
    if (request.queryValue(u"response_type") != u"code")
        return redirectWith({{u"error"_s, u"unsupported_response_type"_s},
            {u"error_description"_s, u"AADSTS700054: response_type must be 'code'."_s}, {u"state"_s, state}});
    if (!challenge.isEmpty() && method != u"S256")
        return redirectWith({{u"error"_s, u"invalid_request"_s},
            {u"error_description"_s, u"AADSTS501491: code_challenge_method must be S256."_s}, {u"state"_s, state}});
    if (m_core.options.denyAuthorization)
        return redirectWith({{u"error"_s, u"access_denied"_s},
            {u"error_description"_s, u"AADSTS65004: User declined to consent to access the app."_s},
            {u"state"_s, state}});
    const QString code = randomToken(64);
    m_authCodes.insert(
        code, AuthCode {clientId, redirect, challenge, request.queryValue(u"scope"), nowMs() + 10 * 60 * 1000, false});
    m_issued.append(code);
    return redirectWith({{u"code"_s, code}, {u"state"_s, state}});
}

HttpResponse OAuthEndpoint::authorizationCodeGrant(const QHash<QString, QString> &form)
{
    const QString code = form.value(u"code"_s);
    auto it = m_authCodes.find(code);
    if (code.isEmpty() || it == m_authCodes.end())
        return error(400, u"invalid_grant"_s, 70000, u"The provided authorization code is not valid."_s);
    AuthCode &ac = it.value();
    if (ac.used)
        return error(400, u"invalid_grant"_s, 54005, u"OAuth2 Authorization code was already redeemed."_s);
    if (nowMs() > ac.expiresAtMs)
        return error(400, u"invalid_grant"_s, 70008, u"The provided authorization code has expired."_s);
    if (ac.clientId != form.value(u"client_id"_s))
        return error(400, u"invalid_grant"_s, 70000, u"The authorization code was issued to another client."_s);
    if (ac.redirectUri != form.value(u"redirect_uri"_s))
        return error(400, u"invalid_grant"_s, 500117,
            u"The reply uri specified in the token request does not match the reply uri specified in the "
            u"authorization request."_s);
    if (!ac.challenge.isEmpty()) {
        const QString verifier = form.value(u"code_verifier"_s);
        const QString expected
            = QString::fromLatin1(base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
        if (verifier.isEmpty() || expected != ac.challenge)
            return error(400, u"invalid_grant"_s, 501481,
                u"The Code_Verifier does not match the code_challenge supplied in the authorization request."_s);
    }
    ac.used = true;
    return tokens(ac.clientId, m_core.model.signedInUserId(), ac.scope, true, QString());
}

// Refresh tokens rotate: the old one is refused after use. (Entra documents rotation but keeps the old token valid
// for a while; refusing it at once makes a client that fails to store the new one fail loudly in tests.)
HttpResponse OAuthEndpoint::refreshTokenGrant(const QHash<QString, QString> &form)
{
    const QString token = form.value(u"refresh_token"_s);
    auto it = m_refreshTokens.find(token);
    if (token.isEmpty() || it == m_refreshTokens.end() || !it->valid || it->clientId != form.value(u"client_id"_s))
        return error(400, u"invalid_grant"_s, 70000,
            u"The provided value for the input parameter 'refresh_token' or 'assertion' is not valid."_s);
    it->valid = false;
    const RefreshToken old = it.value();
    QString scope = form.value(u"scope"_s);
    if (scope.isEmpty())
        scope = old.scope;
    if (!scope.split(u' ').contains(u"offline_access"_s))
        scope += u" offline_access"_s; // a refresh keeps the refresh token flowing
    return tokens(old.clientId, old.userId, scope, true, QString());
}

OAuthEndpoint::Check OAuthEndpoint::check(const QByteArray &authorization, AccessToken *token) const
{
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return Check::Missing;
    const QString value = QString::fromLatin1(authorization.mid(7).trimmed());
    const auto it = m_accessTokens.constFind(value);
    if (it == m_accessTokens.constEnd())
        return Check::Unknown;
    if (it->revoked || nowMs() > it->expiresAtMs)
        return Check::Expired;
    *token = it.value();
    return Check::Valid;
}

QString OAuthEndpoint::issueAppToken(const QString &clientId)
{
    const QString access = randomToken(48);
    m_accessTokens.insert(
        access, AccessToken {clientId, QString(), nowMs() + qint64(m_core.options.tokenLifetimeSeconds) * 1000, false});
    m_issued.append(access);
    return access;
}

void OAuthEndpoint::expireAll()
{
    for (auto &token : m_accessTokens)
        token.revoked = true;
}

} // namespace Sspr::FakeGraph
