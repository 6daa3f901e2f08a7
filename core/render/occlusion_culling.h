// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Occlusion culling for vector output: a PDF keeps every path it is given, even the ones later paths paint
// over completely. A dense line layer at 300 dpi is mostly such paths; dropping them gives the same picture
// at the output resolution and a file and a viewer's work a fraction of the size.

#include "geo/packed_geometry.h"
#include "render/vector_drawing.h"

#include <QSize>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace yc {

/// What culling kept, for benchmarks and tests.
struct CullingStats {
    std::size_t features = 0, keptFeatures = 0;
    std::size_t segments = 0, keptSegments = 0;   ///< of the polylines as drawn (after the half-pixel thinning)
};

/// Whether strokes drawn with `pen` at `opacity` can hide what is under them, segment by segment: opaque, solid,
/// round caps and joins (the stroke is then exactly the union of one capsule per segment).
bool hidesWhatIsUnder(const QPen &pen, double opacity);

/// The visible part of line features `ids` of `g` (map CRS), drawn in that order with one opaque pen of
/// `penWidth` device pixels (see hidesWhatIsUnder) into a device of `size` pixels clipped to it.
///
/// Walks the features last to first over a coverage mask of the device's pixels. A segment is dropped when
/// every pixel its stroke touches (plus a margin) is already covered completely by one later stroke that is
/// kept: whatever it painted there is painted over with full coverage, so the picture rendered on this pixel
/// grid does not change. The pixels a kept segment covers completely are then marked. A feature keeps its
/// visible runs of segments as the rings of one feature (stroked as one path, like the original).
///
/// The result is in device pixels with y negated, to be drawn with devicePixelMapping() (drawPacked thins it
/// to the same vertices again). nullopt when a feature is not a line (points and areas are not culled).
///
/// Runs a second thread while it works: it works out the device pixels of the next features while this one
/// walks the mask (the walk alone depends on the order), then writes half of the result. The pixel
/// bookkeeping is render/stroke_coverage.h. Safe to call from several threads at once.
std::optional<PackedGeometry> cullHiddenLines(const PackedGeometry &g, const std::uint32_t *ids, std::size_t count,
                                              const PixelMapping &toPixel, double penWidth, QSize size,
                                              CullingStats *stats = nullptr);

/// The mapping that draws cullHiddenLines' result where the original would have been drawn.
constexpr PixelMapping devicePixelMapping() { return {0, 0, 1, 0}; }

} // namespace yc
