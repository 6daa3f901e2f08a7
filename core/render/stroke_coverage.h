// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pixel bookkeeping of occlusion culling (render/occlusion_culling.h): which device pixels a segment of a
// round-capped stroke may touch, which it covers completely, and a mask of the pixels covered so far.

#include "render/prefetch.h"

#include <QPoint>
#include <QPointF>
#include <QRect>
#include <QSize>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace yc {

/// A run of pixel columns [from, to] in pixel row `row`.
struct PixelSpan {
    int row, from, to;
    bool operator==(const PixelSpan &) const = default;
};

/// A segment's pixels: spans to be moved by (dx, dy).
struct SegmentPixels {
    const PixelSpan *begin, *end;
    int dx = 0, dy = 0;
    bool inFrame = false;   ///< known to lie in the frame once moved (nothing to clip)
};

/// For the segments of strokes `penWidth` device pixels wide with round caps and joins, drawn into a frame
/// of `frame` pixels: the pixels whose square comes within half the width plus a margin of the segment (those
/// that must be covered before it can be dropped: reached) and those whose square its stroke covers
/// completely, with some slack for the viewer's flattening of round ends (inside).
///
/// Vector output snaps vertices to whole pixels and most segments are a few pixels long, so for a segment
/// between whole pixels no more than kTableReach apart both depend only on b − a: they are worked out once per
/// such offset, relative to a, and moved to a. Other segments are worked out each time. Not thread-safe.
class SegmentFootprints {
public:
    static constexpr int kTableReach = 16;

    SegmentFootprints(double penWidth, QSize frame);

    /// Whether all `count` pixels lie on whole pixels (within ±2^30); if so they are written to `whole`.
    static bool toWholePixels(const QPointF *pixels, qsizetype count, QPoint *whole);

    /// Takes the device pixels of the ring whose segments are asked for next, and the same as whole pixels
    /// (toWholePixels) or nullptr. Both are kept by pointer.
    void setRing(const QPointF *pixels, const QPoint *whole)
    {
        mPixels = pixels;
        mWhole = whole;
    }

    /// The segment from vertex i to vertex j of the ring. Valid until the next call.
    SegmentPixels reached(qsizetype i, qsizetype j) { return footprint(i, j, false); }
    SegmentPixels inside(qsizetype i, qsizetype j) { return footprint(i, j, true); }

    /// The same for segment ab worked out directly, clipped to the frame, into `out`.
    void reachedBy(QPointF a, QPointF b, std::vector<PixelSpan> &out) const;
    void insideOf(QPointF a, QPointF b, std::vector<PixelSpan> &out) const;

private:
    static constexpr int kTableSide = 2 * kTableReach + 1;

    struct Entry {
        bool made = false;
        std::uint32_t reachedFrom = 0, insideFrom = 0, insideTo = 0;   // in mTable; reached ends at insideFrom
        int left = 0, top = 0, right = -1, bottom = -1;   // the bounds of all its spans, relative to a
    };

    SegmentPixels footprint(qsizetype i, qsizetype j, bool inside)
    {
        if (mWhole) {
            const QPoint a = mWhole[i], d = mWhole[j] - a;
            const auto column = unsigned(d.x() + kTableReach), row = unsigned(d.y() + kTableReach);
            if (column < kTableSide && row < kTableSide) {
                Entry &entry = mEntries[row * kTableSide + column];
                if (!entry.made)
                    make(entry, d);
                const PixelSpan *table = mTable.data();
                const bool inFrame = a.x() + entry.left >= 0 && a.x() + entry.right < mFrame.width()
                                     && a.y() + entry.top >= 0 && a.y() + entry.bottom < mFrame.height();
                return inside ? SegmentPixels{table + entry.insideFrom, table + entry.insideTo, a.x(), a.y(), inFrame}
                              : SegmentPixels{table + entry.reachedFrom, table + entry.insideFrom, a.x(), a.y(), inFrame};
            }
        }
        return workedOut(mPixels[i], mPixels[j], inside);
    }

    /// Out of line, so that the cached case above is inlined where it is asked for.
    SegmentPixels workedOut(QPointF a, QPointF b, bool inside);
    void make(Entry &entry, QPoint offset);

