#include "outboxoperation.h"

#include "authmethod.h"
#include "graphclient.h"
#include "outboxchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Sspr::Sync {

using Action = OutboxStep::Action;
using Phase = OutboxStep::Phase;
using Graph::GraphRequest;
using Graph::GraphResult;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Sync::OutboxOperation)
};

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString methodsPath(const QJsonObject &p, const QString &collection, const QString &version = u"v1.0"_s)
{
    return u"/"_s + version + u"/users/"_s + segment(p.value(u"userId"_s).toString()) + u"/authentication/"_s
        + collection;
}

QString readable(const GraphResult &r);

OutboxStep request(Phase phase, GraphRequest r)
{
    OutboxStep step;
    step.action = Action::Request;
    step.phase = phase;
    step.request = std::move(r);
    return step;
}

// A read of the tenant after a refused write: carries the refusal, which is the outcome if nothing explains it.
OutboxStep check(GraphRequest r, const GraphResult &refusal)
{
    OutboxStep step = request(Phase::Check, std::move(r));
    step.message = readable(refusal);
    step.httpStatus = refusal.httpStatus;
    return step;
}

OutboxStep refused(const OutboxStep &check)
{
    OutboxStep step;
    step.action = Action::Failed;
    step.httpStatus = check.httpStatus;
    step.message = check.message;
    return step;
}

OutboxStep settle(Action action, const GraphResult &result, const QString &message = {},
    std::optional<QJsonObject> payload = std::nullopt)
{
    OutboxStep step;
    step.action = action;
    step.httpStatus = result.httpStatus;
    step.message = message;
    step.payload = std::move(payload);
    return step;
}

bool isTransient(const GraphResult &r)
{
    if (r.httpStatus == 0)
        return r.errorCode != u"insecureUrl" && r.errorCode != u"cancelled";
    return r.httpStatus == 401 || r.httpStatus == 429 || r.httpStatus == 500 || r.httpStatus == 502
        || r.httpStatus == 503 || r.httpStatus == 504;
}

QString readable(const GraphResult &r)
{
    if (!r.message.isEmpty())
        return r.message;
    if (r.httpStatus == 0)
        return Tr::tr("No answer from Microsoft Graph (%1).").arg(r.errorCode);
    return Tr::tr("Microsoft Graph answered %1 %2.").arg(r.httpStatus).arg(r.errorCode);
}

// Outcomes every kind shares: the request was not processed, refused for lack of a role, or malformed.
std::optional<OutboxStep> common(const GraphResult &r, bool userPath, bool notFoundIsConflict, const QJsonObject &p)
{
    if (isTransient(r))
        return settle(Action::Transient, r, readable(r));
    if (r.httpStatus == 403)
        return settle(Action::Failed, r, readable(r));
    if (r.httpStatus == 404 && notFoundIsConflict) {
        QJsonObject payload = p;
        QJsonObject conflict {{u"theirs"_s, QJsonValue::Null}, {u"userDeleted"_s, userPath}};
        payload.insert(u"conflict"_s, conflict);
        const QString message = userPath
            ? Tr::tr("The user %1 no longer exists in the tenant (deleted since the last sync); nothing was changed.")
                  .arg(p.value(u"upn"_s).toString())
            : Tr::tr("The object no longer exists in the tenant; nothing was changed.");
        return settle(Action::Conflict, r, message, payload);
    }
    return std::nullopt;
}

OutboxStep conflict(const GraphResult &r, const QJsonObject &p, const QJsonValue &ours, const QJsonValue &theirs,
    const QString &message)
{
    QJsonObject payload = p;
    payload.insert(u"conflict"_s, QJsonObject {{u"ours"_s, ours}, {u"theirs"_s, theirs}});
    return settle(Action::Conflict, r, message, payload);
}

QString valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return Tr::tr("(none)");
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::number(v.toDouble());
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

bool force(const QJsonObject &p)
{
    return p.value(u"force"_s).toBool();
}

QString typeName(const QString &key)
{
    Core::MethodType type;
    return Core::methodTypeFromKey(key, &type) ? Core::methodTypeDisplayName(type) : key;
}

// ---- phone.add, email.add

struct AddShape
{
    QString collection; // phoneMethods, emailMethods
    QString valueKey; // phoneNumber, emailAddress
    bool phone = true;
};

