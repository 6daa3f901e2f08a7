// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_support.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>

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

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    f.write(bytes);
    return path;
}

QImage rasterizePdf(const QString &pdf)
{
    const QString stem = pdf + QStringLiteral(".page");
    QProcess p;
    p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"),
                                         QStringLiteral("-singlefile"), pdf, stem});
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000) || p.exitCode() != 0) {
        ADD_FAILURE() << "pdftoppm (poppler-utils) is required: " << p.readAllStandardError().toStdString();
        return {};
    }
    return QImage(stem + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
}

ImageDifference imageDifference(const QImage &a, const QImage &b, int tolerance, const std::function<bool(QPoint)> &skip)
{
    ImageDifference d;
    for (int y = 0; y < std::min(a.height(), b.height()); ++y)
        for (int x = 0; x < std::min(a.width(), b.width()); ++x) {
            if (skip && skip(QPoint(x, y)))
                continue;
            const QRgb u = a.pixel(x, y), v = b.pixel(x, y);
            const int most = std::max({std::abs(qRed(u) - qRed(v)), std::abs(qGreen(u) - qGreen(v)),
                                       std::abs(qBlue(u) - qBlue(v))});
            d.largest = std::max(d.largest, most);
            d.differing += most > tolerance;
        }
    return d;
}

} // namespace yc::test
