#include "totphandout.h"

#include "base32.h"
#include "qrrenderer.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QIODevice>
#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace Sspr::Services {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Services::TotpHandout)
};

constexpr int kPdfResolution = 1200; // device units per inch: fine enough for whole units per module
constexpr double kQrWidthMm = 60.0;
constexpr int kMaxOathSecretLength = 128;

int mmToUnits(const QPaintDevice &device, double mm)
{
    return qRound(mm / 25.4 * device.logicalDpiY());
}

QString groupedSecret(const QByteArray &secret)
{
    const QString text = Core::Base32::encode(secret);
    QString grouped;
    for (qsizetype i = 0; i < text.size(); i += 4) {
        if (i > 0)
            grouped += u' ';
        grouped += text.mid(i, 4);
    }
    return grouped;
}

// Draws wrapped text at the top of `area` and moves the area's top below it.
void drawBlock(
    QPainter &painter, QRect &area, const QFont &font, const QString &text, int spaceAfter, int flags = Qt::AlignLeft)
{
    painter.setFont(font);
    const QRect bounds = painter.boundingRect(area, flags | Qt::TextWordWrap, text);
    painter.drawText(area, flags | Qt::TextWordWrap, text);
    area.setTop(area.top() + bounds.height() + spaceAfter);
}

QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString entryName(const TotpHandoutEntry &entry)
{
    return entry.key.account.isEmpty() ? entry.displayName : entry.key.account;
}

} // namespace

void TotpHandout::paintPage(QPainter &painter, const QRect &pageRect, const TotpHandoutEntry &entry,
    const Core::QrMatrix &matrix, const TotpHandoutOptions &options)
{
    const QPaintDevice &device = *painter.device();
    painter.save();
    painter.setPen(Qt::black);
    QFont body = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    body.setPointSizeF(11);
    QFont title = body;
    title.setPointSizeF(20);
    title.setBold(true);
    QFont bold = body;
    bold.setBold(true);
    QFont small = body;
    small.setPointSizeF(8.5);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(13);

    const int gap = mmToUnits(device, 4);
    QRect area = pageRect;
    const QString issuer = entry.key.issuer.isEmpty() ? Tr::tr("your organisation") : entry.key.issuer;
    drawBlock(painter, area, title, Tr::tr("Set up your authenticator app"), gap);
    drawBlock(painter, area, body,
        Tr::tr("%1 has set up sign-in codes for your account. Add them to an authenticator app on your phone "
               "with the QR code below.")
            .arg(issuer),
        gap);

    // The details as a two-column table.
    const Core::TotpParameters &p = entry.key.parameters;
    QString codeText = Tr::tr("%1 digits, new every %2 seconds").arg(p.digits).arg(p.period);
    if (p.algorithm != Core::TotpParameters::kDefaultAlgorithm)
        codeText += u", "_s + Core::Totp::algorithmName(p.algorithm);
    QList<QPair<QString, QString>> rows;
    if (!entry.displayName.isEmpty())
        rows.append({Tr::tr("Name"), entry.displayName});
    rows.append({Tr::tr("Account"), entry.key.account});
    rows.append({Tr::tr("Issuer"), entry.key.issuer});
    if (!entry.serial.isEmpty())
        rows.append({Tr::tr("Token serial"), entry.serial});
    rows.append({Tr::tr("Codes"), codeText});
    painter.setFont(bold);
    int labelWidth = 0;
    for (const auto &row : std::as_const(rows))
        labelWidth = qMax(labelWidth, painter.fontMetrics().horizontalAdvance(row.first));
    labelWidth += mmToUnits(device, 5);
    for (const auto &row : std::as_const(rows)) {
        QRect labelArea = area;
        labelArea.setWidth(labelWidth);
        QRect valueArea = area;
        valueArea.setLeft(area.left() + labelWidth);
        drawBlock(painter, labelArea, bold, row.first, 0);
        drawBlock(painter, valueArea, body, row.second, mmToUnits(device, 1));
        area.setTop(qMax(labelArea.top(), valueArea.top()));
    }
    area.setTop(area.top() + gap);

    // The QR code, centred, with its quiet zone.
    const int qrWidth = qMin(mmToUnits(device, kQrWidthMm), area.width());
    const QRect qrTarget(area.left() + (area.width() - qrWidth) / 2, area.top(), qrWidth, qrWidth);
    const QRect drawn = QrRenderer::paint(painter, matrix, qrTarget);
    area.setTop(area.top() + qMax(drawn.height(), qrWidth) + gap);

    if (options.includeSecret) {
        drawBlock(painter, area, body, Tr::tr("Cannot scan? Choose to enter a key instead, and type:"),
            mmToUnits(device, 1), Qt::AlignHCenter);
        drawBlock(painter, area, mono, groupedSecret(entry.key.secret), gap, Qt::AlignHCenter);
    } else {
        drawBlock(painter, area, small,
            Tr::tr("The key is deliberately not printed. If you cannot scan the code, ask your administrator."), gap,
            Qt::AlignHCenter);
    }

    const QStringList steps = {
        Tr::tr("Install Microsoft Authenticator or another authenticator app from your phone's app store."),
        Tr::tr("In the app, add an account and choose \"Other account\" or \"Scan a QR code\"."),
        Tr::tr("Point the camera at the QR code above. The app lists \"%1\" with your account.").arg(issuer),
        Tr::tr("Tell your administrator the %1-digit code the app shows, or enter it where you are asked, to confirm "
               "that it works.")
            .arg(p.digits),
        Tr::tr("Then shred this sheet: anyone who scans the code can make your sign-in codes."),
    };
    drawBlock(painter, area, bold, Tr::tr("How to set it up"), mmToUnits(device, 2));
    for (int i = 0; i < steps.size(); ++i) {
        QRect numberArea = area;
        numberArea.setWidth(mmToUnits(device, 7));
        QRect textArea = area;
        textArea.setLeft(area.left() + mmToUnits(device, 7));
        drawBlock(painter, numberArea, body, QString::number(i + 1) + u'.', 0);
        drawBlock(painter, textArea, body, steps.at(i), mmToUnits(device, 1.5));
        area.setTop(qMax(numberArea.top(), textArea.top()));
    }

    // Footer at the bottom of the page.
    QString footer = Tr::tr("Confidential: this sheet gives access to the account.");
    if (entry.issuedAt.isValid()) {
        footer += u' '
            + (options.issuedBy.isEmpty()
                    ? Tr::tr("Issued %1.").arg(QLocale().toString(entry.issuedAt.date(), QLocale::LongFormat))
                    : Tr::tr("Issued %1 by %2.")
                          .arg(QLocale().toString(entry.issuedAt.date(), QLocale::LongFormat), options.issuedBy));
    }
    painter.setFont(small);
    painter.drawText(pageRect, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, footer);
    painter.restore();
}

