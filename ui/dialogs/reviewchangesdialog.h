#pragma once

#include "impactservice.h"
#include "ssprpolicy.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Sspr::Gui {

class PolicyEditor;

// "Review changes": what Save is about to change (setting, old, new), who it affects (the impact preview: users
// who lose the ability to reset, who will be asked to register, who are in scope without enough methods, with
// samples and a CSV export per category) and the warnings that still stand. Accepting saves nothing itself: the
// caller saves.
class ReviewChangesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewChangesDialog)

public:
    explicit ReviewChangesDialog(PolicyEditor *editor, QWidget *parent = nullptr);

    // The readable name of a setting key of the diff, as the portal labels it.
    static QString settingLabel(const QString &key);

    // Writes every user of a category to `path`; the Export button asks for the path and calls this.
    Core::Status exportCategory(Services::ImpactService::Category category, const QString &path);
    bool impactComputed() const { return m_impactOk; }

private:
    QWidget *buildImpact();
    void exportWithDialog(Services::ImpactService::Category category);

    PolicyEditor *m_editor;
    Core::SsprPolicy m_current;
    Core::SsprPolicy m_staged;
    Services::ImpactService m_impact;
    QTableWidget *m_changes = nullptr;
    bool m_impactOk = false;
};

} // namespace Sspr::Gui
