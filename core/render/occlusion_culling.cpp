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

/// One bit per device pixel, set where a kept stroke covers the whole pixel square. The bits are kept in
/// tiles of 8×8 pixels, one 64-bit word each: a stroke's few pixels across then lie in a word or two
/// instead of a cache line per row, and a 4,600×2,800 frame fits in 1.6 MB.
class CoverageMask {
public:
    explicit CoverageMask(QSize size)
        : mWidth(std::max(0, size.width())), mHeight(std::max(0, size.height())), mTilesPerRow((mWidth + 7) / 8),
          mTiles(std::size_t(mTilesPerRow) * std::size_t((mHeight + 7) / 8), 0)
    {
    }

    /// Whether every pixel whose square comes within `reach` of segment s is covered (pixels outside the
    /// device are clipped away, so they count as covered). Such a square's centre lies in the rectangle
    /// along s that reaches `reach` + s.e beyond it on every side: that rectangle is checked, a few pixels
    /// more than needed at its corners, and no square roots.
    bool covers(const Segment &s, double reach) const
    {
        const double radius = reach + s.e;
        const auto [rowFrom, rowTo] = rows(std::min(s.a.y(), s.b.y()) - radius, std::max(s.a.y(), s.b.y()) + radius);
        for (int j = rowFrom; j <= rowTo; ++j) {
            double x0, x1;
            if (!s.span(-radius, s.len + radius, radius, j + 0.5, x0, x1))
                continue;
            const auto [from, to] = columns(x0, x1);
            for (int tile = from >> 3; tile <= to >> 3 && from <= to; ++tile) {
                const std::uint64_t bits = rowBits(j, tile, from, to);
                if ((word(j, tile) & bits) != bits)
                    return false;
            }
        }
        return true;
    }

    /// Marks the pixels whose square lies inside the round-capped stroke of half-width `halfWidth` along s.
    void mark(const Segment &s, double halfWidth)
    {
        const double e = s.e;
        const double bandHalfWidth = halfWidth - e - kFlatteningSlack;
        if (bandHalfWidth >= 0 && s.len > 2 * e) {
            const double reach = bandHalfWidth + e;
            const auto [rowFrom, rowTo] = rows(std::min(s.a.y(), s.b.y()) - reach, std::max(s.a.y(), s.b.y()) + reach);
            for (int j = rowFrom; j <= rowTo; ++j) {
                double x0, x1;
                if (s.span(e, s.len - e, bandHalfWidth, j + 0.5, x0, x1))
                    fill(j, x0, x1);
            }
        }
        // The round ends: pixels whose square lies in the end disk.
        const double capRadius = halfWidth - kHalfDiagonal - kFlatteningSlack;
        for (const QPointF c : {s.a, s.b}) {
            const auto [rowFrom, rowTo] = rows(c.y() - capRadius, c.y() + capRadius);
            for (int j = rowFrom; j <= rowTo; ++j) {
                const double dy = j + 0.5 - c.y(), q = capRadius * capRadius - dy * dy;
                if (capRadius > 0 && q >= 0)
                    fill(j, c.x() - std::sqrt(q), c.x() + std::sqrt(q));
            }
        }
    }

private:
    /// Device rows whose pixel centres lie in [top, bottom].
    std::pair<int, int> rows(double top, double bottom) const
    {
        return {std::max(0, int(std::ceil(top - 0.5))), std::min(mHeight - 1, int(std::floor(bottom - 0.5)))};
    }
    /// Device columns whose pixel centres lie in [x0, x1].
    std::pair<int, int> columns(double x0, double x1) const
    {
        if (!(x0 <= x1))
            return {0, -1};
        return {std::max(0, int(std::ceil(std::max(x0, -1.0) - 0.5))),
                std::min(mWidth - 1, int(std::floor(std::min(x1, double(mWidth)) - 0.5)))};
    }
    std::uint64_t &word(int j, int tile) { return mTiles[std::size_t(j >> 3) * std::size_t(mTilesPerRow) + std::size_t(tile)]; }
    std::uint64_t word(int j, int tile) const
    {
        return mTiles[std::size_t(j >> 3) * std::size_t(mTilesPerRow) + std::size_t(tile)];
    }
    /// The bits of row j's pixels [from, to] that lie in column tile `tile`.
    static std::uint64_t rowBits(int j, int tile, int from, int to)
    {
        const int first = std::max(from, tile * 8) & 7, last = std::min(to, tile * 8 + 7) & 7;
        const std::uint64_t byte = (0xffu << first) & (0xffu >> (7 - last));
        return byte << ((j & 7) * 8);
    }
    void fill(int j, double x0, double x1)
    {
        const auto [from, to] = columns(x0, x1);
        for (int tile = from >> 3; tile <= to >> 3 && from <= to; ++tile)
            word(j, tile) |= rowBits(j, tile, from, to);
    }