Core::Status TotpHandout::writePdf(const QList<TotpHandoutEntry> &entries, const QString &path,
    const TotpHandoutOptions &options, const std::function<bool(int, int)> &progress)
{
    if (entries.isEmpty())
        return Core::Error {Tr::tr("There is nobody to make a handout for.")};
    QList<Core::QrMatrix> matrices;
    matrices.reserve(entries.size());
    for (const TotpHandoutEntry &entry : entries) {
        const auto uri = Core::OtpauthUri::build(entry.key);
        if (!uri)
            return Core::Error {Tr::tr("%1: %2").arg(entryName(entry), uri.errorMessage())};
        auto matrix = Core::QrMatrix::encode(uri.value());
        if (!matrix)
            return Core::Error {Tr::tr("%1: %2").arg(entryName(entry), matrix.errorMessage())};
        matrices.append(std::move(matrix).value());
    }

    bool cancelled = false;
    const Core::Status written = QrRenderer::writePrivateFile(path, [&](QIODevice &device) {
        QPdfWriter writer(&device);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(
            QPageLayout(options.pageSize, QPageLayout::Portrait, QMarginsF(18, 18, 18, 15), QPageLayout::Millimeter));
        writer.setCreator(u"SSPR Console"_s);
        writer.setTitle(entries.size() == 1 ? Tr::tr("Authenticator setup for %1").arg(entries.constFirst().key.account)
                                            : Tr::tr("Authenticator setup sheets"));
        QPainter painter;
        if (!painter.begin(&writer))
            return false;
        const QRect pageRect = writer.pageLayout().paintRectPixels(writer.resolution());
        const QRect paintRect(0, 0, pageRect.width(), pageRect.height());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (i > 0 && !writer.newPage())
                return false;
            paintPage(painter, paintRect, entries.at(i), matrices.at(i), options);
            if (progress && !progress(int(i + 1), int(entries.size()))) {
                cancelled = true;
                painter.end();
                return false;
            }
        }
        return painter.end();
    });
    if (cancelled)
        return Core::Error {Tr::tr("Cancelled; no file was written.")};
    return written;
}

Core::Result<QByteArray> TotpHandout::oathCsv(const QList<TotpHandoutEntry> &entries, const OathCsvOptions &options)
{
    QString csv = u"upn,serial number,secret key,time interval,manufacturer,model\r\n"_s;
    for (const TotpHandoutEntry &entry : entries) {
        const QString who = entryName(entry);
        const Core::TotpParameters &p = entry.key.parameters;
        if (entry.key.account.trimmed().isEmpty())
            return Core::Error {Tr::tr("A token has no user principal name.")};
        if (entry.serial.trimmed().isEmpty())
            return Core::Error {Tr::tr("%1: the token has no serial number.").arg(who)};
        if (entry.key.secret.isEmpty())
            return Core::Error {Tr::tr("%1: the token has no secret.").arg(who)};
        if (p.algorithm != Core::OtpAlgorithm::Sha1 || p.digits != 6 || (p.period != 30 && p.period != 60))
            return Core::Error {Tr::tr("%1: Entra's OATH token upload takes only SHA1 keys with 6 digits and a period "
                                       "of 30 or 60 seconds.")
                                    .arg(who)};
        const QString secret = Core::Base32::encode(entry.key.secret);
        if (secret.size() > kMaxOathSecretLength)
            return Core::Error {Tr::tr("%1: the secret is longer than the %2 Base32 characters Entra accepts.")
                                    .arg(who)
                                    .arg(kMaxOathSecretLength)};
        csv += csvField(entry.key.account.trimmed()) + u',' + csvField(entry.serial.trimmed()) + u',' + secret + u','
            + QString::number(p.period) + u',' + csvField(options.manufacturer) + u',' + csvField(options.model)
            + u"\r\n"_s;
    }
    return csv.toUtf8();
}

Core::Status TotpHandout::writeOathCsv(
    const QList<TotpHandoutEntry> &entries, const QString &path, const OathCsvOptions &options)
{
    auto csv = oathCsv(entries, options);
    if (!csv)
        return csv.error();
    const QByteArray &bytes = csv.value();
    return QrRenderer::writePrivateFile(path, [&](QIODevice &device) { return device.write(bytes) == bytes.size(); });
}

} // namespace Sspr::Services
