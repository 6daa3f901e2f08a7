// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "plan/geometry_edits.h"
#include "plan/layer_edits.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

namespace yc {

class Project;

/// An edit of features of an external layer: each touched feature's state before and after (absolute states, see
/// LayerEdits), applied through Project::setLayerFeature, so undo and redo give back exactly the same values.
/// Geometries stay in the layer's own CRS (`onDisk.crs`); positions and shifts given in a display CRS are converted
/// for the edited vertices only. Built through the static functions, which refuse impossible edits with a reason.
/// `onDisk` is the layer as last read from its file (the edits already in the project are applied on top).
class LayerFeatureEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(yc::LayerFeatureEditCommand)
public:
    struct Change {
        qint64 fid = -1;
        LayerEdits::FeatureState before;
        LayerEdits::FeatureState after;
    };

    static std::unique_ptr<LayerFeatureEditCommand> move(Project &project, const QString &layerKey,
                                                         const VectorData &onDisk, const QList<qint64> &fids,
                                                         QPointF delta, const Crs &displayCrs,
                                                         QString *error = nullptr);
    static std::unique_ptr<LayerFeatureEditCommand> moveVertex(Project &project, const QString &layerKey,
                                                               const VectorData &onDisk, qint64 fid, VertexId vertex,
                                                               QPointF position, const Crs &crs,
                                                               QString *error = nullptr);
    static std::unique_ptr<LayerFeatureEditCommand> insertVertex(Project &project, const QString &layerKey,
                                                                 const VectorData &onDisk, qint64 fid,
                                                                 VertexId vertex, QPointF position, const Crs &crs,
                                                                 QString *error = nullptr);
    static std::unique_ptr<LayerFeatureEditCommand> deleteVertex(Project &project, const QString &layerKey,
                                                                 const VectorData &onDisk, qint64 fid,
                                                                 VertexId vertex, QString *error = nullptr);
    static std::unique_ptr<LayerFeatureEditCommand> deleteFeatures(Project &project, const QString &layerKey,
                                                                   const VectorData &onDisk,
                                                                   const QList<qint64> &fids,
                                                                   QString *error = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return mMergeId; }
    /// Commands of the same non-zero gesture (one mouse drag) on the same features merge into one undo step.
    bool mergeWith(const QUndoCommand *other) override;
    void setGesture(int gesture) { mGesture = gesture; }
    const QString &layerKey() const { return mLayerKey; }
    const QList<Change> &changes() const { return mChanges; }

private:
    LayerFeatureEditCommand(Project &project, QString layerKey, QList<Change> changes, int mergeId);
    /// The command that gives feature `fid` the geometry `reshape` makes of its current one; nullptr with the
    /// reason in `error` when there is no such feature or `reshape` refuses.
    static std::unique_ptr<LayerFeatureEditCommand>
    reshaped(Project &project, const QString &layerKey, const VectorData &onDisk, qint64 fid, int mergeId,
             const std::function<std::optional<Geometry>(const Geometry &, QString *)> &reshape, QString *error);

    Project &mProject;
    QString mLayerKey;
    QList<Change> mChanges;
    int mMergeId = -1;
    VertexId mVertex;   ///< for vertex moves: merging needs the same vertex
    int mGesture = 0;
};

} // namespace yc
