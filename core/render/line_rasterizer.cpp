// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/line_rasterizer.h"

#include "render/prefetch.h"
#include "render/raster_target.h"

#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

namespace yc {

namespace {

// Clips segment a–b to the rectangle [x0, x1] × [y0, y1] (Liang–Barsky); false when nothing is left.
bool clip(QPointF &a, QPointF &b, double x0, double y0, double x1, double y1)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - x0, x1 - a.x(), a.y() - y0, y1 - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    b = a + QPointF(dx * t1, dy * t1);
    a = a + QPointF(dx * t0, dy * t0);
    return true;
}

// "Over" in the mask: u + (1 - u) × a, in 0–255.
void blend(std::uint8_t &u, std::uint32_t coverage)
{
    const std::uint32_t t = (255 - u) * coverage + 128;
    u = std::uint8_t(u + ((t + (t >> 8)) >> 8));
}

} // namespace

bool LineRasterizer::usable(const QPainter &painter, const QPen &pen)
{
    return directRasterTarget(painter) && pen.style() == Qt::SolidLine && pen.brush().style() == Qt::SolidPattern
           && !pen.isCosmetic() && pen.widthF() > 0 && pen.widthF() <= kMaxWidth;
}

LineRasterizer::LineRasterizer(QImage &image, Arrival arrival)
    : mBits(reinterpret_cast<std::uint32_t *>(image.bits())), mWidth(image.width()),
      mFirstRow(firstRow(image)), mEndRow(mFirstRow + image.height()),
      mStride(image.bytesPerLine() / 4), mBlocksPerRow((mWidth + 7) / 8), mArrival(arrival),
      mMask(std::size_t(mBlocksPerRow) * std::size_t((image.height() + 7) / 8) * 64, 0)
{
}

LineRasterizer::~LineRasterizer()
{
    flush();
}

void LineRasterizer::setStyle(const QColor &color, double width, double opacity)
{
    const QRgb opaque = qPremultiply(color.rgb() | 0xff000000u);
    // A line up to a pixel wide is drawn one pixel wide and that much fainter, as QPainter does.
    const double alpha = std::clamp(color.alphaF() * opacity * std::min(1.0, width), 0.0, 1.0) * 255;
    if (opaque != mColor) {
        flush();
        for (std::uint32_t a = 0; a < 256; ++a)
            mColorAt[a] = byteMul(opaque, a);
    } else {
        drawDeferred();   // in the style it was given
    }
    mColor = opaque;
    mAlpha = alpha;
    mThickness = std::max(1.0, width);
}

void LineRasterizer::flush()
{
    drawDeferred();
    // A block at a time (the mask is zero outside the dirty rectangle): the outlines of a layer's polygons
    // leave most blocks of their bounding rectangle empty, and an empty one is a single cache line to test.
    for (int by = (mDirty.top - mFirstRow) >> 3; by < (mDirty.bottom - mFirstRow + 7) >> 3; ++by)
        for (int bx = mDirty.left >> 3; bx < (mDirty.right + 7) >> 3; ++bx) {
            std::uint8_t *block = &mMask[maskIndex(bx << 3, mFirstRow + (by << 3))];
            std::uint64_t any = 0;
            for (int i = 0; i < 64; i += 8) {
                std::uint64_t eight;
                std::memcpy(&eight, block + i, 8);
                any |= eight;
            }
            if (!any)
                continue;
            // A row of the block at a time, without a branch per pixel (in a line layer's image many are
            // mispredicted): where alpha is 0 the pixel stays as it is, byteMul(pixel, 255) being the pixel.
            for (int r = 0; r < 8; ++r) {
                std::uint64_t eight;
                std::memcpy(&eight, block + r * 8, 8);
                if (!eight)
                    continue;
                std::uint32_t *pixels = mBits + qsizetype((by << 3) + r) * mStride + (bx << 3);
                const int columns = std::min(8, mWidth - (bx << 3));   // the mask is 0 outside the image
                for (int c = 0; c < columns; ++c) {
                    const std::uint32_t alpha = block[r * 8 + c];
                    pixels[c] = mColorAt[alpha] + byteMul(pixels[c], 255 - alpha);
                }
            }
            std::memset(block, 0, 64);
        }
    mDirty = Dirty();
}

void LineRasterizer::drawPolyline(const QPointF *points, std::size_t count)
{
    if (mArrival == Arrival::Scattered)
        defer(points, count, false);
    else
        strokeThrough(points, count, false);
}

void LineRasterizer::drawRing(const QPointF *points, std::size_t count)
{
    if (mArrival == Arrival::Scattered)
        defer(points, count, true);
    else
        strokeThrough(points, count, true);
}

