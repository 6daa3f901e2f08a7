// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map_tools/map_tool.h"
#include "render/feature_query.h"

#include <QFutureWatcher>
#include <QPointF>

namespace yc {

/// Click on the map to list what is there: the plan features under the cursor and the features (or raster
/// pixel) of every visible base layer within a few pixels. The search runs on a worker thread; `identified`
/// announces the result.
class IdentifyTool : public MapTool {
    Q_OBJECT
public:
    explicit IdentifyTool(MapToolContext &context, QObject *parent = nullptr);
    ~IdentifyTool() override;

    QCursor cursor() const override { return QCursor(Qt::WhatsThisCursor); }
    bool mousePress(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;

    /// Searches at a widget position of the canvas (what a click does).
    void identifyAt(QPointF widgetPos);
    static constexpr double kTolerancePixels = 5;

Q_SIGNALS:
    /// `mapPoint` in the canvas CRS; `planFeatureIds` nearest first, empty when no plan feature is there.
    void identified(QPointF mapPoint, const QList<yc::FeatureHit> &hits, const QStringList &planFeatureIds);

private:
    QPointF mPressPos;
    bool mPressed = false;
    QFutureWatcher<QList<FeatureHit>> mWatcher;
    QPointF mPendingPoint;
    QStringList mPendingPlanFeatures;
};

} // namespace yc
