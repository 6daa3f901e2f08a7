// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace yc::platform {

/// The logged-in user's account name, for status-history rows ("unknown" if the system will not say).
QString userName();

} // namespace yc::platform
