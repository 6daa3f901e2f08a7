// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QPolygonF>

#include <memory>

namespace yc {

/// Distances and areas on an ellipsoid (PROJ's geodesic routines, Karney's algorithms: exact to a few
/// nanometres anywhere on Earth). Input points are longitude/latitude in degrees (x = lon, y = lat).
/// Immutable once built, so one instance may be shared between threads.
class Geodesic {
public:
    /// The CGCS2000 ellipsoid (a = 6378137 m, 1/f = 298.257222101), which is also GRS 80 and within
    /// 0.1 mm of WGS 84 at Earth's scale.
    Geodesic();
    Geodesic(double semiMajorAxis, double flattening);
    ~Geodesic();
    Geodesic(const Geodesic &) = delete;
    Geodesic &operator=(const Geodesic &) = delete;

    /// Length in metres of the shortest path between two points.
    double distance(QPointF a, QPointF b) const;
    /// Length in metres of a polyline (sum of geodesic segments).
    double length(const QPolygonF &line) const;
    /// Area in square metres enclosed by a ring of geodesic edges (closing edge implied; either orientation).
    double area(const QPolygonF &ring) const;
    /// Perimeter in metres of the same ring, closing edge included.
    double perimeter(const QPolygonF &ring) const;

private:
    struct Impl;
    std::unique_ptr<Impl> mImpl;
};

} // namespace yc
