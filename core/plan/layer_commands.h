// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "plan/project.h"
#include "render/layer_style.h"

#include <QJsonObject>
#include <QUndoCommand>

namespace yc {

/// Replaces a project's layer list (visibility, order, opacity, style, added or removed layers) and gives the
/// old list back on undo. Consecutive commands with the same `mergeKey` (not empty) merge into one step, so
/// dragging an opacity slider is one undo step.
class SetLayersCommand : public QUndoCommand {
public:
    SetLayersCommand(Project &project, QList<LayerRef> layers, const QString &text, const QString &mergeKey = {},
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return mMergeKey.isEmpty() ? -1 : kId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    static constexpr int kId = 0x4c59;
    Project &mProject;
    QList<LayerRef> mBefore;
    QList<LayerRef> mAfter;
    QString mMergeKey;
};

/// Changes the CRS the project's map is shown in.
class SetCrsCommand : public QUndoCommand {
public:
    SetCrsCommand(Project &project, const Crs &crs, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Project &mProject;
    Crs mBefore;
    Crs mAfter;
};

/// The options a LayerRef keeps in its style JSON: {"gcj02": true} (coordinates are GCJ-02 lon/lat),
/// {"encoding": "CP936"} (attribute encoding override), {"symbology": {…}} (see render/layer_style.h),
/// {"editable": true} (its features can be edited). Unknown keys are kept as they are.
QJsonObject layerStyleObject(const LayerRef &layer);
void setLayerStyleObject(LayerRef &layer, const QJsonObject &style);
bool layerIsGcj02(const LayerRef &layer);
QString layerEncoding(const LayerRef &layer);   ///< empty: the file's own
/// The CRS the planner gave a layer (key "crs", e.g. "EPSG:4547"): it replaces what the file declares, which
/// is how a file without a CRS gets one. Empty: the file's own.
Crs layerCrs(const LayerRef &layer);
/// The planner's symbology, kept under "symbology" in the style JSON (absent: LayerStyle::Kind::Default).
LayerStyle layerSymbology(const LayerRef &layer);
void setLayerSymbology(LayerRef &layer, const LayerStyle &style);
/// {"editable": true}: the planner switched editing on for the layer's features (off by default, so clicks on
/// base layers keep selecting plan features and panning).
bool layerIsEditable(const LayerRef &layer);

} // namespace yc
