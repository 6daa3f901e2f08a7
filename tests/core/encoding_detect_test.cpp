// SPDX-License-Identifier: GPL-3.0-or-later
// Telling UTF-8 from GBK in shapefiles that do not say which they are.
#include "app/cli_run.h"
#include "io/encoding_detect.h"
#include "io/vector_data.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using yc::TextEncodingGuess;

namespace {

// 运城市盐湖区 in GBK (iconv -t GBK).
const QByteArray kGbkYanhu = QByteArray::fromHex("d4cbb3c7cad0d1cebafec7f8");

/// A point shapefile whose name field holds Chinese, written by ogr2ogr with `lco` (e.g. ENCODING=CP936),
/// then stripped of its .cpg so nothing declares the encoding.
QString writeShapefile(const QTemporaryDir &dir, const QString &base, const QString &layerOption)
{
    const QString geojson = dir.filePath(base + QStringLiteral(".geojson"));
    yc::test::writeText(geojson, QStringLiteral(R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"name": "运城市盐湖区", "code": 140802},
   "geometry": {"type": "Point", "coordinates": [111.0, 35.0]}},
  {"type": "Feature", "properties": {"name": "Yongji", "code": 140881},
   "geometry": {"type": "Point", "coordinates": [110.45, 34.87]}},
  {"type": "Feature", "properties": {"name": "芮城县", "code": 140830},
   "geometry": {"type": "Point", "coordinates": [110.69, 34.69]}}
]})").toUtf8());
    const QString shp = dir.filePath(base + QStringLiteral(".shp"));
    yc::test::runGdalTool(QStringLiteral("ogr2ogr"), {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"),
                                                      QStringLiteral("-lco"), layerOption, shp, geojson}, dir.path());
    QFile::remove(dir.filePath(base + QStringLiteral(".cpg")));
    return shp;
}

} // namespace

TEST(EncodingDetect, TellsAsciiUtf8GbkAndNonsenseApart)
{
    EXPECT_EQ(yc::guessTextEncoding("Yuncheng 2024"), TextEncodingGuess::Ascii);
    EXPECT_EQ(yc::guessTextEncoding(QStringLiteral("运城市盐湖区").toUtf8()), TextEncodingGuess::Utf8);
    EXPECT_EQ(yc::guessTextEncoding(kGbkYanhu), TextEncodingGuess::Cp936);
    EXPECT_EQ(yc::guessTextEncoding(QByteArray::fromHex("41ff80fe41")), TextEncodingGuess::Unknown);
    // A character cut in two by a fixed-width DBF field still counts as its encoding.
    EXPECT_EQ(yc::guessTextEncoding(QStringLiteral("运城").toUtf8().chopped(1)), TextEncodingGuess::Utf8);
    EXPECT_EQ(yc::guessTextEncoding(kGbkYanhu.chopped(1)), TextEncodingGuess::Cp936);
    EXPECT_EQ(yc::encodingName(TextEncodingGuess::Cp936), QStringLiteral("CP936"));
    EXPECT_TRUE(yc::encodingName(TextEncodingGuess::Unknown).isEmpty());
}

TEST(EncodingDetect, GbkShapefileWithoutCpgIsDecodedAndMarkedDetected)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString shp = writeShapefile(dir, QStringLiteral("县城 gbk"), QStringLiteral("ENCODING=CP936"));
    ASSERT_FALSE(QFile::exists(dir.filePath(QStringLiteral("县城 gbk.cpg"))));
    EXPECT_EQ(yc::detectDbfEncoding(dir.filePath(QStringLiteral("县城 gbk.dbf"))), TextEncodingGuess::Cp936);

    QString error;
    const std::optional<yc::VectorData> data = yc::readVectorLayer(shp, {}, &error);
    ASSERT_TRUE(data) << error.toStdString();
    EXPECT_EQ(data->encoding, QStringLiteral("CP936 (detected)"));
    const int name = data->fieldIndex(QStringLiteral("name"));
    ASSERT_EQ(data->features.size(), 3);
    EXPECT_EQ(data->features[0].attributes.value(name).toString(), QStringLiteral("运城市盐湖区"));
    EXPECT_EQ(data->features[2].attributes.value(name).toString(), QStringLiteral("芮城县"));
    EXPECT_TRUE(data->warnings.isEmpty());

    // The planner's explicit choice wins over the detection.
    yc::VectorReadOptions latin;
    latin.encoding = QStringLiteral("ISO-8859-1");
    const std::optional<yc::VectorData> forced = yc::readVectorLayer(shp, latin, &error);
    ASSERT_TRUE(forced) << error.toStdString();
    EXPECT_EQ(forced->encoding, QStringLiteral("ISO-8859-1"));
    EXPECT_NE(forced->features[0].attributes.value(name).toString(), QStringLiteral("运城市盐湖区"));
}

TEST(EncodingDetect, Utf8AndUndecidableShapefilesWithoutCpg)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString shp = writeShapefile(dir, QStringLiteral("utf8"), QStringLiteral("ENCODING=UTF-8"));
    QString error;
    const std::optional<yc::VectorData> data = yc::readVectorLayer(shp, {}, &error);
    ASSERT_TRUE(data) << error.toStdString();
    EXPECT_EQ(data->encoding, QStringLiteral("UTF-8 (detected)"));
    EXPECT_EQ(data->features[0].attributes.value(data->fieldIndex(QStringLiteral("name"))).toString(),
              QStringLiteral("运城市盐湖区"));

    // Bytes that are neither UTF-8 nor GBK: read, but flagged instead of silently garbled.
    const QString dbf = dir.filePath(QStringLiteral("utf8.dbf"));
    QFile f(dbf);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const qsizetype at = bytes.indexOf(QStringLiteral("运城市盐湖区").toUtf8());
    ASSERT_GE(at, 0);
    bytes.replace(at, 3, QByteArray::fromHex("ff80ff"));
    f.seek(0);
    f.write(bytes);
    f.close();
    EXPECT_EQ(yc::detectDbfEncoding(dbf), TextEncodingGuess::Unknown);
    const std::optional<yc::VectorData> unknown = yc::readVectorLayer(shp, {}, &error);
    ASSERT_TRUE(unknown) << error.toStdString();
    EXPECT_EQ(unknown->encoding, QStringLiteral("unknown"));
    ASSERT_EQ(unknown->warnings.size(), 1);
    EXPECT_TRUE(unknown->warnings.first().contains(QStringLiteral("encoding"))) << unknown->warnings.first().toStdString();
}
