// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/target_progress.h"

#include <QUndoCommand>

namespace yc {

class Project;

/// Records a new current value of a report target: appends it to the target's history with the user name and the
/// recording time (UTC). Obsolete (does nothing) for an unknown target or a value that is not a finite number.
/// Push it on `project.undoStack()`; the project must outlive the stack's commands.
class RecordTargetValueCommand : public QUndoCommand {
public:
    RecordTargetValueCommand(Project &project, const QString &targetId, double value, const QDate &date,
                             const QString &note, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    /// The history entry this command appends.
    const TargetValue &entry() const { return mEntry; }

private:
    Project &mProject;
    QString mTargetId;
    TargetValue mEntry;
};

} // namespace yc