AddShape addShape(const Store::OutboxItem &item)
{
    if (item.kind == OutboxChange::EmailAdd)
        return {u"emailMethods"_s, u"emailAddress"_s, false};
    return {u"phoneMethods"_s, u"phoneNumber"_s, true};
}

bool sameValue(bool phone, const QString &a, const QString &b)
{
    return phone ? OutboxOperation::samePhoneNumber(a, b) : a.compare(b, Qt::CaseInsensitive) == 0;
}

// The method of the item's type in a collection the tenant returned, or null.
QJsonObject findExisting(const Store::OutboxItem &item, const GraphResult &r)
{
    const AddShape shape = addShape(item);
    const QJsonArray value = r.object().value(u"value"_s).toArray();
    for (const QJsonValue &v : value) {
        const QJsonObject m = v.toObject();
        if (!shape.phone)
            return m; // one email method per user
        if (m.value(u"phoneType"_s)
                .toString()
                .compare(item.payload.value(u"phoneType"_s).toString(), Qt::CaseInsensitive)
            == 0)
            return m;
    }
    return {};
}

GraphRequest addWrite(const Store::OutboxItem &item)
{
    const AddShape shape = addShape(item);
    const QJsonObject &p = item.payload;
    QJsonObject body {{shape.valueKey, p.value(shape.valueKey)}};
    if (shape.phone)
        body.insert(u"phoneType"_s, p.value(u"phoneType"_s));
    return GraphRequest::withBody("POST", methodsPath(p, shape.collection), QJsonDocument(body));
}

GraphRequest overwrite(const Store::OutboxItem &item, const QString &methodId)
{
    const AddShape shape = addShape(item);
    const QJsonObject &p = item.payload;
    QJsonObject body {{shape.valueKey, p.value(shape.valueKey)}};
    if (shape.phone)
        body.insert(u"phoneType"_s, p.value(u"phoneType"_s));
    return GraphRequest::withBody(
        "PATCH", methodsPath(p, shape.collection) + u"/"_s + segment(methodId), QJsonDocument(body));
}

OutboxStep addNext(const Store::OutboxItem &item, const OutboxStep &step, const GraphResult &r)
{
    const QJsonObject &p = item.payload;
    const AddShape shape = addShape(item);
    const QString ours = p.value(shape.valueKey).toString();
    if (auto c = common(r, true, true, p))
        return *c;
    if (step.phase == Phase::Write) {
        if (r.ok())
            return settle(Action::Done, r);
        if (r.httpStatus == 400 || r.httpStatus == 409) // refused: perhaps because it (or another value) is there
            return check(GraphRequest::get(methodsPath(p, shape.collection)), r);
        return settle(Action::Failed, r, readable(r));
    }
    // Verify or Check: what does the tenant have?
    if (!r.ok())
        return settle(Action::Failed, r, readable(r));
    const QJsonObject existing = findExisting(item, r);
    if (existing.isEmpty()) {
        if (step.phase == Phase::Check) // the refusal was about something else (a rule, the format)
            return refused(step);
        return request(Phase::Write, addWrite(item));
    }
    const QString theirs = existing.value(shape.valueKey).toString();
    if (sameValue(shape.phone, theirs, ours))
        return settle(Action::Done, r, Tr::tr("Already in the tenant (an earlier send got through)."));
    if (force(p))
        return request(Phase::Write, overwrite(item, existing.value(u"id"_s).toString()));
    const QString name = shape.phone ? typeName(p.value(u"phoneType"_s).toString()) : typeName(u"email"_s);
    return conflict(r, p, ours, theirs,
        Tr::tr("%1 already has the %2 %3 in the tenant; ours is %4. Retry to replace it with ours, or discard "
               "to keep the tenant's.")
            .arg(p.value(u"upn"_s).toString(), name, theirs, ours));
}

// ---- phone.update, email.update, method.delete

QString methodCollectionFor(const Store::OutboxItem &item, QString *version)
{
    if (item.kind == OutboxChange::PhoneUpdate)
        return Sync::OutboxChange::methodCollection(Core::MethodType::MobilePhone, version);
    if (item.kind == OutboxChange::EmailUpdate)
        return Sync::OutboxChange::methodCollection(Core::MethodType::Email, version);
    Core::MethodType type = Core::MethodType::MobilePhone;
    Core::methodTypeFromKey(item.payload.value(u"methodType"_s).toString(), &type);
    return Sync::OutboxChange::methodCollection(type, version);
}

