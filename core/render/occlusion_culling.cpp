// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/occlusion_culling.h"

#include <QPen>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

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
// A pixel whose centre lies exactly on the edge of what a stroke covers completely (common with vertices on
// whole pixels) counts as covered, whatever the rounding of where the stroke lies says: its pixels are then the
// same wherever it lies, so they can be worked out once relative to its start. Nothing next to kFlatteningSlack.
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

/// A run of pixel columns [from, to] in pixel row `row`.
struct Span {
    int row, from, to;
};

/// The whole pixels (rows or columns) whose centres lie in [low, high], clipped to [first, last].
std::pair<int, int> centresIn(double low, double high, int first, int last)
{
    return {std::max(first, int(std::ceil(std::max(low, first - 1.0) - 0.5))),
            std::min(last, int(std::floor(std::min(high, last + 1.0) - 0.5)))};
}

/// Appends the pixels of row j whose centres lie in [x0, x1] and in columns [clip.left(), clip.right()].
void appendSpan(std::vector<Span> &out, int j, double x0, double x1, const QRect &clip)
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
void appendReached(std::vector<Span> &out, const Segment &s, double reach, const QRect &clip)
{
    const double radius = reach + s.e;
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
void appendInside(std::vector<Span> &out, const Segment &s, double halfWidth, const QRect &clip)
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

/// A segment's pixels as spans to be moved by (dx, dy).
struct Footprint {
    const Span *begin, *end;
    int dx, dy;
};

/// The pixels a segment must find covered before it is dropped (reached) and those it covers completely
/// (inside). Vector output snaps vertices to whole pixels and most segments are a few pixels long, so for a
/// segment between whole pixels no more than kTableReach apart both depend only on b − a: they are worked
/// out once per such offset, relative to a, and moved to a; other segments are worked out each time.
class SegmentFootprints {
public:
    SegmentFootprints(double reach, double halfWidth, QSize frame)
        : mReach(reach), mHalfWidth(halfWidth), mFrame(QPoint(0, 0), frame),
          mEntries(std::size_t(kTableSide * kTableSide))
    {
    }

    /// Takes the device pixels of the ring whose segments are asked for next (kept by reference).
    void setRing(const QPolygonF &pixels)
    {
        mPixels = &pixels;
        mPoints.resize(std::size_t(pixels.size()));
        mWhole = true;
        for (qsizetype i = 0; i < pixels.size() && mWhole; ++i) {
            const double x = pixels.at(i).x(), y = pixels.at(i).y();
            mWhole = x > -kWholeLimit && x < kWholeLimit && y > -kWholeLimit && y < kWholeLimit
                     && double(int(x)) == x && double(int(y)) == y;
            mPoints[std::size_t(i)] = QPoint(int(x), int(y));
        }
    }

    /// The ring's vertices as whole pixels; empty unless they all are.
    const std::vector<QPoint> &wholePixels() const { return mWhole ? mPoints : mNone; }

    /// Segment from vertex i to vertex j of the ring.
    Footprint reached(qsizetype i, qsizetype j) { return footprint(i, j, false); }
    Footprint inside(qsizetype i, qsizetype j) { return footprint(i, j, true); }

private:
    static constexpr int kTableReach = 16;
    static constexpr int kTableSide = 2 * kTableReach + 1;
    static constexpr double kWholeLimit = 1 << 30;

    struct Entry {
        bool made = false;
        std::uint32_t reachedFrom = 0, insideFrom = 0, insideTo = 0;   // in mTable; reached ends at insideFrom
    };

    Footprint footprint(qsizetype i, qsizetype j, bool inside)
    {
        if (mWhole) {
            const QPoint a = mPoints[std::size_t(i)], d = mPoints[std::size_t(j)] - a;
            const auto column = unsigned(d.x() + kTableReach), row = unsigned(d.y() + kTableReach);
            if (column < kTableSide && row < kTableSide) {
                Entry &entry = mEntries[row * kTableSide + column];
                if (!entry.made)
                    make(entry, d);
                const Span *table = mTable.data();
                return inside ? Footprint{table + entry.insideFrom, table + entry.insideTo, a.x(), a.y()}
                              : Footprint{table + entry.reachedFrom, table + entry.insideFrom, a.x(), a.y()};
            }
        }
        const Segment s(mPixels->at(i), mPixels->at(j));
        mScratch.clear();
        if (inside)
            appendInside(mScratch, s, mHalfWidth, mFrame);
        else
            appendReached(mScratch, s, mReach, mFrame);
        return {mScratch.data(), mScratch.data() + mScratch.size(), 0, 0};
    }

    void make(Entry &entry, QPoint offset)
    {
        // Relative to a, unclipped: the frame clips them where they are moved to.
        const QRect unclipped(-4 * kTableReach, -4 * kTableReach, 8 * kTableReach, 8 * kTableReach);
        const Segment s(QPointF(0, 0), QPointF(offset));
        entry.reachedFrom = std::uint32_t(mTable.size());
        appendReached(mTable, s, mReach, unclipped);
        entry.insideFrom = std::uint32_t(mTable.size());
        appendInside(mTable, s, mHalfWidth, unclipped);
        entry.insideTo = std::uint32_t(mTable.size());
        entry.made = true;
    }

    double mReach, mHalfWidth;
    QRect mFrame;
    std::vector<Entry> mEntries;
    std::vector<Span> mTable;
    const QPolygonF *mPixels = nullptr;
    std::vector<QPoint> mPoints;   // mPixels as whole pixels, when mWhole
    bool mWhole = false;
    const std::vector<QPoint> mNone;
    std::vector<Span> mScratch;
};

/// One bit per device pixel, set where a kept stroke covers the whole pixel square. A 64-bit word holds 64
/// pixels of a row, and the words of 8 rows over the same 64 columns are one cache line: a stroke's few pixels
/// across lie in one or two lines, not a line per row, and the features come in no spatial order.
class CoverageMask {
public:
    explicit CoverageMask(QSize size)
        : mWidth(std::max(0, size.width())), mHeight(std::max(0, size.height())), mWordsPerRow((mWidth + 63) / 64),
          mBits(std::size_t(mWordsPerRow) * 8 * std::size_t((mHeight + 7) / 8), 0)
    {
    }

    /// Whether every pixel of `f` is covered (pixels outside the device are clipped away, so they count as
    /// covered).
    bool covers(const Footprint &f) const
    {
        for (const Span *s = f.begin; s != f.end; ++s) {
            const int j = s->row + f.dy;
            const int from = std::max(0, s->from + f.dx), to = std::min(mWidth - 1, s->to + f.dx);
            if (j < 0 || j >= mHeight || from > to)
                continue;
            const std::uint64_t *row = rowWords(j);
            for (int w = from >> 6; w <= to >> 6; ++w) {
                const std::uint64_t bits = wordBits(w, from, to);
                if ((row[8 * w] & bits) != bits)
                    return false;
            }
        }
        return true;
    }

    /// Asks the memory for the words around pixel p (a stroke's few rows above and below it), ahead of
    /// covers() and mark(): the features come in no spatial order, so they are mostly not in the cache.
    void prefetch(QPoint p) const
    {
#if defined(__GNUC__)
        if (p.x() < 0 || p.x() >= mWidth)
            return;
        for (const int j : {std::max(0, p.y() - 3), std::min(mHeight - 1, p.y() + 3)})
            if (j >= 0 && j < mHeight)
                __builtin_prefetch(rowWords(j) + 8 * (p.x() >> 6));
#else
        (void)p;
#endif
    }

    /// Marks the pixels of `f` covered.
    void mark(const Footprint &f)
    {
        for (const Span *s = f.begin; s != f.end; ++s) {
            const int j = s->row + f.dy;
            const int from = std::max(0, s->from + f.dx), to = std::min(mWidth - 1, s->to + f.dx);
            if (j < 0 || j >= mHeight || from > to)
                continue;
            std::uint64_t *row = rowWords(j);
            for (int w = from >> 6; w <= to >> 6; ++w)
                row[8 * w] |= wordBits(w, from, to);
        }
    }

private:
    /// Row j's first word; its word w is at [8 * w].
    std::uint64_t *rowWords(int j) { return mBits.data() + std::size_t(j >> 3) * std::size_t(mWordsPerRow) * 8 + (j & 7); }
    const std::uint64_t *rowWords(int j) const
    {
        return mBits.data() + std::size_t(j >> 3) * std::size_t(mWordsPerRow) * 8 + (j & 7);
    }
    /// The bits of columns [from, to] in word w of a row.
    static std::uint64_t wordBits(int w, int from, int to)
    {
        const int first = std::max(from - 64 * w, 0), last = std::min(to - 64 * w, 63);
        return (~std::uint64_t(0) << first) & (~std::uint64_t(0) >> (63 - last));
    }

    int mWidth, mHeight, mWordsPerRow;
    std::vector<std::uint64_t> mBits;
};

/// Vertices [first, last] of a ring's device pixels (as screenPixels gives them) that are kept as one ring.
struct KeptRun {
    std::uint32_t ring, first, last;
};

void endFeature(PackedGeometry &out, std::int32_t source)
{
    out.featureStart.push_back(std::uint32_t(out.ringStart.size() - 1));
    out.dimension.push_back(1);
    out.source.push_back(source);
}

} // namespace

