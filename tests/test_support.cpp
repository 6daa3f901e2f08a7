// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_support.h"

#include <QFile>

#include <random>

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

VectorData randomWalkLines(int count, int vertices, const QString &name)
{
    std::mt19937_64 rng(42);
    const auto uniform = [&rng](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    VectorData data;
    data.layerName = name;
    data.crs = Crs::cgcs2000();
    data.geometryType = GeometryType::LineString;
    for (int i = 0; i < count; ++i) {
        QPolygonF line;
        QPointF p(uniform(110.3, 112.0), uniform(34.6, 35.8));
        for (int k = 0; k < vertices; ++k) {
            line << p;
            p += QPointF(uniform(-0.01, 0.01), uniform(-0.008, 0.008));
        }
        VectorFeature f;
        f.fid = i + 1;
        f.geometry = Geometry::lineString(line);
        data.extent.include(f.geometry.envelope());
        data.features.append(f);
    }
    return data;
}

} // namespace yc::test
