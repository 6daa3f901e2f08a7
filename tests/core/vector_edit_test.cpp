// SPDX-License-Identifier: GPL-3.0-or-later
// Editing features of external layers and writing them back through GDAL: GeoPackage in a transaction,
// shapefiles (GBK, with and without .cpg) and GeoJSON through a replaced copy, read-only drivers refused.
#include "app/cli_run.h"
#include "geo/coordinate_transform.h"
#include "io/vector_data.h"
#include "io/vector_edit.h"
#include "plan/layer_edit_commands.h"
#include "plan/project.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace yc;

namespace {

const QString kYanhu = QString::fromUtf8("运城市盐湖区");
const QString kRuicheng = QString::fromUtf8("芮城县");
const QByteArray kGbkYanhu = QByteArray::fromHex("d4cbb3c7cad0d1cebafec7f8");   // 运城市盐湖区 in GBK

/// Roads in CGCS2000 / GK CM 111E: a line with a Chinese name and a polygon with a hole, plus a point.
VectorData roads()
{
    VectorData d;
    d.layerName = QStringLiteral("roads");
    d.crs = Crs::cgcs2000Gk111();
    d.geometryType = GeometryType::LineString;
    d.fields = {{QStringLiteral("name"), QStringLiteral("String")}, {QStringLiteral("km"), QStringLiteral("Real")}};
    d.features.append({-1, Geometry::lineString(QPolygonF(QList<QPointF>{{480000.125, 3870000.5}, {490000.25, 3875000.75},
                                                                          {500000.5, 3871000.25}})),
                       {kYanhu, 12.5}});
    d.features.append({-1, Geometry::lineString(QPolygonF(QList<QPointF>{{470000, 3860000}, {471000, 3861000}})),
                       {kRuicheng, 1.25}});
    d.features.append({-1, Geometry::lineString(QPolygonF(QList<QPointF>{{460000, 3850000}, {461000, 3852000}})),
                       {QStringLiteral("Fen"), 2.0}});
    return d;
}

VectorData read(const QString &path, const QString &encoding = {})
{
    QString error;
    auto data = readVectorLayer(path, {{}, encoding}, &error);
    EXPECT_TRUE(data.has_value()) << error.toStdString();
    return data ? *data : VectorData();
}

/// The project's edits of one layer as the changes to write.
QList<VectorFeatureChange> changesOf(const Project &project, const QString &key)
{
    QList<VectorFeatureChange> out;
    const auto edits = project.layerEdits().edits(key);
    for (auto it = edits.cbegin(); it != edits.cend(); ++it)
        out.append({it.key(), *it});
    return out;
}

template<typename C>
void push(Project &project, std::unique_ptr<C> command)
{
    ASSERT_TRUE(command);
    project.undoStack()->push(command.release());
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(VectorEdit, GeoPackageEditsWrittenInOneTransactionAndUndoneExactly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("道路.gpkg"));
    ASSERT_EQ(writeVectorLayer(roads(), path), QString());
    const VectorLayerWritability w = vectorLayerWritability(path);
    EXPECT_TRUE(w.writable) << w.reason.toStdString();
    EXPECT_TRUE(w.transactions);

    const VectorData disk = read(path);
    ASSERT_EQ(disk.features.size(), 3);
    const QString key = layerEditKey(path, disk.layerName);
    Project project;
    const qint64 line = disk.features[0].fid;
    const qint64 gone = disk.features[1].fid;
    const Crs web = Crs::fromEpsg(3857);   // edited while the map shows Web Mercator
    const CoordinateTransform toWeb(disk.crs, web);
    const QPointF target(493000.123456, 3876000.654321);   // where the vertex must land, in the layer's CRS
    push(project, LayerFeatureEditCommand::moveVertex(project, key, disk, line, {0, 0, 1}, *toWeb.apply(target), web));
    push(project, LayerFeatureEditCommand::move(project, key, disk, {disk.features[2].fid}, {250, -125}, web));
    push(project, LayerFeatureEditCommand::insertVertex(project, key, disk, line, {0, 0, 3}, {501000, 3872000},
                                                        disk.crs));
    push(project, LayerFeatureEditCommand::deleteFeatures(project, key, disk, {gone}));
    EXPECT_EQ(project.undoStack()->count(), 4);

    // Untouched vertices keep their bits; the moved one lands within 1e-6 m of the target through Web Mercator.
    const VectorFeature edited = *project.layerEdits().feature(key, disk, line);
    EXPECT_EQ(edited.geometry.parts[0][0][0], disk.features[0].geometry.parts[0][0][0]);
    EXPECT_NEAR(edited.geometry.parts[0][0][1].x(), target.x(), 1e-6);
    EXPECT_NEAR(edited.geometry.parts[0][0][1].y(), target.y(), 1e-6);
    EXPECT_EQ(edited.geometry.parts[0][0][3], QPointF(501000, 3872000));

    const QByteArray before = fileBytes(path);
    const VectorWriteBackResult result = writeBackVectorChanges(path, {}, changesOf(project, key));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_TRUE(result.inTransaction);
    EXPECT_EQ(result.changed, 2);
    EXPECT_EQ(result.deleted, 1);
    EXPECT_FALSE(result.fidsRenumbered);
    const VectorData saved = read(path);
    ASSERT_EQ(saved.features.size(), 2);
    EXPECT_EQ(saved.features[0].geometry, edited.geometry);
    EXPECT_EQ(saved.features[0].attributes, disk.features[0].attributes);
    EXPECT_EQ(*project.layerEdits().feature(key, saved, disk.features[2].fid), saved.features[1]);

    // Undo everything and save again: the features are as they were, the deleted one back with its fid.
    while (project.undoStack()->canUndo())
        project.undoStack()->undo();
    const VectorWriteBackResult undone = writeBackVectorChanges(path, {}, changesOf(project, key));
    ASSERT_TRUE(undone.ok()) << undone.error.toStdString();
    EXPECT_EQ(undone.added, 1);
    const VectorData restored = read(path);
    ASSERT_EQ(restored.features.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(restored.features[i].fid, disk.features[i].fid);
        EXPECT_EQ(restored.features[i].geometry, disk.features[i].geometry) << i;
        EXPECT_EQ(restored.features[i].attributes, disk.features[i].attributes) << i;
    }
    EXPECT_NE(before, QByteArray());

    // Nothing to change: the file is not touched at all.
    const QByteArray now = fileBytes(path);
    const VectorWriteBackResult same = writeBackVectorChanges(path, {}, changesOf(project, key));
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(same.changed + same.added + same.deleted, 0);
    EXPECT_EQ(fileBytes(path), now);
}

TEST(VectorEdit, RoundTripWithinNanoDegreeFromAnyDisplayCrs)
{
    QTemporaryDir dir;
    VectorData lonLat = roads();
    lonLat.crs = Crs::cgcs2000();
    lonLat.features = {{-1, Geometry::lineString(QPolygonF(QList<QPointF>{{110.123456789012, 35.0123456789},
                                                                          {110.5, 35.25}, {110.987654321, 34.9}})),
                        {kYanhu, 1.0}}};
    const QString path = dir.filePath(QStringLiteral("lonlat.gpkg"));
    ASSERT_EQ(writeVectorLayer(lonLat, path), QString());
    const VectorData disk = read(path);
    const QString key = layerEditKey(path, disk.layerName);
    for (const Crs &display : {Crs::cgcs2000Gk111(), Crs::fromEpsg(4547), Crs::fromEpsg(3857), Crs::wgs84()}) {
        Project project;
        const qint64 fid = disk.features[0].fid;
        push(project, LayerFeatureEditCommand::move(project, key, disk, {fid}, {1234.5, -987.25}, display));
        push(project, LayerFeatureEditCommand::move(project, key, disk, {fid}, {-1234.5, 987.25}, display));
        ASSERT_TRUE(writeBackVectorChanges(path, {}, changesOf(project, key)).ok());
        const VectorData back = read(path);
        for (int i = 0; i < 3; ++i) {
            EXPECT_NEAR(back.features[0].geometry.parts[0][0][i].x(), disk.features[0].geometry.parts[0][0][i].x(), 1e-9)
                << display.definition().toStdString();
            EXPECT_NEAR(back.features[0].geometry.parts[0][0][i].y(), disk.features[0].geometry.parts[0][0][i].y(), 1e-9)
                << display.definition().toStdString();
        }
        while (project.undoStack()->canUndo())
            project.undoStack()->undo();
        ASSERT_TRUE(writeBackVectorChanges(path, {}, changesOf(project, key)).ok());
        EXPECT_EQ(read(path).features[0].geometry, disk.features[0].geometry);
    }
}

// A GBK shapefile keeps its encoding: written back through GDAL with the encoding it was read in, its DBF
// still holds GBK bytes, ogrinfo reads the same Chinese, and no feature changes its fid.
TEST(VectorEdit, GbkShapefileKeepsItsEncodingWithAndWithoutCpg)
{
    for (const bool withCpg : {true, false}) {
        SCOPED_TRACE(withCpg ? "with .cpg" : "without .cpg");
        QTemporaryDir dir;
        const QString geojson = dir.filePath(QStringLiteral("src.geojson"));
        test::writeText(geojson, QStringLiteral(R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"name": "运城市盐湖区", "code": 140802},
   "geometry": {"type": "LineString", "coordinates": [[111.0, 35.0], [111.1, 35.05], [111.2, 35.0]]}},
  {"type": "Feature", "properties": {"name": "芮城县", "code": 140830},
   "geometry": {"type": "LineString", "coordinates": [[110.69, 34.69], [110.7, 34.7]]}},
  {"type": "Feature", "properties": {"name": "Yongji", "code": 140881},
   "geometry": {"type": "LineString", "coordinates": [[110.45, 34.87], [110.5, 34.9]]}}
]})").toUtf8());
        const QString shp = dir.filePath(QStringLiteral("roads.shp"));
        test::runGdalTool(QStringLiteral("ogr2ogr"), {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"),
                                                      QStringLiteral("-lco"), QStringLiteral("ENCODING=CP936"), shp,
                                                      geojson}, dir.path());
        if (!withCpg) {
            ASSERT_TRUE(QFile::remove(dir.filePath(QStringLiteral("roads.cpg"))));
        }
        const QString dbf = dir.filePath(QStringLiteral("roads.dbf"));
        ASSERT_TRUE(fileBytes(dbf).contains(kGbkYanhu));
        const QByteArray prj = fileBytes(dir.filePath(QStringLiteral("roads.prj")));

        const VectorLayerWritability w = vectorLayerWritability(shp);
        EXPECT_TRUE(w.writable) << w.reason.toStdString();
        EXPECT_FALSE(w.transactions);
        const VectorData disk = read(shp);
        EXPECT_EQ(disk.encoding, withCpg ? QStringLiteral("CP936") : QStringLiteral("CP936 (detected)"));
        ASSERT_EQ(disk.features.size(), 3);
        ASSERT_EQ(disk.features[0].attributes[0].toString(), kYanhu);

        Project project;
        const QString key = layerEditKey(shp, disk.layerName);
        push(project, LayerFeatureEditCommand::moveVertex(project, key, disk, disk.features[0].fid, {0, 0, 1},
                                                          {111.15, 35.07}, Crs::wgs84()));
        push(project, LayerFeatureEditCommand::deleteFeatures(project, key, disk, {disk.features[1].fid}));
        const VectorWriteBackResult result = writeBackVectorChanges(shp, {}, changesOf(project, key));
        ASSERT_TRUE(result.ok()) << result.error.toStdString();
        EXPECT_FALSE(result.inTransaction);
        EXPECT_EQ(result.changed, 1);
        EXPECT_EQ(result.deleted, 1);
        EXPECT_FALSE(result.fidsRenumbered);

        // Still GBK in the DBF, no UTF-8 crept in; the .prj is kept; no temporary folder is left.
        const QByteArray bytes = fileBytes(dbf);
        EXPECT_TRUE(bytes.contains(kGbkYanhu));
        EXPECT_FALSE(bytes.contains(kYanhu.toUtf8()));
        EXPECT_EQ(fileBytes(dir.filePath(QStringLiteral("roads.prj"))), prj);
        EXPECT_EQ(QFile::exists(dir.filePath(QStringLiteral("roads.cpg"))), withCpg);
        EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral(".roads.saving-*")}, QDir::AllEntries | QDir::Hidden),
                  QStringList());

        const VectorData saved = read(shp);
        ASSERT_EQ(saved.features.size(), 2);
        EXPECT_EQ(saved.features[0].fid, disk.features[0].fid);
        EXPECT_EQ(saved.features[1].fid, disk.features[2].fid);   // fids kept: deleted records stay flagged
        EXPECT_EQ(saved.features[0].attributes[0].toString(), kYanhu);
        EXPECT_EQ(saved.features[0].geometry.parts[0][0][1], QPointF(111.15, 35.07));
        EXPECT_EQ(saved.features[0].geometry.parts[0][0][0], disk.features[0].geometry.parts[0][0][0]);

        // Another tool reads the same Chinese (telling GDAL the encoding when no .cpg says it).
        QStringList args = {QStringLiteral("-ro"), QStringLiteral("-al"), QStringLiteral("-q")};
        if (!withCpg)
            args << QStringLiteral("--config") << QStringLiteral("SHAPE_ENCODING") << QStringLiteral("CP936");
        const test::ProcessRun info = test::runProgram(QStringLiteral("ogrinfo"), args << shp, dir.path());
        ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
        EXPECT_TRUE(info.out.contains(kYanhu)) << info.out.toStdString();
        EXPECT_FALSE(info.out.contains(kRuicheng));
    }
}

