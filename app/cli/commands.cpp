// SPDX-License-Identifier: GPL-3.0-or-later
// The table of sub-commands. Each command lives in its own file and is listed here.
#include "cli/cli_command.h"
#include "cli/convert_command.h"
#include "cli/export_command.h"
#include "cli/info_command.h"
#include "cli/new_command.h"
#include "cli/publish_command.h"
#include "cli/render_command.h"
#include "cli/targets_command.h"

#include <QCoreApplication>

namespace yc::cli {

QList<Command> commands()
{
    return {
        convertCommand(),
        exportCommand(),
        infoCommand(),
        newCommand(),
        publishCommand(),
        renderCommand(),
        targetsCommand(),
    };
}

} // namespace yc::cli
