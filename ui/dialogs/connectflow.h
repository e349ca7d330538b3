#pragma once

namespace Sspr::Secrets {
class SecretStore;
}

namespace Sspr::Gui {

class ConnectDialog;

// The console's keychain (one per process: QtKeychain jobs are cheap, the object just names the service).
Secrets::SecretStore &consoleSecrets();

// Makes Connect in the dialog sign in for real: Services::ProfileConnector does the work, the device-code prompt or
// the system browser does the interactive step, and the dialog closes when the profile is written.
void installConnector(ConnectDialog &dialog);

} // namespace Sspr::Gui
