// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/layer_edit_commands.h"

#include "plan/project.h"

#include <QFileInfo>

namespace yc {

namespace {

constexpr int kMoveLayerFeaturesId = 0x5943'0011;
constexpr int kMoveLayerVertexId = 0x5943'0012;


template<typename T>
std::unique_ptr<T> failed(QString *out, const QString &error)
{
    if (out)
        *out = error;
    return nullptr;
}

QString layerLabel(const VectorData &onDisk)
{
    return onDisk.layerName.isEmpty() ? QFileInfo(onDisk.source).completeBaseName() : onDisk.layerName;
}

/// The feature as it is now (edits applied), or nullopt with `error` set.
std::optional<VectorFeature> current(const Project &project, const QString &key, const VectorData &onDisk,
                                     qint64 fid, QString *error)
{
    auto f = project.layerEdits().feature(key, onDisk, fid);
    if (!f)
        *error = LayerFeatureEditCommand::tr("Feature %1 of %2 does not exist (any more).").arg(fid).arg(layerLabel(onDisk));
    else if (f->geometry.isEmpty())
        *error = LayerFeatureEditCommand::tr("Feature %1 of %2 has no geometry.").arg(fid).arg(layerLabel(onDisk));
    return f && !f->geometry.isEmpty() ? f : std::nullopt;
}

} // namespace

LayerFeatureEditCommand::LayerFeatureEditCommand(Project &project, QString layerKey, QList<Change> changes,
                                                 int mergeId)
    : mProject(project), mLayerKey(std::move(layerKey)), mChanges(std::move(changes)), mMergeId(mergeId)
{
}

void LayerFeatureEditCommand::redo()
{
    for (const Change &c : std::as_const(mChanges))
        mProject.setLayerFeature(mLayerKey, c.fid, c.after);
}

void LayerFeatureEditCommand::undo()
{
    for (const Change &c : std::as_const(mChanges))
        mProject.setLayerFeature(mLayerKey, c.fid, c.before);
}

bool LayerFeatureEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const LayerFeatureEditCommand *>(other);
    if (!next || mGesture == 0 || next->mGesture != mGesture || next->mMergeId != mMergeId
        || next->mLayerKey != mLayerKey || next->mVertex != mVertex || next->mChanges.size() != mChanges.size())
        return false;
    for (qsizetype i = 0; i < mChanges.size(); ++i)
        if (next->mChanges.at(i).fid != mChanges.at(i).fid || next->mChanges.at(i).before != mChanges.at(i).after)
            return false;
    for (qsizetype i = 0; i < mChanges.size(); ++i)
        mChanges[i].after = next->mChanges.at(i).after;
    return true;
}

std::unique_ptr<LayerFeatureEditCommand> LayerFeatureEditCommand::move(Project &project, const QString &layerKey,
                                                                       const VectorData &onDisk,
                                                                       const QList<qint64> &fids, QPointF delta,
                                                                       const Crs &displayCrs, QString *error)
{
    QString why;
    if (fids.isEmpty())
        return failed<LayerFeatureEditCommand>(error, tr("No feature is selected."));
    QList<Change> changes;
    for (qint64 fid : fids) {
        const auto f = current(project, layerKey, onDisk, fid, &why);
        if (!f)
            return failed<LayerFeatureEditCommand>(error, why);
        const auto g = translatedGeometry(f->geometry, onDisk.crs, delta, displayCrs, &why);
        if (!g)
            return failed<LayerFeatureEditCommand>(error, why);
        VectorFeature moved = *f;
        moved.geometry = *g;
        changes.append({fid, f, moved});
    }
    auto command = std::unique_ptr<LayerFeatureEditCommand>(
        new LayerFeatureEditCommand(project, layerKey, changes, kMoveLayerFeaturesId));
    command->setText(tr("Move %n feature(s) of %1", nullptr, int(fids.size())).arg(layerLabel(onDisk)));
    return command;
}

