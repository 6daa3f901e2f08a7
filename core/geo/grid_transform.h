// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "geo/envelope.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace yc {

/// A fast stand-in for a CoordinateTransform when drawing: PROJ's results at the nodes of a regular grid
/// over an extent, interpolated bilinearly in between (a few nanoseconds a point instead of ~200). The grid
/// is doubled until the interpolation is within `tolerance` of PROJ at the centre of every cell (where a
/// bilinear fit of a smooth map errs most). For display only: editing, saving and exporting data use
/// CoordinateTransform. Immutable once built, so threads may share it.
class GridTransform {
public:
    /// The finest grid tried has this many cells along the longer side.
    static constexpr int kMaxCells = 512;

    /// Builds the grid over `extent` (in `from`) for the transformation from `from` to `to`, `tolerance` in
    /// `to` units. Invalid when PROJ cannot transform between them, when the extent is empty, or when no grid
    /// up to kMaxCells meets the tolerance.
    GridTransform(const Crs &from, const Crs &to, const Envelope &extent, double tolerance);

    bool isValid() const { return !mNodes.empty(); }
    /// The largest difference from PROJ found at the cell centres (target units).
    double maxError() const { return mMaxError; }
    int columns() const { return mColumns; }
    int rows() const { return mRows; }

    /// Transforms `count` interleaved x,y pairs in place. Points outside the grid's extent, or in a cell
    /// with a corner PROJ cannot transform, go through PROJ (CoordinateTransform::forThread, made only when
    /// needed); points PROJ cannot transform become NaN.
    void applyInPlace(double *xy, std::size_t count) const;

private:
    bool build(int columns, int rows, double tolerance);

    Crs mFrom, mTo;
    Envelope mExtent;
    int mColumns = 0, mRows = 0;
    double mCellWidth = 0, mCellHeight = 0;
    std::vector<double> mNodes;             ///< target x,y of node (i, j) at 2 × (j × (columns + 1) + i)
    std::vector<std::uint8_t> mExactCell;   ///< per cell: 1 when a corner failed, so points there go to PROJ
    double mMaxError = 0;
};

} // namespace yc
