// SPDX-License-Identifier: GPL-3.0-or-later
// AreaRasterizer: fills and strokes as QPainter's raster engine draws them, and where it may stand in for it.
#include "render/area_rasterizer.h"
#include "render/raster_target.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPicture>

#include <cmath>
#include <cstdlib>
#include <functional>
#include <random>
#include <vector>

using namespace yc;

namespace {

QImage canvas(int width = 200, int height = 150)
{
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xfc, 0xfc, 0xfa));
    return image;
}

/// How two pictures differ: the largest difference of a channel, and the pixels differing by more than `levels`.
struct Difference {
    int largest = 0;
    int pixels = 0;
};

Difference compare(const QImage &a, const QImage &b, int levels)
{
    Difference d;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int most = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                       std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
            d.largest = std::max(d.largest, most);
            if (most > levels)
                ++d.pixels;
        }
    return d;
}

/// The same drawing through QPainter and through AreaRasterizer.
std::pair<QImage, QImage> both(const std::function<void(QPainter &)> &withQPainter,
                               const std::function<void(AreaRasterizer &)> &withAreas, QSize size = {200, 150},
                               double opacity = 1)
{
    QImage qt = canvas(size.width(), size.height()), ours = canvas(size.width(), size.height());
    {
        QPainter p(&qt);
        p.setRenderHint(QPainter::Antialiasing);
        p.setOpacity(opacity);
        withQPainter(p);
    }
    AreaRasterizer areas(ours);
    withAreas(areas);
    return {qt, ours};
}

QPolygonF randomPolygon(std::mt19937 &random, int vertices, double margin, QSize size = {200, 150})
{
    std::uniform_real_distribution<double> x(-margin, size.width() + margin), y(-margin, size.height() + margin);
    QPolygonF polygon;
    for (int i = 0; i < vertices; ++i)
        polygon << QPointF(x(random), y(random));
    return polygon;
}

} // namespace

TEST(AreaRasterizer, FillsPolygonsAsQPainterDoes)
{
    std::mt19937 random(4);
    for (const Qt::FillRule rule : {Qt::OddEvenFill, Qt::WindingFill})
        for (int i = 0; i < 20; ++i) {
            // Self-intersecting, partly outside the image: every winding and every side clipped.
            const QPolygonF polygon = randomPolygon(random, 3 + i % 9, 40);
            const QColor color = i % 2 ? QColor(0xd6, 0x27, 0x28, 45) : QColor(0x4a, 0x90, 0xd0);
            const auto [qt, ours] = both(
                [&](QPainter &p) {
                    p.setPen(Qt::NoPen);
                    p.setBrush(color);
                    p.drawPolygon(polygon, rule);
                },
                [&](AreaRasterizer &a) {
                    a.addRing(polygon.constData(), std::size_t(polygon.size()));
                    a.fill(color, rule);
                });
            const Difference d = compare(qt, ours, 2);
            EXPECT_LE(d.largest, 4) << rule << " " << i;
            EXPECT_LE(d.pixels, 2) << rule << " " << i;
        }
}

TEST(AreaRasterizer, FillsWideImagesAndTranslucentPaintersAsQPainterDoes)
{
    // Rows of more than 64 chunks of cells, and a painter's opacity on top of the colour's alpha.
    std::mt19937 random(11);
    const QSize wide(1500, 120);
    for (int i = 0; i < 6; ++i) {
        const QPolygonF polygon = randomPolygon(random, 4 + i, 30, wide);
        const QColor color = i % 2 ? QColor(0xf4, 0xf2, 0xee) : QColor(0xa8, 0xd4, 0xf0, 160);
        const double opacity = i < 3 ? 1.0 : 0.6;
        const auto [qt, ours] = both(
            [&](QPainter &p) {
                p.setPen(Qt::NoPen);
                p.setBrush(color);
                p.drawPolygon(polygon, Qt::OddEvenFill);
            },
            [&](AreaRasterizer &a) {
                a.addRing(polygon.constData(), std::size_t(polygon.size()));
                a.fill(color, Qt::OddEvenFill, opacity);
            },
            wide, opacity);
        const Difference d = compare(qt, ours, 2);
        EXPECT_LE(d.largest, 4) << i;
        EXPECT_LE(d.pixels, 2) << i;
    }
}

