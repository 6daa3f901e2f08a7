// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/geometry_commands.h"

#include "geo/coordinate_transform.h"
#include "plan/project.h"

namespace yc {

namespace {

using Tr = FeatureEditCommand;

bool isRingType(const Geometry &g) { return g.dimension() == 2; }

/// Where the vertex lives, or nullptr with `error` set.
QPolygonF *ringOf(Geometry &g, VertexId v, QString *error)
{
    if (v.part < 0 || v.part >= g.parts.size() || v.ring < 0 || v.ring >= g.parts[v.part].size()) {
        *error = Tr::tr("The geometry has no part %1, ring %2.").arg(v.part).arg(v.ring);
        return nullptr;
    }
    return &g.parts[v.part][v.ring];
}

const PlanFeature *findFeature(const Project &project, const QString &id, QString *error)
{
    const PlanFeature *f = project.feature(id);
    if (!f)
        *error = Tr::tr("There is no feature \"%1\".").arg(id);
    else if (f->geometry.isEmpty())
        *error = Tr::tr("The feature \"%1\" has no location yet.").arg(id);
    return f && !f->geometry.isEmpty() ? f : nullptr;
}

/// `position` given in `crs`, converted to the storage CRS; nullopt with `error` set when PROJ fails.
std::optional<QPointF> toStorage(QPointF position, const Crs &crs, QString *error)
{
    const CoordinateTransform t(crs, Project::storageCrs());
    if (!t.isValid()) {
        *error = Tr::tr("Cannot convert coordinates from %1: %2").arg(crs.definition(), t.error());
        return std::nullopt;
    }
    const auto p = t.apply(position);
    if (!p)
        *error = Tr::tr("The position %1, %2 cannot be converted to longitude and latitude.")
                     .arg(position.x(), 0, 'f', 3)
                     .arg(position.y(), 0, 'f', 3);
    return p;
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
        return failed<MoveFeaturesCommand>(error, Tr::tr("No feature is selected."));
    const CoordinateTransform toDisplay(Project::storageCrs(), displayCrs);
    if (!toDisplay.isValid())
        return failed<MoveFeaturesCommand>(
            error, Tr::tr("Cannot convert coordinates to %1: %2").arg(displayCrs.definition(), toDisplay.error()));
    QList<PlanFeature> before;
    QList<PlanFeature> after;
    for (const QString &id : ids) {
        const PlanFeature *f = findFeature(project, id, &why);
        if (!f)
            return failed<MoveFeaturesCommand>(error, why);
        PlanFeature moved = *f;
        moved.geometry = f->geometry.transformed([&](QPointF p) -> std::optional<QPointF> {
            const auto d = toDisplay.apply(p);
            return d ? toDisplay.applyInverse(*d + delta) : std::nullopt;
        });
        if (moved.geometry.isEmpty())
            return failed<MoveFeaturesCommand>(
                error, Tr::tr("\"%1\" cannot be moved there: its coordinates cannot be converted.").arg(id));
        before.append(*f);
        after.append(moved);
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
    PlanFeature moved = *f;
    QPolygonF *ring = ringOf(moved.geometry, vertex, &why);
    if (!ring)
        return failed<MoveVertexCommand>(error, why);
    if (vertex.index < 0 || vertex.index >= ring->size())
        return failed<MoveVertexCommand>(error, Tr::tr("The ring has no vertex %1.").arg(vertex.index));
    const auto p = toStorage(position, crs, &why);
    if (!p)
        return failed<MoveVertexCommand>(error, why);
    const qsizetype last = ring->size() - 1;
    (*ring)[vertex.index] = *p;
    if (isRingType(moved.geometry) && last > 0 && (vertex.index == 0 || vertex.index == last))
        (*ring)[vertex.index == 0 ? last : 0] = *p;   // keep the ring closed
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
    if (f->geometry.dimension() == 0)
        return failed<InsertVertexCommand>(error, Tr::tr("A point has no segments to insert a vertex into."));
    PlanFeature edited = *f;
    QPolygonF *ring = ringOf(edited.geometry, vertex, &why);
    if (!ring)
        return failed<InsertVertexCommand>(error, why);
    const bool closed = isRingType(edited.geometry);
    const qsizetype lowest = closed ? 1 : 0;
    const qsizetype highest = closed ? ring->size() - 1 : ring->size();
    if (vertex.index < lowest || vertex.index > highest)
        return failed<InsertVertexCommand>(error, Tr::tr("A vertex cannot be inserted at position %1.").arg(vertex.index));
    const auto p = toStorage(position, crs, &why);
    if (!p)
        return failed<InsertVertexCommand>(error, why);
    ring->insert(vertex.index, *p);
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
    PlanFeature edited = *f;
    Geometry &g = edited.geometry;
    QPolygonF *ring = ringOf(g, vertex, &why);
    if (!ring)
        return failed<DeleteVertexCommand>(error, why);
    if (vertex.index < 0 || vertex.index >= ring->size())
        return failed<DeleteVertexCommand>(error, Tr::tr("The ring has no vertex %1.").arg(vertex.index));
    switch (g.dimension()) {
    case 0:
        if (g.parts.size() < 2)
            return failed<DeleteVertexCommand>(
                error, Tr::tr("A point cannot lose its only vertex; delete the feature instead."));
        g.parts.removeAt(vertex.part);
        break;
    case 1:
        if (ring->size() <= 2)
            return failed<DeleteVertexCommand>(error, Tr::tr("A line needs at least two vertices."));
        ring->removeAt(vertex.index);
        break;
    default: {
        // Closed: n stored vertices are n-1 distinct corners; a triangle (4 stored) is the smallest ring.
        if (ring->size() <= 4)
            return failed<DeleteVertexCommand>(error, Tr::tr("A polygon ring needs at least three corners."));
        const qsizetype last = ring->size() - 1;
        if (vertex.index == 0 || vertex.index == last) {
            ring->removeFirst();
            (*ring)[ring->size() - 1] = ring->first();
        } else {
            ring->removeAt(vertex.index);
        }
        break;
    }
    }
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
        return failed<SetConfidenceCommand>(error, Tr::tr("There is no feature \"%1\".").arg(featureId));
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
        return failed<SetGeometryCommand>(error, Tr::tr("There is no feature \"%1\".").arg(featureId));
    PlanFeature edited = *f;
    edited.geometry = geometry;
    auto command = std::unique_ptr<SetGeometryCommand>(new SetGeometryCommand(project, {*f}, {edited}));
    command->setText(text);
    return command;
}

std::optional<QPointF> vertexAt(const Geometry &geometry, VertexId v)
{
    if (v.part < 0 || v.part >= geometry.parts.size())
        return std::nullopt;
    const Geometry::Part &part = geometry.parts.at(v.part);
    if (v.ring < 0 || v.ring >= part.size())
        return std::nullopt;
    const QPolygonF &ring = part.at(v.ring);
    if (v.index < 0 || v.index >= ring.size())
        return std::nullopt;
    return ring.at(v.index);
}

} // namespace yc
