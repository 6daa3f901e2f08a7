// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/envelope.h"
#include "geo/geometry.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace yc {

class CoordinateTransform;
class GridTransform;

/// Many features' geometry in flat arrays, for drawing: one array of x,y pairs, ring offsets into it and
/// feature offsets into the rings. A million polylines take one allocation per array instead of a few per
/// feature (as Geometry's nested QLists do), and a whole batch reprojects with one PROJ call.
///
/// Rings are what gets drawn: the line of a line feature, every ring (outer and holes) of every part of a
/// polygon feature (filled together, odd-even), and for points one ring per point holding that point.
struct PackedGeometry {
    std::vector<double> xy;                     ///< x0, y0, x1, y1, …
    std::vector<std::uint32_t> ringStart{0};    ///< vertex index of each ring's first vertex, then the end
    std::vector<std::uint32_t> featureStart{0}; ///< ring index of each feature's first ring, then the end
    std::vector<std::int8_t> dimension;         ///< per feature: 0 points, 1 lines, 2 polygons, -1 nothing to draw
    std::vector<std::int32_t> source;           ///< per feature: its index in the layer it came from

    int featureCount() const { return int(dimension.size()); }
    std::size_t vertexCount() const { return xy.size() / 2; }
    void clear();
    /// Removes the last feature and its rings and vertices.
    void dropLast();
    /// The same features in another order: feature k of the result is feature order[k] of this one.
    PackedGeometry reordered(const std::vector<std::uint32_t> &order) const;

    /// Appends `g` (already checked) as feature `sourceIndex`; an empty geometry becomes a feature of
    /// dimension -1 so indices stay aligned.
    void add(const Geometry &g, int sourceIndex);

    enum class WkbResult { Added, Empty, Unusable, Unsupported };
    /// Appends the geometry in `wkb` (ISO or extended WKB, any byte order, Z and M dropped) as feature
    /// `sourceIndex`. Only points, lines, polygons and their multi types are read here; anything else
    /// (curves, collections, TINs) returns Unsupported and appends nothing, for the caller to convert.
    /// Non-finite or absurd coordinates (beyond ±1e10) return Unusable and append nothing. A geometry
    /// with no vertices returns Empty and appends nothing.
    WkbResult addWkb(const unsigned char *wkb, std::size_t size, int sourceIndex);

    Envelope featureEnvelope(int feature) const;
    /// Reprojects every vertex in place. A feature with a vertex PROJ cannot transform gets dimension -1
    /// (never half-projected). False when the transform is invalid.
    bool transform(const CoordinateTransform &t);
    /// The same through `grid`, an interpolated stand-in for PROJ that only drawing may use.
    void transform(const GridTransform &grid);

private:
    void endFeature(int dim, int sourceIndex);
    void dropUnprojected();
};

/// Coordinates beyond this (in any CRS) are garbage that would wreck extents and drawing.
constexpr double kUsableCoordinateLimit = 1e10;

} // namespace yc
