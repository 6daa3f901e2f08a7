// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan_feature.h"

#include <QDockWidget>
#include <QPointer>

class QCustomPlot;
class QCPBars;

namespace yc {

class FeatureFilterModel;
class Project;

/// Charts of the plan's progress: features by status per report section as stacked bars. The chart follows the
/// filter; hovering a bar tells its count, clicking one filters the map by that section and status. The
/// chart exports to PNG and PDF. Series come from plan/plan_statistics (core), QCustomPlot draws them.
class DashboardDock : public QDockWidget {
    Q_OBJECT
public:
    DashboardDock(FeatureFilterModel *filter, QWidget *parent = nullptr);
    void setProject(const Project *project);

    QCustomPlot *plot() const { return mPlot; }
    /// The height of one bar segment as drawn: features of `status` in section `section`.
    int count(int section, Status status) const;
    /// The sections on the x axis, in order (bar i stands at x = i + 1).
    const QList<int> &sections() const { return mSections; }
    /// Filters by the section and status of bar `index` of `status`, as a click on it does.
    void filterByBar(Status status, int index);
    /// Writes the chart; the format follows the suffix (.png or .pdf). False when it could not be written.
    bool exportChart(const QString &path) const;

private:
    void refresh();
    void showToolTip(QMouseEvent *event);
    void chooseExportFile();

    FeatureFilterModel *mFilter;
    QPointer<const Project> mProject;
    QCustomPlot *mPlot;
    QList<std::pair<Status, QCPBars *>> mBars;
    QList<int> mSections;
};

} // namespace yc
