// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/vector_data.h"
#include "plan/layer_commands.h"
#include "render/layer_style.h"
#include "render/map_renderer.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

using namespace yc;

namespace {

/// Three squares side by side along 111°E–111.3°E with a text and a numeric field.
VectorData squares()
{
    VectorData data;
    data.layerName = QStringLiteral("parcels");
    data.crs = Crs::cgcs2000();
    data.geometryType = GeometryType::Polygon;
    data.fields = {{QStringLiteral("landuse"), QStringLiteral("String")},
                   {QStringLiteral("area_ha"), QStringLiteral("Real")},
                   {QStringLiteral("name"), QStringLiteral("String")}};
    const QList<QVariantList> attributes = {{QString::fromUtf8("耕地"), 12.5, QStringLiteral("a")},
                                            {QString::fromUtf8("林地"), 40.0, QStringLiteral("b")},
                                            {QString::fromUtf8("耕地"), 95.0, QStringLiteral("c")}};
    for (int i = 0; i < 3; ++i) {
        const double x = 111 + i * 0.1;
        QPolygonF ring;
        ring << QPointF(x, 35) << QPointF(x + 0.1, 35) << QPointF(x + 0.1, 35.1) << QPointF(x, 35.1) << QPointF(x, 35);
        VectorFeature f;
        f.fid = i + 1;
        f.geometry = Geometry::polygon(ring);
        f.attributes = attributes.at(i);
        data.features.append(f);
        data.extent.include(f.geometry.envelope());
    }
    return data;
}

Symbol solid(QColor c)
{
    Symbol s;
    s.fill = c;
    s.stroke = c;
    return s;
}

} // namespace

TEST(LayerStyle, CategorizedLookupByValueWithFallback)
{
    const VectorData data = squares();
    LayerStyle style;
    style.kind = LayerStyle::Kind::Categorized;
    style.field = QStringLiteral("landuse");
    style.symbol = solid(Qt::gray);
    style.categories = {{QString::fromUtf8("耕地"), {}, solid(Qt::yellow)}};
    const LayerStyle::Prepared p = style.prepare(data, solid(Qt::black), -1);
    EXPECT_EQ(p.symbolFor(data.features.at(0).attributes).fill, QColor(Qt::yellow));
    EXPECT_EQ(p.symbolFor(data.features.at(1).attributes).fill, QColor(Qt::gray));   // 林地: no category
    EXPECT_EQ(p.symbolFor(data.features.at(2).attributes).fill, QColor(Qt::yellow));
    EXPECT_EQ(p.labelIndex(), -1);
}

TEST(LayerStyle, CategoriesForListsDistinctValuesSorted)
{
    const VectorData data = squares();
    const QList<StyleCategory> c = LayerStyle::categoriesFor(data, QStringLiteral("landuse"), Symbol());
    ASSERT_EQ(c.size(), 2);
    EXPECT_NE(c.at(0).symbol.fill, c.at(1).symbol.fill);
    EXPECT_TRUE(LayerStyle::categoriesFor(data, QStringLiteral("missing"), Symbol()).isEmpty());
}

TEST(LayerStyle, GraduatedClassesCoverTheRangeAndLookUpByValue)
{
    const VectorData data = squares();
    LayerStyle style;
    style.kind = LayerStyle::Kind::Graduated;
    style.field = QStringLiteral("area_ha");
    style.classes = LayerStyle::classesFor(data, style.field, 3, LayerStyle::Breaks::EqualInterval, Qt::white,
                                           Qt::red, Symbol());
    ASSERT_EQ(style.classes.size(), 3);
    EXPECT_DOUBLE_EQ(style.classes.first().lower, 12.5);
    EXPECT_DOUBLE_EQ(style.classes.at(1).lower, 40.0);   // 12.5 + (95 - 12.5) / 3
    EXPECT_DOUBLE_EQ(style.classes.last().upper, 95.0);
    EXPECT_EQ(style.classes.last().symbol.fill.rgb(), QColor(Qt::red).rgb());
    const LayerStyle::Prepared p = style.prepare(data, Symbol(), -1);
    EXPECT_EQ(&p.symbolFor(data.features.at(0).attributes), &p.symbolFor({QString(), 13.0}));
    EXPECT_EQ(p.symbolFor(data.features.at(1).attributes), style.classes.at(1).symbol);   // 40 opens class 1
    EXPECT_EQ(p.symbolFor(data.features.at(2).attributes), style.classes.at(2).symbol);   // the top value is in
    EXPECT_EQ(p.symbolFor({QString(), QStringLiteral("n/a")}), style.symbol);            // not a number

    const QList<StyleClass> quantiles = LayerStyle::classesFor(data, style.field, 3, LayerStyle::Breaks::Quantile,
                                                               Qt::white, Qt::red, Symbol());
    // Three values in three quantiles: the top break is the maximum itself, so two classes remain.
    ASSERT_EQ(quantiles.size(), 2);
    EXPECT_DOUBLE_EQ(quantiles.at(0).upper, 40.0);
    EXPECT_DOUBLE_EQ(quantiles.at(1).lower, 40.0);
    EXPECT_DOUBLE_EQ(quantiles.at(1).upper, 95.0);
}

