#include "devicecodedialog.h"

#include "notecolors.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;

DeviceCodeDialog::DeviceCodeDialog(
    const QString &userCode, const QUrl &verificationUri, int expiresInSeconds, QWidget *parent)
    : QDialog(parent)
    , m_userCode(userCode)
    , m_uri(verificationUri)
    , m_expiresIn(qMax(1, expiresInSeconds))
{
    setObjectName(u"deviceCodeDialog"_s);
    setWindowTitle(tr("Sign in with a code"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("On any device with a browser, open the page below, enter the code, and sign in with "
                                "an account that may manage authentication methods in this tenant."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *link = new QLabel(u"<a href=\"%1\">%2</a>"_s.arg(m_uri.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                m_uri.toDisplayString().toHtmlEscaped()),
        this);
    link->setObjectName(u"deviceCodeUrl"_s);
    link->setTextFormat(Qt::RichText);
    link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    link->setOpenExternalLinks(true);
    link->setAccessibleName(tr("Sign-in page"));
    layout->addWidget(link, 0, Qt::AlignHCenter);

    auto *code = new QLabel(m_userCode, this);
    code->setObjectName(u"deviceCodeLabel"_s);
    code->setAccessibleName(tr("Code to enter"));
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 2.2);
    codeFont.setBold(true);
    code->setFont(codeFont);
    code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(code, 0, Qt::AlignHCenter);

    auto *buttons = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy code"), this);
    m_copy->setObjectName(u"copyCodeButton"_s);
    m_open = new QPushButton(tr("&Open sign-in page"), this);
    m_open->setObjectName(u"openPageButton"_s);
    m_open->setDefault(true);
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_open);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_userCode);
        m_status->setText(tr("Code copied. Waiting for you to finish signing in…"));
    });
    connect(m_open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_uri); });

    m_timeLeft = new QProgressBar(this);
    m_timeLeft->setObjectName(u"timeLeftBar"_s);
    m_timeLeft->setAccessibleName(tr("Time left to enter the code"));
    m_timeLeft->setRange(0, m_expiresIn);
    m_timeLeft->setValue(m_expiresIn);
    m_timeLeft->setTextVisible(true);
    layout->addWidget(m_timeLeft);

    m_status = new QLabel(tr("Waiting for you to finish signing in…"), this);
    m_status->setObjectName(u"deviceCodeStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *box = new QDialogButtonBox(this);
    m_cancel = box->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelSignInButton"_s);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_clock.start();
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &DeviceCodeDialog::tick);
    m_timer->start();
    tick();
}

void DeviceCodeDialog::tick()
{
    const int left = qMax(0, m_expiresIn - int(m_clock.elapsed() / 1000));
    m_timeLeft->setValue(left);
    m_timeLeft->setFormat(tr("%1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
    if (left == 0) {
        m_timer->stop();
        showError(tr("The code has expired. Close this window and start the sign-in again."));
    }
}

void DeviceCodeDialog::showError(const QString &message)
{
    m_timer->stop();
    m_status->setText(message);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, NoteColors::error(palette));
    m_status->setPalette(palette);
    m_copy->setEnabled(false);
    m_open->setEnabled(false);
    m_cancel->setText(tr("Close"));
}

} // namespace Sspr::Gui
