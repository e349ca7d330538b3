// Authenticator QR codes from scripts: totp new, totp code, totp batch.
#include "cliapp.h"
#include "clicontext.h"

#include "auditlog.h"
#include "base32.h"
#include "database.h"
#include "otpauthuri.h"
#include "qrmatrix.h"
#include "qrrenderer.h"
#include "tokenissuer.h"
#include "totp.h"
#include "totphandout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

#include <cstdio>
#include <unistd.h>

namespace Sspr::Cli {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Cli)
};

// Users are found, given keys and recorded through the same service as the console's (Services::TokenIssuer).
using StoredUser = Services::TokenRecipient;

Services::TokenIssuer tokenIssuer(Store::Database &db)
{
    return Services::TokenIssuer(db, Store::AuditLog::localActor(), u"ssprctl"_s);
}

// --digits, --period and --algorithm, each optional, into parameters; the message says what is accepted.
Core::Result<Core::TotpParameters> parametersFrom(CliContext &ctx)
{
    Core::TotpParameters parameters;
    QCommandLineParser &p = ctx.parser();
    if (p.isSet(u"algorithm"_s)) {
        auto algorithm = Core::Totp::parseAlgorithm(p.value(u"algorithm"_s));
        if (!algorithm)
            return Core::Error {u"--algorithm: "_s + algorithm.errorMessage()};
        parameters.algorithm = algorithm.value();
    }
    if (p.isSet(u"digits"_s)) {
        auto digits = Core::Totp::parseDigits(p.value(u"digits"_s));
        if (!digits)
            return Core::Error {u"--digits: "_s + digits.errorMessage()};
        parameters.digits = digits.value();
    }
    if (p.isSet(u"period"_s)) {
        auto period = Core::Totp::parsePeriod(p.value(u"period"_s));
        if (!period)
            return Core::Error {u"--period: "_s + period.errorMessage()};
        parameters.period = period.value();
    }
    return parameters;
}

// The issuer the app shows: --issuer, else the tenant's name.
Core::Result<QString> issuerFrom(CliContext &ctx, Store::Database &db)
{
    if (ctx.parser().isSet(u"issuer"_s)) {
        const QString issuer = ctx.parser().value(u"issuer"_s).trimmed();
        if (issuer.isEmpty())
            return Core::Error {Tr::tr("--issuer must not be empty")};
        return issuer;
    }
    return tokenIssuer(db).tenantIssuer();
}

void removeFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        QFile::remove(path);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

