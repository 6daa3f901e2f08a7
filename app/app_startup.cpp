// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_startup.h"

#include "cli/cli_command.h"

#include <QApplication>
#include <QGuiApplication>

namespace yc {

int runApplication(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (cli::isCliInvocation(args)) {
        // Sub-commands never need a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return cli::runCli(args);
    }
    QApplication app(argc, argv);
    return 0;
}

} // namespace yc
