// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Antialiased fills written straight into an image. QPainter fills a path with FreeType's cell rasteriser in
// bands of a few dozen rows from a small fixed pool, walking the whole outline again for every band, and
// hands big batches of translucent spans to worker threads it then waits for: a county polygon, or a long
// stroke whose outline has an arc at every vertex, costs it a millisecond or more. Used for base-layer areas
// and wide lines, and for plan features.

#include <QPointF>
#include <QRgb>
#include <qnamespace.h>

#include <cstddef>
#include <cstdint>
#include <vector>

class QColor;
class QImage;
class QPainter;
class QPainterPath;
class QPen;
class QBrush;

namespace yc {

/// Fills polygons into an image, antialiased, with the coverage QPainter's raster engine gives them: the exact
/// area of each pixel inside the polygon (vertices on QPainter's 1/64-pixel grid, curves flattened as it
/// flattens them), taken by the non-zero or odd-even rule and composited "over" as QPainter blends a solid
/// colour. Not thread-safe: one per thread and image.
class AreaRasterizer {
public:
    /// Whether filling with `brush` on `painter` can be done here with the same look: the painter draws
    /// straight into an image (directRasterTarget) and the brush is a plain colour.
    static bool usable(const QPainter &painter, const QBrush &brush);
    /// Likewise for stroking with `pen`: a plain colour, solid or dashed, not cosmetic.
    static bool usable(const QPainter &painter, const QPen &pen);

    /// Draws into `image` (ARGB32_Premultiplied or RGB32), which must outlive it.
    explicit AreaRasterizer(QImage &image);

    /// Adds a closed ring of `count` points in the whole picture's pixel coordinates (pixel (i, j) spans
    /// [i, i+1] × [j, j+1]; row j is row j − firstRow(image) of the image).
    void addRing(const QPointF *points, std::size_t count);
    /// Adds the subpaths of `path`, each closed, its curves flattened.
    void addPath(const QPainterPath &path);
    /// Composites what was added, in `color` at `opacity`, by `rule`, and starts afresh.
    void fill(const QColor &color, Qt::FillRule rule, double opacity = 1.0);
    /// Fills the outline of `path` stroked with `pen` (as QPainter strokes it: joins, caps, dashes).
    void stroke(const QPainterPath &path, const QPen &pen, double opacity = 1.0);

private:
    struct Edge {
        QPointF a, b;
    };
    void addEdge(QPointF a, QPointF b);
    void addCubic(QPointF p1, QPointF p2, QPointF p3, QPointF p4, QPointF &last);
    void accumulate(QPointF a, QPointF b);
    void markChunks(int row, int from, int to);
    void composite(QRgb color, Qt::FillRule rule);

    std::uint32_t *mBits;
    int mWidth;
    int mFirstRow, mEndRow;   ///< the image's rows in the whole picture's (firstRow): [mFirstRow, mEndRow)
    qsizetype mStride;        ///< of the image, in pixels
    std::vector<Edge> mEdges;
    double mLeft = 0, mTop = 0, mRight = 0, mBottom = 0;   ///< bounds of the edges

    // While filling: the area filled is picture columns [mX0, mX0 + mColumns), rows [mY0, mY0 + mRows); mCells
    // holds, per pixel of it (and two spare columns on the right), the change of coverage from the pixel to its
    // left, so the running sum along a row is the signed coverage; mRowFirst/Last bound the non-zero cells.
    int mX0 = 0, mY0 = 0, mColumns = 0, mRows = 0;
    float *mCells = nullptr;
    std::vector<int> mRowFirst, mRowLast;
    /// Per row, a bit per kChunk cells an edge wrote in: the sweep skips the others (an area's inside) unread.
    static constexpr int kChunk = 16;
    int mChunkWords = 0;
    std::vector<std::uint64_t> mChunks;
};

/// QPainter::strokePath, through AreaRasterizer where that gives the same picture.
void strokePath(QPainter &painter, const QPainterPath &path, const QPen &pen);
/// QPainter::drawPath with the painter's pen and brush, likewise.
void drawPath(QPainter &painter, const QPainterPath &path);

} // namespace yc