int runNew(CliContext &ctx)
{
    const QStringList args = ctx.positional();
    if (args.size() != 1)
        return ctx.fail(ExitUsage, Tr::tr("totp new takes one user principal name (see ssprctl totp new --help)"));
    auto parameters = parametersFrom(ctx);
    if (!parameters)
        return ctx.fail(ExitUsage, parameters.errorMessage());
    QCommandLineParser &p = ctx.parser();
    const bool wantUri = p.isSet(u"uri"_s);
    struct Output
    {
        QString option;
        QString path;
    };
    QList<Output> outputs;
    for (const QString &option : {u"png"_s, u"svg"_s, u"pdf"_s}) {
        if (!p.isSet(option))
            continue;
        if (p.value(option).isEmpty())
            return ctx.fail(ExitUsage, Tr::tr("--%1 needs a file name").arg(option));
        outputs.append({option, p.value(option)});
    }
    if (outputs.isEmpty() && !wantUri)
        return ctx.fail(ExitUsage,
            Tr::tr("give at least one of --png, --svg, --pdf or --uri, or the new secret would be "
                   "lost"));

    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    auto found = tokenIssuer(*db).recipientByUpn(args.constFirst());
    if (!found)
        return ctx.fail(ExitFailure, found.errorMessage());
    if (!found.value())
        return ctx.fail(ExitFailure, Tr::tr("there is no user %1 in the store").arg(args.constFirst()));
    const StoredUser user = *found.value();
    auto issuer = issuerFrom(ctx, *db);
    if (!issuer)
        return ctx.fail(ExitUsage, issuer.errorMessage());

    Services::TotpHandoutEntry entry
        = Services::TokenIssuer::newEntry(user, issuer.value(), parameters.value(), QDateTime::currentDateTimeUtc());
    const auto uri = Core::OtpauthUri::build(entry.key);
    if (!uri)
        return ctx.fail(ExitUsage, uri.errorMessage());
    const auto matrix = Core::QrMatrix::encode(uri.value());
    if (!matrix)
        return ctx.fail(ExitUsage, matrix.errorMessage());

    Services::TotpHandoutOptions handoutOptions;
    handoutOptions.includeSecret = p.isSet(u"print-key"_s);
    handoutOptions.issuedBy = Store::AuditLog::localActor();
    QStringList written;
    for (const Output &output : std::as_const(outputs)) {
        Core::Status status;
        if (output.option == u"png"_s)
            status = Services::QrRenderer::writePng(matrix.value(), output.path);
        else if (output.option == u"svg"_s)
            status = Services::QrRenderer::writeSvg(matrix.value(), output.path);
        else
            status = Services::QrRenderer::writePdfHandout(entry, output.path, handoutOptions);
        if (!status) {
            removeFiles(written);
            return ctx.fail(ExitFailure, status.errorMessage());
        }
        written << output.path;
    }
    if (const Core::Status s = tokenIssuer(*db).record({user}, {entry}); !s) {
        removeFiles(written);
        return ctx.fail(
            ExitFailure, Tr::tr("the token could not be recorded, so no file was kept: %1").arg(s.errorMessage()));
    }

    const QStringList warnings = Core::OtpauthUri::compatibilityWarnings(entry.key);
    for (const QString &warning : warnings)
        ctx.err() << u"ssprctl: "_s << Tr::tr("warning: %1").arg(warning) << Qt::endl;
    if (ctx.json()) {
        QJsonObject object {{u"upn"_s, user.upn}, {u"serial"_s, entry.serial}, {u"issuer"_s, entry.key.issuer},
            {u"algorithm"_s, Core::Totp::algorithmName(entry.key.parameters.algorithm)},
            {u"digits"_s, entry.key.parameters.digits}, {u"period"_s, entry.key.parameters.period},
            {u"issuedAt"_s, entry.issuedAt.toString(Qt::ISODate)}};
        QJsonObject files;
        for (const Output &output : std::as_const(outputs))
            files.insert(output.option, shown(output.path));
        object.insert(u"files"_s, files);
        if (wantUri) {
            object.insert(u"secret"_s, Core::Base32::encode(entry.key.secret));
            object.insert(u"uri"_s, uri.value());
        }
        ctx.printJson(object);
        return ExitOk;
    }
    ctx.out() << Tr::tr("Issued token %1 to %2 (issuer \"%3\").").arg(entry.serial, user.upn, entry.key.issuer)
              << Qt::endl;
    for (const Output &output : std::as_const(outputs))
        ctx.out() << Tr::tr("Wrote %1: %2").arg(output.option.toUpper(), shown(output.path)) << Qt::endl;
    if (wantUri) {
        ctx.out() << Tr::tr("Secret: %1").arg(Core::Base32::encode(entry.key.secret)) << Qt::endl;
        ctx.out() << uri.value() << Qt::endl;
    }
    return ExitOk;
}

int runCode(CliContext &ctx)
{
    if (!ctx.positional().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("totp code takes no arguments, only options (see ssprctl totp code --help)"));
    QCommandLineParser &p = ctx.parser();
    if (!p.isSet(u"secret"_s))
        return ctx.fail(
            ExitUsage, Tr::tr("totp code needs --secret B32 (or --secret - to read it from standard input)"));
    QString secretText = p.value(u"secret"_s);
    if (secretText == u"-"_s) {
        QTextStream in(stdin);
        secretText = in.readLine();
    }
    const auto secret = Core::Base32::decode(secretText);
    if (!secret)
        return ctx.fail(ExitUsage, u"--secret: "_s + secret.errorMessage());
    if (secret.value().isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("--secret is empty"));
    auto parameters = parametersFrom(ctx);
    if (!parameters)
        return ctx.fail(ExitUsage, parameters.errorMessage());
    qint64 time = QDateTime::currentSecsSinceEpoch();
    if (p.isSet(u"time"_s)) {
        bool ok = false;
        time = p.value(u"time"_s).toLongLong(&ok);
        if (!ok || time < 0)
            return ctx.fail(ExitUsage, Tr::tr("--time must be a whole number of seconds since 1970 (Unix time)"));
    }
    const QString code = Core::Totp::code(secret.value(), time, parameters.value());
    if (ctx.json()) {
        ctx.printJson(QJsonObject {{u"code"_s, code}, {u"time"_s, time},
            {u"step"_s, QString::number(Core::Totp::counterAt(time, parameters->period))},
            {u"secondsRemaining"_s, Core::Totp::secondsRemaining(time, parameters->period)}});
        return ExitOk;
    }
    ctx.out() << code << Qt::endl;
    return ExitOk;
}

