// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/coordinate_transform.h"
#include "geo/gcj02.h"

#include <gtest/gtest.h>

namespace {

struct Pair {
    QPointF wgs;   // lon, lat
    QPointF gcj;
};

// Published pairs from googollee/eviltransform, go/transform_test.go (there given as lat, lng):
// Shanghai, Shenzhen, Beijing.
const Pair kPublished[] = {
    {{121.5272106, 31.1774276}, {121.531541859215, 31.17530398364597}},
    {{113.912316, 22.543847}, {113.9171764808363, 22.540796131694766}},
    {{116.377817, 39.911954}, {116.38404722455657, 39.91334545536069}},
};

} // namespace

TEST(Gcj02, ForwardMatchesPublishedPairsWithinOneMetre)
{
    for (const Pair &p : kPublished) {
        const QPointF gcj = yc::gcj02::fromWgs84(p.wgs);
        EXPECT_LT(yc::geodesicDistance(gcj, p.gcj), 1.0) << p.wgs.x() << ' ' << p.wgs.y();
        // The offset itself is hundreds of metres, so the test would notice a missing transform.
        EXPECT_GT(yc::geodesicDistance(p.wgs, p.gcj), 100.0);
    }
}

TEST(Gcj02, InverseMatchesPublishedPairsWithinOneMetre)
{
    for (const Pair &p : kPublished)
        EXPECT_LT(yc::geodesicDistance(yc::gcj02::toWgs84(p.gcj), p.wgs), 1.0) << p.gcj.x() << ' ' << p.gcj.y();
}

TEST(Gcj02, InverseRoundTripBelowAMicrometre)
{
    // A grid over mainland China, including Yuncheng (111.0, 35.0).
    for (double lon = 74.0; lon <= 134.0; lon += 3.7) {
        for (double lat = 18.0; lat <= 53.0; lat += 2.9) {
            const QPointF wgs(lon, lat);
            const QPointF back = yc::gcj02::toWgs84(yc::gcj02::fromWgs84(wgs));
            EXPECT_LT(yc::geodesicDistance(back, wgs), 1e-6) << lon << ' ' << lat;
        }
    }
    const QPointF yuncheng(111.0, 35.0);
    EXPECT_LT(yc::geodesicDistance(yc::gcj02::fromWgs84(yc::gcj02::toWgs84(yuncheng)), yuncheng), 1e-6);
}

TEST(Gcj02, OutsideChinaUnchanged)
{
    for (const QPointF p : {QPointF(151.2093, -33.8688), QPointF(2.3522, 48.8566), QPointF(-74.006, 40.7128),
                            QPointF(140.0, 36.0), QPointF(71.9, 35.0)}) {
        EXPECT_FALSE(yc::gcj02::isInsideChina(p));
        EXPECT_EQ(yc::gcj02::fromWgs84(p), p);
        EXPECT_EQ(yc::gcj02::toWgs84(p), p);
    }
}

TEST(Gcj02, ChinaBox)
{
    EXPECT_TRUE(yc::gcj02::isInsideChina({111.0, 35.0}));
    EXPECT_TRUE(yc::gcj02::isInsideChina({72.004, 0.8293}));
    EXPECT_TRUE(yc::gcj02::isInsideChina({137.8347, 55.8271}));
    EXPECT_FALSE(yc::gcj02::isInsideChina({72.0, 35.0}));
    EXPECT_FALSE(yc::gcj02::isInsideChina({111.0, 55.9}));
    EXPECT_FALSE(yc::gcj02::isInsideChina({111.0, 0.8}));
}

TEST(Gcj02, GeometryVertexByVertex)
{
    const yc::Geometry line = yc::Geometry::lineString({QPointF(110.9, 35.0), QPointF(111.1, 35.1)});
    const yc::Geometry gcj = yc::gcj02::fromWgs84(line);
    ASSERT_EQ(gcj.type, yc::GeometryType::LineString);
    ASSERT_EQ(gcj.vertexCount(), 2);
    EXPECT_EQ(gcj.parts[0][0][1], yc::gcj02::fromWgs84(QPointF(111.1, 35.1)));
    const yc::Geometry back = yc::gcj02::toWgs84(gcj);
    EXPECT_LT(yc::geodesicDistance(back.parts[0][0][0], QPointF(110.9, 35.0)), 1e-6);
}