TEST(VectorEdit, GeoJsonWrittenThroughACopyAndRenumberingIsReported)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roads.geojson"));
    VectorData lonLat = roads();
    lonLat.crs = Crs::wgs84();
    for (VectorFeature &f : lonLat.features)
        f.geometry = CoordinateTransform(Crs::cgcs2000Gk111(), Crs::wgs84()).apply(f.geometry);
    ASSERT_EQ(writeVectorLayer(lonLat, path, QStringLiteral("GeoJSON")), QString());
    EXPECT_TRUE(vectorLayerWritability(path).writable);
    const VectorData disk = read(path);
    Project project;
    const QString key = layerEditKey(path, disk.layerName);
    push(project, LayerFeatureEditCommand::move(project, key, disk, {disk.features[2].fid}, {0.01, 0.02}, Crs::wgs84()));
    VectorWriteBackResult result = writeBackVectorChanges(path, {}, changesOf(project, key));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_FALSE(result.fidsRenumbered);
    EXPECT_EQ(read(path).features[2].geometry, project.layerEdits().feature(key, disk, disk.features[2].fid)->geometry);
    EXPECT_EQ(read(path).features[0].attributes[0].toString(), kYanhu);

    // GeoJSON numbers features by position, so deleting one renumbers those after it: the result says so.
    push(project, LayerFeatureEditCommand::deleteFeatures(project, key, disk, {disk.features[0].fid}));
    result = writeBackVectorChanges(path, {}, changesOf(project, key));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(read(path).features.size(), 2);
    EXPECT_TRUE(result.fidsRenumbered);
}

