#pragma once

#include <QLoggingCategory>

namespace Sspr::Graph {

// ssprconsole.graph: retries, throttling and sign-in steps. Never a token, secret, code or assertion.
Q_DECLARE_LOGGING_CATEGORY(lcGraph)

} // namespace Sspr::Graph
