#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ttcs {

namespace {
const QString kLanguageKey = QStringLiteral("language");
}

QString preferredLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void setPreferredLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("TTCS_LANGUAGE");
    if (lang.isEmpty())
        lang = preferredLanguage();
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Vietnamese ? QStringLiteral("vi")
                                                                   : QStringLiteral("en");
    if (lang != QLatin1String("vi"))
        lang = QStringLiteral("en");

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/ttcs_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Qt's own dialogs and buttons, when the system has Qt's translations.
    auto *qt = new QTranslator(&app);
    // Qt ships no Vietnamese: ours, embedded, covers the buttons and menus.
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qt->load(QStringLiteral(":/i18n/qt_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(
        QLocale(lang == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                lang == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedKingdom));
    return lang;
}

} // namespace ttcs
