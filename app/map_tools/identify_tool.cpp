// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_tools/identify_tool.h"

#include "map_canvas.h"

#include <QMouseEvent>
#include <QtConcurrent>

namespace yc {

IdentifyTool::IdentifyTool(MapToolContext &context, QObject *parent) : MapTool(context, parent)
{
    connect(&mWatcher, &QFutureWatcher<QList<FeatureHit>>::finished, this,
            [this]() { Q_EMIT identified(mPendingPoint, mWatcher.result(), mPendingPlanFeatures); });
}

IdentifyTool::~IdentifyTool()
{
    mWatcher.waitForFinished();
}

bool IdentifyTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    mPressPos = event->position();
    mPressed = true;
    return true;
}

bool IdentifyTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mPressed)
        return false;
    mPressed = false;
    if ((event->position() - mPressPos).manhattanLength() <= 6)
        identifyAt(event->position());
    return true;
}

void IdentifyTool::identifyAt(QPointF widgetPos)
{
    MapCanvas *canvas = mContext.canvas;
    if (canvas->unitsPerPixel() <= 0)
        return;
    mPendingPoint = canvas->toMap(widgetPos);
    mPendingPlanFeatures = canvas->featuresAt(widgetPos, kTolerancePixels);
    const double tolerance = kTolerancePixels * canvas->unitsPerPixel();
    if (mWatcher.isRunning())
        mWatcher.waitForFinished();   // a quick in-memory search; the newer click wins
    // Value copies for the worker: the layers' data is shared and immutable.
    mWatcher.setFuture(QtConcurrent::run([layers = canvas->layers(), crs = canvas->crs(), point = mPendingPoint,
                                          tolerance]() { return featuresAt(layers, crs, point, tolerance); }));
    Q_EMIT message(tr("Identifying…"));
}

} // namespace yc
