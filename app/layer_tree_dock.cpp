// SPDX-License-Identifier: GPL-3.0-or-later
#include "layer_tree_dock.h"

#include "layer_loader.h"
#include "plan/layer_commands.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

namespace yc {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

/// A flat list that can only be reordered (no nesting) and says when a drop reordered it.
class LayerList : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;
    std::function<void()> onReordered;

protected:
    void dropEvent(QDropEvent *event) override
    {
        QTreeWidget::dropEvent(event);
        if (onReordered)
            QTimer::singleShot(0, this, onReordered);   // after the drag has finished with the items
    }
};

} // namespace

LayerTreeDock::LayerTreeDock(const LayerLoader *loader, QWidget *parent)
    : QDockWidget(tr("Layers"), parent), mLoader(loader)
{
    setObjectName(QStringLiteral("layerTreeDock"));
    auto *list = new LayerList(this);
    mTree = list;
    mTree->setObjectName(QStringLiteral("layerTree"));
    mTree->setHeaderHidden(true);
    mTree->setRootIsDecorated(false);
    mTree->setDragDropMode(QAbstractItemView::InternalMove);
    mTree->setDefaultDropAction(Qt::MoveAction);
    mTree->setContextMenuPolicy(Qt::CustomContextMenu);
    list->onReordered = [this]() { applyOrderFromTree(); };

    mOpacity = new QSlider(Qt::Horizontal, this);
    mOpacity->setObjectName(QStringLiteral("layerOpacitySlider"));
    mOpacity->setRange(0, 100);
    mOpacitySpin = new QSpinBox(this);
    mOpacitySpin->setRange(0, 100);
    mOpacitySpin->setSuffix(QStringLiteral(" %"));
    auto *opacityRow = new QHBoxLayout;
    opacityRow->addWidget(new QLabel(tr("Opacity"), this));
    opacityRow->addWidget(mOpacity, 1);
    opacityRow->addWidget(mOpacitySpin);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(mTree, 1);
    layout->addLayout(opacityRow);
    setWidget(content);

    connect(mTree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (!mUpdating)
            setLayerVisible(indexOf(item), item->checkState(0) == Qt::Checked);
    });
    connect(mTree, &QTreeWidget::currentItemChanged, this, &LayerTreeDock::showCurrentOpacity);
    connect(mTree, &QTreeWidget::customContextMenuRequested, this, &LayerTreeDock::showContextMenu);
    connect(mTree, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { Q_EMIT propertiesRequested(indexOf(item)); });
    connect(mOpacity, &QSlider::valueChanged, mOpacitySpin, &QSpinBox::setValue);
    connect(mOpacitySpin, &QSpinBox::valueChanged, mOpacity, &QSlider::setValue);
    connect(mOpacitySpin, &QSpinBox::valueChanged, this, [this](int percent) {
        if (!mUpdating)
            setLayerOpacity(currentLayer(), percent / 100.0);
    });
    connect(loader, &LayerLoader::loaded, this, &LayerTreeDock::showLoadState);
    showCurrentOpacity();
}

void LayerTreeDock::setProject(Project *project)
{
    if (mProject)
        disconnect(mProject, nullptr, this, nullptr);
    mProject = project;
    if (mProject)
        connect(mProject, &Project::layersChanged, this, &LayerTreeDock::rebuild);
    rebuild();
}

int LayerTreeDock::indexOf(const QTreeWidgetItem *item) const
{
    return item ? item->data(0, kIndexRole).toInt() : -1;
}

int LayerTreeDock::currentLayer() const
{
    return indexOf(mTree->currentItem());
}

void LayerTreeDock::rebuild()
{
    const int current = currentLayer();
    mUpdating = true;
    mTree->clear();
    const QList<LayerRef> layers = mProject ? mProject->layers() : QList<LayerRef>();
    // Top row = last in the project list = drawn last (on top).
    for (qsizetype i = layers.size() - 1; i >= 0; --i) {
        const LayerRef &l = layers.at(i);
        auto *item = new QTreeWidgetItem(mTree, {l.name});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(0, l.visible ? Qt::Checked : Qt::Unchecked);
        item->setData(0, kIndexRole, int(i));
        item->setToolTip(0, l.source);
        if (i == current)
            mTree->setCurrentItem(item);
    }
    mUpdating = false;
    showLoadState();
    showCurrentOpacity();
}

