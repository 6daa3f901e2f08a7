// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geometry.h"

#include <gtest/gtest.h>

#include <numbers>

using yc::Geometry;
using yc::GeometryType;

namespace {

Geometry fromWkt(const char *wkt)
{
    QString error;
    const std::optional<Geometry> g = Geometry::fromWkt(QString::fromUtf8(wkt), &error);
    EXPECT_TRUE(g.has_value()) << wkt << ": " << error.toStdString();
    return g.value_or(Geometry{});
}

const QPolygonF kUnitSquare{QPointF(0, 0), QPointF(1, 0), QPointF(1, 1), QPointF(0, 1)};

} // namespace

TEST(Geometry, BuildersCloseRingsAndMeasure)
{
    const Geometry square = Geometry::polygon(kUnitSquare);
    EXPECT_EQ(square.type, GeometryType::Polygon);
    ASSERT_EQ(square.parts.size(), 1);
    EXPECT_EQ(square.parts[0][0].size(), 5);
    EXPECT_EQ(square.parts[0][0].first(), square.parts[0][0].last());
    EXPECT_EQ(square.vertexCount(), 5);
    EXPECT_EQ(square.envelope(), yc::Envelope::of(0, 0, 1, 1));
    EXPECT_EQ(square.dimension(), 2);
    EXPECT_EQ(Geometry::point({3, 4}).dimension(), 0);
    EXPECT_EQ(Geometry::lineString(kUnitSquare).dimension(), 1);
    EXPECT_EQ(Geometry{}.dimension(), -1);
    EXPECT_TRUE(Geometry::polygon({}).isEmpty());
    EXPECT_EQ(yc::geometryTypeName(GeometryType::MultiPolygon), QStringLiteral("MultiPolygon"));
}

TEST(Geometry, TransformedIsAllOrNothing)
{
    const Geometry line = Geometry::lineString({QPointF(1, 1), QPointF(2, 2), QPointF(3, 3)});
    const Geometry shifted = line.transformed([](QPointF p) -> std::optional<QPointF> { return p + QPointF(10, 0); });
    EXPECT_EQ(shifted, Geometry::lineString({QPointF(11, 1), QPointF(12, 2), QPointF(13, 3)}));
    const Geometry failed = line.transformed([](QPointF p) -> std::optional<QPointF> {
        if (p.x() == 2)
            return std::nullopt;
        return p;
    });
    EXPECT_TRUE(failed.isEmpty());
}

TEST(Geometry, WktRoundTrip)
{
    for (const char *wkt : {"POINT (111.5 35.25)", "LINESTRING (0 0,1 1,2.5 0.5)",
                            "POLYGON ((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,2 2))",
                            "MULTIPOINT ((1 2),(3 4))", "MULTILINESTRING ((0 0,1 1),(2 2,3 3))",
                            "MULTIPOLYGON (((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))"}) {
        const Geometry g = fromWkt(wkt);
        EXPECT_EQ(g.toWkt(), QString::fromUtf8(wkt));
        EXPECT_EQ(fromWkt(g.toWkt().toUtf8().constData()), g) << wkt;
    }
    const Geometry polygon = fromWkt("POLYGON ((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,2 2))");
    EXPECT_EQ(polygon.type, GeometryType::Polygon);
    EXPECT_EQ(polygon.parts[0].size(), 2);   // exterior and one hole
    EXPECT_EQ(fromWkt("MULTIPOINT ((1 2),(3 4))").parts.size(), 2);
}

TEST(Geometry, WkbRoundTrip)
{
    const Geometry g = fromWkt("MULTIPOLYGON (((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5),(5.2 5.1,5.8 5.1,5.8 5.7,5.2 5.1)))");
    const QByteArray wkb = g.toWkb();
    ASSERT_FALSE(wkb.isEmpty());
    EXPECT_EQ(wkb.at(0), 1);   // little endian
    const std::optional<Geometry> back = Geometry::fromWkb(wkb);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, g);
    const std::optional<Geometry> empty = Geometry::fromWkb(Geometry{}.toWkb());
    ASSERT_TRUE(empty.has_value());
    EXPECT_TRUE(empty->isEmpty());
}

TEST(Geometry, BadInputGivesOneLineError)
{
    QString error;
    EXPECT_FALSE(Geometry::fromWkt(QStringLiteral("POLYGON ((0 0, 1"), &error).has_value());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(error.contains(QLatin1Char('\n')));
    error.clear();
    EXPECT_FALSE(Geometry::fromWkb(QByteArray("\x01\x03\x00", 3), &error).has_value());
    EXPECT_FALSE(error.isEmpty());
}

