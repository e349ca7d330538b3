#pragma once

#include "authmethodspolicy.h"
#include "policyproblem.h"
#include "policyservice.h"
#include "policyvalidator.h"
#include "result.h"
#include "ssprpolicy.h"

#include <QObject>

#include <functional>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Gui {

// The one staged edit of the Password reset blade that every blade page works on: the saved policies (the
// SsprPolicy and the unified Authentication methods policy) and the staged copies, so a change on one page and
// Save on another go together. Pages change the staged copy through update(); changed() tells every page.
class PolicyEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyEditor)

public:
    PolicyEditor(Store::Database &db, QObject *parent = nullptr);

    // The editor shared by every page under `owner` (the main window): created on first use, a child of owner.
    static PolicyEditor *shared(Store::Database &db, QObject *owner);

    Store::Database &database() const { return m_db; }
    Services::PolicyService &service() { return m_service; }

    // Reads the saved policies again and drops the staged changes.
    Core::Status reload();
    QString loadError() const { return m_loadError; }

    const Core::SsprPolicy &saved() const { return m_saved; }
    const Core::SsprPolicy &staged() const { return m_staged; }
    const Core::AuthMethodsPolicy &savedMethods() const { return m_savedMethods; }
    const Core::AuthMethodsPolicy &stagedMethods() const { return m_stagedMethods; }
    // What the legacy method checkboxes show: with migration complete the staged unified policy's view of them,
    // otherwise the staged policy itself.
    Core::SsprPolicy viewPolicy() const;
    // What the users of the tenant get: the legacy policy with the unified policy applied per the migration state.
    Core::SsprPolicy effectiveSaved() const;
    Core::SsprPolicy effectiveStaged() const;
    Core::PolicyMigrationState migrationState() const { return m_stagedMethods.policyMigrationState; }
    const Core::PolicyContext &context() const { return m_context; }

    void update(const std::function<void(Core::SsprPolicy &)> &change);
    void updateMethods(const std::function<void(Core::AuthMethodsPolicy &)> &change);
    void discard();

    bool isDirty() const;
    // Problems of both staged policies (the blade's first, then the unified policy's), recomputed on each change.
    const QList<Core::PolicyProblem> &problems() const { return m_problems; }
    QList<Core::PolicyProblem> problemsFor(QStringView field) const;
    bool hasErrors() const { return Core::hasErrors(m_problems); }
    // Why the control of a PolicyKeys field is disabled ("" when it is not), from Core::whyDisabled.
    QString whyDisabled(QStringView field) const;

    // The staged changes, blade and unified policy together, as the review dialog shows them.
    QList<Services::PolicyService::Change> changes();
    // Saves both staged policies (validated again, with audit entries) and makes them the saved ones.
    Core::Status save();

    QString groupName(const QString &groupId);

signals:
    void changed();
    void saved();

private:
    void restage();

    Store::Database &m_db;
    Services::PolicyService m_service;
    Core::SsprPolicy m_saved;
    Core::SsprPolicy m_staged;
    Core::AuthMethodsPolicy m_savedMethods;
    Core::AuthMethodsPolicy m_stagedMethods;
    Core::PolicyContext m_context;
    QList<Core::PolicyProblem> m_problems;
    QString m_loadError;
};

} // namespace Sspr::Gui
