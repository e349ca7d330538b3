#pragma once

#include "authmethodspolicy.h"
#include "result.h"
#include "ssprpolicy.h"

namespace Sspr::Store {

class Database;

// Reads and writes the Password reset blade (sspr_policy + security_questions) and the unified Authentication
// methods policy (auth_methods_policy, method_configurations, method_targets). Validation is the caller's job
// (Core::validate, AuthMethodsPolicy::validate), the store keeps CHECKs.
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

    // The unified policy as stored; AuthMethodsPolicy::defaults() when none was ever written. Every field of the
    // Graph shape comes back as saved: columns for what the console queries, Graph JSON for the rest.
    Core::Result<Core::AuthMethodsPolicy> loadAuthMethodsPolicy();
    // Replaces the stored unified policy, in its own transaction.
    Core::Status saveAuthMethodsPolicy(const Core::AuthMethodsPolicy &policy);
    // The same inside a transaction the caller already holds.
    Core::Status saveAuthMethodsPolicyWithoutTransaction(const Core::AuthMethodsPolicy &policy);

private:
    Database &m_db;
};

} // namespace Sspr::Store
