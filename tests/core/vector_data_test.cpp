// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/vector_data.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>

using yc::Crs;
using yc::Geometry;
using yc::GeometryType;
using yc::VectorData;

namespace {

const QString kCounty = QString::fromUtf8("盐湖区");
const QString kRiver = QString::fromUtf8("黄河 (运城段)");

/// Two county-like polygons in CGCS2000 / GK CM 111E with Chinese names, a 64-bit count, a real, a date
/// and a null.
VectorData countyLayer()
{
    VectorData d;
    d.layerName = QString::fromUtf8("县界");
    d.crs = Crs::cgcs2000Gk111();
    d.geometryType = GeometryType::Polygon;
    d.fields = {{QStringLiteral("name"), QStringLiteral("String")},
                {QStringLiteral("people"), QStringLiteral("Integer64")},
                {QStringLiteral("area_km2"), QStringLiteral("Real")},
                {QStringLiteral("founded"), QStringLiteral("Date")}};
    d.features.append({-1, Geometry::polygon({QPointF(480000, 3870000), QPointF(500000, 3870000),
                                              QPointF(500000, 3890000), QPointF(480000, 3890000)},
                                             {{QPointF(485000, 3875000), QPointF(486000, 3875000),
                                               QPointF(486000, 3876000)}}),
                       {kCounty, qint64(5000000000), 1237.5, QDate(2000, 6, 1)}});
    d.features.append({-1, Geometry::polygon({QPointF(500000, 3870000), QPointF(520000, 3870000),
                                              QPointF(510000, 3895000)}),
                       {kRiver, QVariant(), 88.25, QVariant()}});
    return d;
}

void expectSameLayer(const VectorData &read, const VectorData &written)
{
    EXPECT_EQ(read.fields, written.fields);
    ASSERT_EQ(read.features.size(), written.features.size());
    for (int i = 0; i < read.features.size(); ++i) {
        EXPECT_EQ(read.features[i].geometry, written.features[i].geometry) << i;
        ASSERT_EQ(read.features[i].attributes.size(), written.features[i].attributes.size());
        for (int k = 0; k < read.features[i].attributes.size(); ++k) {
            const QVariant &got = read.features[i].attributes[k];
            const QVariant &want = written.features[i].attributes[k];
            EXPECT_EQ(got.isValid(), want.isValid()) << i << ' ' << k;
            if (want.isValid()) {
                EXPECT_EQ(got, want) << i << ' ' << k << ' ' << got.toString().toStdString();
            }
        }
    }
}

QString ogr2ogrExecutable()
{
    return QStandardPaths::findExecutable(QStringLiteral("ogr2ogr"));
}

/// Runs ogr2ogr; false (with its output in `output`) when it fails.
bool ogr2ogr(const QStringList &args, QString *output)
{
    const QString exe = ogr2ogrExecutable();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(exe, args);
    p.waitForFinished(60000);
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

TEST(VectorData, GeoPackageRoundTripInAChinesePathWithSpaces)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const QString dir = tmp.filePath(QString::fromUtf8("目录 with space"));
    ASSERT_TRUE(QDir().mkpath(dir));
    const QString path = dir + QString::fromUtf8("/县界.gpkg");

    const VectorData written = countyLayer();
    const QString writeError = yc::writeVectorLayer(written, path);
    ASSERT_TRUE(writeError.isEmpty()) << writeError.toStdString();

    EXPECT_EQ(yc::vectorLayerNames(path), QStringList{written.layerName});
    QString error;
    const std::optional<VectorData> read = yc::readVectorLayer(path, {}, &error);
    ASSERT_TRUE(read.has_value()) << error.toStdString();
    EXPECT_EQ(read->source, path);
    EXPECT_EQ(read->layerName, written.layerName);
    EXPECT_EQ(read->driver, QStringLiteral("GPKG"));
    EXPECT_EQ(read->encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(read->crs.epsg(), 4546);
    EXPECT_EQ(read->geometryType, GeometryType::Polygon);
    EXPECT_EQ(read->extent, yc::Envelope::of(480000, 3870000, 520000, 3895000));
    EXPECT_EQ(read->fieldIndex(QStringLiteral("PEOPLE")), 1);
    EXPECT_EQ(read->fieldIndex(QStringLiteral("missing")), -1);
    EXPECT_GE(read->features.first().fid, 0);
    expectSameLayer(*read, written);
}

TEST(VectorData, GeoPackageAddsAndOverwritesLayers)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("base.gpkg"));
    VectorData counties = countyLayer();
    ASSERT_TRUE(yc::writeVectorLayer(counties, path).isEmpty());

