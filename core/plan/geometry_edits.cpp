// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/geometry_edits.h"

#include "geo/coordinate_transform.h"
#include "plan/geometry_commands.h"

namespace yc {

namespace {


template<typename T>
std::optional<T> failed(QString *out, const QString &error)
{
    if (out)
        *out = error;
    return std::nullopt;
}

bool isRingType(const Geometry &g) { return g.dimension() == 2; }

/// Where the vertex lives, or nullptr with `error` set.
QPolygonF *ringOf(Geometry &g, VertexId v, QString *error)
{
    if (v.part < 0 || v.part >= g.parts.size() || v.ring < 0 || v.ring >= g.parts[v.part].size()) {
        if (error)
            *error = FeatureEditCommand::tr("The geometry has no part %1, ring %2.").arg(v.part).arg(v.ring);
        return nullptr;
    }
    return &g.parts[v.part][v.ring];
}

/// `position` given in `from`, converted to `to`; nullopt with `error` set when PROJ fails.
std::optional<QPointF> convert(QPointF position, const Crs &from, const Crs &to, QString *error)
{
    if (from == to)
        return position;   // typed coordinates in the layer's own CRS are stored exactly
    const CoordinateTransform t(from, to);
    if (!t.isValid())
        return failed<QPointF>(error, FeatureEditCommand::tr("Cannot convert coordinates from %1: %2").arg(from.definition(), t.error()));
    const auto p = t.apply(position);
    if (!p)
        return failed<QPointF>(error, FeatureEditCommand::tr("The position %1, %2 cannot be converted to longitude and latitude.")
                                          .arg(position.x(), 0, 'f', 3)
                                          .arg(position.y(), 0, 'f', 3));
    return p;
}

} // namespace

std::optional<Geometry> translatedGeometry(const Geometry &g, const Crs &geometryCrs, QPointF delta,
                                           const Crs &displayCrs, QString *error)
{
    if (g.isEmpty())
        return failed<Geometry>(error, FeatureEditCommand::tr("The feature has no location yet."));
    const CoordinateTransform toDisplay(geometryCrs, displayCrs);
    if (!toDisplay.isValid())
        return failed<Geometry>(
            error, FeatureEditCommand::tr("Cannot convert coordinates to %1: %2").arg(displayCrs.definition(), toDisplay.error()));
    Geometry moved = g.transformed([&](QPointF p) -> std::optional<QPointF> {
        const auto d = toDisplay.apply(p);
        return d ? toDisplay.applyInverse(*d + delta) : std::nullopt;
    });
    if (moved.isEmpty())
        return failed<Geometry>(error, FeatureEditCommand::tr("The feature cannot be moved there: its coordinates cannot be converted."));
    return moved;
}

std::optional<Geometry> geometryWithVertexMoved(const Geometry &g, const Crs &geometryCrs, VertexId vertex,
                                                QPointF position, const Crs &positionCrs, QString *error)
{
    Geometry moved = g;
    QPolygonF *ring = ringOf(moved, vertex, error);
    if (!ring)
        return std::nullopt;
    if (vertex.index < 0 || vertex.index >= ring->size())
        return failed<Geometry>(error, FeatureEditCommand::tr("The ring has no vertex %1.").arg(vertex.index));
    const auto p = convert(position, positionCrs, geometryCrs, error);
    if (!p)
        return std::nullopt;
    const qsizetype last = ring->size() - 1;
    (*ring)[vertex.index] = *p;
    if (isRingType(moved) && last > 0 && (vertex.index == 0 || vertex.index == last))
        (*ring)[vertex.index == 0 ? last : 0] = *p;   // keep the ring closed
    return moved;
}

std::optional<Geometry> geometryWithVertexInserted(const Geometry &g, const Crs &geometryCrs, VertexId vertex,
                                                   QPointF position, const Crs &positionCrs, QString *error)
{
    if (g.dimension() == 0)
        return failed<Geometry>(error, FeatureEditCommand::tr("A point has no segments to insert a vertex into."));
    Geometry edited = g;
    QPolygonF *ring = ringOf(edited, vertex, error);
    if (!ring)
        return std::nullopt;
    const bool closed = isRingType(edited);
    const qsizetype lowest = closed ? 1 : 0;
    const qsizetype highest = closed ? ring->size() - 1 : ring->size();
    if (vertex.index < lowest || vertex.index > highest)
        return failed<Geometry>(error, FeatureEditCommand::tr("A vertex cannot be inserted at position %1.").arg(vertex.index));
    const auto p = convert(position, positionCrs, geometryCrs, error);
    if (!p)
        return std::nullopt;
    ring->insert(vertex.index, *p);
    return edited;
}

std::optional<Geometry> geometryWithVertexDeleted(const Geometry &g, VertexId vertex, QString *error)
{
    Geometry edited = g;
    QPolygonF *ring = ringOf(edited, vertex, error);
    if (!ring)
        return std::nullopt;
    if (vertex.index < 0 || vertex.index >= ring->size())
        return failed<Geometry>(error, FeatureEditCommand::tr("The ring has no vertex %1.").arg(vertex.index));
    switch (edited.dimension()) {
    case 0:
        if (edited.parts.size() < 2)
            return failed<Geometry>(error, FeatureEditCommand::tr("A point cannot lose its only vertex; delete the feature instead."));
        edited.parts.removeAt(vertex.part);
        break;
    case 1:
        if (ring->size() <= 2)
            return failed<Geometry>(error, FeatureEditCommand::tr("A line needs at least two vertices."));
        ring->removeAt(vertex.index);
        break;
    default: {
        // Closed: n stored vertices are n-1 distinct corners; a triangle (4 stored) is the smallest ring.
        if (ring->size() <= 4)
            return failed<Geometry>(error, FeatureEditCommand::tr("A polygon ring needs at least three corners."));
        const qsizetype last = ring->size() - 1;
        if (vertex.index == 0 || vertex.index == last) {
            ring->removeFirst();
            (*ring)[ring->size() - 1] = ring->first();
        } else {
            ring->removeAt(vertex.index);
        }
        break;
    }
    }
    return edited;
}

std::optional<QPointF> vertexAt(const Geometry &geometry, VertexId v)
{
    if (v.part < 0 || v.part >= geometry.parts.size())
        return std::nullopt;
    const Geometry::Part &part = geometry.parts.at(v.part);
    if (v.ring < 0 || v.ring >= part.size())
        return std::nullopt;
    const QPolygonF &ring = part.at(v.ring);
    if (v.index < 0 || v.index >= ring.size())
        return std::nullopt;
    return ring.at(v.index);
}

} // namespace yc
