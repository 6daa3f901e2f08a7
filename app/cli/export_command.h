// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_command.h"

namespace yc::cli {

/// `export --out map.pdf [...]`: prints a project (the bundled one by default) as a georeferenced vector PDF,
/// one page or an atlas of one page per report section. Progress goes to stderr.
Command exportCommand();

} // namespace yc::cli