    int mWidth, mHeight, mTilesPerRow;
    std::vector<std::uint64_t> mTiles;
};

/// Appends `points` (device pixels) as a ring of the feature being built, y negated for devicePixelMapping().
void appendRing(PackedGeometry &out, const QPointF *points, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        out.xy.push_back(points[i].x());
        out.xy.push_back(-points[i].y());
    }
    out.ringStart.push_back(std::uint32_t(out.xy.size() / 2));
}

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
    const double footprint = halfWidth + kFootprintMargin;
    CoverageMask mask(size);
    CullingStats s;
    // Last feature first; the kept pieces are collected in that order, then reversed.
    PackedGeometry reversed;
    QPolygonF pixels;
    std::vector<char> keep;
    for (std::size_t k = count; k-- > 0;) {
        const std::uint32_t f = ids[k];
        if (g.dimension[f] != 1)
            continue;
        ++s.features;
        const std::size_t ringsBefore = reversed.ringStart.size();
        for (std::uint32_t ring = g.featureStart[f]; ring < g.featureStart[f + 1]; ++ring) {
            screenPixels(g, g.ringStart[ring], g.ringStart[ring + 1], toPixel, pixels);
            if (pixels.isEmpty())
                continue;
            if (pixels.size() == 1) {   // drawn as a dot at most
                ++s.segments;
                if (!mask.covers(Segment(pixels.first(), pixels.first()), footprint)) {
                    ++s.keptSegments;
                    appendRing(reversed, pixels.constData(), 1);
                }
                continue;
            }
            const qsizetype n = pixels.size() - 1;
            s.segments += std::size_t(n);
            keep.assign(std::size_t(n), 0);
            for (qsizetype i = 0; i < n; ++i)
                keep[std::size_t(i)] = !mask.covers(Segment(pixels.at(i), pixels.at(i + 1)), footprint);
            // Runs of kept segments become rings.
            for (qsizetype i = 0; i < n;) {
                if (!keep[std::size_t(i)]) {
                    ++i;
                    continue;
                }
                qsizetype end = i;
                while (end < n && keep[std::size_t(end)])
                    ++end;
                s.keptSegments += std::size_t(end - i);
                appendRing(reversed, pixels.constData() + i, end - i + 1);
                i = end;
            }
        }
        if (reversed.ringStart.size() == ringsBefore)
            continue;
        ++s.keptFeatures;
        // Mark what this feature covers only now: its own segments do not hide each other (one path).
        for (std::size_t r = ringsBefore - 1; r + 1 < reversed.ringStart.size(); ++r)
            for (std::uint32_t v = reversed.ringStart[r]; v + 1 < reversed.ringStart[r + 1]; ++v)
                mask.mark(Segment(QPointF(reversed.xy[2 * v], -reversed.xy[2 * v + 1]),
                                  QPointF(reversed.xy[2 * v + 2], -reversed.xy[2 * v + 3])),
                          halfWidth);
        endFeature(reversed, g.source[f]);
    }

    PackedGeometry out;
    out.xy.reserve(reversed.xy.size());
    out.ringStart.reserve(reversed.ringStart.size());
    for (int f = reversed.featureCount(); f-- > 0;) {
        for (std::uint32_t ring = reversed.featureStart[std::size_t(f)]; ring < reversed.featureStart[std::size_t(f) + 1];
             ++ring) {
            const std::uint32_t from = reversed.ringStart[ring], to = reversed.ringStart[ring + 1];
            out.xy.insert(out.xy.end(), reversed.xy.begin() + 2 * from, reversed.xy.begin() + 2 * to);
            out.ringStart.push_back(std::uint32_t(out.xy.size() / 2));
        }
        endFeature(out, reversed.source[std::size_t(f)]);
    }
    if (stats)
        *stats = s;
    return out;
}

} // namespace yc
