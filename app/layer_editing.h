// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/geometry.h"
#include "layer_loader.h"
#include "plan/layer_edits.h"

#include <QObject>
#include <QPointer>
#include <QHash>
#include <QMap>

#include <memory>
#include <optional>

namespace yc {

class MapCanvas;
class Selection;

/// Editing of external vector layers (files the planner added): which layers can be edited and why not, what
/// the map shows (the files with the project's unsaved edits applied), picking their features on the map, and
/// writing the edits back to the files on save. The edits themselves are undoable commands
/// (plan/layer_edit_commands.h) on the project's stack; the tools ask this class for the layer data they need.
class LayerEditing : public QObject {
    Q_OBJECT
public:
    /// One vector layer as read from disk, with what the editing needs to know about it.
    struct Layer {
        QString key;                              ///< layerEditKey() of the file and layer
        QString name;                             ///< as in the layer tree
        std::shared_ptr<const VectorData> onDisk;
        VectorLayerWritability writability;
        QString encoding;                         ///< the layer's encoding override; empty: the file's own
        bool visible = true;
        bool editable = false;                    ///< the planner switched editing on (layerIsEditable)
    };

    LayerEditing(MapCanvas *canvas, LayerLoader *loader, Selection *selection, QObject *parent = nullptr);
    void setProject(Project *project);

    const QList<Layer> &layers() const { return mLayers; }
    const Layer *layer(const QString &key) const;
    /// The feature as it is now (unsaved edits applied), nullopt when deleted or unknown.
    std::optional<VectorFeature> feature(const LayerFeatureRef &ref) const;
    /// Its geometry in the map's CRS (empty when it has none or cannot be transformed).
    Geometry geometryInMapCrs(const LayerFeatureRef &ref) const;
    /// The feature of a visible vector layer with editing on nearest to `widgetPos` within `tolerance` pixels,
    /// topmost layer first.
    std::optional<LayerFeatureRef> featureAt(QPointF widgetPos, double tolerance = 6) const;
    /// Features of visible vector layers with editing on that meet a box given in the map's CRS.
    QList<LayerFeatureRef> featuresIn(const Envelope &mapBox) const;
    /// Null when the layer's edits can be written back, else the reason they cannot (shown to the user).
    QString readOnlyReason(const QString &key) const;

    /// Writes every edited layer back to its file (see io/vector_edit.h). Returns the errors, one line per layer
    /// that could not be written; the layers that were written re-read their files.
    QStringList writeEdits();
    /// Whether writing renumbered features of a layer (GeoJSON after a delete): the undo history naming them is
    /// stale. Reset by each writeEdits().
    bool renumbered() const { return mRenumbered; }
    /// Reads the layer files at `paths` again (they changed on disk), keeping the unsaved edits on top.
    void reload(const QStringList &paths);
    /// The files of the vector layers shown now.
    QStringList layerPaths() const;

Q_SIGNALS:
    /// The layers were (re)read.
    void layersUpdated();

private:
    void takeLoadedLayers();
    void showOnCanvas();
    void showSelection();

    MapCanvas *mCanvas;
    LayerLoader *mLoader;
    Selection *mSelection;
    QPointer<Project> mProject;
    QList<Layer> mLayers;
    /// Per layer written back: the states written, which are in the file once it is read again.
    QHash<QString, QMap<qint64, LayerEdits::FeatureState>> mWritten;
    bool mRenumbered = false;
};

} // namespace yc
