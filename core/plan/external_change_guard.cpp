// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/external_change_guard.h"

#include "plan/project.h"

namespace yc {

ExternalChangeGuard::ExternalChangeGuard(Project &project, QObject *parent) : QObject(parent), mProject(project)
{
    connect(&project, &Project::featureChanged, this, [this](const QString &id) {
        if (!mApplying)
            mTouched.insert(id);
    });
    // A reload or a load replaces everything and starts a new history.
    connect(&project, &Project::featuresReset, this, [this]() { mTouched.clear(); });
}

bool ExternalChangeGuard::applyExternal(const std::function<QStringList()> &apply)
{
    mApplying = true;
    const QStringList ids = apply();
    mApplying = false;
    QUndoStack *stack = mProject.undoStack();
    if (stack->count() == 0) {
        mTouched.clear();
        return false;
    }
    bool stale = false;
    for (const QString &id : ids)
        stale = stale || mTouched.contains(id);
    if (!stale)
        return false;
    const bool modified = !stack->isClean();
    stack->clear();   // also makes the stack clean...
    if (modified)
        stack->resetClean();   // ...but the unsaved edits are still there
    mTouched.clear();
    return true;
}

} // namespace yc
