// The "Connect to a tenant" path of the console, end to end against the loopback fake Graph server: the dialog's
// checks, a client-secret connection that writes a profile and keeps the secret in the real keychain, and the main
// window opening that profile, signing in from the keychain and syncing the tenant into its store.
#include "connectdialog.h"
#include "connectflow.h"
#include "database.h"
#include "devicecodedialog.h"
#include "fakegraphserver.h"
#include "graphsession.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "storelocator.h"
#include "tenantsummary.h"
#include "userdialog.h"
#include "enrollmentservice.h"
#include "outboxchange.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QDeadlineTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Sspr;

namespace {
const QString kSecret = u"fake-secret-Value~42"_s;
const QString kClientId = u"3f0e4d1a-9a7b-4c55-8f1e-2b6d0c9e7a11"_s;

bool keychainReachable()
{
    Secrets::KeychainSecretStore store;
    QObject context;
    bool done = false;
    bool ok = false;
    store.probe(&context, [&](Core::Status status) {
        ok = bool(status);
        done = true;
    });
    QDeadlineTimer deadline(10000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(20);
    return ok;
}
} // namespace

class TestConnectDialog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeGraph::Server> m_server;

    void fill(Gui::ConnectDialog &dialog, const QString &graphUrl)
    {
        dialog.findChild<QLineEdit *>(u"tenantEdit"_s)->setText(m_server->tenantId());
        dialog.findChild<QLineEdit *>(u"clientIdEdit"_s)->setText(kClientId);
        dialog.findChild<QLineEdit *>(u"profileNameEdit"_s)->setText(u"fake-tenant"_s);
        dialog.findChild<QRadioButton *>(u"signInClientSecret"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"secretEdit"_s)->setText(kSecret);
        dialog.findChild<QGroupBox *>(u"advancedBox"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"authorityUrlEdit"_s)->setText(m_server->authority().toString());
        dialog.findChild<QLineEdit *>(u"graphUrlEdit"_s)->setText(graphUrl);
    }

    static void removeProfile()
    {
        const QString path = Services::StoreLocator::resolvePath({QString(), u"fake-tenant"_s, false});
        for (const QString &file : {path, path + u"-wal"_s, path + u"-shm"_s})
            QFile::remove(file);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FakeGraph::Options options;
        options.users = 300;
        options.groups = 12;
        options.clientSecret = kSecret;
        m_server = std::make_unique<FakeGraph::Server>(options);
        QVERIFY(m_server->start());
        removeProfile(); // a profile left by an earlier run would make the name taken
    }

    void cleanupTestCase() { removeProfile(); }

    void refusesPlainHttpOffThisComputer()
    {
        Gui::ConnectDialog dialog;
        fill(dialog, u"http://graph.example.com"_s);
        auto *connect = dialog.findChild<QPushButton *>(u"connectButton"_s);
        QVERIFY(!connect->isEnabled());
        QVERIFY2(dialog.findChild<QLabel *>(u"connectFeedback"_s)->text().contains(u"http"_s),
                 qPrintable(dialog.findChild<QLabel *>(u"connectFeedback"_s)->text()));
    }

