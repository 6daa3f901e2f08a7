// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/map_renderer.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QImage>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

namespace yc {

class MapCanvas;

/// A small map of everything the canvas shows (its full extent) with a red rectangle where the canvas is
/// looking. Clicking or dragging on it moves the canvas there. It re-renders (on a worker thread) only when
/// the canvas's content, CRS or its own size change, not when the canvas view moves.
class OverviewMap : public QWidget {
    Q_OBJECT
public:
    explicit OverviewMap(MapCanvas *canvas, QWidget *parent = nullptr);
    ~OverviewMap() override;

    const QImage &image() const { return mImage; }
    bool isRendering() const { return mWatcher.isRunning() || mTimer.isActive(); }
    /// The canvas's visible extent in overview pixels (empty before the first rendering).
    QRectF viewRect() const;
    /// Centres the canvas on the map point under an overview pixel (what a click does).
    void moveCanvasTo(QPointF pos);

Q_SIGNALS:
    void rendered();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    QSize sizeHint() const override { return {260, 190}; }

private:
    void canvasChanged();
    void startRender();
    /// The view of the last image at the widget's current size.
    MapSettings shownSettings() const;

    MapCanvas *mCanvas;
    QList<RenderLayer> mLayers;     ///< what the last rendering was made from (to notice changes)
    QList<PlanFeature> mFeatures;
    Crs mCrs;
    QImage mImage;
    MapSettings mImageSettings;      ///< the view mImage shows
    MapSettings mPendingSettings;    ///< the view being rendered
    QThreadPool mRenderThread;   ///< not the global pool, which QPainter's fills on the GUI thread wait for
    QFutureWatcher<QImage> mWatcher;
    QTimer mTimer;
};

/// OverviewMap in a dock.
class OverviewDock : public QDockWidget {
    Q_OBJECT
public:
    OverviewDock(MapCanvas *canvas, QWidget *parent = nullptr);
    OverviewMap *map() const { return mMap; }

private:
    OverviewMap *mMap;
};

} // namespace yc
