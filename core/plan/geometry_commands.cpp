// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/geometry_commands.h"

#include "plan/project.h"

namespace yc {

namespace {


const PlanFeature *findFeature(const Project &project, const QString &id, QString *error)
{
    const PlanFeature *f = project.feature(id);
    if (!f)
        *error = FeatureEditCommand::tr("There is no feature \"%1\".").arg(id);
    else if (f->geometry.isEmpty())
        *error = FeatureEditCommand::tr("The feature \"%1\" has no location yet.").arg(id);
    return f && !f->geometry.isEmpty() ? f : nullptr;
}

QString featureLabel(const PlanFeature &f) { return f.nameZh.isEmpty() ? f.id : f.nameZh; }

template<typename Command>
std::unique_ptr<Command> failed(QString *out, const QString &error)
{
    if (out)
        *out = error;
    return nullptr;
}

} // namespace

FeatureEditCommand::FeatureEditCommand(Project &project, QList<PlanFeature> before, QList<PlanFeature> after)
    : mProject(project), mBefore(std::move(before)), mAfter(std::move(after))
{
}

void FeatureEditCommand::redo()
{
    for (const PlanFeature &f : std::as_const(mAfter))
        mProject.putFeature(f);
}

void FeatureEditCommand::undo()
{
    for (const PlanFeature &f : std::as_const(mBefore))
        mProject.putFeature(f);
}

bool FeatureEditCommand::mergeAfter(const FeatureEditCommand &next)
{
    if (mGesture == 0 || next.mGesture != mGesture || &next.mProject != &mProject
        || next.mBefore.size() != mAfter.size())
        return false;
    for (qsizetype i = 0; i < mAfter.size(); ++i)
        if (next.mBefore.at(i) != mAfter.at(i))
            return false;
    mAfter = next.mAfter;
    return true;
}

std::unique_ptr<MoveFeaturesCommand> MoveFeaturesCommand::create(Project &project, const QStringList &ids,
                                                                 QPointF delta, const Crs &displayCrs,
                                                                 QString *error)
{
    QString why;
    if (ids.isEmpty())
        return failed<MoveFeaturesCommand>(error, FeatureEditCommand::tr("No feature is selected."));
    QList<PlanFeature> before;
    QList<PlanFeature> after;
    for (const QString &id : ids) {
        const PlanFeature *f = findFeature(project, id, &why);
        if (!f)
            return failed<MoveFeaturesCommand>(error, why);
        const auto moved = translatedGeometry(f->geometry, Project::storageCrs(), delta, displayCrs, &why);
        if (!moved)
            return failed<MoveFeaturesCommand>(error, QStringLiteral("%1: %2").arg(featureLabel(*f), why));
        before.append(*f);
        after.append(*f);
        after.last().geometry = *moved;
    }
    auto command = std::unique_ptr<MoveFeaturesCommand>(new MoveFeaturesCommand(project, before, after));
    command->setText(ids.size() == 1 ? tr("Move %1").arg(featureLabel(before.first()))
                                     : tr("Move %n feature(s)", nullptr, int(ids.size())));
    return command;
}

bool MoveFeaturesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const MoveFeaturesCommand *>(other);
    return next && mergeAfter(*next);
}

MoveVertexCommand::MoveVertexCommand(Project &project, PlanFeature before, PlanFeature after, VertexId vertex)
    : FeatureEditCommand(project, {std::move(before)}, {std::move(after)}), mVertex(vertex)
{
}

std::unique_ptr<MoveVertexCommand> MoveVertexCommand::create(Project &project, const QString &featureId,
                                                             VertexId vertex, QPointF position, const Crs &crs,
                                                             QString *error)
{
    QString why;
    const PlanFeature *f = findFeature(project, featureId, &why);
    if (!f)
        return failed<MoveVertexCommand>(error, why);
    const auto g = geometryWithVertexMoved(f->geometry, Project::storageCrs(), vertex, position, crs, &why);
    if (!g)
        return failed<MoveVertexCommand>(error, why);
    PlanFeature moved = *f;
    moved.geometry = *g;
    auto command = std::unique_ptr<MoveVertexCommand>(new MoveVertexCommand(project, *f, moved, vertex));
    command->setText(tr("Move a vertex of %1").arg(featureLabel(*f)));
    return command;
}

