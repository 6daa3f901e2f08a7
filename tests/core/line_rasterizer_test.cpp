// SPDX-License-Identifier: GPL-3.0-or-later
// LineRasterizer: the coverage it writes (amount, ends, clipping, order) and how close it is to QPainter's.
#include "render/line_rasterizer.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>
#include <QPen>
#include <QPicture>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using namespace yc;

namespace {

QImage transparentImage(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

/// The ink in an image: the sum of its alpha, in pixels.
double ink(const QImage &image)
{
    double sum = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            sum += qAlpha(image.pixel(x, y)) / 255.0;
    return sum;
}

void draw(QImage &image, std::vector<QPointF> points, double width, const QColor &color = Qt::black)
{
    LineRasterizer lines(image);   // composites when it goes
    lines.setStyle(color, width);
    lines.drawPolyline(points.data(), points.size());
}

/// `count` random polylines of `vertices` points, starting in [lo, hi]² and moving up to `step` each way.
std::vector<std::vector<QPointF>> randomPolylines(unsigned seed, int count, int vertices, double lo, double hi,
                                                  double step)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> coordinate(lo, hi), move(-step, step);
    std::vector<std::vector<QPointF>> polylines;
    for (int i = 0; i < count; ++i) {
        std::vector<QPointF> line{{coordinate(rng), coordinate(rng)}};
        for (int k = 1; k < vertices; ++k)
            line.push_back(line.back() + QPointF(move(rng), move(rng)));
        polylines.push_back(line);
    }
    return polylines;
}

} // namespace

TEST(LineRasterizer, InkIsTheWidthInEveryColumnFromCapToCap)
{
    // As QPainter's thin lines: every column along the major axis gets the line's width in coverage (a
    // pixel-thick band at that fraction of full alpha up to a pixel wide), and the ends reach half the band
    // past the end points.
    for (const double width : {0.5, 0.8, 1.0, 1.5}) {
        const double band = std::max(1.0, width);
        QImage horizontal = transparentImage(40, 20);
        draw(horizontal, {{5.0, 10.3}, {25.0, 10.3}}, width);
        EXPECT_NEAR(ink(horizontal), (20 + band) * width, 0.1) << width;

        QImage slanted = transparentImage(40, 40);
        draw(slanted, {{5.2, 6.7}, {31.9, 20.1}}, width);
        EXPECT_NEAR(ink(slanted), (31.9 - 5.2 + band) * width, 0.15) << width;

        QImage steep = transparentImage(40, 40);
        draw(steep, {{20.5, 2.0}, {14.0, 37.0}}, width);
        EXPECT_NEAR(ink(steep), (35.0 + band) * width, 0.15) << width;
    }
}

TEST(LineRasterizer, EndsStopHalfAPixelPastTheEndPoints)
{
    QImage image = transparentImage(40, 20);
    draw(image, {{10.5, 10.5}, {20.5, 10.5}}, 1.0);   // one pixel wide: covers x 10 … 21 of row 10
    for (int x = 10; x <= 20; ++x)
        EXPECT_EQ(qAlpha(image.pixel(x, 10)), 255) << x;
    EXPECT_EQ(qAlpha(image.pixel(9, 10)), 0);
    EXPECT_EQ(qAlpha(image.pixel(21, 10)), 0);
    EXPECT_EQ(qAlpha(image.pixel(15, 9)), 0);
    EXPECT_EQ(qAlpha(image.pixel(15, 11)), 0);
}

TEST(LineRasterizer, FewerThanTwoPointsDrawNothing)
{
    QImage image = transparentImage(10, 10);
    draw(image, {{4.5, 4.5}}, 1.0);
    draw(image, {}, 1.0);
    EXPECT_EQ(ink(image), 0.0);
}

TEST(LineRasterizer, AStraightPolylineShowsNoGapAtItsVertices)
{
    // The two segments share the vertex's column: 0.3 and 0.7 of it, composited one over the other.
    QImage image = transparentImage(30, 10);
    draw(image, {{3, 5.5}, {12.3, 5.5}, {25, 5.5}}, 1.0);
    EXPECT_GE(qAlpha(image.pixel(12, 5)), 190);
    EXPECT_EQ(qAlpha(image.pixel(11, 5)), 255);
    EXPECT_EQ(qAlpha(image.pixel(13, 5)), 255);
}

