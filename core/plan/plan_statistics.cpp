// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/plan_statistics.h"

#include "plan/plan_filter.h"

namespace yc {

QList<StatusCount> countByStatus(const QList<PlanFeature> &features)
{
    QList<StatusCount> counts;
    for (Status s : allStatuses())
        counts.append({s, 0});
    for (const PlanFeature &f : features)
        for (StatusCount &c : counts)
            if (c.status == f.status())
                ++c.count;
    return counts;
}

QList<SectionStatusCounts> countByStatusPerSection(const QList<PlanFeature> &features, const QList<int> &sections)
{
    QList<SectionStatusCounts> out;
    for (int section : sections) {
        QList<PlanFeature> inSection;
        for (const PlanFeature &f : features)
            if (sectionsOf(f).contains(section))
                inSection.append(f);
        out.append({section, countByStatus(inSection)});
    }
    return out;
}

std::optional<Status> statusOn(const PlanFeature &feature, const QDate &date)
{
    // The last row recorded that had taken effect by `date`: the same rule as PlanFeature::status(), so the
    // snapshot of today agrees with the current statuses even when a change was entered with an earlier date.
    std::optional<Status> status;
    for (const StatusChange &c : feature.history)
        if (!c.date.isValid() || c.date <= date)
            status = c.status;
    return status;
}

QList<StatusSnapshot> statusCountsByMonth(const QList<PlanFeature> &features, const QDate &until)
{
    QDate first;
    for (const PlanFeature &f : features)
        for (const StatusChange &c : f.history)
            if (c.date.isValid() && (!first.isValid() || c.date < first))
                first = c.date;
    QList<StatusSnapshot> out;
    if (!first.isValid() || !until.isValid() || first > until)
        return out;
    for (QDate month(first.year(), first.month(), 1); month <= until; month = month.addMonths(1)) {
        const QDate end = std::min(month.addMonths(1).addDays(-1), until);
        StatusSnapshot snapshot{end, countByStatus({})};
        for (const PlanFeature &f : features)
            if (const std::optional<Status> s = statusOn(f, end))
                for (StatusCount &c : snapshot.counts)
                    if (c.status == *s)
                        ++c.count;
        out.append(snapshot);
    }
    return out;
}

} // namespace yc
