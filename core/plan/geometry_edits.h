// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "geo/geometry.h"

#include <QPointF>

#include <optional>

namespace yc {

/// Address of one vertex of a Geometry (see geo/geometry.h for the layout of parts and rings).
struct VertexId {
    int part = 0;
    int ring = 0;    ///< 0 = the line or a polygon's exterior, 1… = holes
    int index = 0;
    bool operator==(const VertexId &) const = default;
};

// The geometry edits behind the undo commands, for plan features (stored in EPSG:4490) and for features of
// external layers (stored in their layer's CRS) alike. Each takes the geometry in its own CRS `geometryCrs`
// and returns the edited copy in that CRS, or nullopt with `error` set to a readable reason. Vertices that are
// not edited keep their stored values bit for bit; only moved or inserted vertices go through PROJ.

/// Translated by `delta` given in `displayCrs`: every vertex goes to the display CRS, is shifted and comes back,
/// so the shape moves as it looks on the map.
std::optional<Geometry> translatedGeometry(const Geometry &g, const Crs &geometryCrs, QPointF delta,
                                           const Crs &displayCrs, QString *error);
/// One vertex put at `position` given in `positionCrs`; the first and last vertex of a closed ring move together.
std::optional<Geometry> geometryWithVertexMoved(const Geometry &g, const Crs &geometryCrs, VertexId vertex,
                                                QPointF position, const Crs &positionCrs, QString *error);
/// A vertex inserted so that it gets index `vertex.index` in its ring (lines: 0…size; closed rings:
/// 1…size-1, i.e. between two existing vertices).
std::optional<Geometry> geometryWithVertexInserted(const Geometry &g, const Crs &geometryCrs, VertexId vertex,
                                                   QPointF position, const Crs &positionCrs, QString *error);
/// A vertex deleted. Refuses to leave a line with fewer than 2 vertices or a ring with fewer than 4 (a closed
/// triangle); a multi-point loses the part; a single point cannot lose its only vertex.
std::optional<Geometry> geometryWithVertexDeleted(const Geometry &g, VertexId vertex, QString *error);

/// The vertex at `vertex`, or nullopt when the address is outside the geometry.
std::optional<QPointF> vertexAt(const Geometry &geometry, VertexId vertex);

} // namespace yc