QString methodPath(const Store::OutboxItem &item)
{
    QString version;
    const QString collection = methodCollectionFor(item, &version);
    return methodsPath(item.payload, collection, version) + u"/"_s
        + segment(item.payload.value(u"methodId"_s).toString());
}

// What the tenant shows as the method's value, and whether values of this kind can be compared.
QString tenantValue(const Store::OutboxItem &item, const QJsonObject &method, bool *comparable, bool *phone)
{
    *phone = false;
    *comparable = true;
    if (method.contains(u"phoneNumber"_s)) {
        *phone = true;
        return method.value(u"phoneNumber"_s).toString();
    }
    if (method.contains(u"emailAddress"_s))
        return method.value(u"emailAddress"_s).toString();
    Q_UNUSED(item);
    *comparable = false; // an authenticator, a key, a pass: nothing a person typed
    return {};
}

GraphRequest changeWrite(const Store::OutboxItem &item)
{
    const QJsonObject &p = item.payload;
    if (item.kind == OutboxChange::MethodDelete) {
        GraphRequest r;
        r.method = "DELETE";
        r.path = methodPath(item);
        return r;
    }
    QJsonObject body;
    if (item.kind == OutboxChange::PhoneUpdate)
        body = {{u"phoneNumber"_s, p.value(u"new"_s)}, {u"phoneType"_s, p.value(u"phoneType"_s)}};
    else
        body = {{u"emailAddress"_s, p.value(u"new"_s)}};
    return GraphRequest::withBody("PATCH", methodPath(item), QJsonDocument(body));
}

OutboxStep changeNext(const Store::OutboxItem &item, const OutboxStep &step, const GraphResult &r)
{
    const QJsonObject &p = item.payload;
    const bool deleting = item.kind == OutboxChange::MethodDelete;
    const QString upn = p.value(u"upn"_s).toString();
    if (step.phase == Phase::Write) {
        if (deleting && r.httpStatus == 404)
            return settle(Action::Done, r, Tr::tr("Already removed from the tenant."));
        if (auto c = common(r, true, true, p))
            return *c;
        return r.ok() ? settle(Action::Done, r) : settle(Action::Failed, r, readable(r));
    }
    // Verify: the method as the tenant has it now.
    if (r.httpStatus == 404) {
        if (deleting)
            return settle(Action::Done, r, Tr::tr("Already removed from the tenant."));
        QJsonObject payload = p;
        payload.insert(u"conflict"_s, QJsonObject {{u"ours"_s, p.value(u"new"_s)}, {u"theirs"_s, QJsonValue::Null}});
        return settle(Action::Conflict, r,
            Tr::tr("The method of %1 is no longer registered in the tenant (removed, or the user was deleted, since "
                   "the last sync); ours is %2. Discard to accept that, or add it again.")
                .arg(upn, p.value(u"new"_s).toString()),
            payload);
    }
    if (auto c = common(r, true, false, p))
        return *c;
    if (!r.ok())
        return settle(Action::Failed, r, readable(r));
    bool comparable = true;
    bool phone = false;
    const QString theirs = tenantValue(item, r.object(), &comparable, &phone);
    if (!comparable || force(p))
        return request(Phase::Write, changeWrite(item));
    const QString old = p.value(u"old"_s).toString();
    if (!deleting && sameValue(phone, theirs, p.value(u"new"_s).toString()))
        return settle(Action::Done, r, Tr::tr("Already in the tenant (an earlier send got through)."));
    if (sameValue(phone, theirs, old))
        return request(Phase::Write, changeWrite(item));
    const QString ours = deleting ? Tr::tr("(removed)") : p.value(u"new"_s).toString();
    return conflict(r, p, deleting ? QJsonValue(QJsonValue::Null) : p.value(u"new"_s), theirs,
        Tr::tr("The tenant's value for %1 changed since the last sync: it was %2, the tenant now has %3, ours is %4. "
               "Retry to apply ours anyway, or discard to keep the tenant's.")
            .arg(upn, old, theirs, ours));
}

// ---- group.create

GraphRequest groupLookup(const QJsonObject &p)
{
    const QString filter
        = u"mailNickname eq "_s + Graph::GraphClient::odataString(p.value(u"mailNickname"_s).toString());
    return GraphRequest::get(u"/v1.0/groups?$filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(filter))
        + u"&$select=id,displayName,mailNickname,description"_s);
}

