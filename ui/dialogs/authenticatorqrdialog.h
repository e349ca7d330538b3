#pragma once

#include <QDialog>

namespace Sspr::Services {
class GraphSession;
}
namespace Sspr::Store {
class Database;
}

namespace Sspr::Gui {

class AuthenticatorQrPage;

// The Authenticator QR page for one user, opened from the user's page: same key handling (timeout, clearing,
// recording), without the user search. Closing the dialog clears the key. In a Graph profile it offers to register the
// key in Entra ID: the session is taken from the main window it is opened over, or given with setGraphSession().
class AuthenticatorQrDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthenticatorQrDialog)

public:
    AuthenticatorQrDialog(Store::Database &db, qint64 uid, QWidget *parent = nullptr);

    AuthenticatorQrPage *page() const { return m_page; }
    void setGraphSession(Services::GraphSession *session);

private:
    AuthenticatorQrPage *m_page = nullptr;
};

} // namespace Sspr::Gui
