// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_tools/vertex_tool.h"

#include "geo/coordinate_transform.h"
#include "layer_editing.h"
#include "map_canvas.h"
#include "plan/layer_edit_commands.h"
#include "plan/project.h"
#include "selection.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace yc {

namespace {

constexpr double kHandleReach = 8;   // pixels

double pixelDistance(QPointF a, QPointF b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); }

} // namespace

QString VertexEditorTool::editedId() const
{
    const QStringList &ids = mContext.selection->featureIds();
    return ids.size() == 1 ? ids.first() : QString();
}

Geometry VertexEditorTool::editedGeometry() const
{
    if (const auto ref = LayerFeatureRef::fromSelectionId(editedId()))
        return mContext.layers ? mContext.layers->geometryInMapCrs(*ref) : Geometry();
    const PlanFeature *f = mContext.project ? mContext.project->feature(editedId()) : nullptr;
    if (!f)
        return {};
    return CoordinateTransform(Project::storageCrs(), mContext.canvas->crs()).apply(f->geometry);
}

std::optional<VertexId> VertexEditorTool::vertexNear(QPointF widgetPos) const
{
    const Geometry g = editedGeometry();
    std::optional<VertexId> best;
    double bestDistance = kHandleReach;
    for (int p = 0; p < g.parts.size(); ++p)
        for (int r = 0; r < g.parts[p].size(); ++r)
            for (int i = 0; i < g.parts[p][r].size(); ++i) {
                const double d = pixelDistance(mContext.canvas->toWidget(g.parts[p][r][i]), widgetPos);
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = VertexId{p, r, i};
                }
            }
    return best;
}

std::optional<VertexId> VertexEditorTool::segmentNear(QPointF widgetPos) const
{
    const Geometry g = editedGeometry();
    if (g.dimension() < 1)
        return std::nullopt;
    std::optional<VertexId> best;
    double bestDistance = kHandleReach;
    for (int p = 0; p < g.parts.size(); ++p)
        for (int r = 0; r < g.parts[p].size(); ++r) {
            const QPolygonF &ring = g.parts[p][r];
            for (int i = 1; i < ring.size(); ++i) {
                const QPointF a = mContext.canvas->toWidget(ring[i - 1]);
                const QPointF b = mContext.canvas->toWidget(ring[i]);
                const QPointF ab = b - a;
                const double len2 = QPointF::dotProduct(ab, ab);
                const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(widgetPos - a, ab) / len2, 0.0, 1.0) : 0;
                const double d = pixelDistance(a + t * ab, widgetPos);
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = VertexId{p, r, i};
                }
            }
        }
    return best;
}

bool VertexEditorTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mContext.project)
        return false;
    if (const auto vertex = vertexNear(event->position())) {
        if (const auto ref = LayerFeatureRef::fromSelectionId(editedId())) {
            const QString reason = readOnlyReason(ref->layerKey);
            if (!reason.isEmpty()) {
                Q_EMIT message(reason);
                return true;
            }
        }
        mCurrent = vertex;
        mCurrentFeature = editedId();
        mDragging = true;
        mMoved = false;
        mWasPlaceholder = !placeholderIds(*mContext.project, {mCurrentFeature}).isEmpty();
        mGesture = nextGesture();
        mContext.canvas->update();
        return true;
    }
    const QString id = featureIdAt(event->position());
    if (id.isEmpty())
        return false;
    mCurrent.reset();
    mContext.selection->select({id});
    return true;
}

bool VertexEditorTool::mouseMove(QMouseEvent *event)
{
    std::optional<Snapper::Result> snapped;
    const QPointF map = mContext.snapper->snappedMap(event->position(), editedId(), &snapped);
    mHover = snapped ? std::optional<QPointF>(mContext.canvas->toWidget(snapped->map)) : std::nullopt;
    if (snapped)
        mHoverKind = snapped->kind;
    mContext.canvas->update();
    if (!mDragging || !mCurrent)
        return false;
    QString error;
    if (const auto ref = LayerFeatureRef::fromSelectionId(mCurrentFeature)) {
        const LayerEditing::Layer *layer = mContext.layers ? mContext.layers->layer(ref->layerKey) : nullptr;
        auto command = layer ? LayerFeatureEditCommand::moveVertex(*mContext.project, ref->layerKey, *layer->onDisk,
                                                                   ref->fid, *mCurrent, map, mContext.canvas->crs(),
                                                                   &error)
                             : nullptr;
        if (command)
            command->setGesture(mGesture);
        mMoved = push(std::move(command), error) || mMoved;
        return true;
    }
    auto command = MoveVertexCommand::create(*mContext.project, mCurrentFeature, *mCurrent, map,
                                             mContext.canvas->crs(), &error);
    if (command)
        command->setGesture(mGesture);
    mMoved = push(std::move(command), error) || mMoved;
    return true;
}

