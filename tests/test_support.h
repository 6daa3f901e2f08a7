// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace yc::test {

/// The repository's top folder (for seeds/, maps/ and the sources).
QString sourceDir();
/// tests/data/
QString dataDir();
/// The built yuncheng-planner executable.
QString plannerBinary();
/// The report text bundled in seeds/.
QString bundledReportText();

} // namespace yc::test
