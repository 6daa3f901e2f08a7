// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "geo/envelope.h"
#include "geo/geometry.h"

#include <QPointF>

#include <cstddef>
#include <memory>
#include <optional>

namespace yc {

/// Transforms points between two CRSs with PROJ, always in traditional GIS order (x = easting/longitude).
/// Move-only. Not thread-safe: make one per thread.
class CoordinateTransform {
public:
    CoordinateTransform(const Crs &from, const Crs &to);
    ~CoordinateTransform();
    CoordinateTransform(CoordinateTransform &&) noexcept;
    CoordinateTransform &operator=(CoordinateTransform &&) noexcept;

    bool isValid() const;              ///< PROJ could build the operation
    bool isIdentity() const;           ///< same CRS: apply() copies
    QString error() const;             ///< PROJ's reason when invalid
    std::optional<QPointF> apply(QPointF xy) const;         ///< nullopt where PROJ fails
    std::optional<QPointF> applyInverse(QPointF xy) const;
    /// Transforms an envelope by sampling its edges (21 points per edge), so curved edges are covered.
    Envelope apply(const Envelope &e) const;
    Geometry apply(const Geometry &g) const;   ///< empty geometry when any vertex fails
    /// Transforms `count` interleaved x,y pairs in place with one PROJ call (much faster than apply() per
    /// point). Points PROJ cannot transform become NaN. Returns false, leaving `xy` as it was, when the
    /// transform is invalid.
    bool applyInPlace(double *xy, std::size_t count) const;

    /// The transform from `from` to `to` kept for the calling thread: making one opens proj.db and searches
    /// it (tens of milliseconds), so code that needs the same few again and again shares these.
    static const CoordinateTransform &forThread(const Crs &from, const Crs &to);

private:
    struct Impl;                       // holds the PJ_CONTEXT and the normalised PJ
    std::unique_ptr<Impl> mImpl;
};

/// Geodesic distance in metres between two lon/lat points on the WGS84/CGCS2000 ellipsoid (PROJ's geod).
double geodesicDistance(QPointF lonLat1, QPointF lonLat2);

} // namespace yc
