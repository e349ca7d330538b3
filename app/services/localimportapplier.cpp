#include "localimportapplier.h"

#include "database.h"
#include "methodrules.h"
#include "phonenumber.h"
#include "searchterms.h"

#include <QCoreApplication>

namespace Sspr::Services {

using Core::AuthMethod;
using Core::Error;
using Core::MethodType;
using Core::Result;
using Core::Status;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Services::LocalImportApplier)
};

Store::ImportRowRecord settled(
    Store::ImportRowRecord row, const QString &state, const QString &outcome, const QString &message)
{
    row.state = state;
    row.outcome = outcome;
    row.message = message;
    return row;
}

// The rules of the number itself (Graph's form; an extension only on an office phone), without reading the number
// again: it was read and normalised when the plan was made.
Status checkNumber(MethodType type, const QString &value)
{
    if (!Core::PhoneNumber::isGraphForm(value))
        return Core::PhoneNumber::validateGraphForm(value);
    if (type != MethodType::OfficePhone && value.contains(u'x')) {
        // The rare refusal: let the rule itself say it, on a stand-in method of the same type.
        AuthMethod standIn;
        standIn.id = u"standIn"_s;
        standIn.type = type;
        return Core::MethodRules::canUpdatePhone({standIn}, standIn.id, type, Core::PhoneNumber::fromGraphForm(value));
    }
    return {};
}

} // namespace

LocalImportApplier::LocalImportApplier(Store::Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_writer(db)
{ }

QString LocalImportApplier::backend() const
{
    return u"local"_s;
}

Status LocalImportApplier::beginBatch(const Store::ImportRunRecord &run, const QList<Store::ImportRowRecord> &rows)
{
    if (m_optionsRun != run.id) {
        m_options = ImportOptions::fromJson(run.options).value_or(ImportOptions());
        m_optionsRun = run.id;
    }
    QList<qint64> uids;
    uids.reserve(rows.size());
    for (const Store::ImportRowRecord &row : rows) {
        if (row.uid > 0)
            uids.append(row.uid);
    }
    auto users = m_writer.load(uids);
    if (!users)
        return users.error();
    m_users = std::move(users).value();
    return {};
}

Result<Store::ImportRowRecord> LocalImportApplier::apply(
    const Store::ImportRunRecord &run, const Store::ImportRowRecord &row)
{
    if (m_optionsRun != run.id) {
        if (Status s = beginBatch(run, {row}); !s)
            return s.error();
    }
    MethodType type;
    if (!Core::methodTypeFromKey(row.methodType, &type) || row.uid <= 0 || row.value.isEmpty())
        return settled(row, u"failed"_s, u"failed"_s, Tr::tr("The journal row is incomplete; it was not applied."));
    auto userIt = m_users.find(row.uid);
    if (userIt == m_users.end()) {
        // Not loaded with the batch (a caller that skipped beginBatch): read it now.
        auto one = m_writer.load({row.uid});
        if (!one)
            return one.error();
        if (one->isEmpty())
            return settled(row, u"failed"_s, u"failed"_s, Tr::tr("The user no longer exists."));
        userIt = m_users.insert(row.uid, one->value(row.uid));
    }
    Store::MethodBatchWriter::UserState &user = userIt.value();
    const QString name = Core::methodTypeDisplayName(type);
    const bool phone = Core::isPhoneType(type);

    const AuthMethod *existing = nullptr;
    for (const AuthMethod &m : std::as_const(user.methods)) {
        if (m.type == type) {
            existing = &m;
            break;
        }
    }
    const Status numberRule = phone ? checkNumber(type, row.value) : Core::MethodRules::validateEmailAddress(row.value);
    if (!numberRule)
        return settled(row, u"failed"_s, u"failed"_s, numberRule.errorMessage());

    Store::AuditEntry audit;
    audit.actor = m_actor;
    audit.source = u"import"_s;
    audit.target = user.userPrincipalName;
    audit.setting = name;
    audit.newValue = row.value;

    if (existing) {
        const bool same = phone
            ? Store::SearchTerms::phoneKey(existing->value) == Store::SearchTerms::phoneKey(row.value)
            : existing->value.compare(row.value, Qt::CaseInsensitive) == 0;
        if (same) {
            return settled(row, u"skipped"_s, u"unchanged"_s,
                Tr::tr("The %1 %2 is already registered; nothing to change.").arg(name, existing->value));
        }
        if (row.action != u"update" && m_options.existing != ExistingPolicy::Overwrite) {
            return settled(row, u"skipped"_s, u"skipped"_s,
                Tr::tr("The user has had the %1 %2 registered since the preview; it was kept.")
                    .arg(name, existing->value));
        }
        const QString oldValue = existing->value;
        const QString methodId = existing->id;
        if (Status s = m_writer.updateMethodValue(user, methodId, row.value); !s)
            return s.error();
        audit.action = u"method.update"_s;
        audit.oldValue = oldValue;
        if (Status s = m_writer.appendAudit(audit); !s)
            return s.error();
        Store::ImportRowRecord result = settled(
            row, u"done"_s, u"updated"_s, Tr::tr("Replaced the %1 %2 with %3.").arg(name, oldValue, row.value));
        result.oldValue = oldValue;
        return result;
    }

    // Adding: the kind rules (one of each phone type, alternate mobile needs mobile, one email).
    if (const Status rule = Core::MethodRules::canAddMethodType(user.methods, type); !rule)
        return settled(row, u"failed"_s, u"failed"_s, rule.errorMessage());
    AuthMethod method;
    method.type = type;
    method.id = Core::fixedMethodId(type);
    method.value = row.value;
    method.createdAt = QDateTime::currentDateTimeUtc();
    if (Status s = m_writer.addMethod(user, method); !s)
        return s.error();
    audit.action = u"method.add"_s;
    if (Status s = m_writer.appendAudit(audit); !s)
        return s.error();
    Store::ImportRowRecord result
        = settled(row, u"done"_s, u"added"_s, Tr::tr("Added the %1 %2.").arg(name, row.value));
    result.oldValue.clear();
    return result;
}

} // namespace Sspr::Services