    VectorData sites;
    sites.layerName = QStringLiteral("sites");
    sites.crs = Crs::cgcs2000();
    sites.geometryType = GeometryType::Point;
    sites.fields = {{QStringLiteral("title"), QStringLiteral("String")}};
    sites.features.append({-1, Geometry::point({111.0, 35.0}), {QString::fromUtf8("运城机场")}});
    ASSERT_TRUE(yc::writeVectorLayer(sites, path).isEmpty());
    QStringList names = yc::vectorLayerNames(path);
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("sites"), counties.layerName}));

    // Same name again: the layer is replaced, not appended to.
    counties.features.removeLast();
    ASSERT_TRUE(yc::writeVectorLayer(counties, path).isEmpty());
    EXPECT_EQ(yc::vectorLayerNames(path).size(), 2);
    const std::optional<VectorData> read = yc::readVectorLayer(path, {counties.layerName, {}});
    ASSERT_TRUE(read.has_value());
    expectSameLayer(*read, counties);

    const std::optional<VectorData> readSites = yc::readVectorLayer(path, {QStringLiteral("sites"), {}});
    ASSERT_TRUE(readSites.has_value());
    EXPECT_EQ(readSites->crs.epsg(), 4490);
    EXPECT_EQ(readSites->features.first().geometry, Geometry::point({111.0, 35.0}));   // lon, lat order
}

TEST(VectorData, GeoJsonRoundTrip)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QString::fromUtf8("河流.geojson"));
    VectorData data;
    data.layerName = QStringLiteral("rivers");
    data.crs = Crs::wgs84();
    data.geometryType = GeometryType::MultiLineString;
    data.fields = {{QStringLiteral("name"), QStringLiteral("String")}, {QStringLiteral("rank"), QStringLiteral("Integer")}};
    data.features.append({-1, Geometry{GeometryType::MultiLineString,
                                       {{QPolygonF{QPointF(110.25, 34.5), QPointF(110.5, 34.75)}},
                                        {QPolygonF{QPointF(111.0, 35.0), QPointF(111.5, 35.25)}}}},
                          {kRiver, 1}});
    ASSERT_TRUE(yc::writeVectorLayer(data, path, QStringLiteral("GeoJSON")).isEmpty());
    // Writing again replaces the single-layer file.
    ASSERT_TRUE(yc::writeVectorLayer(data, path, QStringLiteral("GeoJSON")).isEmpty());

    QString error;
    const std::optional<VectorData> read = yc::readVectorLayer(path, {}, &error);
    ASSERT_TRUE(read.has_value()) << error.toStdString();
    EXPECT_EQ(read->driver, QStringLiteral("GeoJSON"));
    EXPECT_EQ(read->crs.epsg(), 4326);
    EXPECT_EQ(read->geometryType, GeometryType::MultiLineString);
    expectSameLayer(*read, data);
}

TEST(VectorData, GbkShapefileFromCpgOrLdidOrOption)
{
    QTemporaryDir tmp;
    const QString source = tmp.filePath(QStringLiteral("source.gpkg"));
    const VectorData counties = countyLayer();
    ASSERT_TRUE(yc::writeVectorLayer(counties, source).isEmpty());

    // ogr2ogr -lco ENCODING=CP936 writes GBK text and a .cpg saying so.
    if (ogr2ogrExecutable().isEmpty())
        GTEST_SKIP() << "ogr2ogr (gdal-bin) is not installed";
    ASSERT_TRUE(QDir(tmp.path()).mkpath(QStringLiteral("cpg")) && QDir(tmp.path()).mkpath(QStringLiteral("ldid")));
    const QString cpgShp = tmp.filePath(QStringLiteral("cpg/counties.shp"));
    QString output;
    ASSERT_TRUE(ogr2ogr({QStringLiteral("-lco"), QStringLiteral("ENCODING=CP936"), cpgShp, source}, &output))
        << output.toStdString();
    ASSERT_TRUE(QFile::exists(tmp.filePath(QStringLiteral("cpg/counties.cpg"))));
    {
        QFile dbf(tmp.filePath(QStringLiteral("cpg/counties.dbf")));
        ASSERT_TRUE(dbf.open(QIODevice::ReadOnly));
        const QByteArray bytes = dbf.readAll();
        EXPECT_TRUE(bytes.contains(QByteArray("\xD1\xCE\xBA\xFE\xC7\xF8")));   // 盐湖区 in GBK
        EXPECT_FALSE(bytes.contains(kCounty.toUtf8()));
    }
    QString error;
    std::optional<VectorData> read = yc::readVectorLayer(cpgShp, {}, &error);
    ASSERT_TRUE(read.has_value()) << error.toStdString();
    EXPECT_EQ(read->driver, QStringLiteral("ESRI Shapefile"));
    EXPECT_EQ(read->encoding, QStringLiteral("CP936"));
    EXPECT_EQ(read->crs.epsg(), 4546);
    EXPECT_EQ(read->features[0].attributes[0].toString(), kCounty);
    EXPECT_EQ(read->features[1].attributes[0].toString(), kRiver);

    // Without the .cpg GDAL cannot know; we detect GBK from the DBF's bytes and say so (io/encoding_detect.h),
    // and an explicit encoding still wins.
    ASSERT_TRUE(QFile::remove(tmp.filePath(QStringLiteral("cpg/counties.cpg"))));
    read = yc::readVectorLayer(cpgShp);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->encoding, QStringLiteral("CP936 (detected)"));
    EXPECT_EQ(read->features[0].attributes[0].toString(), kCounty);
    read = yc::readVectorLayer(cpgShp, {{}, QStringLiteral("CP936")});
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->encoding, QStringLiteral("CP936"));
    EXPECT_EQ(read->features[0].attributes[0].toString(), kCounty);

    // -lco ENCODING=LDID/77 writes the DBF code-page byte instead of a .cpg.
    const QString ldidShp = tmp.filePath(QStringLiteral("ldid/counties.shp"));
    ASSERT_TRUE(ogr2ogr({QStringLiteral("-lco"), QStringLiteral("ENCODING=LDID/77"), ldidShp, source}, &output))
        << output.toStdString();
    ASSERT_FALSE(QFile::exists(tmp.filePath(QStringLiteral("ldid/counties.cpg"))));
    read = yc::readVectorLayer(ldidShp);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->encoding, QStringLiteral("CP936"));
    EXPECT_EQ(read->features[1].attributes[0].toString(), kRiver);
}

