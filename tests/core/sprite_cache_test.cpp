// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/label_drawing.h"
#include "render/layer_images.h"
#include "render/map_renderer.h"
#include "render/plan_style.h"
#include "render/sprite_cache.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include <cmath>

using namespace yc;

namespace {

QImage whiteImage(QSize size = QSize(200, 80))
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

int channelDistance(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b)),
                     std::abs(qAlpha(a) - qAlpha(b))});
}

int maxDifference(const QImage &a, const QImage &b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            worst = std::max(worst, channelDistance(a.pixel(x, y), b.pixel(x, y)));
    return worst;
}

// The share of pixels differing by more than 10 % (as ImageMagick's `compare -fuzz 10%` counts them).
double differingShare(const QImage &a, const QImage &b)
{
    int differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            differing += channelDistance(a.pixel(x, y), b.pixel(x, y)) > 25;
    return double(differing) / (a.width() * a.height());
}

int inkPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qGray(image.pixel(x, y)) < 128;
    return n;
}

QFont labelFont(int pixelSize = 16)
{
    QFont f;
    f.setPixelSize(pixelSize);
    return f;
}

const QString kText = QString::fromUtf8("盐湖景区 Yanhu");

std::shared_ptr<const VectorData> squareLayer(const QString &name, double x0)
{
    VectorData data;
    data.layerName = name;
    data.crs = Crs::cgcs2000();
    data.geometryType = GeometryType::Polygon;
    data.fields = {{QStringLiteral("name"), QStringLiteral("String")}};
    QPolygonF ring;
    ring << QPointF(x0, 34.8) << QPointF(x0 + 0.3, 34.8) << QPointF(x0 + 0.3, 35.1) << QPointF(x0, 35.1)
         << QPointF(x0, 34.8);
    VectorFeature f;
    f.fid = 1;
    f.geometry = Geometry::polygon(ring);
    f.attributes = {QString::fromUtf8("测试县")};
    data.features = {f};
    data.extent = f.geometry.envelope();
    return std::make_shared<const VectorData>(std::move(data));
}

PlanFeature planPoint(const QString &id, QPointF lonLat, Category category)
{
    PlanFeature f;
    f.id = id;
    f.nameZh = QString::fromUtf8("景区") + id;
    f.category = category;
    f.geometry = Geometry::point(lonLat);
    f.history = {{Status::UnderConstruction, QDate(2024, 1, 1), {}, {}, {}}};
    return f;
}

struct Scene {
    QList<RenderLayer> layers;
    QList<PlanFeature> features;
    MapSettings settings;
};

Scene scene()
{
    Scene s;
    s.layers = {{squareLayer(QStringLiteral("counties"), 110.8), QStringLiteral("counties"), true, 1.0},
                {squareLayer(QStringLiteral("lakes"), 111.0), QStringLiteral("lakes"), true, 1.0}};
    for (int i = 0; i < 12; ++i)
        s.features << planPoint(QString::number(i), QPointF(110.85 + 0.04 * i, 34.85 + 0.02 * i),
                                Category(i % 5));
    s.settings.outputSize = QSize(500, 360);
    s.settings.extent = MapRenderer::fullExtent(s.layers, s.features, s.settings.crs);
    return s;
}

QImage renderWhole(const Scene &s, const MapSettings &settings)
{
    QImage image = whiteImage(settings.outputSize);
    QPainter painter(&image);
    MapRenderer::render(painter, settings, s.layers, s.features);
    return image;
}

} // namespace

TEST(SpriteCache, SameTextAndStyleGiveTheSameSprite)
{
    SpriteCache cache;
    const auto a = cache.label(kText, labelFont(), Qt::black, Qt::white, 3);
    const auto b = cache.label(kText, labelFont(), Qt::black, Qt::white, 3);
    EXPECT_EQ(a.get(), b.get());
    EXPECT_EQ(cache.size(), 1);
    // Any change of style is another sprite.
    EXPECT_NE(cache.label(kText, labelFont(), Qt::red, Qt::white, 3).get(), a.get());
    EXPECT_NE(cache.label(kText, labelFont(18), Qt::black, Qt::white, 3).get(), a.get());
    EXPECT_NE(cache.label(kText, labelFont(), Qt::black, Qt::white, 4).get(), a.get());
    EXPECT_EQ(cache.size(), 4);
}

TEST(SpriteCache, LabelSpriteLooksLikeTheDrawnLabel)
{
    SpriteCache cache;
    const QFont font = labelFont();
    const auto sprite = cache.label(kText, font, QColor(25, 25, 25), QColor(255, 255, 255, 230), 3);
    const QPointF baseline(20, 30);

    QImage drawn = whiteImage();
    drawn.fill(QColor(200, 220, 240));   // a coloured map under the halo
    QImage copied = drawn;
    {
        QPainter p(&drawn);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        drawHaloText(p, baseline, kText, font, QColor(25, 25, 25), QColor(255, 255, 255, 230), 3);
    }
    {
        QPainter p(&copied);
        ASSERT_TRUE(SpriteCache::usableOn(p));
        SpriteCache::drawLabel(p, *sprite, baseline);
    }
    EXPECT_GT(inkPixels(drawn), 50);   // there is text to compare
    EXPECT_LE(maxDifference(drawn, copied), 3);   // 8-bit rounding of the composition
    // A baseline between pixels lands on the nearest whole one.
    QImage between = drawn;
    between.fill(QColor(200, 220, 240));
    {
        QPainter p(&between);
        SpriteCache::drawLabel(p, *sprite, baseline + QPointF(0.3, -0.4));
    }
    EXPECT_EQ(between, copied);
}

