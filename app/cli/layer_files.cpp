// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/layer_files.h"

#include "io/vector_stream.h"
#include "render/plan_style.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace yc::cli {

QString openFailure(const QString &vectorError, const QString &rasterError)
{
    const auto generic = [](const QString &e) { return e.isEmpty() || e.contains(QLatin1String("not recognized")); };
    return generic(vectorError) && !generic(rasterError) ? rasterError : vectorError;
}

std::optional<RenderLayer> loadLayerFile(const QString &path, const QString &layerName, const QString &encoding,
                                         QString *error, QStringList *warnings)
{
    const QFileInfo fi(path);
    if (!fi.exists() && !path.contains(QLatin1Char(':'))) {   // a GDAL connection string need not be a file
        *error = QCoreApplication::translate("yc::cli", "%1 does not exist").arg(path);
        return std::nullopt;
    }
    if (fi.isFile() && fi.size() == 0) {
        *error = QCoreApplication::translate("yc::cli", "%1 is empty (0 bytes)").arg(path);
        return std::nullopt;
    }
    VectorReadOptions options;
    options.layerName = layerName;
    options.encoding = encoding;
    QString vectorError;
    // A file that names no CRS is taken as WGS84 lon/lat, as the map window does.
    const QString assumedWgs84 =
        QCoreApplication::translate("yc::cli", "%1 names no coordinate reference system: drawn as WGS84 (EPSG:4326)")
            .arg(path);
    if (std::optional<VectorData> data = readVectorLayer(path, options, &vectorError)) {
        warnings->append(data->warnings);
        if (data->crs.isEmpty()) {
            data->crs = Crs::wgs84();
            warnings->append(assumedWgs84);
        }
        const QString name = data->layerName;
        return RenderLayer{std::make_shared<const VectorData>(std::move(*data)), name};
    }
    QString rasterError;
    if (std::shared_ptr<RasterSource> raster = RasterSource::open(path, &rasterError)) {
        if (!raster->info().georeferenced) {
            *error = QCoreApplication::translate("yc::cli", "%1 has no georeferencing (no geotransform or world file)")
                         .arg(path);
            return std::nullopt;
        }
        if (raster->info().crs.isEmpty()) {
            raster->assumeCrs(Crs::wgs84());
            warnings->append(assumedWgs84);
        }
        RenderLayer layer;
        layer.name = fi.completeBaseName();
        layer.raster = std::move(raster);
        return layer;
    }
    *error = openFailure(vectorError, rasterError);
    return std::nullopt;
}

std::optional<RenderLayer> openLayerForDrawing(const QString &path, const QString &layerName, const QString &encoding,
                                               QString *error, QStringList *warnings, const QString &displayName)
{
    constexpr qint64 kStreamFrom = 50'000;
    const QFileInfo fi(path);
    if (fi.isFile() && fi.size() > 0) {
        if (std::shared_ptr<const VectorStream> stream = VectorStream::open(path, layerName)) {
            if (stream->featureCount() > kStreamFrom && !baseLayerStyle(stream->layerName(), displayName).labels) {
                RenderLayer layer;
                layer.name = stream->layerName();
                layer.stream = std::move(stream);
                return layer;
            }
        }
    }
    return loadLayerFile(path, layerName, encoding, error, warnings);
}

} // namespace yc::cli
