#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "appsettings.h"
#include "phonenumber.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace Sspr::Gui {

using namespace Qt::StringLiterals;
using ProxyMode = Services::AppSettings::ProxyMode;

SettingsDialog::SettingsDialog(Services::AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_ui(std::make_unique<::Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"settingsDialog"_s);

    // Each language by its own name, so that someone who cannot read the current one still finds theirs.
    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->addItem(u"Deutsch"_s, u"de"_s);
    m_ui->languageCombo->addItem(u"Português (Brasil)"_s, u"pt_BR"_s);

    struct Region
    {
        QString code;
        QString name;
    };
    QList<Region> regions;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = static_cast<QLocale::Territory>(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2 && Core::PhoneNumber::isKnownRegion(code))
            regions.append({code, QLocale::territoryToString(territory)});
    }
    std::sort(regions.begin(), regions.end(),
        [](const Region &a, const Region &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Region &region : std::as_const(regions))
        m_ui->phoneRegionCombo->addItem(tr("%1 (%2)").arg(region.name, region.code), region.code);

    for (QLabel *note : {m_ui->languageNoteLabel, m_ui->phoneRegionNoteLabel})
        note->setForegroundRole(QPalette::PlaceholderText);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        &SettingsDialog::restoreDefaults);
    connect(m_ui->proxyManualRadio, &QRadioButton::toggled, this, &SettingsDialog::updateProxyFields);
    connect(m_ui->proxyHostEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateProxyFields);

    load();
    m_ui->languageCombo->setFocus();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(m_settings.language())));
    m_ui->phoneRegionCombo->setCurrentIndex(
        std::max(0, m_ui->phoneRegionCombo->findData(m_settings.defaultPhoneRegion())));
    m_ui->qrIssuerEdit->setText(m_settings.qrIssuer());
    m_ui->qrAutoCloseSpinBox->setValue(m_settings.qrAutoCloseSeconds());
    m_ui->syncIntervalSpinBox->setValue(m_settings.syncIntervalMinutes());
    switch (m_settings.proxyMode()) {
    case ProxyMode::System:
        m_ui->proxySystemRadio->setChecked(true);
        break;
    case ProxyMode::None:
        m_ui->proxyNoneRadio->setChecked(true);
        break;
    case ProxyMode::Manual:
        m_ui->proxyManualRadio->setChecked(true);
        break;
    }
    m_ui->proxyHostEdit->setText(m_settings.proxyHost());
    m_ui->proxyPortSpinBox->setValue(m_settings.proxyPort());
    updateProxyFields();
}

void SettingsDialog::restoreDefaults()
{
    m_ui->languageCombo->setCurrentIndex(0);
    m_ui->phoneRegionCombo->setCurrentIndex(
        std::max(0, m_ui->phoneRegionCombo->findData(Services::AppSettings::systemPhoneRegion())));
    m_ui->qrIssuerEdit->clear();
    m_ui->qrAutoCloseSpinBox->setValue(Services::AppSettings::kDefaultQrAutoCloseSeconds);
    m_ui->syncIntervalSpinBox->setValue(Services::AppSettings::kDefaultSyncIntervalMinutes);
    m_ui->proxySystemRadio->setChecked(true);
    m_ui->proxyHostEdit->clear();
    m_ui->proxyPortSpinBox->setValue(Services::AppSettings::kDefaultProxyPort);
}

void SettingsDialog::updateProxyFields()
{
    const bool manual = m_ui->proxyManualRadio->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_ui->proxyHostLabel, m_ui->proxyHostEdit, m_ui->proxyPortLabel, m_ui->proxyPortSpinBox})
        w->setEnabled(manual);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    const bool missingHost = manual && m_ui->proxyHostEdit->text().trimmed().isEmpty();
    ok->setEnabled(!missingHost);
    ok->setToolTip(missingHost ? tr("Enter the proxy's host name, or choose another proxy setting.") : QString());
}

void SettingsDialog::accept()
{
    const QString language = m_ui->languageCombo->currentData().toString();
    m_languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.setDefaultPhoneRegion(m_ui->phoneRegionCombo->currentData().toString());
    m_settings.setQrIssuer(m_ui->qrIssuerEdit->text());
    m_settings.setQrAutoCloseSeconds(m_ui->qrAutoCloseSpinBox->value());
    m_settings.setSyncIntervalMinutes(m_ui->syncIntervalSpinBox->value());
    m_settings.setProxyMode(m_ui->proxyManualRadio->isChecked() ? ProxyMode::Manual
            : m_ui->proxyNoneRadio->isChecked()                 ? ProxyMode::None
                                                                : ProxyMode::System);
    m_settings.setProxyHost(m_ui->proxyHostEdit->text());
    m_settings.setProxyPort(m_ui->proxyPortSpinBox->value());
    if (!m_settings.sync()) {
        QMessageBox::warning(this, tr("Settings"),
            tr("The settings could not be saved to %1.").arg(QDir::toNativeSeparators(m_settings.fileName())));
        return;
    }
    QDialog::accept();
}

} // namespace Sspr::Gui
