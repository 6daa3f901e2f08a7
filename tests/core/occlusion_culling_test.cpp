// SPDX-License-Identifier: GPL-3.0-or-later
// Occlusion culling of vector output: what it drops is really hidden, what shows stays, styles that let the
// underlying lines show through are never culled, and a page rendered by poppler is the same with and without.
#include "render/occlusion_culling.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <cmath>
#include <numeric>
#include <random>

using namespace yc;

namespace {

constexpr double kWidth = 12;   // a wide pen: a few parallel strokes hide a line in these small cases
constexpr double kHeight = 100;   // device height of the small cases (y of the map grows upwards)

/// Map coordinates for device pixel (x, y) under mapping().
QPointF map(double x, double y) { return {x, kHeight - y}; }
PixelMapping mapping() { return {0, 0, 1, kHeight}; }

PackedGeometry lines(const QList<QPolygonF> &deviceLines)
{
    PackedGeometry g;
    for (qsizetype i = 0; i < deviceLines.size(); ++i) {
        QPolygonF line;
        for (const QPointF &p : deviceLines.at(i))
            line << map(p.x(), p.y());
        g.add(Geometry::lineString(line), int(i));
    }
    return g;
}

std::vector<std::uint32_t> allOf(const PackedGeometry &g)
{
    std::vector<std::uint32_t> ids(std::size_t(g.featureCount()));
    std::iota(ids.begin(), ids.end(), 0u);
    return ids;
}

/// Ring `r` of a culling result, in device pixels.
QPolygonF ring(const PackedGeometry &g, int r)
{
    QPolygonF out;
    for (std::uint32_t v = g.ringStart[std::size_t(r)]; v < g.ringStart[std::size_t(r) + 1]; ++v)
        out << devicePixelMapping()(g.xy[2 * v], g.xy[2 * v + 1]);
    return out;
}

/// Three parallel strokes from x = 0 to 30 around y = 50, drawn after the lines before them.
const QList<QPolygonF> kCover = {{{0, 44}, {30, 44}}, {{0, 50}, {30, 50}}, {{0, 56}, {30, 56}}};

} // namespace

TEST(OcclusionCulling, DropsALineHiddenByLaterStrokes)
{
    const PackedGeometry g = lines(QList<QPolygonF>{{{10, 50}, {20, 50}}} + kCover);
    const std::vector<std::uint32_t> ids = allOf(g);
    CullingStats stats;
    const std::optional<PackedGeometry> visible =
        cullHiddenLines(g, ids.data(), ids.size(), mapping(), kWidth, QSize(200, 100), &stats);
    ASSERT_TRUE(visible);
    EXPECT_EQ(stats.features, 4u);
    EXPECT_EQ(stats.keptFeatures, 3u);
    ASSERT_EQ(visible->featureCount(), 3);
    // The covering strokes stay, in their order.
    EXPECT_EQ(visible->source, (std::vector<std::int32_t>{1, 2, 3}));
    EXPECT_EQ(ring(*visible, 0), kCover.at(0));
}

TEST(OcclusionCulling, KeepsThePartOfALineThatShows)
{
    const QPolygonF line{{10, 50}, {20, 50}, {40, 50}, {60, 50}};
    const PackedGeometry g = lines(QList<QPolygonF>{line} + kCover);
    const std::vector<std::uint32_t> ids = allOf(g);
    CullingStats stats;
    const std::optional<PackedGeometry> visible =
        cullHiddenLines(g, ids.data(), ids.size(), mapping(), kWidth, QSize(200, 100), &stats);
    ASSERT_TRUE(visible);
    ASSERT_EQ(visible->featureCount(), 4);
    EXPECT_EQ(visible->source.front(), 0);
    // Only the first segment lies under the cover; the rest of the line is drawn as before.
    EXPECT_EQ(ring(*visible, 0), QPolygonF({{20, 50}, {40, 50}, {60, 50}}));
    EXPECT_EQ(stats.segments, 6u);
    EXPECT_EQ(stats.keptSegments, 5u);
}

TEST(OcclusionCulling, KeepsALineNextToTheEdgeOfTheCover)
{
    // Under the cover but for its last pixels, just past the round ends of the covering strokes.
    const PackedGeometry g = lines(QList<QPolygonF>{{{10, 50}, {33, 50}}} + kCover);
    const std::vector<std::uint32_t> ids = allOf(g);
    const std::optional<PackedGeometry> visible = cullHiddenLines(g, ids.data(), ids.size(), mapping(), kWidth, QSize(200, 100));
    ASSERT_TRUE(visible);
    EXPECT_EQ(visible->featureCount(), 4);
}

