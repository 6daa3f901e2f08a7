// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private bridge between yc::Geometry and OGRGeometry for the core .cpp files that use OGR.
// Only forward-declares OGR types, so it can be included without GDAL headers leaking further.

#include "geo/geometry.h"

#include <memory>

class OGRGeometry;

namespace yc::detail {

struct OgrGeometryDeleter {
    void operator()(OGRGeometry *g) const;
};
using OgrGeometryPtr = std::unique_ptr<OGRGeometry, OgrGeometryDeleter>;

/// An OGR geometry with the same shape; an empty GEOMETRYCOLLECTION for an empty geometry.
OgrGeometryPtr toOgrGeometry(const Geometry &g);

/// Converts any OGR geometry: Z/M dropped, curves linearised, polyhedral surfaces and TINs as
/// multipolygons. A geometry collection becomes the multi type of its highest dimension and keeps only
/// the members of that dimension (as OGR MakeValid output needs). nullptr or empty gives an empty Geometry.
Geometry fromOgrGeometry(const OGRGeometry *g);

} // namespace yc::detail
