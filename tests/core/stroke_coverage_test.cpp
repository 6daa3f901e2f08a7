// SPDX-License-Identifier: GPL-3.0-or-later
// The pixel bookkeeping of occlusion culling: the footprints cached per whole-pixel offset are the ones worked
// out directly, a segment's reached pixels hold every pixel its stroke touches, its inside pixels lie inside
// the stroke, and the coverage mask answers for what was marked, across its words and at the frame's edges.
#include "render/stroke_coverage.h"

#include <gtest/gtest.h>

#include <QPolygonF>

#include <cmath>
#include <random>

using namespace yc;

namespace {

const QSize kFrame(200, 100);

/// The spans of `p` where they land in a frame of `size`, clipped to it.
std::vector<PixelSpan> placed(const SegmentPixels &p, QSize size)
{
    std::vector<PixelSpan> out;
    for (const PixelSpan *s = p.begin; s != p.end; ++s) {
        const int row = s->row + p.dy, from = std::max(0, s->from + p.dx), to = std::min(size.width() - 1, s->to + p.dx);
        if (row >= 0 && row < size.height() && from <= to)
            out.push_back({row, from, to});
    }
    return out;
}

bool contains(const std::vector<PixelSpan> &spans, int x, int y)
{
    return std::any_of(spans.cbegin(), spans.cend(),
                       [&](const PixelSpan &s) { return s.row == y && s.from <= x && x <= s.to; });
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double length2 = QPointF::dotProduct(d, d);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / length2, 0.0, 1.0) : 0.0;
    const QPointF q = a + t * d - p;
    return std::hypot(q.x(), q.y());
}

/// The footprints of the one segment ab as SegmentFootprints gives them for a ring of these two vertices.
struct RingOfTwo {
    QPointF pixels[2];
    QPoint whole[2];
    bool isWhole;
    RingOfTwo(QPointF a, QPointF b) : pixels{a, b}, isWhole(SegmentFootprints::toWholePixels(pixels, 2, whole)) {}
    void use(SegmentFootprints &footprints) const { footprints.setRing(pixels, isWhole ? whole : nullptr); }
};

} // namespace

TEST(StrokeCoverage, CachedFootprintsAreTheOnesWorkedOutDirectly)
{
    for (const double penWidth : {1.0, 2.5, 6.0}) {
        SegmentFootprints footprints(penWidth, kFrame);
        // Inside the frame and across its edges, where the cached spans are clipped where they land.
        for (const QPoint a : {QPoint(100, 50), QPoint(37, 61), QPoint(2, 1), QPoint(197, 98), QPoint(-3, 50)}) {
            for (int dy = -SegmentFootprints::kTableReach; dy <= SegmentFootprints::kTableReach; ++dy)
                for (int dx = -SegmentFootprints::kTableReach; dx <= SegmentFootprints::kTableReach; ++dx) {
                    const RingOfTwo ring(a, a + QPoint(dx, dy));
                    ASSERT_TRUE(ring.isWhole);
                    ring.use(footprints);
                    std::vector<PixelSpan> direct;
                    footprints.reachedBy(ring.pixels[0], ring.pixels[1], direct);
                    ASSERT_EQ(placed(footprints.reached(0, 1), kFrame), direct)
                        << "pen " << penWidth << " from " << a.x() << "," << a.y() << " by " << dx << "," << dy;
                    footprints.insideOf(ring.pixels[0], ring.pixels[1], direct);
                    ASSERT_EQ(placed(footprints.inside(0, 1), kFrame), direct)
                        << "pen " << penWidth << " from " << a.x() << "," << a.y() << " by " << dx << "," << dy;
                }
        }
    }
}

TEST(StrokeCoverage, TellsWholePixels)
{
    QPoint whole[2];
    const QPointF onGrid[2] = {{3, -4}, {1000, 7}};
    EXPECT_TRUE(SegmentFootprints::toWholePixels(onGrid, 2, whole));
    EXPECT_EQ(whole[1], QPoint(1000, 7));
    const QPointF offGrid[2] = {{3, 4}, {5.5, 7}};
    EXPECT_FALSE(SegmentFootprints::toWholePixels(offGrid, 2, whole));
    const QPointF far[1] = {{3e9, 4}};
    EXPECT_FALSE(SegmentFootprints::toWholePixels(far, 1, whole));
    const QPointF nan[1] = {{std::nan(""), 4}};
    EXPECT_FALSE(SegmentFootprints::toWholePixels(nan, 1, whole));
}

