#include "otpauthuri.h"

#include "base32.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <optional>

namespace Sspr::Core::OtpauthUri {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sspr::Core::OtpauthUri)
};

constexpr QStringView kScheme = u"otpauth://";

bool hasControlCharacter(QStringView text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QString percentEncode(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toPercentEncoding());
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Strict percent-decoding: every '%' starts two hex digits and the bytes are UTF-8. In parameter values a '+' is a
// space (form encoding); in the label it is itself. `what` names the part in messages.
Result<QString> percentDecode(QStringView text, bool plusIsSpace, const QString &what)
{
    const QByteArray raw = text.toUtf8();
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '%') {
            const int high = i + 1 < raw.size() ? hexValue(raw.at(i + 1)) : -1;
            const int low = i + 2 < raw.size() ? hexValue(raw.at(i + 2)) : -1;
            if (high < 0 || low < 0)
                return Error {Tr::tr("The %1 has a \"%\" that is not followed by two hexadecimal digits.").arg(what)};
            bytes += char(high * 16 + low);
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            bytes += ' ';
        } else {
            bytes += c;
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return Error {Tr::tr("The %1 is not valid UTF-8 after percent-decoding.").arg(what)};
    if (hasControlCharacter(decoded))
        return Error {Tr::tr("The %1 contains control characters.").arg(what)};
    return decoded;
}

// Where the label splits into issuer and account: the first ':', else the first "%3A" (Microsoft writes it so).
struct LabelSplit
{
    qsizetype at = -1;
    qsizetype width = 0;
};

LabelSplit findSeparator(QStringView label)
{
    const qsizetype colon = label.indexOf(u':');
    if (colon >= 0)
        return {colon, 1};
    const qsizetype encoded = label.indexOf(u"%3A", 0, Qt::CaseInsensitive);
    if (encoded >= 0)
        return {encoded, 3};
    return {};
}

} // namespace

Result<QString> build(const TotpKey &key)
{
    const QString issuer = key.issuer.trimmed();
    const QString account = key.account.trimmed();
    if (account.isEmpty())
        return Error {Tr::tr("The account name is empty.")};
    if (hasControlCharacter(account))
        return Error {Tr::tr("The account name contains control characters.")};
    if (hasControlCharacter(issuer))
        return Error {Tr::tr("The issuer contains control characters.")};
    if (key.secret.isEmpty())
        return Error {Tr::tr("The secret is empty.")};
    if (const Status valid = Totp::validate(key.parameters); !valid)
        return valid.error();

    QString uri = u"otpauth://totp/"_s;
    // The separator is written as a plain ':' whenever there is an issuer, and also before an account that holds an
    // (encoded) colon, so that the parser never mistakes that colon for the separator.
    if (!issuer.isEmpty() || account.contains(u':'))
        uri += percentEncode(issuer) + u':';
    uri += percentEncode(account);
    uri += u"?secret="_s + Base32::encode(key.secret, Base32::Padding::Omit);
    if (!issuer.isEmpty())
        uri += u"&issuer="_s + percentEncode(issuer);
    const TotpParameters &p = key.parameters;
    if (p.algorithm != TotpParameters::kDefaultAlgorithm)
        uri += u"&algorithm="_s + Totp::algorithmName(p.algorithm);
    if (p.digits != TotpParameters::kDefaultDigits)
        uri += u"&digits="_s + QString::number(p.digits);
    if (p.period != TotpParameters::kDefaultPeriod)
        uri += u"&period="_s + QString::number(p.period);
    // Percent-encoding can make a name nine times longer; what parse() would refuse is not built.
    if (uri.size() > kMaxLength)
        return Error {Tr::tr("The issuer and account name are too long for an otpauth link (%1 characters encoded; at "
                             "most %2).")
                          .arg(uri.size())
                          .arg(kMaxLength)};
    return uri;
}