    void refusesMissingOrMalformedIds()
    {
        Gui::ConnectDialog dialog;
        fill(dialog, m_server->graphRoot().toString());
        auto *connect = dialog.findChild<QPushButton *>(u"connectButton"_s);
        QVERIFY(connect->isEnabled());
        dialog.findChild<QLineEdit *>(u"clientIdEdit"_s)->setText(u"not-a-guid"_s);
        QVERIFY(!connect->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"connectFeedback"_s)->text().contains(u"GUID"_s));
        dialog.findChild<QLineEdit *>(u"clientIdEdit"_s)->setText(kClientId);
        dialog.findChild<QLineEdit *>(u"secretEdit"_s)->clear();
        QVERIFY(!connect->isEnabled());
    }

    // sspr-console --authority-url/--graph-url: every Connect dialog starts with them, in the advanced section.
    void commandLineEndpointsPrefill()
    {
        Gui::ConnectDialog::setDefaultEndpoints(m_server->authority(), m_server->graphRoot());
        {
            Gui::ConnectDialog dialog;
            QVERIFY(dialog.findChild<QGroupBox *>(u"advancedBox"_s)->isChecked());
            QCOMPARE(dialog.findChild<QLineEdit *>(u"graphUrlEdit"_s)->text(), m_server->graphRoot().toString());
            QCOMPARE(dialog.profile().authorityUrl, m_server->authority());
        }
        Gui::ConnectDialog::setDefaultEndpoints({}, {});
        Gui::ConnectDialog plain;
        QVERIFY(!plain.findChild<QGroupBox *>(u"advancedBox"_s)->isChecked());
    }

    void deviceCodePromptShowsCodeAndTimeLeft()
    {
        Gui::DeviceCodeDialog dialog(u"FAKE-CODE1"_s, QUrl(u"https://microsoft.com/devicelogin"_s), 900);
        QCOMPARE(dialog.findChild<QLabel *>(u"deviceCodeLabel"_s)->text(), u"FAKE-CODE1"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"deviceCodeUrl"_s)->text().contains(u"devicelogin"_s));
        auto *bar = dialog.findChild<QProgressBar *>(u"timeLeftBar"_s);
        QCOMPARE(bar->maximum(), 900);
        QVERIFY(bar->format().startsWith(u"15:00"_s) || bar->format().startsWith(u"14:5"_s));
        dialog.showError(u"The sign-in was declined."_s);
        QVERIFY(!dialog.findChild<QPushButton *>(u"copyCodeButton"_s)->isEnabled());
    }

    void wrongSecret_staysOpenWithTheReason()
    {
        if (!keychainReachable()) {
            if (qEnvironmentVariable("SSPR_REQUIRE_KEYCHAIN") == u"1"_s)
                QFAIL("no Secret Service reachable, and SSPR_REQUIRE_KEYCHAIN=1");
            QSKIP("no Secret Service reachable (run under dbus-run-session with gnome-keyring)");
        }
        Gui::ConnectDialog dialog;
        Gui::installConnector(dialog);
        fill(dialog, m_server->graphRoot().toString());
        dialog.findChild<QLineEdit *>(u"secretEdit"_s)->setText(u"Wr0ng-typed-s3cret"_s);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"connectButton"_s), Qt::LeftButton);
        auto *feedback = dialog.findChild<QLabel *>(u"connectFeedback"_s);
        QTRY_VERIFY_WITH_TIMEOUT(feedback->text().startsWith(u"Sign-in failed"_s), 15000);
        QVERIFY(dialog.isVisible());
        QVERIFY(!feedback->text().contains(u"Wr0ng-typed-s3cret"_s)); // the secret typed is never echoed
        QVERIFY(!QFile::exists(Services::StoreLocator::resolvePath({QString(), u"fake-tenant"_s, false})));
    }

    void connectThenOpen_syncsTheTenant()
    {
        if (!keychainReachable()) {
            if (qEnvironmentVariable("SSPR_REQUIRE_KEYCHAIN") == u"1"_s)
                QFAIL("no Secret Service reachable, and SSPR_REQUIRE_KEYCHAIN=1");
            QSKIP("no Secret Service reachable (run under dbus-run-session with gnome-keyring)");
        }
        {
            Gui::ConnectDialog dialog;
            Gui::installConnector(dialog);
            fill(dialog, m_server->graphRoot().toString());
            dialog.show();
            QTest::mouseClick(dialog.findChild<QPushButton *>(u"connectButton"_s), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
        }
        const QString path = Services::StoreLocator::resolvePath({QString(), u"fake-tenant"_s, false});
        QVERIFY(QFile::exists(path));
        QVERIFY(!Test::readAll(path).contains(kSecret.toUtf8()));

        auto db = Store::Database::open(path, Store::Database::OpenMode::OpenExisting);
        QVERIFY(db);
        Gui::MainWindow window(*db.value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tree = window.findChild<QTreeWidget *>(u"navigationTree"_s);
        QVERIFY(!tree->findItems(u"Outbox"_s, Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
        auto *status = window.findChild<QLabel *>(u"syncStatusLabel"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(u"Synced"_s), qPrintable(status->text()), 30000);
        const auto summary = Services::TenantSummary::read(*db.value());
        QVERIFY(summary);
        QCOMPARE(summary.value().userCount, qint64(m_server->users().size()));
        QVERIFY(!summary.value().isLocal);

        // Opening a user reads their methods from the tenant (the synced copy may be old).
        {
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(u"SELECT uid FROM users ORDER BY sort_key LIMIT 1"_s) && q.next());
            const qint64 uid = q.value(0).toLongLong();
            Gui::UserDialog dialog(*db.value(), uid);
            dialog.refreshFromTenant(window.graphSession()->client());
            auto *freshness = dialog.findChild<QLabel *>(u"methodsFreshnessLabel"_s);
            QTRY_VERIFY2_WITH_TIMEOUT(freshness->text().startsWith(u"Methods as the tenant has them"_s),
                                      qPrintable(freshness->text()), 15000);
            auto *methods = dialog.findChild<QTreeWidget *>(u"methodsList"_s);
            QVERIFY(methods);
            QVERIFY(methods->topLevelItemCount() > 0);
        }

        // A Temporary Access Pass: requested in the store's outbox, created by Graph, shown once in a dialog.
        {
            QJsonObject seen {{u"@odata.type"_s, u"#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration"_s},
                              {u"state"_s, u"disabled"_s}};
            QJsonObject body = seen;
            body.insert(u"state"_s, u"enabled"_s);
            QVERIFY(db.value()->transaction([&]() -> Core::Status {
                auto queued = Sync::OutboxChange::methodConfigurationPatch(u"TemporaryAccessPass"_s, body, seen)
                                  .enqueue(*db.value());
                return queued ? Core::Status {} : Core::Status {queued.error()};
            }));
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(u"SELECT uid FROM users ORDER BY sort_key LIMIT 1 OFFSET 3"_s) && q.next());
            Services::EnrollmentService service(*db.value(), u"tester"_s, u"console"_s);
            QVERIFY(service.requestTemporaryAccessPass(q.value(0).toLongLong(), 60, true));
            QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>(u"tapPassLabel"_s), 20000);
            const QString pass = window.findChild<QLabel *>(u"tapPassLabel"_s)->text();
            QVERIFY(pass.size() >= 8);
            QVERIFY(!Test::readAll(path).contains(pass.toUtf8()));
            QCOMPARE(m_server->counters().tapCreates, 1);
        }

        // Sign out removes the keychain entry: the next sign-in from the keychain has nothing to use.
        window.graphSession()->signOut();
        QTRY_COMPARE(window.graphSession()->state(), Services::GraphSession::State::SignedOut);
        window.graphSession()->signIn(false);
        QTRY_COMPARE_WITH_TIMEOUT(window.graphSession()->state(), Services::GraphSession::State::SignedOut, 10000);
        QVERIFY(!window.graphSession()->lastError().isEmpty());
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
