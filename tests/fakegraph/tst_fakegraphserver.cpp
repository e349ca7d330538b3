#include "fakegraphserver.h"
#include "faketotp.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using Sspr::FakeGraph::Counters;
using Sspr::FakeGraph::Options;
using Sspr::FakeGraph::Server;

namespace {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QString errorCode() const { return json.value(u"error"_s).toObject().value(u"code"_s).toString(); }
    QString errorMessage() const { return json.value(u"error"_s).toObject().value(u"message"_s).toString(); }
    QString oauthError() const { return json.value(u"error"_s).toString(); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

Reply send(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &body = {},
    const Headers &headers = {}, bool parse = true)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    bool hasType = false;
    for (const auto &h : headers) {
        request.setRawHeader(h.first, h.second);
        hasType = hasType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !hasType)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.body = reply->readAll();
    if (parse)
        out.json = QJsonDocument::fromJson(out.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return out;
}

Options tenant(int users, int groups)
{
    Options options;
    options.users = users;
    options.groups = groups;
    return options;
}

QByteArray form(const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query;
    for (const auto &item : items)
        query.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    return query.query(QUrl::FullyEncoded).toLatin1();
}

QByteArray b64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray jwt(const QJsonObject &header, const QJsonObject &claims)
{
    return b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + b64url("signature-not-checked");
}

} // namespace

class TestFakeGraphServer : public QObject
{
    Q_OBJECT

private:
    // A started server with an app-only token from the real client-credentials flow.
    struct Fixture
    {
        std::unique_ptr<Server> server;
        QString token;
        QString tenant;
        QString root;
    };
    Fixture start(Options options = {});
    Reply graph(const Fixture &f, const QByteArray &method, const QString &path, const QByteArray &body = {},
        Headers headers = {}, bool parse = true);
    QList<QJsonObject> pageToEnd(
        const Fixture &f, const QString &firstPath, Headers headers, int *pages, QString *deltaLink = nullptr);
    Reply token(const Fixture &f, const QList<QPair<QString, QString>> &items);
    QString firstUser(const Fixture &f, bool admin);

    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void serverAnswersWhileMainThreadBlocks();
    void requestIdAndClientRequestIdEchoed();
    void missingOrExpiredToken_is401();
    void paging_toTheEnd_equalsUsers();
    void top_outsideOneTo999_is400_data();
    void top_outsideOneTo999_is400();
    void consistencyLevel_requiredOnEveryPage();
    void filter_and_caseInsensitiveIds();
    void usersDelta_returnsExactlyTheChanges();
    void groupsDelta_membersDeltaAndBigGroups();
    void deltaTokenLatest_andSelectMembers();
    void expiredDeltaLink_isSyncStateNotFound();
    void phoneRules_data();
    void phoneRules();
    void emailAndTapMethods();
    void groupCreate_validatesMailNickname_data();
    void groupCreate_validatesMailNickname();
    void batch_malformedIs400_data();
    void batch_malformedIs400();
    void batch_dependsOnFailureIs424();
    void batch_perItem429HasRetryAfter();
    void roles_maskAndRefuse();
    void policies_getPatch();
    void report_pagedAndForbiddenWithoutPermission();
    void hardwareOath_activateChecksTotp();
    void totp_rfc6238Vectors();
    void clientCredentials_secretAndAssertion();
    void deviceCode_pendingThenSuccess();
    void authCodePkce_andRefreshRotation();
    void writeQuota_429WithRetryAfter();
    void faults_dropTruncate503Latency();
    void throughput_100kUsers();
};

TestFakeGraphServer::Fixture TestFakeGraphServer::start(Options options)
{
    Fixture f;
    f.server = std::make_unique<Server>(options);
    if (!f.server->start())
        return f;
    f.tenant = f.server->tenantId();
    f.root = f.server->graphRoot().toString();
    const Reply r = token(f,
        {{u"client_id"_s, u"test-app"_s}, {u"scope"_s, u"https://graph.microsoft.com/.default"_s},
            {u"client_secret"_s, u"s3cret"_s}, {u"grant_type"_s, u"client_credentials"_s}});
    f.token = r.json.value(u"access_token"_s).toString();
    return f;
}

Reply TestFakeGraphServer::token(const Fixture &f, const QList<QPair<QString, QString>> &items)
{
    return send(m_nam, "POST", QUrl(f.server->authority().toString() + u'/' + f.tenant + u"/oauth2/v2.0/token"_s),
        form(items), {{"Content-Type", "application/x-www-form-urlencoded"}});
}

Reply TestFakeGraphServer::graph(const Fixture &f, const QByteArray &method, const QString &path,
    const QByteArray &body, Headers headers, bool parse)
{
    headers.append({"Authorization", "Bearer " + f.token.toLatin1()});
    const QString url = path.startsWith(u"http") ? path : f.root + path;
    return send(m_nam, method, QUrl(url), body, headers, parse);
}

QList<QJsonObject> TestFakeGraphServer::pageToEnd(
    const Fixture &f, const QString &firstPath, Headers headers, int *pages, QString *deltaLink)
{
    QList<QJsonObject> items;
    QString next = firstPath;
    *pages = 0;
    while (!next.isEmpty()) {
        const Reply r = graph(f, "GET", next, {}, headers);
        if (r.status != 200) {
            qWarning() << "paging stopped:" << r.status << r.body.left(300);
            return {};
        }
        ++*pages;
        for (const auto &v : r.json.value(u"value"_s).toArray())
            items.append(v.toObject());
        next = r.json.value(u"@odata.nextLink"_s).toString();
        if (deltaLink && next.isEmpty())
            *deltaLink = r.json.value(u"@odata.deltaLink"_s).toString();
    }
    return items;
}

QString TestFakeGraphServer::firstUser(const Fixture &f, bool admin)
{
    for (const auto &u : f.server->users()) {
        const QJsonObject o = u.toObject();
        if (o.value(u"isAdmin"_s).toBool() == admin && !o.value(u"onPremisesSyncEnabled"_s).toBool())
            return o.value(u"id"_s).toString();
    }
    return {};
}

void TestFakeGraphServer::serverAnswersWhileMainThreadBlocks()
{
    Fixture f = start(tenant(50, 5));
    QVERIFY(!f.token.isEmpty());
    // A blocking socket on the main thread: the server must answer from its own thread.
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, f.server->port());
    QVERIFY(socket.waitForConnected(3000));
    socket.write("GET /v1.0/users?$top=1 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + f.token.toLatin1()
        + "\r\nConnection: close\r\n\r\n");
    QByteArray all;
    while (socket.waitForReadyRead(5000))
        all += socket.readAll();
    QVERIFY2(all.startsWith("HTTP/1.1 200 OK"), all.left(200).constData());
    QVERIFY(all.contains("\"value\":[{"));
}

void TestFakeGraphServer::requestIdAndClientRequestIdEchoed()
{
    Fixture f = start(tenant(20, 5));
    const Reply ok = graph(f, "GET", u"/v1.0/users?$top=1"_s, {}, {{"client-request-id", "abc-123"}});
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.headers.value("client-request-id"), QByteArray("abc-123"));
    QCOMPARE(ok.headers.value("request-id").size(), 36);
    QCOMPARE(ok.headers.value("x-ms-resource-unit"), QByteArray("1")); // users 2, $top < 20 -1
    QCOMPARE(graph(f, "GET", u"/v1.0/users"_s).headers.value("x-ms-resource-unit"), QByteArray("2"));
    const Reply missing = graph(
        f, "GET", u"/v1.0/users/00000000-0000-0000-0000-000000000000"_s, {}, {{"client-request-id", "def-456"}});
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"Request_ResourceNotFound"_s);
    const QJsonObject inner = missing.json.value(u"error"_s).toObject().value(u"innerError"_s).toObject();
    QCOMPARE(inner.value(u"client-request-id"_s).toString(), u"def-456"_s);
    QCOMPARE(inner.value(u"request-id"_s).toString().toLatin1(), missing.headers.value("request-id"));
    QVERIFY(!inner.value(u"date"_s).toString().isEmpty());
}

