#include "appsettings.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Sspr::Gui::SettingsDialog;
using Sspr::Services::AppSettings;

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    template<typename T> static T *child(QWidget &parent, const QString &name)
    {
        auto *w = parent.findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void accept_writesEverySetting()
    {
        AppSettings settings(m_dir.filePath(u"accept.ini"_s));
        SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *language = child<QComboBox>(dialog, u"languageCombo"_s);
        QCOMPARE(language->currentData().toString(), QString()); // follows the system
        language->setCurrentIndex(language->findData(u"de"_s));
        auto *region = child<QComboBox>(dialog, u"phoneRegionCombo"_s);
        region->setCurrentIndex(region->findData(u"BR"_s));
        QTest::keyClicks(child<QLineEdit>(dialog, u"qrIssuerEdit"_s), u"Contoso IT"_s);
        child<QSpinBox>(dialog, u"qrAutoCloseSpinBox"_s)->setValue(0);
        child<QSpinBox>(dialog, u"syncIntervalSpinBox"_s)->setValue(30);
        child<QRadioButton>(dialog, u"proxyManualRadio"_s)->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(dialog, u"proxyHostEdit"_s), u"proxy.contoso.com"_s);
        child<QSpinBox>(dialog, u"proxyPortSpinBox"_s)->setValue(3128);
        child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.languageChanged());

        AppSettings reread(m_dir.filePath(u"accept.ini"_s));
        QCOMPARE(reread.language(), u"de"_s);
        QCOMPARE(reread.defaultPhoneRegion(), u"BR"_s);
        QCOMPARE(reread.qrIssuer(), u"Contoso IT"_s);
        QCOMPARE(reread.qrAutoCloseSeconds(), 0);
        QCOMPARE(reread.syncIntervalMinutes(), 30);
        QCOMPARE(reread.proxyMode(), AppSettings::ProxyMode::Manual);
        QCOMPARE(reread.proxyHost(), u"proxy.contoso.com"_s);
        QCOMPARE(reread.proxyPort(), 3128);
    }

    void manualProxy_needsAHost()
    {
        AppSettings settings(m_dir.filePath(u"proxy.ini"_s));
        SettingsDialog dialog(settings);
        auto *ok = child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
        auto *host = child<QLineEdit>(dialog, u"proxyHostEdit"_s);
        QVERIFY(!host->isEnabled());
        child<QRadioButton>(dialog, u"proxyManualRadio"_s)->setChecked(true);
        QVERIFY(host->isEnabled());
        QVERIFY(!ok->isEnabled());
        host->setText(u"10.0.0.1"_s);
        QVERIFY(ok->isEnabled());
        child<QRadioButton>(dialog, u"proxyNoneRadio"_s)->setChecked(true);
        QVERIFY(!host->isEnabled());
        QVERIFY(ok->isEnabled());
    }

    void cancel_changesNothing_andRestoreDefaultsResetsTheForm()
    {
        const QString file = m_dir.filePath(u"cancel.ini"_s);
        {
            AppSettings settings(file);
            settings.setQrIssuer(u"Kept"_s);
            settings.setSyncIntervalMinutes(60);
            QVERIFY(settings.sync());
        }
        AppSettings settings(file);
        SettingsDialog dialog(settings);
        auto *issuer = child<QLineEdit>(dialog, u"qrIssuerEdit"_s);
        QCOMPARE(issuer->text(), u"Kept"_s);
        child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(issuer->text(), QString());
        QCOMPARE(child<QSpinBox>(dialog, u"syncIntervalSpinBox"_s)->value(), AppSettings::kDefaultSyncIntervalMinutes);
        dialog.reject();
        QCOMPARE(AppSettings(file).qrIssuer(), u"Kept"_s);
        QCOMPARE(AppSettings(file).syncIntervalMinutes(), 60);
    }

    // The restart note is there, and every field is labelled with a mnemonic.
    void labels_haveBuddiesAndMnemonics()
    {
        AppSettings settings(m_dir.filePath(u"labels.ini"_s));
        SettingsDialog dialog(settings);
        QVERIFY(child<QLabel>(dialog, u"languageNoteLabel"_s)->text().contains(u"restart"_s));
        const auto labels = dialog.findChildren<QLabel *>();
        int buddies = 0;
        for (QLabel *label : labels) {
            if (!label->buddy())
                continue;
            ++buddies;
            QVERIFY2(label->text().contains(u'&'), qPrintable(label->objectName()));
        }
        QCOMPARE(buddies, 7);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
