#include "graphlog.h"

namespace Sspr::Graph {

Q_LOGGING_CATEGORY(lcGraph, "ssprconsole.graph")

} // namespace Sspr::Graph
