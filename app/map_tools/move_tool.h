// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map_tools/map_tool.h"

#include <QPointF>
#include <QStringList>

namespace yc {

/// Drags features: pressing on a feature grabs it (with the rest of the selection when it is selected) and
/// the drag moves them by the mouse's map displacement; one drag is one undo step. Pressing on empty map pans.
/// Features of an editable external layer move the same way (one layer per drag); read-only layers say why.
class MoveFeatureTool : public MapTool {
    Q_OBJECT
public:
    using MapTool::MapTool;
    QCursor cursor() const override { return QCursor(Qt::SizeAllCursor); }
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    void deactivate() override
    {
        mIds.clear();
        mFids.clear();
    }

private:
    QStringList mIds;          ///< plan features being dragged
    QString mLayerKey;         ///< or: the external layer whose features are dragged
    QList<qint64> mFids;
    QStringList mPlaceholders; ///< of those, the ones that were placeholders when grabbed
    QPointF mPressPos;
    QPointF mLastMap;
    int mGesture = 0;
    bool mMoving = false;
};

} // namespace yc
