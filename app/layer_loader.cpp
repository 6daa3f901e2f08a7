// SPDX-License-Identifier: GPL-3.0-or-later
#include "layer_loader.h"

#include "geo/coordinate_transform.h"
#include "geo/gcj02.h"
#include "io/vector_data.h"
#include "plan/layer_commands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <utility>

namespace yc {

namespace {

QString cacheKey(const LayerRef &ref, const QString &path)
{
    return QStringList{path, ref.layerName, layerEncoding(ref), layerIsGcj02(ref) ? QStringLiteral("gcj02") : QString(),
                       layerCrs(ref).definition()}
        .join(QLatin1Char('\n'));
}

bool looksLikeRaster(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("png"),
                                         QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("mbtiles"),
                                         QStringLiteral("vrt"), QStringLiteral("img"), QStringLiteral("jp2")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

/// GCJ-02 lon/lat → WGS84, once at load time (the renderer then draws plain WGS84).
void fromGcj02(VectorData &data)
{
    std::optional<CoordinateTransform> toWgs84;
    if (!(data.crs == Crs::wgs84()))
        toWgs84.emplace(data.crs, Crs::wgs84());
    data.extent = Envelope();
    for (VectorFeature &f : data.features) {
        f.geometry = gcj02::toWgs84(toWgs84 ? toWgs84->apply(f.geometry) : f.geometry);
        data.extent.include(f.geometry.envelope());
    }
    data.crs = Crs::wgs84();
}

bool readVector(LoadedLayer &out, ReadProgress &progress, QString *error)
{
    VectorReadOptions options;
    options.layerName = out.ref.layerName;
    options.encoding = layerEncoding(out.ref);
    options.progress = &progress;
    std::optional<VectorData> data = readVectorLayer(out.path, options, error);
    if (!data)
        return false;
    if (const Crs given = layerCrs(out.ref); !given.isEmpty() && given.isValid()) {
        data->crs = given;
    } else if (data->crs.isEmpty()) {
        data->crs = Crs::wgs84();
        out.assumedWgs84 = true;
    }
    if (layerIsGcj02(out.ref)) {
        fromGcj02(*data);
        out.writability.reason = QCoreApplication::translate(
            "yc::LayerLoader", "It is shown converted from GCJ-02; edits cannot be written back to the file.");
    } else {
        out.writability = vectorLayerWritability(out.path, data->layerName);
    }
    out.layer.data = std::make_shared<const VectorData>(std::move(*data));
    return true;
}

bool readRaster(LoadedLayer &out, QString *error)
{
    std::shared_ptr<RasterSource> raster = RasterSource::open(out.path, error);
    if (!raster)
        return false;
    if (const Crs given = layerCrs(out.ref); !given.isEmpty() && given.isValid()) {
        raster->assumeCrs(given);
    } else if (raster->info().crs.isEmpty()) {
        raster->assumeCrs(Crs::wgs84());
        out.assumedWgs84 = true;
    }
    out.layer.raster = std::move(raster);
    return true;
}

LoadedLayer readOne(const LayerRef &ref, const QString &path, ReadProgress &progress)
{
    LoadedLayer out;
    out.ref = ref;
    out.path = path;
    QString vectorError;
    QString rasterError;
    // Try what the file most likely is first; a layer name always means a vector layer.
    const bool rasterFirst = ref.layerName.isEmpty() && looksLikeRaster(path);
    if ((rasterFirst && readRaster(out, &rasterError)) || readVector(out, progress, &vectorError)
        || (!rasterFirst && ref.layerName.isEmpty() && readRaster(out, &rasterError)))
        return out;
    out.error = rasterFirst ? rasterError : vectorError;
    if (out.error.isEmpty())
        out.error = path;
    return out;
}

struct Job {
    LayerRef ref;
    QString path;
    std::optional<LoadedLayer> cached;
};

} // namespace

/// What a load's worker shares with the GUI thread.
struct LayerLoadState {
    ReadProgress progress;          ///< of the layer being read; its cancel() stops the whole load
    std::atomic<int> reading{-1};   ///< index of the job read from its file, -1 when none
};

namespace {

LoadedLayer readOrSkip(const Job &job, ReadProgress &progress)
{
    if (!progress.isCancelled()) {
        LoadedLayer l = readOne(job.ref, job.path, progress);
        if (!progress.isCancelled())
            return l;
    }
    LoadedLayer l;
    l.ref = job.ref;
    l.path = job.path;
    l.cancelled = true;
    l.error = LayerLoader::tr("Loading was cancelled");
    return l;
}

QList<LoadedLayer> readAll(const QList<Job> &jobs, const std::shared_ptr<LayerLoadState> &state)
{
    QList<LoadedLayer> result;
    for (int i = 0; i < jobs.size(); ++i) {
        const Job &job = jobs.at(i);
        if (!job.cached) {
            state->progress.restart();
            state->reading = i;
        }
        LoadedLayer l = job.cached ? *job.cached : readOrSkip(job, state->progress);
        state->reading = -1;
        l.ref = job.ref;
        l.layer.name = job.ref.name;
        l.layer.visible = job.ref.visible;
        l.layer.opacity = job.ref.opacity;
        l.layer.style = layerSymbology(job.ref);
        result.append(std::move(l));
    }
    return result;
}

} // namespace

LayerLoader::~LayerLoader() = default;

void LayerLoader::forget(const QString &path)
{
    mCache.removeIf([&](const auto &entry) { return entry.value().path == path; });
    mRemoved.removeIf([&](const QString &key) { return !mCache.contains(key); });
}

void LayerLoader::keepRead(const QList<LoadedLayer> &result)
{
    QHash<QString, LoadedLayer> previous = std::exchange(mCache, {});
    for (const LoadedLayer &l : result) {
        if (!l.isRead())
            continue;
        const QString key = cacheKey(l.ref, l.path);
        mCache.insert(key, l);
        previous.remove(key);
        mRemoved.removeAll(key);
    }
    for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
        mCache.insert(it.key(), it.value());
        if (!mRemoved.contains(it.key()))
            mRemoved.append(it.key());
    }
    while (mRemoved.size() > kKeptRemoved)
        mCache.remove(mRemoved.takeFirst());
}

std::optional<LayerLoader::Progress> LayerLoader::progress() const
{
    const int reading = mState && mRunning > 0 ? mState->reading.load() : -1;
    if (reading < 0 || reading >= mNames.size())
        return std::nullopt;
    return Progress{mNames.at(reading), mState->progress.done(), mState->progress.total()};
}

void LayerLoader::cancel()
{
    if (mState)
        mState->progress.cancel();
}

void LayerLoader::load(const Project &project)
{
    QList<Job> jobs;
    mNames.clear();
    for (const LayerRef &ref : project.layers()) {
        mNames << ref.name;
        const QString path = project.resolveSource(ref.source);
        const auto hit = mCache.constFind(cacheKey(ref, path));
        jobs.append({ref, path, hit == mCache.cend() ? std::nullopt : std::optional<LoadedLayer>(*hit)});
    }
    const int generation = ++mGeneration;
    ++mRunning;
    // The watcher is parented to us: if we go first, it goes too and the result is simply dropped.
    auto *watcher = new QFutureWatcher<QList<LoadedLayer>>(this);
    connect(watcher, &QFutureWatcher<QList<LoadedLayer>>::finished, this, [this, watcher, generation]() {
        --mRunning;
        const QList<LoadedLayer> result = watcher->result();
        watcher->deleteLater();
        if (generation != mGeneration)
            return;
        mLayers = result;
        keepRead(result);
        QList<RenderLayer> layers;
        QStringList errors;
        QList<LayerRef> unread;
        for (const LoadedLayer &l : result) {
            if (l.cancelled) {
                unread << l.ref;
                continue;
            }
            if (!l.isRead()) {
                errors << tr("Layer “%1”: %2").arg(l.ref.name, l.error);
                continue;
            }
            layers.append(l.layer);
        }
        Q_EMIT loaded(layers, errors);
        if (!unread.isEmpty())
            Q_EMIT cancelled(unread);
    });
    // A newer load supersedes this one: stop reading what nobody will see.
    if (mState)
        mState->progress.cancel();
    mState = std::make_shared<LayerLoadState>();
    watcher->setFuture(QtConcurrent::run(readAll, jobs, mState));
    Q_EMIT started();
}

} // namespace yc
