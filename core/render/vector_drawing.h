// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drawing many vector features fast: packed geometry, a spatial index per layer and map CRS, and
// batches drawn on worker threads into their own images that are composed in order. Used by MapRenderer.

#include "geo/crs.h"
#include "geo/packed_geometry.h"
#include "geo/spatial_index.h"

#include <QBrush>
#include <QFuture>
#include <QImage>
#include <QPen>
#include <QPointF>
#include <QPolygonF>

#include <atomic>
#include <cmath>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class QPainter;

namespace yc {

class LineRasterizer;
struct VectorData;

/// Pens and brushes of one base layer, per dimension.
struct VectorSymbol {
    QPen pointPen, linePen;
    QBrush pointBrush, lineBrush, areaBrush;
    double pointDiameter = 5;   ///< pixels
};

/// The symbols of one layer's features: `symbols[ofFeature[f]]` for feature f of the packed geometry, or
/// `symbols[0]` for all of them when `ofFeature` is empty (a single-symbol layer).
struct LayerSymbols {
    std::vector<VectorSymbol> symbols;
    std::vector<std::uint16_t> ofFeature;
};

/// Maps map coordinates to device pixels (same arithmetic as MapToPixel, inlined for the hot loop).
struct PixelMapping {
    double xMin = 0, yMin = 0, unitsPerPixel = 1, height = 0;
    bool snap = false;   ///< to whole pixels, as MapSettings::snapToPixels asks for vector output
    QPointF operator()(double x, double y) const
    {
        const double px = (x - xMin) / unitsPerPixel, py = height - (y - yMin) / unitsPerPixel;
        return snap ? QPointF(std::round(px), std::round(py)) : QPointF(px, py);
    }
};

/// Device pixels of ring [from, to) of `g` as drawPacked draws them: vertices closer than half a pixel to the
/// last one kept are dropped, the last vertex is always kept.
void screenPixels(const PackedGeometry &g, std::uint32_t from, std::uint32_t to, const PixelMapping &toPixel,
                  QPolygonF &out);

/// Draws features `ids` of `g` (map CRS) in that order. Vertices closer than half a pixel to the last
/// one kept are dropped (invisible detail), the last vertex always kept, so a sub-pixel feature still
/// draws as a dot. Stops early once `*cancel` is true.
void drawPacked(QPainter &p, const PackedGeometry &g, const std::uint32_t *ids, std::size_t count,
                const PixelMapping &toPixel, const LayerSymbols &symbols, const std::atomic<bool> *cancel = nullptr);

/// A vector layer's geometry in one map CRS, with per-feature label anchors when asked for.
///
/// The features are packed along a Hilbert curve through their boxes (`geometry.source[f]` is f's index in
/// the layer), so drawing them in packed order touches the image and the arrays a neighbourhood at a time:
/// a million lines in layer order are all over the image, and most of their pixels were cache misses.
struct IndexedGeometry {
    PackedGeometry geometry;                 ///< in the map CRS, in spatial order
    SpatialIndex index;                      ///< items are packed features
    std::vector<QPointF> labelAnchors;       ///< per packed feature, map CRS; empty unless built with labels
    /// Every feature is a line or has nothing to draw: in one symbol, drawing them in any order gives the
    /// same picture (one colour "over" itself), so they may be drawn in packed order.
    bool linesOnly = false;
};

/// The IndexedGeometry of one layer for the last map CRS it was drawn in, built on first use. Shared by
/// copies of a RenderLayer (so the canvas re-renders without re-projecting); thread-safe.
class RenderCache {
public:
    /// The geometry of `data` in `crs`, within `tolerance` (map units) of PROJ's exact reprojection, building
    /// it when the cached one is for other data, another CRS or a coarser tolerance. Reprojection goes through
    /// a GridTransform made finer than asked, so zooming in a few steps reuses it. nullptr when the transform
    /// is impossible.
    std::shared_ptr<const IndexedGeometry> geometry(const std::shared_ptr<const VectorData> &data, const Crs &crs,
                                                    bool withLabels, double tolerance);

private:
    std::mutex mMutex;
    std::weak_ptr<const VectorData> mData;
    QString mCrs;
    bool mLabels = false;
    double mError = 0;   ///< largest difference of the cached geometry from PROJ's (map units)
    std::shared_ptr<const IndexedGeometry> mGeometry;
};

/// Draws batches onto a painter in submission order. When parallel, each batch is drawn on a worker
/// thread into a transparent image of the device's size and the images are composed onto the painter
/// in order: "over" is associative, so the picture is the one drawing them in sequence gives.
class OrderedDrawer {
public:
    /// `setup` prepares each painter (render hints, opacity) before a batch is drawn on it.
    OrderedDrawer(QPainter &target, bool parallel, std::function<void(QPainter &)> setup);
    ~OrderedDrawer();
    OrderedDrawer(const OrderedDrawer &) = delete;
    OrderedDrawer &operator=(const OrderedDrawer &) = delete;

    void submit(std::function<void(QPainter &)> draw);
    /// Waits for the batches and composes them; called by the destructor too.
    void finish();
    /// Whether drawing into images on workers gives the same picture for this painter: it draws into
    /// an image with no transform.
    static bool canParallelize(const QPainter &painter);

private:
    void composeOldest();

    QPainter &mTarget;
    bool mParallel;
    std::function<void(QPainter &)> mSetup;
    QSize mSize;
    std::deque<QFuture<QImage>> mPending;
    std::vector<QImage> mSpare;   ///< composed images, reused: a fresh one costs page faults
    int mMaxInFlight = 2;
};

/// Draws batches of thin lines in one pen on worker threads, each worker into an alpha mask of its own
/// (a LineRasterizer over the painter's image) kept from batch to batch; the masks are composited onto the
/// image when finished. Lines of one colour "over" each other give the same picture in any order, so the
/// batches need not be composed in turn: OrderedDrawer's image per batch, cleared, composited into and
/// composed onto the painter, cost a full-extent view of a million lines about a tenth of its CPU.
class LineBatchDrawer {
public:
    /// Whether lines in `pen` on `painter` can be drawn here: the painter allows workers (OrderedDrawer), and
    /// drawPacked would draw the pen with LineRasterizer.
    static bool usable(const QPainter &painter, const QPen &pen);
    /// Whether every feature of `g` is a line or has nothing to draw (the order of any other would show).
    static bool linesOnly(const PackedGeometry &g);

    /// Draws onto the image `target` paints on (`usable` must hold), in `pen` at `opacity`.
    LineBatchDrawer(QPainter &target, const QPen &pen, double opacity);
    ~LineBatchDrawer();
    LineBatchDrawer(const LineBatchDrawer &) = delete;
    LineBatchDrawer &operator=(const LineBatchDrawer &) = delete;

    /// Runs `draw` on a worker with a mask no other batch is drawing into.
    void submit(std::function<void(LineRasterizer &)> draw);
    /// Waits for the batches and composites the masks onto the image; called by the destructor too.
    void finish();

private:
    std::vector<std::unique_ptr<LineRasterizer>> mMasks;
    std::vector<std::size_t> mFree;   ///< masks no batch is drawing into
    std::deque<std::pair<QFuture<void>, std::size_t>> mPending;   ///< batches in flight and their masks
};

/// Draws the lines of `g` (map CRS; other features are skipped) as drawPacked does with LineRasterizer.
void drawLines(LineRasterizer &lines, const PackedGeometry &g, const PixelMapping &toPixel,
               const std::atomic<bool> *cancel = nullptr);

} // namespace yc
