// SPDX-License-Identifier: GPL-3.0-or-later
// `yuncheng-planner render`: the bundled project, added rasters in two CRSs, and argument errors.
#include "app/cli_run.h"

#include "geo/coordinate_transform.h"
#include "render/map_renderer.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QSet>
#include <QTemporaryDir>

namespace {

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

TEST(RenderCommand, RendersTheBundledProject)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("运城 map.png"));
    const yc::test::ProcessRun run = yc::test::runPlanner(
        QStringLiteral("render"), {QStringLiteral("--out"), out, QStringLiteral("--size"), QStringLiteral("480x300")},
        dir.path());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("EPSG:4546"))) << run.out.toStdString();
    const QImage image(out);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(480, 300));
    EXPECT_GT(distinctColours(image), 50);   // base layers, plan symbols, labels
}

TEST(RenderCommand, DrawsAnAddedGeoTiffWhereItBelongsInBothCrss)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // 20 km × 10 km around (500 km E, 3875 km N) in EPSG:4546, near Yuncheng's centre.
    const QString tif = dir.filePath(QStringLiteral("山影 shade.tif"));
    yc::test::writeGradientGeoTiff(tif, 490000, 3880000, 50, 400, 200, dir.path());

    const yc::Envelope raster{490000, 3870000, 510000, 3880000};
    for (const yc::Crs &crs : {yc::Crs::cgcs2000Gk111(), yc::Crs::wgs84()}) {
        // A view twice the raster's size, centred on it.
        const yc::CoordinateTransform toMap(yc::Crs::cgcs2000Gk111(), crs);
        yc::MapSettings settings;
        settings.crs = crs;
        settings.outputSize = QSize(300, 200);
        settings.extent = toMap.apply(raster.buffered(raster.height() / 2));
        const yc::Envelope &e = settings.extent;
        const QString extent = QStringLiteral("%1,%2,%3,%4").arg(e.xMin, 0, 'f', 8).arg(e.yMin, 0, 'f', 8)
                                   .arg(e.xMax, 0, 'f', 8).arg(e.yMax, 0, 'f', 8);
        const QString out = dir.filePath(crs.authId().mid(5) + QStringLiteral(".png"));
        const yc::test::ProcessRun run = yc::test::runPlanner(
            QStringLiteral("render"), {QStringLiteral("--layer"), tif, QStringLiteral("--out"), out, QStringLiteral("--size"),
                                       QStringLiteral("300x200"), QStringLiteral("--crs"), crs.authId(),
                                       QStringLiteral("--extent"), extent}, dir.path());
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QImage image(out);
        ASSERT_EQ(image.size(), QSize(300, 200));
        // Its west end is red, its east end blue, and beyond it the paper shows.
        const yc::MapToPixel m2p(settings);
        const auto pixel = [&](double x, double y) { return m2p.toPixel(*toMap.apply(QPointF(x, y))).toPoint(); };
        const double y = raster.center().y();
        const QColor west = image.pixelColor(pixel(raster.xMin + 2000, y));
        const QColor east = image.pixelColor(pixel(raster.xMax - 2000, y));
        EXPECT_GT(west.red(), 150) << crs.authId().toStdString();
        EXPECT_LT(west.blue(), 100) << crs.authId().toStdString();
        EXPECT_GT(east.blue(), 150) << crs.authId().toStdString();
        EXPECT_LT(east.red(), 100) << crs.authId().toStdString();
        EXPECT_EQ(image.pixelColor(pixel(raster.xMin - 2000, y)), QColor(0xfc, 0xfc, 0xfa)) << crs.authId().toStdString();
        EXPECT_EQ(image.pixelColor(pixel(raster.xMax + 2000, y)), QColor(0xfc, 0xfc, 0xfa)) << crs.authId().toStdString();
    }
}

TEST(RenderCommand, BadArgumentsAreOneLineErrors)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("x.png"));
    const QStringList bad[] = {
        {QStringLiteral("--size"), QStringLiteral("100x100")},
        {QStringLiteral("--out"), out},
        {QStringLiteral("--out"), out, QStringLiteral("--size"), QStringLiteral("0x100")},
        {QStringLiteral("--out"), out, QStringLiteral("--size"), QStringLiteral("wide")},
        {QStringLiteral("--out"), out, QStringLiteral("--size"), QStringLiteral("100x100"), QStringLiteral("--extent"),
         QStringLiteral("5,5,1,1")},
        {QStringLiteral("--out"), out, QStringLiteral("--size"), QStringLiteral("100x100"), QStringLiteral("--crs"),
         QStringLiteral("EPSG:999999")},
        {QStringLiteral("--out"), out, QStringLiteral("--size"), QStringLiteral("100x100"), QStringLiteral("--bogus")},
    };
    for (const QStringList &args : bad) {
        const yc::test::ProcessRun run = yc::test::runPlanner(QStringLiteral("render"), args, dir.path());
        EXPECT_EQ(run.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("render: "))) << run.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(out));

    const yc::test::ProcessRun project = yc::test::runPlanner(
        QStringLiteral("render"), {QStringLiteral("--project"), dir.filePath(QStringLiteral("none.gpkg")),
                                   QStringLiteral("--out"), out, QStringLiteral("--size"), QStringLiteral("100x100")},
        dir.path());
    EXPECT_EQ(project.exitCode, 1);
    EXPECT_EQ(project.err.trimmed().count(QLatin1Char('\n')), 0) << project.err.toStdString();
}
