// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/project.h"

namespace yc {

/// What a project held when it was last loaded or saved: the base against which the planner's unsaved changes
/// are told apart from changes someone else made to the file.
struct ProjectSnapshot {
    QString title;
    QList<PlanFeature> features;
    QList<LayerRef> layers;
    Crs crs;
    QMap<QString, QString> layoutTemplates;
    static ProjectSnapshot of(const Project &project);
};

/// Puts the planner's unsaved changes (what `current` changed since `base`) on top of `reloaded`, the project as
/// now read from its file: features added, changed or removed, the layer list, CRS, title and layout templates
/// where they were changed, and all unsaved edits of external layers. Where both changed the same feature, the
/// planner's version wins. Returns how many changes were carried over (0: nothing was unsaved).
int applyUnsavedChanges(Project &reloaded, const Project &current, const ProjectSnapshot &base);

} // namespace yc
