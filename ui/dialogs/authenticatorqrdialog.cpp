#include "authenticatorqrdialog.h"

#include "authenticatorqrpage.h"
#include "mainwindow.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

AuthenticatorQrDialog::AuthenticatorQrDialog(Store::Database &db, qint64 uid, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"authenticatorQrDialog"_s);
    setWindowTitle(tr("Authenticator QR code"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    m_page = new AuthenticatorQrPage(db, this);
    m_page->setSingleUserMode(true);
    m_page->setUser(uid);
    // A Graph profile's session, from the main window this dialog is opened over (none for local profiles).
    for (QWidget *w = parent; w; w = w->parentWidget()) {
        if (auto *window = qobject_cast<MainWindow *>(w)) {
            m_page->setGraphSession(window->graphSession());
            break;
        }
    }
    layout->addWidget(m_page, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"authenticatorQrButtons"_s);
    buttons->setContentsMargins(24, 0, 24, 0);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Enter belongs to the page's fields (Generate, Verify), as on the main window: no button becomes the
    // dialog's default, so an Enter elsewhere never makes a new key or closes the dialog by surprise.
    const auto pushButtons = findChildren<QPushButton *>();
    for (QPushButton *button : pushButtons) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    resize(960, 680);
    m_page->setFocus();
}

void AuthenticatorQrDialog::setGraphSession(Services::GraphSession *session)
{
    m_page->setGraphSession(session);
}

} // namespace Sspr::Gui
