// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_command.h"

namespace yc::cli {

/// `convert IN OUT`: copies one vector layer to a GeoPackage or GeoJSON file, optionally between GCJ-02
/// (Chinese web maps) and WGS84 and repairing invalid geometries on the way.
Command convertCommand();

} // namespace yc::cli