void TestFakeGraphServer::missingOrExpiredToken_is401()
{
    Fixture f = start(tenant(20, 5));
    const Reply none = send(m_nam, "GET", QUrl(f.root + u"/v1.0/users"_s));
    QCOMPARE(none.status, 401);
    QCOMPARE(none.errorCode(), u"InvalidAuthenticationToken"_s);
    const Reply forged = send(m_nam, "GET", QUrl(f.root + u"/v1.0/users"_s), {}, {{"Authorization", "Bearer forged"}});
    QCOMPARE(forged.status, 401);
    QCOMPARE(graph(f, "GET", u"/v1.0/users?$top=1"_s).status, 200);
    f.server->expireAccessTokens();
    const Reply expired = graph(f, "GET", u"/v1.0/users?$top=1"_s);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), u"InvalidAuthenticationToken"_s);
    QVERIFY(f.server->issuedSecretsAndTokens().contains(f.token));
}

void TestFakeGraphServer::paging_toTheEnd_equalsUsers()
{
    Fixture f = start(tenant(2500, 10));
    const Reply first = graph(f, "GET", u"/v1.0/users"_s);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(u"value"_s).toArray().size(), 100); // default page size
    const QJsonObject sample = first.json.value(u"value"_s).toArray().at(0).toObject();
    QVERIFY(sample.contains(u"businessPhones"_s));
    QVERIFY(!sample.contains(u"accountEnabled"_s)); // not a default property

    int pages = 0;
    const QList<QJsonObject> paged
        = pageToEnd(f, u"/v1.0/users?$top=999&$select=id,displayName,accountEnabled"_s, {}, &pages);
    QCOMPARE(pages, 3);
    QStringList ids;
    for (const auto &o : paged)
        ids.append(o.value(u"id"_s).toString());
    QStringList truth;
    for (const auto &u : f.server->users())
        truth.append(u.toObject().value(u"id"_s).toString());
    QCOMPARE(ids, truth);
    QVERIFY(paged.at(0).contains(u"accountEnabled"_s));
    QVERIFY(!paged.at(0).contains(u"mail"_s));
    // Names carry diacritics, and they survive the trip.
    bool diacritics = false;
    for (const auto &o : paged)
        diacritics = diacritics || o.value(u"displayName"_s).toString().contains(u'ü');
    QVERIFY(diacritics);
}

void TestFakeGraphServer::top_outsideOneTo999_is400_data()
{
    QTest::addColumn<QString>("top");
    QTest::addColumn<int>("status");
    QTest::newRow("1000") << u"1000"_s << 400;
    QTest::newRow("0") << u"0"_s << 400;
    QTest::newRow("text") << u"many"_s << 400;
    QTest::newRow("999") << u"999"_s << 200;
    QTest::newRow("1") << u"1"_s << 200;
}

void TestFakeGraphServer::top_outsideOneTo999_is400()
{
    QFETCH(QString, top);
    QFETCH(int, status);
    Fixture f = start(tenant(30, 5));
    const Reply r = graph(f, "GET", u"/v1.0/users?$top="_s + top);
    QCOMPARE(r.status, status);
    if (status == 400)
        QCOMPARE(
            r.errorMessage(), u"Invalid page size specified: '%1'. Must be between 1 and 999 inclusive."_s.arg(top));
}

void TestFakeGraphServer::consistencyLevel_requiredOnEveryPage()
{
    Fixture f = start(tenant(400, 5));
    const QString search = u"/v1.0/users?$search=%22displayName:a%22&$count=true&$top=5"_s;
    const Reply without = graph(f, "GET", search);
    QCOMPARE(without.status, 400);
    QCOMPARE(without.errorCode(), u"Request_UnsupportedQuery"_s);
    const Headers eventual {{"ConsistencyLevel", "eventual"}};
    const Reply with = graph(f, "GET", search, {}, eventual);
    QCOMPARE(with.status, 200);
    const int count = with.json.value(u"@odata.count"_s).toInt(-1);
    QVERIFY(count > 5);
    const QString next = with.json.value(u"@odata.nextLink"_s).toString();
    QVERIFY(!next.isEmpty());
    // The nextLink does not carry the header: without it the next page is refused.
    QCOMPARE(graph(f, "GET", next).status, 400);
    const Reply page2 = graph(f, "GET", next, {}, eventual);
    QCOMPARE(page2.status, 200);
    QVERIFY(!page2.json.contains(u"@odata.count"_s)); // only on the first page
    // $count=true alone and endsWith also need the header.
    QCOMPARE(graph(f, "GET", u"/v1.0/users?$count=true"_s).status, 400);
    const QString endsWith = u"/v1.0/users?$filter=endswith(mail,'@contoso.onmicrosoft.com')&$count=true"_s;
    QCOMPARE(graph(f, "GET", endsWith).status, 400);
    QCOMPARE(graph(f, "GET", endsWith, {}, eventual).status, 200);
    const Reply plainCount = graph(f, "GET", u"/v1.0/users/$count"_s, {}, eventual);
    QCOMPARE(plainCount.body, QByteArray("400"));
}

