// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/envelope.h"

#include <QList>
#include <QPolygonF>
#include <QString>

#include <functional>
#include <optional>

namespace yc {

enum class GeometryType { Empty, Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon };

/// A simple-features geometry in plain Qt types, coordinates in its layer's CRS (x = easting/longitude).
///
/// Layout of `parts`:
///  - Point / MultiPoint: each part holds one ring with one vertex;
///  - LineString / MultiLineString: each part holds one ring, the line;
///  - Polygon / MultiPolygon: each part is a polygon, its first ring the exterior, then holes
///    (rings are stored closed: last vertex == first vertex).
/// Single types have exactly one part.
struct Geometry {
    using Part = QList<QPolygonF>;

    GeometryType type = GeometryType::Empty;
    QList<Part> parts;

    static Geometry point(QPointF p);
    static Geometry lineString(const QPolygonF &line);
    static Geometry polygon(const QPolygonF &exterior, const QList<QPolygonF> &holes = {});

    bool isEmpty() const { return type == GeometryType::Empty || parts.isEmpty(); }
    Envelope envelope() const;
    int vertexCount() const;
    /// Applies `f` to every vertex (used for reprojection). Vertices for which `f` returns nullopt make the
    /// result empty, so a failed transform never yields a half-projected shape.
    Geometry transformed(const std::function<std::optional<QPointF>(QPointF)> &f) const;
    /// Dimension family: 0 points, 1 lines, 2 polygons, -1 empty.
    int dimension() const;
    bool operator==(const Geometry &) const = default;

    // Conversions and checks through GDAL/OGR (implemented in geometry_ogr.cpp).
    QString toWkt() const;
    static std::optional<Geometry> fromWkt(const QString &wkt, QString *error = nullptr);
    QByteArray toWkb() const;
    static std::optional<Geometry> fromWkb(const QByteArray &wkb, QString *error = nullptr);
    /// True when OGC-valid (GEOS). `reason` receives GEOS's explanation otherwise.
    bool isValid(QString *reason = nullptr) const;
    /// OGC-valid version of this geometry (OGR MakeValid), or nullopt when it cannot be repaired.
    std::optional<Geometry> makeValid() const;
    /// Whether this geometry contains / intersects `other` (GEOS), both in the same CRS.
    bool contains(const Geometry &other) const;
    bool intersects(const Geometry &other) const;
    /// Shortest distance between the two in CRS units (GEOS).
    double distance(const Geometry &other) const;
    /// Planar area in CRS units² (0 for points and lines).
    double area() const;
    /// A representative point inside polygons, the middle vertex of lines, the point itself otherwise.
    QPointF labelPoint() const;
};

QString geometryTypeName(GeometryType type);

} // namespace yc
