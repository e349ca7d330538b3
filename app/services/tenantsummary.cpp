#include "tenantsummary.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Sspr::Services {

using namespace Qt::StringLiterals;

Core::Result<TenantSummary> TenantSummary::read(Store::Database &db)
{
    TenantSummary summary;
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT name, domain, kind FROM tenant WHERE id = 1"_s))
        return Core::Error{Store::Database::errorText(q)};
    if (q.next()) {
        summary.name = q.value(0).toString();
        summary.domain = q.value(1).toString();
        summary.isLocal = q.value(2).toString() == u"local"_s;
    }
    if (!q.exec(u"SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM groups)"_s) || !q.next())
        return Core::Error{Store::Database::errorText(q)};
    summary.userCount = q.value(0).toLongLong();
    summary.groupCount = q.value(1).toLongLong();
    return summary;
}

} // namespace Sspr::Services