void TestFakeGraphServer::filter_and_caseInsensitiveIds()
{
    Fixture f = start(tenant(300, 5));
    const QJsonObject someone = f.server->users().at(7).toObject();
    const QString id = someone.value(u"id"_s).toString();
    const QString upn = someone.value(u"userPrincipalName"_s).toString();
    QCOMPARE(graph(f, "GET", u"/v1.0/users/"_s + id.toUpper()).json.value(u"id"_s).toString(), id);
    QCOMPARE(graph(f, "GET", u"/v1.0/users/"_s + QString::fromLatin1(QUrl::toPercentEncoding(upn)))
                 .json.value(u"id"_s)
                 .toString(),
        id);
    const Reply byUpn = graph(f, "GET",
        u"/v1.0/users?$filter="_s
            + QString::fromLatin1(QUrl::toPercentEncoding(u"userPrincipalName eq '%1'"_s.arg(upn))));
    QCOMPARE(byUpn.status, 200);
    QCOMPARE(byUpn.json.value(u"value"_s).toArray().size(), 1);
    // O'Brien needs the doubled quote.
    const Reply quoted = graph(f, "GET",
        u"/v1.0/users?$top=999&$filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(u"surname eq 'O''Brien'"_s)));
    QCOMPARE(quoted.status, 200);
    int expected = 0;
    for (const auto &u : f.server->users())
        expected += u.toObject().value(u"surname"_s).toString() == u"O'Brien" ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(quoted.json.value(u"value"_s).toArray().size(), expected);
    QCOMPARE(graph(f, "GET", u"/v1.0/users?$select=nope"_s).status, 400);
}

void TestFakeGraphServer::usersDelta_returnsExactlyTheChanges()
{
    Fixture f = start(tenant(450, 5));
    int pages = 0;
    QString deltaLink;
    const QList<QJsonObject> initial
        = pageToEnd(f, u"/v1.0/users/delta?$select=id,displayName,mobilePhone"_s, {}, &pages, &deltaLink);
    QCOMPARE(initial.size(), 450);
    QVERIFY(pages >= 3);
    QVERIFY(deltaLink.contains(u"$deltatoken="_s));
    QVERIFY(!initial.at(0).contains(u"mail"_s)); // $select is kept in the tokens

    // Nothing changed: an empty round and a new link.
    QString link2;
    QCOMPARE(pageToEnd(f, deltaLink, {}, &pages, &link2).size(), 0);
    QVERIFY(!link2.isEmpty());

    const QJsonArray users = f.server->users();
    const QString changed = users.at(10).toObject().value(u"id"_s).toString();
    const QString removed = users.at(20).toObject().value(u"id"_s).toString();
    const QString added = f.server->addUser({{u"displayName"_s, u"Zoë Newcomer"_s}});
    f.server->updateUser(changed, {{u"mobilePhone"_s, u"+1 4255550000"_s}});
    f.server->deleteUser(removed);

    QString link3;
    const QList<QJsonObject> changes = pageToEnd(f, link2, {}, &pages, &link3);
    QCOMPARE(changes.size(), 3);
    QHash<QString, QJsonObject> byId;
    for (const auto &c : changes)
        byId.insert(c.value(u"id"_s).toString(), c);
    QCOMPARE(byId.value(changed).value(u"mobilePhone"_s).toString(), u"+1 4255550000"_s);
    QCOMPARE(byId.value(added).value(u"displayName"_s).toString(), u"Zoë Newcomer"_s);
    QCOMPARE(byId.value(removed).value(u"@removed"_s).toObject().value(u"reason"_s).toString(), u"deleted"_s);
    QCOMPARE(pageToEnd(f, link3, {}, &pages).size(), 0);
}

void TestFakeGraphServer::groupsDelta_membersDeltaAndBigGroups()
{
    Options options;
    options.users = 300;
    options.groups = 14;
    options.maxMembersPerGroupPerDeltaPage = 10;
    Fixture f = start(options);
    int pages = 0;
    QString deltaLink;
    const QList<QJsonObject> initial
        = pageToEnd(f, u"/v1.0/groups/delta?$select=displayName,description&$expand=members"_s, {}, &pages, &deltaLink);
    QVERIFY(pages > 5); // department groups of ~35 members span several pages
    // Merging every appearance of a group gives its membership.
    QHash<QString, QSet<QString>> merged;
    for (const auto &g : initial) {
        for (const auto &m : g.value(u"members@delta"_s).toArray())
            merged[g.value(u"id"_s).toString()].insert(m.toObject().value(u"id"_s).toString());
    }
    const QJsonArray groups = f.server->groups();
    QCOMPARE(merged.size() <= groups.size(), true);
    for (const auto &g : groups) {
        const QString id = g.toObject().value(u"id"_s).toString();
        QSet<QString> truth;
        for (const auto &m : f.server->members(id))
            truth.insert(m.toObject().value(u"id"_s).toString());
        QCOMPARE(merged.value(id), truth);
    }
    // Nested groups appear as group members.
    bool nested = false;
    for (const auto &g : initial) {
        for (const auto &m : g.value(u"members@delta"_s).toArray())
            nested = nested || m.toObject().value(u"@odata.type"_s).toString() == u"#microsoft.graph.group";
    }
    QVERIFY(nested);

    const QString groupId = groups.at(0).toObject().value(u"id"_s).toString();
    const QString oldMember = f.server->members(groupId).at(0).toObject().value(u"id"_s).toString();
    QString newMember;
    for (const auto &u : f.server->users()) {
        const QString id = u.toObject().value(u"id"_s).toString();
        if (!merged.value(groupId).contains(id)) {
            newMember = id;
            break;
        }
    }
    f.server->addMember(groupId, newMember);
    f.server->removeMember(groupId, oldMember);
    const QList<QJsonObject> changes = pageToEnd(f, deltaLink, {}, &pages);
    QCOMPARE(changes.size(), 1);
    const QJsonArray delta = changes.at(0).value(u"members@delta"_s).toArray();
    QCOMPARE(delta.size(), 2);
    for (const auto &m : delta) {
        const QJsonObject o = m.toObject();
        if (o.value(u"id"_s).toString() == oldMember)
            QCOMPARE(o.value(u"@removed"_s).toObject().value(u"reason"_s).toString(), u"deleted"_s);
        else
            QCOMPARE(o.value(u"id"_s).toString(), newMember);
    }
}

void TestFakeGraphServer::deltaTokenLatest_andSelectMembers()
{
    Fixture f = start(tenant(100, 12));
    const Reply latest = graph(f, "GET", u"/v1.0/groups/delta?$select=displayName,members&$deltatoken=latest"_s);
    QCOMPARE(latest.status, 200);
    QCOMPARE(latest.json.value(u"value"_s).toArray().size(), 0);
    const QString link = latest.json.value(u"@odata.deltaLink"_s).toString();
    QVERIFY(link.contains(u"$deltatoken="_s));
    const QString groupId = f.server->groups().at(3).toObject().value(u"id"_s).toString();
    const QString userId = f.server->addUser({{u"displayName"_s, u"Late Joiner"_s}});
    f.server->addMember(groupId, userId);
    int pages = 0;
    const QList<QJsonObject> changes = pageToEnd(f, link, {}, &pages);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).value(u"id"_s).toString(), groupId);
    QVERIFY(!changes.at(0).contains(u"mailNickname"_s)); // $select kept
    const QJsonArray delta = changes.at(0).value(u"members@delta"_s).toArray();
    QCOMPARE(delta.size(), 1);
    QCOMPARE(delta.at(0).toObject().value(u"id"_s).toString(), userId);

    const Reply users = graph(f, "GET", u"/v1.0/users/delta?$deltatoken=latest"_s);
    QCOMPARE(users.json.value(u"value"_s).toArray().size(), 0);
    f.server->updateUser(userId, {{u"jobTitle"_s, u"Analyst"_s}});
    QCOMPARE(pageToEnd(f, users.json.value(u"@odata.deltaLink"_s).toString(), {}, &pages).size(), 1);
}

void TestFakeGraphServer::expiredDeltaLink_isSyncStateNotFound()
{
    Fixture f = start(tenant(250, 5));
    const Reply first = graph(f, "GET", u"/v1.0/users/delta"_s);
    const QString next = first.json.value(u"@odata.nextLink"_s).toString();
    QVERIFY(!next.isEmpty());
    int pages = 0;
    QString deltaLink;
    pageToEnd(f, u"/v1.0/groups/delta"_s, {}, &pages, &deltaLink);
    QVERIFY(!deltaLink.isEmpty());
    f.server->expireDeltaLinks();
    for (const QString &link : {next, deltaLink}) {
        const Reply r = graph(f, "GET", link);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"syncStateNotFound"_s);
        QCOMPARE(r.errorMessage(),
            u"The sync state generation is not found. The delta token is expired and data must "
            u"be synchronized again."_s);
    }
    QCOMPARE(graph(f, "GET", u"/v1.0/users/delta"_s).status, 200); // a fresh round works
}

void TestFakeGraphServer::phoneRules_data()
{
    QTest::addColumn<QString>("setup"); // phone types the user has before
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target"); // "" = the collection, else the type whose id is addressed
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("create mobile") << u""_s << QByteArray("POST") << u""_s
                                   << QByteArray(R"({"phoneNumber":"+1 2065555555","phoneType":"mobile"})") << 201;
    QTest::newRow("office with extension")
        << u""_s << QByteArray("POST") << u""_s
        << QByteArray(R"({"phoneNumber":"+1 2065555555x123","phoneType":"office"})") << 201;
    QTest::newRow("no space after country code")
        << u""_s << QByteArray("POST") << u""_s << QByteArray(R"({"phoneNumber":"+12065555555","phoneType":"mobile"})")
        << 400;
    QTest::newRow("no plus") << u""_s << QByteArray("POST") << u""_s
                             << QByteArray(R"({"phoneNumber":"1 2065555555","phoneType":"mobile"})") << 400;
    QTest::newRow("second mobile") << u"mobile"_s << QByteArray("POST") << u""_s
                                   << QByteArray(R"({"phoneNumber":"+1 2065555556","phoneType":"mobile"})") << 400;
    QTest::newRow("alternate without mobile")
        << u""_s << QByteArray("POST") << u""_s
        << QByteArray(R"({"phoneNumber":"+1 2065555556","phoneType":"alternateMobile"})") << 400;
    QTest::newRow("alternate with mobile")
        << u"mobile"_s << QByteArray("POST") << u""_s
        << QByteArray(R"({"phoneNumber":"+1 2065555556","phoneType":"alternateMobile"})") << 201;
    QTest::newRow("type is immutable") << u"mobile"_s << QByteArray("PATCH") << u"mobile"_s
                                       << QByteArray(R"({"phoneNumber":"+1 2065555557","phoneType":"office"})") << 400;
    QTest::newRow("patch number") << u"mobile"_s << QByteArray("PATCH") << u"mobile"_s
                                  << QByteArray(R"({"phoneNumber":"+1 2065555557","phoneType":"mobile"})") << 204;
    QTest::newRow("patch bad number") << u"mobile"_s << QByteArray("PATCH") << u"mobile"_s
                                      << QByteArray(R"({"phoneNumber":"555"})") << 400;
    QTest::newRow("delete mobile while alternate")
        << u"mobile,alternateMobile"_s << QByteArray("DELETE") << u"mobile"_s << QByteArray() << 400;
    QTest::newRow("delete alternate") << u"mobile,alternateMobile"_s << QByteArray("DELETE") << u"alternateMobile"_s
                                      << QByteArray() << 204;
}

