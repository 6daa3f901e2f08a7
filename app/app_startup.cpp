// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_startup.h"

#include "bundled_data.h"
#include "cli/cli_command.h"
#include "i18n.h"
#include "main_window.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QScreen>
#include <QStatusBar>

#include <cstdio>

namespace yc {

namespace {

struct GuiArguments {
    QString language;   ///< from --lang; empty when not given
    QString project;    ///< first positional argument
};

GuiArguments parseGuiArguments(const QStringList &args)
{
    GuiArguments out;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--lang") && i + 1 < args.size())
            out.language = args.at(++i);
        else if (a.startsWith(QLatin1String("--lang=")))
            out.language = a.mid(7);
        else if (a == QLatin1String("--project") && i + 1 < args.size())   // a file or postgresql://…
            out.project = args.at(++i);
        else if (!a.startsWith(QLatin1Char('-')) && out.project.isEmpty())
            out.project = a;
    }
    return out;
}

// One font for Latin and Chinese alike, so mixed labels keep one look.
void useCjkFont()
{
    const QString family = QStringLiteral("WenQuanYi Micro Hei");
    if (!QFontDatabase::families().contains(family))
        return;
    QFont font = QApplication::font();
    font.setFamily(family);
    QApplication::setFont(font);
}

// Sub-commands write their own one-line errors; Qt's complaint about a missing XDG_RUNTIME_DIR (common in
// scripts and CI) would only bury them.
QtMessageHandler previousMessageHandler = nullptr;

void quietCliMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: ")))
        return;
    if (previousMessageHandler)
        previousMessageHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, message)));
}

} // namespace

int runApplication(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (cli::isCliInvocation(args)) {
        // Sub-commands never need a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        previousMessageHandler = qInstallMessageHandler(quietCliMessages);
        QGuiApplication app(argc, argv);
        return cli::runCli(args);
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Yuncheng Planner"));
    QApplication::setApplicationName(QStringLiteral("yuncheng-planner"));
    QApplication::setApplicationVersion(QString::fromLatin1(YC_VERSION));
    useCjkFont();

    const GuiArguments gui = parseGuiArguments(args);
    i18n::installTranslations(i18n::chooseLanguage(gui.language, i18n::savedLanguage(), QLocale::system().name()));

    MainWindow window;
    // Open on most of the screen: a map wants room.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        window.resize(screen->availableGeometry().size() * 0.92);
    window.show();
    const QString path = gui.project.isEmpty() ? bundledProjectPath() : gui.project;
    if (gui.project.isEmpty() && !QFileInfo::exists(path))
        window.statusBar()->showMessage(
            QCoreApplication::translate("yc::MainWindow", "The bundled project was not found at %1.").arg(path));
    else
        window.openProject(path);
    return QApplication::exec();
}

} // namespace yc
