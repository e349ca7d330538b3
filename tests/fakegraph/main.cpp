// fakegraph: the loopback fake of Microsoft Graph and the identity platform, for trying the console by hand.
#include "fakegraphserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fakegraph"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A loopback stand-in for Microsoft Graph and the Microsoft identity platform."_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"Port on 127.0.0.1 (0: any free port)."_s, u"P"_s, u"0"_s);
    const QCommandLineOption users(u"users"_s, u"Number of users."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption groups(u"groups"_s, u"Number of groups."_s, u"G"_s, u"50"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Latency added before every response."_s, u"L"_s, u"0"_s);
    const QCommandLineOption throttle(
        u"throttle"_s, u"Share of Graph requests answered 429 (0..1)."_s, u"RATE"_s, u"0"_s);
    const QCommandLineOption role(u"role"_s,
        u"privilegedAuthenticationAdministrator, authenticationAdministrator or "
        u"globalReader."_s,
        u"R"_s, u"privilegedAuthenticationAdministrator"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generated tenant."_s, u"S"_s, u"1"_s);
    const QCommandLineOption approve(u"approve-after-polls"_s,
        u"Device code polls answered 'pending' before approval (-1: never)."_s, u"N"_s, u"2"_s);
    parser.addOptions({port, users, groups, latency, throttle, role, seed, approve});
    parser.process(app);

    Sspr::FakeGraph::Options options;
    options.users = parser.value(users).toInt();
    options.groups = parser.value(groups).toInt();
    options.latencyMs = parser.value(latency).toInt();
    options.rate429 = parser.value(throttle).toDouble();
    options.role = parser.value(role);
    options.seed = parser.value(seed).toULongLong();
    options.deviceCodeApproveAfterPolls = parser.value(approve).toInt();
    Sspr::FakeGraph::Server server(options);
    QTextStream out(stdout);
    if (!server.start(quint16(parser.value(port).toUInt()))) {
        QTextStream(stderr) << "fakegraph: cannot listen on 127.0.0.1:" << parser.value(port) << '\n';
        return 1;
    }
    out << "fakegraph serving " << options.users << " users, " << options.groups << " groups\n"
        << "  graph root:  " << server.graphRoot().toString() << "  (/v1.0/..., /beta/...)\n"
        << "  authority:   " << server.authority().toString() << "  (/" << server.tenantId() << "/oauth2/v2.0/token)\n"
        << "  tenant:      " << server.tenantId() << " (" << server.tenantDomain() << ")\n"
        << "  device code: approve at " << server.authority().toString() << "/devicelogin?user_code=CODE\n"
        << "Ctrl+C to stop.\n";
    out.flush();
    return app.exec(); // serves until killed (Ctrl+C, SIGTERM): there is nothing to save
}
