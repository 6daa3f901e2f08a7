// SPDX-License-Identifier: GPL-3.0-or-later
// QCustomPlot for this project: qcustomplot.h uses Qt's lower-case keywords, which the project switches off
// (QT_NO_KEYWORDS). Include this instead of <qcustomplot.h>.
#pragma once

#define signals Q_SIGNALS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef foreach
#undef signals
