#pragma once

#include "result.h"
#include "totp.h"
#include "totphandout.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {

// A user who can be given an authenticator (TOTP) key.
struct TokenRecipient
{
    qint64 uid = 0;
    QString upn;
    QString displayName;
    bool guest = false;
};

// Issuing authenticator keys, the same way for the console and ssprctl: fresh keys and serials from the system
// CSPRNG, and a record of every token issued (serial, issuer, parameters, date, who issued it) in oath_tokens with
// its audit entry, in one transaction. The secret itself is never written to the store, nor logged.
class TokenIssuer final
{
public:
    // actor: who issues (AuditLog::localActor() in a local profile); source: "console" or "ssprctl".
    TokenIssuer(Store::Database &db, QString actor, QString source);

    QString actor() const { return m_actor; }

    // The issuer an app shows when none is chosen: the tenant's name, else "SSPR Console".
    Core::Result<QString> tenantIssuer();

    // Look-ups of recipients; std::nullopt when there is no such user. The UPN is matched case-insensitively.
    Core::Result<std::optional<TokenRecipient>> recipient(qint64 uid);
    Core::Result<std::optional<TokenRecipient>> recipientByUpn(const QString &upn);
    // The members of a group and of the groups nested in it (any depth, each user once), in name order.
    Core::Result<QList<TokenRecipient>> groupMembers(qint64 gid);

    // A new key (160-bit secret) and serial for a recipient. Nothing is stored: call record() once it is handed out.
    static TotpHandoutEntry newEntry(const TokenRecipient &recipient, const QString &issuer,
        const Core::TotpParameters &parameters, const QDateTime &issuedAt);

    // Records entries.at(i) as issued to recipients.at(i): an oath_tokens row and a "token.issue" audit entry each,
    // all or nothing. Refuses lists of different lengths.
    Core::Status record(const QList<TokenRecipient> &recipients, const QList<TotpHandoutEntry> &entries);

    // Audits that the user's app showed a valid code for the token: "token.verify", with the clock offset in steps.
    Core::Status recordVerified(const TokenRecipient &recipient, const TotpHandoutEntry &entry, int stepOffset);

private:
    Store::Database &m_db;
    QString m_actor;
    QString m_source;
};

} // namespace Sspr::Services
