#pragma once

#include "result.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace Sspr::Core {

// One finding of a policy check: what is wrong (or risky), which setting it concerns, and what to do about it.
// Errors block a save (the UI keeps Save disabled, ssprctl exits 2); warnings are shown and let the save go ahead.
struct PolicyProblem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString field; // the setting's CLI/JSON key (PolicyKeys), so a page can show the reason beside its control
    QString rule; // stable rule id, e.g. "questions.resetAboveRegister"; never translated
    QString message; // translated: what is wrong and what to do

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const PolicyProblem &) const = default;
};

bool hasErrors(const QList<PolicyProblem> &problems);
QList<PolicyProblem> errorsOf(const QList<PolicyProblem> &problems);
QList<PolicyProblem> warningsOf(const QList<PolicyProblem> &problems);
// The problems about one setting, in the order they were found.
QList<PolicyProblem> problemsForField(const QList<PolicyProblem> &problems, QStringView field);
bool hasRule(const QList<PolicyProblem> &problems, QStringView rule);

// Ok when there is no error; otherwise an Error holding every error message, one per line.
Status toStatus(const QList<PolicyProblem> &problems);

// "error" or "warning": for JSON output and logs.
QString severityKey(PolicyProblem::Severity severity);
// [{"severity": "error", "field": ..., "rule": ..., "message": ...}, ...] for `ssprctl ... --json`.
QJsonArray problemsToJson(const QList<PolicyProblem> &problems);

} // namespace Sspr::Core