int runBatch(CliContext &ctx)
{
    if (!ctx.positional().isEmpty())
        return ctx.fail(
            ExitUsage, Tr::tr("totp batch takes no arguments, only options (see ssprctl totp batch --help)"));
    QCommandLineParser &p = ctx.parser();
    const QString groupName = p.value(u"group"_s).trimmed();
    const QString pdfPath = p.value(u"pdf"_s);
    const QString csvPath = p.value(u"oath-csv"_s);
    if (groupName.isEmpty())
        return ctx.fail(ExitUsage, Tr::tr("totp batch needs --group NAME"));
    if (pdfPath.isEmpty() || csvPath.isEmpty())
        return ctx.fail(ExitUsage,
            Tr::tr("totp batch needs both --pdf FILE (the handouts) and --oath-csv FILE (for the "
                   "Entra upload)"));
    if (QFileInfo(pdfPath).absoluteFilePath() == QFileInfo(csvPath).absoluteFilePath())
        return ctx.fail(ExitUsage, Tr::tr("--pdf and --oath-csv must be different files"));
    Core::TotpParameters parameters;
    if (p.isSet(u"period"_s)) {
        auto period = Core::Totp::parsePeriod(p.value(u"period"_s));
        if (!period)
            return ctx.fail(ExitUsage, u"--period: "_s + period.errorMessage());
        parameters.period = period.value();
    }

    Store::Database *db = ctx.store();
    if (!db)
        return ExitFailure;
    auto groups = db->prepare(u"SELECT gid, display_name FROM groups WHERE display_name = :name COLLATE NOCASE"_s);
    if (!groups)
        return ctx.fail(ExitFailure, groups.errorMessage());
    groups.value().bindValue(u":name"_s, groupName);
    if (const Core::Status s = db->exec(groups.value()); !s)
        return ctx.fail(ExitFailure, s.errorMessage());
    QList<qint64> gids;
    QString storedName;
    while (groups.value().next()) {
        gids.append(groups.value().value(0).toLongLong());
        storedName = groups.value().value(1).toString();
    }
    if (gids.isEmpty())
        return ctx.fail(ExitFailure, Tr::tr("there is no group named \"%1\" in the store").arg(groupName));
    if (gids.size() > 1)
        return ctx.fail(ExitUsage,
            Tr::tr("%1 groups are named \"%2\"; rename one so the name is unique").arg(gids.size()).arg(groupName));
    const QString group = storedName;
    auto members = tokenIssuer(*db).groupMembers(gids.constFirst());
    if (!members)
        return ctx.fail(ExitFailure, members.errorMessage());
    auto issuer = issuerFrom(ctx, *db);
    if (!issuer)
        return ctx.fail(ExitUsage, issuer.errorMessage());

    // Entra's OATH tokens are not for guests (entra-sspr-facts A4); they are left out and counted.
    QList<StoredUser> users;
    int guests = 0;
    for (const StoredUser &user : std::as_const(members.value())) {
        if (user.guest)
            ++guests;
        else
            users.append(user);
    }
    if (users.isEmpty())
        return ctx.fail(ExitFailure, Tr::tr("the group \"%1\" has no members who can get a token").arg(group));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Services::TotpHandoutEntry> entries;
    entries.reserve(users.size());
    for (const StoredUser &user : std::as_const(users))
        entries.append(Services::TokenIssuer::newEntry(user, issuer.value(), parameters, now));

    Services::TotpHandoutOptions handoutOptions;
    handoutOptions.includeSecret = p.isSet(u"print-key"_s);
    handoutOptions.issuedBy = Store::AuditLog::localActor();
    const bool interactive = ::isatty(STDERR_FILENO);
    auto progress = [&](int done, int total) {
        if (interactive && (done % 25 == 0 || done == total)) {
            ctx.err() << Tr::tr("\rWriting handouts: %1 of %2").arg(done).arg(total);
            ctx.err().flush();
        }
        return true;
    };
    // The CSV is checked before any file is written, so a refused key leaves nothing behind.
    if (const auto csv = Services::TotpHandout::oathCsv(entries); !csv)
        return ctx.fail(ExitUsage, csv.errorMessage());
    const Core::Status pdf = Services::TotpHandout::writePdf(entries, pdfPath, handoutOptions, progress);
    if (interactive)
        ctx.err() << Qt::endl;
    if (!pdf)
        return ctx.fail(ExitFailure, pdf.errorMessage());
    if (const Core::Status csv = Services::TotpHandout::writeOathCsv(entries, csvPath); !csv) {
        removeFiles({pdfPath});
        return ctx.fail(ExitFailure, csv.errorMessage());
    }
    if (const Core::Status s = tokenIssuer(*db).record(users, entries); !s) {
        removeFiles({pdfPath, csvPath});
        return ctx.fail(
            ExitFailure, Tr::tr("the tokens could not be recorded, so no file was kept: %1").arg(s.errorMessage()));
    }

    if (ctx.json()) {
        QJsonArray serials;
        for (const Services::TotpHandoutEntry &entry : std::as_const(entries))
            serials.append(QJsonObject {{u"upn"_s, entry.key.account}, {u"serial"_s, entry.serial}});
        ctx.printJson(QJsonObject {{u"group"_s, group}, {u"issuer"_s, issuer.value()}, {u"tokens"_s, serials},
            {u"skippedGuests"_s, guests}, {u"pdf"_s, shown(pdfPath)}, {u"oathCsv"_s, shown(csvPath)}});
        return ExitOk;
    }
    ctx.out()
        << Tr::tr("Members of \"%1\" given a token (issuer \"%2\"): %3").arg(group, issuer.value()).arg(entries.size())
        << Qt::endl;
    if (guests > 0)
        ctx.out() << Tr::tr("Guest accounts left out (Entra OATH tokens are not for guests): %1").arg(guests)
                  << Qt::endl;
    ctx.out() << Tr::tr("Wrote PDF: %1").arg(shown(pdfPath)) << Qt::endl;
    ctx.out() << Tr::tr("Wrote OATH CSV: %1").arg(shown(csvPath)) << Qt::endl;
    return ExitOk;
}

} // namespace

