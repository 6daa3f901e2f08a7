// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/vector_edit.h"
#include "plan/project.h"
#include "render/map_renderer.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace yc {

struct LayerLoadState;

/// One project layer as the loader read it: what is drawn, and what the layer tree and the properties show.
struct LoadedLayer {
    LayerRef ref;
    QString path;                ///< the resolved source
    RenderLayer layer;           ///< `data` or `raster` set when it could be read
    QString error;               ///< why it could not be read
    bool cancelled = false;      ///< the planner cancelled the load before this layer was read
    /// The source declares no CRS: it is drawn as WGS84 lon/lat (the renderer would otherwise take it to be
    /// in the map CRS, which is rarely right).
    bool assumedWgs84 = false;
    /// Whether edits of a vector layer can be written back to its file (and why not).
    VectorLayerWritability writability;
    bool isRead() const { return layer.data || layer.raster; }
};

/// Reads a project's base layers with GDAL (vectors and rasters) on a worker thread. A newer load()
/// supersedes an older one still running: only the latest result is announced. Layers already read with the
/// same source, encoding and GCJ-02 setting are reused, so changing visibility, opacity or order is instant.
/// The last few layers that left the project are held as well (kKeptRemoved), so that undoing their removal
/// or redoing their addition shows them without reading the file again.
class LayerLoader : public QObject {
    Q_OBJECT
public:
    explicit LayerLoader(QObject *parent = nullptr) : QObject(parent) {}
    ~LayerLoader() override;

    /// Starts reading every layer of `project` (sources resolved against the project file).
    void load(const Project &project);
    bool isLoading() const { return mRunning > 0; }
    /// The result of the last finished load: one entry per project layer, in project order.
    const QList<LoadedLayer> &layers() const { return mLayers; }
    /// Drops what was read from `path`, so the next load() reads the file again (it changed on disk).
    void forget(const QString &path);

    /// How far the running load got with the layer it is reading from its file.
    struct Progress {
        QString layerName;
        qint64 done = 0;
        qint64 total = -1;   ///< -1: unknown
    };
    /// Nullopt while no layer is being read from its file (idle, or only reusing layers already read).
    std::optional<Progress> progress() const;
    /// Stops the running load: the layer being read and those after it are left unread (`cancelled`).
    void cancel();

Q_SIGNALS:
    /// A load began on the worker (LoadProgressBar starts watching it).
    void started();
    /// The layers that could be read, in project order, and one line per layer that could not (cancelled
    /// layers are not errors).
    void loaded(const QList<yc::RenderLayer> &layers, const QStringList &errors);
    /// After loaded(), when the planner cancelled that load: the layers left unread.
    void cancelled(const QList<yc::LayerRef> &unread);

private:
    std::shared_ptr<LayerLoadState> mState;   ///< of the latest load, shared with its worker
    QStringList mNames;              ///< the latest load's layer names, in project order
    int mGeneration = 0;
    int mRunning = 0;
    /// Layers read but no longer in the project held at most, each as big as it was read (a million lines
    /// are a few hundred MB): enough for a few undo and redo steps of adding or removing layers.
    static constexpr int kKeptRemoved = 4;
    void keepRead(const QList<LoadedLayer> &result);

    QList<LoadedLayer> mLayers;
    QHash<QString, LoadedLayer> mCache;   ///< by cacheKey(): the project's layers, and those in mRemoved
    QStringList mRemoved;                 ///< cache keys of layers no longer in the project, oldest first
};

} // namespace yc