void LineRasterizer::defer(const QPointF *points, std::size_t count, bool closed)
{
    // The mask's cache lines at the first vertices: a vertex is a few pixels from the next, so these are
    // about all the lines a short polyline touches.
    constexpr std::size_t kPrefetched = 16;
    std::size_t lastBlock = std::numeric_limits<std::size_t>::max();
    for (std::size_t i = 0; i < std::min(count, kPrefetched); ++i) {
        const double x = points[i].x(), y = points[i].y();
        if (!(x >= 0 && x < mWidth && y >= mFirstRow && y < mEndRow))   // also not NaN
            continue;
        const std::size_t cell = maskIndex(int(x), int(y));
        if (cell / 64 != lastBlock)
            prefetch<true>(&mMask[cell]);
        lastBlock = cell / 64;
    }
    drawDeferred();
    mDeferred.assign(points, points + count);
    mDeferredClosed = closed;
}

void LineRasterizer::drawDeferred()
{
    if (mDeferred.empty())
        return;
    strokeThrough(mDeferred.data(), mDeferred.size(), mDeferredClosed);
    mDeferred.clear();
}

void LineRasterizer::strokeThrough(const QPointF *points, std::size_t count, bool closed)
{
    if (count < 2)
        return;
    // Most polylines are well inside the image: their segments need no clipping, and where they write is
    // their bounding box (a cap and the band reach less than 2 pixels past it; `kInset` keeps that inside).
    constexpr double kInset = 4;
    double left = mWidth, top = mEndRow, right = 0, bottom = mFirstRow;
    bool wellInside = true;
    for (std::size_t i = 0; i < count; ++i) {
        const double x = points[i].x(), y = points[i].y();
        wellInside &= x >= kInset && x <= mWidth - kInset && y >= mFirstRow + kInset
                      && y <= mEndRow - kInset;   // not NaN
        left = std::min(left, x);
        right = std::max(right, x);
        top = std::min(top, y);
        bottom = std::max(bottom, y);
    }
    if (wellInside) {
        mDirty.include(int(left) - 3, int(top) - 3, int(right) + 4, int(bottom) + 4);
        strokeSegments<true>(points, count, closed);
    } else {
        strokeSegments<false>(points, count, closed);
    }
}

template <bool wellInside>
void LineRasterizer::strokeSegments(const QPointF *points, std::size_t count, bool closed)
{
    const auto finite = [](QPointF p) { return std::isfinite(p.x()) && std::isfinite(p.y()); };
    if (closed && count > 2 && finite(points[0]) && finite(points[count - 1]) && points[0] != points[count - 1])
        segment<wellInside>(points[count - 1], points[0], false, false);
    if (!finite(points[0]))
        return;
    for (std::size_t i = 0; i + 1 < count; ++i) {
        if (!finite(points[i + 1]))
            return;
        segment<wellInside>(points[i], points[i + 1], !closed && i == 0, !closed && i + 2 == count);
    }
}

