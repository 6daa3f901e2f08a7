// SPDX-License-Identifier: GPL-3.0-or-later
#include "layer_editing.h"

#include "geo/coordinate_transform.h"
#include "geo/planar_distance.h"
#include "map_canvas.h"
#include "plan/layer_commands.h"
#include "plan/project.h"
#include "selection.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace yc {

namespace {

/// Pixel distance from `pos` to a geometry already in widget pixels; inside an area counts as just within reach.
double pixelDistance(const Geometry &pixels, QPointF pos, double tolerance)
{
    return distanceTo(pixels, pos, tolerance * 0.9);
}

} // namespace

LayerEditing::LayerEditing(MapCanvas *canvas, LayerLoader *loader, Selection *selection, QObject *parent)
    : QObject(parent), mCanvas(canvas), mLoader(loader), mSelection(selection)
{
    connect(mLoader, &LayerLoader::loaded, this, &LayerEditing::takeLoadedLayers);
    connect(mSelection, &Selection::changed, this, &LayerEditing::showSelection);
}

void LayerEditing::setProject(Project *project)
{
    if (mProject)
        disconnect(mProject, nullptr, this, nullptr);
    mProject = project;
    mWritten.clear();
    mLayers.clear();
    if (!project)
        return;
    connect(project, &Project::layerEditsChanged, this, [this]() {
        showOnCanvas();
        showSelection();
    });
}

const LayerEditing::Layer *LayerEditing::layer(const QString &key) const
{
    for (const Layer &l : mLayers)
        if (l.key == key)
            return &l;
    return nullptr;
}

void LayerEditing::takeLoadedLayers()
{
    mLayers.clear();
    for (const LoadedLayer &l : mLoader->layers()) {
        if (!l.layer.data)
            continue;
        mLayers.append({layerEditKey(l.path, l.layer.data->layerName), l.ref.name, l.layer.data, l.writability,
                        layerEncoding(l.ref), l.ref.visible, layerIsEditable(l.ref)});
    }
    // Layers just written back now show their files as saved: the states written are in them. (An edit made
    // since the write has another state and stays.)
    if (mProject && !mWritten.isEmpty()) {
        LayerEdits edits = mProject->layerEdits();
        for (const Layer &l : std::as_const(mLayers)) {
            const auto written = mWritten.take(l.key);
            for (auto it = written.cbegin(); it != written.cend(); ++it)
                if (edits.edits(l.key).value(it.key()) == *it)
                    edits.forgetFeature(l.key, it.key());
        }
        mProject->setLayerEdits(edits);
    }
    showOnCanvas();
    showSelection();
    Q_EMIT layersUpdated();
}

void LayerEditing::showOnCanvas()
{
    if (!mProject)
        return;
    QList<RenderLayer> shown;
    for (const LoadedLayer &l : mLoader->layers()) {
        if (!l.isRead())
            continue;
        RenderLayer r = l.layer;
        if (r.data)
            r.data = mProject->layerEdits().applied(layerEditKey(l.path, r.data->layerName), r.data);
        shown.append(r);
    }
    mCanvas->setLayers(shown);
}

void LayerEditing::showSelection()
{
    QList<Geometry> highlights;
    for (const QString &id : mSelection->featureIds())
        if (const auto ref = LayerFeatureRef::fromSelectionId(id))
            highlights.append(geometryInMapCrs(*ref));
    mCanvas->setHighlights(highlights);
}

std::optional<VectorFeature> LayerEditing::feature(const LayerFeatureRef &ref) const
{
    const Layer *l = layer(ref.layerKey);
    if (!l || !mProject)
        return std::nullopt;
    return mProject->layerEdits().feature(ref.layerKey, *l->onDisk, ref.fid);
}

Geometry LayerEditing::geometryInMapCrs(const LayerFeatureRef &ref) const
{
    const Layer *l = layer(ref.layerKey);
    const auto f = feature(ref);
    if (!l || !f)
        return {};
    return CoordinateTransform(l->onDisk->crs, mCanvas->crs()).apply(f->geometry);
}

