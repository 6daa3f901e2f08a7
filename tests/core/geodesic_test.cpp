// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geodesic.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using namespace yc;

namespace {

constexpr double kA = 6378137.0;
constexpr double kF = 1 / 298.257223563;   // WGS 84

/// Area of the band between two parallels over `dLon` degrees: the closed form on the ellipsoid
/// (authalic latitude), independent of PROJ.
double bandArea(double lat1, double lat2, double dLon)
{
    const double e2 = kF * (2 - kF);
    const double e = std::sqrt(e2);
    const double b2 = kA * kA * (1 - e2);
    const auto q = [&](double latDeg) {
        const double s = std::sin(latDeg * std::numbers::pi / 180);
        return s / (1 - e2 * s * s) + std::log((1 + e * s) / (1 - e * s)) / (2 * e);
    };
    return dLon * std::numbers::pi / 180 * b2 / 2 * (q(lat2) - q(lat1));
}

} // namespace

TEST(Geodesic, DegreeOfMeridianAndOfEquatorOnWgs84)
{
    const Geodesic g(kA, kF);
    // GeographicLib / `geod +ellps=WGS84 -I`: 110574.389 m and 111319.491 m.
    EXPECT_NEAR(g.distance({0, 0}, {0, 1}), 110574.3886, 1e-3);
    EXPECT_NEAR(g.distance({0, 0}, {1, 0}), 111319.4908, 1e-3);
}

TEST(Geodesic, YunchengToBeijingAndAPolylineSumsItsLegs)
{
    const Geodesic g;   // CGCS2000
    // Yuncheng (111.007, 35.026) to Beijing (116.397, 39.909): `geod +ellps=GRS80 -I` gives 721,540.959 m.
    const QPointF yuncheng(111.007, 35.026);
    const QPointF beijing(116.397, 39.909);
    const QPointF taiyuan(112.549, 37.857);
    const double d = g.distance(yuncheng, beijing);
    EXPECT_NEAR(d, 721540.959, 0.01);
    EXPECT_DOUBLE_EQ(d, g.distance(beijing, yuncheng));
    QPolygonF line;
    line << yuncheng << taiyuan << beijing;
    EXPECT_DOUBLE_EQ(g.length(line), g.distance(yuncheng, taiyuan) + g.distance(taiyuan, beijing));
    EXPECT_GT(g.length(line), d);
    EXPECT_EQ(g.length(QPolygonF()), 0);
}

TEST(Geodesic, AreaOfADegreeCellMatchesTheClosedForm)
{
    const Geodesic g(kA, kF);
    // A 1°×1° cell at 35°N (Yuncheng's latitude), its parallels densified so the geodesic edges follow them.
    QPolygonF ring;
    for (int i = 0; i <= 1000; ++i)
        ring << QPointF(110 + i / 1000.0, 35);
    for (int i = 0; i <= 1000; ++i)
        ring << QPointF(111 - i / 1000.0, 36);
    const double expected = bandArea(35, 36, 1);   // about 10,100 km²
    EXPECT_NEAR(g.area(ring), expected, expected * 1e-6);
    // Orientation and an explicit closing point do not matter.
    QPolygonF reversed(ring.rbegin(), ring.rend());
    reversed << reversed.first();
    EXPECT_NEAR(g.area(reversed), expected, expected * 1e-6);
    // Perimeter: two meridian degrees plus the two parallel arcs.
    const double perimeter = g.perimeter(ring);
    EXPECT_NEAR(perimeter, g.distance({110, 35}, {110, 36}) * 2 + g.length(ring.mid(0, 1001))
                               + g.length(ring.mid(1001)), 1e-3);
}

TEST(Geodesic, DegenerateRingsHaveNoArea)
{
    const Geodesic g;
    EXPECT_EQ(g.area(QPolygonF()), 0);
    QPolygonF two;
    two << QPointF(111, 35) << QPointF(111.1, 35);
    EXPECT_NEAR(g.area(two), 0, 1e-6);
}
