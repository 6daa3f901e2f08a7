// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/coordinate_transform.h"
#include "plan/project.h"
#include "render/band_split.h"
#include "render/map_renderer.h"
#include "render/plan_style.h"
#include "render/sprite_cache.h"
#include "storage/project_store.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QImage>
#include <QPainter>

#include <cmath>

using namespace yc;

namespace {

std::shared_ptr<const VectorData> countyLayer()
{
    VectorData data;
    data.layerName = QStringLiteral("counties");
    data.crs = Crs::cgcs2000();
    data.geometryType = GeometryType::Polygon;
    data.fields = {{QStringLiteral("name"), QStringLiteral("String")}};
    QPolygonF ring;
    ring << QPointF(110.8, 34.8) << QPointF(111.2, 34.8) << QPointF(111.2, 35.2) << QPointF(110.8, 35.2)
         << QPointF(110.8, 34.8);
    VectorFeature f;
    f.fid = 1;
    f.geometry = Geometry::polygon(ring);
    f.attributes = {QString::fromUtf8("测试县")};
    data.features = {f};
    data.extent = f.geometry.envelope();
    return std::make_shared<const VectorData>(std::move(data));
}

PlanFeature pointFeature(const QString &id, QPointF lonLat, Status status, LocationConfidence confidence)
{
    PlanFeature f;
    f.id = id;
    f.nameZh = QString::fromUtf8("盐湖景区");
    f.category = Category::ScenicSite;
    f.geometry = Geometry::point(lonLat);
    f.confidence = confidence;
    f.history = {{status, QDate(2024, 1, 1), {}, {}, {}}};
    return f;
}

bool near(QColor a, QColor b, int tolerance = 12)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

struct Rendering {
    QImage image;
    MapSettings settings;
};

Rendering render(const QList<PlanFeature> &features, const QStringList &selected = {})
{
    const QList<RenderLayer> layers = {{countyLayer(), QStringLiteral("counties"), true, 1.0}};
    MapSettings s;
    s.outputSize = QSize(400, 300);
    s.extent = MapRenderer::fullExtent(layers, features, s.crs);
    s.selectedFeatureIds = selected;
    QImage image(s.outputSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    MapRenderer::render(painter, s, layers, features);
    painter.end();
    return {image, s};
}

QPoint pixelOf(const MapSettings &s, QPointF lonLat)
{
    const CoordinateTransform t(Crs::cgcs2000(), s.crs);
    const auto map = t.apply(lonLat);
    EXPECT_TRUE(map.has_value());
    return MapToPixel(s).toPixel(map.value_or(QPointF())).toPoint();
}

} // namespace

TEST(MapToPixel, RoundTripAndAspect)
{
    MapSettings s;
    s.outputSize = QSize(400, 200);
    s.extent = Envelope::of(500000, 3800000, 600000, 3900000);   // square extent into a 2:1 output
    const MapToPixel m2p(s);
    EXPECT_DOUBLE_EQ(m2p.mapUnitsPerPixel(), 500.0);
    EXPECT_NEAR(m2p.visibleExtent().width() / m2p.visibleExtent().height(), 2.0, 1e-9);
    const QPointF center = m2p.toPixel(s.extent.center());
    EXPECT_NEAR(center.x(), 200, 1e-6);
    EXPECT_NEAR(center.y(), 100, 1e-6);
    // North is up: the top edge of the extent is at pixel row 0.
    EXPECT_NEAR(m2p.toPixel({550000, 3900000}).y(), 0, 1e-6);
    for (const QPointF p : {QPointF(512345.6, 3812345.6), QPointF(599999, 3800001), QPointF(450000, 3850000)}) {
        const QPointF back = m2p.toMap(m2p.toPixel(p));
        EXPECT_NEAR(back.x(), p.x(), 1e-6);
        EXPECT_NEAR(back.y(), p.y(), 1e-6);
    }
}

TEST(MapRenderer, DrawsPointFeatureInStatusColourOverCountyFill)
{
    const QPointF site(111.0, 35.0);
    const Rendering r = render({pointFeature(QStringLiteral("site"), site, Status::Completed,
                                             LocationConfidence::Approximate)});
    const QPoint p = pixelOf(r.settings, site);
    ASSERT_TRUE(r.image.rect().contains(p));
    EXPECT_TRUE(near(r.image.pixelColor(p), statusColor(Status::Completed))) << r.image.pixelColor(p).name().toStdString();
    // Inside the county but away from the symbol: the county fill.
    const QPoint inside = pixelOf(r.settings, QPointF(110.85, 34.85));
    EXPECT_TRUE(near(r.image.pixelColor(inside), baseLayerStyle(QStringLiteral("counties")).fill))
        << r.image.pixelColor(inside).name().toStdString();
    // The label sits to the right of the marker: some near-black text pixels there.
    int dark = 0;
    for (int x = p.x() + 8; x < std::min(r.image.width(), p.x() + 80); ++x)
        for (int y = p.y() - 8; y <= p.y() + 8; ++y)
            if (r.image.rect().contains(x, y) && qGray(r.image.pixel(x, y)) < 80)
                ++dark;
    EXPECT_GT(dark, 10);
}

TEST(MapRenderer, PlaceholderIsHollowAndSelectionIsHighlighted)
{
    const QPointF a(110.9, 35.1);
    const QPointF b(111.1, 34.9);
    PlanFeature hollow = pointFeature(QStringLiteral("a"), a, Status::Proposed, LocationConfidence::Placeholder);
    PlanFeature picked = pointFeature(QStringLiteral("b"), b, Status::UnderConstruction, LocationConfidence::Surveyed);
    const Rendering r = render({hollow, picked}, {QStringLiteral("b")});
    const QColor center = r.image.pixelColor(pixelOf(r.settings, a));
    EXPECT_GT(qGray(center.rgb()), 230) << "placeholder markers are not filled";
    EXPECT_TRUE(near(r.image.pixelColor(pixelOf(r.settings, b)), statusColor(Status::UnderConstruction)));
    // The yellow selection halo around the selected marker.
    const QPoint pb = pixelOf(r.settings, b);
    bool yellow = false;
    for (int dx = -16; dx <= 16 && !yellow; ++dx)
        for (int dy = -16; dy <= 16 && !yellow; ++dy) {
            const QColor c = r.image.pixelColor(pb + QPoint(dx, dy));
            yellow = c.red() > 220 && c.green() > 180 && c.blue() < 100;
        }
    EXPECT_TRUE(yellow);
}

TEST(MapRenderer, FullExtentCoversLayersAndFeatures)
{
    const QList<RenderLayer> layers = {{countyLayer(), QStringLiteral("counties"), true, 1.0}};
    const PlanFeature far = pointFeature(QStringLiteral("far"), QPointF(111.5, 35.5), Status::Proposed,
                                         LocationConfidence::Approximate);
    const Envelope e = MapRenderer::fullExtent(layers, {far}, Crs::cgcs2000());
    EXPECT_NEAR(e.xMin, 110.8, 1e-6);
    EXPECT_NEAR(e.yMin, 34.8, 1e-6);
    EXPECT_NEAR(e.xMax, 111.5, 1e-6);
    EXPECT_NEAR(e.yMax, 35.5, 1e-6);
}

TEST(MapRenderer, DrawsBundledCountySeatsAsDots)
{
    const QString base = test::sourceDir() + QStringLiteral("/maps/yuncheng-base.gpkg");
    if (!QFileInfo::exists(base))
        GTEST_SKIP() << "no maps/yuncheng-base.gpkg";
    VectorReadOptions options;
    options.layerName = QStringLiteral("county_seats");
    QString error;
    auto seats = readVectorLayer(base, options, &error);
    ASSERT_TRUE(seats.has_value()) << error.toStdString();
    ASSERT_FALSE(seats->features.isEmpty());
    const QPointF seat = seats->features.first().geometry.parts.first().first().first();
    const QList<RenderLayer> layers = {
        {std::make_shared<const VectorData>(*seats), QString::fromUtf8("县城"), true, 1.0}};
    MapSettings s;
    s.outputSize = QSize(500, 400);
    s.extent = MapRenderer::fullExtent(layers, {}, s.crs);
    QImage image(s.outputSize, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    MapRenderer::render(painter, s, layers, {});
    painter.end();
    const CoordinateTransform t(seats->crs, s.crs);
    const QPoint p = MapToPixel(s).toPixel(t.apply(seat).value_or(QPointF())).toPoint();
    EXPECT_LT(qGray(image.pixel(p)), 60) << "a black dot at the first county seat";
}

namespace {

// The bundled project's base layers, read in full.
QList<RenderLayer> bundledLayers(const Project &project)
{
    QList<RenderLayer> layers;
    for (const LayerRef &ref : project.layers()) {
        VectorReadOptions options;
        options.layerName = ref.layerName;
        QString error;
        auto data = readVectorLayer(project.resolveSource(ref.source), options, &error);
        EXPECT_TRUE(data.has_value()) << error.toStdString();
        if (data)
            layers.append({std::make_shared<const VectorData>(std::move(*data)), ref.name, ref.visible, ref.opacity});
    }
    return layers;
}

// The bundled project, its base layers, and a 900×610 view of all of it with the first plan feature selected;
// false when the project is not there (it is in the repository: a broken checkout, which the tests fail on).
bool bundledView(Project &project, QList<RenderLayer> &layers, MapSettings &s)
{
    const QString projectPath = test::sourceDir() + QStringLiteral("/maps/yuncheng.gpkg");
    if (!QFileInfo::exists(projectPath))
        return false;
    EXPECT_TRUE(GeoPackageProjectStore::load(project, projectPath).ok());
    layers = bundledLayers(project);
    EXPECT_FALSE(layers.isEmpty());
    EXPECT_FALSE(project.features().isEmpty());
    s.crs = project.crs();
    s.outputSize = QSize(900, 610);
    s.extent = MapRenderer::fullExtent(layers, project.features(), s.crs);
    if (!project.features().isEmpty())
        s.selectedFeatureIds = {project.features().first().id};
    return true;
}

// The picture one painter draws, part after part: what MapRenderer::render draws in bands must be this.
QImage drawnByOnePainter(const MapSettings &s, const QList<RenderLayer> &layers, const QList<PlanFeature> &features)
{
    QImage image(s.outputSize, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    MapRenderer::drawBackground(painter, s);
    MapLabels labels;
    for (const RenderLayer &layer : layers)
        labels.append(MapRenderer::drawLayer(painter, s, layer));
    labels.append(MapRenderer::drawFeatures(painter, s, features));
    MapRenderer::drawLabels(painter, s, labels);
    return image;
}

// The pixels in which two pictures of the same size differ, and the first of them.
struct PixelDifference {
    int pixels = 0;
    QPoint first;
};

PixelDifference difference(const QImage &a, const QImage &b)
{
    PixelDifference d;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (a.pixel(x, y) != b.pixel(x, y) && d.pixels++ == 0)
                d.first = QPoint(x, y);
    return d;
}

QImage rendered(const MapSettings &s, const QList<RenderLayer> &layers, const QList<PlanFeature> &features)
{
    QImage image(s.outputSize, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    MapRenderer::render(painter, s, layers, features);
    return image;
}

} // namespace

// MapRenderer::render draws an image in two bands of rows on two threads: the picture must be the one a single
// painter draws, part after part, on the bundled project (its base layers, plan lines, areas and points).
TEST(MapRenderer, DrawsAnImageInBandsAsOnePainterDoes)
{
    Project project;
    QList<RenderLayer> layers;
    MapSettings s;   // bands of 304 and 306 rows
    ASSERT_TRUE(bundledView(project, layers, s)) << "maps/yuncheng.gpkg is part of the repository";
    EXPECT_EQ(rendered(s, layers, project.features()), drawnByOnePainter(s, layers, project.features()));
}

// With sprites the bands split where the renders before took as long in both: the picture must be one
// painter's wherever they split, and so the same from one render to the next.
TEST(MapRenderer, DrawsAnImageInBandsAsOnePainterDoesAtAnySplitWithSprites)
{
    Project project;
    QList<RenderLayer> layers;
    MapSettings s;
    ASSERT_TRUE(bundledView(project, layers, s)) << "maps/yuncheng.gpkg is part of the repository";
    s.sprites = std::make_shared<SpriteCache>();
    const QImage single = drawnByOnePainter(s, layers, project.features());
    for (int upper = 1; upper < 76; upper += 3) {   // splits at rows 8, 32, ..., 600 (a multiple of 8)
        s.bandSplit = std::make_shared<BandSplit>((upper * 8 + 0.5) / 610);
        ASSERT_EQ(s.bandSplit->row(610, 8), upper * 8);
        const PixelDifference d = difference(rendered(s, layers, project.features()), single);
        EXPECT_EQ(d.pixels, 0) << "split at row " << upper * 8 << ", first at " << d.first.x() << ", " << d.first.y();
    }
    s.bandSplit = std::make_shared<BandSplit>();   // learning from each render
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(difference(rendered(s, layers, project.features()), single).pixels, 0) << "render " << i;
}

TEST(BandSplit, MovesTowardTheBandThatTookLess)
{
    BandSplit split;
    EXPECT_EQ(split.row(1080, 8), 544);   // the middle, on a multiple of 8
    split.measured(544, 1080, 10, 14);   // the lower band took longer: it gets fewer rows
    const int lower = split.row(1080, 8);
    EXPECT_GT(lower, 544);
    EXPECT_EQ(lower % 8, 0);
    split.measured(lower, 1080, 20, 5);
    EXPECT_LT(split.row(1080, 8), lower);
    for (int i = 0; i < 20; ++i)   // however lopsided, both threads keep some rows
        split.measured(split.row(1080, 8), 1080, 1, 100);
    EXPECT_GE(split.row(1080, 8), 200);
    EXPECT_LE(split.row(1080, 8), 880);
    EXPECT_EQ(split.row(12, 8), 8);   // at least a step from either edge when there is room for one
}

// A line of 20,000 vertices, most of them less than half a pixel apart, is drawn thinned to screen
// resolution: the result must match the same line drawn vertex by vertex.
TEST(MapRenderer, DenseLineThinnedToScreenResolutionLooksTheSame)
{
    QPolygonF line;
    for (int i = 0; i <= 20000; ++i) {
        const double t = i / 20000.0;
        line << QPointF(110.5 + t, 35.0 + 0.2 * std::sin(t * 40));
    }
    VectorData data;
    data.layerName = QStringLiteral("dense");
    data.crs = Crs::cgcs2000();
    data.geometryType = GeometryType::LineString;
    data.features = {{1, Geometry::lineString(line), {}}};
    data.extent = data.features.first().geometry.envelope();
    RenderLayer layer;
    layer.data = std::make_shared<const VectorData>(std::move(data));

    MapSettings settings;
    settings.crs = Crs::cgcs2000();
    settings.outputSize = QSize(400, 200);
    settings.extent = layer.data->extent;
    QImage drawn(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&drawn);
        MapRenderer::render(painter, settings, {layer}, {});
    }

    QImage expected(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    expected.fill(QColor(0xfc, 0xfc, 0xfa));
    {
        QPainter painter(&expected);
        painter.setRenderHint(QPainter::Antialiasing);
        const MapToPixel m2p(settings);
        QPolygonF pixels;
        for (const QPointF &p : std::as_const(line))
            pixels << m2p.toPixel(p);
        const BaseLayerStyle style = baseLayerStyle(QStringLiteral("dense"));
        QPen pen(style.stroke, style.strokeWidth);
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        painter.setPen(pen);
        painter.drawPolyline(pixels);
    }
    int inked = 0;
    int differing = 0;
    for (int y = 0; y < drawn.height(); ++y)
        for (int x = 0; x < drawn.width(); ++x) {
            const QColor a = drawn.pixelColor(x, y);
            const QColor b = expected.pixelColor(x, y);
            inked += !near(b, QColor(0xfc, 0xfc, 0xfa), 40);
            differing += !near(a, b, 60);
        }
    EXPECT_GT(inked, 400);                 // the line is there in both
    EXPECT_LT(differing, inked / 50);      // and in the same place
}

// The second render reuses the cached transformation and must give the same picture.
TEST(MapRenderer, ReprojectedRendersAreRepeatable)
{
    RenderLayer layer;
    layer.data = countyLayer();
    MapSettings settings;
    settings.crs = Crs::cgcs2000Gk111();
    settings.outputSize = QSize(300, 200);
    QList<QImage> images;
    for (int i = 0; i < 2; ++i) {
        QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        MapRenderer::render(painter, settings, {layer}, {});
        painter.end();
        images << image;
    }
    EXPECT_EQ(images.at(0), images.at(1));
    EXPECT_TRUE(near(images.at(0).pixelColor(150, 100), baseLayerStyle(QStringLiteral("counties")).fill));
}
