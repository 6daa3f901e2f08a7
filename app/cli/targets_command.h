// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_command.h"

namespace yc::cli {

/// `targets PROJECT.gpkg [--json]`: the report's quantitative targets with their current values and the share
/// achieved; `--target ID --value V [--date D] [--note N]` records a new current value (kept with its history)
/// and saves the project atomically, e.g. from a script that reads the statistics bureau's figures.
Command targetsCommand();

} // namespace yc::cli
