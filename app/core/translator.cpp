#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Sspr::Core::Translator {

using namespace Qt::StringLiterals;

void install(QCoreApplication *app, const QString &languageOverride)
{
    const QLocale locale = languageOverride.isEmpty() ? QLocale() : QLocale(languageOverride);
    if (!languageOverride.isEmpty())
        QLocale::setDefault(locale);
    // A language we do not ship falls back to English, whose file carries the plural forms ("1 user", "6 users").
    auto *ours = new QTranslator(app);
    if (ours->load(locale, u"sspr"_s, u"_"_s, u":/i18n"_s) || ours->load(u"sspr_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

QStringList availableLanguages()
{
    return {u"en"_s, u"de"_s, u"pt_BR"_s};
}

} // namespace Sspr::Core::Translator
