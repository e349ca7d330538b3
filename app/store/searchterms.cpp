#include "searchterms.h"

#include <QRegularExpression>
#include <QSet>

namespace Sspr::Store::SearchTerms {

using namespace Qt::StringLiterals;

namespace {
QString localPart(const QString &address)
{
    const qsizetype at = address.indexOf(u'@');
    return at < 0 ? address : address.left(at);
}

// Split like FTS5's unicode61 tokenizer: letters and digits are token characters, everything else separates.
QStringList words(const QString &text)
{
    QStringList out;
    QString current;
    for (QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            current += c;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

QString quoted(const QString &token)
{
    QString q = token;
    q.replace(u'"', u"\"\""_s);
    return u'"' + q + u'"';
}

bool isPhoneLike(const QString &text)
{
    // Digits with the punctuation people type in numbers, and at least one digit.
    static const QRegularExpression re(u"^\\+?[\\d\\s().\\-/]*\\d[\\d\\s().\\-/]*$"_s);
    return re.match(text).hasMatch();
}
} // namespace

QString phoneDigits(const QString &number)
{
    QString out;
    for (QChar c : number) {
        if (c == u'x' || c == u'X' || c == u';' || c == u',')
            break; // extension follows
        if (c.isDigit() && c.unicode() < 128)
            out += c;
    }
    return out;
}

QString phoneKey(const QString &number)
{
    QString key = phoneDigits(number);
    static const QRegularExpression extensionStart(u"[xX;,]"_s); // compiled once: this runs per method written
    const qsizetype x = number.indexOf(extensionStart);
    if (x >= 0) {
        QString extension;
        for (QChar c : QStringView(number).mid(x + 1))
            if (c.isDigit() && c.unicode() < 128)
                extension += c;
        if (!extension.isEmpty())
            key += u'x' + extension;
    }
    return key;
}

QString nameTerms(const Core::UserRecord &user)
{
    QStringList tokens;
    QSet<QString> seen;
    const QString sources[] = {user.displayName, user.givenName, user.surname, localPart(user.userPrincipalName),
                               localPart(user.mail)};
    for (const QString &source : sources) {
        const QStringList parts = words(source);
        for (const QString &word : parts) {
            const QString folded = word.toCaseFolded();
            if (!seen.contains(folded)) {
                seen.insert(folded);
                tokens << folded;
            }
        }
    }
    return tokens.join(u' ');
}

QString phoneTerms(const QStringList &phoneNumbers)
{
    QSet<QString> seen;
    QStringList tokens;
    for (const QString &number : phoneNumbers) {
        const QString d = phoneDigits(number);
        // In Graph's "+CC NUMBER" form the country code is known: suffixes that start inside it add nothing a
        // person would type, so only the whole number and the suffixes of the national number are indexed.
        qsizetype first = 0;
        if (number.startsWith(u'+')) {
            const qsizetype space = number.indexOf(u' ');
            if (space > 1 && space <= 4)
                first = space - 1;
        }
        if (first > 0 && d.size() >= kMinDigits && !seen.contains(d)) {
            seen.insert(d);
            tokens << d;
        }
        for (qsizetype start = first; start + kMinDigits <= d.size(); ++start) {
            const QString suffix = d.mid(start);
            if (!seen.contains(suffix)) {
                seen.insert(suffix);
                tokens << suffix;
            }
        }
    }
    return tokens.join(u' ');
}

Query parse(const QString &text)
{
    Query query;
    const QString trimmed = text.trimmed().left(256); // nobody types more; bounds the work on pasted text
    if (trimmed.isEmpty())
        return query;
    if (isPhoneLike(trimmed)) {
        QString digitsOnly;
        for (QChar c : trimmed)
            if (c.isDigit() && c.unicode() < 128)
                digitsOnly += c;
        if (digitsOnly.size() >= kMinDigits) {
            // A leading 0 or 00 is a national or international prefix: match on what follows it.
            QString d = digitsOnly;
            if (d.startsWith(u"00"_s) && d.size() - 2 >= kMinDigits)
                d = d.mid(2);
            else if (d.startsWith(u'0') && d.size() - 1 >= kMinDigits)
                d = d.mid(1);
            query.phoneMatch = quoted(d) + u'*';
            return query;
        }
        // Fewer digits than a phone search needs: treat as a word (e.g. a UPN like "jo2").
    }
    // Domains are not indexed (see nameTerms): a pasted UPN or mail address is searched by its local part, so that
    // "adele.vance@contoso.com" finds Adele rather than nobody.
    QString nameText = trimmed;
    if (const qsizetype at = nameText.indexOf(u'@'); at > 0)
        nameText.truncate(at);
    QStringList parts;
    const QStringList tokens = words(nameText);
    for (const QString &token : tokens)
        parts << quoted(token.toCaseFolded()) + u'*';
    if (parts.isEmpty()) {
        query.matchesNothing = true;
        return query;
    }
    query.nameMatch = parts.join(u" AND "_s);
    return query;
}

} // namespace Sspr::Store::SearchTerms
