// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/area_rasterizer.h"

#include "render/raster_target.h"

#include <QBrush>
#include <QColor>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QPen>
#include <QRgba64>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace yc {

namespace {

// QPainter's raster engine puts vertices on a grid of 1/64 pixel (FreeType's 26.6 fixed point).
QPointF onQtGrid(QPointF p)
{
    return {std::round(p.x() * 64) / 64, std::round(p.y() * 64) / 64};
}

// How far a flattened curve may be from the curve, as QPainter flattens for filling on an untransformed painter.
constexpr double kCurveTolerance = 0.25;

// The cells of the area being filled, per thread: kept zero between fills, so a fill clears only what it used
// and the memory is not faulted in again at every render.
std::vector<float> &threadCells()
{
    thread_local std::vector<float> cells;
    return cells;
}

// The 8-bit coverage FreeType's rasteriser gives a pixel of signed coverage `sum` (its area in pixels times the
// winding): truncated to 1/256, the full pixel 255; odd-even folds the winding.
inline std::uint32_t coverage(float sum, Qt::FillRule rule)
{
    float v = std::abs(sum);
    if (rule == Qt::OddEvenFill && v > 1) {
        v = std::fmod(v, 2.0f);
        if (v > 1)
            v = 2 - v;
    }
    v *= 256;
    // (The small allowance keeps float rounding from costing a level where the area is an exact 1/256.)
    return v >= 255 ? 255u : std::uint32_t(v + 1e-3f);
}

// The segments of polyline `path` whose stroke with `pen` can reach `area`: the others are dropped, and so are
// the joins and caps around them, which lie beyond `area` too (a run of kept segments ends at a vertex that
// the next, dropped, segment shows to be outside). The stroke's outline inside `area` is made of the same
// edges, so it is filled to the same pixels; an image band or a zoomed-in view strokes only what it shows.
// A closed subpath that loses segments is reopened where it does, so its other joins stay joins. A path with
// curves, or a dashed pen (dashes are laid out from the start), is returned whole.
QPainterPath partReaching(const QPainterPath &path, const QPen &pen, const QRectF &area)
{
    if (pen.style() != Qt::SolidLine)
        return path;
    for (int i = 0; i < path.elementCount(); ++i)
        if (path.elementAt(i).isCurveTo())
            return path;
    const bool miter = pen.joinStyle() == Qt::MiterJoin || pen.joinStyle() == Qt::SvgMiterJoin;
    // How far a stroke's joins and caps reach from its centre line (a square cap w/2·√2, a miter up to the miter
    // limit in pen widths), with pixels to spare for antialiasing and QPainter's grid.
    const double reach = pen.widthF() * (miter ? std::max(pen.miterLimit(), 1.0) : 1.0) + 2;
    const QRectF zone = area.adjusted(-reach, -reach, reach, reach);
    const auto kept = [&zone](QPointF a, QPointF b) {
        return std::max(a.x(), b.x()) >= zone.left() && std::min(a.x(), b.x()) <= zone.right()
               && std::max(a.y(), b.y()) >= zone.top() && std::min(a.y(), b.y()) <= zone.bottom();
    };
    QPainterPath out;
    out.setFillRule(path.fillRule());
    std::vector<QPointF> ring;
    const auto addSubpath = [&] {
        const std::size_t n = ring.size();
        std::size_t firstDropped = n;
        for (std::size_t i = 0; i + 1 < n && firstDropped == n; ++i)
            if (!kept(ring[i], ring[i + 1]))
                firstDropped = i;
        if (firstDropped == n) {   // all of it
            for (std::size_t i = 0; i < n; ++i)
                i == 0 ? out.moveTo(ring[i]) : out.lineTo(ring[i]);
            return;
        }
        // A closed ring is walked from its first dropped segment on, so the join at its start is not cut.
        const bool closed = n > 2 && ring.front() == ring.back();
        const std::size_t segments = n - 1, start = closed ? firstDropped : 0;
        bool open = false;
        for (std::size_t k = 0; k < segments; ++k) {
            const std::size_t i = (start + k) % segments;
            if (!kept(ring[i], ring[i + 1])) {
                open = false;
                continue;
            }
            if (!open)
                out.moveTo(ring[i]);
            out.lineTo(ring[i + 1]);
            open = true;
        }
    };
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo() && !ring.empty()) {
            addSubpath();
            ring.clear();
        }
        ring.emplace_back(e.x, e.y);
    }
    if (!ring.empty())
        addSubpath();
    return out;
}

} // namespace

