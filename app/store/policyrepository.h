#pragma once

#include "result.h"
#include "ssprpolicy.h"

namespace Sspr::Store {

class Database;

// Reads and writes the Password reset blade (sspr_policy + security_questions) and seeds the unified
// Authentication methods policy tables. Validation is the caller's job (Core::validate), the store keeps CHECKs.
class PolicyRepository final
{
public:
    explicit PolicyRepository(Database &db);

    Core::Result<Core::SsprPolicy> load();
    // Saves in its own transaction.
    Core::Status save(const Core::SsprPolicy &policy);
    // Saves inside a transaction the caller already holds.
    Core::Status saveWithoutTransaction(const Core::SsprPolicy &policy);
    // The Graph defaults of a new tenant's Authentication methods policy (graph-facts §2.3).
    Core::Status writeDefaultAuthMethodsPolicy();

private:
    Database &m_db;
};

} // namespace Sspr::Store
