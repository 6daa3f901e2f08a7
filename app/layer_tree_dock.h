// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/project.h"

#include <QDockWidget>
#include <QPointer>

class QSlider;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace yc {

class LayerLoader;

/// The project's base layers, top of the list drawn last: a checkbox shows or hides a layer, dragging
/// reorders, the slider sets the current layer's opacity, the context menu zooms, removes or shows the
/// properties. Every change is an undoable SetLayersCommand on the project's stack.
class LayerTreeDock : public QDockWidget {
    Q_OBJECT
public:
    LayerTreeDock(const LayerLoader *loader, QWidget *parent = nullptr);
    void setProject(Project *project);
    QTreeWidget *tree() const { return mTree; }

    /// The edits the widgets make, callable directly; `index` is the position in Project::layers().
    void setLayerVisible(int index, bool visible);
    void setLayerOpacity(int index, double opacity);
    void moveLayer(int from, int to);
    void removeLayer(int index);
    /// Project index of the current row; -1 when none.
    int currentLayer() const;

Q_SIGNALS:
    void zoomToLayerRequested(int index);
    void propertiesRequested(int index);
    void styleRequested(int index);

private:
    void rebuild();
    void showLoadState();
    void applyOrderFromTree();
    void showContextMenu(const QPoint &pos);
    void showCurrentOpacity();
    void pushLayers(const QList<LayerRef> &layers, const QString &text, const QString &mergeKey = {});
    int indexOf(const QTreeWidgetItem *item) const;

    const LayerLoader *mLoader;
    QPointer<Project> mProject;
    QTreeWidget *mTree;
    QSlider *mOpacity;
    QSpinBox *mOpacitySpin;
    bool mUpdating = false;
};

} // namespace yc
