#pragma once

#include <QString>

namespace Sspr::Core {

struct GroupRecord
{
    QString id; // Graph object id
    QString displayName;
    QString description;
    QString mailNickname;
    bool securityEnabled = true;
    bool mailEnabled = false;
};

} // namespace Sspr::Core
