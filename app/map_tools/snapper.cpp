// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_tools/snapper.h"

#include "geo/coordinate_transform.h"
#include "map_canvas.h"
#include "plan/project.h"

#include <QPainter>

#include <cmath>

namespace yc {

namespace {

/// Nearest candidates found so far, distances in pixels.
struct Best {
    double vertexDistance;
    double segmentDistance;
    std::optional<QPointF> vertex;
    std::optional<QPointF> segment;
};

/// Looks at the vertices and segments of `g` (in `crs`) that lie in `area` (a box in `crs` around the cursor).
void consider(const Geometry &g, const Envelope &area, const CoordinateTransform &toMap, const MapCanvas &canvas,
              QPointF cursor, Best &best)
{
    if (g.isEmpty() || !g.envelope().intersects(area))
        return;
    for (const Geometry::Part &part : g.parts)
        for (const QPolygonF &ring : part) {
            std::optional<QPointF> previous;
            for (const QPointF &p : ring) {
                const auto map = toMap.apply(p);
                if (!map) {
                    previous.reset();
                    continue;
                }
                const QPointF pixel = canvas.toWidget(*map);
                const double d = std::hypot(pixel.x() - cursor.x(), pixel.y() - cursor.y());
                if (d < best.vertexDistance) {
                    best.vertexDistance = d;
                    best.vertex = *map;
                }
                if (previous) {
                    const QPointF a = canvas.toWidget(*previous);
                    const QPointF ab = pixel - a;
                    const double len2 = QPointF::dotProduct(ab, ab);
                    if (len2 > 0) {
                        const double t = std::clamp(QPointF::dotProduct(cursor - a, ab) / len2, 0.0, 1.0);
                        const QPointF foot = a + t * ab;
                        const double ds = std::hypot(foot.x() - cursor.x(), foot.y() - cursor.y());
                        if (ds < best.segmentDistance) {
                            best.segmentDistance = ds;
                            best.segment = *previous + t * (*map - *previous);
                        }
                    }
                }
                previous = map;
            }
        }
}

} // namespace

std::optional<Snapper::Result> Snapper::snap(QPointF widgetPos, const QString &ignoreFeatureId) const
{
    if (!mEnabled || mCanvas->unitsPerPixel() <= 0)
        return std::nullopt;
    const QPointF center = mCanvas->toMap(widgetPos);
    const double reach = mTolerance * mCanvas->unitsPerPixel();
    const Envelope box = Envelope::of(center.x() - reach, center.y() - reach, center.x() + reach, center.y() + reach);
    Best best{mTolerance, mTolerance, std::nullopt, std::nullopt};

    {
        const CoordinateTransform toMap(Project::storageCrs(), mCanvas->crs());
        const CoordinateTransform toStorage(mCanvas->crs(), Project::storageCrs());
        const Envelope area = toStorage.apply(box);
        for (const PlanFeature &f : mCanvas->features())
            if (f.id != ignoreFeatureId)
                consider(f.geometry, area, toMap, *mCanvas, widgetPos, best);
    }
    // A feature of an external layer being edited is skipped like a plan feature (it would snap to itself).
    const auto ignoredRef = LayerFeatureRef::fromSelectionId(ignoreFeatureId);
    for (const RenderLayer &layer : mCanvas->layers()) {
        if (!layer.visible || !layer.data)
            continue;
        const qint64 ignoredFid =
            ignoredRef && ignoredRef->layerKey == layerEditKey(layer.data->source, layer.data->layerName) ? ignoredRef->fid
                                                                                                           : -2;
        const Crs layerCrs = layer.data->crs.isEmpty() ? Project::storageCrs() : layer.data->crs;
        const CoordinateTransform toMap(layerCrs, mCanvas->crs());
        if (!toMap.isValid())
            continue;
        const Envelope area = CoordinateTransform(mCanvas->crs(), layerCrs).apply(box);
        for (const VectorFeature &f : layer.data->features)
            if (f.fid != ignoredFid)
                consider(f.geometry, area, toMap, *mCanvas, widgetPos, best);
    }
    if (best.vertex)
        return Result{*best.vertex, Kind::Vertex};
    if (best.segment)
        return Result{*best.segment, Kind::Segment};
    return std::nullopt;
}

QPointF Snapper::snappedMap(QPointF widgetPos, const QString &ignoreFeatureId, std::optional<Result> *result) const
{
    const std::optional<Result> snapped = snap(widgetPos, ignoreFeatureId);
    if (result)
        *result = snapped;
    return snapped ? snapped->map : mCanvas->toMap(widgetPos);
}

void Snapper::paintMarker(QPainter &painter, QPointF p, Kind kind)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(230, 0, 120), 2));
    painter.setBrush(Qt::NoBrush);
    if (kind == Kind::Vertex) {
        painter.drawRect(QRectF(p.x() - 6, p.y() - 6, 12, 12));
    } else {
        painter.drawLine(p + QPointF(-6, -6), p + QPointF(6, 6));
        painter.drawLine(p + QPointF(-6, 6), p + QPointF(6, -6));
    }
    painter.restore();
}

} // namespace yc
