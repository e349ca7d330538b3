#pragma once

#include <QString>

class QCoreApplication;

namespace Sspr::Core {

// Loads our embedded translations and Qt's own for the system language, or for an override ("de", "pt_BR").
namespace Translator {
void install(QCoreApplication *app, const QString &languageOverride = {});
// Languages we ship, as locale names, English first.
QStringList availableLanguages();
} // namespace Translator

} // namespace Sspr::Core
