// SPDX-License-Identifier: GPL-3.0-or-later
// Rasters through GDAL: info, windows read at the output resolution, drawing through the map renderer.
#include "app/cli_run.h"
#include "geo/coordinate_transform.h"
#include "io/raster_data.h"
#include "render/map_renderer.h"
#include "render/raster_read_progress.h"

#include <gtest/gtest.h>

#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

namespace {

// A 400 × 200 pixel gradient at 50 m over the middle of Yuncheng (EPSG:4546: x ≈ 500 km at 111°E).
constexpr double kX0 = 490000, kY0 = 3880000, kPixel = 50;
constexpr int kW = 400, kH = 200;

QString gradient(const QTemporaryDir &dir)
{
    const QString tif = dir.filePath(QStringLiteral("渐变 hillshade.tif"));
    yc::test::writeGradientGeoTiff(tif, kX0, kY0, kPixel, kW, kH, dir.path());
    return tif;
}

} // namespace

TEST(RasterData, ReportsSizeBandsCrsExtentAndOverviews)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString tif = gradient(dir);
    QString error;
    const std::shared_ptr<yc::RasterSource> raster = yc::RasterSource::open(tif, &error);
    ASSERT_TRUE(raster) << error.toStdString();
    const yc::RasterInfo &info = raster->info();
    EXPECT_EQ(info.driver, QStringLiteral("GTiff"));
    EXPECT_EQ(info.size, QSize(kW, kH));
    EXPECT_EQ(info.bandCount, 3);
    EXPECT_EQ(info.dataType, QStringLiteral("Byte"));
    EXPECT_EQ(info.crs.epsg(), 4546);
    EXPECT_TRUE(info.georeferenced);
    EXPECT_EQ(info.overviewCount, 2);
    EXPECT_DOUBLE_EQ(info.extent.xMin, kX0);
    EXPECT_DOUBLE_EQ(info.extent.yMax, kY0);
    EXPECT_DOUBLE_EQ(info.extent.xMax, kX0 + kW * kPixel);
    EXPECT_DOUBLE_EQ(info.extent.yMin, kY0 - kH * kPixel);
}

TEST(RasterData, ReadsWindowsAtTheRequestedResolution)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const std::shared_ptr<yc::RasterSource> raster = yc::RasterSource::open(gradient(dir));
    ASSERT_TRUE(raster);
    const yc::Envelope full = raster->info().extent;

    // The whole raster at a quarter of its size (served from an overview): red left, blue right.
    QString error;
    const QImage small = raster->read(full, QSize(kW / 4, kH / 4), &error);
    ASSERT_FALSE(small.isNull()) << error.toStdString();
    EXPECT_EQ(small.size(), QSize(kW / 4, kH / 4));
    const QColor left = small.pixelColor(1, 1), right = small.pixelColor(kW / 4 - 2, 1);
    EXPECT_GT(left.red(), 230);
    EXPECT_LT(left.blue(), 25);
    EXPECT_GT(right.blue(), 230);
    EXPECT_EQ(left.alpha(), 255);

    // A window reaching past the raster's east edge: transparent where there is no raster.
    const yc::Envelope east{full.xMax - 2000, full.yMin, full.xMax + 2000, full.yMax};
    const QImage half = raster->read(east, QSize(40, 100), &error);
    ASSERT_FALSE(half.isNull()) << error.toStdString();
    EXPECT_EQ(half.pixelColor(5, 50).alpha(), 255);
    EXPECT_GT(half.pixelColor(5, 50).blue(), 130);   // east end, half-way down the darkening
    EXPECT_LT(half.pixelColor(5, 50).red(), 40);
    EXPECT_EQ(half.pixelColor(35, 50).alpha(), 0);
    // Bottom rows are darker than top rows.
    EXPECT_LT(half.pixelColor(5, 98).blue(), half.pixelColor(5, 1).blue());

    // Entirely outside: a transparent image, not an error.
    const QImage outside = raster->read({0, 0, 1000, 1000}, QSize(10, 10), &error);
    ASSERT_FALSE(outside.isNull());
    EXPECT_EQ(outside.pixelColor(5, 5).alpha(), 0);
}

