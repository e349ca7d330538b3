#include "grapherrortext.h"

#include <QUrl>

namespace Sspr::Graph {

using namespace Qt::StringLiterals;

namespace {

bool isWrite(const QByteArray &method)
{
    return method != "GET" && method != "HEAD";
}

// The path without host, query and version, lowercased: "/users/x/authentication/phonemethods".
QString normalisedPath(const QString &path)
{
    QString p = QUrl(path).path().toLower();
    for (const QString &version : {u"/v1.0/"_s, u"/beta/"_s}) {
        if (p.startsWith(version)) {
            p = p.mid(version.size() - 1);
            break;
        }
    }
    return p;
}

} // namespace

QString GraphErrorText::message(const GraphResult &result, const Context &context)
{
    const QString &code = result.errorCode;
    const int status = result.httpStatus;
    const QString path = normalisedPath(context.path);
    const bool write = isWrite(context.method);

    // Our own codes: no HTTP answer, or one we refused to use.
    if (code == u"cancelled"_s)
        return tr("The request was cancelled.");
    if (code == u"timeout"_s) {
        return tr("Microsoft Graph didn't answer within %n second(s). Check the network connection and try again.",
            nullptr, qMax(1, (context.timeoutMs + 999) / 1000));
    }
    if (code == u"networkError"_s) {
        return tr("Couldn't reach Microsoft Graph: %1. Check the network connection and the proxy settings.")
            .arg(context.detail.isEmpty() ? tr("the connection failed") : context.detail);
    }
    if (code == u"invalidJson"_s)
        return tr("Microsoft Graph's answer was cut off or unreadable. Try again.");
    if (code == u"insecureUrl"_s || code == u"signInRequired"_s || code == u"invalidRequest"_s)
        return context.detail;
    if (code == u"tooManyRedirects"_s)
        return tr("Microsoft Graph redirected the request too many times; it was stopped.");

    if (code == u"syncStateNotFound"_s) {
        return tr("The saved change-tracking link has expired (they last 7 days), so the tenant must be synchronised "
                  "again in full.");
    }
    if (status == 401 || code == u"InvalidAuthenticationToken"_s) {
        return tr("Microsoft Graph refused the sign-in token, even a freshly fetched one. Sign in again; if this keeps "
                  "happening, check the app registration and the tenant.");
    }
    if (status == 403 || code == u"Authorization_RequestDenied"_s) {
        if (path.contains(u"/authentication/"_s)) {
            if (write) {
                return tr("Your role can't change this user's methods: an Authentication Administrator can't act on "
                          "administrators; a Privileged Authentication Administrator can. The app also needs the "
                          "UserAuthenticationMethod.ReadWrite.All permission.");
            }
            return tr("You can't read this user's methods: that needs the UserAuthenticationMethod.Read.All "
                      "permission and a role such as Global Reader, Authentication Administrator or Privileged "
                      "Authentication Administrator.");
        }
        if (path.startsWith(u"/policies/authenticationmethodspolicy"_s)) {
            if (write) {
                return tr("Changing the authentication methods policy needs the Policy.ReadWrite.AuthenticationMethod "
                          "permission and the Authentication Policy Administrator role.");
            }
            return tr("Reading the authentication methods policy needs the Policy.Read.AuthenticationMethod "
                      "permission and a role such as Global Reader or Authentication Policy Administrator.");
        }
        if (path.startsWith(u"/policies/authorizationpolicy"_s)) {
            if (write) {
                return tr("Changing the administrator password reset policy needs the Policy.ReadWrite.Authorization "
                          "permission.");
            }
            return tr("Reading the authorization policy needs the Policy.Read.All permission.");
        }
        if (path.startsWith(u"/directory/authenticationmethoddevices"_s)) {
            return tr("Managing hardware OATH tokens needs the Policy.ReadWrite.AuthenticationMethod permission and "
                      "the Authentication Policy Administrator role.");
        }
        if (path.startsWith(u"/reports/"_s)) {
            return tr("The registration report needs the AuditLog.Read.All permission and a role such as Reports "
                      "Reader, Security Reader or Global Reader.");
        }
        if (path.startsWith(u"/groups"_s)) {
            if (write) {
                return tr("Creating or changing groups needs the Group.ReadWrite.All (or Group.Create) permission and "
                          "a role such as Groups Administrator.");
            }
            return tr("Reading groups and their members needs the GroupMember.Read.All (or Group.Read.All) "
                      "permission.");
        }
        if (path.startsWith(u"/users"_s)) {
            if (write) {
                return tr("Changing a user's profile needs the User.ReadWrite.All permission and a role such as User "
                          "Administrator.");
            }
            return tr("Reading users needs the User.Read.All permission.");
        }
        return tr("Microsoft Graph refused the request: your account or the app lacks the permission for it (%1).")
            .arg(context.serverMessage.isEmpty() ? code : context.serverMessage);
    }
    if (status == 404 || code == u"Request_ResourceNotFound"_s) {
        return tr("Microsoft Graph can't find it: the user, group or method may have been deleted or renamed. Sync "
                  "again to refresh the list.");
    }
    if (status == 429 || code == u"TooManyRequests"_s) {
        return tr("Microsoft Graph is throttling this app, and the request still failed after %n attempt(s). Wait a "
                  "few minutes and try again.",
            nullptr, result.attempts);
    }
    if (status == 424)
        return tr("Not done because an earlier request in the same batch failed.");
    if (status == 409)
        return tr("Microsoft Graph refused the change because it conflicts with what is there: %1")
            .arg(context.serverMessage.isEmpty() ? code : context.serverMessage);
    if (status == 400) {
        // Phone-rule and format rejections: Graph's own sentence is the most precise thing we have.
        if (!context.serverMessage.isEmpty())
            return tr("Microsoft Graph refused the change: %1").arg(context.serverMessage);
        return tr("Microsoft Graph refused the request as invalid (%1).").arg(code.isEmpty() ? u"HTTP 400"_s : code);
    }
    if (status == 500 || status == 502 || status == 503 || status == 504) {
        return tr("Microsoft Graph is temporarily unavailable (HTTP %1). Try again in a few minutes.").arg(status);
    }
    const QString what = context.serverMessage.isEmpty() ? code : context.serverMessage;
    if (what.isEmpty())
        return tr("Microsoft Graph answered with HTTP status %1.").arg(status);
    return tr("Microsoft Graph answered with HTTP status %1: %2").arg(status).arg(what);
}

} // namespace Sspr::Graph
