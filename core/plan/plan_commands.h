// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan_feature.h"

#include <QUndoCommand>

namespace yc {

class Project;

/// Undoable edits of a project's plan features. Each keeps the feature as it was and as it becomes, and applies
/// them through Project::putFeature / removeFeature, so undo and redo give back exactly the same state.
/// Push them on `project.undoStack()`; the project must outlive the stack's commands (it owns the stack).

/// Appends a status change to a feature's history. The user and the recording time (UTC) are filled in here.
class ChangeStatusCommand : public QUndoCommand {
public:
    ChangeStatusCommand(Project &project, const QString &featureId, Status status, const QDate &date,
                        const QString &note, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    /// The history row this command appends.
    const StatusChange &change() const { return mChange; }

private:
    Project &mProject;
    QString mFeatureId;
    StatusChange mChange;
};

/// Links a feature to a report sentence (no-op when already linked).
class LinkSentenceCommand : public QUndoCommand {
public:
    LinkSentenceCommand(Project &project, const QString &featureId, const QString &sentenceId,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Project &mProject;
    QString mFeatureId;
    QString mSentenceId;
    QStringList mBefore;
};

/// Removes the link between a feature and a report sentence.
class UnlinkSentenceCommand : public QUndoCommand {
public:
    UnlinkSentenceCommand(Project &project, const QString &featureId, const QString &sentenceId,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Project &mProject;
    QString mFeatureId;
    QString mSentenceId;
    QStringList mBefore;
};

/// Adds a new feature (its id must not be in use) at the end of the project's list.
class AddFeatureCommand : public QUndoCommand {
public:
    AddFeatureCommand(Project &project, const PlanFeature &feature, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Project &mProject;
    PlanFeature mFeature;
};

/// Removes a feature; undo puts it back at its old place in the list.
class RemoveFeatureCommand : public QUndoCommand {
public:
    RemoveFeatureCommand(Project &project, const QString &featureId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Project &mProject;
    PlanFeature mFeature;
    qsizetype mIndex = -1;
};

/// An id not yet used in `project`, derived from `base` ("feature" when empty): "base", "base_2", "base_3", …
QString uniqueFeatureId(const Project &project, const QString &base);

} // namespace yc
