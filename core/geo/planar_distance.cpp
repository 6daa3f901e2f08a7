// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/planar_distance.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace yc {

double segmentDistance(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

double distanceTo(const Geometry &g, QPointF p, double insideDistance)
{
    double best = std::numeric_limits<double>::infinity();
    const bool area = g.dimension() == 2;
    for (const Geometry::Part &part : g.parts) {
        for (const QPolygonF &ring : part) {
            if (ring.size() == 1)
                best = std::min(best, std::hypot(p.x() - ring.first().x(), p.y() - ring.first().y()));
            for (qsizetype i = 1; i < ring.size(); ++i)
                best = std::min(best, segmentDistance(p, ring.at(i - 1), ring.at(i)));
        }
        if (area && !part.isEmpty() && part.first().containsPoint(p, Qt::OddEvenFill)
            && std::none_of(part.cbegin() + 1, part.cend(),
                            [p](const QPolygonF &hole) { return hole.containsPoint(p, Qt::OddEvenFill); }))
            best = std::min(best, insideDistance);
    }
    return best;
}

} // namespace yc
