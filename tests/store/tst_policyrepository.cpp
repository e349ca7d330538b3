// PolicyRepository: the unified Authentication methods policy survives a save and a load unchanged, whatever it
// holds (targets with their per-method settings, the campaign, fields the console does not model).
#include "authmethodspolicy.h"
#include "database.h"
#include "migrations.h"
#include "policyrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Core = Sspr::Core;
using Sspr::Store::PolicyRepository;

class TestPolicyRepository final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sspr::Store::Database> m_db;
    int m_count = 0;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static Core::AuthMethodsPolicy richPolicy()
    {
        Core::AuthMethodsPolicy p = Core::AuthMethodsPolicy::defaults();
        p.policyMigrationState = Core::PolicyMigrationState::MigrationComplete;
        p.displayName = u"Authentication Methods Policy"_s;
        p.description = u"The tenant-wide policy"_s;
        p.policyVersion = u"1.5"_s;
        p.lastModifiedDateTime = u"2025-03-01T10:00:00Z"_s;
        p.reconfirmationInDays = 90;
        p.extra.insert(
            u"@odata.context"_s, u"https://graph.microsoft.com/v1.0/$metadata#authenticationMethodsPolicy"_s);
        p.registrationEnforcementExtra.insert(u"futureSetting"_s, true);

        Core::MethodConfiguration &sms = p.ensureConfiguration(Core::AuthMethodKind::Sms);
        sms.includeTargets = {Core::MethodTarget::group(u"11111111-1111-1111-1111-111111111111"_s),
            Core::MethodTarget::group(u"22222222-2222-2222-2222-222222222222"_s)};
        sms.includeTargets[0].isUsableForSignIn = true;
        sms.includeTargets[1].isRegistrationRequired = true;
        sms.excludeTargets = {Core::ExcludeTarget {u"33333333-3333-3333-3333-333333333333"_s}};
        Core::MethodConfiguration &authenticator = p.ensureConfiguration(Core::AuthMethodKind::MicrosoftAuthenticator);
        authenticator.isSoftwareOathEnabled = true;
        authenticator.includeTargets[0].authenticationMode = u"push"_s;
        authenticator.extra.insert(u"featureSettings"_s,
            QJsonObject {{u"numberMatchingRequiredState"_s, QJsonObject {{u"state"_s, u"enabled"_s}}}});
        Core::MethodConfiguration &voice = p.ensureConfiguration(Core::AuthMethodKind::Voice);
        voice.enabled = true;
        voice.isOfficePhoneAllowed = true;
        Core::MethodConfiguration &tap = p.ensureConfiguration(Core::AuthMethodKind::TemporaryAccessPass);
        tap.enabled = true;
        tap.minimumLifetimeInMinutes = 30;
        tap.defaultLifetimeInMinutes = 120;
        tap.maximumLifetimeInMinutes = 600;
        tap.defaultLength = 12;
        tap.isUsableOnce = true;
        Core::MethodConfiguration &fido = p.ensureConfiguration(Core::AuthMethodKind::Fido2);
        fido.isAttestationEnforced = false;
        fido.extra.insert(u"keyRestrictions"_s,
            QJsonObject {{u"enforcementType"_s, u"block"_s}, {u"aaGuids"_s, QJsonArray {u"a-b-c"_s}}});
        Core::MethodConfiguration &email = p.ensureConfiguration(Core::AuthMethodKind::Email);
        email.allowExternalIdToUseEmailOtp = Core::FeatureState::Disabled;

        Core::RegistrationCampaign &c = p.registrationCampaign;
        c.state = Core::FeatureState::Enabled;
        c.snoozeDurationInDays = 7;
        c.enforceRegistrationAfterAllowedSnoozes = false;
        Core::CampaignTarget group;
        group.id = u"44444444-4444-4444-4444-444444444444"_s;
        c.includeTargets.append(group);
        Core::CampaignTarget fidoTarget;
        fidoTarget.id = u"55555555-5555-5555-5555-555555555555"_s;
        fidoTarget.targetedAuthenticationMethod = u"fido2"_s;
        c.includeTargets.append(fidoTarget);
        c.excludeTargets = {Core::ExcludeTarget {u"66666666-6666-6666-6666-666666666666"_s}};
        return p;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto db = Sspr::Store::Database::open(
            m_dir.filePath(u"repo%1.sqlite"_s.arg(++m_count)), Sspr::Store::Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        m_db = std::move(db).value();
    }

    void cleanup() { m_db.reset(); }

    void schema_isAtTheLatestVersion() { QCOMPARE(m_db->schemaVersion(), Sspr::Store::latestSchemaVersion()); }

    void load_nothingStored_givesDefaults()
    {
        auto loaded = PolicyRepository(*m_db).loadAuthMethodsPolicy();
        QVERIFY(loaded);
        QCOMPARE(loaded.value(), Core::AuthMethodsPolicy::defaults());
    }

    void load_seededDefaults()
    {
        QVERIFY(PolicyRepository(*m_db).writeDefaultAuthMethodsPolicy());
        auto loaded = PolicyRepository(*m_db).loadAuthMethodsPolicy();
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->policyMigrationState, Core::PolicyMigrationState::MigrationInProgress);
        QCOMPARE(loaded->configurations.size(), qsizetype(9));
        const Core::MethodConfiguration *sms = loaded->configuration(Core::AuthMethodKind::Sms);
        QVERIFY(sms && sms->enabled && sms->includesAllUsers());
        QVERIFY(!loaded->configuration(Core::AuthMethodKind::Voice)->enabled);
        QCOMPARE(loaded->configuration(Core::AuthMethodKind::TemporaryAccessPass)->maximumLifetimeInMinutes, 480);
    }

    void saveLoad_roundTrip_keepsEverything()
    {
        const Core::AuthMethodsPolicy policy = richPolicy();
        QVERIFY(PolicyRepository(*m_db).saveAuthMethodsPolicy(policy));
        auto loaded = PolicyRepository(*m_db).loadAuthMethodsPolicy();
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        if (loaded.value() != policy) // show where they differ
            QCOMPARE(QJsonDocument(loaded->toJson()).toJson(), QJsonDocument(policy.toJson()).toJson());
        QCOMPARE(loaded.value(), policy);
        // What the console queries has its columns.
        QCOMPARE(scalar(u"SELECT campaign_snooze_days FROM auth_methods_policy"_s), 7);
        QCOMPARE(scalar(u"SELECT campaign_limited_snoozes FROM auth_methods_policy"_s), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM method_targets WHERE method_id = 'Sms' AND direction = 'include'"_s), 2);
        QCOMPARE(scalar(u"SELECT count(*) FROM method_targets WHERE direction = 'campaignInclude'"_s), 3);
        QCOMPARE(scalar(u"SELECT count(*) FROM method_configurations WHERE state = 'enabled'"_s), 5);
    }

    void save_replacesThePreviousPolicy()
    {
        PolicyRepository repository(*m_db);
        QVERIFY(repository.saveAuthMethodsPolicy(richPolicy()));
        Core::AuthMethodsPolicy smaller = Core::AuthMethodsPolicy::defaults();
        smaller.configurations.removeIf(
            [](const Core::MethodConfiguration &c) { return c.kind == Core::AuthMethodKind::X509Certificate; });
        smaller.registrationCampaign.includeTargets.clear();
        QVERIFY(repository.saveAuthMethodsPolicy(smaller));
        auto loaded = repository.loadAuthMethodsPolicy();
        QVERIFY(loaded);
        QCOMPARE(loaded.value(), smaller);
        QCOMPARE(scalar(u"SELECT count(*) FROM method_configurations"_s), 8);
        QCOMPARE(scalar(u"SELECT count(*) FROM auth_methods_policy"_s), 1);
    }

    void save_inCallersTransaction_rollsBackWithIt()
    {
        PolicyRepository repository(*m_db);
        QVERIFY(repository.saveAuthMethodsPolicy(Core::AuthMethodsPolicy::defaults()));
        const auto status = m_db->transaction([&]() -> Core::Status {
            if (auto s = repository.saveAuthMethodsPolicyWithoutTransaction(richPolicy()); !s)
                return s;
            return Core::Error {u"abandoned"_s};
        });
        QVERIFY(!status);
        QCOMPARE(repository.loadAuthMethodsPolicy().value(), Core::AuthMethodsPolicy::defaults());
    }

    void load_damagedJson_isAnError()
    {
        QVERIFY(PolicyRepository(*m_db).saveAuthMethodsPolicy(Core::AuthMethodsPolicy::defaults()));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"UPDATE method_configurations SET settings = '{not json' WHERE id = 'Sms'"_s));
        auto loaded = PolicyRepository(*m_db).loadAuthMethodsPolicy();
        QVERIFY(!loaded);
        QVERIFY(loaded.errorMessage().contains(u"damaged"_s));
    }
};

QTEST_GUILESS_MAIN(TestPolicyRepository)
#include "tst_policyrepository.moc"
