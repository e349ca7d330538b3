#pragma once

#include "grouprecord.h"
#include "ssprpolicy.h"
#include "userrecord.h"

#include <QList>
#include <QString>

#include <functional>

namespace Sspr::Core {

// Receives a generated tenant as a stream, so a million users never sit in memory at once.
class DemoTenantSink
{
public:
    virtual ~DemoTenantSink() = default;
    virtual void addGroup(const GroupRecord &group) = 0;
    // Users arrive sorted by (display name, UPN), case-insensitively for ASCII, as the store sorts them.
    virtual void addUser(const UserRecord &user, const QList<int> &groupIndexes) = 0;
    virtual void addNestedGroup(int parentIndex, int childIndex) = 0;
};

// Generates the "Contoso" demo tenant: deterministic for a (user count, seed) pair on every machine, with varied
// names and countries, department and location groups (some nested), admins, disabled accounts, users with zero to
// several registered methods, and profile phones that differ from registered phones.
class DemoTenantGenerator
{
public:
    DemoTenantGenerator(int userCount, quint64 seed);

    static constexpr int kDefaultUserCount = 2000;
    static constexpr quint64 kDefaultSeed = 20261125;

    QString tenantName() const;
    QString domain() const;
    // The blade settings the demo starts with: Selected, scoped to "Password Self Reset".
    SsprPolicy defaultPolicy(const QString &sspGroupId) const;
    QList<SecurityQuestion> predefinedQuestions() const;

    // progress(done, total) is called now and then; returning false stops the generation.
    bool generate(DemoTenantSink &sink, const std::function<bool(int, int)> &progress = {}) const;

    // The index (in generation order) of the group the default policy selects.
    static int passwordSelfResetGroupIndex();

private:
    int m_userCount;
    quint64 m_seed;
};

} // namespace Sspr::Core
