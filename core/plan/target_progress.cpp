// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/target_progress.h"

namespace yc {

std::optional<double> TargetProgress::fraction() const
{
    if (!latest || target == 0)
        return std::nullopt;
    return latest->value / target;
}

int sectionOfTarget(const Target &target)
{
    return target.sentenceId.section(QLatin1Char('.'), 0, 0).toInt();
}

QList<TargetProgress> targetProgress(const QList<Target> &targets, const TargetValues &values,
                                     std::optional<int> section)
{
    QList<TargetProgress> out;
    for (const Target &t : targets) {
        if (section && sectionOfTarget(t) != *section)
            continue;
        TargetProgress p;
        p.targetId = t.id;
        p.sentenceId = t.sentenceId;
        p.phrase = t.phrase;
        p.measure = t.measure;
        p.target = t.value;
        p.upperTarget = t.upperValue;
        p.unit = t.unit;
        const QList<TargetValue> history = values.value(t.id);
        p.recordCount = int(history.size());
        if (!history.isEmpty())
            p.latest = history.last();
        out.append(p);
    }
    return out;
}

} // namespace yc
