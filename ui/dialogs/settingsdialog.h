#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace Sspr::Services {
class AppSettings;
}

namespace Sspr::Gui {

// Preferences: language (applied at the next start), default phone region, QR issuer and auto-close time, sync
// interval and proxy. Reads the AppSettings it is given and writes them back when accepted.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Services::AppSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;
    // True after accept() when the language differs from the one in effect (a restart is needed).
    bool languageChanged() const { return m_languageChanged; }

private:
    void load();
    void restoreDefaults();
    void updateProxyFields();

    Services::AppSettings &m_settings;
    std::unique_ptr<::Ui::SettingsDialog> m_ui;
    bool m_languageChanged = false;
};

} // namespace Sspr::Gui
