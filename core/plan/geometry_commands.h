// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "plan/geometry_edits.h"
#include "plan/plan_feature.h"

#include <QCoreApplication>
#include <QPointF>
#include <QStringList>
#include <QUndoCommand>

#include <memory>
#include <optional>

namespace yc {

class Project;

/// Undo-command ids for QUndoStack merging: consecutive commands with the same id are offered to mergeWith().
enum GeometryCommandId { kMoveFeaturesCommandId = 0x5943'0001, kMoveVertexCommandId = 0x5943'0002 };

/// Base of the geometry edits: remembers each touched feature exactly as it was and as it becomes, so undo
/// restores the very same values (no inverse arithmetic) and redo re-applies the computed result.
/// The commands are built through their `create` functions, which refuse impossible edits with a reason.
class FeatureEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(yc::FeatureEditCommand)
public:
    void redo() override;
    void undo() override;
    const QList<PlanFeature> &before() const { return mBefore; }
    const QList<PlanFeature> &after() const { return mAfter; }
    /// Commands of the same non-zero gesture (one mouse drag) merge into one undo step; 0 never merges.
    void setGesture(int gesture) { mGesture = gesture; }
    int gesture() const { return mGesture; }

protected:
    FeatureEditCommand(Project &project, QList<PlanFeature> before, QList<PlanFeature> after);
    /// Takes over `next`'s result when it edits the same features (a drag becomes one step).
    bool mergeAfter(const FeatureEditCommand &next);

    Project &mProject;
    QList<PlanFeature> mBefore;
    QList<PlanFeature> mAfter;
    int mGesture = 0;
};

/// Translates features by a vector given in the display CRS: every vertex goes storage → display, is shifted,
/// and comes back display → storage, so the shape moves as it looks on the map. Moves of the same features in
/// the same gesture merge, so a whole mouse drag is one undo step.
class MoveFeaturesCommand : public FeatureEditCommand {
public:
    static std::unique_ptr<MoveFeaturesCommand> create(Project &project, const QStringList &ids, QPointF delta,
                                                       const Crs &displayCrs, QString *error = nullptr);
    int id() const override { return kMoveFeaturesCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    using FeatureEditCommand::FeatureEditCommand;
};

/// Puts one vertex at a position given in `crs` (the display CRS for a drag, EPSG:4490 or the map CRS when
/// coordinates are typed). The first and last vertex of a closed ring move together. Only the moved vertex is
/// transformed; the others keep their stored values bit for bit. Moves of one vertex in one gesture merge.
class MoveVertexCommand : public FeatureEditCommand {
public:
    static std::unique_ptr<MoveVertexCommand> create(Project &project, const QString &featureId, VertexId vertex,
                                                     QPointF position, const Crs &crs, QString *error = nullptr);
    int id() const override { return kMoveVertexCommandId; }
    bool mergeWith(const QUndoCommand *other) override;
    VertexId vertex() const { return mVertex; }

private:
    MoveVertexCommand(Project &project, PlanFeature before, PlanFeature after, VertexId vertex);
    VertexId mVertex;
};

/// Inserts a vertex so that it gets index `vertex.index` in its ring (lines: 0…size; closed rings:
/// 1…size-1, i.e. between two existing vertices). The position is given in `crs`.
class InsertVertexCommand : public FeatureEditCommand {
public:
    static std::unique_ptr<InsertVertexCommand> create(Project &project, const QString &featureId, VertexId vertex,
                                                       QPointF position, const Crs &crs, QString *error = nullptr);

private:
    using FeatureEditCommand::FeatureEditCommand;
};

/// Deletes a vertex. Refuses to leave a line with fewer than 2 vertices or a ring with fewer than 4 (a closed
/// triangle); a multi-point loses the part; a single point cannot lose its only vertex (delete the feature).
class DeleteVertexCommand : public FeatureEditCommand {
public:
    static std::unique_ptr<DeleteVertexCommand> create(Project &project, const QString &featureId, VertexId vertex,
                                                       QString *error = nullptr);

private:
    using FeatureEditCommand::FeatureEditCommand;
};

/// Sets how exact a feature's location is, with the note that explains it (asked after moving a placeholder).
class SetConfidenceCommand : public FeatureEditCommand {
public:
    static std::unique_ptr<SetConfidenceCommand> create(Project &project, const QString &featureId,
                                                        LocationConfidence confidence, const QString &note,
                                                        QString *error = nullptr);

private:
    using FeatureEditCommand::FeatureEditCommand;
};

/// Replaces a feature's geometry by another one in the storage CRS (used by "repair geometry").
class SetGeometryCommand : public FeatureEditCommand {
public:
    static std::unique_ptr<SetGeometryCommand> create(Project &project, const QString &featureId,
                                                      const Geometry &geometry, const QString &text,
                                                      QString *error = nullptr);

private:
    using FeatureEditCommand::FeatureEditCommand;
};

/// Replaces what the attribute form edits — names, category, county, location confidence and note, linked
/// sentences and targets — keeping the feature's id, geometry and status history.
class EditAttributesCommand : public FeatureEditCommand {
public:
    static std::unique_ptr<EditAttributesCommand> create(Project &project, const PlanFeature &edited,
                                                         QString *error = nullptr);

private:
    using FeatureEditCommand::FeatureEditCommand;
};

} // namespace yc
