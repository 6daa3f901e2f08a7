// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_command.h"

namespace yc::cli {

/// `render --out X.png --size WxH`: draws a project and/or vector and raster files with the map renderer,
/// headless, into a PNG.
Command renderCommand();

} // namespace yc::cli