TEST(LineRasterizer, WritesNothingOutsideTheImage)
{
    // The image is the middle of a bigger buffer: a write past its edges would show in the frame around it.
    QImage buffer = transparentImage(60, 50);
    buffer.fill(QColor(0, 255, 0));
    const int left = 10, top = 12, width = 40, height = 25;
    QImage inner(buffer.bits() + top * buffer.bytesPerLine() + left * 4, width, height, buffer.bytesPerLine(),
                 QImage::Format_ARGB32_Premultiplied);
    inner.fill(Qt::transparent);
    LineRasterizer lines(inner);
    lines.setStyle(Qt::black, 1.5);
    const std::vector<std::vector<QPointF>> crossing{
        {{-1000, 5.5}, {1000, 5.5}},    {{7.5, -1e6}, {7.5, 1e6}},   {{-30, -30}, {70, 60}},
        {{-0.4, 3}, {-0.4, 20}},        {{40.3, 3}, {40.3, 20}},     {{3, 25.2}, {30, 25.2}},
        {{1e12, 1e12}, {-1e12, 3}},     {{0, 0}, {40, 25}, {0, 25}, {40, 0}}};
    for (const auto &line : crossing)
        lines.drawPolyline(line.data(), line.size());
    lines.flush();
    for (int y = 0; y < buffer.height(); ++y)
        for (int x = 0; x < buffer.width(); ++x)
            if (x < left || x >= left + width || y < top || y >= top + height) {
                ASSERT_EQ(buffer.pixel(x, y), qRgb(0, 255, 0)) << x << "," << y;
            }
    // The line along row 5 is whole across the image, edge to edge.
    EXPECT_EQ(qAlpha(inner.pixel(0, 5)), 255);
    EXPECT_EQ(qAlpha(inner.pixel(width - 1, 5)), 255);
}

TEST(LineRasterizer, LaterLinesGoOverEarlierOnes)
{
    for (const bool redFirst : {true, false}) {
        QImage image = transparentImage(30, 30);
        LineRasterizer lines(image);
        const std::vector<QPointF> across{{2, 15.5}, {28, 15.5}}, down{{15.5, 2}, {15.5, 28}};
        lines.setStyle(redFirst ? Qt::red : Qt::blue, 1.0);
        lines.drawPolyline(across.data(), across.size());
        lines.setStyle(redFirst ? Qt::blue : Qt::red, 1.0);
        lines.drawPolyline(down.data(), down.size());
        lines.flush();
        EXPECT_EQ(image.pixel(15, 15), redFirst ? qRgb(0, 0, 255) : qRgb(255, 0, 0));
        EXPECT_EQ(image.pixel(5, 15), redFirst ? qRgb(255, 0, 0) : qRgb(0, 0, 255));
    }
}

TEST(LineRasterizer, LinesOfOneColourCompositeAsIfDrawnOneByOne)
{
    // Drawn into one alpha mask, two half-transparent lines crossing still give "over": 50 % + 50 % × 50 %.
    QImage image = transparentImage(30, 30);
    LineRasterizer lines(image);
    lines.setStyle(QColor(0, 0, 0, 128), 1.0);
    const std::vector<QPointF> across{{2, 15.5}, {28, 15.5}}, down{{15.5, 2}, {15.5, 28}};
    lines.drawPolyline(across.data(), across.size());
    lines.drawPolyline(down.data(), down.size());
    lines.flush();
    EXPECT_NEAR(qAlpha(image.pixel(15, 15)), 192, 1);
    EXPECT_NEAR(qAlpha(image.pixel(5, 15)), 128, 1);
    EXPECT_EQ(qAlpha(image.pixel(5, 5)), 0);
}

TEST(LineRasterizer, OpacityScalesTheColour)
{
    QImage image(20, 10, QImage::Format_RGB32);
    image.fill(Qt::white);
    LineRasterizer lines(image);
    lines.setStyle(Qt::black, 1.0, 0.5);
    const std::vector<QPointF> line{{2, 5.5}, {18, 5.5}};
    lines.drawPolyline(line.data(), line.size());
    lines.flush();
    EXPECT_NEAR(qRed(image.pixel(10, 5)), 127, 1);
    EXPECT_EQ(qAlpha(image.pixel(10, 5)), 255);   // an opaque image stays opaque
    EXPECT_EQ(image.pixel(10, 3), qRgb(255, 255, 255));
}

