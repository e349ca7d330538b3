#include "policyproblem.h"

#include <QJsonObject>
#include <QStringList>

namespace Sspr::Core {

using namespace Qt::StringLiterals;

bool hasErrors(const QList<PolicyProblem> &problems)
{
    for (const PolicyProblem &problem : problems) {
        if (problem.isError())
            return true;
    }
    return false;
}

QList<PolicyProblem> errorsOf(const QList<PolicyProblem> &problems)
{
    QList<PolicyProblem> out;
    for (const PolicyProblem &problem : problems) {
        if (problem.isError())
            out.append(problem);
    }
    return out;
}

QList<PolicyProblem> warningsOf(const QList<PolicyProblem> &problems)
{
    QList<PolicyProblem> out;
    for (const PolicyProblem &problem : problems) {
        if (!problem.isError())
            out.append(problem);
    }
    return out;
}

QList<PolicyProblem> problemsForField(const QList<PolicyProblem> &problems, QStringView field)
{
    QList<PolicyProblem> out;
    for (const PolicyProblem &problem : problems) {
        if (problem.field == field)
            out.append(problem);
    }
    return out;
}

bool hasRule(const QList<PolicyProblem> &problems, QStringView rule)
{
    for (const PolicyProblem &problem : problems) {
        if (problem.rule == rule)
            return true;
    }
    return false;
}

Status toStatus(const QList<PolicyProblem> &problems)
{
    QStringList messages;
    for (const PolicyProblem &problem : problems) {
        if (problem.isError())
            messages.append(problem.message);
    }
    if (messages.isEmpty())
        return {};
    return Error {messages.join(u'\n')};
}

QString severityKey(PolicyProblem::Severity severity)
{
    return severity == PolicyProblem::Severity::Error ? u"error"_s : u"warning"_s;
}

QJsonArray problemsToJson(const QList<PolicyProblem> &problems)
{
    QJsonArray out;
    for (const PolicyProblem &problem : problems) {
        out.append(QJsonObject {{u"severity"_s, severityKey(problem.severity)}, {u"field"_s, problem.field},
            {u"rule"_s, problem.rule}, {u"message"_s, problem.message}});
    }
    return out;
}

} // namespace Sspr::Core
