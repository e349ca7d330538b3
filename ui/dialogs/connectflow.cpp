#include "connectflow.h"

#include "connectdialog.h"
#include "devicecodedialog.h"
#include "keychainsecretstore.h"
#include "profileconnector.h"

#include <QDesktopServices>
#include <QPointer>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

Secrets::SecretStore &consoleSecrets()
{
    static Secrets::KeychainSecretStore store;
    return store;
}

void installConnector(ConnectDialog &dialog)
{
    QPointer<ConnectDialog> owner(&dialog);
    dialog.setConnector([owner](const Services::TenantProfile &profile, const QString &secret,
                            std::function<void(const QString &)> done) -> std::function<void()> {
        auto *connector = new Services::ProfileConnector(consoleSecrets(), owner);
        QObject::connect(connector, &Services::ProfileConnector::deviceCodeReady, connector,
            [owner, connector](const QString &code, const QUrl &uri, int expiresIn) {
                auto *dialog = new DeviceCodeDialog(code, uri, expiresIn, owner);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                QObject::connect(dialog, &QDialog::rejected, connector, &Services::ProfileConnector::cancel);
                QObject::connect(connector, &Services::ProfileConnector::finished, dialog,
                    [dialog](const Core::Status &) { dialog->close(); });
                dialog->open();
            });
        QObject::connect(connector, &Services::ProfileConnector::authorizationUrlReady, connector,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
        QObject::connect(
            connector, &Services::ProfileConnector::finished, connector, [connector, done](const Core::Status &status) {
                connector->deleteLater();
                done(status ? QString() : status.errorMessage());
            });
        connector->start(profile, secret);
        QPointer<Services::ProfileConnector> guard(connector);
        return [guard] {
            if (guard)
                guard->cancel();
        };
    });
}

} // namespace Sspr::Gui
