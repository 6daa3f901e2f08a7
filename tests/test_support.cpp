// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_support.h"

#include <QFile>

namespace yc::test {

QString sourceDir() { return QString::fromUtf8(YC_SOURCE_DIR); }
QString dataDir() { return QString::fromUtf8(YC_TEST_DATA_DIR); }
QString plannerBinary() { return QString::fromUtf8(YC_PLANNER_BINARY); }

QString bundledReportText()
{
    QFile f(sourceDir() + QStringLiteral("/seeds/yuncheng-2024-work-report-sections-4-10.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace yc::test
