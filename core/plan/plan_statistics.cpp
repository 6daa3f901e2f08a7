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

} // namespace yc