TEST(AreaRasterizer, StrokesAsQPainterDoes)
{
    std::mt19937 random(7);
    const QColor colors[] = {QColor(255, 255, 255, 200), QColor(0x33, 0x33, 0x33), QColor(0xd6, 0x27, 0x28)};
    int k = 0;
    for (const Qt::PenJoinStyle join : {Qt::RoundJoin, Qt::BevelJoin, Qt::MiterJoin})
        for (const Qt::PenStyle style : {Qt::SolidLine, Qt::DashLine})
            for (const double width : {1.6, 2.2, 5.6}) {
                const QPen pen(colors[k++ % 3], width, style, Qt::RoundCap, join);
                QPainterPath path;
                path.addPolygon(randomPolygon(random, 8, 20));
                if (k % 2)
                    path.closeSubpath();
                const auto [qt, ours] = both([&](QPainter &p) { p.strokePath(path, pen); },
                                             [&](AreaRasterizer &a) { a.stroke(path, pen); });
                const Difference d = compare(qt, ours, 2);
                EXPECT_LE(d.largest, 4) << join << " " << style << " " << width;
                EXPECT_LE(d.pixels, 2) << join << " " << style << " " << width;
            }
}

TEST(AreaRasterizer, StrokesOnlyWhatReachesTheImageToTheSamePixels)
{
    // Long strokes mostly outside a small image: the segments that cannot reach it are left out, and what is
    // drawn is, pixel for pixel, the top left corner of the whole stroke drawn into a bigger image.
    std::mt19937 random(5);
    int k = 0;
    for (const Qt::PenJoinStyle join : {Qt::RoundJoin, Qt::BevelJoin, Qt::MiterJoin})
        for (const Qt::PenCapStyle cap : {Qt::RoundCap, Qt::SquareCap, Qt::FlatCap})
            for (const double width : {1.6, 5.6}) {
                const QPen pen(QColor(0xd6, 0x27, 0x28, k % 2 ? 200 : 255), width, Qt::SolidLine, cap, join);
                QPainterPath path;
                path.addPolygon(randomPolygon(random, 40, 300, {400, 300}));
                if (k++ % 2)
                    path.closeSubpath();
                QImage whole = canvas(800, 600), corner = canvas(200, 150);
                AreaRasterizer(whole).stroke(path, pen);
                AreaRasterizer(corner).stroke(path, pen);
                EXPECT_EQ(whole.copy(0, 0, 200, 150), corner) << join << " " << cap << " " << width;
            }
}

TEST(AreaRasterizer, DrawPathFillsThenStrokesLikeQPainter)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    path.addEllipse(QPointF(100, 75), 60, 40);   // curves
    path.addRect(80, 60, 40, 30);                // a hole
    QPen pen(QColor(0xd6, 0x27, 0x28), 1.6);
    pen.setJoinStyle(Qt::BevelJoin);
    const QBrush brush(QColor(0xd6, 0x27, 0x28, 45));
    QImage qt = canvas(), ours = canvas();
    for (QImage *image : {&qt, &ours}) {
        QPainter p(image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setClipRect(QRectF(0, 0, 200, 150));   // as MapRenderer sets it: no clip at all
        p.setPen(pen);
        p.setBrush(brush);
        if (image == &qt)
            p.drawPath(path);
        else
            drawPath(p, path);
    }
    const Difference d = compare(qt, ours, 2);
    EXPECT_LE(d.largest, 4);
    EXPECT_LE(d.pixels, 2);
}

TEST(AreaRasterizer, WritesNothingOutsideTheShape)
{
    QImage image = canvas(40, 40);
    const QImage before = image;
    AreaRasterizer areas(image);
    const QPolygonF square{{10, 10}, {20, 10}, {20, 20}, {10, 20}};
    areas.addRing(square.constData(), 4);
    areas.fill(Qt::black, Qt::WindingFill);
    for (int y = 0; y < 40; ++y)
        for (int x = 0; x < 40; ++x) {
            const bool inside = x >= 10 && x < 20 && y >= 10 && y < 20;
            EXPECT_EQ(image.pixel(x, y), inside ? qRgb(0, 0, 0) : before.pixel(x, y)) << x << "," << y;
        }
    // Far outside the image on every side, and with points that are not finite: nothing is written.
    const QPolygonF outside{{-500, -500}, {-100, -500}, {-100, 900}, {-500, 900}};
    areas.addRing(outside.constData(), 4);
    const QPolygonF broken{{5, 5}, {30, 5}, {std::nan(""), 30}};
    areas.addRing(broken.constData(), 3);
    areas.fill(Qt::black, Qt::WindingFill);
    for (int y = 0; y < 40; ++y)
        EXPECT_EQ(image.pixel(0, y), before.pixel(0, y)) << y;
}

