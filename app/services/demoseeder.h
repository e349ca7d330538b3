#pragma once

#include "result.h"

#include <QtGlobal>

#include <functional>

namespace Sspr::Store {
class Database;
}

namespace Sspr::Services {

// Fills an empty store with the deterministic demo tenant of `users` users. Generation (and the search terms of
// each user) runs on a second thread while this thread writes, so both cores work; progress(done, total) is called
// on this thread, and returning false cancels (the store is left empty).
Core::Status seedDemoTenant(Store::Database &db, int users, quint64 seed,
                            const std::function<bool(int, int)> &progress = {});

} // namespace Sspr::Services
