// SPDX-License-Identifier: GPL-3.0-or-later
#include "layer_actions.h"

#include "geo/coordinate_transform.h"
#include "io/vector_data.h"
#include "layer_loader.h"
#include "layer_properties_dialog.h"
#include "layer_style_dialog.h"
#include "layer_tree_dock.h"
#include "map_canvas.h"
#include "plan/layer_commands.h"
#include "project_crs_dialog.h"
#include "render/plan_style.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace yc {

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (mime && mime->hasUrls())
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
                files << url.toLocalFile();
    return files;
}

/// Asks which of a file's vector layers to add; empty when cancelled.
QStringList chooseLayers(QWidget *parent, const QString &file, const QStringList &names)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("chooseLayersDialog"));
    dialog.setWindowTitle(LayerActions::tr("Add layers from %1").arg(QFileInfo(file).fileName()));
    auto *list = new QListWidget(&dialog);
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(LayerActions::tr("The file holds %n layer(s). Add:", nullptr, int(names.size())),
                                 &dialog));
    layout->addWidget(list);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QStringList chosen;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            chosen << list->item(i)->text();
    return chosen;
}

} // namespace

LayerActions::LayerActions(QMainWindow *window, MapCanvas *canvas, LayerLoader *loader, LayerTreeDock *tree)
    : QObject(window), mWindow(window), mCanvas(canvas), mLoader(loader), mTree(tree)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
    connect(tree, &LayerTreeDock::zoomToLayerRequested, this, &LayerActions::zoomToLayer);
    connect(tree, &LayerTreeDock::propertiesRequested, this, &LayerActions::showProperties);
    connect(tree, &LayerTreeDock::styleRequested, this, &LayerActions::editStyle);
    connect(loader, &LayerLoader::loaded, this, &LayerActions::reportLoadWarnings);
    connect(loader, &LayerLoader::cancelled, this, &LayerActions::dropCancelledLayers);
}

void LayerActions::setProject(Project *project)
{
    mProject = project;
}

QString LayerActions::storedSource(const QString &file) const
{
    const QString absolute = QFileInfo(file).absoluteFilePath();
    if (!mProject || mProject->filePath().isEmpty())
        return absolute;
    const QString relative = QFileInfo(mProject->filePath()).absoluteDir().relativeFilePath(absolute);
    // "Near" = at most two folders up; anything further (or on another drive) stays absolute.
    if (QDir::isAbsolutePath(relative) || relative.startsWith(QLatin1String("../../../")))
        return absolute;
    return relative;
}

int LayerActions::addLayerFiles(const QStringList &paths)
{
    if (!mProject)
        return 0;
    QList<LayerRef> rasters;
    QList<LayerRef> vectors;
    for (const QString &path : paths) {
        LayerRef ref;
        ref.source = storedSource(path);
        ref.name = QFileInfo(path).completeBaseName();
        const QStringList names = vectorLayerNames(path);
        if (names.size() > 1) {
            for (const QString &name : chooseLayers(mWindow, path, names)) {
                LayerRef one = ref;
                one.layerName = name;
                one.name = name;
                vectors << one;
            }
        } else if (names.size() == 1) {
            vectors << ref;
        } else if (RasterSource::open(path)) {
            rasters << ref;
        } else {
            mWindow->statusBar()->showMessage(tr("%1 is neither a vector nor a raster file GDAL can read.")
                                                  .arg(QDir::toNativeSeparators(path)), 8000);
        }
    }
    const int added = int(rasters.size() + vectors.size());
    if (added == 0)
        return 0;
    // Imagery goes under the existing layers, vectors over them; the tree reorders either.
    QList<LayerRef> layers = rasters + mProject->layers() + vectors;
    auto *add = new SetLayersCommand(*mProject, layers, tr("Add %n layer(s)", nullptr, added));
    mProject->undoStack()->push(add);
    mLastAdd = add;
    mWindow->statusBar()->showMessage(tr("Added %n layer(s)", nullptr, added), 5000);
    return added;
}

