#pragma once

#include "qrmatrix.h"
#include "result.h"
#include "tokenissuer.h"
#include "totphandout.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QPushButton;
class QTimer;

namespace Sspr::Store {
class Database;
}
namespace Sspr::Services {
class GraphSession;
class HardwareOathRegistrar;
} // namespace Sspr::Services

namespace Sspr::Gui {

class QrCodeWidget;

// Authenticator QR codes for one user at a time: choose the user, the issuer (AppSettings::qrIssuer, else the
// tenant's name) and, if needed, non-default parameters; Generate; let the user scan the code; confirm the first code
// their app shows. The key is shown only for a while (AppSettings::qrAutoCloseSeconds, default 120 s) and cleared
// when the page is left; the secret is hidden until revealed and reaches the clipboard only through an explicit
// copy. Every key generated is recorded (serial, date, who issued it; never the secret) through
// Services::TokenIssuer, as ssprctl records it. Handouts: PNG, SVG, PDF, print, and sheets for a whole group with the
// Entra OATH CSV.
class AuthenticatorQrPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthenticatorQrPage)

public:
    enum class ExportFormat { Png, Svg, Pdf };
    enum class ClearReason { Timeout, PageLeft, UserChanged, Explicit };

    static constexpr int kExportPixels = 512;
    // A refused code that matches within this many steps tells how far the phone's clock is off.
    static constexpr int kClockHintSteps = 10;

    explicit AuthenticatorQrPage(Store::Database &db, QWidget *parent = nullptr);
    ~AuthenticatorQrPage() override;

    // How long a key stays on screen (AppSettings::qrAutoCloseSeconds; 0 = until cleared or the page is left).
    static int timeoutSeconds();

    // Chooses the user a key is for (as the result list does); false when there is no such user.
    bool setUser(qint64 uid);
    // For the dialog opened from a user's page: the user is fixed, so the search and the group sheets are hidden.
    void setSingleUserMode(bool single);
    // The clock codes are verified against, in Unix seconds (the system clock by default).
    void setTimeSource(std::function<qint64()> now);
    // A Graph profile's live session: offers to register each key in Entra ID as a programmable hardware OATH token
    // (Services::HardwareOathRegistrar, beta API). nullptr (local profiles): the option is hidden.
    void setGraphSession(Services::GraphSession *session);
    // The registration of the shown key, once started (for tests); nullptr before.
    Services::HardwareOathRegistrar *entraRegistrar() const { return m_registrar; }

    bool hasKey() const;
    // Makes and records a new key for the chosen user and shows it; false (with a message on the page) if not.
    bool generate();
    void clearKey(ClearReason reason);
    Core::Status exportTo(ExportFormat format, const QString &path);
    Core::Status printTo(QPrinter &printer);
    void openGroupSheets();

signals:
    void tokenIssued(const QString &upn, const QString &serial);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildChooser();
    QWidget *buildKeyPanel();
    QWidget *buildEntraBox();
    void updateEntra();
    void startEntraRegistration();
    void registerWithClient();
    void stopWaitingForSignIn();
    void resetEntraRegistration();
    void activateInEntra();
    void setEntraStatus(const QString &text);
    void searchUsers();
    void chooseCurrentListUser();
    void updateParameterWarnings();
    void updateActions();
    void updateCountdown();
    void setRevealed(bool revealed);
    void copyToClipboard(const QString &text, const QString &what);
    void verifyCode();
    void exportInteractively(ExportFormat format);
    void printInteractively();
    void showFeedback(const QString &text);
    Core::TotpParameters chosenParameters() const;
    Services::TotpHandoutOptions handoutOptions() const;
    QString suggestedFileName(const QString &suffix) const;

    Store::Database &m_db;
    std::function<qint64()> m_now;
    std::optional<Services::TokenRecipient> m_user; // chosen
    Services::TokenRecipient m_issuedTo; // who the shown key belongs to
    Services::TotpHandoutEntry m_entry; // the shown key (secret in memory only)
    QString m_uri;
    QString m_copied; // what this page last put on the clipboard, wiped with the key
    bool m_verifiedRecorded = false;
    int m_timeoutSeconds = 0;
    QElapsedTimer m_shownSince;
    bool m_singleUser = false;
    bool m_searched = false;

    QWidget *m_chooser = nullptr;
    QLineEdit *m_userSearch = nullptr;
    QListWidget *m_userList = nullptr;
    QLabel *m_userEmpty = nullptr;
    QLabel *m_selectedUser = nullptr;
    QLineEdit *m_issuer = nullptr;
    QComboBox *m_digits = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_algorithm = nullptr;
    QLabel *m_parameterWarning = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_groupSheets = nullptr;
    QLabel *m_feedback = nullptr;

    QrCodeWidget *m_qr = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_countdown = nullptr;
    QPushButton *m_clear = nullptr;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_copySecret = nullptr;
    QPushButton *m_copyUri = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_verifyResult = nullptr;
    QPushButton *m_savePng = nullptr;
    QPushButton *m_saveSvg = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_print = nullptr;
    QCheckBox *m_includeKey = nullptr;

    QPointer<Services::GraphSession> m_session;
    Services::HardwareOathRegistrar *m_registrar = nullptr; // of the shown (or last shown) key
    QMetaObject::Connection m_signInReady;
    QMetaObject::Connection m_signInFailed;
    QWidget *m_entraBox = nullptr;
    QCheckBox *m_entraRegister = nullptr;
    QLabel *m_entraNote = nullptr;
    QWidget *m_entraActivateRow = nullptr;
    QLineEdit *m_entraCode = nullptr;
    QPushButton *m_entraActivate = nullptr;
    QLabel *m_entraStatus = nullptr;
    QString m_entraRefusal; // why the option is off, as last shown

    QTimer *m_searchDebounce = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace Sspr::Gui
