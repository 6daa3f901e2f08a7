// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/coordinate_transform.h"

#include <gtest/gtest.h>

#include <cmath>

using yc::CoordinateTransform;
using yc::Crs;

namespace {

void expectNear(std::optional<QPointF> got, QPointF want, double tolerance)
{
    ASSERT_TRUE(got.has_value());
    EXPECT_NEAR(got->x(), want.x(), tolerance);
    EXPECT_NEAR(got->y(), want.y(), tolerance);
}

} // namespace

TEST(CoordinateTransform, Cgcs2000ToGaussKrugerCm111)
{
    const CoordinateTransform t(Crs::cgcs2000(), Crs::cgcs2000Gk111());
    ASSERT_TRUE(t.isValid()) << t.error().toStdString();
    EXPECT_FALSE(t.isIdentity());
    // echo "35 111" | cs2cs -f %.6f EPSG:4490 EPSG:4546   →  3874592.901589  500000.000000
    expectNear(t.apply(QPointF(111.0, 35.0)), QPointF(500000.000000, 3874592.901589), 1e-3);
    // echo "35.1 110.8" | cs2cs -f %.6f EPSG:4490 EPSG:4546 →  3885705.351249  481764.593342
    expectNear(t.apply(QPointF(110.8, 35.1)), QPointF(481764.593342, 3885705.351249), 1e-3);
}

TEST(CoordinateTransform, ZonedGaussKrugerKeepsZonePrefix)
{
    const CoordinateTransform t(Crs::cgcs2000(), Crs::fromEpsg(4525));
    ASSERT_TRUE(t.isValid()) << t.error().toStdString();
    // echo "35 111" | cs2cs -f %.6f EPSG:4490 EPSG:4525   →  3874592.901589  37500000.000000
    expectNear(t.apply(QPointF(111.0, 35.0)), QPointF(37500000.000000, 3874592.901589), 1e-3);
}

TEST(CoordinateTransform, Wgs84ToWebMercator)
{
    const CoordinateTransform t(Crs::wgs84(), Crs::fromEpsg(3857));
    ASSERT_TRUE(t.isValid()) << t.error().toStdString();
    // echo "35.0 111.0" | cs2cs -f %.6f EPSG:4326 EPSG:3857     →  12356463.478053  4163881.144064
    expectNear(t.apply(QPointF(111.0, 35.0)), QPointF(12356463.478053, 4163881.144064), 1e-3);
    // echo "-33.86 151.21" | cs2cs -f %.6f EPSG:4326 EPSG:3857  →  16832620.202851  -4010018.902273
    expectNear(t.apply(QPointF(151.21, -33.86)), QPointF(16832620.202851, -4010018.902273), 1e-3);
    EXPECT_FALSE(t.apply(QPointF(0.0, 91.0)).has_value());   // no such latitude
}

TEST(CoordinateTransform, InverseRoundTrip)
{
    const CoordinateTransform t(Crs::cgcs2000(), Crs::cgcs2000Gk111());
    for (double lon = 110.2; lon <= 111.6; lon += 0.2) {
        for (double lat = 34.6; lat <= 35.8; lat += 0.2) {
            const std::optional<QPointF> xy = t.apply(QPointF(lon, lat));
            ASSERT_TRUE(xy.has_value());
            expectNear(t.applyInverse(*xy), QPointF(lon, lat), 1e-9);
        }
    }
}

TEST(CoordinateTransform, IdentityForTheSameCrs)
{
    const CoordinateTransform t(Crs::cgcs2000Gk111(), Crs::fromUserInput(QStringLiteral("4546")));
    EXPECT_TRUE(t.isValid());
    EXPECT_TRUE(t.isIdentity());
    EXPECT_EQ(t.apply(QPointF(500000.5, 3874592.25)), QPointF(500000.5, 3874592.25));
}

TEST(CoordinateTransform, InvalidInputsGiveAReason)
{
    const CoordinateTransform noCrs(Crs(), Crs::wgs84());
    EXPECT_FALSE(noCrs.isValid());
    EXPECT_FALSE(noCrs.error().isEmpty());
    EXPECT_FALSE(noCrs.apply(QPointF(1, 2)).has_value());

    const CoordinateTransform unknown(Crs::fromEpsg(999999), Crs::wgs84());
    EXPECT_FALSE(unknown.isValid());
    EXPECT_FALSE(unknown.error().isEmpty());
    EXPECT_FALSE(unknown.error().contains(QLatin1Char('\n')));
}

