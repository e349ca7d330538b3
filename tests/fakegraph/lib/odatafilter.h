#pragma once

#include <QJsonValue>
#include <QString>

#include <functional>
#include <memory>

namespace Sspr::FakeGraph {

// The $filter subset the console and tests use: eq, ne, gt, ge, lt, le, in (...), startswith(), endswith(),
// coll/any(x:x eq '...'), and, or, not, parentheses; 'string' literals with '' escaping, true, false, null, numbers.
// String comparisons ignore case, as directory queries do.
class ODataFilter
{
public:
    using Getter = std::function<QJsonValue(const QString &property)>;

    bool parse(const QString &text, QString *error);
    bool isEmpty() const { return !m_root; }
    // endswith, ne and not are "advanced queries" that need ConsistencyLevel: eventual and $count=true (§6.2).
    bool isAdvanced() const { return m_advanced; }
    bool matches(const Getter &get) const;

    struct Node;

private:
    std::shared_ptr<Node> m_root;
    bool m_advanced = false;
};

} // namespace Sspr::FakeGraph
