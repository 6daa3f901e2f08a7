// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/compact_path.h"

#include "geo/planar_distance.h"

#include <QLineF>
#include <QList>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace yc {

namespace {

/// Marks the vertices of `ring[from..to]` that Douglas–Peucker keeps (iterative: glyph rings are short, but a
/// stack keeps long ones safe).
void simplify(const QPolygonF &ring, double tolerance, QList<bool> &keep)
{
    QList<std::pair<qsizetype, qsizetype>> stack{{0, ring.size() - 1}};
    while (!stack.isEmpty()) {
        const auto [from, to] = stack.takeLast();
        double worst = 0;
        qsizetype index = -1;
        for (qsizetype i = from + 1; i < to; ++i) {
            const double d = segmentDistance(ring.at(i), ring.at(from), ring.at(to));
            if (d > worst) {
                worst = d;
                index = i;
            }
        }
        if (index >= 0 && worst > tolerance) {
            keep[index] = true;
            stack.append({from, index});
            stack.append({index, to});
        }
    }
}

} // namespace

QPainterPath compactPath(const QPainterPath &path, double tolerance)
{
    QPainterPath out;
    out.setFillRule(path.fillRule());
    for (const QPolygonF &ring : path.toSubpathPolygons()) {
        if (ring.size() < 2)
            continue;
        QList<bool> keep(ring.size(), false);
        keep.first() = keep.last() = true;   // a closed ring's ends coincide; its farthest vertex splits it
        simplify(ring, tolerance, keep);
        QPolygonF kept;
        for (qsizetype i = 0; i < ring.size(); ++i) {
            if (!keep.at(i))
                continue;
            const QPointF p(std::round(ring.at(i).x()), std::round(ring.at(i).y()));
            if (kept.isEmpty() || kept.last() != p)
                kept << p;
        }
        if (kept.size() < 2)
            continue;
        out.moveTo(kept.first());
        for (qsizetype i = 1; i < kept.size(); ++i)
            out.lineTo(kept.at(i));
        if (ring.first() == ring.last())
            out.closeSubpath();
    }
    return out;
}

} // namespace yc
