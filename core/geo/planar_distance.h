// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Planar distances within one coordinate system (map units or pixels), for picking features near a click.

#include "geo/geometry.h"

#include <QPointF>

namespace yc {

/// Distance from `p` to the segment from `a` to `b`.
double segmentDistance(QPointF p, QPointF a, QPointF b);

/// Distance from `p` to the nearest vertex or edge of `g`. Inside a polygon (not in one of its holes) it is at
/// most `insideDistance`: 0 counts a click inside an area as a hit; a small positive value lets a nearby edge or
/// point of another feature win over the area under it.
double distanceTo(const Geometry &g, QPointF p, double insideDistance = 0);

} // namespace yc
