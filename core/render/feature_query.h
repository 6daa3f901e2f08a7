// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "render/map_renderer.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <utility>

namespace yc {

/// One thing found at a map point: a vector feature with its attributes, or a raster pixel.
struct FeatureHit {
    int layerIndex = -1;          ///< position in the layer list searched
    QString layerName;
    qint64 fid = -1;              ///< -1 for a raster pixel
    QString geometryType;         ///< "Point", "Polygon"…, or "Raster"
    QList<std::pair<QString, QString>> attributes;   ///< field name → text, in field order
    double distance = 0;          ///< from the point, in map units (0 inside an area)
};

/// The features of the visible layers within `tolerance` map units of `point` (both in `mapCrs`), topmost
/// layer first and nearest first within a layer, at most `maxPerLayer` per layer. Rasters give the colour of
/// the pixel under the point. Reentrant; reads only the shared, immutable layer data.
QList<FeatureHit> featuresAt(const QList<RenderLayer> &layers, const Crs &mapCrs, QPointF point, double tolerance,
                             int maxPerLayer = 20);

} // namespace yc