bool AreaRasterizer::usable(const QPainter &painter, const QBrush &brush)
{
    return brush.style() == Qt::SolidPattern && directRasterTarget(painter);
}

bool AreaRasterizer::usable(const QPainter &painter, const QPen &pen)
{
    // Up to a pixel wide QPainter draws a pen with its cosmetic stroker (not a filled outline): not here.
    return pen.style() != Qt::NoPen && pen.brush().style() == Qt::SolidPattern && !pen.isCosmetic()
           && pen.widthF() > 1 && directRasterTarget(painter);
}

AreaRasterizer::AreaRasterizer(QImage &image)
    : mBits(reinterpret_cast<std::uint32_t *>(image.bits())), mWidth(image.width()),
      mFirstRow(firstRow(image)), mEndRow(mFirstRow + image.height()),
      mStride(image.bytesPerLine() / 4)
{
    mLeft = mTop = std::numeric_limits<double>::infinity();
    mRight = mBottom = -std::numeric_limits<double>::infinity();
}

void AreaRasterizer::addRing(const QPointF *points, std::size_t count)
{
    const auto finite = [](QPointF p) { return std::isfinite(p.x()) && std::isfinite(p.y()); };
    if (count < 3 || !std::all_of(points, points + count, finite))
        return;
    const QPointF first = onQtGrid(points[0]);
    QPointF last = first;
    for (std::size_t i = 1; i < count; ++i) {
        const QPointF p = onQtGrid(points[i]);
        addEdge(last, p);
        last = p;
    }
    addEdge(last, first);
}

void AreaRasterizer::addPath(const QPainterPath &path)
{
    QPointF start, last, lastExact;   // `last` on QPainter's grid; curves start from the exact point
    bool open = false;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        const QPointF p(e.x, e.y);
        if (e.isMoveTo()) {
            if (open)
                addEdge(last, start);
            start = last = onQtGrid(p);
            open = true;
        } else if (e.isLineTo()) {
            addEdge(last, onQtGrid(p));
            last = onQtGrid(p);
        } else if (e.isCurveTo() && i + 2 < path.elementCount()) {
            const QPainterPath::Element c2 = path.elementAt(i + 1), end = path.elementAt(i + 2);
            addCubic(lastExact, p, QPointF(c2.x, c2.y), QPointF(end.x, end.y), last);
            lastExact = QPointF(end.x, end.y);
            i += 2;
            continue;
        }
        lastExact = p;
    }
    if (open)
        addEdge(last, start);
}

