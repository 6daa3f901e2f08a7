// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/vector_drawing.h"

#include "geo/coordinate_transform.h"
#include "geo/grid_transform.h"
#include "io/vector_data.h"
#include "render/area_rasterizer.h"
#include "render/line_rasterizer.h"
#include "render/raster_target.h"

#include <QPainter>
#include <QPainterPath>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace yc {

void screenPixels(const PackedGeometry &g, std::uint32_t from, std::uint32_t to, const PixelMapping &toPixel,
                  QPolygonF &out)
{
    out.resize(0);
    for (std::uint32_t i = from; i < to; ++i) {
        const QPointF p = toPixel(g.xy[2 * i], g.xy[2 * i + 1]);
        if (!out.isEmpty() && i + 1 < to) {
            const QPointF d = p - out.last();
            if (d.x() * d.x() + d.y() * d.y() < 0.25)
                continue;
        }
        out.append(p);
    }
}

namespace {

/// A point symbol drawn once at 4×4 sub-pixel offsets, then copied: drawing an antialiased ellipse costs
/// microseconds, copying a few pixels a fraction of that, and a quarter pixel is as close as the eye can
/// tell. Only for images (a PDF keeps vector dots) and full opacity (where the copy is exact).
class PointStamps {
public:
    explicit PointStamps(const VectorSymbol &symbol)
    {
        const double r = symbol.pointDiameter / 2;
        mHalf = int(std::ceil(r + symbol.pointPen.widthF() / 2)) + 2;
        const int side = 2 * mHalf + 1;
        for (int i = 0; i < kSteps; ++i)
            for (int j = 0; j < kSteps; ++j) {
                QImage &stamp = mStamps[i][j];
                stamp = QImage(side, side, QImage::Format_ARGB32_Premultiplied);
                stamp.fill(Qt::transparent);
                QPainter p(&stamp);
                p.setRenderHint(QPainter::Antialiasing);
                p.setPen(symbol.pointPen);
                p.setBrush(symbol.pointBrush);
                p.drawEllipse(QPointF(mHalf + double(i) / kSteps, mHalf + double(j) / kSteps), r, r);
            }
    }
    static bool usable(const QPainter &p)
    {
        return stampsAtWholePixels(p);
    }
    void draw(QPainter &p, QPointF at) const
    {
        const double fx = std::floor(at.x()), fy = std::floor(at.y());
        int i = int(std::lround((at.x() - fx) * kSteps)), j = int(std::lround((at.y() - fy) * kSteps));
        const int x = int(fx) + i / kSteps, y = int(fy) + j / kSteps;   // a step of 4/4 is the next pixel
        p.drawImage(QPoint(x - mHalf, y - mHalf), mStamps[i % kSteps][j % kSteps]);
    }

private:
    static constexpr int kSteps = 4;
    int mHalf = 0;
    QImage mStamps[kSteps][kSteps];
};

// Draws rings [firstRing, endRing) of `g` with `lines`, a polygon's fill first: with `areas` when given, else
// with the painter (which has no pen).
void drawFast(QPainter &p, LineRasterizer &lines, AreaRasterizer *areas, const PackedGeometry &g,
              std::uint32_t firstRing, std::uint32_t endRing, bool polygon, const PixelMapping &toPixel,
              QPolygonF &scratch)
{
    const bool fill = polygon && p.brush().style() != Qt::NoBrush;
    if (fill)
        lines.flush();   // earlier outlines go under this fill
    if (fill && !areas && endRing - firstRing > 1) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (std::uint32_t ring = firstRing; ring < endRing; ++ring) {
            screenPixels(g, g.ringStart[ring], g.ringStart[ring + 1], toPixel, scratch);
            path.addPolygon(scratch);
        }
        p.drawPath(path);
    }
    for (std::uint32_t ring = firstRing; ring < endRing; ++ring) {
        screenPixels(g, g.ringStart[ring], g.ringStart[ring + 1], toPixel, scratch);
        if (!polygon) {
            lines.drawPolyline(scratch.constData(), std::size_t(scratch.size()));
            continue;
        }
        if (fill && areas)
            areas->addRing(scratch.constData(), std::size_t(scratch.size()));
        else if (fill && endRing - firstRing == 1)
            p.drawPolygon(scratch, Qt::OddEvenFill);
        lines.drawRing(scratch.constData(), std::size_t(scratch.size()));   // composited later: over the fill
    }
    if (fill && areas)
        areas->fill(p.brush().color(), Qt::OddEvenFill, p.opacity());
}

