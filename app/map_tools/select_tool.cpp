// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_tools/select_tool.h"

#include "geo/coordinate_transform.h"
#include "layer_editing.h"
#include "map_canvas.h"
#include "plan/project.h"
#include "selection.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace yc {

SelectTool::SelectTool(MapToolContext &context, QObject *parent) : MapTool(context, parent), mAnnotations(context) {}

bool SelectTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    if (event->modifiers() & Qt::ShiftModifier) {
        mBoxStart = event->position();
        mBoxEnd = event->position();
        return true;
    }
    // A press on an annotation picks it (and a drag moves it); elsewhere the canvas pans and picks features.
    if (mAnnotations.grab(event->position(), nextGesture())) {
        mContext.selection->clear();
        return true;
    }
    mAnnotations.select({});
    return false;
}

bool SelectTool::mouseMove(QMouseEvent *event)
{
    if (mAnnotations.isGrabbing()) {
        mAnnotations.dragTo(event->position());
        return true;
    }
    if (!mBoxStart)
        return false;
    mBoxEnd = event->position();
    mContext.canvas->update();
    return true;
}

bool SelectTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && mAnnotations.isGrabbing()) {
        mAnnotations.dragTo(event->position());
        mAnnotations.release();
        return true;
    }
    if (!mBoxStart || event->button() != Qt::LeftButton)
        return false;
    const QRectF box = QRectF(*mBoxStart, event->position()).normalized();
    mBoxStart.reset();
    mContext.canvas->update();
    QStringList ids = mContext.selection->featureIds();
    if (box.width() < 3 && box.height() < 3) {
        // Shift+click toggles the annotation or else the feature under the cursor.
        const QString note = mAnnotations.annotationAt(event->position());
        if (!note.isEmpty()) {
            mAnnotations.toggle(note);
            return true;
        }
        const QString id = featureIdAt(event->position());
        if (id.isEmpty())
            return true;
        if (ids.contains(id))
            ids.removeAll(id);
        else
            ids.append(id);
        mContext.selection->select(ids);
        return true;
    }
    QStringList notes = mAnnotations.existingSelected();
    for (const QString &id : mAnnotations.annotationsIn(box))
        if (!notes.contains(id))
            notes.append(id);
    mAnnotations.select(notes);
    const QPointF a = mContext.canvas->toMap(box.topLeft());
    const QPointF b = mContext.canvas->toMap(box.bottomRight());
    const Envelope mapBox = Envelope::of(std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::max(a.x(), b.x()),
                                         std::max(a.y(), b.y()));
    const CoordinateTransform toMap(Project::storageCrs(), mContext.canvas->crs());
    const Geometry boxGeometry = Geometry::polygon(QPolygonF(QList<QPointF>{
        {mapBox.xMin, mapBox.yMin}, {mapBox.xMax, mapBox.yMin}, {mapBox.xMax, mapBox.yMax}, {mapBox.xMin, mapBox.yMax}}));
    for (const PlanFeature &f : mContext.canvas->features()) {
        const Geometry g = toMap.apply(f.geometry);
        if (!g.isEmpty() && g.envelope().intersects(mapBox) && g.intersects(boxGeometry) && !ids.contains(f.id))
            ids.append(f.id);
    }
    if (mContext.layers)
        for (const LayerFeatureRef &ref : mContext.layers->featuresIn(mapBox))
            if (!ids.contains(ref.toSelectionId()))
                ids.append(ref.toSelectionId());
    mContext.selection->select(ids);
    return true;
}

bool SelectTool::mouseDoubleClick(QMouseEvent *event)
{
    const QString hit = mAnnotations.annotationAt(event->position());
    if (hit.isEmpty())
        return false;
    mAnnotations.release();
    mAnnotations.edit(hit);
    return true;
}

bool SelectTool::keyPress(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Delete && event->key() != Qt::Key_Backspace)
        return false;
    return mAnnotations.removeSelected();
}

void SelectTool::deactivate()
{
    mBoxStart.reset();
    mAnnotations.release();
    mAnnotations.select({});
}

void SelectTool::paint(QPainter &painter)
{
    mAnnotations.paint(painter);
    if (!mBoxStart)
        return;
    painter.save();
    painter.setPen(QPen(QColor(0, 90, 200), 1, Qt::DashLine));
    painter.setBrush(QColor(0, 90, 200, 40));
    painter.drawRect(QRectF(*mBoxStart, mBoxEnd).normalized());
    painter.restore();
}

} // namespace yc
