#pragma once

#include "result.h"

#include <QString>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {

// What the header and status bar show about the open profile.
struct TenantSummary
{
    QString name;
    QString domain;
    bool isLocal = true;
    qint64 userCount = 0;
    qint64 groupCount = 0;

    static Core::Result<TenantSummary> read(Store::Database &db);
};

} // namespace Sspr::Services
