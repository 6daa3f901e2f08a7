// SPDX-License-Identifier: GPL-3.0-or-later
// The legend's rows: what is in the map frame, nothing else.
#include "layout/layout_items.h"

#include "geo/coordinate_transform.h"
#include "io/raster_data.h"
#include "io/vector_data.h"
#include "io/vector_stream.h"
#include "render/plan_style.h"

#include <QCoreApplication>

#include <algorithm>

namespace yc::layout {

namespace {

/// Translation context (a class, so that lupdate files the strings under it).
struct LayoutText {
    Q_DECLARE_TR_FUNCTIONS(yc::Layout)
};

int dimensionOf(GeometryType t)
{
    switch (t) {
    case GeometryType::Point: case GeometryType::MultiPoint: return 0;
    case GeometryType::LineString: case GeometryType::MultiLineString: return 1;
    default: return 2;
    }
}

/// `visible` (in `crs`) in the CRS of a layer's data; empty where PROJ cannot say.
Envelope inLayerCrs(const Envelope &visible, const Crs &crs, const Crs &layerCrs)
{
    if (layerCrs.isEmpty() || layerCrs == crs)
        return visible;
    const CoordinateTransform &t = cachedTransform(crs, layerCrs);
    return t.isValid() ? t.apply(visible) : Envelope();
}

/// The dimension of a streamed layer's first feature (a stream does not know its geometry type): lines
/// when it has none.
int streamDimension(const VectorStream &stream)
{
    int dim = 1;
    stream.read({}, 1, [&](PackedGeometry &batch) {
        if (batch.featureCount() > 0 && batch.dimension.front() >= 0)
            dim = batch.dimension.front();
        return false;
    });
    return dim;
}

/// True when a feature of `layer` lies in `visible` (in `crs`); for a streamed layer, when its extent does.
bool showsIn(const RenderLayer &layer, const Envelope &visible, const Crs &crs)
{
    if (!layer.data)
        return layer.stream->extent().intersects(inLayerCrs(visible, crs, layer.stream->crs()));
    const VectorData &data = *layer.data;
    const Envelope area = inLayerCrs(visible, crs, data.crs);
    return std::any_of(data.features.cbegin(), data.features.cend(),
                       [&](const VectorFeature &f) { return f.geometry.envelope().intersects(area); });
}

} // namespace

QList<LegendEntry> buildLegend(const QList<FeatureInFrame> &features, const QList<RenderLayer> &layers,
                               const Envelope &visible, const Crs &crs)
{
    using Kind = LegendEntry::Kind;
    QList<LegendEntry> legend;
    const auto header = [](const QString &text) { return LegendEntry{Kind::Header, text, {}, 0, {}, {}}; };
    const auto any = [&](auto predicate) { return std::any_of(features.cbegin(), features.cend(), predicate); };

    QList<LegendEntry> categories;
    for (Category c : allCategories())
        for (int dim : {0, 1, 2})
            if (any([&](const FeatureInFrame &f) { return f.category == c && f.dimension == dim; }))
                categories.append({Kind::PlanCategory, displayName(c), c, dim, {}, {}});
    if (!categories.isEmpty())
        legend << header(LayoutText::tr("Plan features")) << categories;

    QList<LegendEntry> statuses;
    for (Status s : allStatuses())
        if (any([&](const FeatureInFrame &f) { return f.status == s; }))
            statuses.append({Kind::Status, displayName(s), {}, 0, s, {}});
    if (any([](const FeatureInFrame &f) { return f.placeholder; }))
        statuses.append({Kind::Placeholder, displayName(LocationConfidence::Placeholder), {}, 0, {}, {}});
    if (!statuses.isEmpty())
        legend << header(LayoutText::tr("Status")) << statuses;

    QList<LegendEntry> base;
    for (const RenderLayer &layer : layers) {
        if (layer.visible && layer.raster) {
            const RasterInfo &info = layer.raster->info();
            if (info.georeferenced && info.extent.intersects(inLayerCrs(visible, crs, info.crs)))   // as drawn
                base.append({Kind::Raster, layer.name, {}, 2, {}, {}});
            continue;
        }
        const bool streamed = !layer.data && layer.stream;
        if (!layer.visible || (!streamed && (!layer.data || layer.data->features.isEmpty()))
            || !showsIn(layer, visible, crs))
            continue;
        const int dim = streamed ? streamDimension(*layer.stream) : dimensionOf(layer.data->geometryType);
        const QString sourceLayer = streamed ? layer.stream->layerName() : layer.data->layerName;
        const QList<yc::LegendEntry> rows =
            layer.style.legend(Symbol::fromBase(baseLayerStyle(sourceLayer, layer.name)));
        if (rows.size() == 1) {
            base.append({Kind::BaseLayer, layer.name, {}, dim, {}, rows.first().symbol});
            continue;
        }
        base.append(header(layer.name));   // a styled layer: its name over its categories or classes
        for (const yc::LegendEntry &row : rows)
            base.append({Kind::BaseLayer, row.label, {}, dim, {}, row.symbol});
    }
    // Under plan features the layers are the base map; a map of layers alone needs no heading over them.
    if (!base.isEmpty() && !legend.isEmpty())
        legend << header(LayoutText::tr("Base map"));
    legend << base;
    return legend;
}

} // namespace yc::layout