    double mReach, mHalfWidth;
    QRect mFrame;
    std::vector<Entry> mEntries;
    std::vector<PixelSpan> mTable;
    const QPointF *mPixels = nullptr;
    const QPoint *mWhole = nullptr;
    std::vector<PixelSpan> mScratch;
};

/// One bit per device pixel, set where a kept stroke covers the whole pixel square. A 64-bit word holds 64
/// pixels of a row, and the words of 8 rows over the same 64 columns are one cache line: a stroke's few pixels
/// across lie in one or two lines, not a line per row, and the strokes come in no spatial order.
class CoverageMask {
public:
    explicit CoverageMask(QSize size);

    /// Whether every pixel of `p` is covered (pixels outside the device are clipped away, so they count as
    /// covered).
    bool covers(const SegmentPixels &p) const { return p.inFrame ? coversSpans<false>(p) : coversSpans<true>(p); }

    /// Marks the pixels of `p` covered.
    void mark(const SegmentPixels &p) { p.inFrame ? markSpans<false>(p) : markSpans<true>(p); }

    /// Asks the memory for the words around pixel p (a stroke's few rows above and below it), ahead of
    /// covers() and mark(): the strokes come in no spatial order, so they are mostly not in the cache.
    void prefetch(QPoint p) const
    {
        if (p.x() < 0 || p.x() >= mWidth)
            return;
        for (const int j : {p.y() - 3, p.y() + 3})
            if (j >= 0 && j < mHeight)
                yc::prefetch(rowWords(j) + 8 * (p.x() >> 6));
    }

private:
    /// Span s of p where it lands; false when it lies outside the frame. Clip: it may reach outside.
    template <bool Clip>
    bool place(const SegmentPixels &p, const PixelSpan &s, int &j, int &from, int &to) const
    {
        j = s.row + p.dy;
        from = s.from + p.dx;
        to = s.to + p.dx;
        if constexpr (Clip) {
            from = std::max(0, from);
            to = std::min(mWidth - 1, to);
            return j >= 0 && j < mHeight && from <= to;
        }
        return true;
    }
    template <bool Clip>
    bool coversSpans(const SegmentPixels &p) const
    {
        for (const PixelSpan *s = p.begin; s != p.end; ++s) {
            int j, from, to;
            if (!place<Clip>(p, *s, j, from, to))
                continue;
            const std::uint64_t *row = rowWords(j);
            const int first = from >> 6, last = to >> 6;
            if (first == last) {   // nearly always: a stroke is a few pixels across
                const std::uint64_t bits = fromBit(from) & toBit(to);
                if ((row[8 * first] & bits) != bits)
                    return false;
                continue;
            }
            for (int w = first; w <= last; ++w) {
                const std::uint64_t bits = (w == first ? fromBit(from) : ~std::uint64_t(0))
                                           & (w == last ? toBit(to) : ~std::uint64_t(0));
                if ((row[8 * w] & bits) != bits)
                    return false;
            }
        }
        return true;
    }
    template <bool Clip>
    void markSpans(const SegmentPixels &p)
    {
        for (const PixelSpan *s = p.begin; s != p.end; ++s) {
            int j, from, to;
            if (!place<Clip>(p, *s, j, from, to))
                continue;
            std::uint64_t *row = rowWords(j);
            const int first = from >> 6, last = to >> 6;
            for (int w = first; w <= last; ++w)
                row[8 * w] |= (w == first ? fromBit(from) : ~std::uint64_t(0))
                              & (w == last ? toBit(to) : ~std::uint64_t(0));
        }
    }
    /// Row j's first word; its word w is at [8 * w].
    std::uint64_t *rowWords(int j) { return mBits.data() + std::size_t(j >> 3) * mLineStride + (j & 7); }
    const std::uint64_t *rowWords(int j) const { return mBits.data() + std::size_t(j >> 3) * mLineStride + (j & 7); }
    /// The bits of a word from column `from`'s on, and up to column `to`'s.
    static std::uint64_t fromBit(int from) { return ~std::uint64_t(0) << (from & 63); }
    static std::uint64_t toBit(int to) { return ~std::uint64_t(0) >> (63 - (to & 63)); }

    int mWidth, mHeight;
    std::size_t mLineStride;   // words from one band of 8 rows to the next
    std::vector<std::uint64_t> mBits;
};

} // namespace yc