void registerTotpCommands(QList<Command> &commands)
{
    const QCommandLineOption issuer(
        u"issuer"_s, Tr::tr("Issuer the authenticator app shows (default: the tenant name)."), u"NAME"_s);
    const QCommandLineOption digits(u"digits"_s, Tr::tr("Code length: 6 (default) or 8."), u"N"_s);
    const QCommandLineOption period(u"period"_s, Tr::tr("Seconds per code: 30 (default) or 60."), u"SECONDS"_s);
    const QCommandLineOption algorithm(
        u"algorithm"_s, Tr::tr("HMAC hash: SHA1 (default), SHA256 or SHA512."), u"NAME"_s);
    const QCommandLineOption printKey(
        u"print-key"_s, Tr::tr("Also print the key in clear on PDF handouts, for manual entry."));
    const QCommandLineOption pdf(u"pdf"_s, Tr::tr("Write the PDF handout to FILE."), u"FILE"_s);
    commands.append({{u"totp"_s, u"new"_s}, u"UPN"_s,
        Tr::tr("Issue a new authenticator (TOTP) key to a user: QR code as PNG, SVG or PDF handout."),
        {issuer, digits, period, algorithm,
            QCommandLineOption(u"png"_s, Tr::tr("Write the QR code as a PNG image to FILE."), u"FILE"_s),
            QCommandLineOption(u"svg"_s, Tr::tr("Write the QR code as an SVG image to FILE."), u"FILE"_s), pdf,
            QCommandLineOption(u"uri"_s, Tr::tr("Print the secret and the otpauth:// URI (they grant access).")),
            printKey},
        runNew});
    commands.append({{u"totp"_s, u"code"_s}, {}, Tr::tr("Print the current (or --time) code of a Base32 secret."),
        {QCommandLineOption(u"secret"_s, Tr::tr("The Base32 secret, or - to read it from standard input."), u"B32"_s),
            QCommandLineOption(u"time"_s, Tr::tr("Unix time to compute the code for (default: now)."), u"UNIX"_s),
            digits, period, algorithm},
        runCode});
    commands.append({{u"totp"_s, u"batch"_s}, {},
        Tr::tr("Issue keys to every member of a group (nested groups included): one PDF page per user and the Entra "
               "hardware-OATH CSV."),
        {QCommandLineOption(u"group"_s, Tr::tr("The group's display name."), u"NAME"_s),
            QCommandLineOption(u"pdf"_s, Tr::tr("Write the handouts (one page per user) to FILE."), u"FILE"_s),
            QCommandLineOption(u"oath-csv"_s, Tr::tr("Write the Entra OATH token CSV to FILE."), u"FILE"_s), issuer,
            period, printKey},
        runBatch});
}

} // namespace Sspr::Cli
