// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan_feature.h"

#include <QDate>
#include <QList>

#include <optional>

namespace yc {

/// How many features have one status: plain series data for charts (the PDF's vector chart, a dashboard).
struct StatusCount {
    Status status = Status::Proposed;
    int count = 0;
    bool operator==(const StatusCount &) const = default;
};

/// One entry per status, in allStatuses() order, zero counts included so charts keep a stable axis.
QList<StatusCount> countByStatus(const QList<PlanFeature> &features);

/// Status counts of the features linked to one report section (a stacked bar of the dashboard).
struct SectionStatusCounts {
    int section = 0;
    QList<StatusCount> counts;   ///< as countByStatus()
    bool operator==(const SectionStatusCounts &) const = default;
};

/// One entry per section in `sections` (ascending as given): a feature linked to sentences of several
/// sections counts in each of them.
QList<SectionStatusCounts> countByStatusPerSection(const QList<PlanFeature> &features, const QList<int> &sections);

/// Status counts on one day: a point of the "status over time" chart.
struct StatusSnapshot {
    QDate date;
    QList<StatusCount> counts;   ///< as countByStatus(); a feature counts once its first history date has come
    bool operator==(const StatusSnapshot &) const = default;
};

/// The status of `feature` on `date`: that of the last history row (in recorded order) dated on or before `date`,
/// nullopt before its first change. Rows without a date count from the start.
std::optional<Status> statusOn(const PlanFeature &feature, const QDate &date);

/// Counts per status at the end of each month, from the month of the earliest dated history row through the month
/// of `until` (each snapshot's date is the month's last day, the last one `until` itself). Empty when no history
/// row has a date or all are later than `until`.
QList<StatusSnapshot> statusCountsByMonth(const QList<PlanFeature> &features, const QDate &until);

} // namespace yc
