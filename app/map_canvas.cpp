// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_canvas.h"

#include "geo/coordinate_transform.h"
#include "geo/planar_distance.h"
#include "geo/geodesic.h"
#include "map_tools/map_tool.h"
#include "plan/project.h"
#include "render/annotation_renderer.h"
#include "render/sprite_cache.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>
#include <QtConcurrent>

#include <cmath>
#include <limits>

namespace yc {

namespace {

double ringDistance(QPointF p, const QPolygonF &ring)
{
    double best = std::numeric_limits<double>::infinity();
    for (qsizetype i = 1; i < ring.size(); ++i)
        best = std::min(best, segmentDistance(p, ring.at(i - 1), ring.at(i)));
    if (ring.size() == 1)
        best = std::hypot(p.x() - ring.first().x(), p.y() - ring.first().y());
    return best;
}

} // namespace

MapCanvas::MapCanvas(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(200, 150);
    setCursor(Qt::OpenHandCursor);
    setFocusPolicy(Qt::StrongFocus);   // tools take Delete and Escape
    setAttribute(Qt::WA_OpaquePaintEvent);
    mSprites = std::make_shared<SpriteCache>();
    mRenderThread.setMaxThreadCount(1);
    mRenderTimer.setSingleShot(true);
    connect(&mRenderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    connect(&mWatcher, &QFutureWatcher<Rendered>::finished, this, &MapCanvas::onRenderFinished);
}

MapCanvas::~MapCanvas()
{
    // The worker only touches its own copies, but the watcher must not outlive us while it runs.
    if (mCancel)
        *mCancel = true;
    mWatcher.waitForFinished();
}

void MapCanvas::setCrs(const Crs &crs)
{
    if (crs == mCrs)
        return;
    mCrs = crs;
    mProjectedValid = false;
    mUserMoved = false;
    contentChanged();
}

void MapCanvas::setLayers(const QList<RenderLayer> &layers)
{
    mLayers = layers;
    contentChanged();
}

void MapCanvas::setFeatures(const QList<PlanFeature> &features)
{
    mFeatures = features;
    mProjectedValid = false;
    contentChanged();
}

void MapCanvas::setSelectedFeatureIds(const QStringList &ids)
{
    if (ids == mSelected)
        return;
    mSelected = ids;
    scheduleRender();
}

void MapCanvas::setAnnotations(const QList<Annotation> &annotations)
{
    mAnnotations = annotations;
    update();
}

void MapCanvas::setHighlights(const QList<Geometry> &geometries)
{
    mHighlights = geometries;
    update();
}

void MapCanvas::drawHighlights(QPainter &p) const
{
    if (mHighlights.isEmpty() || mUnitsPerPixel <= 0)
        return;
    const MapToPixel m2p(currentSettings());
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0, 170, 255), 3));
    p.setBrush(QColor(0, 170, 255, 50));
    for (const Geometry &g : mHighlights)
        for (const Geometry::Part &part : g.parts) {
            QPainterPath path;
            for (const QPolygonF &ring : part) {
                QPolygonF pixels;
                for (const QPointF &pt : ring)
                    pixels << m2p.toPixel(pt);
                if (g.dimension() == 0 && !pixels.isEmpty())
                    p.drawEllipse(pixels.first(), 6, 6);
                else if (g.dimension() == 1)
                    p.drawPolyline(pixels);
                else
                    path.addPolygon(pixels);
            }
            if (g.dimension() == 2)
                p.drawPath(path);
        }
    p.restore();
}

void MapCanvas::contentChanged()
{
    if (!mUserMoved || mUnitsPerPixel <= 0) {
        const Envelope full = MapRenderer::fullExtent(mLayers, mFeatures, mCrs);
        if (!full.isEmpty()) {
            setExtent(full.buffered(std::max(full.width(), full.height()) * 0.03));
            mUserMoved = false;   // still following the content
            return;
        }
    }
    scheduleRender();
}

void MapCanvas::zoomToFullExtent()
{
    mUserMoved = false;
    contentChanged();
}

void MapCanvas::setExtent(const Envelope &extent)
{
    if (extent.isEmpty())
        return;
    mUserMoved = true;   // a view asked for (zoom to features or layer, CRS change): new content keeps it
    mCenter = extent.center();
    const double w = std::max(1, width());
    const double h = std::max(1, height());
    mUnitsPerPixel = std::max(extent.width() / w, extent.height() / h);
    if (!(mUnitsPerPixel > 0))
        mUnitsPerPixel = 1;   // a single point
    scheduleRender();
}