// Flattens the cubic as QPainter does before filling: halved until the control points are within the
// tolerance of the chord (in a measure scaled by its length), or nine times over.
void AreaRasterizer::addCubic(QPointF p1, QPointF p2, QPointF p3, QPointF p4, QPointF &last)
{
    struct Cubic {
        QPointF p1, p2, p3, p4;
    };
    Cubic stack[10];
    int levels[10];
    stack[0] = {p1, p2, p3, p4};
    levels[0] = 9;
    int top = 0;
    while (top >= 0) {
        const Cubic &b = stack[top];
        const double dx = b.p4.x() - b.p1.x(), dy = b.p4.y() - b.p1.y();
        double length = std::abs(dx) + std::abs(dy);
        double off;
        if (length > 1) {
            off = std::abs(dx * (b.p1.y() - b.p2.y()) - dy * (b.p1.x() - b.p2.x()))
                  + std::abs(dx * (b.p1.y() - b.p3.y()) - dy * (b.p1.x() - b.p3.x()));
        } else {
            off = std::abs(b.p1.x() - b.p2.x()) + std::abs(b.p1.y() - b.p2.y()) + std::abs(b.p1.x() - b.p3.x())
                  + std::abs(b.p1.y() - b.p3.y());
            length = 1;
        }
        if (off < kCurveTolerance * length || levels[top] == 0) {
            const QPointF p = onQtGrid(b.p4);
            addEdge(last, p);
            last = p;
            --top;
            continue;
        }
        // De Casteljau at t = 1/2; the first half goes on top of the stack.
        const QPointF c = (b.p2 + b.p3) / 2;
        Cubic first, second;
        first.p1 = b.p1;
        first.p2 = (b.p1 + b.p2) / 2;
        second.p4 = b.p4;
        second.p3 = (b.p3 + b.p4) / 2;
        first.p3 = (first.p2 + c) / 2;
        second.p2 = (second.p3 + c) / 2;
        first.p4 = second.p1 = (first.p3 + second.p2) / 2;
        stack[top] = second;
        stack[top + 1] = first;
        levels[top + 1] = --levels[top];
        ++top;
    }
}

void AreaRasterizer::addEdge(QPointF a, QPointF b)
{
    // Level, or wholly above or below the image: it covers none of its pixels (one left or right of it does).
    if (a.y() == b.y() || std::max(a.y(), b.y()) <= mFirstRow || std::min(a.y(), b.y()) >= mEndRow)
        return;
    mEdges.push_back({a, b});
    mLeft = std::min({mLeft, a.x(), b.x()});
    mRight = std::max({mRight, a.x(), b.x()});
    mTop = std::min({mTop, a.y(), b.y()});
    mBottom = std::max({mBottom, a.y(), b.y()});
}

void AreaRasterizer::stroke(const QPainterPath &path, const QPen &pen, double opacity)
{
    addPath(QPainterPathStroker(pen).createStroke(partReaching(path, pen, QRectF(0, mFirstRow, mWidth, mEndRow - mFirstRow))));
    fill(pen.color(), Qt::WindingFill, opacity);
}

void AreaRasterizer::fill(const QColor &color, Qt::FillRule rule, double opacity)
{
    // The colour as QPainter's raster engine blends a solid brush: premultiplied in 16 bits, then 8.
    QRgba64 c = color.rgba64();
    if (opacity < 1)
        c.setAlpha(quint16(std::lround(c.alpha() * std::clamp(opacity, 0.0, 1.0))));
    const QRgb premultiplied = c.premultiplied().toArgb32();
    if (qAlpha(premultiplied) > 0)
        composite(premultiplied, rule);
    mEdges.clear();
    mLeft = mTop = std::numeric_limits<double>::infinity();
    mRight = mBottom = -std::numeric_limits<double>::infinity();
}