void LayerTreeDock::showLoadState()
{
    if (!mProject)
        return;
    const QList<LoadedLayer> &loaded = mLoader->layers();
    for (int row = 0; row < mTree->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = mTree->topLevelItem(row);
        const int index = indexOf(item);
        const LayerRef &ref = mProject->layers().at(index);
        // The loader's list matches when it read this very list (it may still be reading a newer one).
        const LoadedLayer *l = index < loaded.size() && loaded.at(index).ref.source == ref.source
                                       && loaded.at(index).ref.layerName == ref.layerName
                                   ? &loaded.at(index)
                                   : nullptr;
        QString tip = QDir::toNativeSeparators(ref.source);
        QIcon icon;
        if (l && !l->isRead()) {
            icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
            tip += QLatin1Char('\n') + l->error;
        } else if (l && l->assumedWgs84) {
            icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
            tip += QLatin1Char('\n') + tr("The file declares no CRS: drawn as WGS84 longitude/latitude.");
        }
        if (l && l->layer.data && !l->writability.writable)
            tip += QLatin1Char('\n') + tr("Read-only: %1").arg(l->writability.reason);
        else if (l && l->layer.data && layerIsEditable(ref))
            tip += QLatin1Char('\n') + tr("Editing is on: its features can be moved, reshaped and deleted.");
        const bool updating = std::exchange(mUpdating, true);
        item->setIcon(0, icon);
        item->setToolTip(0, tip);
        mUpdating = updating;
    }
}

void LayerTreeDock::showCurrentOpacity()
{
    const int index = currentLayer();
    const bool has = mProject && index >= 0 && index < mProject->layers().size();
    const bool updating = std::exchange(mUpdating, true);
    mOpacity->setEnabled(has);
    mOpacitySpin->setEnabled(has);
    mOpacitySpin->setValue(has ? int(std::lround(mProject->layers().at(index).opacity * 100)) : 100);
    mUpdating = updating;
}

void LayerTreeDock::pushLayers(const QList<LayerRef> &layers, const QString &text, const QString &mergeKey)
{
    if (mProject && layers != mProject->layers())
        mProject->undoStack()->push(new SetLayersCommand(*mProject, layers, text, mergeKey));
}

void LayerTreeDock::setLayerVisible(int index, bool visible)
{
    if (!mProject || index < 0 || index >= mProject->layers().size())
        return;
    QList<LayerRef> layers = mProject->layers();
    layers[index].visible = visible;
    pushLayers(layers, (visible ? tr("Show layer %1") : tr("Hide layer %1")).arg(layers.at(index).name));
}

void LayerTreeDock::setLayerOpacity(int index, double opacity)
{
    if (!mProject || index < 0 || index >= mProject->layers().size())
        return;
    QList<LayerRef> layers = mProject->layers();
    layers[index].opacity = std::clamp(opacity, 0.0, 1.0);
    pushLayers(layers, tr("Change opacity of %1").arg(layers.at(index).name),
               QStringLiteral("opacity:%1").arg(index));
}

void LayerTreeDock::moveLayer(int from, int to)
{
    if (!mProject || from < 0 || to < 0 || from >= mProject->layers().size() || to >= mProject->layers().size())
        return;
    QList<LayerRef> layers = mProject->layers();
    layers.move(from, to);
    pushLayers(layers, tr("Move layer %1").arg(layers.at(to).name));
}

void LayerTreeDock::removeLayer(int index)
{
    if (!mProject || index < 0 || index >= mProject->layers().size())
        return;
    QList<LayerRef> layers = mProject->layers();
    const QString name = layers.takeAt(index).name;
    pushLayers(layers, tr("Remove layer %1").arg(name));
}

void LayerTreeDock::applyOrderFromTree()
{
    if (!mProject)
        return;
    const QList<LayerRef> &old = mProject->layers();
    QList<LayerRef> layers;
    for (int row = mTree->topLevelItemCount() - 1; row >= 0; --row) {
        const int index = indexOf(mTree->topLevelItem(row));
        if (index >= 0 && index < old.size())
            layers.append(old.at(index));
    }
    if (layers.size() != old.size()) {   // a drop the list could not take as a plain move
        rebuild();
        return;
    }
    pushLayers(layers, tr("Reorder layers"));
    rebuild();   // the indices of the rows changed even when the order did not
}

void LayerTreeDock::showContextMenu(const QPoint &pos)
{
    const int index = indexOf(mTree->itemAt(pos));
    if (index < 0)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Zoom to layer"), this, [this, index]() { Q_EMIT zoomToLayerRequested(index); });
    menu.addAction(tr("&Remove"), this, [this, index]() { removeLayer(index); });
    menu.addSeparator();
    menu.addAction(tr("&Style…"), this, [this, index]() { Q_EMIT styleRequested(index); });
    QAction *editable = menu.addAction(tr("&Edit features"), this, [this, index](bool on) {
        QList<LayerRef> layers = mProject->layers();
        QJsonObject style = layerStyleObject(layers[index]);
        if (on)
            style.insert(QStringLiteral("editable"), true);
        else
            style.remove(QStringLiteral("editable"));
        setLayerStyleObject(layers[index], style);
        pushLayers(layers, on ? tr("Edit features of %1").arg(layers[index].name)
                              : tr("Stop editing %1").arg(layers[index].name));
    });
    editable->setObjectName(QStringLiteral("editLayerFeaturesAction"));
    editable->setCheckable(true);
    editable->setChecked(layerIsEditable(mProject->layers().at(index)));
    menu.addSeparator();
    menu.addAction(tr("&Properties…"), this, [this, index]() { Q_EMIT propertiesRequested(index); });
    menu.exec(mTree->viewport()->mapToGlobal(pos));
}

} // namespace yc
