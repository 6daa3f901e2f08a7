// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/map_renderer.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace yc::cli {

/// Of GDAL's reasons for failing to open a file as vector and as raster, the one that says more: the
/// driver that recognised the file explains what is wrong with it, the other only that it is not its format.
QString openFailure(const QString &vectorError, const QString &rasterError);

/// Reads `path` as a vector layer (`layerName`, empty for the first) or, failing that, as a raster.
/// nullopt with `error` set to one line when neither works; `warnings` receives problems that did not stop it.
std::optional<RenderLayer> loadLayerFile(const QString &path, const QString &layerName, const QString &encoding,
                                         QString *error, QStringList *warnings);

/// Like loadLayerFile, for drawing once: a big vector layer (over 50,000 features) whose style has no labels
/// is opened as a stream, read in batches at render time and not kept in memory. `displayName` is the name the
/// layer is shown with (it can choose the style).
std::optional<RenderLayer> openLayerForDrawing(const QString &path, const QString &layerName, const QString &encoding,
                                               QString *error, QStringList *warnings, const QString &displayName = {});

} // namespace yc::cli
