// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/annotation.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace yc {

class Project;

enum AnnotationCommandId { kMoveAnnotationCommandId = 0x5943'0101 };

/// Undoable edits of a project's annotations. Each keeps the annotation as it was and as it becomes and
/// applies them through Project::annotations(), so undo and redo give back exactly the same values.
/// Push them on `project.undoStack()`; the project must outlive them (it owns the stack).

/// Adds a new annotation (its id must not be in use) on top of the others.
class AddAnnotationCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(yc::AnnotationCommand)
public:
    AddAnnotationCommand(Project &project, const Annotation &annotation, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Project &mProject;
    Annotation mAnnotation;
};

/// Replaces an annotation's text, colours, sizes or points by `after` (same id).
class EditAnnotationCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(yc::AnnotationCommand)
public:
    EditAnnotationCommand(Project &project, const Annotation &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Project &mProject;
    Annotation mBefore;
    Annotation mAfter;
};

/// Where one annotation's two points go (EPSG:4490 for map annotations, mm for page ones).
struct AnnotationMove {
    QString id;
    QPointF a;
    QPointF b;
};

/// Puts the two points of one or more annotations at new places. Moves of the same annotations in one gesture
/// (a mouse drag, non-zero) merge into one undo step.
class MoveAnnotationCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(yc::AnnotationCommand)
public:
    MoveAnnotationCommand(Project &project, const QString &id, QPointF a, QPointF b, int gesture = 0,
                          QUndoCommand *parent = nullptr);
    MoveAnnotationCommand(Project &project, const QList<AnnotationMove> &moves, int gesture = 0,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return kMoveAnnotationCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QList<AnnotationMove> &moves);
    Project &mProject;
    QList<AnnotationMove> mBefore;
    QList<AnnotationMove> mAfter;
    int mGesture;
};

/// Removes an annotation; undo puts it back at its old place in the drawing order.
class RemoveAnnotationCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(yc::AnnotationCommand)
public:
    RemoveAnnotationCommand(Project &project, const QString &id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Project &mProject;
    Annotation mAnnotation;
    qsizetype mIndex = -1;
};

/// An annotation id not yet used in `project`: "note_1", "note_2", …
QString uniqueAnnotationId(const Project &project);

} // namespace yc