// Draws rings [firstRing, endRing) of `g` with `areas`: a polygon's fill, then the outline or line in `pen`
// (which is wider than LineRasterizer draws, or none).
void drawAreas(QPainter &p, AreaRasterizer &areas, const PackedGeometry &g, std::uint32_t firstRing,
               std::uint32_t endRing, bool polygon, const QPen &pen, const PixelMapping &toPixel,
               QPolygonF &scratch)
{
    const bool fill = polygon && p.brush().style() != Qt::NoBrush;
    const bool stroke = pen.style() != Qt::NoPen;
    QPainterPath path;
    for (std::uint32_t ring = firstRing; ring < endRing; ++ring) {
        screenPixels(g, g.ringStart[ring], g.ringStart[ring + 1], toPixel, scratch);
        if (fill)
            areas.addRing(scratch.constData(), std::size_t(scratch.size()));
        if (!stroke || scratch.isEmpty())
            continue;
        path.moveTo(scratch.first());
        for (qsizetype i = 1; i < scratch.size(); ++i)
            path.lineTo(scratch.at(i));
        if (polygon)
            path.closeSubpath();
    }
    if (fill)
        areas.fill(p.brush().color(), Qt::OddEvenFill, p.opacity());
    if (stroke)
        areas.stroke(path, pen, p.opacity());
}

} // namespace

void drawPacked(QPainter &p, const PackedGeometry &g, const std::uint32_t *ids, std::size_t count,
                const PixelMapping &toPixel, const LayerSymbols &symbols, const std::atomic<bool> *cancel)
{
    QPolygonF scratch;
    std::vector<std::unique_ptr<PointStamps>> stamps(symbols.symbols.size());
    // The dimension and symbol the painter's pen and brush are set for: setPen per feature is costly.
    int styledDim = -1;
    std::size_t styledSymbol = 0;
    // Where the painter allows it, thin solid lines and outlines go to our own line rasteriser, and fills and
    // wider lines to our own area rasteriser (see LineRasterizer, AreaRasterizer).
    std::unique_ptr<LineRasterizer> lines;
    std::unique_ptr<AreaRasterizer> areas;
    bool fastLines = false, fastAreas = false;
    for (std::size_t k = 0; k < count; ++k) {
        if (cancel && k % 4096 == 0 && cancel->load(std::memory_order_relaxed))
            return;
        const std::uint32_t f = ids[k];
        const int dim = g.dimension[f];
        if (dim < 0)
            continue;
        const std::size_t si = symbols.ofFeature.empty() ? 0 : symbols.ofFeature[f];
        const VectorSymbol &symbol = symbols.symbols[si];
        if (dim != styledDim || si != styledSymbol) {
            styledDim = dim;
            styledSymbol = si;
            // Wider than a pixel QPainter fills the stroke's outline, as AreaRasterizer does; thinner it draws
            // the line as LineRasterizer does.
            const bool areaPen = AreaRasterizer::usable(p, symbol.linePen);
            fastLines = dim != 0 && !areaPen && LineRasterizer::usable(p, symbol.linePen);
            if (fastLines) {
                if (!lines)
                    lines = std::make_unique<LineRasterizer>(*static_cast<QImage *>(p.device()));
                lines->setStyle(symbol.linePen.color(), symbol.linePen.widthF(), p.opacity());
            }
            const QBrush &brush = dim == 0 ? symbol.pointBrush : dim == 1 ? symbol.lineBrush : symbol.areaBrush;
            fastAreas = dim != 0 && (dim == 1 || brush.style() == Qt::NoBrush || AreaRasterizer::usable(p, brush))
                        && (fastLines || areaPen || symbol.linePen.style() == Qt::NoPen) && directRasterTarget(p);
            if (fastAreas && !areas)
                areas = std::make_unique<AreaRasterizer>(*directRasterTarget(p));
            p.setPen(fastLines ? QPen(Qt::NoPen) : dim == 0 ? symbol.pointPen : symbol.linePen);
            p.setBrush(brush);
        }
        if (lines && !fastLines)
            lines->flush();   // what it drew goes under what QPainter draws next
        const std::uint32_t firstRing = g.featureStart[f];
        const std::uint32_t endRing = g.featureStart[f + 1];
        if (dim == 0) {
            std::unique_ptr<PointStamps> &stamp = stamps[si];
            if (!stamp && PointStamps::usable(p))
                stamp = std::make_unique<PointStamps>(symbol);
            const double r = symbol.pointDiameter / 2;
            for (std::uint32_t v = g.ringStart[firstRing]; v < g.ringStart[endRing]; ++v) {
                const QPointF at = toPixel(g.xy[2 * v], g.xy[2 * v + 1]);
                if (stamp && std::abs(at.x()) < 1e6 && std::abs(at.y()) < 1e6)
                    stamp->draw(p, at);
                else
                    p.drawEllipse(at, r, r);
            }
            continue;
        }
        if (fastLines) {
            drawFast(p, *lines, fastAreas ? areas.get() : nullptr, g, firstRing, endRing, dim == 2, toPixel, scratch);
            continue;
        }
        if (fastAreas) {
            drawAreas(p, *areas, g, firstRing, endRing, dim == 2, symbol.linePen, toPixel, scratch);
            continue;
        }
        // Single rings go through drawPolyline/drawPolygon, which skip building a QPainterPath.
        if (endRing - firstRing == 1) {
            screenPixels(g, g.ringStart[firstRing], g.ringStart[endRing], toPixel, scratch);
            if (dim == 2)
                p.drawPolygon(scratch, Qt::OddEvenFill);
            else
                p.drawPolyline(scratch);
            continue;
        }
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (std::uint32_t ring = firstRing; ring < endRing; ++ring) {
            screenPixels(g, g.ringStart[ring], g.ringStart[ring + 1], toPixel, scratch);
            if (scratch.isEmpty())
                continue;
            path.moveTo(scratch.first());
            for (qsizetype i = 1; i < scratch.size(); ++i)
                path.lineTo(scratch.at(i));
            if (dim == 2)
                path.closeSubpath();
        }
        p.drawPath(path);
    }
}

