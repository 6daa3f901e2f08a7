// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan_feature.h"

#include <QDockWidget>
#include <QPointer>

class QCustomPlot;
class QCPBars;
class QTabWidget;

namespace yc {

class FeatureFilterModel;
class Project;
class StatusTimelineChart;
class TargetChart;
class TargetValueDialog;

/// Charts of the plan's progress, one per tab, all following the filter:
/// - features by status per report section as stacked bars (hover tells the count, a click filters the map by
///   that section and status);
/// - the report's quantitative targets against their current values, as % achieved (hover tells value, target,
///   unit and last update; a click or "Record value…" records a new value, kept with its history and undoable);
///   the section filter narrows them to that section's targets;
/// - features by status over time, month by month, from the status histories.
/// The chart shown exports to PNG and PDF. Series come from core (plan_statistics, target_progress); QCustomPlot
/// only draws them.
class DashboardDock : public QDockWidget {
    Q_OBJECT
public:
    DashboardDock(FeatureFilterModel *filter, QWidget *parent = nullptr);
    /// The project shown; target values are recorded into it (not owned).
    void setProject(Project *project);

    /// The section chart.
    QCustomPlot *plot() const { return mPlot; }
    TargetChart *targetChart() const { return mTargetChart; }
    StatusTimelineChart *timelineChart() const { return mTimeline; }
    QTabWidget *tabs() const { return mTabs; }
    /// The height of one bar segment as drawn: features of `status` in section `section`.
    int count(int section, Status status) const;
    /// The sections on the x axis, in order (bar i stands at x = i + 1).
    const QList<int> &sections() const { return mSections; }
    /// Filters by the section and status of bar `index` of `status`, as a click on it does.
    void filterByBar(Status status, int index);
    /// Opens the dialog that records a current value of target `targetId` (the first target when empty).
    TargetValueDialog *recordTargetValue(const QString &targetId = {});
    /// Writes the chart of the current tab; the format follows the suffix (.png or .pdf). False when it could not
    /// be written.
    bool exportChart(const QString &path) const;

private:
    void refresh();
    void refreshTargets();
    void showToolTip(QMouseEvent *event);
    void chooseExportFile();
    QCustomPlot *currentPlot() const;

    FeatureFilterModel *mFilter;
    QPointer<Project> mProject;
    QTabWidget *mTabs;
    QCustomPlot *mPlot;
    TargetChart *mTargetChart;
    StatusTimelineChart *mTimeline;
    QList<std::pair<Status, QCPBars *>> mBars;
    QList<int> mSections;
};

} // namespace yc
