#pragma once

#include "userrecord.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Sspr::Services {
class EnrollmentService;
}

namespace Sspr::Gui {

// "+ Add authentication method" for one user: a phone number (mobile, alternate mobile, office) or an email
// address, checked as the person types (what was understood, or what is wrong) and saved under Entra's rules.
// In edit mode the kind is fixed and only the number changes, as in Entra.
class AddMethodDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddMethodDialog)

public:
    AddMethodDialog(Services::EnrollmentService &service, qint64 uid, const Core::UserRecord &user,
                    QWidget *parent = nullptr);
    // Edit an existing phone method.
    void setEditing(const Core::AuthMethod &method);
    void setKind(Core::MethodType type);

    void accept() override;

private:
    void updateForm();
    void validate();
    bool isPhone() const;
    Core::MethodType selectedType() const;
    QString selectedRegion() const;

    Services::EnrollmentService &m_service;
    qint64 m_uid;
    const Core::UserRecord &m_user;
    QString m_editingId;
    QComboBox *m_kind = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_valueLabel = nullptr;
    QLineEdit *m_value = nullptr;
    QLabel *m_feedback = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_valid = false;
};

} // namespace Sspr::Gui
