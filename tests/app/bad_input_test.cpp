// SPDX-License-Identifier: GPL-3.0-or-later
// Broken, odd and unsupported files given to `info` and `render`: a clear one-line message each, no crash,
// no hang, and the good layers still drawn. Paths hold spaces and Chinese on purpose.
#include "app/cli_run.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <limits>

namespace {

const char kFeatures[] = R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"name": "盐湖区"},
   "geometry": {"type": "Polygon", "coordinates": [[[110.9, 34.9], [111.1, 34.9], [111.1, 35.1], [110.9, 34.9]]]}},
  {"type": "Feature", "properties": {"name": "永济市"},
   "geometry": {"type": "Point", "coordinates": [110.45, 34.87]}}
]})";

/// Broken and odd files in one folder with a Chinese name and spaces.
class BadInput : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(mTmp.isValid());
        mDir = mTmp.filePath(QStringLiteral("坏 数据 bad data"));
        ASSERT_TRUE(QDir().mkpath(mDir));
    }
    QString path(const QString &name) const { return mDir + QLatin1Char('/') + name; }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        yc::test::writeText(path(name), bytes);
        return path(name);
    }
    /// A copy of a valid file made by ogr2ogr from kFeatures, cut to `keep` of its size.
    QString truncatedCopy(const QString &name, const QStringList &ogrArgs, double keep) const
    {
        const QString source = write(QStringLiteral("source %1.geojson").arg(name), kFeatures);
        yc::test::runGdalTool(QStringLiteral("ogr2ogr"), ogrArgs + QStringList{path(name), source}, mTmp.path());
        QFile f(path(name));
        EXPECT_TRUE(f.resize(qint64(f.size() * keep)));
        return path(name);
    }
    /// Two lines as a shapefile, the first with a NaN vertex patched into the .shp (GDAL's writers refuse NaN;
    /// files from other tools have them).
    QString nanLineShapefile(const QString &name) const
    {
        const QString source = write(QStringLiteral("lines %1.geojson").arg(name), R"({"type": "FeatureCollection",
 "features": [
  {"type": "Feature", "properties": {"n": "a"},
   "geometry": {"type": "LineString", "coordinates": [[110.0, 35.0], [110.5, 35.2], [111, 35.4]]}},
  {"type": "Feature", "properties": {"n": "b"},
   "geometry": {"type": "LineString", "coordinates": [[111.0, 35.0], [111.2, 35.1]]}}]})");
        yc::test::runGdalTool(QStringLiteral("ogr2ogr"), {path(name), source}, mTmp.path());
        QFile f(path(name));
        EXPECT_TRUE(f.open(QIODevice::ReadWrite));
        // 100-byte header, 8-byte record header, type, box, part and point counts, one part index: the
        // first record's vertices start at byte 156; the second vertex's x is at 172.
        f.seek(172);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        f.write(reinterpret_cast<const char *>(&nan), sizeof nan);
        return path(name);
    }
    yc::test::ProcessRun info(const QStringList &args) const
    {
        return yc::test::runPlanner(QStringLiteral("info"), args, mTmp.path());
    }

    QTemporaryDir mTmp;
    QString mDir;
};

void expectOneLineError(const yc::test::ProcessRun &run, const char *what)
{
    EXPECT_FALSE(run.timedOut) << what;
    EXPECT_EQ(run.exitCode, 1) << what << "\n" << run.err.toStdString();
    EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << what << "\n" << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("info: "))) << what << "\n" << run.err.toStdString();
}

} // namespace

TEST_F(BadInput, BrokenAndUnsupportedFilesGiveOneLineErrors)
{
    const QString zero = write(QStringLiteral("零 字节.gpkg"), {});
    const QString docx = write(QStringLiteral("报告 report.docx"), QByteArray("PK\x03\x04", 4) + QByteArray(200, 'x'));
    const QString txt = write(QStringLiteral("说明 notes.txt"), "运城市 2024 年政府工作报告\n");
    const QString gpkg = truncatedCopy(QStringLiteral("截断 cut.gpkg"), {QStringLiteral("-f"), QStringLiteral("GPKG")}, 0.3);
    QString tif = path(QStringLiteral("坏 broken.tif"));
    yc::test::writeGradientGeoTiff(tif, 490000, 3880000, 50, 300, 300, mTmp.path());
    {
        QFile f(tif);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(4);   // the offset of the first directory: point it into nowhere
        f.write(QByteArray::fromHex("ffffff7f"));
    }
    for (const auto &[file, what] : {std::pair{zero, "zero bytes"}, {docx, "docx"}, {txt, "text"},
                                     {gpkg, "truncated GeoPackage"}, {tif, "corrupt GeoTIFF"}}) {
        const yc::test::ProcessRun run = info({file});
        expectOneLineError(run, what);
    }
    const yc::test::ProcessRun zeroRun = info({zero});
    EXPECT_TRUE(zeroRun.err.contains(QStringLiteral("empty (0 bytes)"))) << zeroRun.err.toStdString();
}

