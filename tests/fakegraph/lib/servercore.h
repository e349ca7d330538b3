#pragma once

#include "fakegraphserver.h"
#include "fakerandom.h"
#include "httpmessage.h"
#include "tenantmodel.h"

#include <QMutex>

#include <memory>

namespace Sspr::FakeGraph {

class GraphEndpoint;
class OAuthEndpoint;

// Everything the listener thread and the test hooks share. All access holds `mutex`.
class ServerCore
{
public:
    explicit ServerCore(const Options &options);
    ~ServerCore();

    HttpResponse handle(const HttpRequest &request); // locks
    static QString newRequestId();
    static QByteArray httpDate();

    mutable QMutex mutex;
    Options options;
    Counters counters;
    TenantModel model;
    FakeRandom faults;
    QString baseUrl; // http://127.0.0.1:PORT
    std::unique_ptr<OAuthEndpoint> oauth;
    std::unique_ptr<GraphEndpoint> graph;
};

} // namespace Sspr::FakeGraph
