// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_tools/select_tool.h"

#include "geo/coordinate_transform.h"
#include "layer_editing.h"
#include "map_canvas.h"
#include "plan/project.h"
#include "selection.h"

#include <QMouseEvent>
#include <QPainter>

namespace yc {

bool SelectTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !(event->modifiers() & Qt::ShiftModifier))
        return false;
    mBoxStart = event->position();
    mBoxEnd = event->position();
    return true;
}

bool SelectTool::mouseMove(QMouseEvent *event)
{
    if (!mBoxStart)
        return false;
    mBoxEnd = event->position();
    mContext.canvas->update();
    return true;
}

bool SelectTool::mouseRelease(QMouseEvent *event)
{
    if (!mBoxStart || event->button() != Qt::LeftButton)
        return false;
    const QRectF box = QRectF(*mBoxStart, event->position()).normalized();
    mBoxStart.reset();
    mContext.canvas->update();
    QStringList ids = mContext.selection->featureIds();
    if (box.width() < 3 && box.height() < 3) {
        // Shift+click toggles the feature under the cursor.
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

void SelectTool::paint(QPainter &painter)
{
    if (!mBoxStart)
        return;
    painter.save();
    painter.setPen(QPen(QColor(0, 90, 200), 1, Qt::DashLine));
    painter.setBrush(QColor(0, 90, 200, 40));
    painter.drawRect(QRectF(*mBoxStart, mBoxEnd).normalized());
    painter.restore();
}

} // namespace yc
