// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace yc {

/// The folder holding the bundled data (maps/, seeds/): $YC_DATA_DIR, else <exe dir>/../share/yuncheng-planner
/// when it exists (installed), else the source tree the program was built from.
QString bundledDataDir();
/// <bundledDataDir()>/maps/yuncheng.gpkg
QString bundledProjectPath();

} // namespace yc