TEST(VectorEdit, ReadOnlyDriversSayWhy)
{
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("roads.gpkg"));
    ASSERT_EQ(writeVectorLayer(roads(), gpkg), QString());
    // KML: GDAL reads it but cannot update an existing file.
    const QString kml = dir.filePath(QStringLiteral("roads.kml"));
    test::runGdalTool(QStringLiteral("ogr2ogr"), {QStringLiteral("-f"), QStringLiteral("KML"), kml, gpkg}, dir.path());
    const VectorLayerWritability w = vectorLayerWritability(kml);
    EXPECT_FALSE(w.writable);
    EXPECT_TRUE(w.reason.contains(QStringLiteral("KML"))) << w.reason.toStdString();
    const VectorData disk = read(kml);
    ASSERT_FALSE(disk.features.isEmpty());
    const QByteArray before = fileBytes(kml);
    VectorFeature moved = disk.features[0];
    moved.geometry = Geometry::lineString(QPolygonF(QList<QPointF>{{111, 35}, {111.1, 35.1}}));
    const VectorWriteBackResult result = writeBackVectorChanges(kml, {}, {{moved.fid, moved}});
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(fileBytes(kml), before);

    EXPECT_FALSE(vectorLayerWritability(dir.filePath(QStringLiteral("missing.gpkg"))).writable);
}
