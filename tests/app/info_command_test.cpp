// SPDX-License-Identifier: GPL-3.0-or-later
// `yuncheng-planner info`, run as users run it: text and JSON, vectors and rasters, encodings, failures.
#include "app/cli_run.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

QString writeGeoJson(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    yc::test::writeText(path, R"({"type": "FeatureCollection",
 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
 "features": [
  {"type": "Feature", "properties": {"name": "盐湖区", "area_km2": 1237.5},
   "geometry": {"type": "Polygon", "coordinates": [[[110.9, 34.9], [111.1, 34.9], [111.1, 35.1], [110.9, 34.9]]]}},
  {"type": "Feature", "properties": {"name": "永济市", "area_km2": null},
   "geometry": {"type": "Polygon", "coordinates": [[[110.3, 34.8], [110.6, 34.8], [110.6, 35.0], [110.3, 34.8]]]}}
]})");
    return path;
}

QJsonObject parseJson(const yc::test::ProcessRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString() << "\n" << run.out.toStdString();
    return doc.object();
}

} // namespace

TEST(InfoCommand, DescribesAVectorLayerAsText)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writeGeoJson(dir, QStringLiteral("运城 counties.geojson"));
    const yc::test::ProcessRun run = yc::test::runPlanner(QStringLiteral("info"), {path}, dir.path());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    for (const char *expected : {"layer: 运城 counties", "geometry: Polygon", "features: 2", "crs: EPSG:4326",
                                 "extent: 110.3000000, 34.8000000 – 111.1000000, 35.1000000", "encoding: UTF-8",
                                 "fields: name: String, area_km2: Real"})
        EXPECT_TRUE(run.out.contains(QString::fromUtf8(expected))) << expected << "\n" << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("盐湖区")));   // features only with --features
}

TEST(InfoCommand, JsonWithFeaturesForVectorsAndRasters)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString vector = writeGeoJson(dir, QStringLiteral("counties.geojson"));
    const QString raster = dir.filePath(QStringLiteral("shade.tif"));
    yc::test::writeGradientGeoTiff(raster, 490000, 3880000, 50, 200, 100, dir.path());

    const yc::test::ProcessRun run = yc::test::runPlanner(
        QStringLiteral("info"), {QStringLiteral("--json"), QStringLiteral("--features"), vector, raster}, dir.path());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray files = parseJson(run).value(QStringLiteral("files")).toArray();
    ASSERT_EQ(files.size(), 2);

    const QJsonObject layer = files[0].toObject().value(QStringLiteral("layers")).toArray().at(0).toObject();
    EXPECT_EQ(layer.value(QStringLiteral("featureCount")).toInt(), 2);
    EXPECT_EQ(layer.value(QStringLiteral("crs")).toString(), QStringLiteral("EPSG:4326"));
    EXPECT_EQ(layer.value(QStringLiteral("extent")).toArray(), (QJsonArray{110.3, 34.8, 111.1, 35.1}));
    const QJsonArray features = layer.value(QStringLiteral("features")).toArray();
    ASSERT_EQ(features.size(), 2);
    const QJsonObject first = features[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("properties")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("盐湖区"));
    EXPECT_TRUE(features[1].toObject().value(QStringLiteral("properties")).toObject()
                    .value(QStringLiteral("area_km2")).isNull());
    const QJsonObject geometry = first.value(QStringLiteral("geometry")).toObject();
    EXPECT_EQ(geometry.value(QStringLiteral("type")).toString(), QStringLiteral("Polygon"));
    EXPECT_EQ(geometry.value(QStringLiteral("coordinates")).toArray().at(0).toArray().at(1).toArray(),
              (QJsonArray{111.1, 34.9}));

    const QJsonObject info = files[1].toObject().value(QStringLiteral("raster")).toObject();
    EXPECT_EQ(info.value(QStringLiteral("driver")).toString(), QStringLiteral("GTiff"));
    EXPECT_EQ(info.value(QStringLiteral("width")).toInt(), 200);
    EXPECT_EQ(info.value(QStringLiteral("height")).toInt(), 100);
    EXPECT_EQ(info.value(QStringLiteral("bandCount")).toInt(), 3);
    EXPECT_EQ(info.value(QStringLiteral("dataType")).toString(), QStringLiteral("Byte"));
    EXPECT_EQ(info.value(QStringLiteral("crs")).toString(), QStringLiteral("EPSG:4546"));
    EXPECT_EQ(info.value(QStringLiteral("overviewCount")).toInt(), 2);
    EXPECT_EQ(info.value(QStringLiteral("extent")).toArray(), (QJsonArray{490000, 3875000, 500000, 3880000}));
    EXPECT_EQ(info.value(QStringLiteral("geoTransform")).toArray(), (QJsonArray{490000, 50, 0, 3880000, 0, -50}));
}

TEST(InfoCommand, GbkShapefileWithoutCpgPrintsChineseAndSaysDetected)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString geojson = writeGeoJson(dir, QStringLiteral("in.geojson"));
    const QString shp = dir.filePath(QStringLiteral("区县 gbk.shp"));
    yc::test::runGdalTool(QStringLiteral("ogr2ogr"), {QStringLiteral("-lco"), QStringLiteral("ENCODING=CP936"), shp,
                                                      geojson}, dir.path());
    ASSERT_TRUE(QFile::remove(dir.filePath(QStringLiteral("区县 gbk.cpg"))));

    const yc::test::ProcessRun run =
        yc::test::runPlanner(QStringLiteral("info"), {QStringLiteral("--features"), shp}, dir.path());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("encoding: CP936 (detected)"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("\"name\":\"盐湖区\""))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("\"name\":\"永济市\""))) << run.out.toStdString();

    // --encoding overrides: read as UTF-8 the GBK bytes are not the Chinese names.
    const yc::test::ProcessRun forced = yc::test::runPlanner(
        QStringLiteral("info"), {QStringLiteral("--features"), QStringLiteral("--encoding"), QStringLiteral("UTF-8"), shp},
        dir.path());
    ASSERT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_TRUE(forced.out.contains(QStringLiteral("encoding: UTF-8"))) << forced.out.toStdString();
    EXPECT_FALSE(forced.out.contains(QStringLiteral("盐湖区")));
}

TEST(InfoCommand, GoesOnAfterAFileItCannotReadAndExitsOne)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString good = writeGeoJson(dir, QStringLiteral("good.geojson"));
    const QString missing = dir.filePath(QStringLiteral("没有 missing.gpkg"));
    const yc::test::ProcessRun run =
        yc::test::runPlanner(QStringLiteral("info"), {missing, good}, dir.path());
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("features: 2"))) << run.out.toStdString();
    EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("does not exist"))) << run.err.toStdString();

    const yc::test::ProcessRun usage = yc::test::runPlanner(QStringLiteral("info"), {}, dir.path());
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_TRUE(usage.err.contains(QStringLiteral("no FILE"))) << usage.err.toStdString();
}
