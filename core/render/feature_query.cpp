// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/feature_query.h"

#include "geo/coordinate_transform.h"
#include "geo/planar_distance.h"

#include <QImage>

#include <algorithm>
#include <cmath>
#include <limits>

namespace yc {

namespace {

QString valueText(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 15);
    return v.toString();
}

void searchVector(const RenderLayer &layer, int index, const Crs &mapCrs, QPointF point, double tolerance,
                  int maxPerLayer, QList<FeatureHit> &out)
{
    const VectorData &data = *layer.data;
    const bool reproject = !data.crs.isEmpty() && !(data.crs == mapCrs);
    std::optional<CoordinateTransform> toMap;
    Envelope area = Envelope::of(point.x() - tolerance, point.y() - tolerance, point.x() + tolerance,
                                 point.y() + tolerance);
    if (reproject) {
        toMap.emplace(data.crs, mapCrs);
        const CoordinateTransform toLayer(mapCrs, data.crs);
        if (!toMap->isValid() || !toLayer.isValid())
            return;
        area = toLayer.apply(area);
        if (area.isEmpty())
            return;
        area = area.buffered(std::max(area.width(), area.height()) * 0.05);
    }
    QList<FeatureHit> hits;
    for (const VectorFeature &f : data.features) {
        if (f.geometry.isEmpty() || !f.geometry.envelope().intersects(area))
            continue;
        const Geometry g = toMap ? toMap->apply(f.geometry) : f.geometry;
        const double d = g.isEmpty() ? std::numeric_limits<double>::infinity() : distanceTo(g, point);
        if (!(d <= tolerance))
            continue;
        FeatureHit hit;
        hit.layerIndex = index;
        hit.layerName = layer.name;
        hit.fid = f.fid;
        hit.geometryType = geometryTypeName(f.geometry.type);
        hit.distance = d;
        for (qsizetype i = 0; i < data.fields.size(); ++i)
            hit.attributes.append({data.fields.at(i).name, valueText(f.attributes.value(i))});
        hits.append(std::move(hit));
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const FeatureHit &a, const FeatureHit &b) { return a.distance < b.distance; });
    out.append(hits.mid(0, maxPerLayer));
}

void searchRaster(const RenderLayer &layer, int index, const Crs &mapCrs, QPointF point, QList<FeatureHit> &out)
{
    const RasterInfo &info = layer.raster->info();
    if (!info.georeferenced)
        return;
    QPointF p = point;
    if (!info.crs.isEmpty() && !(info.crs == mapCrs)) {
        const std::optional<QPointF> inRaster = CoordinateTransform(mapCrs, info.crs).apply(point);
        if (!inRaster)
            return;
        p = *inRaster;
    }
    if (p.x() < info.extent.xMin || p.x() > info.extent.xMax || p.y() < info.extent.yMin || p.y() > info.extent.yMax)
        return;
    // One source pixel around the point, read as a one-pixel image.
    const double px = info.extent.width() / std::max(1, info.size.width());
    const double py = info.extent.height() / std::max(1, info.size.height());
    const double col = std::floor((p.x() - info.extent.xMin) / px);
    const double row = std::floor((info.extent.yMax - p.y()) / py);
    const Envelope cell = Envelope::of(info.extent.xMin + col * px, info.extent.yMax - (row + 1) * py,
                                       info.extent.xMin + (col + 1) * px, info.extent.yMax - row * py);
    const QImage image = layer.raster->read(cell, QSize(1, 1));
    if (image.isNull())
        return;
    const QColor c = image.pixelColor(0, 0);
    FeatureHit hit;
    hit.layerIndex = index;
    hit.layerName = layer.name;
    hit.geometryType = QStringLiteral("Raster");
    hit.attributes = {{QStringLiteral("column"), QString::number(qint64(col))},
                      {QStringLiteral("row"), QString::number(qint64(row))},
                      {QStringLiteral("RGB"), QStringLiteral("%1, %2, %3").arg(c.red()).arg(c.green()).arg(c.blue())}};
    out.append(std::move(hit));
}

} // namespace

QList<FeatureHit> featuresAt(const QList<RenderLayer> &layers, const Crs &mapCrs, QPointF point, double tolerance,
                             int maxPerLayer)
{
    QList<FeatureHit> out;
    for (qsizetype i = layers.size() - 1; i >= 0; --i) {   // topmost (drawn last) first
        const RenderLayer &layer = layers.at(i);
        if (!layer.visible)
            continue;
        if (layer.raster)
            searchRaster(layer, int(i), mapCrs, point, out);
        else if (layer.data)
            searchVector(layer, int(i), mapCrs, point, tolerance, maxPerLayer, out);
    }
    return out;
}

} // namespace yc
