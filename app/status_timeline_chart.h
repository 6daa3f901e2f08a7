// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan_statistics.h"
#include "qcp.h"

namespace yc {

/// Features by status over time: stacked step areas, one band per status, a step per month. Hovering tells the
/// month's counts. The series come from plan/plan_statistics (statusCountsByMonth, core).
class StatusTimelineChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit StatusTimelineChart(QWidget *parent = nullptr);

    void setSnapshots(const QList<StatusSnapshot> &snapshots);
    const QList<StatusSnapshot> &snapshots() const { return mSnapshots; }
    /// The height of `status`'s band in month `index` as drawn.
    int count(int index, Status status) const;
    /// The month (index into snapshots()) at a widget position; -1 outside.
    int indexAt(const QPointF &pos) const;
    QString monthToolTip(int index) const;

private:
    void showToolTip(QMouseEvent *event);

    QList<StatusSnapshot> mSnapshots;
    QList<std::pair<Status, QCPGraph *>> mGraphs;   ///< bottom to top
};

} // namespace yc