TEST(StrokeCoverage, ReachedHoldsEveryPixelTheStrokeTouchesAndInsideLiesInIt)
{
    const double penWidth = 2.5, halfWidth = penWidth / 2;
    SegmentFootprints footprints(penWidth, kFrame);
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> position(20, 80), step(-14, 14);
    for (int i = 0; i < 400; ++i) {
        // Half of them between whole pixels (the cached footprints), half anywhere.
        QPointF a(position(rng), position(rng)), b = a + QPointF(step(rng), step(rng));
        if (i % 2 == 0)
            a = a.toPoint(), b = b.toPoint();
        const RingOfTwo ring(a, b);
        ring.use(footprints);
        const std::vector<PixelSpan> reached = placed(footprints.reached(0, 1), kFrame);
        const std::vector<PixelSpan> inside = placed(footprints.inside(0, 1), kFrame);
        for (int y = 0; y < kFrame.height(); ++y)
            for (int x = 0; x < kFrame.width(); ++x) {
                const QPointF centre(x + 0.5, y + 0.5);
                // A square whose centre is within half the width plus half a diagonal may be touched.
                if (distanceToSegment(centre, a, b) <= halfWidth + 0.7071) {
                    ASSERT_TRUE(contains(reached, x, y)) << x << "," << y << " of " << i;
                }
                if (!contains(inside, x, y))
                    continue;
                for (const QPointF corner : {QPointF(x, y), QPointF(x + 1, y), QPointF(x, y + 1), QPointF(x + 1, y + 1)})
                    ASSERT_LE(distanceToSegment(corner, a, b), halfWidth) << x << "," << y << " of " << i;
            }
    }
}

TEST(StrokeCoverage, MaskCoversWhatWasMarkedAndWhatLiesOutside)
{
    const QSize frame(130, 21);   // edges that are not whole lines of 64 × 8 pixels
    CoverageMask mask(frame);
    const std::vector<PixelSpan> block{{3, 10, 70}, {4, 10, 70}};
    const SegmentPixels pixels{block.data(), block.data() + block.size()};
    EXPECT_FALSE(mask.covers(pixels));
    mask.mark(pixels);
    EXPECT_TRUE(mask.covers(pixels));
    const std::vector<PixelSpan> wider{{3, 9, 70}};
    EXPECT_FALSE(mask.covers({wider.data(), wider.data() + 1}));
    // Moved: the same spans two rows down are not covered, and outside the frame everything is.
    EXPECT_FALSE(mask.covers({pixels.begin, pixels.end, 0, 2}));
    EXPECT_TRUE(mask.covers({pixels.begin, pixels.end, 0, 40}));
    EXPECT_TRUE(mask.covers({pixels.begin, pixels.end, -200, 0}));
}

TEST(StrokeCoverage, MaskAnswersAtTheFramesEdges)
{
    const QSize frame(130, 21);
    CoverageMask mask(frame);
    // Everything but one pixel of the last, partial cache line (columns 128–129, rows 16–20).
    std::vector<PixelSpan> all;
    for (int y = 0; y < frame.height(); ++y)
        all.push_back({y, 0, y == 19 ? 128 : frame.width() - 1});
    mask.mark({all.data(), all.data() + all.size()});
    const std::vector<PixelSpan> lastLine{{16, 128, 129}, {19, 128, 129}, {20, 128, 129}};
    EXPECT_FALSE(mask.covers({lastLine.data(), lastLine.data() + lastLine.size()}));
    const std::vector<PixelSpan> missing{{19, 129, 129}};
    mask.mark({missing.data(), missing.data() + 1});
    EXPECT_TRUE(mask.covers({lastLine.data(), lastLine.data() + lastLine.size()}));
    all.back() = {20, 0, frame.width() - 1};
    EXPECT_TRUE(mask.covers({all.data(), all.data() + all.size()}));
}
