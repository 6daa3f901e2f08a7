// SPDX-License-Identifier: GPL-3.0-or-later
// The pure-Qt half of Geometry; the GEOS/OGR half is in geometry_ogr.cpp.
#include "geo/geometry.h"

namespace yc {

namespace {

QPolygonF closedRing(QPolygonF ring)
{
    if (!ring.isEmpty() && ring.first() != ring.last())
        ring.append(ring.first());
    return ring;
}

} // namespace

Geometry Geometry::point(QPointF p)
{
    return {GeometryType::Point, {Part{QPolygonF{p}}}};
}

Geometry Geometry::lineString(const QPolygonF &line)
{
    if (line.isEmpty())
        return {};
    return {GeometryType::LineString, {Part{line}}};
}

Geometry Geometry::polygon(const QPolygonF &exterior, const QList<QPolygonF> &holes)
{
    if (exterior.isEmpty())
        return {};
    Part part{closedRing(exterior)};
    for (const QPolygonF &hole : holes)
        if (!hole.isEmpty())
            part.append(closedRing(hole));
    return {GeometryType::Polygon, {part}};
}

Envelope Geometry::envelope() const
{
    Envelope e;
    for (const Part &part : parts)
        for (const QPolygonF &ring : part)
            for (const QPointF &p : ring)
                e.include(p);
    return e;
}

int Geometry::vertexCount() const
{
    int n = 0;
    for (const Part &part : parts)
        for (const QPolygonF &ring : part)
            n += int(ring.size());
    return n;
}

Geometry Geometry::transformed(const std::function<std::optional<QPointF>(QPointF)> &f) const
{
    Geometry out{type, {}};
    out.parts.reserve(parts.size());
    for (const Part &part : parts) {
        Part newPart;
        newPart.reserve(part.size());
        for (const QPolygonF &ring : part) {
            QPolygonF newRing;
            newRing.reserve(ring.size());
            for (const QPointF &p : ring) {
                const std::optional<QPointF> q = f(p);
                if (!q)
                    return {};
                newRing.append(*q);
            }
            newPart.append(newRing);
        }
        out.parts.append(newPart);
    }
    return out;
}

int Geometry::dimension() const
{
    if (isEmpty())
        return -1;
    switch (type) {
    case GeometryType::Point:
    case GeometryType::MultiPoint:
        return 0;
    case GeometryType::LineString:
    case GeometryType::MultiLineString:
        return 1;
    case GeometryType::Polygon:
    case GeometryType::MultiPolygon:
        return 2;
    case GeometryType::Empty:
        break;
    }
    return -1;
}

QString geometryTypeName(GeometryType type)
{
    switch (type) {
    case GeometryType::Empty: return QStringLiteral("Empty");
    case GeometryType::Point: return QStringLiteral("Point");
    case GeometryType::LineString: return QStringLiteral("LineString");
    case GeometryType::Polygon: return QStringLiteral("Polygon");
    case GeometryType::MultiPoint: return QStringLiteral("MultiPoint");
    case GeometryType::MultiLineString: return QStringLiteral("MultiLineString");
    case GeometryType::MultiPolygon: return QStringLiteral("MultiPolygon");
    }
    return {};
}

} // namespace yc
