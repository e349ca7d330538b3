#pragma once

#include "graphrequest.h"
#include "graphresult.h"
#include "outboxrepository.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Sspr::Sync {

// What the worker does next with one outbox item: send a request, or settle the item.
struct OutboxStep
{
    enum class Action {
        Request, // send `request`, then ask OutboxOperation::next() with its answer
        Done, // applied (by this request, or found already applied)
        Failed, // refused; message says why (a missing role is named)
        Conflict, // the tenant changed under us; payload["conflict"] holds both values
        Transient, // not answered (network, throttling, 5xx): back to pending, to be sent again
    };
    enum class Phase {
        Verify, // read the tenant first: the item is in doubt, or its conflict must be seen before writing
        Write,
        Check, // read the tenant after a refused write, to tell "already there" from "something else is there"
    };

    Action action = Action::Request;
    Phase phase = Phase::Write;
    Graph::GraphRequest request;
    int httpStatus = 0;
    QString message; // readable; for a Check, the refusal being checked
    std::optional<QJsonObject> payload; // replaces the stored payload (conflict values, the id Graph gave)
    // A Temporary Access Pass Graph returned: handed to whoever asked for it, never written anywhere.
    QString oneTimeSecret;

    bool isFinal() const { return action != Action::Request; }
    bool isWrite() const { return action == Action::Request && request.method != QByteArrayLiteral("GET"); }
    QString stateKey() const; // done, failed, conflict, pending (Transient)
};

// The exactly-once rules of each outbox kind, as pure functions of the item and Graph's answers, so they can be
// tested without a network:
// - adds write first; a refusal (400) is checked by reading the tenant: the same value there means an earlier send
//   got through ("done"), another value is a conflict showing both;
// - updates, deletes and policy changes read first and write only when the tenant still has what the console
//   last saw (or, after the person chose Retry on a conflict, to overwrite it);
// - an item in doubt (sent, outcome unknown: the process stopped) reads first whatever its kind;
// - a 404 on the user is a conflict ("the user was deleted"), a 403 a failure with Graph's readable reason.
class OutboxOperation final
{
public:
    static OutboxStep first(const Store::OutboxItem &item, bool inDoubt);
    static OutboxStep next(const Store::OutboxItem &item, const OutboxStep &step, const Graph::GraphResult &result);

    // Whether two phone numbers are the same number (formatting ignored; a masked number, as an Authentication
    // Administrator sees it, matches when every digit it shows matches).
    static bool samePhoneNumber(const QString &a, const QString &b);
    // Whether `have` holds every member of `want` with the same value (members `have` lacks are not compared;
    // arrays of objects with an "id" are matched by id, in any order).
    static bool covers(const QJsonValue &have, const QJsonValue &want);
};

} // namespace Sspr::Sync