TEST(SpriteCache, MarkerSpriteLooksLikeTheDrawnMarker)
{
    SpriteCache cache;
    const QPainterPath star = markerPath(MarkerShape::Star, QPointF(0, 0), 13);
    const QPen pen(QColor(120, 20, 20), 1.0);
    const QBrush brush(QColor(215, 38, 30));
    for (const QPointF center : {QPointF(40, 40), QPointF(100.25, 40.75)}) {   // on quarter pixels
        QImage drawn = whiteImage();
        QImage copied = drawn;
        {
            QPainter p(&drawn);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(pen);
            p.setBrush(brush);
            p.drawPath(star.translated(center));
        }
        {
            QPainter p(&copied);
            cache.drawMarker(p, center, QStringLiteral("star 13"), star, pen, brush);
        }
        EXPECT_LE(maxDifference(drawn, copied), 3);
    }
    EXPECT_EQ(cache.size(), 2);   // one sprite per quarter-pixel offset used
}

TEST(SpriteCache, NotUsedWherePixelsAreNotCopied)
{
    QImage image = whiteImage();
    QPainter p(&image);
    p.scale(2, 2);
    EXPECT_FALSE(SpriteCache::usableOn(p));
    p.resetTransform();
    p.setOpacity(0.5);
    EXPECT_FALSE(SpriteCache::usableOn(p));
}

TEST(SpriteCache, RenderWithSpritesLooksLikeRenderWithout)
{
    const Scene s = scene();
    MapSettings cached = s.settings;
    cached.sprites = std::make_shared<SpriteCache>();
    const QImage direct = renderWhole(s, s.settings);
    const QImage first = renderWhole(s, cached);
    EXPECT_GT(cached.sprites->size(), 0);
    const QImage again = renderWhole(s, cached);   // from the sprites drawn by the first
    EXPECT_EQ(first, again);
    // Labels are copied exactly; markers land on the nearest quarter pixel, their edges move a little.
    EXPECT_LT(differingShare(direct, again), 0.001);
}

TEST(LayerImages, ComposedPictureIsTheRenderedOne)
{
    const Scene s = scene();
    const LayerImages images = LayerImages::render({}, s.settings, s.layers, s.features);
    ASSERT_FALSE(images.cancelled());
    EXPECT_TRUE(images.drewLayers());
    EXPECT_TRUE(images.drewFeatures());
    EXPECT_LE(maxDifference(images.composed(), renderWhole(s, s.settings)), 3);
}

TEST(LayerImages, RedrawsOnlyWhatChanged)
{
    Scene s = scene();
    const LayerImages first = LayerImages::render({}, s.settings, s.layers, s.features);

    const LayerImages same = LayerImages::render(first, s.settings, s.layers, s.features);
    EXPECT_FALSE(same.drewLayers());
    EXPECT_FALSE(same.drewFeatures());
    // Labels are placed again on the kept images; Qt draws a process's very first glyphs (before its glyph
    // cache is warm) a few levels differently, so this is equal only within that.
    EXPECT_LE(maxDifference(same.composed(), first.composed()), 3);

    // Hiding or restyling a base layer redraws the base layers only.
    s.layers[1].visible = false;
    const LayerImages hidden = LayerImages::render(same, s.settings, s.layers, s.features);
    EXPECT_TRUE(hidden.drewLayers());
    EXPECT_FALSE(hidden.drewFeatures());
    EXPECT_NE(hidden.composed(), first.composed());
    EXPECT_LE(maxDifference(hidden.composed(), renderWhole(s, s.settings)), 3);
    s.layers[0].opacity = 0.5;
    EXPECT_TRUE(LayerImages::render(hidden, s.settings, s.layers, s.features).drewLayers());

    // Moving a plan feature or selecting one redraws the plan only.
    s.features[3].geometry = Geometry::point(QPointF(111.0, 35.0));
    const LayerImages moved = LayerImages::render(hidden, s.settings, s.layers, s.features);
    EXPECT_TRUE(moved.drewLayers());   // the opacity change above
    const LayerImages again = LayerImages::render(moved, s.settings, s.layers, s.features);
    s.settings.selectedFeatureIds = {QStringLiteral("3")};
    const LayerImages selected = LayerImages::render(again, s.settings, s.layers, s.features);
    EXPECT_FALSE(selected.drewLayers());
    EXPECT_TRUE(selected.drewFeatures());
    EXPECT_LE(maxDifference(selected.composed(), renderWhole(s, s.settings)), 3);

    // Another view redraws everything.
    MapSettings panned = s.settings;
    panned.extent = s.settings.extent.buffered(10);
    const LayerImages other = LayerImages::render(selected, panned, s.layers, s.features);
    EXPECT_TRUE(other.drewLayers());
    EXPECT_TRUE(other.drewFeatures());
}

TEST(LayerImages, CancelledRenderIsMarked)
{
    const Scene s = scene();
    const std::atomic<bool> cancel{true};
    const LayerImages images = LayerImages::render({}, s.settings, s.layers, s.features, &cancel);
    EXPECT_TRUE(images.cancelled());
}