bool VertexEditorTool::mouseRelease(QMouseEvent *event)
{
    if (!mDragging || event->button() != Qt::LeftButton)
        return false;
    mDragging = false;
    if (mMoved && mWasPlaceholder)
        askConfidenceAfterMove(mContext, {mCurrentFeature});
    return true;
}

bool VertexEditorTool::mouseDoubleClick(QMouseEvent *event)
{
    const auto segment = segmentNear(event->position());
    if (!segment || vertexNear(event->position()))
        return false;
    const QPointF map = mContext.snapper->snappedMap(event->position(), editedId());
    QString error;
    bool pushed = false;
    if (const auto ref = LayerFeatureRef::fromSelectionId(editedId())) {
        const LayerEditing::Layer *layer = mContext.layers ? mContext.layers->layer(ref->layerKey) : nullptr;
        error = readOnlyReason(ref->layerKey);
        pushed = push(layer && error.isEmpty()
                          ? LayerFeatureEditCommand::insertVertex(*mContext.project, ref->layerKey, *layer->onDisk,
                                                                  ref->fid, *segment, map, mContext.canvas->crs(), &error)
                          : nullptr,
                      error);
    } else {
        pushed = push(InsertVertexCommand::create(*mContext.project, editedId(), *segment, map, mContext.canvas->crs(),
                                                  &error),
                      error);
    }
    if (pushed) {
        mCurrent = segment;
        mCurrentFeature = editedId();
    }
    return true;
}

bool VertexEditorTool::keyPress(QKeyEvent *event)
{
    if ((event->key() != Qt::Key_Delete && event->key() != Qt::Key_Backspace) || !mCurrent
        || mCurrentFeature != editedId())
        return false;
    QString error;
    bool pushed = false;
    if (const auto ref = LayerFeatureRef::fromSelectionId(mCurrentFeature)) {
        const LayerEditing::Layer *layer = mContext.layers ? mContext.layers->layer(ref->layerKey) : nullptr;
        error = readOnlyReason(ref->layerKey);
        pushed = push(layer && error.isEmpty()
                          ? LayerFeatureEditCommand::deleteVertex(*mContext.project, ref->layerKey, *layer->onDisk,
                                                                  ref->fid, *mCurrent, &error)
                          : nullptr,
                      error);
    } else {
        pushed = push(DeleteVertexCommand::create(*mContext.project, mCurrentFeature, *mCurrent, &error), error);
    }
    if (pushed)
        mCurrent.reset();
    return true;
}

void VertexEditorTool::paint(QPainter &painter)
{
    const Geometry g = editedGeometry();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (int p = 0; p < g.parts.size(); ++p)
        for (int r = 0; r < g.parts[p].size(); ++r)
            for (int i = 0; i < g.parts[p][r].size(); ++i) {
                const bool current = mCurrent && mCurrentFeature == editedId() && *mCurrent == VertexId{p, r, i};
                painter.setPen(QPen(QColor(20, 20, 20), 1));
                painter.setBrush(current ? QColor(230, 0, 120) : QColor(255, 255, 255));
                const QPointF w = mContext.canvas->toWidget(g.parts[p][r][i]);
                painter.drawRect(QRectF(w.x() - 4, w.y() - 4, 8, 8));
            }
    painter.restore();
    if (mHover)
        Snapper::paintMarker(painter, *mHover, mHoverKind);
}

void VertexEditorTool::deactivate()
{
    mCurrent.reset();
    mDragging = false;
    mHover.reset();
}

} // namespace yc
