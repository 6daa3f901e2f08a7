// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pixel bookkeeping of occlusion culling (render/occlusion_culling.h): which device pixels a segment of a
// round-capped stroke may touch, which it covers completely, and a mask of the pixels covered so far.

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
                return inside ? SegmentPixels{table + entry.insideFrom, table + entry.insideTo, a.x(), a.y()}
                              : SegmentPixels{table + entry.reachedFrom, table + entry.insideFrom, a.x(), a.y()};
            }
        }
        if (inside)
            insideOf(mPixels[i], mPixels[j], mScratch);
        else
            reachedBy(mPixels[i], mPixels[j], mScratch);
        return {mScratch.data(), mScratch.data() + mScratch.size()};
    }

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
/// across lie in one or two lines, not a line per row, and the strokes come in no spatial order. The mask is
/// bigger than a core's cache; a bit per line that is covered completely answers for it without reading it.
class CoverageMask {
public:
    explicit CoverageMask(QSize size);

    /// Whether every pixel of `p` is covered (pixels outside the device are clipped away, so they count as
    /// covered).
    bool covers(const SegmentPixels &p) const
    {
        for (const PixelSpan *s = p.begin; s != p.end; ++s) {
            const int j = s->row + p.dy;
            const int from = std::max(0, s->from + p.dx), to = std::min(mWidth - 1, s->to + p.dx);
            if (j < 0 || j >= mHeight || from > to)
                continue;
            const std::uint64_t *row = rowWords(j);
            const std::size_t firstLine = std::size_t(j >> 3) * std::size_t(mWordsPerRow);
            for (int w = from >> 6; w <= to >> 6; ++w) {
                if (isFull(firstLine + std::size_t(w)))
                    continue;
                const std::uint64_t bits = wordBits(w, from, to);
                if ((row[8 * w] & bits) != bits)
                    return false;
            }
        }
        return true;
    }

    /// Marks the pixels of `p` covered.
    void mark(const SegmentPixels &p)
    {
        for (const PixelSpan *s = p.begin; s != p.end; ++s) {
            const int j = s->row + p.dy;
            const int from = std::max(0, s->from + p.dx), to = std::min(mWidth - 1, s->to + p.dx);
            if (j < 0 || j >= mHeight || from > to)
                continue;
            std::uint64_t *row = rowWords(j);
            for (int w = from >> 6; w <= to >> 6; ++w) {
                row[8 * w] |= wordBits(w, from, to);
                if (row[8 * w] == ~std::uint64_t(0))
                    noteIfFull(std::size_t(j >> 3) * std::size_t(mWordsPerRow) + std::size_t(w));
            }
        }
    }

    /// Asks the memory for the words around pixel p (a stroke's few rows above and below it), ahead of
    /// covers() and mark(): the strokes come in no spatial order, so they are mostly not in the cache.
    void prefetch(QPoint p) const
    {
#if defined(__GNUC__)
        if (p.x() < 0 || p.x() >= mWidth)
            return;
        for (const int j : {p.y() - 3, p.y() + 3})
            if (j >= 0 && j < mHeight)
                __builtin_prefetch(rowWords(j) + 8 * (p.x() >> 6));
#else
        (void)p;
#endif
    }

private:
    // A line: the 8 words of 64 columns × 8 rows, one cache line; line l starts at mBits[8 * l].
    bool isFull(std::size_t line) const { return mFullLines[line >> 6] >> (line & 63) & 1; }
    void noteIfFull(std::size_t line)
    {
        const std::uint64_t *words = mBits.data() + 8 * line;
        if (std::all_of(words, words + 8, [](std::uint64_t w) { return w == ~std::uint64_t(0); }))
            mFullLines[line >> 6] |= std::uint64_t(1) << (line & 63);
    }
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
    std::vector<std::uint64_t> mBits;        // pixels beyond the frame's right and bottom edges are set
    std::vector<std::uint64_t> mFullLines;   // a bit per line whose pixels are all set: a few KB, always cached
};

} // namespace yc