void AreaRasterizer::composite(QRgb color, Qt::FillRule rule)
{
    if (mEdges.empty())
        return;
    const double left = std::max(0.0, std::floor(mLeft)), top = std::max(double(mFirstRow), std::floor(mTop));
    const double right = std::min(double(mWidth), std::ceil(mRight));
    const double bottom = std::min(double(mEndRow), std::ceil(mBottom));
    if (!(left < right && top < bottom))
        return;
    mX0 = int(left);
    mY0 = int(top);
    mColumns = int(right) - mX0;
    mRows = int(bottom) - mY0;
    std::vector<float> &cells = threadCells();
    const std::size_t rowCells = std::size_t(mColumns) + 2;
    if (cells.size() < rowCells * std::size_t(mRows))
        cells.resize(rowCells * std::size_t(mRows));   // new cells are zero, as the old ones were left
    mCells = cells.data();
    mRowFirst.assign(std::size_t(mRows), std::numeric_limits<int>::max());
    mRowLast.assign(std::size_t(mRows), -1);
    mChunkWords = (int(rowCells) / kChunk + 64) / 64;
    mChunks.assign(std::size_t(mRows) * std::size_t(mChunkWords), 0);
    for (const Edge &e : mEdges)
        accumulate(e.a, e.b);

    const bool opaque = qAlpha(color) == 255;
    for (int row = 0; row < mRows; ++row) {
        const int first = mRowFirst[std::size_t(row)], last = mRowLast[std::size_t(row)];
        if (first > last)
            continue;
        float *line = mCells + std::size_t(row) * rowCells;
        std::uint32_t *pixels = mBits + qsizetype(mY0 - mFirstRow + row) * mStride + mX0;
        const int end = std::min(last + 1, mColumns);
        float sum = 0;
        for (int x = first; x < end;) {
            sum += line[x];
            line[x] = 0;
            // The coverage holds until the next cell an edge touches: inside an area, a whole run of pixels
            // (found a chunk at a time where no edge wrote).
            const std::uint64_t *chunks = mChunks.data() + std::size_t(row) * std::size_t(mChunkWords);
            int runEnd = x + 1;
            while (runEnd < end) {
                if (!(chunks[runEnd / kChunk / 64] >> (runEnd / kChunk % 64) & 1))
                    runEnd = (runEnd / kChunk + 1) * kChunk;
                else if (line[runEnd] == 0)
                    ++runEnd;
                else
                    break;
            }
            runEnd = std::min(runEnd, end);
            const std::uint32_t alpha = coverage(sum, rule);
            if (alpha == 255 && opaque) {
                std::fill(pixels + x, pixels + runEnd, color);
            } else if (alpha > 0) {
                // As QPainter blends a solid colour over a span of partial coverage.
                blendOver(pixels + x, runEnd - x, alpha == 255 ? color : byteMul(color, alpha));
            }
            x = runEnd;
        }
        std::fill(line + std::max(first, end), line + last + 1, 0.0f);
    }
}

