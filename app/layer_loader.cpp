// SPDX-License-Identifier: GPL-3.0-or-later
#include "layer_loader.h"

#include "io/vector_data.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace yc {

namespace {

struct Job {
    LayerRef ref;
    QString path;   ///< resolved source
};

struct Result {
    QList<RenderLayer> layers;
    QStringList errors;
};

Result readAll(const QList<Job> &jobs)
{
    Result result;
    for (const Job &job : jobs) {
        VectorReadOptions options;
        options.layerName = job.ref.layerName;
        QString error;
        std::optional<VectorData> data = readVectorLayer(job.path, options, &error);
        if (!data) {
            result.errors << QCoreApplication::translate("yc::LayerLoader", "Layer “%1”: %2")
                                 .arg(job.ref.name, error.isEmpty() ? job.path : error);
            continue;
        }
        result.layers.append({std::make_shared<const VectorData>(std::move(*data)), job.ref.name, job.ref.visible,
                              job.ref.opacity});
    }
    return result;
}

} // namespace

LayerLoader::~LayerLoader() = default;

void LayerLoader::load(const Project &project)
{
    QList<Job> jobs;
    for (const LayerRef &ref : project.layers())
        jobs.append({ref, project.resolveSource(ref.source)});
    const int generation = ++mGeneration;
    ++mRunning;
    // The watcher is parented to us: if we go first, it goes too and the result is simply dropped.
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation]() {
        --mRunning;
        const Result result = watcher->result();
        watcher->deleteLater();
        if (generation == mGeneration)
            Q_EMIT loaded(result.layers, result.errors);
    });
    watcher->setFuture(QtConcurrent::run(readAll, jobs));
}

} // namespace yc
