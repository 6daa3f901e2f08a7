// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundled_data.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace yc {

QString bundledDataDir()
{
    const QString fromEnv = qEnvironmentVariable("YC_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(fromEnv);
    const QString installed =
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/yuncheng-planner"));
    if (QFileInfo(installed).isDir())
        return installed;
    return QDir::cleanPath(QString::fromUtf8(YC_SOURCE_DATA_DIR));
}

QString bundledProjectPath()
{
    return bundledDataDir() + QStringLiteral("/maps/yuncheng.gpkg");
}

} // namespace yc