// Adds edge a–b (in the whole picture's pixel coordinates) to the cells. Parts beyond the area's left or right
// side count as a vertical edge on it: on the left they cover every pixel to their right in their rows, on the
// right none of the area's, but they bring the running sum back to zero at the end of the row. Where the edge
// crosses a row is worked out from its end point and that row alone, in the picture's coordinates, and the
// area's origin is taken off only to index the cells: so the coverage of a pixel is the same whatever part of
// the picture is filled with it (a band's rows, or all of them).
void AreaRasterizer::accumulate(QPointF a, QPointF b)
{
    const double left = mX0, right = mX0 + mColumns;
    double cuts[4] = {0, 0, 0, 1};
    int n = 1;
    for (const double side : {left, right})
        if ((a.x() - side) * (b.x() - side) < 0)
            cuts[n++] = (side - a.x()) / (b.x() - a.x());
    if (n == 3 && cuts[1] > cuts[2])
        std::swap(cuts[1], cuts[2]);
    cuts[n++] = 1;
    const std::size_t rowCells = std::size_t(mColumns) + 2;
    for (int k = 0; k + 1 < n; ++k) {
        QPointF p = a + (b - a) * cuts[k], q = a + (b - a) * cuts[k + 1];
        p.setX(std::clamp(p.x(), left, right));
        q.setX(std::clamp(q.x(), left, right));
        // Down the edge one row at a time: in each, the part of every pixel right of the edge, times the
        // row's height it spans, is added as the difference between neighbouring cells.
        double dir = 1;
        if (p.y() > q.y()) {
            std::swap(p, q);
            dir = -1;
        }
        const double rowTop = std::max(p.y(), double(mY0)), rowBottom = std::min(q.y(), double(mY0 + mRows));
        if (!(rowTop < rowBottom))
            continue;
        const double dxdy = (q.x() - p.x()) / (q.y() - p.y());
        const auto xAt = [&](double y) { return std::clamp(p.x() + (y - p.y()) * dxdy, left, right); };
        double x = xAt(rowTop);
        for (int row = int(rowTop); row < rowBottom; ++row) {
            const double y1 = std::min(row + 1.0, rowBottom);
            const double dy = y1 - std::max(double(row), rowTop);
            const double next = xAt(y1);
            const double d = dy * dir;
            const int areaRow = row - mY0;
            float *line = mCells + std::size_t(areaRow) * rowCells;
            const double x0 = std::min(x, next), x1 = std::max(x, next);
            const int i0 = int(x0);
            const double ceil1 = std::ceil(x1);
            const int i1 = int(ceil1);
            const int c0 = i0 - mX0, c1 = i1 - mX0;   // the cells of pixels i0 and i1
            markChunks(areaRow, c0, std::max(c0 + 1, c1));
            if (i1 <= i0 + 1) {   // within one pixel: the part right of the edge's mean position
                const double mid = (x + next) / 2 - i0;
                line[c0] += float(d - d * mid);
                line[c0 + 1] += float(d * mid);
                mRowLast[std::size_t(areaRow)] = std::max(mRowLast[std::size_t(areaRow)], c0 + 1);
            } else {   // across pixels: the coverage ramps linearly from the first pixel to the last
                const double s = 1 / (x1 - x0);
                const double f0 = x0 - i0;
                const double a0 = 0.5 * s * (1 - f0) * (1 - f0);
                const double f1 = x1 - ceil1 + 1;
                const double am = 0.5 * s * f1 * f1;
                line[c0] += float(d * a0);
                if (i1 == i0 + 2) {
                    line[c0 + 1] += float(d * (1 - a0 - am));
                } else {
                    const double a1 = s * (1.5 - f0);
                    line[c0 + 1] += float(d * (a1 - a0));
                    for (int c = c0 + 2; c < c1 - 1; ++c)
                        line[c] += float(d * s);
                    const double a2 = a1 + (i1 - i0 - 3) * s;
                    line[c1 - 1] += float(d * (1 - a2 - am));
                }
                line[c1] += float(d * am);
                mRowLast[std::size_t(areaRow)] = std::max(mRowLast[std::size_t(areaRow)], c1);
            }
            mRowFirst[std::size_t(areaRow)] = std::min(mRowFirst[std::size_t(areaRow)], c0);
            x = next;
        }
    }
}

void AreaRasterizer::markChunks(int row, int from, int to)
{
    std::uint64_t *chunks = mChunks.data() + std::size_t(row) * std::size_t(mChunkWords);
    for (int c = from / kChunk; c <= to / kChunk; ++c)
        chunks[c / 64] |= std::uint64_t(1) << (c % 64);
}

void strokePath(QPainter &painter, const QPainterPath &path, const QPen &pen)
{
    if (!AreaRasterizer::usable(painter, pen)) {
        painter.strokePath(path, pen);
        return;
    }
    AreaRasterizer(*directRasterTarget(painter)).stroke(path, pen, painter.opacity());
}

void drawPath(QPainter &painter, const QPainterPath &path)
{
    const QPen pen = painter.pen();
    const QBrush brush = painter.brush();
    const bool fills = brush.style() != Qt::NoBrush, strokes = pen.style() != Qt::NoPen;
    if ((fills && !AreaRasterizer::usable(painter, brush)) || (strokes && !AreaRasterizer::usable(painter, pen))
        || !directRasterTarget(painter)) {
        painter.drawPath(path);
        return;
    }
    AreaRasterizer areas(*directRasterTarget(painter));
    if (fills) {   // the fill under the outline, as QPainter draws them
        areas.addPath(path);
        areas.fill(brush.color(), path.fillRule(), painter.opacity());
    }
    if (strokes)
        areas.stroke(path, pen, painter.opacity());
}

} // namespace yc
