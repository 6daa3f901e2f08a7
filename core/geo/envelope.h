// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>

#include <algorithm>
#include <limits>

namespace yc {

/// An axis-aligned box in map units (x = easting/longitude, y = northing/latitude).
/// Unlike QRectF, y grows upwards and an empty envelope is explicit.
struct Envelope {
    double xMin = std::numeric_limits<double>::infinity();
    double yMin = std::numeric_limits<double>::infinity();
    double xMax = -std::numeric_limits<double>::infinity();
    double yMax = -std::numeric_limits<double>::infinity();

    static Envelope of(double x0, double y0, double x1, double y1)
    {
        return {std::min(x0, x1), std::min(y0, y1), std::max(x0, x1), std::max(y0, y1)};
    }
    bool isEmpty() const { return !(xMin <= xMax && yMin <= yMax); }
    double width() const { return isEmpty() ? 0 : xMax - xMin; }
    double height() const { return isEmpty() ? 0 : yMax - yMin; }
    QPointF center() const { return {(xMin + xMax) / 2, (yMin + yMax) / 2}; }
    void include(QPointF p)
    {
        xMin = std::min(xMin, p.x()); yMin = std::min(yMin, p.y());
        xMax = std::max(xMax, p.x()); yMax = std::max(yMax, p.y());
    }
    void include(const Envelope &o)
    {
        if (o.isEmpty()) return;
        xMin = std::min(xMin, o.xMin); yMin = std::min(yMin, o.yMin);
        xMax = std::max(xMax, o.xMax); yMax = std::max(yMax, o.yMax);
    }
    bool intersects(const Envelope &o) const
    {
        return !isEmpty() && !o.isEmpty() && xMin <= o.xMax && o.xMin <= xMax && yMin <= o.yMax && o.yMin <= yMax;
    }
    bool contains(QPointF p) const { return p.x() >= xMin && p.x() <= xMax && p.y() >= yMin && p.y() <= yMax; }
    Envelope buffered(double d) const { return isEmpty() ? *this : Envelope{xMin - d, yMin - d, xMax + d, yMax + d}; }
    bool operator==(const Envelope &) const = default;
};

} // namespace yc