TEST(Geometry, ZDroppedCurvesLinearisedCollectionsFlattened)
{
    EXPECT_EQ(fromWkt("POINT Z (1 2 3)"), Geometry::point({1, 2}));
    EXPECT_EQ(fromWkt("LINESTRING M (0 0 5,1 1 6)"), Geometry::lineString({QPointF(0, 0), QPointF(1, 1)}));

    const Geometry arc = fromWkt("CIRCULARSTRING (0 0,1 1,2 0)");
    EXPECT_EQ(arc.type, GeometryType::LineString);
    EXPECT_GT(arc.vertexCount(), 10);
    const Geometry disc = fromWkt("CURVEPOLYGON (CIRCULARSTRING (-1 0,0 1,1 0,0 -1,-1 0))");
    EXPECT_EQ(disc.type, GeometryType::Polygon);
    EXPECT_NEAR(disc.area(), std::numbers::pi, 0.01);

    // A collection keeps its highest dimension (as a multi type).
    const Geometry mixed = fromWkt("GEOMETRYCOLLECTION (POINT (9 9),POLYGON ((0 0,1 0,1 1,0 0)),LINESTRING (0 0,5 5))");
    EXPECT_EQ(mixed.type, GeometryType::MultiPolygon);
    EXPECT_EQ(mixed.parts.size(), 1);
    EXPECT_TRUE(fromWkt("GEOMETRYCOLLECTION EMPTY").isEmpty());
    EXPECT_TRUE(fromWkt("POLYGON EMPTY").isEmpty());
}

TEST(Geometry, Area)
{
    EXPECT_DOUBLE_EQ(Geometry::polygon(kUnitSquare).area(), 1.0);
    EXPECT_DOUBLE_EQ(fromWkt("POLYGON ((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))").area(), 96.0);
    EXPECT_DOUBLE_EQ(fromWkt("MULTIPOLYGON (((0 0,1 0,1 1,0 1,0 0)),((5 5,7 5,7 7,5 7,5 5)))").area(), 5.0);
    EXPECT_DOUBLE_EQ(Geometry::lineString(kUnitSquare).area(), 0.0);
    EXPECT_DOUBLE_EQ(Geometry::point({1, 1}).area(), 0.0);
    EXPECT_DOUBLE_EQ(Geometry{}.area(), 0.0);
}

TEST(Geometry, BowTieMadeValid)
{
    // Two triangles touching at (1 1): (0 0, 1 1, 0 2) and (1 1, 2 0, 2 2), each of area 1.
    const Geometry bowTie = fromWkt("POLYGON ((0 0,2 2,2 0,0 2,0 0))");
    QString reason;
    EXPECT_FALSE(bowTie.isValid(&reason));
    EXPECT_FALSE(reason.isEmpty());
    EXPECT_FALSE(reason.contains(QLatin1Char('\n')));

    const std::optional<Geometry> repaired = bowTie.makeValid();
    ASSERT_TRUE(repaired.has_value());
    EXPECT_TRUE(repaired->isValid());
    EXPECT_EQ(repaired->type, GeometryType::MultiPolygon);
    EXPECT_EQ(repaired->parts.size(), 2);
    EXPECT_NEAR(repaired->area(), 2.0, 1e-12);
    EXPECT_EQ(repaired->envelope(), bowTie.envelope());

    const Geometry square = Geometry::polygon(kUnitSquare);
    EXPECT_TRUE(square.isValid());
    EXPECT_EQ(square.makeValid(), square);
}

TEST(Geometry, PredicatesAndDistance)
{
    const Geometry square = Geometry::polygon({QPointF(0, 0), QPointF(10, 0), QPointF(10, 10), QPointF(0, 10)});
    EXPECT_TRUE(square.contains(Geometry::point({5, 5})));
    EXPECT_FALSE(square.contains(Geometry::point({15, 5})));
    EXPECT_TRUE(square.contains(Geometry::lineString({QPointF(1, 1), QPointF(9, 9)})));
    EXPECT_FALSE(square.contains(Geometry::lineString({QPointF(1, 1), QPointF(19, 9)})));
    EXPECT_TRUE(square.intersects(Geometry::lineString({QPointF(1, 1), QPointF(19, 9)})));
    EXPECT_FALSE(square.intersects(Geometry::point({15, 5})));
    EXPECT_FALSE(square.intersects(Geometry{}));
    EXPECT_DOUBLE_EQ(square.distance(Geometry::point({15, 5})), 5.0);
    EXPECT_DOUBLE_EQ(square.distance(Geometry::point({5, 5})), 0.0);
}

TEST(Geometry, LabelPointInsideConcavePolygon)
{
    // A "U": its envelope centre (5 5) lies in the notch, outside the polygon.
    const Geometry u = fromWkt("POLYGON ((0 0,10 0,10 10,8 10,8 2,2 2,2 10,0 10,0 0))");
    ASSERT_FALSE(u.contains(Geometry::point(u.envelope().center())));
    EXPECT_TRUE(u.contains(Geometry::point(u.labelPoint())));
    EXPECT_EQ(Geometry::point({3, 4}).labelPoint(), QPointF(3, 4));
    EXPECT_EQ(Geometry::lineString({QPointF(0, 0), QPointF(1, 1), QPointF(2, 0)}).labelPoint(), QPointF(1, 1));
}