TEST_F(BadInput, ShapefilesWithMissingOrCutParts)
{
    const QString source = write(QStringLiteral("src.geojson"), kFeatures);
    // Points only: a shapefile holds one geometry type.
    const QString shp = path(QStringLiteral("县城 seats.shp"));
    yc::test::runGdalTool(QStringLiteral("ogr2ogr"), {QStringLiteral("-where"), QStringLiteral("name = '永济市'"), shp,
                                                      source}, mTmp.path());
    ASSERT_TRUE(QFile::remove(path(QStringLiteral("县城 seats.prj"))));
    const yc::test::ProcessRun noPrj = info({shp});
    ASSERT_EQ(noPrj.exitCode, 0) << noPrj.err.toStdString();
    EXPECT_TRUE(noPrj.out.contains(QStringLiteral("crs: none"))) << noPrj.out.toStdString();
    EXPECT_TRUE(noPrj.out.contains(QStringLiteral("features: 1"))) << noPrj.out.toStdString();

    ASSERT_TRUE(QFile::remove(path(QStringLiteral("县城 seats.shx"))));
    const yc::test::ProcessRun noShx = info({shp});
    expectOneLineError(noShx, "no .shx");
    EXPECT_TRUE(noShx.err.contains(QStringLiteral(".shx"))) << noShx.err.toStdString();

    const QString cut = truncatedCopy(QStringLiteral("截断 cut.shp"),
                                      {QStringLiteral("-where"), QStringLiteral("name = '盐湖区'")}, 0.5);
    const yc::test::ProcessRun cutRun = info({cut});
    EXPECT_FALSE(cutRun.timedOut);
    EXPECT_NE(cutRun.exitCode, -1) << cutRun.err.toStdString();   // an error or what could be read; no crash
    EXPECT_EQ(cutRun.err.trimmed().count(QLatin1Char('\n')), 0) << cutRun.err.toStdString();
}

TEST_F(BadInput, EmptyMixedAndInvalidGeometries)
{
    const QString empty = write(QStringLiteral("空 empty.geojson"), R"({"type": "FeatureCollection", "features": []})");
    const QString mixed = write(QStringLiteral("混合 mixed.geojson"), kFeatures);
    // Self-intersection, an empty part and a 1e300 coordinate in GeoJSON; NaN in a shapefile (JSON has none).
    const QString invalid = write(QStringLiteral("无效 invalid.geojson"), R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"n": "bow-tie"},
   "geometry": {"type": "Polygon", "coordinates": [[[110.5, 35.5], [110.7, 35.7], [110.7, 35.5], [110.5, 35.7], [110.5, 35.5]]]}},
  {"type": "Feature", "properties": {"n": "empty part"},
   "geometry": {"type": "MultiPolygon", "coordinates": [[], [[[111, 35], [111.1, 35], [111.1, 35.1], [111, 35]]]]}},
  {"type": "Feature", "properties": {"n": "huge"},
   "geometry": {"type": "LineString", "coordinates": [[111, 35], [1e300, 35]]}}
]})");
    const QString nan = nanLineShapefile(QStringLiteral("非数 nan.shp"));

    const yc::test::ProcessRun run = info({QStringLiteral("--json"), empty, mixed, invalid, nan});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray files = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("files")).toArray();
    ASSERT_EQ(files.size(), 4) << run.out.toStdString();
    const auto layer = [&files](int i) {
        return files[i].toObject().value(QStringLiteral("layers")).toArray().at(0).toObject();
    };
    EXPECT_EQ(layer(0).value(QStringLiteral("featureCount")).toInt(), 0);
    EXPECT_TRUE(layer(0).value(QStringLiteral("extent")).isNull());
    EXPECT_EQ(layer(1).value(QStringLiteral("geometryType")).toString(), QStringLiteral("mixed (Point, Polygon)"));
    // The 1e300 line loses its geometry (with a warning); the extent stays that of the real shapes.
    EXPECT_EQ(layer(2).value(QStringLiteral("featureCount")).toInt(), 3);
    EXPECT_EQ(layer(2).value(QStringLiteral("extent")).toArray(), (QJsonArray{110.5, 35, 111.1, 35.7}));
    EXPECT_TRUE(layer(2).value(QStringLiteral("warnings")).toArray().at(0).toString().startsWith(QStringLiteral("1 feature")));
    EXPECT_EQ(layer(3).value(QStringLiteral("extent")).toArray(), (QJsonArray{111, 35, 111.2, 35.1}));
    EXPECT_TRUE(layer(3).value(QStringLiteral("warnings")).toArray().at(0).toString().startsWith(QStringLiteral("1 feature")));
}

TEST_F(BadInput, RenderDrawsTheGoodLayersAndReportsTheBadOnes)
{
    const QString good = write(QStringLiteral("好 good.geojson"), kFeatures);
    const QString invalid = nanLineShapefile(QStringLiteral("无效 invalid.shp"));
    const QString zero = write(QStringLiteral("零.gpkg"), {});
    const QString docx = write(QStringLiteral("报告.docx"), "PK\x03\x04 not really");
    const QString out = path(QStringLiteral("结果 out.png"));
    const yc::test::ProcessRun run = yc::test::runPlanner(
        QStringLiteral("render"), {QStringLiteral("--layer"), zero, QStringLiteral("--layer"), good, QStringLiteral("--layer"),
                                   invalid, QStringLiteral("--layer"), docx, QStringLiteral("--out"), out,
                                   QStringLiteral("--size"), QStringLiteral("200x200"), QStringLiteral("--crs"),
                                   QStringLiteral("EPSG:4326")}, mTmp.path());
    EXPECT_FALSE(run.timedOut);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
    EXPECT_EQ(lines.size(), 3) << run.err.toStdString();   // two unreadable files, one warning
    EXPECT_TRUE(run.err.contains(QStringLiteral("零.gpkg is empty"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("报告.docx"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("warning: 1 feature"))) << run.err.toStdString();

    // The good layer fills the view (full extent): its polygon is drawn.
    const QImage image(out);
    ASSERT_EQ(image.size(), QSize(200, 200));
    int drawn = 0;
    for (int y = 0; y < 200; y += 2)
        for (int x = 0; x < 200; x += 2)
            drawn += image.pixelColor(x, y) != QColor(0xfc, 0xfc, 0xfa);
    EXPECT_GT(drawn, 100);
}
