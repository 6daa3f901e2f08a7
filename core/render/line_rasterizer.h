// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Thin antialiased polylines written straight into an image: QPainter strokes every line through its
// general path stroker and scan converter (~2.8 µs for an 11-vertex polyline), which dominates drawing a
// layer of a million lines. Used by drawPacked for the common base-layer case.

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRect>

#include <cstddef>
#include <cstdint>
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
    /// painter draws into an ARGB32_Premultiplied or RGB32 image, with no transform, no clipping and
    /// "source over"; the pen is solid, a plain colour, and at most kMaxWidth wide (not cosmetic).
    static bool usable(const QPainter &painter, const QPen &pen);

    /// Draws into `image` (ARGB32_Premultiplied or RGB32), which must outlive it.
    explicit LineRasterizer(QImage &image);
    ~LineRasterizer();
    LineRasterizer(const LineRasterizer &) = delete;
    LineRasterizer &operator=(const LineRasterizer &) = delete;

    /// The colour, opacity and width (pixels) of the lines drawn next.
    void setStyle(const QColor &color, double width, double opacity = 1.0);

    /// Draws a polyline of `count` points in pixel coordinates (pixel (i, j) spans [i, i+1] × [j, j+1]).
    /// Fewer than two points draw nothing, as with QPainter; a non-finite point ends the polyline.
    void drawPolyline(const QPointF *points, std::size_t count);
    /// Like drawPolyline, with the last point joined back to the first.
    void drawRing(const QPointF *points, std::size_t count);
    /// Composites what was drawn onto the image.
    void flush();

private:
    void strokeThrough(const QPointF *points, std::size_t count, bool closed);
    void segment(QPointF a, QPointF b, bool capStart, bool capEnd);

    std::uint32_t *mBits;
    int mWidth, mHeight;
    qsizetype mStride;              ///< of the image, in pixels
    QRgb mColor = 0;                ///< the lines' colour, opaque, premultiplied
    double mAlpha = 255;            ///< alpha of a fully covered pixel (colour, opacity and width), 0–255
    double mThickness = 1;          ///< of the band drawn across the line, pixels
    std::vector<std::uint8_t> mMask;   ///< alpha of the lines drawn since the last flush, width × height
    QRect mDirty;                   ///< where the mask may be non-zero
};

} // namespace yc
