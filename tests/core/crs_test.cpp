// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/crs.h"

#include <gtest/gtest.h>

#include <QVariant>

using yc::Crs;

TEST(Crs, EpsgInputForms)
{
    for (const char *text : {"EPSG:4546", "4546", " epsg:4546 ", "EPSG: 4546"}) {
        const Crs crs = Crs::fromUserInput(QString::fromUtf8(text));
        EXPECT_EQ(crs.definition(), QStringLiteral("EPSG:4546")) << text;
        EXPECT_TRUE(crs.isValid()) << text;
        EXPECT_EQ(crs.epsg(), 4546) << text;
        EXPECT_EQ(crs, Crs::cgcs2000Gk111()) << text;
    }
    EXPECT_EQ(Crs::cgcs2000Gk111().authId(), QStringLiteral("EPSG:4546"));
    EXPECT_EQ(Crs::cgcs2000Gk111().name(), QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger CM 111E"));
}

TEST(Crs, WktRoundTripAndIdentification)
{
    const QString wkt = Crs::cgcs2000Gk111().toWkt();
    ASSERT_TRUE(wkt.startsWith(QLatin1String("PROJCRS[")));
    const Crs fromWkt = Crs::fromUserInput(wkt);
    EXPECT_TRUE(fromWkt.isValid());
    EXPECT_EQ(fromWkt.epsg(), 4546);
    EXPECT_EQ(fromWkt, Crs::cgcs2000Gk111());

    // Without its ID, PROJ still identifies the CRS with full confidence.
    QString anonymous = wkt;
    anonymous.remove(QStringLiteral(",\n    ID[\"EPSG\",4546]"));
    ASSERT_NE(anonymous, wkt);
    EXPECT_EQ(Crs::fromUserInput(anonymous).epsg(), 4546);
}

TEST(Crs, ProjJsonAndProjString)
{
    const Crs json = Crs::fromUserInput(QStringLiteral(
        R"({"type":"GeographicCRS","name":"China Geodetic Coordinate System 2000",)"
        R"("datum":{"type":"GeodeticReferenceFrame","name":"China 2000",)"
        R"("ellipsoid":{"name":"CGCS2000","semi_major_axis":6378137,"inverse_flattening":298.257222101}},)"
        R"("coordinate_system":{"subtype":"ellipsoidal","axis":[)"
        R"({"name":"Geodetic latitude","abbreviation":"Lat","direction":"north","unit":"degree"},)"
        R"({"name":"Geodetic longitude","abbreviation":"Lon","direction":"east","unit":"degree"}]}})"));
    EXPECT_TRUE(json.isValid());
    EXPECT_TRUE(json.isGeographic());
    EXPECT_EQ(json.name(), QStringLiteral("China Geodetic Coordinate System 2000"));

    const Crs proj = Crs::fromUserInput(QStringLiteral("+proj=tmerc +lat_0=0 +lon_0=111 +k=1 +x_0=500000 +y_0=0 "
                                                       "+ellps=GRS80 +units=m +no_defs"));
    EXPECT_TRUE(proj.isValid());
    EXPECT_FALSE(proj.isGeographic());
    EXPECT_TRUE(Crs::fromUserInput(QStringLiteral("+proj=longlat +datum=WGS84 +no_defs")).isGeographic());
}

TEST(Crs, GeographicOrProjected)
{
    EXPECT_TRUE(Crs::wgs84().isGeographic());
    EXPECT_TRUE(Crs::cgcs2000().isGeographic());
    EXPECT_FALSE(Crs::cgcs2000Gk111().isGeographic());
    EXPECT_FALSE(Crs::fromEpsg(4525).isGeographic());
}

TEST(Crs, InvalidAndEmpty)
{
    const Crs empty;
    EXPECT_TRUE(empty.isEmpty());
    EXPECT_FALSE(empty.isValid());
    EXPECT_FALSE(empty.epsg().has_value());
    EXPECT_TRUE(empty.authId().isEmpty());
    EXPECT_TRUE(empty.toWkt().isEmpty());

    for (const Crs &bad : {Crs::fromEpsg(999999), Crs::fromUserInput(QStringLiteral("not a crs"))}) {
        EXPECT_FALSE(bad.isEmpty());
        EXPECT_FALSE(bad.isValid());
        EXPECT_FALSE(bad.epsg().has_value());
        EXPECT_TRUE(bad.name().isEmpty());
    }
}

TEST(Crs, Equality)
{
    EXPECT_EQ(Crs::fromUserInput(QStringLiteral("4490")), Crs::cgcs2000());
    EXPECT_NE(Crs::cgcs2000(), Crs::wgs84());
    EXPECT_NE(Crs::cgcs2000Gk111(), Crs::fromEpsg(4525));
    EXPECT_NE(Crs(), Crs::wgs84());
    EXPECT_EQ(Crs(), Crs());
    EXPECT_EQ(QVariant::fromValue(Crs::cgcs2000()).value<Crs>(), Crs::cgcs2000());
}