void TestFakeGraphServer::phoneRules()
{
    QFETCH(QString, setup);
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    Fixture f = start(tenant(5, 2));
    const QString user = f.server->addUser({{u"displayName"_s, u"Phone Tester"_s}});
    for (const QString &type : setup.split(u',', Qt::SkipEmptyParts))
        QVERIFY(!f.server->addPhoneMethod(user, type, u"+1 4255551111"_s).isEmpty());
    QString id;
    for (const auto &m : f.server->methods(user)) {
        if (!target.isEmpty() && m.toObject().value(u"phoneType"_s).toString() == target)
            id = m.toObject().value(u"id"_s).toString();
    }
    const QString path
        = u"/v1.0/users/"_s + user + u"/authentication/phoneMethods"_s + (id.isEmpty() ? QString() : u'/' + id);
    const int before = int(f.server->methods(user).size());
    const Reply r = graph(f, method, path, body);
    QCOMPARE(r.status, status);
    if (status == 400)
        QCOMPARE(r.errorCode(), u"badRequest"_s);
    if (status == 201) {
        QCOMPARE(int(f.server->methods(user).size()), before + 1);
        QCOMPARE(r.json.value(u"phoneNumber"_s).toString(),
            QJsonDocument::fromJson(body).object().value(u"phoneNumber"_s).toString());
        const QString type = r.json.value(u"phoneType"_s).toString();
        const QString fixedId = type == u"mobile" ? u"3179e48a-750b-4051-897c-87b9720928f7"_s
            : type == u"office"                   ? u"e37fc753-ff3b-4958-9484-eaa9425c82bc"_s
                                                  : u"b6332ec1-7057-4abe-9331-3d72feddfe41"_s;
        QCOMPARE(r.json.value(u"id"_s).toString(), fixedId);
        QCOMPARE(f.server->counters().phoneCreates, 1);
    } else {
        QCOMPARE(f.server->counters().phoneCreates, 0);
    }
}

void TestFakeGraphServer::emailAndTapMethods()
{
    Fixture f = start(tenant(5, 2));
    const QString user = f.server->addUser({{u"displayName"_s, u"Email Tester"_s}});
    const QString base = u"/v1.0/users/"_s + user + u"/authentication/"_s;
    const Reply created = graph(f, "POST", base + u"emailMethods"_s, R"({"emailAddress":"kim@example.com"})");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value(u"id"_s).toString(), u"3ddfcfc8-9383-446f-83cc-3ab9be4be18f"_s);
    QCOMPARE(graph(f, "POST", base + u"emailMethods"_s, R"({"emailAddress":"kim2@example.com"})").status, 400);
    QCOMPARE(graph(f, "POST", base + u"emailMethods"_s, R"({"emailAddress":"not-an-address"})").status, 400);

    const Reply tap = graph(f, "POST", base + u"temporaryAccessPassMethods"_s, R"({"lifetimeInMinutes":60})");
    QCOMPARE(tap.status, 201);
    const QString pass = tap.json.value(u"temporaryAccessPass"_s).toString();
    QCOMPARE(pass.size(), 8);
    QVERIFY(f.server->issuedSecretsAndTokens().contains(pass));
    const Reply list = graph(f, "GET", base + u"temporaryAccessPassMethods"_s);
    QVERIFY(list.json.value(u"value"_s).toArray().at(0).toObject().value(u"temporaryAccessPass"_s).isNull());
    QCOMPARE(graph(f, "POST", base + u"temporaryAccessPassMethods"_s, R"({"lifetimeInMinutes":5})").status, 400);
    QCOMPARE(graph(f, "POST", base + u"softwareOathMethods"_s, R"({})").status, 405); // no create in Graph

    const Reply all = graph(f, "GET", base + u"methods"_s);
    QStringList types;
    for (const auto &m : all.json.value(u"value"_s).toArray())
        types.append(m.toObject().value(u"@odata.type"_s).toString());
    QVERIFY(types.contains(u"#microsoft.graph.passwordAuthenticationMethod"_s));
    QVERIFY(types.contains(u"#microsoft.graph.emailAuthenticationMethod"_s));
    QVERIFY(types.contains(u"#microsoft.graph.temporaryAccessPassAuthenticationMethod"_s));
    const Counters c = f.server->counters();
    QCOMPARE(c.emailCreates, 1);
    QCOMPARE(c.tapCreates, 1);
    QCOMPARE(c.creates, 2);
}

void TestFakeGraphServer::groupCreate_validatesMailNickname_data()
{
    QTest::addColumn<QString>("nickname");
    QTest::addColumn<bool>("mailEnabled");
    QTest::addColumn<int>("status");
    QTest::newRow("ok") << u"sspr-test-group"_s << false << 201;
    QTest::newRow("space") << u"sspr test"_s << false << 400;
    QTest::newRow("at") << u"sspr@test"_s << false << 400;
    QTest::newRow("dot") << u"sspr.test"_s << false << 400;
    QTest::newRow("brackets") << u"sspr[test]"_s << false << 400;
    QTest::newRow("empty") << u""_s << false << 400;
    QTest::newRow("duplicate") << u"sspr-pilot"_s << false << 400;
    QTest::newRow("mail-enabled security") << u"mail-sec"_s << true << 400;
}

void TestFakeGraphServer::groupCreate_validatesMailNickname()
{
    QFETCH(QString, nickname);
    QFETCH(bool, mailEnabled);
    QFETCH(int, status);
    Fixture f = start(tenant(20, 5));
    const QJsonObject body {{u"displayName"_s, u"SSPR-Test-Group"_s}, {u"description"_s, u"SSPR pilot"_s},
        {u"groupTypes"_s, QJsonArray {}}, {u"mailEnabled"_s, mailEnabled}, {u"mailNickname"_s, nickname},
        {u"securityEnabled"_s, true}};
    const Reply r = graph(f, "POST", u"/v1.0/groups"_s, QJsonDocument(body).toJson());
    QCOMPARE(r.status, status);
    QCOMPARE(f.server->counters().groupCreates, status == 201 ? 1 : 0);
    if (status == 201) {
        QCOMPARE(r.json.value(u"mailNickname"_s).toString(), nickname);
        QCOMPARE(f.server->groups().size(), 6);
    }
}

void TestFakeGraphServer::batch_malformedIs400_data()
{
    QTest::addColumn<QByteArray>("body");
    QJsonArray many;
    for (int i = 1; i <= 21; ++i)
        many.append(
            QJsonObject {{u"id"_s, QString::number(i)}, {u"method"_s, u"GET"_s}, {u"url"_s, u"/users?$top=1"_s}});
    QTest::newRow("21 requests") << QJsonDocument(QJsonObject {{u"requests"_s, many}}).toJson();
    QTest::newRow("duplicate ids") << QByteArray(
        R"({"requests":[{"id":"a","method":"GET","url":"/users"},{"id":"A","method":"GET","url":"/users"}]})");
    QTest::newRow("body without content-type")
        << QByteArray(R"({"requests":[{"id":"1","method":"POST","url":"/groups","body":{"x":1}}]})");
    QTest::newRow("unknown dependency") << QByteArray(
        R"({"requests":[{"id":"1","method":"GET","url":"/users","dependsOn":["9"]}]})");
    QTest::newRow("not json") << QByteArray("{");
}

void TestFakeGraphServer::batch_malformedIs400()
{
    QFETCH(QByteArray, body);
    Fixture f = start(tenant(20, 5));
    const Reply r = graph(f, "POST", u"/v1.0/$batch"_s, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"BadRequest"_s);
}

