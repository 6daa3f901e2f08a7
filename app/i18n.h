// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace yc::i18n {

/// The user-interface languages the app ships: "zh_CN" and "en".
QStringList supportedLanguages();
/// The language to use: `argument` (from --lang) when supported, else `saved` (QSettings "ui/language"),
/// else the system locale (zh* → zh_CN, anything else → en).
QString chooseLanguage(const QString &argument, const QString &saved, const QString &systemLocaleName);
/// The saved choice of the Settings ▸ Language menu; empty when the user has not chosen.
QString savedLanguage();
void saveLanguage(const QString &language);
/// Installs the app's and Qt's own translators for `language` on the running application, replacing the ones
/// an earlier call installed. Returns false when the app's translation could not be loaded.
bool installTranslations(const QString &language);
/// The language installTranslations() last installed ("en" before any call).
QString currentLanguage();

} // namespace yc::i18n
