// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/stroke_coverage.h"

#include <cmath>
#include <limits>

namespace yc {

namespace {

constexpr double kHalfDiagonal = 0.70710678118654752;   // a pixel square lies in the disk of this radius
// Viewers flatten round caps and joins into chords a little inside the true circle; a pixel counts as
// covered only with this much to spare.
constexpr double kFlatteningSlack = 0.1;
// Pixels beyond those a stroke touches that must be covered too before it is dropped: rasterisers differ a
// little in where an antialiased edge ends.
// (0.1 already gives poppler's picture at 300 dpi unchanged on the stress layer; half a pixel leaves room for
// other viewers, for 4 % more file.)
constexpr double kFootprintMargin = 0.5;
// A pixel whose centre lies exactly on the edge of what a stroke reaches or covers completely (common with
// vertices on whole pixels) counts as in it, whatever the rounding of where the stroke lies says: its pixels are
// then the same wherever it lies, so they can be worked out once relative to its start. Nothing next to the
// margin and kFlatteningSlack.
constexpr double kEdgeTolerance = 1e-9;

/// A segment ab with its direction worked out once for the many rows it spans.
struct Segment {
    QPointF a, b;
    double len, ux, uy;
    double e;   ///< half the extent of a pixel square along the segment, and across it
    Segment(QPointF from, QPointF to) : a(from), b(to)
    {
        const QPointF d = to - from;
        len = std::hypot(d.x(), d.y());
        ux = len > 0 ? d.x() / len : 1;
        uy = len > 0 ? d.y() / len : 0;
        e = 0.5 * (std::abs(ux) + std::abs(uy));
    }
    /// The x range of row `y` in the rectangle of points whose projection onto the segment's line lies in
    /// [alongFrom, alongTo] (from a) and whose distance from that line is at most `halfWidth`.
    bool span(double alongFrom, double alongTo, double halfWidth, double y, double &x0, double &x1) const
    {
        if (alongFrom > alongTo || halfWidth < 0)
            return false;
        const double ry = y - a.y();
        double lo = -std::numeric_limits<double>::infinity(), hi = std::numeric_limits<double>::infinity();
        // min <= coefficient * t + offset <= max for t = x - a.x
        const auto slab = [&](double coefficient, double offset, double min, double max) {
            if (std::abs(coefficient) < 1e-12)
                return offset >= min && offset <= max;
            const double inverse = 1 / coefficient;
            const double t0 = (min - offset) * inverse, t1 = (max - offset) * inverse;
            lo = std::max(lo, std::min(t0, t1));
            hi = std::min(hi, std::max(t0, t1));
            return true;
        };
        if (!slab(ux, ry * uy, alongFrom, alongTo) || !slab(-uy, ry * ux, -halfWidth, halfWidth) || lo > hi)
            return false;
        x0 = a.x() + lo;
        x1 = a.x() + hi;
        return true;
    }
};

/// The whole pixels (rows or columns) whose centres lie in [low, high], clipped to [first, last].
std::pair<int, int> centresIn(double low, double high, int first, int last)
{
    return {std::max(first, int(std::ceil(std::max(low, first - 1.0) - 0.5))),
            std::min(last, int(std::floor(std::min(high, last + 1.0) - 0.5)))};
}

/// Appends the pixels of row j whose centres lie in [x0, x1] and in columns [clip.left(), clip.right()].
void appendSpan(std::vector<PixelSpan> &out, int j, double x0, double x1, const QRect &clip)
{
    if (!(x0 <= x1))
        return;
    const auto [from, to] = centresIn(x0, x1, clip.left(), clip.right());
    if (from <= to)
        out.push_back({j, from, to});
}

/// The pixels whose square comes within `reach` of segment s, clipped to `clip`. Such a square's centre lies
/// in the rectangle along s that reaches `reach` + s.e beyond it on every side: that rectangle is taken, a few
/// pixels more than needed at its corners, and no square roots.
void appendReached(std::vector<PixelSpan> &out, const Segment &s, double reach, const QRect &clip)
{
    const double radius = reach + s.e + kEdgeTolerance;
    const auto [rowFrom, rowTo] = centresIn(std::min(s.a.y(), s.b.y()) - radius, std::max(s.a.y(), s.b.y()) + radius,
                                         clip.top(), clip.bottom());
    for (int j = rowFrom; j <= rowTo; ++j) {
        double x0, x1;
        if (s.span(-radius, s.len + radius, radius, j + 0.5, x0, x1))
            appendSpan(out, j, x0, x1, clip);
    }
}

/// The pixels whose square lies inside the round-capped stroke of half-width `halfWidth` along s, clipped to
/// `clip` (a band along the segment and the two end disks; they may overlap).
void appendInside(std::vector<PixelSpan> &out, const Segment &s, double halfWidth, const QRect &clip)
{
    const double e = s.e;
    const double bandHalfWidth = halfWidth - e - kFlatteningSlack;
    if (bandHalfWidth >= 0 && s.len > 2 * e) {
        const double band = bandHalfWidth + kEdgeTolerance, reach = band + e;
        const auto [rowFrom, rowTo] = centresIn(std::min(s.a.y(), s.b.y()) - reach, std::max(s.a.y(), s.b.y()) + reach,
                                                clip.top(), clip.bottom());
        for (int j = rowFrom; j <= rowTo; ++j) {
            double x0, x1;
            if (s.span(e - kEdgeTolerance, s.len - e + kEdgeTolerance, band, j + 0.5, x0, x1))
                appendSpan(out, j, x0, x1, clip);
        }
    }
    if (halfWidth - kHalfDiagonal - kFlatteningSlack <= 0)
        return;
    const double capRadius = halfWidth - kHalfDiagonal - kFlatteningSlack + kEdgeTolerance;
    for (const QPointF c : {s.a, s.b}) {
        const auto [rowFrom, rowTo] = centresIn(c.y() - capRadius, c.y() + capRadius, clip.top(), clip.bottom());
        for (int j = rowFrom; j <= rowTo; ++j) {
            const double dy = j + 0.5 - c.y(), q = capRadius * capRadius - dy * dy;
            if (q >= 0)
                appendSpan(out, j, c.x() - std::sqrt(q), c.x() + std::sqrt(q), clip);
        }
    }
}

} // namespace

SegmentFootprints::SegmentFootprints(double penWidth, QSize frame)
    : mReach(penWidth / 2 + kFootprintMargin), mHalfWidth(penWidth / 2), mFrame(QPoint(0, 0), frame),
      mEntries(std::size_t(kTableSide * kTableSide))
{
}

bool SegmentFootprints::toWholePixels(const QPointF *pixels, qsizetype count, QPoint *whole)
{
    constexpr double limit = 1 << 30;
    for (qsizetype i = 0; i < count; ++i) {
        const double x = pixels[i].x(), y = pixels[i].y();
        if (!(x > -limit && x < limit && y > -limit && y < limit) || double(int(x)) != x || double(int(y)) != y)
            return false;
        whole[i] = QPoint(int(x), int(y));
    }
    return true;
}

void SegmentFootprints::reachedBy(QPointF a, QPointF b, std::vector<PixelSpan> &out) const
{
    out.clear();
    appendReached(out, Segment(a, b), mReach, mFrame);
}

void SegmentFootprints::insideOf(QPointF a, QPointF b, std::vector<PixelSpan> &out) const
{
    out.clear();
    appendInside(out, Segment(a, b), mHalfWidth, mFrame);
}

SegmentPixels SegmentFootprints::workedOut(QPointF a, QPointF b, bool inside)
{
    if (inside)
        insideOf(a, b, mScratch);
    else
        reachedBy(a, b, mScratch);
    return {mScratch.data(), mScratch.data() + mScratch.size(), 0, 0, true};   // clipped already
}

void SegmentFootprints::make(Entry &entry, QPoint offset)
{
    // Relative to a, unclipped: the frame clips them where they are moved to.
    const QRect unclipped(-4 * kTableReach, -4 * kTableReach, 8 * kTableReach, 8 * kTableReach);
    const Segment s(QPointF(0, 0), QPointF(offset));
    entry.reachedFrom = std::uint32_t(mTable.size());
    appendReached(mTable, s, mReach, unclipped);
    entry.insideFrom = std::uint32_t(mTable.size());
    appendInside(mTable, s, mHalfWidth, unclipped);
    entry.insideTo = std::uint32_t(mTable.size());
    QRect bounds;
    for (auto span = mTable.cbegin() + entry.reachedFrom; span != mTable.cend(); ++span)
        bounds |= QRect(QPoint(span->from, span->row), QPoint(span->to, span->row));
    bounds.getCoords(&entry.left, &entry.top, &entry.right, &entry.bottom);
    entry.made = true;
}

CoverageMask::CoverageMask(QSize size)
    : mWidth(std::max(0, size.width())), mHeight(std::max(0, size.height())),
      mLineStride(std::size_t((mWidth + 63) / 64) * 8), mBits(mLineStride * std::size_t((mHeight + 7) / 8), 0)
{
}

} // namespace yc