// Walks the segment along its major axis one pixel column (or row) at a time. In each, the line is a band
// `mThickness` across at the column's middle; each pixel gets the part of the band inside it, times the
// part of the column the segment spans (so the pieces of a polyline meeting in a column add up to one).
template <bool wellInside>
void LineRasterizer::segment(QPointF a, QPointF b, bool capStart, bool capEnd)
{
    const double half = mThickness / 2;
    const double margin = mThickness + 1;
    const bool steep = std::abs(b.y() - a.y()) > std::abs(b.x() - a.x());
    double p0 = steep ? a.y() : a.x(), q0 = steep ? a.x() : a.y();
    double p1 = steep ? b.y() : b.x(), q1 = steep ? b.x() : b.y();
    if (p0 > p1) {
        std::swap(p0, p1);
        std::swap(q0, q1);
        std::swap(capStart, capEnd);
    }
    const double slope = p1 > p0 ? (q1 - q0) / (p1 - p0) : 0;
    // QPainter samples a segment with a start cap half a pixel off the column centres, forwards or backwards
    // by where the start point falls in its pixel; done here too, so thin lines look exactly the same.
    const double shift = capStart ? std::floor(p0) - std::floor(p0 - 0.5) - 0.5 : 0;
    // Caps reach half the line's thickness past the end points.
    if (capStart) {
        p0 -= half;
        q0 -= slope * half;
    }
    if (capEnd) {
        p1 += half;
        q1 += slope * half;
    }
    QPointF from(p0, q0), to(p1, q1);
    // The image's columns or rows, in the whole picture's pixels: [start, limit).
    const int majorStart = steep ? mFirstRow : 0, majorLimit = steep ? mEndRow : mWidth;
    const int minorStart = steep ? 0 : mFirstRow, minorLimit = steep ? mWidth : mEndRow;
    if (!(p1 > p0))
        return;
    if constexpr (!wellInside) {
        const bool inside = p0 >= majorStart - margin && p1 <= majorLimit + margin
                            && std::min(q0, q1) >= minorStart - margin && std::max(q0, q1) <= minorLimit + margin;
        if (!inside
            && !clip(from, to, majorStart - margin, minorStart - margin, majorLimit + margin, minorLimit + margin))
            return;
    }
    const double first = std::max(from.x(), double(majorStart)), last = std::min(to.x(), double(majorLimit));
    if (!(first < last))
        return;
    const auto cell = [&](int major, int minor) -> std::uint8_t & {
        return mMask[steep ? maskIndex(minor, major) : maskIndex(major, minor)];
    };
    if constexpr (!wellInside) {
        // Where this segment may write (the clipped end points are at most `margin` outside the image). A thin
        // band is sampled at the centres of its end columns, up to half a pixel past the segment's ends: a
        // pixel more across.
        const int minorFrom = int(std::max(double(minorStart), std::min(from.y(), to.y()) - half - 1));
        const int minorTo = std::min(minorLimit, int(std::max(from.y(), to.y()) + half) + 2);
        const int majorTo = std::min(majorLimit, int(last) + 1);
        if (minorFrom >= minorTo)
            return;
        mDirty.include(steep ? minorFrom : int(first), steep ? int(first) : minorFrom, steep ? minorTo : majorTo,
                       steep ? majorTo : minorTo);
    }
    // Column i, spanned over [lo, hi], of a band thicker than a pixel.
    const auto column = [&](int i, double lo, double hi) {
        const double top = q0 + slope * ((lo + hi) / 2 - p0) - half, bottom = top + mThickness;
        const double span = (hi - lo) * mAlpha;
        for (int r = std::max(minorStart, int(std::floor(top))); r < bottom && r < minorLimit; ++r) {
            const double part = std::min(bottom, r + 1.0) - std::max(top, double(r));
            const auto coverage = std::min(255u, std::uint32_t(part * span + 0.5));
            if (coverage > 0)
                blend(cell(i, r), coverage);
        }
    };
    const int firstColumn = int(first), lastColumn = std::min(majorLimit - 1, int(last));   // both ≥ 0
    if (mThickness > 1) {
        for (int i = firstColumn; i <= lastColumn; ++i)
            column(i, std::max(first, double(i)), std::min(last, i + 1.0));
        return;
    }
    // A one-pixel band (Wu's line).
    const ThinBand band{firstColumn, lastColumn, first, last, q0 - slope * p0 - 0.5, slope, shift, minorStart,
                         minorLimit};
    // The band's top is within a pixel and a half of the clipped segment's (the column centres sampled reach
    // a pixel past its ends), so its rows are all in the image when these are.
    const bool rowsInside =
        wellInside || (std::min(from.y(), to.y()) >= minorStart + 2 && std::max(from.y(), to.y()) + 3 < minorLimit);
    if (steep)
        rowsInside ? drawThin<true, false>(band) : drawThin<true, true>(band);
    else
        rowsInside ? drawThin<false, false>(band) : drawThin<false, true>(band);
}

// In each column two pixels, split by where the band's top falls. Templated on the axis and on whether rows
// must be checked against the image: this loop is most of drawing a big line layer.
template <bool steep, bool checked>
void LineRasterizer::drawThin(const ThinBand &band)
{
    std::uint8_t *const mask = mMask.data();
    const auto cell = [&](int major, int minor) -> std::uint8_t & {
        return mask[steep ? maskIndex(minor, major) : maskIndex(major, minor)];
    };
    const auto column = [&](int i, double weight) {
        const double top = band.topAtZero + band.slope * (i + 0.5 + band.shift);
        const int row = int(top + 4) - 4;   // floor: the band's top is at least `margin` above -1
        const auto whole = std::uint32_t(weight + 0.5);
        const auto lower = std::uint32_t((top - row) * weight + 0.5);
        const auto upper = whole - std::min(lower, whole);
        if (!checked || (row >= band.minorStart && row < band.minorLimit))
            blend(cell(i, row), upper);
        if (!checked || (row + 1 >= band.minorStart && row + 1 < band.minorLimit))
            blend(cell(i, row + 1), lower);
    };
    // The end columns get the part of the column the segment spans, the others all of it.
    const int firstColumn = band.firstColumn, lastColumn = band.lastColumn;
    if (firstColumn == lastColumn) {
        column(firstColumn, (band.last - band.first) * mAlpha);
        return;
    }
    column(firstColumn, (firstColumn + 1.0 - band.first) * mAlpha);
    for (int i = firstColumn + 1; i < lastColumn; ++i)
        column(i, mAlpha);
    column(lastColumn, (band.last - lastColumn) * mAlpha);
}

} // namespace yc
