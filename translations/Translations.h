// Loads the embedded translations for the user's language: Vietnamese when
// the system (or the saved setting) is Vietnamese, English otherwise.
#pragma once

#include <QString>

class QCoreApplication;

namespace ttcs {

// "vi", "en", or empty to follow the system.
QString preferredLanguage();
void setPreferredLanguage(const QString &language);

// Installs the translators for `language` (empty: preferredLanguage(),
// then the system locale) and returns the language chosen.
QString installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace ttcs
