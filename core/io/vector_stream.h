// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "geo/envelope.h"
#include "geo/packed_geometry.h"

#include <QString>

#include <functional>
#include <memory>

namespace yc {

/// A vector layer opened for drawing once: its name, CRS and extent are known, its geometries are read on
/// demand in batches and not kept, so a million polylines draw in little memory, and a view of part of the
/// layer reads only that part (the GeoPackage R-tree, or OGR's spatial filter). Attributes are not read.
///
/// GeoPackage layers are read straight through SQLite (the geometry blobs, parsed here): GDAL's per-feature
/// cost would otherwise be several times that of the read itself. Other formats go through OGR.
/// read() opens its own handles, so one VectorStream may be read from several threads.
class VectorStream {
public:
    /// Opens layer `layerName` (empty: the first) of `source`; nullptr with `error` set when it cannot.
    static std::shared_ptr<const VectorStream> open(const QString &source, const QString &layerName,
                                                    QString *error = nullptr);

    const QString &source() const { return mSource; }
    const QString &layerName() const { return mLayerName; }
    const Crs &crs() const { return mCrs; }
    const Envelope &extent() const { return mExtent; }
    /// The number of features when the format tells it without reading them all, else -1.
    qint64 featureCount() const { return mFeatureCount; }

    struct Stats {
        qint64 features = 0;   ///< features passed on
        qint64 unusable = 0;   ///< features left out for non-finite or absurd coordinates
    };
    /// Passes the geometries whose envelope meets `area` (in the layer CRS; empty: all) to `sink` in the
    /// layer's feature order, in batches of about `batchSize` features or fewer (PackedGeometry::source counts
    /// from 0 in read order); a layer read in order starts with a quarter of `batchSize` and doubles up to it. A view of part of a GeoPackage layer is read by two connections at once, in
    /// parts of at most half the view, so that a view of less than two batches is passed on in two halves
    /// and their drawing can overlap. The sink is called on the calling thread. The sink may take the batch's contents. Stops early when the sink returns false.
    /// False with `error` set when the layer cannot be read.
    bool read(const Envelope &area, int batchSize, const std::function<bool(PackedGeometry &)> &sink,
              Stats *stats = nullptr, QString *error = nullptr) const;

private:
    bool readGeoPackage(const Envelope &area, int batchSize, const std::function<bool(PackedGeometry &)> &sink,
                        Stats &stats, QString *error) const;
    bool readGeoPackageWindow(const Envelope &area, int batchSize, const std::function<bool(PackedGeometry &)> &sink,
                              Stats &stats, QString *error) const;
    bool readOgr(const Envelope &area, int batchSize, const std::function<bool(PackedGeometry &)> &sink,
                 Stats &stats, QString *error) const;

    QString mSource;
    QString mLayerName;
    Crs mCrs;
    Envelope mExtent;
    qint64 mFeatureCount = -1;
    // GeoPackage: the SQL names needed to read it directly (empty otherwise).
    QString mTable;
    QString mGeometryColumn;
    QString mFidColumn;
    QString mRtree;
};

} // namespace yc
