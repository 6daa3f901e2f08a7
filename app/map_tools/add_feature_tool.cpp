// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_tools/add_feature_tool.h"

#include "feature_form_dialog.h"
#include "geo/coordinate_transform.h"
#include "map_canvas.h"
#include "plan/plan_commands.h"
#include "plan/project.h"
#include "platform/platform.h"
#include "selection.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace yc {

namespace {

constexpr double kSameVertexPixels = 3;   // a click this close to the last vertex adds nothing (double-clicks)
constexpr int kPanThreshold = 4;          // pixels a press must move to become a pan

/// A readable id stem: the English name in lower case with '_' between words, else the category key.
QString idStem(const PlanFeature &f)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString stem = f.nameEn.toLower().replace(nonWord, QStringLiteral("_"));
    while (stem.startsWith(QLatin1Char('_')))
        stem.remove(0, 1);
    while (stem.endsWith(QLatin1Char('_')))
        stem.chop(1);
    return stem.isEmpty() ? toKey(f.category) : stem.left(40);
}

} // namespace

AddFeatureTool::AddFeatureTool(MapToolContext &context, Shape shape, QObject *parent)
    : MapTool(context, parent), mShape(shape)
{
}

QString AddFeatureTool::countyAt(const MapCanvas &canvas, const Geometry &geometry)
{
    if (geometry.isEmpty())
        return {};
    for (const RenderLayer &layer : canvas.layers()) {
        if (!layer.data || layer.data->layerName != QLatin1String("counties"))
            continue;
        const int field = layer.data->fieldIndex(QStringLiteral("name_zh"));
        if (field < 0)
            continue;
        const Crs layerCrs = layer.data->crs.isEmpty() ? Project::storageCrs() : layer.data->crs;
        const Geometry g = CoordinateTransform(Project::storageCrs(), layerCrs).apply(geometry);
        if (g.isEmpty())
            continue;
        QStringList met;
        for (const VectorFeature &county : layer.data->features) {
            if (!county.geometry.envelope().intersects(g.envelope()))
                continue;
            const bool hit = g.dimension() == 0 ? county.geometry.contains(g) : county.geometry.intersects(g);
            if (hit && field < county.attributes.size())
                met << county.attributes.at(field).toString();
        }
        return met.size() == 1 ? met.first() : QString();
    }
    return {};
}

bool AddFeatureTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mContext.project)
        return false;
    if (!mForm) {
        mPressPos = event->position();
        mPressExtent = mContext.canvas->visibleExtent();
        mPanning = false;
    }
    return true;
}

bool AddFeatureTool::mouseMove(QMouseEvent *event)
{
    if (mPressPos && (event->buttons() & Qt::LeftButton)) {
        const QPointF delta = event->position() - *mPressPos;
        if (!mPanning && delta.manhattanLength() < kPanThreshold)
            return true;
        mPanning = true;
        const double upp = mContext.canvas->unitsPerPixel();
        const QPointF shift(-delta.x() * upp, delta.y() * upp);
        mContext.canvas->setExtent(Envelope::of(mPressExtent.xMin + shift.x(), mPressExtent.yMin + shift.y(),
                                                mPressExtent.xMax + shift.x(), mPressExtent.yMax + shift.y()));
        return true;
    }
    if (mForm)
        return true;
    std::optional<Snapper::Result> snapped;
    mCursorMap = mContext.snapper->snappedMap(event->position(), {}, &snapped);
    mSnapKind = snapped ? std::optional<Snapper::Kind>(snapped->kind) : std::nullopt;
    mContext.canvas->update();
    return true;
}

bool AddFeatureTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mPressPos)
        return false;
    const QPointF pos = *mPressPos;
    const bool panned = mPanning;
    mPressPos.reset();
    mPanning = false;
    if (!panned && !mForm) {
        addVertex(pos);
        if (mShape == Shape::Point)
            finish();
    }
    return true;
}

bool AddFeatureTool::mouseDoubleClick(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mContext.project)
        return false;
    mPressPos.reset();   // the release that follows is part of the double-click
    if (mShape != Shape::Point && !mForm) {
        addVertex(event->position());
        finish();
    }
    return true;
}

bool AddFeatureTool::keyPress(QKeyEvent *event)
{
    if (mForm)
        return false;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (mVertices.isEmpty())
            return false;
        finish();
        return true;
    case Qt::Key_Backspace:
        if (mVertices.isEmpty())
            return false;
        mVertices.removeLast();
        mContext.canvas->update();
        return true;
    case Qt::Key_Escape:
        if (mVertices.isEmpty())
            return false;
        reset();
        Q_EMIT message(tr("Drawing cancelled"));
        return true;
    default:
        return false;
    }
}

