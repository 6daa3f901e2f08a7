// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/geometry.h"

#include <QPointF>

namespace yc::gcj02 {

/// GCJ-02 ("Mars coordinates", used by Chinese web maps) ⇄ WGS84, lon/lat in degrees.
/// The forward offset is the published obfuscation formula; the inverse iterates it to below 1e-9°.
/// Outside mainland China both directions return the input unchanged.
QPointF fromWgs84(QPointF lonLat);
QPointF toWgs84(QPointF lonLatGcj);
bool isInsideChina(QPointF lonLat);
Geometry toWgs84(const Geometry &g);
Geometry fromWgs84(const Geometry &g);

} // namespace yc::gcj02
