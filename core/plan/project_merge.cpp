// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/project_merge.h"

#include <QHash>

namespace yc {

ProjectSnapshot ProjectSnapshot::of(const Project &project)
{
    return {project.title(), project.features(), project.layers(), project.crs(), project.layoutTemplates()};
}

int applyUnsavedChanges(Project &reloaded, const Project &current, const ProjectSnapshot &base)
{
    int carried = 0;
    QHash<QString, const PlanFeature *> before;
    for (const PlanFeature &f : base.features)
        before.insert(f.id, &f);
    QList<PlanFeature> features = reloaded.features();
    const auto indexOf = [&features](const QString &id) {
        for (qsizetype i = 0; i < features.size(); ++i)
            if (features.at(i).id == id)
                return i;
        return qsizetype(-1);
    };
    for (const PlanFeature &f : current.features()) {
        const PlanFeature *old = before.value(f.id);
        if (old && *old == f)
            continue;   // not touched by the planner: the file's version stands
        const qsizetype i = indexOf(f.id);
        if (i >= 0)
            features[i] = f;
        else
            features.append(f);
        ++carried;
    }
    for (const PlanFeature &f : base.features)
        if (!current.feature(f.id)) {
            const qsizetype i = indexOf(f.id);
            if (i >= 0)
                features.removeAt(i);
            ++carried;
        }
    if (carried > 0)
        reloaded.setFeatures(features);
    if (current.layers() != base.layers) {
        reloaded.setLayers(current.layers());
        ++carried;
    }
    if (!(current.crs() == base.crs)) {
        reloaded.setCrs(current.crs());
        ++carried;
    }
    if (current.title() != base.title) {
        reloaded.setTitle(current.title());
        ++carried;
    }
    if (current.layoutTemplates() != base.layoutTemplates) {
        reloaded.setLayoutTemplates(current.layoutTemplates());
        ++carried;
    }
    if (!current.layerEdits().isEmpty()) {
        reloaded.setLayerEdits(current.layerEdits());
        ++carried;
    }
    return carried;
}

} // namespace yc