Envelope MapCanvas::visibleExtent() const
{
    return MapToPixel(currentSettings()).visibleExtent();
}

MapSettings MapCanvas::currentSettings() const
{
    MapSettings s;
    s.crs = mCrs;
    s.outputSize = size();
    const double halfW = width() * mUnitsPerPixel / 2;
    const double halfH = height() * mUnitsPerPixel / 2;
    if (mUnitsPerPixel > 0)
        s.extent = Envelope::of(mCenter.x() - halfW, mCenter.y() - halfH, mCenter.x() + halfW, mCenter.y() + halfH);
    s.selectedFeatureIds = mSelected;
    return s;
}

void MapCanvas::scheduleRender(int delayMs)
{
    update();
    mRenderTimer.start(delayMs);
    Q_EMIT viewChanged();
}

void MapCanvas::zoomBy(double factor)
{
    if (mUnitsPerPixel <= 0 || !(factor > 0))
        return;
    mUnitsPerPixel /= factor;
    mUserMoved = true;
    scheduleRender(80);
}

void MapCanvas::panByPixels(QPointF offset)
{
    if (mUnitsPerPixel <= 0)
        return;
    mCenter += QPointF(offset.x() * mUnitsPerPixel, -offset.y() * mUnitsPerPixel);
    mUserMoved = true;
    scheduleRender(80);
}

void MapCanvas::setCenter(QPointF mapPoint)
{
    if (mUnitsPerPixel <= 0)
        return;
    mCenter = mapPoint;
    mUserMoved = true;
    scheduleRender(60);
}

double MapCanvas::metresPerUnit() const
{
    if (!mCrs.isGeographic())
        return 1.0;
    static const Geodesic geodesic;
    const double lat = std::clamp(mCenter.y(), -89.0, 89.0);
    return geodesic.distance({mCenter.x() - 0.5, lat}, {mCenter.x() + 0.5, lat});
}

double MapCanvas::scaleDenominator() const
{
    if (mUnitsPerPixel <= 0)
        return 0;
    const double metresPerPixel = 0.0254 / std::max(1, logicalDpiX());
    return mUnitsPerPixel * metresPerUnit() / metresPerPixel;
}

void MapCanvas::zoomToScale(double denominator)
{
    if (mUnitsPerPixel <= 0 || !(denominator > 0) || !std::isfinite(denominator))
        return;
    const double metresPerPixel = 0.0254 / std::max(1, logicalDpiX());
    mUnitsPerPixel = denominator * metresPerPixel / metresPerUnit();
    mUserMoved = true;
    scheduleRender(60);
}

void MapCanvas::startRender()
{
    if (width() <= 0 || height() <= 0 || mUnitsPerPixel <= 0)
        return;
    if (mInFlight) {
        // The running one shows a view that is gone: stop it; the next starts when it has.
        *mCancel = true;
        mDirty = true;
        return;
    }
    mDirty = false;
    mInFlight = true;
    const MapSettings logical = currentSettings();
    const double ratio = devicePixelRatioF();
    mCancel = std::make_shared<std::atomic<bool>>(false);
    mRasterReads = std::make_shared<RasterReadProgress>();
    // Snapshot: the worker gets value copies (implicitly shared, so this is cheap).
    mWatcher.setFuture(QtConcurrent::run(&mRenderThread, [logical, ratio, layers = mLayers, features = mFeatures,
                                          previous = mLayerImages, sprites = mSprites, cancel = mCancel,
                                          rasterReads = mRasterReads]() {
        MapSettings device = logical;
        device.outputSize = (QSizeF(logical.outputSize) * ratio).toSize();
        device.dpi = logical.dpi * ratio;
        device.sprites = sprites;
        device.rasterReads = rasterReads;
        return Rendered{LayerImages::render(previous, device, layers, features, cancel.get(), ratio), logical};
    }));
    Q_EMIT renderStarted();
}

std::optional<RasterReadProgress::Reading> MapCanvas::rasterReading() const
{
    return mInFlight && mRasterReads ? mRasterReads->reading() : std::nullopt;
}

void MapCanvas::stopRasterReads()
{
    if (mInFlight && mRasterReads)
        mRasterReads->cancel();
}

