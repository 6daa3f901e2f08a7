// SPDX-License-Identifier: GPL-3.0-or-later
// CSV files place their points by longitude/latitude columns or by a WKT column.
#include "io/vector_data.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace yc;

TEST(CsvColumns, LonLatAndChineseColumnNamesAndWkt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const QByteArray &text : {QByteArray("name,lon,lat\nsite,111.0,35.0\nother,110.5,34.8\n"),
                                   QByteArray("名称,经度,纬度\n景区,111.0,35.0\n老城,110.5,34.8\n"),
                                   QByteArray("name,Longitude,Latitude\nsite,111.0,35.0\nother,110.5,34.8\n")}) {
        QString error;
        const std::optional<VectorData> data = readVectorLayer(test::writeFile(dir, QStringLiteral("sites.csv"), text), {}, &error);
        ASSERT_TRUE(data) << error.toStdString();
        ASSERT_EQ(data->features.size(), 2) << text.constData();
        EXPECT_EQ(data->features.first().geometry, Geometry::point({111.0, 35.0})) << text.constData();
        EXPECT_DOUBLE_EQ(data->extent.xMin, 110.5);
        EXPECT_TRUE(data->crs.isEmpty());   // a CSV declares none: the app assumes WGS84 and says so
    }
    QString error;
    const std::optional<VectorData> wkt = readVectorLayer(
        test::writeFile(dir, QStringLiteral("roads.csv"), "WKT,name\n\"LINESTRING (111 35,111.1 35.1)\",road\n"), {}, &error);
    ASSERT_TRUE(wkt) << error.toStdString();
    ASSERT_EQ(wkt->features.size(), 1);
    EXPECT_EQ(wkt->features.first().geometry.dimension(), 1);
}