std::optional<LayerFeatureRef> LayerEditing::featureAt(QPointF widgetPos, double tolerance) const
{
    if (!mProject || mCanvas->unitsPerPixel() <= 0)
        return std::nullopt;
    const QPointF center = mCanvas->toMap(widgetPos);
    const double reach = tolerance * mCanvas->unitsPerPixel();
    const Envelope box = Envelope::of(center.x() - reach, center.y() - reach, center.x() + reach, center.y() + reach);
    for (auto l = mLayers.crbegin(); l != mLayers.crend(); ++l) {   // topmost first
        if (!l->visible || !l->editable)
            continue;
        const CoordinateTransform toMap(l->onDisk->crs, mCanvas->crs());
        if (!toMap.isValid())
            continue;
        const Envelope area = CoordinateTransform(mCanvas->crs(), l->onDisk->crs).apply(box);
        const auto shown = mProject->layerEdits().applied(l->key, l->onDisk);
        std::optional<LayerFeatureRef> best;
        double bestDistance = tolerance;
        for (const VectorFeature &f : shown->features) {
            const Envelope e = f.geometry.envelope();
            if (f.geometry.isEmpty() || !e.intersects(area))
                continue;
            const Geometry pixels = toMap.apply(f.geometry).transformed(
                [this](QPointF p) -> std::optional<QPointF> { return mCanvas->toWidget(p); });
            const double d = pixelDistance(pixels, widgetPos, tolerance);
            if (d <= bestDistance) {
                bestDistance = d;
                best = LayerFeatureRef{l->key, f.fid};
            }
        }
        if (best)
            return best;
    }
    return std::nullopt;
}

QList<LayerFeatureRef> LayerEditing::featuresIn(const Envelope &mapBox) const
{
    QList<LayerFeatureRef> out;
    if (!mProject)
        return out;
    for (const Layer &l : mLayers) {
        if (!l.visible || !l.editable)
            continue;
        const CoordinateTransform toLayer(mCanvas->crs(), l.onDisk->crs);
        if (!toLayer.isValid())
            continue;
        const Envelope area = toLayer.apply(mapBox);
        const Geometry box = Geometry::polygon(QPolygonF(QList<QPointF>{
            {area.xMin, area.yMin}, {area.xMax, area.yMin}, {area.xMax, area.yMax}, {area.xMin, area.yMax}, {area.xMin, area.yMin}}));
        for (const VectorFeature &f : mProject->layerEdits().applied(l.key, l.onDisk)->features)
            if (!f.geometry.isEmpty() && f.geometry.envelope().intersects(area) && f.geometry.intersects(box))
                out.append({l.key, f.fid});
    }
    return out;
}

QString LayerEditing::readOnlyReason(const QString &key) const
{
    const Layer *l = layer(key);
    if (!l)
        return tr("The layer is not loaded.");
    return l->writability.writable ? QString() : l->writability.reason;
}

QStringList LayerEditing::writeEdits()
{
    QStringList errors;
    mRenumbered = false;
    if (!mProject)
        return errors;
    bool written = false;
    const LayerEdits &edits = mProject->layerEdits();
    for (const QString &key : edits.layerKeys()) {
        const Layer *l = layer(key);
        const QString name = l ? l->name : layerEditPath(key);
        if (l && !l->writability.writable) {
            errors << tr("Layer “%1”: %2").arg(name, l->writability.reason);
            continue;
        }
        QList<VectorFeatureChange> changes;
        const auto states = edits.edits(key);
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            changes.append({it.key(), *it});
        VectorWriteBackOptions options;
        options.layerName = key.section(QLatin1Char('\n'), 1);
        options.encoding = l ? l->encoding : QString();
        const VectorWriteBackResult result = writeBackVectorChanges(layerEditPath(key), options, changes);
        if (!result.ok()) {
            errors << tr("Layer “%1”: %2").arg(name, result.error);
            continue;
        }
        mRenumbered = mRenumbered || result.fidsRenumbered;
        mWritten.insert(key, states);
        mLoader->forget(layerEditPath(key));
        written = true;
    }
    if (written)
        mLoader->load(*mProject);
    return errors;
}

void LayerEditing::reload(const QStringList &paths)
{
    if (!mProject)
        return;
    for (const QString &path : paths)
        mLoader->forget(path);
    mLoader->load(*mProject);
}

QStringList LayerEditing::layerPaths() const
{
    QStringList out;
    for (const Layer &l : mLayers)
        if (!out.contains(layerEditPath(l.key)))
            out << layerEditPath(l.key);
    return out;
}

} // namespace yc
