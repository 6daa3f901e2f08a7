// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_command.h"

namespace yc::cli {

/// `publish [--project P] --to postgresql://…?schema=NAME [--replace]`: copies a project into PostGIS so that
/// a team can share it (see core/storage/README.md).
Command publishCommand();

} // namespace yc::cli