void MapCanvas::onRenderFinished()
{
    mInFlight = false;
    const Rendered result = mWatcher.result();
    if (result.images.cancelled()) {   // a partial picture of an old view: keep showing the last whole one
        startRender();
        return;
    }
    mLayerImages = result.images;
    mDrawCounts.layers += result.images.drewLayers();
    mDrawCounts.features += result.images.drewFeatures();
    mImage = result.images.composed();
    mImageSettings = result.settings;
    update();
    if (mDirty)
        startRender();
    Q_EMIT renderFinished();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0xfc, 0xfc, 0xfa));
    if (!mImage.isNull() && mUnitsPerPixel > 0) {
        // Place the last image where its extent lies in the current view.
        const Envelope shown = MapToPixel(mImageSettings).visibleExtent();
        const MapToPixel now(currentSettings());
        const QRectF target(now.toPixel({shown.xMin, shown.yMax}), now.toPixel({shown.xMax, shown.yMin}));
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, mImage);
    }
    if (mUnitsPerPixel > 0 && !mAnnotations.isEmpty())
        AnnotationRenderer(logicalDpiY()).drawOnMap(p, currentSettings(), mAnnotations);
    drawHighlights(p);
    if (mTool)
        mTool->paint(p);
    drawScaleBar(p);
    if (isRendering()) {
        p.setPen(QColor(110, 110, 110));
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignTop | Qt::AlignRight, tr("Rendering…"));
    }
}

void MapCanvas::drawScaleBar(QPainter &p) const
{
    if (mUnitsPerPixel <= 0)
        return;
    // A round length close to 120 pixels, in metres (in a geographic CRS along the parallel of the centre).
    const double metresPerPixel = mUnitsPerPixel * metresPerUnit();
    const double target = 120 * metresPerPixel;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    double length = magnitude;
    for (double step : {2.0, 5.0, 10.0})
        if (step * magnitude <= target)
            length = step * magnitude;
    const double px = length / metresPerPixel;
    const QString text = length >= 1000 ? QStringLiteral("%1 km").arg(length / 1000) : QStringLiteral("%1 m").arg(length);
    const QPointF origin(14, height() - 16);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(origin.x() - 6, origin.y() - 22, px + 12, 30);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawRoundedRect(box, 3, 3);
    p.setPen(QPen(QColor(50, 50, 50), 1.5));
    p.drawLine(origin, origin + QPointF(px, 0));
    p.drawLine(origin, origin - QPointF(0, 5));
    p.drawLine(origin + QPointF(px, 0), origin + QPointF(px, -5));
    p.drawText(QRectF(origin.x(), origin.y() - 21, px, 16), Qt::AlignCenter, text);
    p.restore();
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    if (!mUserMoved)
        contentChanged();
    else
        scheduleRender(60);
}

void MapCanvas::setTool(MapTool *tool)
{
    mTool = tool;
    setCursor(tool ? tool->cursor() : QCursor(Qt::OpenHandCursor));
    update();
}

QPointF MapCanvas::toMap(QPointF widgetPos) const
{
    return MapToPixel(currentSettings()).toMap(widgetPos);
}

