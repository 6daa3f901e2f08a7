// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/target_progress.h"
#include "qcp.h"

namespace yc {

/// Horizontal bars, one row per report target, top to bottom in report order: the share of the target achieved by
/// its last recorded value (a line marks 100 %). Hovering a row tells value, target, unit and the last update;
/// clicking a row emits targetClicked(). The series come from plan/target_progress (core).
class TargetChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit TargetChart(QWidget *parent = nullptr);

    void setProgress(const QList<TargetProgress> &progress);
    const QList<TargetProgress> &progress() const { return mProgress; }
    /// The row (index into progress()) at a widget position; -1 outside the rows.
    int rowAt(const QPointF &pos) const;
    /// The bar length drawn for row `row`: percent of the target achieved, 0 without a recorded value.
    double barPercent(int row) const;
    /// Where the middle of row `row` is drawn (for tests that click it).
    QPointF rowCenter(int row) const;
    /// The hover text of row `row`.
    QString rowToolTip(int row) const;

Q_SIGNALS:
    void targetClicked(const QString &targetId);

private:
    void showToolTip(QMouseEvent *event);

    QList<TargetProgress> mProgress;
    QCPBars *mMet;        ///< targets reached: green
    QCPBars *mOpen;       ///< targets not reached yet: blue
};

} // namespace yc
