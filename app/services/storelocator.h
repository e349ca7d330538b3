#pragma once

#include "database.h"
#include "demoseeder.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Sspr::Services {

// Where a store lives and how it comes to exist: the one place the GUI and ssprctl share for "open my data".
class StoreLocator final
{
public:
    struct Options
    {
        QString dbPath;  // --db: an explicit file; must exist unless createIfMissing
        QString profile; // --profile: a named profile in the user's data folder (default "demo")
        bool createIfMissing = false; // for an explicit --db: create and seed it
    };

    // A profile name is a file name: letters, digits, '.', '_' and '-', not starting with '.'.
    static bool isValidProfileName(const QString &name);
    static QString resolvePath(const Options &options);
    // The named profiles that exist: the stores in the profiles folder, sorted by name.
    static QStringList profileNames();

    // Opens the store. The default demo profile is created and seeded with the demo tenant on first use;
    // progress(done, total) reports the seed.
    static Core::Result<std::unique_ptr<Store::Database>>
    open(const Options &options, const std::function<bool(int, int)> &progress = {});
};

} // namespace Sspr::Services