Result<TotpKey> parse(QStringView uri)
{
    if (uri.size() > kMaxLength)
        return Error {Tr::tr("The text is too long for an otpauth link (%1 characters; at most %2).")
                          .arg(uri.size())
                          .arg(kMaxLength)};
    QStringView text = uri.trimmed();
    if (text.isEmpty())
        return Error {Tr::tr("The otpauth link is empty.")};
    if (!text.startsWith(kScheme, Qt::CaseInsensitive))
        return Error {Tr::tr("This is not an authenticator link: it must start with \"otpauth://\".")};
    text = text.mid(kScheme.size());
    if (const qsizetype hash = text.indexOf(u'#'); hash >= 0)
        text = text.left(hash);

    const qsizetype slash = text.indexOf(u'/');
    const QStringView type = slash < 0 ? text : text.left(slash);
    if (type.compare(u"hotp", Qt::CaseInsensitive) == 0)
        return Error {Tr::tr("This is a counter-based (HOTP) key; only time-based (TOTP) keys are supported.")};
    if (type.compare(u"totp", Qt::CaseInsensitive) != 0)
        return Error {Tr::tr("The key type \"%1\" is not supported; only \"totp\" is.").arg(type.left(32))};
    if (slash < 0)
        return Error {Tr::tr("The otpauth link has no account name.")};

    QStringView rest = text.mid(slash + 1);
    const qsizetype question = rest.indexOf(u'?');
    const QStringView label = question < 0 ? rest : rest.left(question);
    const QStringView query = question < 0 ? QStringView() : rest.mid(question + 1);

    TotpKey key;
    QString labelIssuer;
    const LabelSplit split = findSeparator(label);
    const QStringView accountPart = split.at < 0 ? label : label.mid(split.at + split.width);
    if (split.at >= 0) {
        auto decoded = percentDecode(label.left(split.at), false, Tr::tr("issuer in the label"));
        if (!decoded)
            return decoded.error();
        labelIssuer = decoded.value().trimmed();
    }
    auto account = percentDecode(accountPart, false, Tr::tr("account name"));
    if (!account)
        return account.error();
    key.account = account.value().trimmed();
    if (key.account.isEmpty())
        return Error {Tr::tr("The otpauth link has no account name.")};

    std::optional<QString> secretText, issuerParam, algorithmText, digitsText, periodText;
    for (const QStringView item : query.split(u'&')) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(u'=');
        const QStringView name = eq < 0 ? item : item.left(eq);
        const QStringView rawValue = eq < 0 ? QStringView() : item.mid(eq + 1);
        std::optional<QString> *slot = nullptr;
        if (name.compare(u"secret", Qt::CaseInsensitive) == 0)
            slot = &secretText;
        else if (name.compare(u"issuer", Qt::CaseInsensitive) == 0)
            slot = &issuerParam;
        else if (name.compare(u"algorithm", Qt::CaseInsensitive) == 0)
            slot = &algorithmText;
        else if (name.compare(u"digits", Qt::CaseInsensitive) == 0)
            slot = &digitsText;
        else if (name.compare(u"period", Qt::CaseInsensitive) == 0)
            slot = &periodText;
        if (!slot)
            continue; // image, color, counter and other app extensions
        if (slot->has_value())
            return Error {Tr::tr("The parameter \"%1\" appears more than once.").arg(name.toString().toLower())};
        auto value = percentDecode(rawValue, true, Tr::tr("parameter \"%1\"").arg(name.toString().toLower()));
        if (!value)
            return value.error();
        *slot = value.value();
    }

    if (!secretText || secretText->trimmed().isEmpty())
        return Error {Tr::tr("The otpauth link has no secret.")};
    auto secret = Base32::decode(*secretText);
    if (!secret)
        return Error {Tr::tr("The secret is not valid: %1").arg(secret.errorMessage())};
    if (secret.value().isEmpty())
        return Error {Tr::tr("The otpauth link has no secret.")};
    key.secret = secret.value();

    // The Key URI format says both issuers "should be equal"; apps use the parameter, and so do we (Microsoft's own
    // links put the organisation in the label and "Microsoft" in the parameter).
    const QString issuer = issuerParam ? issuerParam->trimmed() : QString();
    key.issuer = issuer.isEmpty() ? labelIssuer : issuer;

    if (algorithmText) {
        auto algorithm = Totp::parseAlgorithm(*algorithmText);
        if (!algorithm)
            return algorithm.error();
        key.parameters.algorithm = algorithm.value();
    }
    if (digitsText) {
        auto digits = Totp::parseDigits(*digitsText);
        if (!digits)
            return digits.error();
        key.parameters.digits = digits.value();
    }
    if (periodText) {
        auto period = Totp::parsePeriod(*periodText);
        if (!period)
            return period.error();
        key.parameters.period = period.value();
    }
    return key;
}

QStringList compatibilityWarnings(const TotpKey &key)
{
    QStringList warnings = Totp::compatibilityWarnings(key.parameters);
    if (key.issuer.trimmed().isEmpty())
        warnings << Tr::tr("Without an issuer, authenticator apps show only the account name, which is hard to tell "
                           "apart from other accounts.");
    else if (key.issuer.contains(u':'))
        warnings << Tr::tr("The issuer contains \":\"; some apps cut it off there.");
    if (key.secret.size() < 16)
        warnings << Tr::tr("The secret is shorter than 128 bits, the minimum RFC 4226 allows.");
    return warnings;
}

} // namespace Sspr::Core::OtpauthUri