void TestFakeGraphServer::batch_dependsOnFailureIs424()
{
    Fixture f = start(tenant(20, 5));
    const QString user = firstUser(f, false);
    const QJsonObject ct {{u"Content-Type"_s, u"application/json"_s}};
    QJsonArray requests;
    // 1 fails (bad number), 2 depends on it -> 424; 3 is independent and succeeds; 4 GETs a page of users.
    requests.append(QJsonObject {{u"id"_s, u"1"_s}, {u"method"_s, u"POST"_s},
        {u"url"_s, u"/users/"_s + user + u"/authentication/phoneMethods"_s}, {u"headers"_s, ct},
        {u"body"_s, QJsonObject {{u"phoneNumber"_s, u"bad"_s}, {u"phoneType"_s, u"mobile"_s}}}});
    requests.append(QJsonObject {{u"id"_s, u"2"_s}, {u"method"_s, u"GET"_s},
        {u"url"_s, u"/users/"_s + user + u"/authentication/phoneMethods"_s}, {u"dependsOn"_s, QJsonArray {u"1"_s}}});
    requests.append(
        QJsonObject {{u"id"_s, u"3"_s}, {u"method"_s, u"PATCH"_s}, {u"url"_s, u"/policies/authorizationPolicy"_s},
            {u"headers"_s, ct}, {u"body"_s, QJsonObject {{u"allowedToUseSSPR"_s, false}}}});
    requests.append(QJsonObject {{u"id"_s, u"4"_s}, {u"method"_s, u"GET"_s}, {u"url"_s, u"/users?$top=3"_s}});
    const Reply r
        = graph(f, "POST", u"/v1.0/$batch"_s, QJsonDocument(QJsonObject {{u"requests"_s, requests}}).toJson());
    QCOMPARE(r.status, 200);
    QHash<QString, QJsonObject> byId;
    for (const auto &item : r.json.value(u"responses"_s).toArray())
        byId.insert(item.toObject().value(u"id"_s).toString(), item.toObject());
    QCOMPARE(byId.size(), 4);
    QCOMPARE(byId.value(u"1"_s).value(u"status"_s).toInt(), 400);
    QCOMPARE(byId.value(u"2"_s).value(u"status"_s).toInt(), 424);
    QCOMPARE(byId.value(u"3"_s).value(u"status"_s).toInt(), 204);
    QCOMPARE(byId.value(u"4"_s).value(u"status"_s).toInt(), 200);
    QCOMPARE(byId.value(u"4"_s).value(u"body"_s).toObject().value(u"value"_s).toArray().size(), 3);
    QCOMPARE(f.server->allowedToUseSspr(), false);
    const Counters c = f.server->counters();
    QCOMPARE(c.batchRequests, 1);
    QCOMPARE(c.batchItems, 4);
}

void TestFakeGraphServer::batch_perItem429HasRetryAfter()
{
    Options options;
    options.users = 20;
    options.groups = 5;
    options.retryAfterSeconds = 7;
    Fixture f = start(options);
    QJsonArray requests;
    for (int i = 1; i <= 20; ++i)
        requests.append(
            QJsonObject {{u"id"_s, QString::number(i)}, {u"method"_s, u"GET"_s}, {u"url"_s, u"/users?$top=1"_s}});
    const QByteArray body = QJsonDocument(QJsonObject {{u"requests"_s, requests}}).toJson();
    f.server->setFaults(0.5, 0, 0, 0);
    // The batch itself may be throttled too; retry it until it gets through.
    Reply r;
    for (int attempt = 0; attempt < 30 && r.status != 200; ++attempt)
        r = graph(f, "POST", u"/v1.0/$batch"_s, body);
    QCOMPARE(r.status, 200);
    int throttled = 0;
    int ok = 0;
    QStringList order;
    for (const auto &item : r.json.value(u"responses"_s).toArray()) {
        const QJsonObject o = item.toObject();
        order.append(o.value(u"id"_s).toString());
        if (o.value(u"status"_s).toInt() == 429) {
            ++throttled;
            QCOMPARE(o.value(u"headers"_s).toObject().value(u"Retry-After"_s).toString(), u"7"_s);
            QCOMPARE(o.value(u"body"_s).toObject().value(u"error"_s).toObject().value(u"code"_s).toString(),
                u"TooManyRequests"_s);
        } else {
            QCOMPARE(o.value(u"status"_s).toInt(), 200);
            ++ok;
        }
    }
    QCOMPARE(throttled + ok, 20);
    QVERIFY(throttled > 0 && ok > 0);
    QStringList sorted = order;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    QVERIFY(order != sorted); // answered in shuffled order (1 in 20! chance of a false failure)
}

void TestFakeGraphServer::roles_maskAndRefuse()
{
    Fixture f = start(tenant(200, 5));
    const QString admin = firstUser(f, true);
    const QString plain = firstUser(f, false);
    QVERIFY(!admin.isEmpty() && !plain.isEmpty());
    f.server->addPhoneMethod(admin, u"office"_s, u"+1 4255551234x12"_s);
    f.server->addPhoneMethod(plain, u"office"_s, u"+1 4255551234x12"_s);
    const QByteArray phone = R"({"phoneNumber":"+1 2065555555","phoneType":"alternateMobile"})";
    const QByteArray mobile = R"({"phoneNumber":"+1 2065555555","phoneType":"mobile"})";

    f.server->setRole(u"authenticationAdministrator"_s);
    const Reply listed = graph(f, "GET", u"/v1.0/users/"_s + plain + u"/authentication/phoneMethods"_s);
    QCOMPARE(listed.status, 200);
    bool sawOffice = false;
    for (const auto &m : listed.json.value(u"value"_s).toArray()) {
        const QString number = m.toObject().value(u"phoneNumber"_s).toString();
        QVERIFY2(number.contains(u'X'), qPrintable(number));
        if (m.toObject().value(u"phoneType"_s).toString() == u"office") {
            QCOMPARE(number, u"+1 XXXXXXXX34"_s);
            sawOffice = true;
        }
    }
    QVERIFY(sawOffice);
    const Reply onAdmin = graph(f, "POST", u"/v1.0/users/"_s + admin + u"/authentication/phoneMethods"_s, mobile);
    if (onAdmin.status != 403) // the admin may already have a mobile; either way 403 comes first
        QFAIL(onAdmin.body.constData());
    QCOMPARE(onAdmin.errorCode(), u"Authorization_RequestDenied"_s);
    QVERIFY(graph(f, "GET", u"/v1.0/users/"_s + admin + u"/authentication/methods"_s).status == 200);

    f.server->setRole(u"globalReader"_s);
    QCOMPARE(graph(f, "PATCH", u"/v1.0/policies/authorizationPolicy"_s, R"({"allowedToUseSSPR":false})").status, 403);
    QCOMPARE(graph(f, "POST", u"/v1.0/users/"_s + plain + u"/authentication/phoneMethods"_s, phone).status, 403);
    QCOMPARE(graph(f, "GET", u"/v1.0/users/"_s + plain + u"/authentication/methods"_s).status, 200);

    f.server->setRole(u"privilegedAuthenticationAdministrator"_s);
    const Reply unmasked = graph(f, "GET", u"/v1.0/users/"_s + plain + u"/authentication/phoneMethods"_s);
    for (const auto &m : unmasked.json.value(u"value"_s).toArray())
        QVERIFY(!m.toObject().value(u"phoneNumber"_s).toString().contains(u'X'));
    QCOMPARE(graph(f, "DELETE",
                 u"/v1.0/users/"_s + admin + u"/authentication/phoneMethods/e37fc753-ff3b-4958-9484-eaa9425c82bc"_s)
                 .status,
        204);
}

