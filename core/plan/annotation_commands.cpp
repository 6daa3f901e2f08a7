// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/annotation_commands.h"

#include "plan/project.h"

namespace yc {

AddAnnotationCommand::AddAnnotationCommand(Project &project, const Annotation &annotation, QUndoCommand *parent)
    : QUndoCommand(parent), mProject(project), mAnnotation(annotation)
{
    setText(tr("Add %1").arg(displayName(annotation.kind).toLower()));
}

void AddAnnotationCommand::redo() { mProject.annotations().put(mAnnotation); }
void AddAnnotationCommand::undo() { mProject.annotations().remove(mAnnotation.id); }

EditAnnotationCommand::EditAnnotationCommand(Project &project, const Annotation &after, QUndoCommand *parent)
    : QUndoCommand(parent), mProject(project), mAfter(after)
{
    if (const Annotation *a = project.annotations().find(after.id))
        mBefore = *a;
    else
        setObsolete(true);   // nothing to edit: the stack drops the command
    setText(tr("Edit %1").arg(displayName(after.kind).toLower()));
}

void EditAnnotationCommand::redo()
{
    if (!isObsolete())
        mProject.annotations().put(mAfter);
}

void EditAnnotationCommand::undo()
{
    if (!isObsolete())
        mProject.annotations().put(mBefore);
}

MoveAnnotationCommand::MoveAnnotationCommand(Project &project, const QString &id, QPointF a, QPointF b, int gesture,
                                             QUndoCommand *parent)
    : MoveAnnotationCommand(project, QList<AnnotationMove>{{id, a, b}}, gesture, parent)
{
}

MoveAnnotationCommand::MoveAnnotationCommand(Project &project, const QList<AnnotationMove> &moves, int gesture,
                                             QUndoCommand *parent)
    : QUndoCommand(parent), mProject(project), mGesture(gesture)
{
    for (const AnnotationMove &m : moves) {
        if (const Annotation *before = project.annotations().find(m.id)) {
            mBefore.append({m.id, before->a, before->b});
            mAfter.append(m);
        }
    }
    if (mAfter.isEmpty()) {
        setObsolete(true);
    } else if (mAfter.size() == 1) {
        setText(tr("Move %1").arg(displayName(project.annotations().find(mAfter.first().id)->kind).toLower()));
    } else {
        setText(tr("Move %n annotation(s)", nullptr, int(mAfter.size())));
    }
}

void MoveAnnotationCommand::apply(const QList<AnnotationMove> &moves)
{
    for (const AnnotationMove &m : moves) {
        const Annotation *current = mProject.annotations().find(m.id);
        if (!current)
            continue;
        Annotation moved = *current;
        moved.a = m.a;
        moved.b = m.b;
        mProject.annotations().put(moved);
    }
}

void MoveAnnotationCommand::redo() { apply(mAfter); }
void MoveAnnotationCommand::undo() { apply(mBefore); }

bool MoveAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveAnnotationCommand *>(other);
    if (mGesture == 0 || next->mGesture != mGesture || next->mAfter.size() != mAfter.size())
        return false;
    for (qsizetype i = 0; i < mAfter.size(); ++i)
        if (next->mAfter.at(i).id != mAfter.at(i).id)
            return false;
    mAfter = next->mAfter;
    return true;
}

RemoveAnnotationCommand::RemoveAnnotationCommand(Project &project, const QString &id, QUndoCommand *parent)
    : QUndoCommand(parent), mProject(project), mIndex(project.annotations().indexOf(id))
{
    if (mIndex >= 0) {
        mAnnotation = project.annotations().list().at(mIndex);
        setText(tr("Delete %1").arg(displayName(mAnnotation.kind).toLower()));
    } else {
        setObsolete(true);
    }
}

void RemoveAnnotationCommand::redo() { mProject.annotations().remove(mAnnotation.id); }
void RemoveAnnotationCommand::undo()
{
    if (!isObsolete())
        mProject.annotations().put(mAnnotation, mIndex);
}

QString uniqueAnnotationId(const Project &project)
{
    for (int n = int(project.annotations().list().size()) + 1;; ++n) {
        const QString id = QStringLiteral("note_%1").arg(n);
        if (!project.annotations().find(id))
            return id;
    }
}

} // namespace yc
