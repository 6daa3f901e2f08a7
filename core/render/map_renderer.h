// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "geo/envelope.h"
#include "io/raster_data.h"
#include "io/vector_data.h"
#include "io/vector_stream.h"
#include "plan/plan_feature.h"
#include "render/layer_style.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QStringList>

#include <atomic>
#include <memory>

class QPainter;

namespace yc {

class RenderCache;
class SpriteCache;
class BandSplit;
class PdfLineForms;
class RasterReadProgress;

/// What to draw and where: a map extent in `crs`, drawn into a device rectangle of `outputSize` pixels.
struct MapSettings {
    Crs crs = Crs::cgcs2000Gk111();
    Envelope extent;           ///< in `crs`; widened to the output's aspect ratio when drawn
    QSize outputSize{800, 600};
    double dpi = 96;
    QStringList selectedFeatureIds;
    /// Device coordinates rounded to whole pixels: a vector PDF at 300 dpi writes "1234 567" instead of
    /// "1234.56789 567.12345" for every vertex (half the bytes, and they compress far better); invisible on paper.
    bool snapToPixels = false;
    /// Label and marker images kept between renders (the canvas keeps one); used only where copying them
    /// gives the same picture (SpriteCache::usableOn, no snapToPixels). nullptr: everything is drawn.
    std::shared_ptr<SpriteCache> sprites;
    /// Where to split the rows of an image drawn in two bands on two threads, learnt from the renders before
    /// (the canvas keeps one). Used only with `sprites`, where our rasterisers and sprites draw all of a band
    /// and so give the same picture at any split; the middle otherwise (or when nullptr).
    std::shared_ptr<BandSplit> bandSplit;
    /// Set when drawing into a PDF that the caller finishes with embedLineForms (layout/pdf_line_embedding.h):
    /// occlusion-culled line layers are then written by PdfLineForms instead of through QPainter.
    std::shared_ptr<PdfLineForms> pdfLineForms;
    /// Where raster reads report their progress and the planner stops them (the canvas keeps one per render);
    /// nullptr: rasters are read without reporting, and stop only with the render's `cancel`.
    std::shared_ptr<RasterReadProgress> rasterReads;
};

/// A base layer ready to draw: its data and how it is shown.
struct RenderLayer {
    std::shared_ptr<const VectorData> data;
    QString name;
    bool visible = true;
    double opacity = 1.0;
    /// A raster layer sets this instead of `data`. Drawn reprojected approximately: the image is fitted
    /// through the four transformed corners of the window read, which is close for a county-sized view.
    std::shared_ptr<const RasterSource> raster = nullptr;
    /// A vector layer read from its file at each render, geometry only, instead of held in `data`: for
    /// big layers drawn once (the render command). No labels.
    std::shared_ptr<const VectorStream> stream = nullptr;
    /// The renderer's packed and indexed copy of `data` in the last map CRS drawn; shared by copies of this
    /// layer so re-renders skip re-projecting and re-indexing.
    std::shared_ptr<RenderCache> cache = newRenderCache();

    static std::shared_ptr<RenderCache> newRenderCache();
    LayerStyle style = {};   ///< the planner's symbology of a vector layer; Kind::Default keeps the built-in look
};

/// Maps between map coordinates of a MapSettings and device pixels (y down).
class MapToPixel {
public:
    explicit MapToPixel(const MapSettings &settings);
    QPointF toPixel(QPointF map) const;
    QPointF toMap(QPointF pixel) const;
    double mapUnitsPerPixel() const { return mUnitsPerPixel; }
    const Envelope &visibleExtent() const { return mVisible; }   ///< extent widened to the output aspect
    bool snapsToPixels() const { return mSnap; }
    double bottom() const { return mHeight; }   ///< the y of the visible extent's lower edge
private:
    Envelope mVisible;
    double mUnitsPerPixel = 1;
    double mHeight = 0;
    bool mSnap = false;
};

/// A label asked for while drawing a layer or the plan; placed with all the others at the end.
struct MapLabel {
    QString text;
    QPointF anchor;       ///< pixel position of the labelled thing
    double gap = 0;       ///< distance from the anchor; 0 = centred on it
    QColor color;
    double pointSize = 9;
    bool bold = false;
    int priority = 0;     ///< lower goes first: selection, plan points, county seats, plan lines and areas, context
};

/// The labels a part of the map asks for, and the boxes of its markers that labels must not cover.
struct MapLabels {
    QList<MapLabel> labels;
    QList<QRectF> obstacles;
    void append(const MapLabels &other)
    {
        labels += other.labels;
        obstacles += other.obstacles;
    }
};

/// Paints base layers and plan features (in the project's storage CRS, EPSG:4490) onto any QPainter
/// (screen, PNG, PDF). Reentrant: each call builds its own transforms and works on value copies
/// (QList is implicitly shared, so a snapshot is cheap), so it can run on a worker thread.
class MapRenderer {
public:
    /// Stops early, leaving a partial picture, once `*cancel` turns true (the canvas cancels a render the
    /// view has moved away from); it may be set from any thread.
    static void render(QPainter &painter, const MapSettings &settings, const QList<RenderLayer> &layers,
                       const QList<PlanFeature> &features, const std::atomic<bool> *cancel = nullptr);
    /// The parts of `render`, for a canvas that keeps an image of each layer and redraws only those that
    /// changed: the background; one base layer or the plan features (each returns the labels it asks for);
    /// then the labels of all of them, placed together so they avoid each other. `settings.extent` must be
    /// set. Drawing into separate transparent images and composing them in order gives render's picture.
    static void drawBackground(QPainter &painter, const MapSettings &settings);
    static MapLabels drawLayer(QPainter &painter, const MapSettings &settings, const RenderLayer &layer,
                               const std::atomic<bool> *cancel = nullptr);
    static MapLabels drawFeatures(QPainter &painter, const MapSettings &settings, const QList<PlanFeature> &features,
                                  const std::atomic<bool> *cancel = nullptr);
    static void drawLabels(QPainter &painter, const MapSettings &settings, const MapLabels &labels);
    /// The extent of the layers and features in `crs`, for "zoom to full extent".
    static Envelope fullExtent(const QList<RenderLayer> &layers, const QList<PlanFeature> &features,
                               const Crs &crs);
};

} // namespace yc