TEST(RasterData, MapRendererDrawsRasterInItsOwnAndInAnotherCrs)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const std::shared_ptr<yc::RasterSource> raster = yc::RasterSource::open(gradient(dir));
    ASSERT_TRUE(raster);
    yc::RenderLayer layer;
    layer.name = QStringLiteral("gradient");
    layer.raster = raster;
    const yc::Envelope full = raster->info().extent;

    for (const yc::Crs &crs : {yc::Crs::cgcs2000Gk111(), yc::Crs::wgs84()}) {
        yc::MapSettings settings;
        settings.crs = crs;
        settings.outputSize = QSize(400, 400);
        EXPECT_FALSE(yc::MapRenderer::fullExtent({layer}, {}, crs).isEmpty());
        // A view twice as wide as the raster, centred on it.
        const yc::CoordinateTransform t(yc::Crs::cgcs2000Gk111(), crs);
        settings.extent = t.apply(full.buffered(full.width() / 2));
        QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            yc::MapRenderer::render(painter, settings, {layer}, {});
        }
        // The raster's centre is in the image's centre, its west half red, east half blue.
        const yc::MapToPixel m2p(settings);
        const QPointF west = m2p.toPixel(*t.apply(QPointF(full.xMin + full.width() / 8, full.center().y())));
        const QPointF east = m2p.toPixel(*t.apply(QPointF(full.xMax - full.width() / 8, full.center().y())));
        const QPointF outside = m2p.toPixel(*t.apply(QPointF(full.xMin - full.width() / 4, full.center().y())));
        const QColor w = image.pixelColor(west.toPoint()), e = image.pixelColor(east.toPoint());
        EXPECT_GT(w.red(), 150) << crs.authId().toStdString();
        EXPECT_LT(w.blue(), 80) << crs.authId().toStdString();
        EXPECT_GT(e.blue(), 150) << crs.authId().toStdString();
        EXPECT_LT(e.red(), 80) << crs.authId().toStdString();
        EXPECT_EQ(image.pixelColor(outside.toPoint()), QColor(0xfc, 0xfc, 0xfa)) << crs.authId().toStdString();
    }
}

TEST(RasterData, ReportsHowFarALongReadGotAndStopsWhenAsked)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString tif = dir.filePath(QStringLiteral("无金字塔.tif"));
    yc::test::writeGeoTiffWithoutOverviews(tif, kX0, kY0, 10, 2000, dir.path());
    const std::shared_ptr<yc::RasterSource> raster = yc::RasterSource::open(tif);
    ASSERT_TRUE(raster);
    EXPECT_EQ(raster->info().overviewCount, 0);
    const yc::Envelope full = raster->info().extent;

    // Read whole: the share done only grows, over all three bands, and reaches the end.
    std::vector<double> reported;
    QString error;
    const QImage image = raster->read(full, QSize(200, 200), &error, [&](double done) {
        reported.push_back(done);
        return true;
    });
    ASSERT_FALSE(image.isNull()) << error.toStdString();
    EXPECT_EQ(image.pixelColor(100, 100), QColor(200, 120, 40));
    ASSERT_GT(reported.size(), 3u);
    EXPECT_TRUE(std::is_sorted(reported.begin(), reported.end()));
    EXPECT_GE(reported.front(), 0.0);
    EXPECT_NEAR(reported.back(), 1.0, 1e-9);

    // Stopped a third of the way in: no image, and a reason that says so rather than a read error.
    int calls = 0;
    const QImage stopped = raster->read(full, QSize(200, 200), &error, [&](double done) {
        ++calls;
        return done < 1.0 / 3;
    });
    EXPECT_TRUE(stopped.isNull());
    EXPECT_TRUE(error.contains(QStringLiteral("cancelled"))) << error.toStdString();
    EXPECT_LT(calls, int(reported.size()));
}

TEST(RasterData, MapRendererReportsRasterReadsAndLeavesOutThoseStopped)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString tif = dir.filePath(QStringLiteral("big.tif"));
    yc::test::writeGeoTiffWithoutOverviews(tif, kX0, kY0, 10, 2000, dir.path());
    yc::RenderLayer layer;
    layer.name = QStringLiteral("影像");
    layer.raster = yc::RasterSource::open(tif);
    ASSERT_TRUE(layer.raster);
    yc::MapSettings settings;
    settings.outputSize = QSize(300, 300);
    settings.extent = layer.raster->info().extent;
    settings.rasterReads = std::make_shared<yc::RasterReadProgress>();

    // Drawn as before, and no read is left open afterwards.
    QImage drawn(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    drawn.fill(Qt::transparent);
    {
        QPainter painter(&drawn);
        yc::MapRenderer::drawLayer(painter, settings, layer);
    }
    EXPECT_EQ(drawn.pixelColor(150, 150), QColor(200, 120, 40));
    EXPECT_FALSE(settings.rasterReads->reading());

    // Stopped by the planner: the raster is left out, nothing else changes.
    settings.rasterReads->cancel();
    QImage left(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    left.fill(Qt::transparent);
    {
        QPainter painter(&left);
        yc::MapRenderer::drawLayer(painter, settings, layer);
    }
    EXPECT_EQ(left.pixelColor(150, 150).alpha(), 0);
    EXPECT_FALSE(settings.rasterReads->reading());
}

TEST(RasterData, UnreadableFilesGiveOneLineReasons)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString empty = dir.filePath(QStringLiteral("空.tif"));
    yc::test::writeText(empty, {});
    QString error;
    EXPECT_FALSE(yc::RasterSource::open(empty, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("empty"))) << error.toStdString();

    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    yc::test::writeText(text, "not a raster\n");
    EXPECT_FALSE(yc::RasterSource::open(text, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(error.contains(QLatin1Char('\n')));
}