std::shared_ptr<const IndexedGeometry> RenderCache::geometry(const std::shared_ptr<const VectorData> &data,
                                                             const Crs &crs, bool withLabels, double tolerance)
{
    const std::lock_guard lock(mMutex);
    if (mGeometry && mData.lock() == data && mCrs == crs.definition() && (mLabels || !withLabels)
        && mError <= tolerance)
        return mGeometry;

    auto built = std::make_shared<IndexedGeometry>();
    PackedGeometry &g = built->geometry;
    const QList<VectorFeature> &features = data->features;
    for (qsizetype i = 0; i < features.size(); ++i)
        g.add(features.at(i).geometry, int(i));
    const bool reproject = !data->crs.isEmpty() && !(data->crs == crs);
    const CoordinateTransform *toMap = nullptr;
    double error = 0;
    if (reproject) {
        toMap = &CoordinateTransform::forThread(data->crs, crs);
        if (!toMap->isValid())
            return nullptr;
        // A grid 16 times finer than asked (4 zoom steps), else one just fine enough, else PROJ per vertex.
        Envelope extent;
        for (int f = 0; f < g.featureCount(); ++f)
            extent.include(g.featureEnvelope(f));
        GridTransform grid(data->crs, crs, extent, tolerance / 16);
        if (!grid.isValid())
            grid = GridTransform(data->crs, crs, extent, tolerance);
        if (grid.isValid()) {
            g.transform(grid);
            error = grid.maxError();
        } else {
            g.transform(*toMap);
        }
    }
    std::vector<Envelope> boxes(std::size_t(g.featureCount()));
    for (int f = 0; f < g.featureCount(); ++f)
        boxes[std::size_t(f)] = g.featureEnvelope(f);
    // Packed in layer order, then put in spatial order: reading the layer's features (nested lists) in any
    // other order is a cache miss or more each, and made packing a million lines about a second slower.
    // The index takes that order as it is (sorting a million boxes again cost ~40 ms CPU).
    const std::vector<std::uint32_t> order = hilbertOrder(boxes);
    g = g.reordered(order);
    std::vector<Envelope> packedBoxes(boxes.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        packedBoxes[k] = boxes[order[k]];
    built->index = SpatialIndex::ofHilbertOrdered(packedBoxes);
    built->linesOnly = std::all_of(g.dimension.begin(), g.dimension.end(), [](std::int8_t d) { return d == 1 || d < 0; });
    if (withLabels) {
        // Where a label goes: the point itself, else the geometry's label point (inside polygons).
        built->labelAnchors.resize(g.dimension.size(), QPointF(std::numeric_limits<double>::quiet_NaN(), 0));
        for (std::size_t f = 0; f < g.dimension.size(); ++f) {
            if (g.dimension[f] < 0)
                continue;
            const Geometry &geometry = features.at(g.source[f]).geometry;
            const Geometry m = toMap ? toMap->apply(geometry) : geometry;
            if (!m.isEmpty())
                built->labelAnchors[f] = m.dimension() == 0 ? m.parts.first().first().first() : m.labelPoint();
        }
    }
    mData = data;
    mCrs = crs.definition();
    mLabels = withLabels;
    mError = error;
    mGeometry = std::move(built);
    return mGeometry;
}

OrderedDrawer::OrderedDrawer(QPainter &target, bool parallel, std::function<void(QPainter &)> setup)
    : mTarget(target), mParallel(parallel), mSetup(std::move(setup))
{
    if (mParallel) {
        mSize = QSize(target.device()->width(), target.device()->height());
        mMaxInFlight = std::max(2, QThreadPool::globalInstance()->maxThreadCount());
    } else {
        mTarget.save();
        mSetup(mTarget);
    }
}

OrderedDrawer::~OrderedDrawer()
{
    finish();
}

bool OrderedDrawer::canParallelize(const QPainter &painter)
{
    const QPaintDevice *device = painter.device();
    return device && device->devType() == QInternal::Image && painter.deviceTransform().isIdentity()
           && QThreadPool::globalInstance()->maxThreadCount() > 1;
}

void OrderedDrawer::submit(std::function<void(QPainter &)> draw)
{
    if (!mParallel) {
        draw(mTarget);
        return;
    }
    if (int(mPending.size()) >= mMaxInFlight)
        composeOldest();
    QImage image;
    if (!mSpare.empty()) {
        image = std::move(mSpare.back());
        mSpare.pop_back();
    }
    mPending.push_back(QtConcurrent::run([size = mSize, setup = mSetup, draw = std::move(draw),
                                                   image = std::move(image)]() mutable {
        if (image.isNull())
            image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        setup(p);
        draw(p);
        p.end();
        return std::move(image);   // no copy left behind in the task: the image is reused, not detached
    }));
}

void OrderedDrawer::composeOldest()
{
    QImage image = mPending.front().takeResult();
    mPending.pop_front();
    mTarget.save();
    mTarget.setOpacity(1);
    mTarget.setCompositionMode(QPainter::CompositionMode_SourceOver);
    mTarget.drawImage(QPoint(0, 0), image);
    mTarget.restore();
    mSpare.push_back(std::move(image));
}

void OrderedDrawer::finish()
{
    if (mParallel) {
        while (!mPending.empty())
            composeOldest();
        return;
    }
    if (mSetup) {
        mTarget.restore();
        mSetup = nullptr;
    }
}

bool LineBatchDrawer::usable(const QPainter &painter, const QPen &pen)
{
    return OrderedDrawer::canParallelize(painter) && !AreaRasterizer::usable(painter, pen)
           && LineRasterizer::usable(painter, pen);
}

bool LineBatchDrawer::linesOnly(const PackedGeometry &g)
{
    return std::all_of(g.dimension.begin(), g.dimension.end(), [](std::int8_t dim) { return dim == 1 || dim == -1; });
}

LineBatchDrawer::LineBatchDrawer(QPainter &target, const QPen &pen, double opacity)
{
    QImage &image = *directRasterTarget(target);
    const int workers = std::max(2, QThreadPool::globalInstance()->maxThreadCount());
    for (int i = 0; i < workers; ++i) {
        mMasks.push_back(std::make_unique<LineRasterizer>(image, LineRasterizer::Arrival::Scattered));
        mMasks.back()->setStyle(pen.color(), pen.widthF(), opacity);
        mFree.push_back(std::size_t(i));
    }
}

LineBatchDrawer::~LineBatchDrawer()
{
    finish();
}

void LineBatchDrawer::submit(std::function<void(LineRasterizer &)> draw)
{
    if (mFree.empty()) {   // as many batches in flight as workers: wait for the oldest
        mPending.front().first.waitForFinished();
        mFree.push_back(mPending.front().second);
        mPending.pop_front();
    }
    const std::size_t mask = mFree.back();
    mFree.pop_back();
    mPending.emplace_back(QtConcurrent::run([draw = std::move(draw), lines = mMasks[mask].get()] { draw(*lines); }),
                          mask);
}

void LineBatchDrawer::finish()
{
    for (auto &[batch, mask] : mPending) {
        batch.waitForFinished();
        mFree.push_back(mask);
    }
    mPending.clear();
    for (const auto &lines : mMasks)
        lines->flush();
}

void drawLines(LineRasterizer &lines, const PackedGeometry &g, const PixelMapping &toPixel,
               const std::atomic<bool> *cancel)
{
    QPolygonF scratch;
    for (int f = 0; f < g.featureCount(); ++f) {
        if (cancel && f % 4096 == 0 && cancel->load(std::memory_order_relaxed))
            return;
        if (g.dimension[std::size_t(f)] != 1)
            continue;
        for (std::uint32_t ring = g.featureStart[std::size_t(f)]; ring < g.featureStart[std::size_t(f) + 1]; ++ring) {
            screenPixels(g, g.ringStart[ring], g.ringStart[ring + 1], toPixel, scratch);
            lines.drawPolyline(scratch.constData(), std::size_t(scratch.size()));
        }
    }
}

} // namespace yc