void TestFakeGraphServer::policies_getPatch()
{
    Fixture f = start(tenant(20, 5));
    const Reply v1 = graph(f, "GET", u"/v1.0/policies/authenticationMethodsPolicy"_s);
    QCOMPARE(v1.status, 200);
    QStringList ids;
    for (const auto &c : v1.json.value(u"authenticationMethodConfigurations"_s).toArray())
        ids.append(c.toObject().value(u"id"_s).toString());
    QCOMPARE(ids,
        (QStringList {u"Sms"_s, u"Voice"_s, u"Email"_s, u"MicrosoftAuthenticator"_s, u"SoftwareOath"_s,
            u"TemporaryAccessPass"_s, u"Fido2"_s, u"X509Certificate"_s}));
    QVERIFY(v1.json.contains(u"registrationEnforcement"_s));
    const Reply beta = graph(f, "GET", u"/beta/policies/authenticationMethodsPolicy"_s);
    QCOMPARE(beta.json.value(u"authenticationMethodConfigurations"_s).toArray().size(), 9); // + HardwareOath

    const QString voice = u"/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/voice"_s;
    QCOMPARE(graph(f, "GET", voice).json.value(u"id"_s).toString(), u"Voice"_s);
    QCOMPARE(graph(f, "PATCH", voice, R"({"isOfficePhoneAllowed":true})").status, 400); // no @odata.type
    const Reply patched = graph(f, "PATCH", voice,
        R"({"@odata.type":"#microsoft.graph.voiceAuthenticationMethodConfiguration","state":"enabled","isOfficePhoneAllowed":true,"includeTargets":[{"targetType":"group","id":"abc","isRegistrationRequired":false}],"excludeTargets":[]})");
    QCOMPARE(patched.status, 204);
    QVERIFY(patched.body.isEmpty());
    QCOMPARE(graph(f, "GET", voice).json.value(u"isOfficePhoneAllowed"_s).toBool(), true);

    const Reply policy = graph(f, "PATCH", u"/v1.0/policies/authenticationMethodsPolicy"_s,
        R"({"registrationEnforcement":{"authenticationMethodsRegistrationCampaign":{"snoozeDurationInDays":1,"state":"enabled","excludeTargets":[],"includeTargets":[{"id":"3ee3a9de-0a86-4e12-a287-9769accf1ba2","targetType":"group","targetedAuthenticationMethod":"microsoftAuthenticator"}]}}})");
    QCOMPARE(policy.status, 200);
    QCOMPARE(policy.json.value(u"id"_s).toString(), u"authenticationMethodsPolicy"_s);
    QCOMPARE(policy.json.value(u"registrationEnforcement"_s)
                 .toObject()
                 .value(u"authenticationMethodsRegistrationCampaign"_s)
                 .toObject()
                 .value(u"state"_s)
                 .toString(),
        u"enabled"_s);

    QVERIFY(f.server->allowedToUseSspr());
    QCOMPARE(graph(f, "PATCH", u"/v1.0/policies/authorizationPolicy"_s, R"({"allowedToUseSSPR":false})").status, 204);
    QVERIFY(!f.server->allowedToUseSspr());
    QCOMPARE(
        graph(f, "GET", u"/v1.0/policies/authorizationPolicy"_s).json.value(u"allowedToUseSSPR"_s).toBool(true), false);
}

void TestFakeGraphServer::report_pagedAndForbiddenWithoutPermission()
{
    Fixture f = start(tenant(250, 12));
    int pages = 0;
    const QList<QJsonObject> rows
        = pageToEnd(f, u"/v1.0/reports/authenticationMethods/userRegistrationDetails"_s, {}, &pages);
    QCOMPARE(rows.size(), 250);
    QCOMPARE(pages, 3);
    int admins = 0;
    for (const auto &row : rows)
        admins += row.value(u"isAdmin"_s).toBool() ? 1 : 0;
    QVERIFY(admins >= 3); // ~2 %
    const Reply mobiles = graph(f, "GET",
        u"/v1.0/reports/authenticationMethods/userRegistrationDetails?$top=999&$filter="_s
            + QString::fromLatin1(QUrl::toPercentEncoding(u"methodsRegistered/any(m:m eq 'mobilePhone')"_s)));
    QCOMPARE(mobiles.status, 200);
    const QJsonArray value = mobiles.json.value(u"value"_s).toArray();
    QVERIFY(value.size() > 50 && value.size() < 250);
    for (const auto &row : value)
        QVERIFY(row.toObject().value(u"methodsRegistered"_s).toArray().contains(u"mobilePhone"_s));
    f.server->setGrantReportPermission(false);
    const Reply denied = graph(f, "GET", u"/v1.0/reports/authenticationMethods/userRegistrationDetails"_s);
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.errorCode(), u"Authorization_RequestDenied"_s);
}

void TestFakeGraphServer::hardwareOath_activateChecksTotp()
{
    Fixture f = start(tenant(20, 5));
    const QString user = firstUser(f, false);
    const QString secret = u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;
    const QJsonObject device {{u"displayName"_s, u"Token 1"_s}, {u"serialNumber"_s, u"TOTP123456"_s},
        {u"manufacturer"_s, u"Contoso"_s}, {u"model"_s, u"Hardware Token 1000"_s}, {u"secretKey"_s, secret},
        {u"timeIntervalInSeconds"_s, 30}, {u"hashFunction"_s, u"hmacsha1"_s}};
    const QString inventory = u"/beta/directory/authenticationMethodDevices/hardwareOathDevices"_s;
    QCOMPARE(graph(f, "POST", u"/v1.0/directory/authenticationMethodDevices/hardwareOathDevices"_s,
                 QJsonDocument(device).toJson())
                 .status,
        400); // beta only
    const Reply created = graph(f, "POST", inventory, QJsonDocument(device).toJson());
    QCOMPARE(created.status, 201);
    QVERIFY(created.json.value(u"secretKey"_s).isNull());
    QCOMPARE(created.json.value(u"status"_s).toString(), u"available"_s);
    const QString tokenId = created.json.value(u"id"_s).toString();
    QJsonObject bad = device;
    bad.insert(u"serialNumber"_s, u"X1"_s);
    bad.insert(u"timeIntervalInSeconds"_s, 45);
    QCOMPARE(graph(f, "POST", inventory, QJsonDocument(bad).toJson()).status, 400);

    const QString methods = u"/beta/users/"_s + user + u"/authentication/hardwareOathMethods"_s;
    const Reply assigned = graph(
        f, "POST", methods, QJsonDocument(QJsonObject {{u"device"_s, QJsonObject {{u"id"_s, tokenId}}}}).toJson());
    QCOMPARE(assigned.status, 201);
    bool ok = false;
    const QByteArray key = Sspr::FakeGraph::FakeTotp::base32Decode(secret, &ok);
    QVERIFY(ok);
    const QString good = Sspr::FakeGraph::FakeTotp::code(key, QDateTime::currentSecsSinceEpoch());
    QString wrong = good;
    wrong[0] = wrong.at(0) == u'9' ? u'0' : QChar(wrong.at(0).unicode() + 1);
    const QString activate = methods + u'/' + tokenId + u"/activate"_s;
    QCOMPARE(
        graph(f, "POST", activate, QJsonDocument(QJsonObject {{u"verificationCode"_s, wrong}}).toJson()).status, 400);
    QCOMPARE(
        graph(f, "POST", activate,
            QJsonDocument(QJsonObject {{u"verificationCode"_s, good}, {u"displayName"_s, u"Kim's token"_s}}).toJson())
            .status,
        204);
    const QJsonObject stored = f.server->hardwareOathDevices().at(0).toObject();
    QCOMPARE(stored.value(u"status"_s).toString(), u"activated"_s);
    QCOMPARE(stored.value(u"assignedTo"_s).toObject().value(u"id"_s).toString(), user);
    QVERIFY(stored.value(u"secretKey"_s).isNull());
    QCOMPARE(f.server->counters().oathDeviceCreates, 1);
}

void TestFakeGraphServer::totp_rfc6238Vectors()
{
    // graph-facts §4.4, SHA1, 8 digits.
    bool ok = false;
    const QByteArray key = Sspr::FakeGraph::FakeTotp::base32Decode(u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s, &ok);
    QVERIFY(ok);
    QCOMPARE(key, QByteArray("12345678901234567890"));
    using Sspr::FakeGraph::FakeTotp::code;
    QCOMPARE(code(key, 59, 30, 8), u"94287082"_s);
    QCOMPARE(code(key, 1111111109, 30, 8), u"07081804"_s);
    QCOMPARE(code(key, 1234567890, 30, 8), u"89005924"_s);
    QCOMPARE(code(key, 20000000000LL, 30, 8), u"65353130"_s);
    QCOMPARE(code(key, 59), u"287082"_s);
    QCOMPARE(
        code(QByteArray("12345678901234567890123456789012"), 59, 30, 8, QCryptographicHash::Sha256), u"46119246"_s);
}

