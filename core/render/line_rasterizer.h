// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Thin antialiased polylines written straight into an image: QPainter strokes every line through its
// general path stroker and scan converter (~2.8 µs for an 11-vertex polyline), which dominates drawing a
// layer of a million lines. Used by drawPacked for the common base-layer case.

#include <QColor>
#include <QImage>
#include <QPointF>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

class QPainter;
class QPen;

namespace yc {

/// Draws solid, single-colour polylines up to kMaxWidth pixels wide into the image a QPainter is painting
/// on, antialiased and composited "over" in the order they are drawn, the way QPainter draws thin lines
/// (its cosmetic stroker): along the segment's major axis each pixel column (or row) gets a band across the
/// line, a pixel thick for lines up to a pixel wide (fainter in proportion to their width), as thick as the
/// line above that; polyline ends reach half that past the end points. Writes nothing outside the image.
///
/// Lines of one colour drawn "over" each other give that colour at some alpha, so they are drawn into an
/// 8-bit alpha mask (a quarter of the memory traffic of blending colours, and one multiply a pixel) that
/// is composited onto the image when the colour changes, on flush() and when it is destroyed. Call flush()
/// before drawing on the image in any other way. Not thread-safe: one per thread and image.
class LineRasterizer {
public:
    static constexpr double kMaxWidth = 1.5;

    /// Whether lines drawn with `pen` on `painter` can be drawn here instead, with the same look: the
    /// painter draws straight into an image (directRasterTarget); the pen is solid, a plain colour, and at
    /// most kMaxWidth wide (not cosmetic).
    static bool usable(const QPainter &painter, const QPen &pen);

    /// How the polylines come. `Spatial`: each near the one before (the render cache's Hilbert order), drawn
    /// at once. `Scattered`: all over the image (a streamed layer in file order), each drawn when the next
    /// comes, its mask cells prefetched meanwhile; in spatial order that copy and prefetch cost an in-memory
    /// re-render about a tenth more.
    enum class Arrival { Spatial, Scattered };

    /// Draws into `image` (ARGB32_Premultiplied or RGB32), which must outlive it.
    explicit LineRasterizer(QImage &image, Arrival arrival = Arrival::Spatial);
    ~LineRasterizer();
    LineRasterizer(const LineRasterizer &) = delete;
    LineRasterizer &operator=(const LineRasterizer &) = delete;

    /// The colour, opacity and width (pixels) of the lines drawn next.
    void setStyle(const QColor &color, double width, double opacity = 1.0);

    /// Draws a polyline of `count` points in the whole picture's pixel coordinates (pixel (i, j) spans
    /// [i, i+1] × [j, j+1]; row j is row j − firstRow(image) of the image).
    /// Fewer than two points draw nothing, as with QPainter; a non-finite point ends the polyline.
    void drawPolyline(const QPointF *points, std::size_t count);
    /// Like drawPolyline, with the last point joined back to the first.
    void drawRing(const QPointF *points, std::size_t count);
    /// Composites what was drawn onto the image.
    void flush();

private:
    // Scattered: each polyline is drawn when the next one comes (or on flush): its mask cells are prefetched
    // meanwhile. Lines come in no spatial order, and the first touch of a mask cache line was most often a
    // miss (the mask of a full HD image is 2 MiB, more than the L2 cache).
    void defer(const QPointF *points, std::size_t count, bool closed);
    void drawDeferred();
    void strokeThrough(const QPointF *points, std::size_t count, bool closed);
    template <bool wellInside>
    void strokeSegments(const QPointF *points, std::size_t count, bool closed);
    /// `wellInside`: the segment is known to be so far inside the image that nothing of it is clipped, and its
    /// polyline's bounding box has been added to the dirty rectangle.
    template <bool wellInside>
    void segment(QPointF a, QPointF b, bool capStart, bool capEnd);
    /// The one-pixel band of a segment along its major axis, columns [firstColumn, lastColumn] (see segment).
    struct ThinBand {
        int firstColumn, lastColumn;   ///< ≥ 0 and within the image
        double first, last;            ///< where the segment starts and ends along the major axis
        double topAtZero, slope, shift;
        int minorStart, minorLimit;   ///< the image's rows (or columns) across the line: [start, limit)
    };
    template <bool steep, bool checked>
    void drawThin(const ThinBand &band);

    std::uint32_t *mBits;
    int mWidth;
    int mFirstRow, mEndRow;         ///< the image's rows in the whole picture's (firstRow): [mFirstRow, mEndRow)
    qsizetype mStride;              ///< of the image, in pixels
    QRgb mColor = 0;                ///< the lines' colour, opaque, premultiplied
    std::array<QRgb, 256> mColorAt{};   ///< mColor at each alpha of the mask, premultiplied
    double mAlpha = 255;            ///< alpha of a fully covered pixel (colour, opacity and width), 0–255
    double mThickness = 1;          ///< of the band drawn across the line, pixels
    // Pixel (x, y) of the mask (y a row of the whole picture's). It is stored in blocks of 8 × 8 pixels, one
    // cache line each, so a line crossing a few rows touches a few cache lines rather than one per row.
    std::size_t maskIndex(int x, int y) const
    {
        y -= mFirstRow;
        return (std::size_t(y >> 3) * std::size_t(mBlocksPerRow) + std::size_t(x >> 3)) * 64
               + std::size_t((y & 7) << 3) + std::size_t(x & 7);
    }

    int mBlocksPerRow;
    Arrival mArrival;
    std::vector<QPointF> mDeferred;   ///< the polyline to draw next (Scattered)
    bool mDeferredClosed = false;
    std::vector<std::uint8_t> mMask;   ///< alpha of the lines drawn since the last flush
    /// Where the mask may be non-zero: columns [left, right), rows [top, bottom).
    struct Dirty {
        int left = std::numeric_limits<int>::max(), top = std::numeric_limits<int>::max(), right = 0, bottom = 0;
        void include(int l, int t, int r, int b)
        {
            left = std::min(left, l);
            top = std::min(top, t);
            right = std::max(right, r);
            bottom = std::max(bottom, b);
        }
    } mDirty;
};

} // namespace yc