bool MoveVertexCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const MoveVertexCommand *>(other);
    return next && next->mVertex == mVertex && mergeAfter(*next);
}

std::unique_ptr<InsertVertexCommand> InsertVertexCommand::create(Project &project, const QString &featureId,
                                                                 VertexId vertex, QPointF position, const Crs &crs,
                                                                 QString *error)
{
    QString why;
    const PlanFeature *f = findFeature(project, featureId, &why);
    if (!f)
        return failed<InsertVertexCommand>(error, why);
    const auto g = geometryWithVertexInserted(f->geometry, Project::storageCrs(), vertex, position, crs, &why);
    if (!g)
        return failed<InsertVertexCommand>(error, why);
    PlanFeature edited = *f;
    edited.geometry = *g;
    auto command = std::unique_ptr<InsertVertexCommand>(new InsertVertexCommand(project, {*f}, {edited}));
    command->setText(tr("Add a vertex to %1").arg(featureLabel(*f)));
    return command;
}

std::unique_ptr<DeleteVertexCommand> DeleteVertexCommand::create(Project &project, const QString &featureId,
                                                                 VertexId vertex, QString *error)
{
    QString why;
    const PlanFeature *f = findFeature(project, featureId, &why);
    if (!f)
        return failed<DeleteVertexCommand>(error, why);
    const auto g = geometryWithVertexDeleted(f->geometry, vertex, &why);
    if (!g)
        return failed<DeleteVertexCommand>(error, why);
    PlanFeature edited = *f;
    edited.geometry = *g;
    auto command = std::unique_ptr<DeleteVertexCommand>(new DeleteVertexCommand(project, {*f}, {edited}));
    command->setText(tr("Delete a vertex of %1").arg(featureLabel(*f)));
    return command;
}

std::unique_ptr<SetConfidenceCommand> SetConfidenceCommand::create(Project &project, const QString &featureId,
                                                                   LocationConfidence confidence,
                                                                   const QString &note, QString *error)
{
    const PlanFeature *f = project.feature(featureId);
    if (!f)
        return failed<SetConfidenceCommand>(error, FeatureEditCommand::tr("There is no feature \"%1\".").arg(featureId));
    PlanFeature edited = *f;
    edited.confidence = confidence;
    edited.locationNote = note;
    auto command = std::unique_ptr<SetConfidenceCommand>(new SetConfidenceCommand(project, {*f}, {edited}));
    command->setText(tr("Mark the location of %1 as %2").arg(featureLabel(*f), displayName(confidence)));
    return command;
}

std::unique_ptr<SetGeometryCommand> SetGeometryCommand::create(Project &project, const QString &featureId,
                                                               const Geometry &geometry, const QString &text,
                                                               QString *error)
{
    const PlanFeature *f = project.feature(featureId);
    if (!f)
        return failed<SetGeometryCommand>(error, FeatureEditCommand::tr("There is no feature \"%1\".").arg(featureId));
    PlanFeature edited = *f;
    edited.geometry = geometry;
    auto command = std::unique_ptr<SetGeometryCommand>(new SetGeometryCommand(project, {*f}, {edited}));
    command->setText(text);
    return command;
}

std::unique_ptr<EditAttributesCommand> EditAttributesCommand::create(Project &project, const PlanFeature &edited,
                                                                     QString *error)
{
    const PlanFeature *f = project.feature(edited.id);
    if (!f)
        return failed<EditAttributesCommand>(error, FeatureEditCommand::tr("There is no feature \"%1\".").arg(edited.id));
    PlanFeature after = edited;
    after.geometry = f->geometry;
    after.history = f->history;
    if (after == *f)
        return failed<EditAttributesCommand>(error, FeatureEditCommand::tr("Nothing was changed."));
    auto command = std::unique_ptr<EditAttributesCommand>(new EditAttributesCommand(project, {*f}, {after}));
    command->setText(tr("Edit the attributes of %1").arg(featureLabel(after)));
    return command;
}

} // namespace yc
