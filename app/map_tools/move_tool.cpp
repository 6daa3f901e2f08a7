// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_tools/move_tool.h"

#include "map_canvas.h"
#include "plan/geometry_commands.h"
#include "plan/project.h"
#include "selection.h"

#include <QMouseEvent>

namespace yc {

bool MoveFeatureTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mContext.project)
        return false;
    const QString id = mContext.canvas->featureAt(event->position());
    if (id.isEmpty())
        return false;
    if (!mContext.selection->featureIds().contains(id))
        mContext.selection->select({id});
    mIds = mContext.selection->featureIds();
    mPlaceholders = placeholderIds(*mContext.project, mIds);
    mPressPos = event->position();
    mLastMap = mContext.canvas->toMap(event->position());
    mGesture = nextGesture();
    mMoving = false;
    return true;
}

bool MoveFeatureTool::mouseMove(QMouseEvent *event)
{
    if (mIds.isEmpty())
        return false;
    if (!mMoving && (event->position() - mPressPos).manhattanLength() < 3)
        return true;   // a click, not a drag yet
    mMoving = true;
    const QPointF map = mContext.canvas->toMap(event->position());
    if (map == mLastMap)
        return true;
    QString error;
    auto command = MoveFeaturesCommand::create(*mContext.project, mIds, map - mLastMap, mContext.canvas->crs(), &error);
    if (command)
        command->setGesture(mGesture);
    if (push(std::move(command), error))
        mLastMap = map;
    return true;
}

bool MoveFeatureTool::mouseRelease(QMouseEvent *event)
{
    if (mIds.isEmpty() || event->button() != Qt::LeftButton)
        return false;
    if (mMoving)
        mouseMove(event);   // the last bit of the drag, in case no move event came at the release point
    const bool moved = mMoving;
    const QStringList placeholders = mPlaceholders;
    mIds.clear();
    mPlaceholders.clear();
    mMoving = false;
    if (moved)
        askConfidenceAfterMove(mContext, placeholders);
    return true;
}

} // namespace yc