GraphRequest groupWrite(const QJsonObject &p)
{
    const QJsonObject body {{u"displayName"_s, p.value(u"displayName"_s)},
        {u"description"_s, p.value(u"description"_s)}, {u"groupTypes"_s, QJsonArray()}, {u"mailEnabled"_s, false},
        {u"mailNickname"_s, p.value(u"mailNickname"_s)}, {u"securityEnabled"_s, true}};
    QJsonObject clean = body;
    if (p.value(u"description"_s).toString().isEmpty())
        clean.remove(u"description"_s); // Graph refuses an empty description
    return GraphRequest::withBody("POST", u"/v1.0/groups"_s, QJsonDocument(clean));
}

OutboxStep groupNext(const Store::OutboxItem &item, const OutboxStep &step, const GraphResult &r)
{
    const QJsonObject &p = item.payload;
    if (auto c = common(r, false, false, p))
        return *c;
    if (step.phase == Phase::Write) {
        if (r.ok()) {
            QJsonObject payload = p;
            payload.insert(u"createdId"_s, r.object().value(u"id"_s));
            return settle(Action::Done, r, {}, payload);
        }
        if (r.httpStatus == 400 || r.httpStatus == 409)
            return check(groupLookup(p), r);
        return settle(Action::Failed, r, readable(r));
    }
    if (!r.ok())
        return settle(Action::Failed, r, readable(r));
    const QJsonArray found = r.object().value(u"value"_s).toArray();
    if (found.isEmpty()) {
        if (step.phase == Phase::Check)
            return refused(step);
        return request(Phase::Write, groupWrite(p));
    }
    const QJsonObject group = found.first().toObject();
    if (group.value(u"displayName"_s).toString() == p.value(u"displayName"_s).toString()) {
        QJsonObject payload = p;
        payload.insert(u"createdId"_s, group.value(u"id"_s));
        return settle(Action::Done, r, Tr::tr("Already in the tenant (an earlier send got through)."), payload);
    }
    return conflict(r, p, p.value(u"displayName"_s), group.value(u"displayName"_s),
        Tr::tr(
            "The mail nickname %1 is already used by the group \u201c%2\u201d in the tenant; ours is \u201c%3\u201d. "
            "Discard this group and create it again with another nickname.")
            .arg(p.value(u"mailNickname"_s).toString(), group.value(u"displayName"_s).toString(),
                p.value(u"displayName"_s).toString()));
}

// ---- policy changes

QString policyPath(const Store::OutboxItem &item)
{
    if (item.kind == OutboxChange::MethodConfigurationPatch)
        return u"/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/"_s
            + segment(item.payload.value(u"configurationId"_s).toString());
    if (item.kind == OutboxChange::AuthorizationPolicyPatch)
        return u"/v1.0/policies/authorizationPolicy"_s;
    return u"/v1.0/policies/authenticationMethodsPolicy"_s;
}

// The members of `current` that `shape` names (one level deep): what a conflict shows as the tenant's value.
QJsonObject project(const QJsonObject &current, const QJsonObject &shape)
{
    QJsonObject out;
    for (auto it = shape.begin(); it != shape.end(); ++it) {
        if (current.contains(it.key()))
            out.insert(it.key(), current.value(it.key()));
    }
    return out;
}

