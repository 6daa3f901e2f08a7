// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_command.h"

namespace yc::cli {

/// `info FILE…`: what GDAL finds in vector and raster files (layers, types, CRS, extent, fields, encoding),
/// as text or one JSON document, optionally with every feature.
Command infoCommand();

} // namespace yc::cli
