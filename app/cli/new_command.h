// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_command.h"

namespace yc::cli {

/// `new --report R --plan P --out O [--base B]...`: builds a project file from the report text, a plan seed
/// and the vector layers of base GeoPackages (this is how maps/yuncheng.gpkg is made from seeds/).
Command newCommand();

} // namespace yc::cli