TEST(CoordinateTransform, MovedTransformKeepsWorking)
{
    CoordinateTransform a(Crs::wgs84(), Crs::fromEpsg(3857));
    CoordinateTransform b = std::move(a);
    expectNear(b.apply(QPointF(111.0, 35.0)), QPointF(12356463.478053, 4163881.144064), 1e-3);
    CoordinateTransform c(Crs::cgcs2000(), Crs::cgcs2000Gk111());
    c = std::move(b);
    expectNear(c.apply(QPointF(111.0, 35.0)), QPointF(12356463.478053, 4163881.144064), 1e-3);
}

TEST(CoordinateTransform, EnvelopeCoversCurvedEdges)
{
    const CoordinateTransform t(Crs::cgcs2000(), Crs::cgcs2000Gk111());
    const yc::Envelope lonLat = yc::Envelope::of(110.0, 34.5, 112.0, 36.0);
    const yc::Envelope projected = t.apply(lonLat);
    ASSERT_FALSE(projected.isEmpty());
    // Every sampled point of the box lies inside the transformed envelope.
    for (double lon = 110.0; lon <= 112.0; lon += 0.25)
        for (double lat = 34.5; lat <= 36.0; lat += 0.25)
            EXPECT_TRUE(projected.buffered(1e-6).contains(*t.apply(QPointF(lon, lat))));
    // Parallels bend towards the pole away from the central meridian: the bottom edge dips south at
    // 111°E, below both bottom corners, and only edge sampling finds that.
    EXPECT_LT(projected.yMin, t.apply(QPointF(110.0, 34.5))->y() - 100);
    EXPECT_NEAR(projected.yMin, t.apply(QPointF(111.0, 34.5))->y(), 1e-6);
}

// A box with a side of no length (a point's, a north-south line's) is sampled along the other side only, at the
// same points as a box with both: the result is the envelope of exactly those points.
TEST(CoordinateTransform, EnvelopeOfAPointOrAFlatBox)
{
    const CoordinateTransform t(Crs::cgcs2000(), Crs::cgcs2000Gk111());
    const QPointF p = *t.apply(QPointF(110.7, 35.1));
    const yc::Envelope point = t.apply(yc::Envelope::of(110.7, 35.1, 110.7, 35.1));
    EXPECT_EQ(point.xMin, p.x());
    EXPECT_EQ(point.xMax, p.x());
    EXPECT_EQ(point.yMin, p.y());
    EXPECT_EQ(point.yMax, p.y());

    const yc::Envelope flat = t.apply(yc::Envelope::of(110.2, 34.6, 110.2, 35.9));
    yc::Envelope sampled;
    for (int i = 0; i <= 20; ++i)
        sampled.include(*t.apply(QPointF(110.2, 34.6 + double(i) / 20 * (35.9 - 34.6))));
    EXPECT_EQ(flat.xMin, sampled.xMin);
    EXPECT_EQ(flat.xMax, sampled.xMax);   // the meridian 110.2°E bends in the projection: a real width
    EXPECT_GT(flat.width(), 1.0);
    EXPECT_EQ(flat.yMin, sampled.yMin);
    EXPECT_EQ(flat.yMax, sampled.yMax);
}

TEST(CoordinateTransform, GeometryAllOrNothing)
{
    const CoordinateTransform t(Crs::wgs84(), Crs::fromEpsg(3857));
    const yc::Geometry triangle = yc::Geometry::polygon({QPointF(110, 34), QPointF(112, 34), QPointF(112, 36)});
    const yc::Geometry projected = t.apply(triangle);
    ASSERT_EQ(projected.type, yc::GeometryType::Polygon);
    EXPECT_EQ(projected.vertexCount(), triangle.vertexCount());
    EXPECT_NEAR(projected.parts[0][0][0].x(), 12245143.987260, 1e-3);   // 110° × 6378137 × π/180
    const yc::Geometry beyondPole = yc::Geometry::lineString({QPointF(0, 0), QPointF(0, 91)});
    EXPECT_TRUE(t.apply(beyondPole).isEmpty());
}

TEST(GeodesicDistance, KnownLengths)
{
    // One degree of longitude on the equator: 2πa/360 on WGS84.
    EXPECT_NEAR(yc::geodesicDistance(QPointF(0, 0), QPointF(1, 0)), 111319.490793, 1e-5);
    EXPECT_DOUBLE_EQ(yc::geodesicDistance(QPointF(111, 35), QPointF(111, 35)), 0.0);
    // Symmetric.
    EXPECT_DOUBLE_EQ(yc::geodesicDistance(QPointF(110.5, 34.8), QPointF(111.4, 35.6)),
                     yc::geodesicDistance(QPointF(111.4, 35.6), QPointF(110.5, 34.8)));
}