TEST(LayerStyle, JsonRoundTripThroughTheLayerRef)
{
    LayerStyle style;
    style.kind = LayerStyle::Kind::Categorized;
    style.field = QStringLiteral("landuse");
    style.symbol = solid(QColor(10, 20, 30, 40));
    style.categories = {{QString::fromUtf8("耕地"), QString::fromUtf8("耕地（基本农田）"), solid(Qt::yellow)},
                        {QString::fromUtf8("林地"), {}, solid(Qt::darkGreen)}};
    style.categories[1].symbol.strokeWidth = 2.5;
    style.categories[1].symbol.pointSize = 9;
    style.labelField = QStringLiteral("name");
    EXPECT_EQ(LayerStyle::fromJson(style.toJson()), style);

    LayerRef ref;
    setLayerStyleObject(ref, {{QStringLiteral("encoding"), QStringLiteral("CP936")}});
    setLayerSymbology(ref, style);
    EXPECT_EQ(layerSymbology(ref), style);
    EXPECT_EQ(layerEncoding(ref), QStringLiteral("CP936"));   // the other settings stay
    setLayerSymbology(ref, LayerStyle());
    EXPECT_TRUE(layerSymbology(ref).isDefault());
    EXPECT_EQ(layerEncoding(ref), QStringLiteral("CP936"));

    LayerStyle graduated;
    graduated.kind = LayerStyle::Kind::Graduated;
    graduated.field = QStringLiteral("area_ha");
    graduated.classes = {{0, 10, {}, solid(Qt::white)}, {10, 20.5, QStringLiteral("big"), solid(Qt::red)}};
    graduated.labelField = QString();   // labels off
    EXPECT_EQ(LayerStyle::fromJson(graduated.toJson()), graduated);

    // Generated colours (darker outlines) read back equal too.
    LayerStyle generated;
    generated.kind = LayerStyle::Kind::Categorized;
    generated.field = QStringLiteral("landuse");
    generated.categories = LayerStyle::categoriesFor(squares(), generated.field, Symbol());
    generated.classes = LayerStyle::classesFor(squares(), QStringLiteral("area_ha"), 3,
                                               LayerStyle::Breaks::EqualInterval, Qt::white, Qt::red, Symbol());
    EXPECT_EQ(LayerStyle::fromJson(generated.toJson()).categories, generated.categories);
    generated.kind = LayerStyle::Kind::Graduated;
    EXPECT_EQ(LayerStyle::fromJson(generated.toJson()).classes, generated.classes);

    // Damaged JSON gives usable defaults, never an error.
    const LayerStyle broken = LayerStyle::fromJson(
        {{QStringLiteral("kind"), QStringLiteral("categorized")}, {QStringLiteral("symbol"), 7}});
    EXPECT_EQ(broken.kind, LayerStyle::Kind::Single);   // no field
    EXPECT_TRUE(LayerStyle::fromJson({{QStringLiteral("kind"), QStringLiteral("sparkly")}}).isDefault());
}

TEST(LayerStyle, RendererDrawsEachFeatureWithItsCategory)
{
    auto data = std::make_shared<const VectorData>(squares());
    RenderLayer layer{data, QStringLiteral("parcels")};
    layer.style.kind = LayerStyle::Kind::Categorized;
    layer.style.field = QStringLiteral("landuse");
    layer.style.symbol = solid(QColor(0, 0, 255));
    layer.style.categories = {{QString::fromUtf8("耕地"), {}, solid(QColor(255, 200, 0))}};
    layer.style.labelField = QString();
    MapSettings s;
    s.crs = Crs::cgcs2000();
    s.outputSize = QSize(300, 100);
    s.extent = data->extent;
    QImage image(s.outputSize, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    MapRenderer::render(painter, s, {layer}, {});
    painter.end();
    const MapToPixel m2p(s);
    const auto at = [&](double lon) { return image.pixelColor(m2p.toPixel({lon, 35.05}).toPoint()); };
    EXPECT_EQ(at(111.05), QColor(255, 200, 0));
    EXPECT_EQ(at(111.15), QColor(0, 0, 255));
    EXPECT_EQ(at(111.25), QColor(255, 200, 0));
}
