// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "geo/envelope.h"
#include "plan/annotation.h"
#include "render/layer_images.h"
#include "render/map_renderer.h"
#include "render/raster_read_progress.h"

#include <QFutureWatcher>
#include <QImage>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <functional>
#include <optional>

namespace yc {

class MapTool;

/// The map on screen: a thin shell around MapRenderer. Renders on a worker thread (QtConcurrent) from a
/// snapshot of its inputs and shows the last finished image, moved and scaled to the current view, until the
/// next one is ready; a render the view has moved away from is cancelled. Layers keep their packed, indexed
/// geometry between renders (RenderLayer::cache), so a re-render only draws; base layers and plan features
/// are drawn into images of their own (LayerImages), so a change to the plan does not redraw the base layers
/// nor a change to a base layer the plan; labels and markers are copied from images drawn once (SpriteCache). Wheel zooms at the cursor, dragging pans, a click picks the nearest plan feature.
class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    void setCrs(const Crs &crs);
    const Crs &crs() const { return mCrs; }
    void setLayers(const QList<RenderLayer> &layers);
    void setFeatures(const QList<PlanFeature> &features);
    /// The plan features drawn (those that pass the filter).
    const QList<PlanFeature> &features() const { return mFeatures; }
    void setSelectedFeatureIds(const QStringList &ids);
    /// Map annotations drawn over the map image (by AnnotationRenderer, after each paint, not in the worker).
    void setAnnotations(const QList<Annotation> &annotations);
    const QList<Annotation> &annotations() const { return mAnnotations; }
    const QStringList &selectedFeatureIds() const { return mSelected; }
    /// Asked for the id to select when a click hits no plan feature (features of external layers).
    void setFallbackPicker(std::function<QString(QPointF widgetPos)> picker) { mFallbackPicker = std::move(picker); }
    /// Extra shapes drawn as selected over the map, in the canvas CRS (selected features of external layers).
    void setHighlights(const QList<Geometry> &geometries);

    /// Shows everything (layers and features). Until the user moves the map, new content re-fits the view.
    void zoomToFullExtent();
    /// Shows at least `extent` (in the canvas CRS).
    void setExtent(const Envelope &extent);
    Envelope visibleExtent() const;
    /// Navigation: zoom by `factor` (> 1 zooms in) about the centre, pan by a widget-pixel offset, centre on
    /// a map point. Arrow keys, +/- and Home do the same from the keyboard.
    void zoomBy(double factor);
    void panByPixels(QPointF offset);
    void setCenter(QPointF mapPoint);
    QPointF center() const { return mCenter; }
    /// The map scale 1:N of the view (N; 0 before the first view), and zooming to one. Projected CRS units
    /// are taken as metres; in a geographic CRS a degree is measured along the parallel through the centre.
    double scaleDenominator() const;
    void zoomToScale(double denominator);

    /// How many renders drew the base layers, and the plan features (the others reuse their last image).
    struct DrawCounts {
        int layers = 0;
        int features = 0;
    };
    const DrawCounts &drawCounts() const { return mDrawCounts; }
    /// The last finished rendering (device pixels); null before the first one.
    const QImage &image() const { return mImage; }
    bool isRendering() const { return mInFlight || mRenderTimer.isActive(); }
    /// Widget position of a point given in the storage CRS (EPSG:4490 lon/lat).
    std::optional<QPointF> widgetPosition(QPointF lonLat) const;
    /// The plan feature nearest to `pos` within `tolerance` pixels; empty when none.
    QString featureAt(QPointF pos, double tolerance = 6) const;
    /// Every plan feature within `tolerance` pixels of `pos`, nearest first (of equals, the one drawn on top).
    QStringList featuresAt(QPointF pos, double tolerance = 6) const;

    /// The editing tool that gets the mouse and keys first (nullptr: pan, zoom and click-select only).
    /// Not owned. Events the tool does not take fall through to panning and picking.
    void setTool(MapTool *tool);
    MapTool *tool() const { return mTool; }
    const QList<RenderLayer> &layers() const { return mLayers; }
    /// Map (canvas CRS) coordinates of a widget position and back; the scale in map units per pixel.
    QPointF toMap(QPointF widgetPos) const;
    QPointF toWidget(QPointF mapPos) const;
    double unitsPerPixel() const { return mUnitsPerPixel; }

    /// The raster the render in flight is reading from its file; nullopt when none.
    std::optional<RasterReadProgress::Reading> rasterReading() const;
    /// Stops the render in flight reading rasters: it draws the other layers, and the rasters it had not read
    /// are missing from that view until the view or the layers change.
    void stopRasterReads();

Q_SIGNALS:
    /// A rendering began on the worker (LoadProgressBar watches its raster reads).
    void renderStarted();
    /// A rendering finished and is on screen.
    void renderFinished();
    /// The user clicked the map: the id of the picked feature, or empty for empty map.
    void featureClicked(const QString &id);
    /// The view (centre, scale, CRS or size) or what is drawn changed; a rendering follows.
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct Rendered {
        LayerImages images;
        MapSettings settings;   ///< logical pixels
    };
    MapSettings currentSettings() const;
    void scheduleRender(int delayMs = 0);
    void startRender();
    void onRenderFinished();
    void contentChanged();
    void drawScaleBar(QPainter &painter) const;
    void drawHighlights(QPainter &painter) const;
    const QList<std::pair<QString, Geometry>> &projectedFeatures() const;
    double metresPerUnit() const;

    Crs mCrs = Crs::cgcs2000Gk111();
    QList<RenderLayer> mLayers;
    QList<PlanFeature> mFeatures;
    QStringList mSelected;
    QList<Annotation> mAnnotations;
    QList<Geometry> mHighlights;
    std::function<QString(QPointF)> mFallbackPicker;

    QPointF mCenter;                 ///< view centre in map units
    double mUnitsPerPixel = 0;       ///< 0 until the first fit
    bool mUserMoved = false;

    QImage mImage;
    MapSettings mImageSettings;      ///< the view mImage shows (logical pixels)
    LayerImages mLayerImages;        ///< the images mImage is composed of, reused by the next render
    std::shared_ptr<SpriteCache> mSprites;   ///< labels and markers of all renders
    DrawCounts mDrawCounts;
    /// Renders run here, not in the global pool: QPainter fills on the GUI thread are split over the global
    /// pool and wait for it, so a long render there (a raster read) froze painting of the whole window.
    QThreadPool mRenderThread;
    QFutureWatcher<Rendered> mWatcher;
    QTimer mRenderTimer;
    bool mInFlight = false;          ///< started, result not yet taken
    std::shared_ptr<std::atomic<bool>> mCancel;   ///< of the render in flight
    std::shared_ptr<RasterReadProgress> mRasterReads;   ///< of the render in flight
    bool mDirty = false;

    MapTool *mTool = nullptr;
    QPoint mPressPos;
    QPointF mPressCenter;
    bool mPressed = false;
    bool mDragging = false;

    mutable QList<std::pair<QString, Geometry>> mProjected;   ///< features in the map CRS, for picking
    mutable bool mProjectedValid = false;
};

} // namespace yc
