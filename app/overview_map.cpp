// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview_map.h"

#include "map_canvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QtConcurrent>

namespace yc {

OverviewMap::OverviewMap(MapCanvas *canvas, QWidget *parent) : QWidget(parent), mCanvas(canvas)
{
    setObjectName(QStringLiteral("overviewMap"));
    setMinimumSize(120, 90);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click or drag to move the map"));
    mTimer.setSingleShot(true);
    connect(&mTimer, &QTimer::timeout, this, &OverviewMap::startRender);
    connect(&mWatcher, &QFutureWatcher<QImage>::finished, this, [this]() {
        mImage = mWatcher.result();
        mImageSettings = mPendingSettings;
        update();
        Q_EMIT rendered();
    });
    connect(canvas, &MapCanvas::viewChanged, this, &OverviewMap::canvasChanged);
}

OverviewMap::~OverviewMap()
{
    mWatcher.waitForFinished();
}

void OverviewMap::canvasChanged()
{
    update();   // the rectangle follows the view
    // QList copies share their data, so a list the canvas has not replaced has the same data pointer.
    if (mCanvas->layers().constData() != mLayers.constData() || mCanvas->features().constData() != mFeatures.constData()
        || !(mCanvas->crs() == mCrs) || mImage.isNull())
        mTimer.start(300);
}

void OverviewMap::startRender()
{
    if (mWatcher.isRunning()) {
        mTimer.start(200);   // the running one finishes first
        return;
    }
    mLayers = mCanvas->layers();
    mFeatures = mCanvas->features();
    mCrs = mCanvas->crs();
    MapSettings s;
    s.crs = mCrs;
    s.outputSize = size();
    s.extent = MapRenderer::fullExtent(mLayers, mFeatures, mCrs);
    if (s.extent.isEmpty() || width() <= 0 || height() <= 0)
        return;
    s.extent = s.extent.buffered(std::max(s.extent.width(), s.extent.height()) * 0.02);
    mPendingSettings = s;
    // The canvas's renderer; labels that do not fit are dropped by its collision check.
    mWatcher.setFuture(QtConcurrent::run(&mRenderThread, [s, layers = mLayers, features = mFeatures]() {
        QImage image(s.outputSize, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        MapRenderer::render(painter, s, layers, features);
        return image;
    }));
}

MapSettings OverviewMap::shownSettings() const
{
    MapSettings now = mImageSettings;
    now.outputSize = size();
    return now;
}

QRectF OverviewMap::viewRect() const
{
    if (mImage.isNull() || mCanvas->unitsPerPixel() <= 0)
        return {};
    const Envelope view = mCanvas->visibleExtent();
    const MapToPixel m2p(shownSettings());
    return QRectF(m2p.toPixel({view.xMin, view.yMax}), m2p.toPixel({view.xMax, view.yMin})).normalized();
}

void OverviewMap::moveCanvasTo(QPointF pos)
{
    if (mImage.isNull())
        return;
    mCanvas->setCenter(MapToPixel(shownSettings()).toMap(pos));
}

void OverviewMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0xfc, 0xfc, 0xfa));
    if (mImage.isNull())
        return;
    // The last image fitted to the current size (a new one follows a resize), so the picture, the view
    // rectangle and clicks always agree.
    const Envelope shown = MapToPixel(mImageSettings).visibleExtent();
    const MapToPixel now(shownSettings());
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(QRectF(now.toPixel({shown.xMin, shown.yMax}), now.toPixel({shown.xMax, shown.yMin})), mImage);
    QRectF r = viewRect();
    // A view much smaller than a pixel of the overview still shows as a visible box.
    if (r.width() < 6 || r.height() < 6)
        r = QRectF(r.center() - QPointF(3, 3), QSizeF(6, 6));
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(220, 30, 30), 2));
    p.setBrush(QColor(220, 30, 30, 30));
    p.drawRect(r);
}

void OverviewMap::resizeEvent(QResizeEvent *)
{
    mTimer.start(150);
}

void OverviewMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        moveCanvasTo(event->position());
}

void OverviewMap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        moveCanvasTo(event->position());
}

OverviewDock::OverviewDock(MapCanvas *canvas, QWidget *parent)
    : QDockWidget(tr("Overview"), parent), mMap(new OverviewMap(canvas, this))
{
    setObjectName(QStringLiteral("overviewDock"));
    setWidget(mMap);
}

} // namespace yc