TEST(OcclusionCulling, TreatsWhatTheClipHidesAsCovered)
{
    const PackedGeometry g = lines({{{-40, -40}, {-20, -30}}, {{10, 10}, {20, 20}}});
    const std::vector<std::uint32_t> ids = allOf(g);
    const std::optional<PackedGeometry> visible = cullHiddenLines(g, ids.data(), ids.size(), mapping(), kWidth, QSize(200, 100));
    ASSERT_TRUE(visible);
    EXPECT_EQ(visible->source, std::vector<std::int32_t>{1});
}

TEST(OcclusionCulling, NeverCullsStrokesThatLetWhatIsUnderShow)
{
    const QPen opaque(QColor(90, 90, 90), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    EXPECT_TRUE(hidesWhatIsUnder(opaque, 1.0));
    EXPECT_FALSE(hidesWhatIsUnder(opaque, 0.8));   // a translucent layer
    QPen translucent = opaque;
    translucent.setColor(QColor(90, 90, 90, 200));
    EXPECT_FALSE(hidesWhatIsUnder(translucent, 1.0));
    QPen dashed = opaque;
    dashed.setStyle(Qt::DashLine);
    EXPECT_FALSE(hidesWhatIsUnder(dashed, 1.0));
    QPen flat = opaque;   // square ends are not the capsules the coverage is worked out for
    flat.setCapStyle(Qt::FlatCap);
    EXPECT_FALSE(hidesWhatIsUnder(flat, 1.0));
    QPen mitre = opaque;
    mitre.setJoinStyle(Qt::MiterJoin);
    EXPECT_FALSE(hidesWhatIsUnder(mitre, 1.0));
    EXPECT_FALSE(hidesWhatIsUnder(QPen(Qt::NoPen), 1.0));
}

TEST(OcclusionCulling, LeavesPointsAndAreasAlone)
{
    PackedGeometry g;
    g.add(Geometry::lineString({map(10, 10), map(20, 20)}), 0);
    g.add(Geometry::polygon(QPolygonF({map(0, 0), map(50, 0), map(50, 50), map(0, 0)})), 1);
    const std::vector<std::uint32_t> ids = allOf(g);
    EXPECT_FALSE(cullHiddenLines(g, ids.data(), ids.size(), mapping(), kWidth, QSize(200, 100)));
}

namespace {

/// Writes features `ids` of `g` as one page of strokes 2.5 px wide at 300 dpi, as the map frame is written.
void writePdf(const QString &path, QSize size, const PackedGeometry &g, const PixelMapping &toPixel)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(size.width() * 25.4 / 300, size.height() * 25.4 / 300),
                                               QPageSize::Millimeter),
                                     QPageLayout::Portrait, QMarginsF()));
    QPainter p(&writer);
    p.setRenderHint(QPainter::Antialiasing);
    LayerSymbols symbols;
    VectorSymbol s;
    s.linePen = QPen(QColor(120, 120, 120), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    symbols.symbols.push_back(s);
    const std::vector<std::uint32_t> ids = allOf(g);
    drawPacked(p, g, ids.data(), ids.size(), toPixel, symbols);
}

} // namespace

TEST(OcclusionCulling, PopplerRendersTheSamePageWithAndWithout)
{
    // Random walks with steps of 1–12 pixels, dense enough that most are painted over, as in the stress layer.
    const QSize size(600, 400);
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> unit(0, 1);
    PackedGeometry g;
    for (int i = 0; i < 24000; ++i) {
        QPointF p(unit(rng) * size.width(), unit(rng) * size.height());
        QPolygonF line;
        for (int k = 0; k < 8; ++k) {
            line << QPointF(p.x(), size.height() - p.y());
            const double angle = unit(rng) * 2 * M_PI, step = 1 + 11 * unit(rng);
            p += QPointF(std::cos(angle) * step, std::sin(angle) * step);
        }
        g.add(Geometry::lineString(line), i);
    }
    const PixelMapping toPixel{0, 0, 1, double(size.height())};
    const std::vector<std::uint32_t> ids = allOf(g);
    CullingStats stats;
    const std::optional<PackedGeometry> visible = cullHiddenLines(g, ids.data(), ids.size(), toPixel, 2.5, size, &stats);
    ASSERT_TRUE(visible);
    // It must drop a good part, or this checks nothing.
    EXPECT_LT(stats.keptSegments, stats.segments * 9 / 10) << stats.keptSegments << " of " << stats.segments;

    QTemporaryDir dir;
    const QString all = dir.filePath(QStringLiteral("all.pdf")), culled = dir.filePath(QStringLiteral("culled.pdf"));
    writePdf(all, size, g, toPixel);
    writePdf(culled, size, *visible, devicePixelMapping());
    const QImage a = test::rasterizePdf(all), b = test::rasterizePdf(culled);
    ASSERT_FALSE(a.isNull());
    ASSERT_EQ(a.size(), b.size());
    const test::ImageDifference d = test::imageDifference(a, b, 2);   // 2: 8-bit rounding of the antialiasing
    EXPECT_EQ(d.differing, 0) << "largest difference " << d.largest;
}