std::unique_ptr<LayerFeatureEditCommand> LayerFeatureEditCommand::reshaped(
    Project &project, const QString &layerKey, const VectorData &onDisk, qint64 fid, int mergeId,
    const std::function<std::optional<Geometry>(const Geometry &, QString *)> &reshape, QString *error)
{
    QString why;
    const auto f = current(project, layerKey, onDisk, fid, &why);
    const auto g = f ? reshape(f->geometry, &why) : std::nullopt;
    if (!g)
        return failed<LayerFeatureEditCommand>(error, why);
    VectorFeature edited = *f;
    edited.geometry = *g;
    return std::unique_ptr<LayerFeatureEditCommand>(
        new LayerFeatureEditCommand(project, layerKey, {{fid, f, edited}}, mergeId));
}

std::unique_ptr<LayerFeatureEditCommand> LayerFeatureEditCommand::moveVertex(Project &project,
                                                                             const QString &layerKey,
                                                                             const VectorData &onDisk, qint64 fid,
                                                                             VertexId vertex, QPointF position,
                                                                             const Crs &crs, QString *error)
{
    auto command = reshaped(project, layerKey, onDisk, fid, kMoveLayerVertexId,
                            [&](const Geometry &g, QString *why) {
                                return geometryWithVertexMoved(g, onDisk.crs, vertex, position, crs, why);
                            }, error);
    if (command) {
        command->mVertex = vertex;
        command->setText(tr("Move a vertex of feature %1 of %2").arg(fid).arg(layerLabel(onDisk)));
    }
    return command;
}

std::unique_ptr<LayerFeatureEditCommand> LayerFeatureEditCommand::insertVertex(Project &project,
                                                                               const QString &layerKey,
                                                                               const VectorData &onDisk, qint64 fid,
                                                                               VertexId vertex, QPointF position,
                                                                               const Crs &crs, QString *error)
{
    auto command = reshaped(project, layerKey, onDisk, fid, -1,
                            [&](const Geometry &g, QString *why) {
                                return geometryWithVertexInserted(g, onDisk.crs, vertex, position, crs, why);
                            }, error);
    if (command)
        command->setText(tr("Add a vertex to feature %1 of %2").arg(fid).arg(layerLabel(onDisk)));
    return command;
}

std::unique_ptr<LayerFeatureEditCommand> LayerFeatureEditCommand::deleteVertex(Project &project,
                                                                               const QString &layerKey,
                                                                               const VectorData &onDisk, qint64 fid,
                                                                               VertexId vertex, QString *error)
{
    auto command = reshaped(project, layerKey, onDisk, fid, -1,
                            [&](const Geometry &g, QString *why) { return geometryWithVertexDeleted(g, vertex, why); },
                            error);
    if (command)
        command->setText(tr("Delete a vertex of feature %1 of %2").arg(fid).arg(layerLabel(onDisk)));
    return command;
}

std::unique_ptr<LayerFeatureEditCommand> LayerFeatureEditCommand::deleteFeatures(Project &project,
                                                                                 const QString &layerKey,
                                                                                 const VectorData &onDisk,
                                                                                 const QList<qint64> &fids,
                                                                                 QString *error)
{
    QList<Change> changes;
    for (qint64 fid : fids) {
        const auto f = project.layerEdits().feature(layerKey, onDisk, fid);
        if (!f)
            return failed<LayerFeatureEditCommand>(
                error, tr("Feature %1 of %2 does not exist (any more).").arg(fid).arg(layerLabel(onDisk)));
        changes.append({fid, f, std::nullopt});
    }
    if (changes.isEmpty())
        return failed<LayerFeatureEditCommand>(error, tr("No feature is selected."));
    auto command = std::unique_ptr<LayerFeatureEditCommand>(new LayerFeatureEditCommand(project, layerKey, changes, -1));
    command->setText(tr("Delete %n feature(s) of %1", nullptr, int(fids.size())).arg(layerLabel(onDisk)));
    return command;
}

} // namespace yc
