// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan_feature.h"

#include <QList>

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

} // namespace yc