void AddFeatureTool::addVertex(QPointF widgetPos)
{
    const QPointF map = mContext.snapper->snappedMap(widgetPos);
    if (mVertices.isEmpty()) {
        mCrs = mContext.canvas->crs();
    } else {
        const QPointF gap = mContext.canvas->toWidget(mVertices.last()) - mContext.canvas->toWidget(map);
        if (std::hypot(gap.x(), gap.y()) < kSameVertexPixels)
            return;
    }
    mVertices.append(map);
    if (mVertices.size() == 1 && mShape != Shape::Point)
        Q_EMIT message(tr("Double-click or Enter finishes, Backspace removes the last vertex, Esc cancels"));
    mContext.canvas->update();
}

bool AddFeatureTool::finish()
{
    if (!mContext.project || mForm)
        return false;
    const int needed = mShape == Shape::Point ? 1 : mShape == Shape::Line ? 2 : 3;
    if (mVertices.size() < needed) {
        Q_EMIT message(mShape == Shape::Line ? tr("A line needs at least two vertices")
                                             : tr("A polygon needs at least three vertices"));
        return false;
    }
    Geometry shape;
    switch (mShape) {
    case Shape::Point: shape = Geometry::point(mVertices.first()); break;
    case Shape::Line: shape = Geometry::lineString(QPolygonF(mVertices)); break;
    case Shape::Polygon: {
        QPolygonF ring(mVertices);
        ring.append(ring.first());
        shape = Geometry::polygon(ring);
        break;
    }
    }
    const Geometry stored = CoordinateTransform(mCrs, Project::storageCrs()).apply(shape);
    if (stored.isEmpty()) {
        Q_EMIT message(tr("The drawing lies outside the area the map's coordinate system covers"));
        return false;
    }
    QString reason;
    if (mShape == Shape::Polygon && !stored.isValid(&reason)) {
        Q_EMIT message(tr("The polygon is not valid (%1); move or remove (Backspace) the last vertex").arg(reason));
        return false;
    }
    addFeature(stored);
    return true;
}

void AddFeatureTool::addFeature(const Geometry &geometry)
{
    Project *project = mContext.project;
    auto *form = new FeatureFormDialog(project->report(), mContext.canvas);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowModality(Qt::WindowModal);
    form->suggestCounty(countyAt(*mContext.canvas, geometry));
    mForm = form;
    connect(form, &QDialog::accepted, this, [this, form, project, geometry]() {
        if (mContext.project != project)
            return;
        PlanFeature f;
        form->applyTo(f);
        f.id = uniqueFeatureId(*project, idStem(f));
        f.geometry = geometry;
        // The recording time to the second, as the project files store it.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        f.history = {{form->status(), now.date(), {}, platform::userName(),
                      QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()),
                                QTimeZone::utc())}};
        mContext.undoStack->push(new AddFeatureCommand(*project, f));
        mContext.selection->select({f.id});
    });
    connect(form, &QDialog::finished, this, [this]() {
        mForm = nullptr;   // the form deletes itself later; drawing can go on now
        reset();
    });
    form->open();
    Q_EMIT formOpened(form);
}

void AddFeatureTool::reset()
{
    mVertices.clear();
    mPressPos.reset();
    mPanning = false;
    mContext.canvas->update();
}

void AddFeatureTool::paint(QPainter &painter)
{
    QList<QPointF> shown = mVertices;
    if (!mVertices.isEmpty() && !(mCrs == mContext.canvas->crs())) {
        const CoordinateTransform toCanvas(mCrs, mContext.canvas->crs());
        for (QPointF &p : shown)
            p = toCanvas.apply(p).value_or(p);
    }
    QPolygonF pixels;
    for (const QPointF &p : shown)
        pixels << mContext.canvas->toWidget(p);
    const bool rubber = mCursorMap && !mForm && mShape != Shape::Point && !pixels.isEmpty();
    QPolygonF band = pixels;
    if (rubber)
        band << mContext.canvas->toWidget(*mCursorMap);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink(230, 0, 120);
    if (mShape == Shape::Polygon && band.size() >= 3) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(ink.red(), ink.green(), ink.blue(), 50));
        painter.drawPolygon(band);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(ink, 2));
    if (pixels.size() >= 2)
        painter.drawPolyline(pixels);
    if (rubber) {
        painter.setPen(QPen(ink, 1.5, Qt::DashLine));
        painter.drawLine(pixels.last(), band.last());
        if (mShape == Shape::Polygon && pixels.size() >= 2)
            painter.drawLine(band.last(), pixels.first());
    }
    painter.setPen(QPen(QColor(20, 20, 20), 1));
    painter.setBrush(ink);
    for (const QPointF &w : pixels)
        painter.drawEllipse(w, 4, 4);
    painter.restore();
    if (mCursorMap && mSnapKind && !mForm)
        Snapper::paintMarker(painter, mContext.canvas->toWidget(*mCursorMap), *mSnapKind);
}

void AddFeatureTool::deactivate()
{
    if (mForm)
        mForm->reject();
    reset();
    mCursorMap.reset();
    mSnapKind.reset();
}

} // namespace yc
