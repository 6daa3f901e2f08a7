// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/band_split.h"

#include <algorithm>
#include <cmath>

namespace yc {

namespace {

// The share of the rows the upper band keeps at least (a map drawn mostly in a few rows still uses both threads).
constexpr double kMinFraction = 0.2;

} // namespace

int BandSplit::row(int height, int step) const
{
    const int steps = height / step;
    const int upper = int(std::lround(mFraction.load(std::memory_order_relaxed) * height / step));
    return std::clamp(upper, 1, std::max(1, steps - 1)) * step;
}

void BandSplit::measured(int row, int height, double upperMs, double lowerMs)
{
    if (row <= 0 || row >= height || !(upperMs > 0) || !(lowerMs > 0))
        return;
    // Taking each band's cost as spread evenly over its rows, the row where half the whole cost is reached.
    const double f = double(row) / height;
    const double half = (upperMs + lowerMs) / 2;
    const double even = upperMs >= half ? half / (upperMs / f) : f + (half - upperMs) / (lowerMs / (1 - f));
    // Halfway there: part of a band's cost is walking every feature whatever its rows (the estimate overshoots),
    // and one render's times are noisy.
    const double next = std::clamp((f + even) / 2, kMinFraction, 1 - kMinFraction);
    mFraction.store(next, std::memory_order_relaxed);
}

} // namespace yc
