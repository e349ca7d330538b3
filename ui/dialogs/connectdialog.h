#pragma once

#include "tenantprofile.h"

#include <QDialog>
#include <QSet>
#include <QUrl>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWidget;

namespace Sspr::Gui {

// "Connect to a tenant…": the settings of a Graph profile (cloud, tenant, app registration, how to sign in), checked
// as they are typed with the same rules as `ssprctl connect`. Connect hands them to a connector (the sign-in flow,
// which may show the device-code prompt or open the browser) and stays open, busy, until it answers.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    // The sign-in: called with the profile and the secret typed (client secret or certificate password, else empty);
    // calls done exactly once with an empty string on success or the reason it failed. Returns a cancel function.
    using Connector = std::function<std::function<void()>(
        const Services::TenantProfile &profile, const QString &secret, std::function<void(const QString &error)> done)>;

    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setConnector(Connector connector) { m_connector = std::move(connector); }
    // Endpoints given on the command line (sspr-console --authority-url / --graph-url): every Connect dialog of the
    // process starts with them filled in (they are checked like typed ones).
    static void setDefaultEndpoints(const QUrl &authority, const QUrl &graph);
    // The settings as typed (name, cloud, tenant, client id, sign-in, certificate, endpoint overrides).
    Services::TenantProfile profile() const;
    QString secret() const;

    void accept() override;
    void reject() override;

private:
    void validate();
    void setBusy(bool busy, const QString &status = {});
    void suggestName();

    Connector m_connector;
    std::function<void()> m_cancel;
    bool m_busy = false;
    bool m_nameEdited = false;
    QSet<QString> m_existingNames;

    QLineEdit *m_name = nullptr;
    QComboBox *m_cloud = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLineEdit *m_clientId = nullptr;
    QButtonGroup *m_signIn = nullptr;
    QWidget *m_secretRow = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QWidget *m_certificateRow = nullptr;
    QLineEdit *m_certificate = nullptr;
    QGroupBox *m_advanced = nullptr;
    QLineEdit *m_authorityUrl = nullptr;
    QLineEdit *m_graphUrl = nullptr;
    QLabel *m_feedback = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QPushButton *m_connect = nullptr;
};

} // namespace Sspr::Gui
