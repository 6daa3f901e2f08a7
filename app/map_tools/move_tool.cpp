// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_tools/move_tool.h"

#include "layer_editing.h"
#include "map_canvas.h"
#include "plan/geometry_commands.h"
#include "plan/layer_edit_commands.h"
#include "plan/project.h"
#include "selection.h"

#include <QMouseEvent>

namespace yc {

bool MoveFeatureTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mContext.project)
        return false;
    const QString id = featureIdAt(event->position());
    if (id.isEmpty())
        return false;
    if (!mContext.selection->featureIds().contains(id))
        mContext.selection->select({id});
    // One drag moves either plan features or the features of one external layer: those of the grabbed kind.
    const auto grabbed = LayerFeatureRef::fromSelectionId(id);
    mIds.clear();
    mLayerKey = grabbed ? grabbed->layerKey : QString();
    mFids.clear();
    for (const QString &selected : mContext.selection->featureIds()) {
        const auto ref = LayerFeatureRef::fromSelectionId(selected);
        if (!grabbed && !ref)
            mIds.append(selected);
        else if (grabbed && ref && ref->layerKey == mLayerKey)
            mFids.append(ref->fid);
    }
    if (grabbed) {
        const QString reason = readOnlyReason(mLayerKey);
        if (!reason.isEmpty()) {
            Q_EMIT message(reason);
            mFids.clear();
            return true;
        }
    }
    mPlaceholders = placeholderIds(*mContext.project, mIds);
    mPressPos = event->position();
    mLastMap = mContext.canvas->toMap(event->position());
    mGesture = nextGesture();
    mMoving = false;
    return true;
}

bool MoveFeatureTool::mouseMove(QMouseEvent *event)
{
    if (mIds.isEmpty() && mFids.isEmpty())
        return false;
    if (!mMoving && (event->position() - mPressPos).manhattanLength() < 3)
        return true;   // a click, not a drag yet
    mMoving = true;
    const QPointF map = mContext.canvas->toMap(event->position());
    if (map == mLastMap)
        return true;
    QString error;
    bool pushed = false;
    if (!mFids.isEmpty()) {
        const LayerEditing::Layer *layer = mContext.layers ? mContext.layers->layer(mLayerKey) : nullptr;
        auto command = layer ? LayerFeatureEditCommand::move(*mContext.project, mLayerKey, *layer->onDisk, mFids,
                                                             map - mLastMap, mContext.canvas->crs(), &error)
                             : nullptr;
        if (command)
            command->setGesture(mGesture);
        pushed = push(std::move(command), error);
    } else {
        auto command = MoveFeaturesCommand::create(*mContext.project, mIds, map - mLastMap, mContext.canvas->crs(), &error);
        if (command)
            command->setGesture(mGesture);
        pushed = push(std::move(command), error);
    }
    if (pushed)
        mLastMap = map;
    return true;
}

bool MoveFeatureTool::mouseRelease(QMouseEvent *event)
{
    if ((mIds.isEmpty() && mFids.isEmpty()) || event->button() != Qt::LeftButton) {
        mFids.clear();
        return false;
    }
    if (mMoving)
        mouseMove(event);   // the last bit of the drag, in case no move event came at the release point
    const bool moved = mMoving;
    const QStringList placeholders = mPlaceholders;
    mIds.clear();
    mFids.clear();
    mPlaceholders.clear();
    mMoving = false;
    if (moved)
        askConfidenceAfterMove(mContext, placeholders);
    return true;
}

} // namespace yc
