// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where MapRenderer splits an image's rows between the two threads that draw it in bands.

#include <atomic>

namespace yc {

/// The row at which to split an image between an upper and a lower band so that both take about as long: the
/// cost of a map is not spread evenly over its rows (the bundled map's lower half holds more of the plan and
/// took 14.5 ms to the upper half's 10.5). Learnt from the times of the bands drawn before, starting at
/// `fraction` of the rows. Used only where any split gives the same picture (MapSettings::bandSplit), so only
/// the speed depends on it. Thread-safe.
class BandSplit {
public:
    explicit BandSplit(double fraction = 0.5) : mFraction(fraction) {}
    /// The first row of the lower band of an image `height` rows high: a multiple of `step`, at least one step
    /// from either edge.
    int row(int height, int step) const;
    /// Records that the bands split at `row` of `height` took `upperMs` and `lowerMs`.
    void measured(int row, int height, double upperMs, double lowerMs);

private:
    std::atomic<double> mFraction;   ///< of the rows in the upper band
};

} // namespace yc