OutboxStep policyNext(const Store::OutboxItem &item, const OutboxStep &step, const GraphResult &r)
{
    const QJsonObject &p = item.payload;
    if (auto c = common(r, false, false, p))
        return *c;
    if (!r.ok())
        return settle(Action::Failed, r, readable(r));
    if (step.phase == Phase::Write)
        return settle(Action::Done, r);
    const QJsonObject current = r.object();
    if (item.kind == OutboxChange::AuthorizationPolicyPatch) {
        const QJsonValue theirs = current.value(u"allowedToUseSSPR"_s);
        const bool wanted = p.value(u"new"_s).toBool();
        if (theirs.isBool() && theirs.toBool() == wanted)
            return settle(Action::Done, r, Tr::tr("Already in the tenant."));
        if (force(p) || !theirs.isBool() || theirs.toBool() == p.value(u"old"_s).toBool())
            return request(Phase::Write,
                GraphRequest::withBody(
                    "PATCH", policyPath(item), QJsonDocument(QJsonObject {{u"allowedToUseSSPR"_s, wanted}})));
        return conflict(r, p, wanted, theirs,
            Tr::tr("allowedToUseSSPR was changed in the tenant since the last sync (now %1, ours %2).")
                .arg(valueText(theirs), valueText(wanted)));
    }
    const QJsonObject body = p.value(u"body"_s).toObject();
    const QJsonObject seen = p.value(u"seen"_s).toObject();
    if (OutboxOperation::covers(current, body))
        return settle(Action::Done, r, Tr::tr("Already in the tenant."));
    if (force(p) || OutboxOperation::covers(current, seen))
        return request(Phase::Write, GraphRequest::withBody("PATCH", policyPath(item), QJsonDocument(body)));
    const QJsonObject theirs = project(current, seen.isEmpty() ? body : seen);
    return conflict(r, p, body, theirs,
        Tr::tr("The policy was modified in the tenant since the last sync. Tenant: %1. Ours: %2. Retry to apply ours "
               "anyway, or discard to keep the tenant's.")
            .arg(valueText(theirs), valueText(body)));
}

// ---- tap.create

GraphRequest tapWrite(const QJsonObject &p)
{
    QJsonObject body {{u"isUsableOnce"_s, p.value(u"isUsableOnce"_s).toBool()}};
    if (p.value(u"lifetimeInMinutes"_s).toInt() > 0)
        body.insert(u"lifetimeInMinutes"_s, p.value(u"lifetimeInMinutes"_s).toInt());
    return GraphRequest::withBody("POST", methodsPath(p, u"temporaryAccessPassMethods"_s), QJsonDocument(body));
}

OutboxStep tapNext(const Store::OutboxItem &item, const OutboxStep &step, const GraphResult &r)
{
    const QJsonObject &p = item.payload;
    if (auto c = common(r, true, true, p))
        return *c;
    if (!r.ok())
        return settle(Action::Failed, r, readable(r));
    if (step.phase == Phase::Write) {
        QJsonObject payload = p;
        payload.insert(u"createdId"_s, r.object().value(u"id"_s));
        OutboxStep done = settle(Action::Done, r, {}, payload);
        done.oneTimeSecret = r.object().value(u"temporaryAccessPass"_s).toString();
        return done;
    }
    // In doubt: a pass created since the item was made is ours (a user has at most one).
    for (const QJsonValue &v : r.object().value(u"value"_s).toArray()) {
        const QDateTime created
            = QDateTime::fromString(v.toObject().value(u"createdDateTime"_s).toString(), Qt::ISODateWithMs);
        if (created.isValid() && created >= item.createdAt.addSecs(-60)) {
            return settle(Action::Done, r,
                Tr::tr("The pass was created before the interruption, but it can be shown only once: create a new "
                       "one to hand out."));
        }
    }
    return request(Phase::Write, tapWrite(p));
}

bool isUserMethodChange(const QString &kind)
{
    return kind == OutboxChange::PhoneUpdate || kind == OutboxChange::EmailUpdate || kind == OutboxChange::MethodDelete;
}

bool isPolicy(const QString &kind)
{
    return kind == OutboxChange::MethodConfigurationPatch || kind == OutboxChange::AuthMethodsPolicyPatch
        || kind == OutboxChange::AuthorizationPolicyPatch;
}

// Digits and mask characters of a number, extension included.
QString numberChars(const QString &number)
{
    QString out;
    for (const QChar c : number) {
        if (c.isDigit() || c == u'X' || c == u'*' || c == u'x')
            out += c == u'*' ? u'X' : c;
    }
    return out;
}

} // namespace

QString OutboxStep::stateKey() const
{
    switch (action) {
    case Action::Done:
        return u"done"_s;
    case Action::Failed:
        return u"failed"_s;
    case Action::Conflict:
        return u"conflict"_s;
    case Action::Transient:
    case Action::Request:
        break;
    }
    return u"pending"_s;
}

