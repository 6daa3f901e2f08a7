// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "geo/envelope.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace yc {

/// What a raster file holds, as GDAL reports it.
struct RasterInfo {
    QString source;
    QString driver;            ///< GDAL short name: "GTiff", "PNG", "MBTiles", "GPKG"…
    QSize size;                ///< pixels
    int bandCount = 0;
    QString dataType;          ///< of the first band: "Byte", "Int16", "Float32"…
    QStringList bandColors;    ///< colour interpretation per band: "Red", "Gray", "Palette", "Alpha"…
    Crs crs;                   ///< empty when the file declares none
    bool georeferenced = false;   ///< a geotransform (or world file) places the pixels
    std::array<double, 6> geoTransform{0, 1, 0, 0, 0, 1};   ///< GDAL's affine pixel → CRS coefficients
    Envelope extent;           ///< in `crs`; empty when not georeferenced
    int overviewCount = 0;     ///< of the first band
};

/// A raster opened with GDAL (GeoTIFF/COG, PNG/JPEG with world files, MBTiles, GeoPackage tiles…) that
/// reads map windows as images. Thread-safe: reads are serialised on the one GDAL handle, so share it
/// between threads through std::shared_ptr<const RasterSource>.
class RasterSource {
public:
    /// Opens `path`; nullptr with `error` set to a one-line reason when GDAL cannot read it as a raster.
    static std::shared_ptr<RasterSource> open(const QString &path, QString *error = nullptr);
    ~RasterSource();
    RasterSource(const RasterSource &) = delete;
    RasterSource &operator=(const RasterSource &) = delete;

    const RasterInfo &info() const { return mInfo; }
    /// Declares the CRS of a file that names none (e.g. a world file without .prj). Call before sharing.
    void assumeCrs(const Crs &crs) { mInfo.crs = crs; }

    /// The part of the raster inside `area` (in the raster's CRS, north up) resampled to `size` pixels, as
    /// an ARGB32 image: transparent where the raster has no data or does not reach. GDAL picks the
    /// overview that fits the output resolution. A null image with `error` set when reading fails.
    /// `keepReading`, when given, is called from GDAL's read with the share done so far (0…1), often enough to
    /// follow a long read of a big raster without overviews; returning false stops the read mid-way (a null
    /// image, `error` saying it was cancelled).
    QImage read(const Envelope &area, QSize size, QString *error = nullptr,
                const std::function<bool(double done)> &keepReading = {}) const;

private:
    RasterSource();
    struct Impl;               // the GDAL handle, its lock and the value ranges used to scale non-byte data
    std::unique_ptr<Impl> mImpl;
    RasterInfo mInfo;
};

} // namespace yc