QPointF MapCanvas::toWidget(QPointF mapPos) const
{
    return MapToPixel(currentSettings()).toPixel(mapPos);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (mTool && mTool->mouseDoubleClick(event)) {
        mUserMoved = true;
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    if (mTool && mTool->keyPress(event)) {
        mUserMoved = true;
        return;
    }
    // Keyboard navigation: arrows pan a quarter of the view, +/- zoom, Home shows everything.
    const double stepX = width() / 4.0;
    const double stepY = height() / 4.0;
    switch (event->key()) {
    case Qt::Key_Left: panByPixels({-stepX, 0}); return;
    case Qt::Key_Right: panByPixels({stepX, 0}); return;
    case Qt::Key_Up: panByPixels({0, -stepY}); return;
    case Qt::Key_Down: panByPixels({0, stepY}); return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_PageUp: zoomBy(1.5); return;
    case Qt::Key_Minus:
    case Qt::Key_PageDown: zoomBy(1 / 1.5); return;
    case Qt::Key_Home: zoomToFullExtent(); return;
    default: break;
    }
    QWidget::keyPressEvent(event);
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (mTool && mTool->mousePress(event)) {
        mUserMoved = true;   // an edit under way: new content must not re-fit the view under the mouse
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    mPressed = true;
    mDragging = false;
    mPressPos = event->position().toPoint();
    mPressCenter = mCenter;
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (mTool && !mDragging && mTool->mouseMove(event))
        return;
    if (!mPressed)
        return;
    const QPoint delta = event->position().toPoint() - mPressPos;
    if (!mDragging && delta.manhattanLength() < 4)
        return;
    if (!mDragging)
        setCursor(Qt::ClosedHandCursor);
    mDragging = true;
    mUserMoved = true;
    mCenter = mPressCenter + QPointF(-delta.x() * mUnitsPerPixel, delta.y() * mUnitsPerPixel);
    scheduleRender(120);   // re-render once the drag pauses; the old image follows the mouse meanwhile
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (mTool && !mPressed && mTool->mouseRelease(event))
        return;
    if (event->button() != Qt::LeftButton || !mPressed)
        return;
    mPressed = false;
    if (mDragging) {
        setCursor(mTool ? mTool->cursor() : QCursor(Qt::OpenHandCursor));
        mDragging = false;
        scheduleRender();
        return;
    }
    QString id = featureAt(event->position());
    if (id.isEmpty() && mFallbackPicker)
        id = mFallbackPicker(event->position());
    Q_EMIT featureClicked(id);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0 || mUnitsPerPixel <= 0)
        return;
    const MapToPixel before(currentSettings());
    const QPointF anchor = before.toMap(event->position());
    mUnitsPerPixel *= std::pow(1.25, -steps);
    // Keep the map point under the cursor where it is.
    const QPointF offset = event->position() - QPointF(width() / 2.0, height() / 2.0);
    mCenter = anchor - QPointF(offset.x() * mUnitsPerPixel, -offset.y() * mUnitsPerPixel);
    mUserMoved = true;
    scheduleRender(80);
    event->accept();
}

std::optional<QPointF> MapCanvas::widgetPosition(QPointF lonLat) const
{
    if (mUnitsPerPixel <= 0)
        return std::nullopt;
    const CoordinateTransform t(Project::storageCrs(), mCrs);
    const auto map = t.apply(lonLat);
    if (!map)
        return std::nullopt;
    return MapToPixel(currentSettings()).toPixel(*map);
}

const QList<std::pair<QString, Geometry>> &MapCanvas::projectedFeatures() const
{
    if (!mProjectedValid) {
        mProjected.clear();
        const CoordinateTransform t(Project::storageCrs(), mCrs);
        if (t.isValid())
            for (const PlanFeature &f : mFeatures)
                mProjected.append({f.id, t.apply(f.geometry)});
        mProjectedValid = true;
    }
    return mProjected;
}

QStringList MapCanvas::featuresAt(QPointF pos, double tolerance) const
{
    if (mUnitsPerPixel <= 0)
        return {};
    const MapToPixel m2p(currentSettings());
    struct Hit { double distance; qsizetype order; QString id; };
    QList<Hit> hits;
    for (const auto &[id, g] : projectedFeatures()) {
        if (g.isEmpty())
            continue;
        const int dim = g.dimension();
        double d = std::numeric_limits<double>::infinity();
        for (const Geometry::Part &part : g.parts) {
            QList<QPolygonF> rings;
            for (const QPolygonF &ring : part) {
                QPolygonF pixels;
                for (const QPointF &p : ring)
                    pixels << m2p.toPixel(p);
                d = std::min(d, ringDistance(pos, pixels));
                rings << pixels;
            }
            if (dim == 2 && !rings.isEmpty() && rings.first().containsPoint(pos, Qt::OddEvenFill)) {
                const bool inHole = std::any_of(rings.cbegin() + 1, rings.cend(), [&](const QPolygonF &hole) {
                    return hole.containsPoint(pos, Qt::OddEvenFill);
                });
                // Inside an area counts as "just within reach", so points and lines on it win.
                if (!inHole)
                    d = std::min(d, tolerance * 0.9);
            }
        }
        if (d <= tolerance)
            hits.append({d, hits.size(), id});
    }
    // Of features at the same distance (areas under the click), the one drawn last is on top.
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.distance != b.distance ? a.distance < b.distance : a.order > b.order;
    });
    QStringList ids;
    for (const Hit &hit : std::as_const(hits))
        ids.append(hit.id);
    return ids;
}

QString MapCanvas::featureAt(QPointF pos, double tolerance) const
{
    return featuresAt(pos, tolerance).value(0);
}

} // namespace yc