void TestFakeGraphServer::clientCredentials_secretAndAssertion()
{
    Options options;
    options.users = 10;
    options.groups = 2;
    options.clientSecret = u"right"_s;
    Fixture f = start(options);
    QVERIFY(f.token.isEmpty()); // the fixture's secret is wrong for this server
    const QString scope = u"https://graph.microsoft.com/.default"_s;
    const Reply wrong = token(f,
        {{u"client_id"_s, u"app"_s}, {u"scope"_s, scope}, {u"client_secret"_s, u"s3cret"_s},
            {u"grant_type"_s, u"client_credentials"_s}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.oauthError(), u"invalid_client"_s);
    QVERIFY(wrong.json.value(u"error_description"_s).toString().startsWith(u"AADSTS7000215"_s));
    QVERIFY(wrong.json.value(u"error_codes"_s).isArray());
    QVERIFY(!wrong.json.value(u"trace_id"_s).toString().isEmpty());
    const Reply badScope = token(f,
        {{u"client_id"_s, u"app"_s}, {u"scope"_s, u"User.Read.All"_s}, {u"client_secret"_s, u"right"_s},
            {u"grant_type"_s, u"client_credentials"_s}});
    QCOMPARE(badScope.oauthError(), u"invalid_scope"_s);
    const Reply good = token(f,
        {{u"client_id"_s, u"app"_s}, {u"scope"_s, scope}, {u"client_secret"_s, u"right"_s},
            {u"grant_type"_s, u"client_credentials"_s}});
    QCOMPARE(good.status, 200);
    QCOMPARE(good.json.value(u"token_type"_s).toString(), u"Bearer"_s);
    QVERIFY(!good.json.contains(u"refresh_token"_s));

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString aud = f.server->authority().toString() + u'/' + f.tenant + u"/oauth2/v2.0/token"_s;
    const QJsonObject claims {{u"aud"_s, aud}, {u"iss"_s, u"app"_s}, {u"sub"_s, u"app"_s}, {u"jti"_s, u"1"_s},
        {u"nbf"_s, now}, {u"iat"_s, now}, {u"exp"_s, now + 600}};
    const QJsonObject header {{u"alg"_s, u"PS256"_s}, {u"typ"_s, u"JWT"_s}, {u"x5t#S256"_s, u"abc"_s}};
    auto assertion = [&](const QByteArray &jwtText) {
        return token(f,
            {{u"client_id"_s, u"app"_s}, {u"scope"_s, scope},
                {u"client_assertion_type"_s, u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s},
                {u"client_assertion"_s, QString::fromLatin1(jwtText)}, {u"grant_type"_s, u"client_credentials"_s}});
    };
    QCOMPARE(assertion(jwt(header, claims)).status, 200);
    QJsonObject hs256 = header;
    hs256.insert(u"alg"_s, u"HS256"_s);
    QCOMPARE(assertion(jwt(hs256, claims)).oauthError(), u"invalid_client"_s);
    QJsonObject expired = claims;
    expired.insert(u"exp"_s, now - 60);
    QCOMPARE(assertion(jwt(header, expired)).status, 401);
    QJsonObject otherAud = claims;
    otherAud.insert(u"aud"_s, u"https://login.microsoftonline.com/x/oauth2/v2.0/token"_s);
    QCOMPARE(assertion(jwt(header, otherAud)).status, 401);
    QCOMPARE(assertion("only.two").status, 401);
}

void TestFakeGraphServer::deviceCode_pendingThenSuccess()
{
    Options options;
    options.users = 10;
    options.groups = 2;
    options.deviceCodeApproveAfterPolls = 1;
    Fixture f = start(options);
    const QUrl deviceUrl(f.server->authority().toString() + u'/' + f.tenant + u"/oauth2/v2.0/devicecode"_s);
    const QString scope
        = u"https://graph.microsoft.com/UserAuthenticationMethod.ReadWrite.All offline_access openid profile"_s;
    auto start = [&] {
        return send(m_nam, "POST", deviceUrl, form({{u"client_id"_s, u"public"_s}, {u"scope"_s, scope}}),
            {{"Content-Type", "application/x-www-form-urlencoded"}});
    };
    auto poll = [&](const QString &code) {
        return token(f,
            {{u"client_id"_s, u"public"_s}, {u"device_code"_s, code},
                {u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s}});
    };
    const Reply dc = start();
    QCOMPARE(dc.status, 200);
    for (const char *field : {"device_code", "user_code", "verification_uri", "expires_in", "interval", "message"})
        QVERIFY2(dc.json.contains(QLatin1StringView(field)), field);
    QCOMPARE(dc.json.value(u"interval"_s).toInt(), 1);
    const QString code = dc.json.value(u"device_code"_s).toString();
    QCOMPARE(poll(code).oauthError(), u"authorization_pending"_s);
    QTest::qWait(1050);
    const Reply done = poll(code);
    QCOMPARE(done.status, 200);
    QVERIFY(!done.json.value(u"access_token"_s).toString().isEmpty());
    QVERIFY(!done.json.value(u"refresh_token"_s).toString().isEmpty());
    QVERIFY(!done.json.value(u"id_token"_s).toString().isEmpty());
    QCOMPARE(poll(code).status, 400); // redeemed once

    const Reply fast = start();
    const QString fastCode = fast.json.value(u"device_code"_s).toString();
    QCOMPARE(poll(fastCode).oauthError(), u"authorization_pending"_s);
    QCOMPARE(poll(fastCode).oauthError(), u"slow_down"_s);

    const Reply declined = start();
    f.server->declineDeviceCode(f.server->lastUserCode());
    QCOMPARE(poll(declined.json.value(u"device_code"_s).toString()).oauthError(), u"authorization_declined"_s);
    QCOMPARE(poll(u"unknown"_s).oauthError(), u"bad_verification_code"_s);
}

void TestFakeGraphServer::authCodePkce_andRefreshRotation()
{
    Fixture f = start(tenant(10, 2));
    const QString verifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
    const QString challenge
        = QString::fromLatin1(b64url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
    const QString redirect = u"http://127.0.0.1:53123/"_s;
    QUrlQuery q;
    q.addQueryItem(u"client_id"_s, u"public"_s);
    q.addQueryItem(u"response_type"_s, u"code"_s);
    q.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
    q.addQueryItem(u"scope"_s, QString::fromLatin1(QUrl::toPercentEncoding(u"User.Read.All offline_access"_s)));
    q.addQueryItem(u"state"_s, u"xyz"_s);
    q.addQueryItem(u"code_challenge"_s, challenge);
    q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    const QString authorize = f.server->authority().toString() + u'/' + f.tenant + u"/oauth2/v2.0/authorize?"_s
        + q.query(QUrl::FullyEncoded);
    const Reply redirected = send(m_nam, "GET", QUrl(authorize));
    QCOMPARE(redirected.status, 302);
    const QUrl location(QString::fromUtf8(redirected.headers.value("location")));
    QCOMPARE(location.host(), u"127.0.0.1"_s);
    QCOMPARE(location.port(), 53123);
    const QUrlQuery back(location);
    QCOMPARE(back.queryItemValue(u"state"_s), u"xyz"_s);
    const QString code = back.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    auto redeem = [&](const QString &v, const QString &uri) {
        return token(f,
            {{u"client_id"_s, u"public"_s}, {u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, code},
                {u"redirect_uri"_s, uri}, {u"code_verifier"_s, v}});
    };
    const Reply wrongVerifier = redeem(u"not-the-verifier"_s, redirect);
    QCOMPARE(wrongVerifier.oauthError(), u"invalid_grant"_s);
    QVERIFY(wrongVerifier.json.value(u"error_description"_s).toString().startsWith(u"AADSTS501481"_s));
    QCOMPARE(redeem(verifier, u"http://127.0.0.1:9/"_s).oauthError(), u"invalid_grant"_s);
    const Reply ok = redeem(verifier, redirect);
    QCOMPARE(ok.status, 200);
    QCOMPARE(redeem(verifier, redirect).oauthError(), u"invalid_grant"_s); // codes are single-use
    const QString refresh1 = ok.json.value(u"refresh_token"_s).toString();
    QVERIFY(!refresh1.isEmpty());

    auto refresh = [&](const QString &rt) {
        return token(
            f, {{u"client_id"_s, u"public"_s}, {u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, rt}});
    };
    const Reply rotated = refresh(refresh1);
    QCOMPARE(rotated.status, 200);
    const QString refresh2 = rotated.json.value(u"refresh_token"_s).toString();
    QVERIFY(!refresh2.isEmpty() && refresh2 != refresh1);
    QCOMPARE(refresh(refresh1).oauthError(), u"invalid_grant"_s);
    QCOMPARE(refresh(refresh2).status, 200);
    // Delegated tokens stand for the signed-in admin: /me works with them, not with app-only tokens.
    Fixture delegated {nullptr, rotated.json.value(u"access_token"_s).toString(), f.tenant, f.root};
    delegated.server.swap(f.server);
    QCOMPARE(graph(delegated, "GET", u"/v1.0/me"_s).status, 200);
    delegated.server.swap(f.server);
    QCOMPARE(graph(f, "GET", u"/v1.0/me"_s).status, 400);

    f.server->setDenyAuthorization(true);
    const Reply denied = send(m_nam, "GET", QUrl(authorize));
    QCOMPARE(denied.status, 302);
    QCOMPARE(QUrlQuery(QUrl(QString::fromUtf8(denied.headers.value("location")))).queryItemValue(u"error"_s),
        u"access_denied"_s);
    const QString elsewhere = QString(authorize).replace(u"127.0.0.1%3A53123"_s, u"evil.example%3A80"_s);
    QCOMPARE(send(m_nam, "GET", QUrl(elsewhere)).status, 400);
}

void TestFakeGraphServer::writeQuota_429WithRetryAfter()
{
    Options options;
    options.users = 30;
    options.groups = 2;
    options.writeQuota = 10;
    options.writeWindowMs = 20000; // one token back every 2 s
    Fixture f = start(options);
    const QString path = u"/v1.0/policies/authorizationPolicy"_s;
    int ok = 0;
    bool sawPercentage = false;
    for (int i = 0; i < 10; ++i) {
        const Reply r = graph(f, "PATCH", path, R"({"allowedToUseSSPR":true})");
        ok += r.status == 204 ? 1 : 0;
        sawPercentage = sawPercentage || r.headers.contains("x-ms-throttle-limit-percentage");
    }
    QCOMPARE(ok, 10);
    QVERIFY(sawPercentage); // sent once usage passed 80 %
    const Reply limited = graph(f, "PATCH", path, R"({"allowedToUseSSPR":true})");
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), u"TooManyRequests"_s);
    const int retryAfter = limited.headers.value("retry-after").toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= 2);
    QCOMPARE(limited.headers.value("x-ms-throttle-information"), QByteArray("WriteLimitExceeded"));
    QVERIFY(limited.headers.value("x-ms-throttle-scope").startsWith("Tenant_Application/ReadWrite/test-app/"));
    QCOMPARE(graph(f, "GET", path).status, 200); // reads are not limited by the write quota

    // Writes inside a batch count too.
    const QString body
        = uR"({"requests":[{"id":"1","method":"PATCH","url":"/policies/authorizationPolicy","headers":{"Content-Type":"application/json"},"body":{"allowedToUseSSPR":true}}]})"_s;
    const Reply batch = graph(f, "POST", u"/v1.0/$batch"_s, body.toUtf8());
    QCOMPARE(batch.status, 200);
    const QJsonObject item = batch.json.value(u"responses"_s).toArray().at(0).toObject();
    QCOMPARE(item.value(u"status"_s).toInt(), 429);
    QVERIFY(item.value(u"headers"_s).toObject().contains(u"Retry-After"_s));
    QCOMPARE(f.server->counters().writes, 10);
    QCOMPARE(f.server->counters().throttled, 2);
}

