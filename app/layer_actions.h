// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "render/layer_style.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class QMainWindow;
class QUndoCommand;

namespace yc {

class LayerLoader;
struct LayerRef;
class LayerTreeDock;
struct LoadedLayer;
class MapCanvas;
class Project;

/// The user's layer and CRS commands for the main window: File ▸ Add layer… and files dropped on the window,
/// the layer tree's zoom, style and properties requests, Settings ▸ Project CRS…, and the canvas following a CRS
/// change with the same area in view. All model changes are undoable commands on the project's stack.
class LayerActions : public QObject {
    Q_OBJECT
public:
    LayerActions(QMainWindow *window, MapCanvas *canvas, LayerLoader *loader, LayerTreeDock *tree);
    void setProject(Project *project);

    /// Adds the files as base layers (rasters at the bottom, vectors on top) in one undo step. A file with
    /// several vector layers asks which to add. Returns how many layers were added.
    int addLayerFiles(const QStringList &paths);
    /// The path to store for `file`: relative to the project folder when it is in or near it.
    QString storedSource(const QString &file) const;
    /// Pushes a SetCrsCommand (no-op for an invalid CRS or the current one).
    void setProjectCrs(const Crs &crs);
    /// Shows the project's CRS on the canvas, keeping the area that was in view.
    void followProjectCrs();
    void zoomToLayer(int index);
    void chooseLayerFiles();
    void chooseProjectCrs();
    void showProperties(int index);
    /// Opens the style dialog of a vector layer that has been read; OK and Apply call applyStyle.
    void editStyle(int index);
    /// Sets a layer's symbology as one undoable step.
    void applyStyle(int index, const LayerStyle &style);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reportLoadWarnings();
    /// A cancelled load of layers just added takes the addition back (an undo step).
    void dropCancelledLayers(const QList<LayerRef> &unread);
    /// What the loader read for the project layer at `index`; nullptr when it has not read that layer (yet).
    const LoadedLayer *loadedLayer(int index) const;

    QMainWindow *mWindow;
    MapCanvas *mCanvas;
    LayerLoader *mLoader;
    LayerTreeDock *mTree;
    QPointer<Project> mProject;
    QUndoCommand *mLastAdd = nullptr;   ///< used only once found at the undo stack's top (else it may be gone)
    QSet<QString> mAskedForCrs;   ///< sources whose missing CRS the planner was already asked about
};

} // namespace yc
