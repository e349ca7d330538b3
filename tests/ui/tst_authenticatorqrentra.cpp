// The Authenticator QR page's Entra ID option in a Graph profile, against the in-process fake Graph server: hidden
// without a session; ticked, Generate signs in from the keychain, registers the key as a hardware OATH token (beta)
// and offers the activation, which a code from the shown key completes; refused for other clouds.
#include "authenticatorqrpage.h"
#include "base32.h"
#include "database.h"
#include "fakegraphserver.h"
#include "graphsession.h"
#include "hardwareoathregistrar.h"
#include "memorysecretstore.h"
#include "tenantprofile.h"
#include "totp.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sspr;
using Gui::AuthenticatorQrPage;

namespace {

constexpr int kTimeoutMs = 20000;
const QString kSecret = u"fake-client-secret"_s;
const QString kClientId = u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s;

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child named %s", qPrintable(name));
    return found;
}

} // namespace

class TestAuthenticatorQrEntra final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeGraph::Server> m_server;
    std::unique_ptr<Store::Database> m_db;
    std::unique_ptr<Secrets::MemorySecretStore> m_secrets;
    qint64 m_uid = 0;
    QString m_userId;
    int m_count = 0;

    Services::TenantProfile profile(Graph::Cloud cloud = Graph::Cloud::Global) const
    {
        Services::TenantProfile p;
        p.name = u"fake"_s;
        p.displayName = u"Contoso"_s;
        p.cloud = cloud;
        p.tenant = m_server->tenantId();
        p.clientId = kClientId;
        p.signIn = Services::TenantProfile::SignIn::ClientSecret;
        p.graphUrl = m_server->graphRoot();
        p.authorityUrl = m_server->authority();
        return p;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        FakeGraph::Options options;
        options.users = 5;
        options.groups = 1;
        options.clientSecret = kSecret;
        m_server = std::make_unique<FakeGraph::Server>(options);
        QVERIFY(m_server->start());
        auto db = Store::Database::open(
            m_dir.filePath(u"entra%1.sqlite"_s.arg(++m_count)), Store::Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        QVERIFY(m_db->exec(u"INSERT INTO tenant (id, name, domain, kind, created_at) "
                           "VALUES (1, 'Contoso', 'contoso.onmicrosoft.com', 'graph', '2025-01-01')"_s));
        const QString upn = u"qr.entra@contoso.onmicrosoft.com"_s;
        m_userId = m_server->addUser(QJsonObject {{u"displayName"_s, u"QR Entra"_s}, {u"userPrincipalName"_s, upn}});
        QSqlQuery q(m_db->connection());
        q.prepare(u"INSERT INTO users (id, sort_key, upn, display_name) VALUES (?, ?, ?, ?)"_s);
        q.bindValue(0, m_userId);
        q.bindValue(1, qint64(1) << 20);
        q.bindValue(2, upn);
        q.bindValue(3, u"QR Entra"_s);
        QVERIFY(q.exec());
        m_uid = q.lastInsertId().toLongLong();
        m_secrets = std::make_unique<Secrets::MemorySecretStore>();
        bool written = false;
        QObject context;
        m_secrets->write(
            profile().secretKey(u"client-secret"_s), kSecret, &context, [&](Core::Status) { written = true; });
        QTRY_VERIFY(written);
    }

    void cleanup()
    {
        m_db.reset();
        m_secrets.reset();
        m_server.reset();
    }

    void hiddenWithoutASession()
    {
        AuthenticatorQrPage page(*m_db);
        page.show();
        QVERIFY(!child<QWidget>(&page, u"entraRegisterBox"_s)->isVisible());
        QVERIFY(page.setUser(m_uid));
        QVERIFY(page.generate());
        QVERIFY(!page.entraRegistrar());
        QCOMPARE(m_server->counters().graphRequests, 0);
    }

    void registersOnGenerateThenActivates()
    {
        Services::GraphSession session(profile(), *m_db, *m_secrets);
        AuthenticatorQrPage page(*m_db);
        page.setGraphSession(&session);
        page.resize(1000, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *box = child<QWidget>(&page, u"entraRegisterBox"_s);
        auto *check = child<QCheckBox>(&page, u"entraRegisterCheckBox"_s);
        auto *note = child<QLabel>(&page, u"entraNoteLabel"_s);
        auto *status = child<QLabel>(&page, u"entraStatusLabel"_s);
        auto *code = child<QLineEdit>(&page, u"entraCodeEdit"_s);
        auto *activate = child<QPushButton>(&page, u"entraActivateButton"_s);
        QVERIFY(box->isVisible());
        QVERIFY(check->isEnabled());
        QVERIFY(!check->isChecked());
        QVERIFY(note->text().contains(u"beta"_s));
        QVERIFY(note->text().contains(u"not kept"_s));
        QVERIFY(!code->isVisible());

        check->setChecked(true);
        QVERIFY(page.setUser(m_uid));
        QVERIFY(page.generate());
        // The session signs in from the keychain first, then the token is registered.
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"registered in Entra ID"_s), kTimeoutMs);
        QVERIFY(page.entraRegistrar());
        QCOMPARE(session.state(), Services::GraphSession::State::Ready);
        QCOMPARE(m_server->counters().oathDeviceCreates, 1);
        const QString deviceId = page.entraRegistrar()->deviceId();
        QJsonObject device;
        for (const QJsonValue &v : m_server->hardwareOathDevices()) {
            if (v.toObject().value(u"id"_s).toString() == deviceId)
                device = v.toObject();
        }
        QCOMPARE(device.value(u"status"_s).toString(), u"assigned"_s);
        QCOMPARE(device.value(u"assignedTo"_s).toObject().value(u"id"_s).toString(), m_userId);
        QVERIFY(code->isVisible());
        QVERIFY(code->isEnabled());
        QVERIFY(!check->isEnabled()); // one registration per key

        // Every new visible control has a name for screen readers.
        for (QWidget *w : std::initializer_list<QWidget *> {check, note, status, code, activate})
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));

        // A wrong code: refused, readable, the field stays for another try.
        QTest::keyClicks(code, u"000000"_s);
        const auto secret = Core::Base32::decode(child<QLineEdit>(&page, u"secretEdit"_s)->text());
        QVERIFY(secret);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        bool zerosValid = false;
        for (int step = -1; step <= 1; ++step)
            zerosValid = zerosValid || Core::Totp::code(secret.value(), now + step * 30, {}) == u"000000"_s;
        if (!zerosValid) {
            QTest::mouseClick(activate, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"did not activate"_s), kTimeoutMs);
            QVERIFY(code->isEnabled());
        }

        // The code the app shows now, typed and Enter.
        code->clear();
        QTest::keyClicks(code, Core::Totp::code(secret.value(), QDateTime::currentSecsSinceEpoch(), {}));
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Activated"_s), kTimeoutMs);
        for (const QJsonValue &v : m_server->hardwareOathDevices()) {
            if (v.toObject().value(u"id"_s).toString() == deviceId)
                device = v.toObject();
        }
        QCOMPARE(device.value(u"status"_s).toString(), u"activated"_s);
        QVERIFY(!code->isEnabled());

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT graph_device_id FROM oath_tokens"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), deviceId);

        // A new key starts over: the option is offered again.
        check->setChecked(false);
        QVERIFY(page.generate());
        QVERIFY(!page.entraRegistrar());
        QVERIFY(check->isEnabled());
        QVERIFY(!code->isVisible());
        QCOMPARE(m_server->counters().oathDeviceCreates, 1);
    }

    void otherCloudsRefused()
    {
        Services::GraphSession session(profile(Graph::Cloud::UsGov), *m_db, *m_secrets);
        AuthenticatorQrPage page(*m_db);
        page.setGraphSession(&session);
        page.show();
        auto *check = child<QCheckBox>(&page, u"entraRegisterCheckBox"_s);
        auto *status = child<QLabel>(&page, u"entraStatusLabel"_s);
        QVERIFY(check->isVisible());
        QVERIFY(!check->isEnabled());
        QVERIFY2(status->text().contains(u"global cloud"_s), qPrintable(status->text()));
        QVERIFY(page.setUser(m_uid));
        QVERIFY(page.generate());
        QVERIFY(!page.entraRegistrar());
        QCOMPARE(m_server->counters().oathDeviceCreates, 0);
    }

    void sha512DisablesTheOption()
    {
        Services::GraphSession session(profile(), *m_db, *m_secrets);
        AuthenticatorQrPage page(*m_db);
        page.setGraphSession(&session);
        page.show();
        auto *check = child<QCheckBox>(&page, u"entraRegisterCheckBox"_s);
        auto *status = child<QLabel>(&page, u"entraStatusLabel"_s);
        auto *algorithm = child<QComboBox>(&page, u"algorithmCombo"_s);
        QVERIFY(check->isEnabled());
        algorithm->setCurrentIndex(algorithm->findText(u"SHA512"_s));
        QVERIFY(!check->isEnabled());
        QVERIFY(status->text().contains(u"SHA1 or SHA256"_s));
        algorithm->setCurrentIndex(0);
        QVERIFY(check->isEnabled());
        QVERIFY(status->text().isEmpty());
    }
};

QTEST_MAIN(TestAuthenticatorQrEntra)
#include "tst_authenticatorqrentra.moc"