TEST(LineRasterizer, EachPolylineKeepsTheStyleItWasDrawnIn)
{
    // Polylines are drawn one behind (their mask cells prefetched meanwhile): a width set after one does
    // not change it.
    QImage together = transparentImage(30, 30), apart = transparentImage(30, 30);
    const std::vector<QPointF> faint{{2, 5.5}, {28, 5.5}}, full{{2, 20.5}, {28, 20.5}};
    {
        LineRasterizer lines(together);
        lines.setStyle(Qt::black, 0.5);
        lines.drawPolyline(faint.data(), faint.size());
        lines.setStyle(Qt::black, 1.0);
        lines.drawPolyline(full.data(), full.size());
    }
    draw(apart, faint, 0.5);
    draw(apart, full, 1.0);
    EXPECT_EQ(together, apart);
    EXPECT_NEAR(qAlpha(together.pixel(10, 5)), 128, 1);
    EXPECT_EQ(qAlpha(together.pixel(10, 20)), 255);
}

TEST(LineRasterizer, LinesAcrossTheImageEdgeAsInABiggerImage)
{
    // Columns whose band may leave the image are checked row by row, the others not: lines crossing the
    // right and bottom edges of a small image give it exactly the pixels a bigger one gets there.
    const std::vector<std::vector<QPointF>> polylines = randomPolylines(11, 400, 7, 0, 200, 15);
    QImage big = transparentImage(240, 240), small = transparentImage(150, 131);
    for (QImage *image : {&big, &small}) {
        LineRasterizer lines(*image);
        lines.setStyle(QColor(30, 60, 90), 0.8);
        for (const auto &line : polylines)
            lines.drawPolyline(line.data(), line.size());
    }
    EXPECT_EQ(small, big.copy(0, 0, small.width(), small.height()));
}

TEST(LineRasterizer, LooksLikeQPaintersStroke)
{
    // Random thin polylines, grey on white as base layers are drawn, each way.
    const std::vector<std::vector<QPointF>> polylines = randomPolylines(7, 600, 11, -20, 420, 6);
    const QColor grey(120, 120, 120);
    QImage ours(400, 400, QImage::Format_ARGB32_Premultiplied), qt(ours.size(), ours.format());
    ours.fill(Qt::white);
    qt.fill(Qt::white);
    LineRasterizer lines(ours);
    lines.setStyle(grey, 0.8);
    QPainter p(&qt);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(grey, 0.8);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    for (const auto &line : polylines) {
        lines.drawPolyline(line.data(), line.size());
        p.drawPolyline(line.data(), int(line.size()));
    }
    lines.flush();
    p.end();
    double inkOurs = 0, inkQt = 0;
    qint64 differing = 0, drawn = 0;
    for (int y = 0; y < ours.height(); ++y)
        for (int x = 0; x < ours.width(); ++x) {
            const int a = 255 - qRed(ours.pixel(x, y)), b = 255 - qRed(qt.pixel(x, y));
            inkOurs += a;
            inkQt += b;
            drawn += a > 0 || b > 0;
            differing += std::abs(a - b) > 26;   // ImageMagick's "-fuzz 10%"
        }
    EXPECT_NEAR(inkOurs / inkQt, 1.0, 0.03);
    EXPECT_LT(double(differing) / double(drawn), 0.05);
}

TEST(LineRasterizer, UsableOnlyWhereItLooksTheSame)
{
    QImage image = transparentImage(10, 10);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QPen thin(QColor(120, 120, 120), 0.8);
    EXPECT_TRUE(LineRasterizer::usable(p, thin));
    EXPECT_FALSE(LineRasterizer::usable(p, QPen(Qt::black, 2.2)));
    EXPECT_FALSE(LineRasterizer::usable(p, QPen(Qt::black, 0.8, Qt::DashLine)));
    EXPECT_FALSE(LineRasterizer::usable(p, QPen(Qt::black, 0)));   // cosmetic
    EXPECT_FALSE(LineRasterizer::usable(p, QPen(QBrush(Qt::black, Qt::Dense4Pattern), 0.8)));
    p.scale(2, 2);
    EXPECT_FALSE(LineRasterizer::usable(p, thin));
    p.resetTransform();
    p.setClipRect(0, 0, 5, 5);
    EXPECT_FALSE(LineRasterizer::usable(p, thin));
    p.setClipping(false);
    p.setCompositionMode(QPainter::CompositionMode_Multiply);
    EXPECT_FALSE(LineRasterizer::usable(p, thin));
    p.end();

    QImage unpremultiplied(10, 10, QImage::Format_ARGB32);
    QPainter q(&unpremultiplied);
    q.setRenderHint(QPainter::Antialiasing);
    EXPECT_FALSE(LineRasterizer::usable(q, thin));
    q.end();
    QPicture picture;
    QPainter r(&picture);
    r.setRenderHint(QPainter::Antialiasing);
    EXPECT_FALSE(LineRasterizer::usable(r, thin));
}
