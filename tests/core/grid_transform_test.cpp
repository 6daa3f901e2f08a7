// SPDX-License-Identifier: GPL-3.0-or-later
// GridTransform: interpolated reprojection for drawing stays within its tolerance of PROJ.
#include "geo/coordinate_transform.h"
#include "geo/grid_transform.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

using namespace yc;

namespace {

/// The largest difference (either axis) between the grid's and PROJ's result at `count` random points of
/// `area`.
double largestError(const GridTransform &grid, const CoordinateTransform &exact, const Envelope &area, int count)
{
    std::mt19937_64 rng(11);
    std::uniform_real_distribution<double> x(area.xMin, area.xMax), y(area.yMin, area.yMax);
    std::vector<double> approximate;
    for (int i = 0; i < count; ++i) {
        approximate.push_back(x(rng));
        approximate.push_back(y(rng));
    }
    std::vector<double> reference = approximate;
    grid.applyInPlace(approximate.data(), std::size_t(count));
    EXPECT_TRUE(exact.applyInPlace(reference.data(), std::size_t(count)));
    double largest = 0;
    for (std::size_t i = 0; i < approximate.size(); ++i)
        largest = std::max(largest, std::abs(approximate[i] - reference[i]));
    return largest;
}

struct Case {
    int from, to;
    Envelope extent;   ///< in `from`
};

} // namespace

TEST(GridTransform, WithinATenthOfAPixelOfProj)
{
    // The Yuncheng extent into Gauss–Krüger CM 111E, and China's east into Web Mercator, drawn 1920 wide.
    for (const Case &c : {Case{4490, 4546, Envelope::of(110.2, 34.5, 112.1, 35.9)},
                          Case{4326, 3857, Envelope::of(100.0, 18.0, 125.0, 45.0)},
                          Case{4490, 4546, Envelope::of(110.9, 35.0, 111.0, 35.05)}}) {
        const CoordinateTransform exact(Crs::fromEpsg(c.from), Crs::fromEpsg(c.to));
        ASSERT_TRUE(exact.isValid());
        const Envelope target = exact.apply(c.extent);
        const double tolerance = 0.1 * target.width() / 1920;
        const GridTransform grid(Crs::fromEpsg(c.from), Crs::fromEpsg(c.to), c.extent, tolerance);
        ASSERT_TRUE(grid.isValid()) << c.from << "→" << c.to;
        EXPECT_LE(grid.maxError(), tolerance);
        EXPECT_LE(largestError(grid, exact, c.extent, 20000), tolerance) << c.from << "→" << c.to;
        EXPECT_GT(largestError(grid, exact, c.extent, 20000), 0.0);   // interpolated, not PROJ itself
    }
}

TEST(GridTransform, FinerToleranceTakesAFinerGrid)
{
    const Crs from = Crs::fromEpsg(4326), to = Crs::fromEpsg(3857);
    const Envelope extent = Envelope::of(100.0, 18.0, 125.0, 45.0);
    const GridTransform coarse(from, to, extent, 100.0), fine(from, to, extent, 1.0);
    ASSERT_TRUE(coarse.isValid());
    ASSERT_TRUE(fine.isValid());
    EXPECT_GT(fine.columns(), coarse.columns());
    EXPECT_LE(fine.maxError(), 1.0);
}

TEST(GridTransform, OutsideItsExtentPointsGoToProj)
{
    const CoordinateTransform exact(Crs::fromEpsg(4490), Crs::fromEpsg(4546));
    const GridTransform grid(Crs::fromEpsg(4490), Crs::fromEpsg(4546), Envelope::of(110.5, 34.8, 111.5, 35.5), 1.0);
    ASSERT_TRUE(grid.isValid());
    std::vector<double> xy{112.0, 36.0, 109.0, 34.0, std::nan(""), 35.0};
    std::vector<double> reference(xy.begin(), xy.begin() + 4);
    grid.applyInPlace(xy.data(), 3);
    ASSERT_TRUE(exact.applyInPlace(reference.data(), 2));
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(xy[std::size_t(i)], reference[std::size_t(i)]);
    EXPECT_TRUE(std::isnan(xy[4]));
}

TEST(GridTransform, InvalidWhereNoGridIsFineEnough)
{
    const Crs from = Crs::fromEpsg(4326), to = Crs::fromEpsg(3857);
    const CoordinateTransform exact(from, to);
    EXPECT_FALSE(GridTransform(from, to, Envelope::of(100.0, 18.0, 125.0, 45.0), 1e-9).isValid());
    EXPECT_FALSE(GridTransform(from, to, Envelope(), 1.0).isValid());
    EXPECT_FALSE(GridTransform(from, Crs::fromUserInput(QStringLiteral("not a CRS")), Envelope::of(1, 1, 2, 2), 1.0)
                     .isValid());
    // Invalid grids still transform, through PROJ.
    const GridTransform none(from, to, Envelope(), 1.0);
    std::vector<double> xy{110.0, 30.0}, reference = xy;
    none.applyInPlace(xy.data(), 1);
    ASSERT_TRUE(exact.applyInPlace(reference.data(), 1));
    EXPECT_EQ(xy, reference);
}
