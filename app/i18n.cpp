// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace yc::i18n {

namespace {

const char *const kSettingsKey = "ui/language";
const char *const kLanguageProperty = "yc_language";
const char *const kTranslatorName = "yc_translator";

QString normalised(const QString &name)
{
    if (name.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
        return QStringLiteral("zh_CN");
    if (name.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
        return QStringLiteral("en");
    return {};
}

} // namespace

QStringList supportedLanguages() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }

QString chooseLanguage(const QString &argument, const QString &saved, const QString &systemLocaleName)
{
    for (const QString &candidate : {argument, saved}) {
        const QString n = normalised(candidate);
        if (!n.isEmpty())
            return n;
    }
    return systemLocaleName.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString savedLanguage()
{
    return normalised(QSettings().value(QLatin1String(kSettingsKey)).toString());
}

void saveLanguage(const QString &language)
{
    QSettings().setValue(QLatin1String(kSettingsKey), language);
}

bool installTranslations(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    const QList<QTranslator *> old = app->findChildren<QTranslator *>(QLatin1String(kTranslatorName));
    for (QTranslator *t : old) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    const auto install = [app](QTranslator *t) {
        t->setParent(app);
        t->setObjectName(QLatin1String(kTranslatorName));
        QCoreApplication::installTranslator(t);
    };
    // Qt's own strings (dialog buttons, context menus) when the distribution ships them.
    auto *qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(qt);
    else
        delete qt;
    app->setProperty(kLanguageProperty, language);
    // qt_add_translations keeps the .qm's folder (i18n/, its OUTPUT_LOCATION) in the resource alias.
    for (const QString &dir : {QStringLiteral(":/i18n/i18n"), QStringLiteral(":/i18n")}) {
        auto *own = new QTranslator;
        if (own->load(QStringLiteral("yuncheng-planner_") + language, dir)) {
            install(own);
            return true;
        }
        delete own;
    }
    return language == QLatin1String("en");   // English is the source language: nothing to load is fine
}

QString currentLanguage()
{
    const QString lang = QCoreApplication::instance()->property(kLanguageProperty).toString();
    return lang.isEmpty() ? QStringLiteral("en") : lang;
}

} // namespace yc::i18n
