#pragma once

#include "userrecord.h"

#include <QString>
#include <QStringList>

namespace Sspr::Store {

// What the search indexes hold for one user, and how typed text becomes an FTS5 query.
// Kept together so that indexing and querying can never disagree on the tokens.
namespace SearchTerms {

// Words of the display name, given name, surname, and the local parts of UPN and mail (domains are left out:
// every user shares them, and they would make the index large and the search slow).
QString nameTerms(const Core::UserRecord &user);
// Every suffix of at least kMinDigits of each phone number's digits, space-separated, duplicates removed.
QString phoneTerms(const QStringList &phoneNumbers);

inline constexpr int kMinDigits = 4;

// Digits of a phone number, extension dropped ("+1 (425) 555-0100 x12" -> "14255550100").
QString phoneDigits(const QString &number);
// What identifies a number when comparing accounts (user_methods.phone_digits): the digits plus the extension
// ("14255550100x12"), so office lines behind one switchboard are not taken for a shared number.
QString phoneKey(const QString &number);

struct Query
{
    QString nameMatch;  // FTS5 MATCH expression for users_fts, or empty
    QString phoneMatch; // FTS5 MATCH expression for users_phone_fts, or empty
    bool matchesNothing = false; // text that can match no user (e.g. only punctuation, or 1-3 digits)
    bool isEmpty() const { return nameMatch.isEmpty() && phoneMatch.isEmpty() && !matchesNothing; }
};

// Turns what a person typed into safe FTS5 expressions: every token is quoted, so FTS syntax in the input
// (quotes, *, ^, NEAR, AND, column filters, parentheses) is searched for literally and never widens a query.
// Words become prefix queries; a run of digits with phone punctuation becomes one digit-suffix query.
Query parse(const QString &text);

} // namespace SearchTerms
} // namespace Sspr::Store
