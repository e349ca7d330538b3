#pragma once

#include "otpauthuri.h"
#include "qrmatrix.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPageSize>
#include <QRect>
#include <QString>

#include <functional>

class QPainter;

namespace Sspr::Services {

// One user's token as a handout shows it.
struct TotpHandoutEntry
{
    QString displayName;
    Core::TotpKey key; // key.account is the UPN, key.issuer what the app shows
    QString serial; // the token's serial number (oath_tokens, Entra inventory); may be empty
    QDateTime issuedAt;
};

struct TotpHandoutOptions
{
    bool includeSecret = false; // print the key in clear for manual entry (off: only the QR code carries it)
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QString issuedBy; // shown in the footer when set
};

// What Entra's OATH token upload needs besides the users and their secrets.
struct OathCsvOptions
{
    QString manufacturer = QStringLiteral("SSPR Console");
    QString model = QStringLiteral("Authenticator app");
};

// Handouts for authenticator setup: a PDF with one page per user (QR code, account, issuer, short instructions), and
// the hardware-OATH CSV Entra imports (upn,serial number,secret key,time interval,manufacturer,model). Secrets go only
// into the files asked for, written owner-only (0600); nothing is logged.
class TotpHandout final
{
public:
    // Lays out one page in pageRect (device units of the painter): usable for PDF, printer and preview alike.
    static void paintPage(QPainter &painter, const QRect &pageRect, const TotpHandoutEntry &entry,
        const Core::QrMatrix &matrix, const TotpHandoutOptions &options);

    // One page per entry. Every QR code is made first, so a key that cannot be encoded stops the run before any
    // file is written. progress(done, total) may return false to cancel.
    static Core::Status writePdf(const QList<TotpHandoutEntry> &entries, const QString &path,
        const TotpHandoutOptions &options, const std::function<bool(int, int)> &progress = {});

    // The CSV, header first, CRLF line ends (RFC 4180). Refuses keys Entra's upload cannot take: it has no hash,
    // digits or issuer column and reads SHA1, 6 digits, 30 or 60 seconds, and at most 128 Base32 characters.
    static Core::Result<QByteArray> oathCsv(const QList<TotpHandoutEntry> &entries, const OathCsvOptions &options = {});
    static Core::Status writeOathCsv(
        const QList<TotpHandoutEntry> &entries, const QString &path, const OathCsvOptions &options = {});
};

} // namespace Sspr::Services