bool hidesWhatIsUnder(const QPen &pen, double opacity)
{
    return opacity >= 1.0 && pen.style() == Qt::SolidLine && pen.capStyle() == Qt::RoundCap
           && pen.joinStyle() == Qt::RoundJoin && pen.brush().style() == Qt::SolidPattern && pen.color().alpha() == 255
           && !pen.isCosmetic() && pen.widthF() > 0;
}

std::optional<PackedGeometry> cullHiddenLines(const PackedGeometry &g, const std::uint32_t *ids, std::size_t count,
                                              const PixelMapping &toPixel, double penWidth, QSize size,
                                              CullingStats *stats)
{
    for (std::size_t k = 0; k < count; ++k)
        if (g.dimension[ids[k]] != 1 && g.dimension[ids[k]] != -1)
            return std::nullopt;
    const double halfWidth = penWidth / 2;
    SegmentFootprints footprints(halfWidth + kFootprintMargin, halfWidth, size);
    CoverageMask mask(size);
    CullingStats s;
    // Last feature first. What is kept is noted as runs of a ring's device pixels (features from last to
    // first, each feature's runs in order), then written first to last; a ring's pixels are cheap to work
    // out again, and the result is allocated once, at its size.
    std::vector<KeptRun> runs;
    std::vector<std::pair<std::size_t, std::uint32_t>> keptFeatures;   // (index into ids, end of its runs)
    std::size_t keptVertices = 0;
    QPolygonF pixels;
    std::uint32_t pixelsRing = 0;   // the ring whose pixels `pixels` holds
    std::vector<char> keep;
    for (std::size_t k = count; k-- > 0;) {
        const std::uint32_t f = ids[k];
        if (g.dimension[f] != 1)
            continue;
        ++s.features;
        const std::size_t runsBefore = runs.size();
        for (std::uint32_t ring = g.featureStart[f]; ring < g.featureStart[f + 1]; ++ring) {
            screenPixels(g, g.ringStart[ring], g.ringStart[ring + 1], toPixel, pixels);
            pixelsRing = ring;
            if (pixels.isEmpty())
                continue;
            footprints.setRing(pixels);
            for (const QPoint p : footprints.wholePixels())
                mask.prefetch(p);
            if (pixels.size() == 1) {   // drawn as a dot at most
                ++s.segments;
                if (!mask.covers(footprints.reached(0, 0))) {
                    ++s.keptSegments;
                    runs.push_back({ring, 0, 0});
                }
                continue;
            }
            const std::uint32_t n = std::uint32_t(pixels.size() - 1);
            s.segments += n;
            keep.resize(n);
            for (std::uint32_t i = 0; i < n; ++i)
                keep[i] = !mask.covers(footprints.reached(i, i + 1));
            // Runs of kept segments become rings.
            for (std::uint32_t i = 0; i < n;) {
                if (!keep[i]) {
                    ++i;
                    continue;
                }
                std::uint32_t end = i;
                while (end < n && keep[end])
                    ++end;
                s.keptSegments += end - i;
                runs.push_back({ring, i, end});
                i = end;
            }
        }
        if (runs.size() == runsBefore)
            continue;
        ++s.keptFeatures;
        keptFeatures.push_back({k, std::uint32_t(runs.size())});
        // Mark what this feature covers only now: its own segments do not hide each other (one path).
        for (std::size_t r = runsBefore; r < runs.size(); ++r) {
            const KeptRun &run = runs[r];
            if (run.ring != pixelsRing) {   // a feature of several rings; the last one is still at hand
                pixelsRing = run.ring;
                screenPixels(g, g.ringStart[pixelsRing], g.ringStart[pixelsRing + 1], toPixel, pixels);
                footprints.setRing(pixels);
            }
            keptVertices += run.last - run.first + 1;
            for (std::uint32_t v = run.first; v < run.last; ++v)
                mask.mark(footprints.inside(v, v + 1));
        }
    }

    PackedGeometry out;
    out.xy.reserve(2 * keptVertices);
    out.ringStart.reserve(runs.size() + 1);
    out.featureStart.reserve(keptFeatures.size() + 1);
    out.dimension.reserve(keptFeatures.size());
    out.source.reserve(keptFeatures.size());
    for (std::size_t i = keptFeatures.size(); i-- > 0;) {
        const std::uint32_t f = ids[keptFeatures[i].first];
        std::uint32_t ring = std::numeric_limits<std::uint32_t>::max();
        for (std::size_t r = i > 0 ? keptFeatures[i - 1].second : 0; r < keptFeatures[i].second; ++r) {
            const KeptRun &run = runs[r];
            if (run.ring != ring) {
                ring = run.ring;
                screenPixels(g, g.ringStart[ring], g.ringStart[ring + 1], toPixel, pixels);
            }
            // In device pixels with y negated, for devicePixelMapping().
            for (std::uint32_t v = run.first; v <= run.last; ++v) {
                out.xy.push_back(pixels.at(v).x());
                out.xy.push_back(-pixels.at(v).y());
            }
            out.ringStart.push_back(std::uint32_t(out.xy.size() / 2));
        }
        endFeature(out, g.source[f]);
    }
    if (stats)
        *stats = s;
    return out;
}

} // namespace yc
