// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace yc {

/// Everything main() does: CLI sub-commands without a display, or the desktop app.
int runApplication(int argc, char **argv);

} // namespace yc