TEST(AreaRasterizer, AHalfCoveredPixelGetsHalfTheColour)
{
    QImage image(4, 4, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    AreaRasterizer areas(image);
    const QPolygonF half{{0, 0}, {1.5, 0}, {1.5, 4}, {0, 4}};
    areas.addRing(half.constData(), 4);
    areas.fill(Qt::black, Qt::WindingFill);
    EXPECT_EQ(qAlpha(image.pixel(0, 2)), 255);
    EXPECT_EQ(qAlpha(image.pixel(1, 2)), 128);   // FreeType's 256 × 1/2
    EXPECT_EQ(qAlpha(image.pixel(2, 2)), 0);
}

TEST(AreaRasterizer, UsableOnlyWhereItLooksTheSame)
{
    QImage image = canvas(10, 10);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QBrush solid(Qt::red);
    const QPen wide(Qt::black, 2.2);
    EXPECT_TRUE(AreaRasterizer::usable(p, solid));
    EXPECT_TRUE(AreaRasterizer::usable(p, wide));
    EXPECT_TRUE(AreaRasterizer::usable(p, QPen(Qt::black, 2.2, Qt::DashLine)));
    EXPECT_FALSE(AreaRasterizer::usable(p, QPen(Qt::black, 0.8)));   // QPainter's cosmetic stroker draws it
    EXPECT_FALSE(AreaRasterizer::usable(p, QPen(Qt::black, 0)));     // cosmetic
    EXPECT_FALSE(AreaRasterizer::usable(p, QBrush(Qt::black, Qt::Dense4Pattern)));
    EXPECT_FALSE(AreaRasterizer::usable(p, QBrush(Qt::NoBrush)));
    p.setClipRect(QRectF(-5, -5, 20, 20));   // around the whole image: no clip
    EXPECT_TRUE(AreaRasterizer::usable(p, solid));
    p.setClipRect(QRectF(0, 0, 9.5, 10));
    EXPECT_FALSE(AreaRasterizer::usable(p, solid));
    QPainterPath ring;
    ring.addRect(-5, -5, 20, 20);
    ring.addRect(4, 4, 2, 2);
    p.setClipPath(ring);   // around the image, with a hole in it
    EXPECT_FALSE(AreaRasterizer::usable(p, solid));
    p.setClipping(false);
    p.scale(2, 2);
    EXPECT_FALSE(AreaRasterizer::usable(p, solid));
    p.resetTransform();
    p.setRenderHint(QPainter::Antialiasing, false);
    EXPECT_FALSE(AreaRasterizer::usable(p, solid));
    p.end();
    QPicture picture;
    QPainter r(&picture);
    r.setRenderHint(QPainter::Antialiasing);
    EXPECT_FALSE(AreaRasterizer::usable(r, solid));
}

TEST(AreaRasterizer, BlendsARunAsByteMulDoesForEveryChannelValueAndAlpha)
{
    // Every value in every channel, at every place of a group of four (and in the scalar tail: 258 pixels),
    // under every alpha of a premultiplied source.
    std::vector<std::uint32_t> background(258);
    for (std::uint32_t k = 0; k < background.size(); ++k)
        background[k] = (k & 255) | (k * 37 & 255) << 8 | (k * 101 & 255) << 16 | (255 - (k & 255)) << 24;
    for (std::uint32_t alpha = 0; alpha <= 255; ++alpha) {
        const std::uint32_t source = alpha << 24 | (alpha * 3 / 4) << 16 | (alpha / 2) << 8 | alpha / 5;
        std::vector<std::uint32_t> pixels = background;
        blendOver(pixels.data(), int(pixels.size()), source);
        for (std::size_t k = 0; k < pixels.size(); ++k)
            ASSERT_EQ(pixels[k], source + byteMul(background[k], 255 - alpha)) << "alpha " << alpha << " pixel " << k;
    }
}