void TestFakeGraphServer::faults_dropTruncate503Latency()
{
    Fixture f = start(tenant(50, 2));
    const QString path = u"/v1.0/users?$top=20"_s;
    f.server->setFaults(0, 0, 1, 0);
    const Reply dropped = graph(f, "GET", path);
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    f.server->setFaults(0, 0, 0, 1);
    const Reply truncated = graph(f, "GET", path);
    QVERIFY(truncated.error != QNetworkReply::NoError || QJsonDocument::fromJson(truncated.body).isNull());
    f.server->setFaults(0, 1, 0, 0);
    const Reply unavailable = graph(f, "GET", path);
    QCOMPARE(unavailable.status, 503);
    QVERIFY(unavailable.headers.contains("retry-after"));
    f.server->setFaults(1, 0, 0, 0);
    const Reply throttled = graph(f, "GET", path);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.headers.value("retry-after"), QByteArray("1"));
    // OAuth is spared unless asked.
    QCOMPARE(token(f,
                 {{u"client_id"_s, u"a"_s}, {u"scope"_s, u"https://graph.microsoft.com/.default"_s},
                     {u"client_secret"_s, u"s"_s}, {u"grant_type"_s, u"client_credentials"_s}})
                 .status,
        200);
    f.server->setFaults(0, 0, 0, 0);
    f.server->setLatencyMs(300);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(graph(f, "GET", path).status, 200);
    QVERIFY(timer.elapsed() >= 290);
    const Counters c = f.server->counters();
    QVERIFY(c.dropped >= 1); // QNetworkAccessManager resends a GET once when a kept-alive connection closes
    QCOMPARE(c.truncated, 1);
    QCOMPARE(c.unavailable, 1);
    QCOMPARE(c.throttled, 1);
}

void TestFakeGraphServer::throughput_100kUsers()
{
    QElapsedTimer timer;
    timer.start();
    Fixture f = start(tenant(100000, 50));
    const qint64 generateMs = timer.elapsed();
    QVERIFY(!f.token.isEmpty());
    const QString first = u"/v1.0/users?$top=999&$select=id,displayName,userPrincipalName,mail,mobilePhone,"
                          u"businessPhones,otherMails,accountEnabled,onPremisesSyncEnabled,userType"_s;
    // Pass 1: the server and the wire only (the nextLink is cut out of the bytes, nothing else is parsed).
    timer.restart();
    QString next = first;
    int rawPages = 0;
    while (!next.isEmpty()) {
        const Reply r = graph(f, "GET", next, {}, {}, false);
        QCOMPARE(r.status, 200);
        ++rawPages;
        const QByteArray marker = "\"@odata.nextLink\":\"";
        const qsizetype at = r.body.indexOf(marker);
        next = at < 0 ? QString()
                      : QString::fromUtf8(
                          r.body.mid(at + marker.size(), r.body.indexOf('"', at + marker.size()) - at - marker.size()));
    }
    const qint64 rawMs = qMax<qint64>(1, timer.elapsed());
    QCOMPARE(rawPages, 101);
    // Pass 2: as a client sees it, every page parsed.
    timer.restart();
    int pages = 0;
    qint64 users = 0;
    next = first;
    qint64 bytes = 0;
    while (!next.isEmpty()) {
        const Reply r = graph(f, "GET", next);
        QCOMPARE(r.status, 200);
        ++pages;
        users += r.json.value(u"value"_s).toArray().size();
        bytes += r.body.size();
        next = r.json.value(u"@odata.nextLink"_s).toString();
    }
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    QCOMPARE(users, 100000);
    QCOMPARE(pages, 101);
    const qint64 perSecond = users * 1000 / ms;
    qInfo("fakegraph: generated 100000 users in %lld ms; served them in %d pages of 999 (%lld MB): %lld ms = %lld "
          "users/s on the wire, %lld ms = %lld users/s with the client parsing every page",
        generateMs, pages, bytes / 1000000, rawMs, 100000 * 1000 / rawMs, ms, perSecond);
    QVERIFY2(100000 * 1000 / rawMs > 50000, qPrintable(QString::number(100000 * 1000 / rawMs)));
}

QTEST_GUILESS_MAIN(TestFakeGraphServer)
#include "tst_fakegraphserver.moc"