bool OutboxOperation::samePhoneNumber(const QString &a, const QString &b)
{
    // Graph writes the extension after a lower-case x; a mask uses X or *.
    const QString x = numberChars(a);
    const QString y = numberChars(b);
    if (x == y)
        return true;
    const qsizetype extX = x.indexOf(u'x');
    const qsizetype extY = y.indexOf(u'x');
    if (x.mid(extX < 0 ? x.size() : extX) != y.mid(extY < 0 ? y.size() : extY))
        return false; // different extensions
    const QString mainX = extX < 0 ? x : x.left(extX);
    const QString mainY = extY < 0 ? y : y.left(extY);
    if (!mainX.contains(u'X') && !mainY.contains(u'X'))
        return false;
    if (mainX.size() != mainY.size())
        return false;
    for (qsizetype i = 0; i < mainX.size(); ++i) {
        if (mainX.at(i) != u'X' && mainY.at(i) != u'X' && mainX.at(i) != mainY.at(i))
            return false;
    }
    return true;
}

bool OutboxOperation::covers(const QJsonValue &have, const QJsonValue &want)
{
    if (want.isObject()) {
        if (!have.isObject())
            return false;
        const QJsonObject h = have.toObject();
        const QJsonObject w = want.toObject();
        for (auto it = w.begin(); it != w.end(); ++it) {
            if (it.key().startsWith(u'@'))
                continue; // @odata.type and other annotations
            if (!h.contains(it.key()))
                continue; // not something the tenant reports: nothing to compare
            if (!covers(h.value(it.key()), it.value()))
                return false;
        }
        return true;
    }
    if (want.isArray()) {
        if (!have.isArray())
            return false;
        const QJsonArray h = have.toArray();
        const QJsonArray w = want.toArray();
        if (h.size() != w.size())
            return false;
        for (qsizetype i = 0; i < w.size(); ++i) {
            const QJsonValue wi = w.at(i);
            const QString id = wi.toObject().value(u"id"_s).toString();
            if (wi.isObject() && !id.isEmpty()) {
                bool found = false;
                for (const QJsonValue &hi : h) {
                    if (hi.toObject().value(u"id"_s).toString().compare(id, Qt::CaseInsensitive) == 0) {
                        found = covers(hi, wi);
                        break;
                    }
                }
                if (!found)
                    return false;
            } else if (!covers(h.at(i), wi)) {
                return false;
            }
        }
        return true;
    }
    if (want.isString() && have.isString())
        return want.toString().compare(have.toString(), Qt::CaseInsensitive) == 0; // enums and ids ignore case
    return have == want;
}

OutboxStep OutboxOperation::first(const Store::OutboxItem &item, bool inDoubt)
{
    const QJsonObject &p = item.payload;
    const bool verify = inDoubt || p.value(u"inDoubt"_s).toBool();
    if (item.kind == OutboxChange::PhoneAdd || item.kind == OutboxChange::EmailAdd) {
        if (verify || force(p))
            return request(Phase::Verify, GraphRequest::get(methodsPath(p, addShape(item).collection)));
        return request(Phase::Write, addWrite(item));
    }
    if (isUserMethodChange(item.kind))
        return request(Phase::Verify, GraphRequest::get(methodPath(item)));
    if (item.kind == OutboxChange::GroupCreate)
        return verify ? request(Phase::Verify, groupLookup(p)) : request(Phase::Write, groupWrite(p));
    if (isPolicy(item.kind))
        return request(Phase::Verify, GraphRequest::get(policyPath(item)));
    if (item.kind == OutboxChange::TapCreate) {
        return verify ? request(Phase::Verify, GraphRequest::get(methodsPath(p, u"temporaryAccessPassMethods"_s)))
                      : request(Phase::Write, tapWrite(p));
    }
    OutboxStep unknown;
    unknown.action = Action::Failed;
    unknown.message = Tr::tr("This version of SSPR Console cannot send changes of kind \u201c%1\u201d.").arg(item.kind);
    return unknown;
}

OutboxStep OutboxOperation::next(const Store::OutboxItem &item, const OutboxStep &step, const GraphResult &result)
{
    if (item.kind == OutboxChange::PhoneAdd || item.kind == OutboxChange::EmailAdd)
        return addNext(item, step, result);
    if (isUserMethodChange(item.kind))
        return changeNext(item, step, result);
    if (item.kind == OutboxChange::GroupCreate)
        return groupNext(item, step, result);
    if (isPolicy(item.kind))
        return policyNext(item, step, result);
    if (item.kind == OutboxChange::TapCreate)
        return tapNext(item, step, result);
    return first(item, false);
}

} // namespace Sspr::Sync