TEST(VectorData, ShapefileWrittenByUsKeepsChinese)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QString::fromUtf8("县界.shp"));
    const VectorData counties = countyLayer();
    const QString writeError = yc::writeVectorLayer(counties, path, QStringLiteral("ESRI Shapefile"));
    ASSERT_TRUE(writeError.isEmpty()) << writeError.toStdString();
    const std::optional<VectorData> read = yc::readVectorLayer(path);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(read->features[0].attributes[0].toString(), kCounty);
    EXPECT_EQ(read->features[0].attributes[1].toLongLong(), 5000000000);
}

TEST(VectorData, ZDroppedAndCurvesLinearisedOnRead)
{
    QTemporaryDir tmp;
    const QString json = tmp.filePath(QStringLiteral("z.geojson"));
    {
        QFile f(json);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[)"
                R"({"type":"Feature","properties":{"h":412.5},"geometry":{"type":"Point","coordinates":[111.0,35.0,412.5]}}]})");
    }
    std::optional<VectorData> read = yc::readVectorLayer(json);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->features[0].geometry, Geometry::point({111.0, 35.0}));
    EXPECT_EQ(read->geometryType, GeometryType::Point);
    EXPECT_EQ(read->fields.first().typeName, QStringLiteral("Real"));

    const QString csv = tmp.filePath(QStringLiteral("curves.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("WKT,id\n\"CURVEPOLYGON (CIRCULARSTRING (-1 0,0 1,1 0,0 -1,-1 0))\",7\n");
    }
    read = yc::readVectorLayer(csv);
    ASSERT_TRUE(read.has_value());
    ASSERT_EQ(read->features.size(), 1);
    EXPECT_EQ(read->features[0].geometry.type, GeometryType::Polygon);
    EXPECT_NEAR(read->features[0].geometry.area(), 3.14159, 0.01);
    EXPECT_TRUE(read->crs.isEmpty());   // a CSV declares no CRS
}

TEST(VectorData, ErrorsAreOneLine)
{
    QTemporaryDir tmp;
    QString error;
    EXPECT_FALSE(yc::readVectorLayer(tmp.filePath(QStringLiteral("missing.gpkg")), {}, &error).has_value());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(error.contains(QLatin1Char('\n')));
    EXPECT_TRUE(yc::vectorLayerNames(tmp.filePath(QStringLiteral("missing.gpkg")), &error).isEmpty());

    const QString path = tmp.filePath(QStringLiteral("one.gpkg"));
    ASSERT_TRUE(yc::writeVectorLayer(countyLayer(), path).isEmpty());
    error.clear();
    EXPECT_FALSE(yc::readVectorLayer(path, {QStringLiteral("nope"), {}}, &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("nope")));

    EXPECT_FALSE(yc::writeVectorLayer(countyLayer(), path, QStringLiteral("NoSuchDriver")).isEmpty());
    const QString notGpkg = tmp.filePath(QStringLiteral("text.gpkg"));
    {
        QFile f(notGpkg);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("hello");
    }
    const QString writeError = yc::writeVectorLayer(countyLayer(), notGpkg);
    EXPECT_FALSE(writeError.isEmpty());
    EXPECT_FALSE(writeError.contains(QLatin1Char('\n')));
}

TEST(VectorData, ReadsFromSeveralThreadsAtOnce)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("shared.gpkg"));
    ASSERT_TRUE(yc::writeVectorLayer(countyLayer(), path).isEmpty());
    const QList<int> jobs{0, 1, 2, 3, 4, 5, 6, 7};
    const QList<int> counts = QtConcurrent::blockingMapped(jobs, [&](int job) {
        // Odd jobs also hit an error, so per-thread error capture is exercised alongside.
        if (job % 2)
            yc::readVectorLayer(tmp.filePath(QStringLiteral("missing.gpkg")));
        const std::optional<VectorData> d = yc::readVectorLayer(path);
        return d && d->crs.epsg() == 4546 ? int(d->features.size()) : -1;
    });
    EXPECT_EQ(counts, QList<int>(jobs.size(), 2));
}
