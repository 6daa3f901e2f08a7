// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/project.h"
#include "render/map_renderer.h"

#include <QObject>
#include <QStringList>

namespace yc {

/// Reads a project's base layers with GDAL on a worker thread. A newer load() supersedes an older one still
/// running: only the latest result is announced.
class LayerLoader : public QObject {
    Q_OBJECT
public:
    explicit LayerLoader(QObject *parent = nullptr) : QObject(parent) {}
    ~LayerLoader() override;

    /// Starts reading every layer of `project` (sources resolved against the project file).
    void load(const Project &project);
    bool isLoading() const { return mRunning > 0; }

Q_SIGNALS:
    /// The layers that could be read, in project order, and one line per layer that could not.
    void loaded(const QList<yc::RenderLayer> &layers, const QStringList &errors);

private:
    int mGeneration = 0;
    int mRunning = 0;
};

} // namespace yc