void LayerActions::chooseLayerFiles()
{
    const QString dir = mProject && !mProject->filePath().isEmpty()
                            ? QFileInfo(mProject->filePath()).absolutePath() : QString();
    const QStringList files = QFileDialog::getOpenFileNames(
        mWindow, tr("Add layer"), dir,
        tr("All GIS files (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.gml *.gpx *.csv *.fgb *.topojson *.tif "
           "*.tiff *.png *.jpg *.mbtiles);;All files (*)"));
    if (!files.isEmpty())
        addLayerFiles(files);
}

bool LayerActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mWindow && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove)) {
        auto *drag = static_cast<QDropEvent *>(event);
        if (!localFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == mWindow && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = localFiles(drop->mimeData());
        if (!files.isEmpty()) {
            drop->acceptProposedAction();
            addLayerFiles(files);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void LayerActions::setProjectCrs(const Crs &crs)
{
    if (mProject && !crs.isEmpty() && crs.isValid() && !(crs == mProject->crs()))
        mProject->undoStack()->push(new SetCrsCommand(*mProject, crs));
}

void LayerActions::chooseProjectCrs()
{
    if (!mProject)
        return;
    ProjectCrsDialog dialog(mProject->crs(), mWindow);
    if (dialog.exec() == QDialog::Accepted)
        setProjectCrs(dialog.crs());
}

void LayerActions::followProjectCrs()
{
    if (!mProject)
        return;
    const Crs from = mCanvas->crs();
    const Envelope shown = mCanvas->unitsPerPixel() > 0 ? mCanvas->visibleExtent() : Envelope();
    mCanvas->setCrs(mProject->crs());
    if (shown.isEmpty())
        return;
    const CoordinateTransform t(from, mProject->crs());
    const Envelope now = t.isValid() ? t.apply(shown) : Envelope();
    if (!now.isEmpty())
        mCanvas->setExtent(now);
}

void LayerActions::zoomToLayer(int index)
{
    const QList<LoadedLayer> &loaded = mLoader->layers();
    if (!mProject || index < 0 || index >= loaded.size() || !loaded.at(index).isRead())
        return;
    RenderLayer layer = loaded.at(index).layer;
    layer.visible = true;
    const Envelope extent = MapRenderer::fullExtent({layer}, {}, mCanvas->crs());
    if (extent.isEmpty()) {
        mWindow->statusBar()->showMessage(tr("The layer has no extent to zoom to."), 5000);
        return;
    }
    mCanvas->setExtent(extent.buffered(std::max(extent.width(), extent.height()) * 0.03));
}

void LayerActions::showProperties(int index)
{
    if (!mProject || index < 0 || index >= mProject->layers().size())
        return;
    const LayerRef ref = mProject->layers().at(index);
    LayerPropertiesDialog dialog(ref, loadedLayer(index), mWindow);
    if (dialog.exec() != QDialog::Accepted || !mProject)
        return;
    QList<LayerRef> layers = mProject->layers();
    if (index >= layers.size() || layers.at(index) == dialog.layer())
        return;
    layers[index] = dialog.layer();
    mProject->undoStack()->push(new SetLayersCommand(*mProject, layers, tr("Change properties of %1").arg(ref.name)));
}

const LoadedLayer *LayerActions::loadedLayer(int index) const
{
    const QList<LoadedLayer> &loaded = mLoader->layers();
    if (!mProject || index < 0 || index >= mProject->layers().size() || index >= loaded.size())
        return nullptr;
    const LayerRef &ref = mProject->layers().at(index);
    const LoadedLayer &l = loaded.at(index);
    return l.ref.source == ref.source && l.ref.layerName == ref.layerName ? &l : nullptr;
}

void LayerActions::editStyle(int index)
{
    const LoadedLayer *l = loadedLayer(index);
    if (!l || !l->layer.data) {
        mWindow->statusBar()->showMessage(tr("Only vector layers that could be read can be styled."), 6000);
        return;
    }
    const LayerRef ref = mProject->layers().at(index);
    const std::shared_ptr<const VectorData> data = l->layer.data;   // stays alive while the dialog shows it
    LayerStyleDialog dialog(ref.name, layerSymbology(ref), *data,
                            Symbol::fromBase(baseLayerStyle(data->layerName, ref.name)), mWindow);
    connect(&dialog, &LayerStyleDialog::applied, this, [this, index](const LayerStyle &s) { applyStyle(index, s); });
    if (dialog.exec() == QDialog::Accepted)
        applyStyle(index, dialog.style());
}

void LayerActions::applyStyle(int index, const LayerStyle &style)
{
    if (!mProject || index < 0 || index >= mProject->layers().size())
        return;
    QList<LayerRef> layers = mProject->layers();
    setLayerSymbology(layers[index], style);
    if (layers != mProject->layers())
        mProject->undoStack()->push(new SetLayersCommand(*mProject, layers,
                                                         tr("Change style of %1").arg(layers.at(index).name)));
}

void LayerActions::dropCancelledLayers(const QList<LayerRef> &unread)
{
    QStringList names;
    for (const LayerRef &ref : unread)
        names << ref.name;
    mWindow->statusBar()->showMessage(LayerActions::tr("Loading of %1 cancelled").arg(names.join(QStringLiteral(", "))),
                                      8000);
    // Only when the addition is still the last step: anything done since would be undone with it. Otherwise
    // (an opened project, or a later edit) the layers stay in the project, shown unread in the layer tree.
    QUndoStack *stack = mProject ? mProject->undoStack() : nullptr;
    if (!stack || !mLastAdd || stack->index() == 0 || stack->command(stack->index() - 1) != mLastAdd)
        return;
    // Taken back and off the stack: the planner chose not to have these layers, so no Redo step should bring
    // them back (and start the long read again). QUndoStack deletes an obsolete command it is asked to redo
    // without running it.
    stack->undo();
    mLastAdd->setObsolete(true);
    stack->redo();
    mLastAdd = nullptr;
}

void LayerActions::reportLoadWarnings()
{
    QStringList names;
    int firstNew = -1;
    const QList<LoadedLayer> &loaded = mLoader->layers();
    for (int i = 0; i < loaded.size(); ++i) {
        const LoadedLayer &l = loaded.at(i);
        if (!l.isRead() || !l.assumedWgs84)
            continue;
        names << l.ref.name;
        if (firstNew < 0 && !mAskedForCrs.contains(l.path))
            firstNew = i;
        mAskedForCrs.insert(l.path);
    }
    if (names.isEmpty())
        return;
    const QString warning = tr("No CRS in %1: drawn as WGS84 longitude/latitude.").arg(names.join(QStringLiteral(", ")));
    const QString shown = mWindow->statusBar()->currentMessage();
    mWindow->statusBar()->showMessage(shown.isEmpty() ? warning : shown + QStringLiteral(" · ") + warning);
    if (firstNew < 0)
        return;
    // Ask once per file, without blocking: the layer is drawn as WGS84 meanwhile.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Layer without CRS"),
                                tr("“%1” declares no coordinate reference system. It is drawn as WGS84 "
                                   "longitude/latitude for now.").arg(loaded.at(firstNew).ref.name),
                                QMessageBox::NoButton, mWindow);
    box->setObjectName(QStringLiteral("missingCrsBox"));
    box->setInformativeText(tr("Give its CRS in the layer's properties (for example EPSG:4546 for CGCS2000 "
                               "Gauss–Krüger CM 111E)."));
    QPushButton *set = box->addButton(tr("Set CRS…"), QMessageBox::AcceptRole);
    box->addButton(tr("Keep WGS84"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString source = loaded.at(firstNew).ref.source;
    // Queued: the properties dialog opens after the box has closed.
    connect(set, &QPushButton::clicked, this, [this, source]() {
        for (int i = 0; mProject && i < mProject->layers().size(); ++i)
            if (mProject->layers().at(i).source == source) {
                showProperties(i);
                return;
            }
    }, Qt::QueuedConnection);
    box->setWindowModality(Qt::NonModal);   // the map stays usable while the question waits
    box->show();
}

} // namespace yc
